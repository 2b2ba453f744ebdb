import { at, run } from './helpers';
import { person, staffing, unit } from './fixtures';
import type { Person } from '../../src/domain/model';
import type { PooledCap } from '../../src/domain/settings';

/** The operations and caps of the two-level state, on small provinces worked out by hand. */

const XA = (id: string, quota: number, formerDistrict: string, locality = `Xã ${id}`) =>
  unit(id, quota, { kind: 'Phòng Kinh tế', locality, extra: { 'Huyện cũ': formerDistrict } });

function staff(unitId: string, n: number, from: number, more: Parameters<typeof person>[3] = {}): Person[] {
  return Array.from({ length: n }, (_, i) => person(`${unitId}-${from + i}`, unitId, 'Chuyên viên', more));
}

describe('rebalancing moves (điều động until balanced)', () => {
  // A (former district H1) has quota 5 and 8 people: 3 over. B (H1) has 5 and 4: 1 short. C (H1) has
  // 5 and 3: 2 short. D (H2) has 5 and 2: 3 short, in another former district.
  const s = staffing(
    [XA('A', 5, 'H1'), XA('B', 5, 'H1'), XA('C', 5, 'H1'), XA('D', 5, 'H2')],
    [...staff('A', 8, 1), ...staff('B', 4, 1), ...staff('C', 3, 1), ...staff('D', 2, 1)],
  );
  const surplus = { where: [{ field: 'unit.surplus', op: 'gt' as const, value: 0 }] };

  it('within the former district: A sends its 3 over quota, C (most short) first, then B; D is left short', () => {
    const r = run(s, [{
      type: 'move', month: '2026-03', people: surplus, untilBalanced: true,
      to: { unit: { where: [{ field: 'kind', value: 'Phòng Kinh tế' }] }, within: 'Huyện cũ' },
    }]);
    // Month 2026-03: A 8 → 5; C 3 → 5 (it had 2 free, then 1, while B had 1); B 4 → 5; D unchanged.
    expect(['A', 'B', 'C', 'D'].map((u) => at(r, u, 'roster', '2026-03'))).toEqual([5, 5, 5, 2]);
    const moved = r.changes.filter((c) => c.kind === 'moved');
    // The first three of A, in table order: A-1 to C (2 free against B's 1); A-2 to B (1 free each:
    // the first in table order); A-3 to C.
    expect(moved.map((c) => c.personId)).toEqual(['A-1', 'A-2', 'A-3']);
    expect(moved.map((c) => c.to?.unitId)).toEqual(['C', 'B', 'C']);
    // Only D, the destination still short, is reported; A is balanced.
    expect(r.issues.filter((i) => i.code === 'stillAboveQuota' || i.code === 'stillBelowQuota').map((i) => [i.code, i.unitId, i.params.by]))
      .toEqual([['stillBelowQuota', 'D', 3]]);
  });

  it('two rebalancings in a month (the former district, then the province) report the units as they stand after the last', () => {
    const rule = (within?: string) => ({
      type: 'move' as const, month: '2026-03', people: surplus, untilBalanced: true,
      to: { unit: { where: [{ field: 'kind', value: 'Phòng Kinh tế' }] }, ...(within ? { within } : {}) },
    });
    // After the first, A is balanced and D (H2) 3 short; the second finds no one over, so D stays 3 short:
    // one line for D, the second's.
    const r = run(s, [rule('Huyện cũ'), rule()]);
    expect(r.issues.filter((i) => i.code === 'stillBelowQuota').map((i) => [i.unitId, i.operation, i.params.by])).toEqual([['D', 1, 3]]);
    // A later rebalancing of other units leaves D's line as it was.
    const other = { ...rule(), to: { unit: { where: [{ field: 'kind', value: 'Văn phòng' }] } } };
    const r2 = run(s, [rule('Huyện cũ'), other]);
    expect(r2.issues.filter((i) => i.code === 'stillBelowQuota').map((i) => [i.unitId, i.operation])).toEqual([['D', 0]]);
  });

  it('with more surplus than shortage, the units left over are reported and no one is moved into a full unit', () => {
    const big = staffing([XA('A', 2, 'H1'), XA('B', 5, 'H1')], [...staff('A', 6, 1), ...staff('B', 4, 1)]);
    const r = run(big, [{
      type: 'move', month: '2026-03', people: surplus, untilBalanced: true,
      to: { unit: { where: [{ field: 'kind', value: 'Phòng Kinh tế' }] } },
    }]);
    // A is 4 over, B 1 short: one moves, A stays 3 over; no "no destination" per person, one line for A.
    expect([at(r, 'A', 'roster', '2026-03'), at(r, 'B', 'roster', '2026-03')]).toEqual([5, 5]);
    expect(r.issues.filter((i) => i.operation === 0).map((i) => [i.code, i.unitId, i.params.by])).toEqual([['stillAboveQuota', 'A', 3]]);
  });
});

