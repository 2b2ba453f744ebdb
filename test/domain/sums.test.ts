import { runScenarios } from '../../src/app/planner';
import { METRICS, type ScenarioResult, type SeriesSet } from '../../src/domain/result';
import type { Scenario } from '../../src/domain/scenario';
import { generateProvince } from '../../src/sample/province';
import { toStaffing } from '../../src/sample/staffing';

/**
 * The sums by level and by locality (made lazily, metric by metric) are the unit series added up, in
 * every month and metric, for units of the input and units a merger makes; the total, the levels'.
 */
function added(result: ScenarioResult, keep: (u: number) => boolean): Record<string, number[]> {
  const T = result.months.length;
  const out: Record<string, number[]> = {};
  for (const m of METRICS) {
    const sum = new Array<number>(T).fill(0);
    result.units.forEach((_, u) => {
      if (!keep(u)) return;
      const s = result.unitSeries[u][m];
      for (let t = 0; t < T; t++) sum[t] += s[t];
    });
    out[m] = sum;
  }
  return out;
}

const plain = (set: SeriesSet): Record<string, number[]> => Object.fromEntries(METRICS.map((m) => [m, Array.from(set[m])]));

test('sums by level and locality equal their units\' series added up, merged units included', () => {
  const province = generateProvince({ people: 3000, startMonth: '2026-01' });
  // And communes merged into new units by parent, mid-run.
  const merged: Scenario = {
    code: 'NEW', name: 'Communes merged into new units', operations: [
      { type: 'merge', month: '2026-05', units: { where: [{ field: 'level', value: 'Xã' }] }, groupBy: 'parent', into: { id: 'M-{first}', name: 'Hợp nhất {group}' } },
    ],
  };
  const plan = runScenarios(toStaffing(province), [...province.scenarios, merged], '2026-01');
  let created = 0;
  for (const result of [plan.baseline, ...plan.results]) {
    created += result.units.filter((u) => !u.inInput).length;
    const localities = new Set(result.units.flatMap((u) => (u.locality === null ? [] : [u.locality])));
    expect(Object.keys(result.byLocality).sort()).toEqual([...localities].sort());
    for (const l of localities) {
      // Read twice: the second reading is the same series, not summed again.
      const first = result.byLocality[l].roster;
      expect(result.byLocality[l].roster).toBe(first);
      expect(plain(result.byLocality[l])).toEqual(added(result, (u) => result.units[u].locality === l));
    }
    for (const level of new Set(result.units.map((u) => u.level))) {
      expect(plain(result.byLevel[level])).toEqual(added(result, (u) => result.units[u].level === level));
    }
    expect(plain(result.total)).toEqual(added(result, () => true));
  }
  // The merger scenario makes units mid-run: their series are in their locality's sums.
  expect(created).toBeGreaterThan(0);
}, 60_000);
