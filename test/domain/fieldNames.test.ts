import type { Operation } from '../../src/domain/scenario';
import { person, staffing, unit } from './fixtures';
import { at, run, runs, series } from './helpers';

/** Names that a plain object answers for although nobody wrote them: Object.prototype's. */
const NAMES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('rule field names that are names of Object.prototype', () => {
  const s = staffing(
    [
      unit('P1', 3, { kind: 'Đảng ủy xã', locality: 'L1' }), unit('U1', 3, { kind: 'UBND xã', locality: 'L1' }),
      unit('X2', 3, { locality: 'L2' }),
    ],
    [person('B1', 'P1', 'Bí thư Đảng ủy'), person('C1', 'U1', 'Chủ tịch UBND'), person('S1', 'U1', 'Chuyên viên')],
  );
  const rules = (name: string): Operation[] => [
    { type: 'quotaChange', month: '2026-02', units: { where: [{ field: name, value: 'x' }] }, change: { mode: 'set', value: 0 } },
    { type: 'move', month: '2026-02', people: { where: [{ field: name, value: 'x' }] }, to: { unit: { ids: ['X2'] } } },
    { type: 'move', month: '2026-02', people: { where: [{ field: `unit.${name}`, value: 'x' }] }, to: { unit: { ids: ['X2'] } } },
    { type: 'merge', month: '2026-02', units: { where: [{ field: 'level', value: 'Xã' }] }, groupBy: name },
    {
      type: 'concurrentTitles', month: '2026-02', pairBy: name,
      holder: { units: { where: [{ field: 'kind', value: 'Đảng ủy xã' }] }, role: 'head' }, target: { units: { where: [{ field: 'kind', value: 'UBND xã' }] }, role: 'head' },
    },
    { type: 'rotation', month: '2026-02', people: { where: [{ field: 'role', value: 'staff' }], limit: 1, limitPer: name }, to: { unit: { ids: ['X2'] } } },
    { type: 'secondment', month: '2026-02', people: { where: [{ field: 'role', value: 'staff' }] }, to: { unit: { where: [{ field: 'level', value: 'Xã' }] }, within: name } },
  ];

  it.each(NAMES)('"%s" is an unknown field in filters, groupBy, pairBy, within and limitPer: nothing applied', (name) => {
    const ops = rules(name);
    const r = run(s, ops);
    expect(r.issues.map((i) => [i.code, i.operation, i.params.field])).toEqual(ops.map((_, k) => ['unknownField', k, k === 2 ? `unit.${name}` : name]));
    expect(r.changes).toEqual([]);
    for (const id of ['P1', 'U1', 'X2']) expect(series(r, id, 'quota')).toEqual(runs([3, 24]));
  });

  it.each(NAMES)('"%s" is an ordinary column when a table has one', (name) => {
    const withColumn = staffing(
      [
        unit('A', 3, { extra: { [name]: 'G1' } }), unit('B', 3, { extra: { [name]: 'G1' } }), unit('C', 3, { extra: { [name]: 'G2' } }),
      ],
      [person('PA', 'A', 'Chủ tịch UBND', { extra: { [name]: 'x' } }), person('PB', 'B', 'Chuyên viên', { extra: { [name]: 'y' } })],
    );
    const r = run(withColumn, [
      { type: 'merge', month: '2026-02', units: { where: [] }, groupBy: name },
      { type: 'quotaChange', month: '2026-01', units: { where: [{ field: name, value: 'G2' }] }, change: { mode: 'set', value: 7 } },
      { type: 'move', month: '2026-03', people: { where: [{ field: name, value: 'y' }] }, to: { unit: { ids: ['C'] } } },
    ]);
    expect(r.issues).toEqual([]);
    // A and B (G1) merge into A; C (G2) alone is not merged, and takes quota 7; PB moves to C.
    expect(r.units.map((u) => [u.id, u.mergedInto])).toEqual([['A', null], ['B', 'A'], ['C', null]]);
    expect(at(r, 'C', 'quota', '2026-01')).toBe(7);
    expect(r.changes.filter((c) => c.kind === 'moved').map((c) => [c.personId, c.to?.unitId])).toEqual([['PB', 'C']]);
  });
});

describe('levels and localities named like Object.prototype\'s properties', () => {
  it('get the default deputy cap and their own sums, and the total is the sum of the levels', () => {
    const s = staffing(
      [unit('A', 3, { level: '__proto__', locality: 'constructor' }), unit('B', 4, { level: 'constructor', locality: '__proto__' }), unit('C', 5, { level: 'toString' })],
      [person('P1', 'A', 'Phó Chủ tịch UBND'), person('P2', 'B', 'Chuyên viên')],
    );
    const r = run(s, []);
    expect([series(r, 'A', 'deputyCap')[0], series(r, 'B', 'deputyCap')[0], series(r, 'C', 'deputyCap')[0]]).toEqual([2, 2, 2]);
    expect(Object.keys(r.byLevel).sort()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(r.byLevel)).toBe(Object.prototype);
    expect(Array.from(r.byLevel['__proto__'].quota)).toEqual(runs([3, 24]));
    expect(Array.from(r.byLocality['constructor'].roster)).toEqual(runs([1, 24]));
    expect(Array.from(r.total.quota)).toEqual(runs([12, 24]));
  });

  it('take the deputy cap a scenario gives their level, as read from JSON', () => {
    const s = staffing([unit('A', 3, { level: '__proto__' }), unit('B', 4, { level: 'constructor' })], []);
    const r = run(s, [], { deputyCapByLevel: JSON.parse('{"__proto__": 5, "constructor": 7}') });
    expect([series(r, 'A', 'deputyCap')[0], series(r, 'B', 'deputyCap')[0]]).toEqual([5, 7]);
  });
});