describe('several destinations in one operation', () => {
  const units = [unit('S', 10, { level: 'Tỉnh', kind: 'Sở' }), XA('X1', 5, 'H1'), XA('X2', 5, 'H1'), XA('X3', 5, 'H1')];
  const it3 = staff('S', 3, 1, { extra: { 'Vị trí việc làm': 'Công nghệ thông tin' } });

  it('one each (perUnit 1): three specialists go to three units, not all to the one with most vacancies', () => {
    const s = staffing(units, [...it3, ...staff('X1', 1, 1), ...staff('X2', 2, 1), ...staff('X3', 3, 1)]);
    const r = run(s, [{
      type: 'secondment', month: '2026-02', durationMonths: 12, people: { where: [{ field: 'unit.id', value: 'S' }] },
      to: { unit: { where: [{ field: 'kind', value: 'Phòng Kinh tế' }] }, perUnit: 1 },
    }]);
    // Most vacancies first: X1 (4 free), then X2 (3), then X3 (2); one each.
    expect(r.changes.filter((c) => c.kind === 'seconded').map((c) => c.to?.unitId)).toEqual(['X1', 'X2', 'X3']);
    // Secondment: present at the host for 12 months, on the sender's roster throughout.
    expect(at(r, 'X1', 'present', '2027-01')).toBe(2);
    expect(at(r, 'X1', 'present', '2027-02')).toBe(1);
    expect(at(r, 'S', 'roster', '2026-06')).toBe(3);
  });

  it('lacking: a specialist goes only where no one present has the specialty, and the next one not there again', () => {
    const s = staffing(units, [
      ...it3, ...staff('X1', 1, 1, { extra: { 'Vị trí việc làm': 'Công nghệ thông tin' } }), ...staff('X2', 1, 1), ...staff('X3', 1, 1),
    ]);
    const r = run(s, [{
      type: 'secondment', month: '2026-02', durationMonths: 12, people: { where: [{ field: 'unit.id', value: 'S' }] },
      to: { unit: { where: [{ field: 'kind', value: 'Phòng Kinh tế' }] }, lacking: 'Vị trí việc làm' },
    }]);
    // X1 has an IT officer: skipped though it has the most vacancies (ties with X2, X3 in table order).
    // The first goes to X2, the second to X3, the third finds no unit lacking IT.
    expect(r.changes.filter((c) => c.kind === 'seconded').map((c) => [c.personId, c.to?.unitId])).toEqual([['S-1', 'X2'], ['S-2', 'X3']]);
    expect(r.issues.filter((i) => i.code === 'noDestination').map((i) => i.personId)).toEqual(['S-3']);
  });

  it('as picked (assign inOrder): the n-th person to the n-th unit named', () => {
    const s = staffing(units, [...it3, ...staff('X1', 5, 1)]);
    const r = run(s, [{
      type: 'rotation', month: '2026-02', durationMonths: 36, people: { ids: ['S-3', 'S-1', 'S-2'] },
      to: { unit: { ids: ['X1', 'X3', 'X2'] }, assign: 'inOrder' },
    }]);
    expect(r.changes.filter((c) => c.kind === 'rotatedOut').map((c) => [c.personId, c.to?.unitId])).toEqual([['S-3', 'X1'], ['S-1', 'X3'], ['S-2', 'X2']]);
    // X1 was full: the rotation puts it over, as planned, with the warning.
    expect(r.issues.filter((i) => i.code === 'destinationFull').map((i) => i.unitId)).toEqual(['X1']);
  });
});

