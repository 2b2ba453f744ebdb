import { endValue } from '../../src/domain/metrics';
import { METRICS } from '../../src/domain/result';
import { person, staffing, unit } from './fixtures';
import { run } from './helpers';

describe('a series read in its last month', () => {
  it("gives what the series' own last month holds, for every unit, metric and sum", () => {
    const s = staffing(
      [unit('A', 3), unit('B', 1, { level: 'Huyện' })],
      [person('P1', 'A', 'Trưởng phòng'), person('P2', 'A', 'Phó trưởng phòng'), person('P3', 'B', 'Chuyên viên'), person('P4', 'B', 'Chuyên viên')],
    );
    const r = run(s, [{ type: 'quotaChange', month: '2026-06', units: { ids: ['A'] }, change: { mode: 'set', value: 1 } }], { horizonMonths: 12 });
    let nonZero = 0;
    for (const set of [...r.unitSeries, ...Object.values(r.byLevel), r.total]) {
      for (const m of METRICS) {
        const s = set[m];
        expect([m, endValue(set, m)]).toEqual([m, s[s.length - 1]]);
        if (s[s.length - 1] !== 0) nonZero++;
      }
    }
    expect(nonZero).toBeGreaterThan(10);
  });
});