describe('pooled caps', () => {
  // Three communes' people's committees with 3, 3 and 2 vice-chairs: 8 for an allowance of
  // floor(2.5 × 3) = 7. The oldest vice-chair of U1 (a man born 1966-01) retires at 61y9m, his last
  // month 2027-10: from 2027-11 the pool has 7 and is within.
  const ub = (id: string) => unit(id, 4, { kind: 'UBND xã', locality: `Xã ${id}` });
  const vice = (id: string, u: string, born = '1985-06') => person(id, u, 'Phó Chủ tịch UBND', { born });
  const s = staffing([ub('U1'), ub('U2'), ub('U3')], [
    vice('a', 'U1', '1966-01'), vice('b', 'U1'), vice('c', 'U1'), vice('d', 'U2'), vice('e', 'U2'), vice('f', 'U2'), vice('g', 'U3'), vice('h', 'U3'),
  ]);
  const pool: PooledCap = { name: 'Phó Chủ tịch UBND xã', units: [{ field: 'kind', value: 'UBND xã' }], average: 2.5 };

  it('sums the deputies of the pool, allows the average times its units, and finds the month it is back within', () => {
    const r = run(s, [], { pooledCaps: [pool], horizonMonths: 36 });
    expect(r.pools).toHaveLength(1);
    const p = r.pools[0];
    expect(p.before).toEqual({ units: 3, deputies: 8, allowed: 7 });
    expect([p.deputies[0], p.allowed[0]]).toEqual([8, 7]);
    expect(p.deputies[r.months.indexOf('2027-10')]).toBe(8);
    expect(p.deputies[r.months.indexOf('2027-11')]).toBe(7);
    // The default deadline: the restructuring of 2025-07 plus 60 months.
    expect(r.issues.filter((i) => i.code.startsWith('pooledCap')).map((i) => [i.code, i.month, i.params.compliantFrom, i.params.deadline]))
      .toEqual([['pooledCapExceeded', '2026-01', '2027-11', '2030-07']]);
  });

  it('is past the deadline when the decision was earlier, and without a projection when no one leaves', () => {
    const late = run(s, [], { pooledCaps: [pool], horizonMonths: 36, restructuringMonth: '2022-01' });
    expect(late.issues.filter((i) => i.code.startsWith('pooledCap')).map((i) => [i.code, i.params.deadline])).toEqual([['pooledCapBeyondDeadline', '2027-01']]);
    const young = staffing(s.units, s.people.map((p) => ({ ...p, birthMonth: s.people[1].birthMonth, birthDate: s.people[1].birthDate })));
    const never = run(young, [], { pooledCaps: [pool], horizonMonths: 36 });
    expect(never.issues.filter((i) => i.code.startsWith('pooledCap')).map((i) => i.code)).toEqual(['pooledCapNoProjection']);
  });

  it('pools per group: each commune\'s offices against their own average', () => {
    const office = (id: string, loc: string) => unit(id, 6, { kind: 'Phòng', locality: loc });
    const deputies = (u: string, n: number) => Array.from({ length: n }, (_, i) => person(`${u}-d${i}`, u, 'Phó Trưởng phòng'));
    // Commune A: offices with 3 and 2 deputies (5 for 4 allowed); commune B: 1 and 2 (within).
    const g = staffing([office('A1', 'A'), office('A2', 'A'), office('B1', 'B'), office('B2', 'B')],
      [...deputies('A1', 3), ...deputies('A2', 2), ...deputies('B1', 1), ...deputies('B2', 2)]);
    const r = run(g, [], { pooledCaps: [{ name: 'Phòng', units: [{ field: 'kind', value: 'Phòng' }], groupBy: 'locality', average: 2 }] });
    expect(r.pools.map((p) => [p.group, p.deputies[0], p.allowed[0]])).toEqual([['A', 5, 4], ['B', 3, 4]]);
    expect(r.issues.filter((i) => i.code.startsWith('pooledCap')).map((i) => i.params.group)).toEqual(['A']);
  });

  it('leaves out a pool whose fields the table lacks', () => {
    const r = run(s, [], { pooledCaps: [{ ...pool, groupBy: 'Huyện cũ' }] });
    expect(r.pools).toEqual([]);
  });
});

describe('a sub-unit has no more deputies than its parent', () => {
  // The department has 2 deputies; its branch 3: over from the start. One of the branch's deputies
  // (born 1966-01) retires after 2027-10: from 2027-11 the branch has 2, no more than its parent.
  const s = staffing(
    [unit('SCT', 30, { level: 'Tỉnh', kind: 'Sở' }), unit('QLTT', 20, { level: 'Tỉnh', kind: 'Chi cục', parent: 'SCT' }), unit('UB', 4, { level: 'Tỉnh', kind: 'UBND tỉnh' }), unit('VP', 20, { level: 'Tỉnh', kind: 'Văn phòng', parent: 'UB' })],
    [
      person('s1', 'SCT', 'Phó Giám đốc'), person('s2', 'SCT', 'Phó Giám đốc'),
      person('q1', 'QLTT', 'Phó Chi cục trưởng', { born: '1966-01' }), person('q2', 'QLTT', 'Phó Chi cục trưởng'), person('q3', 'QLTT', 'Phó Chi cục trưởng'),
      person('u1', 'UB', 'Phó Chủ tịch UBND tỉnh'), person('v1', 'VP', 'Phó Chánh Văn phòng'), person('v2', 'VP', 'Phó Chánh Văn phòng'),
    ],
  );

  it('is warned about with the month it is no longer so; a people\'s committee as parent is left out', () => {
    const r = run(s, [], { horizonMonths: 36 });
    expect(r.issues.filter((i) => i.code.startsWith('deputiesAboveParent')).map((i) => [i.code, i.unitId, i.month, i.params.compliantFrom, i.params.parentDeputies]))
      .toEqual([['deputiesAboveParent', 'QLTT', '2026-01', '2027-11', 2]]);
    expect(run(s, [], { parentDeputyCap: false }).issues.filter((i) => i.code.startsWith('deputiesAboveParent'))).toEqual([]);
  });

  it('knows a committee parent however its kind is spaced or cased, as the concentration flag does', () => {
    const spaced = { ...s, units: s.units.map((u) => (u.id === 'UB' ? { ...u, kind: ' ubnd  Tỉnh' } : u)) };
    const units = run(spaced, [], { horizonMonths: 36 }).issues.filter((i) => i.code.startsWith('deputiesAboveParent')).map((i) => i.unitId);
    expect(units).toEqual(['QLTT']);
  });
});
