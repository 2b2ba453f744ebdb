import { at, run, runs, series } from './helpers';
import { person, staffing, unit } from './fixtures';

/*
 * District office D (quota 3, deputy cap 1): head H1, deputy D1, staff S1.
 * Commune C (quota 3): head C1, staff C2 — one vacancy.
 * D1 is rotated to C from 2026-03 (month index 2) for 36 months: back at the start of 2029-03 (index 38).
 * Quota counts at the destination (default): D's post is freed while D1 is away.
 */
const province = staffing(
  [unit('D', 3, { level: 'Huyện', deputyCap: 1 }), unit('C', 3)],
  [
    person('H1', 'D', 'Trưởng phòng'), person('D1', 'D', 'Phó Trưởng phòng'), person('S1', 'D', 'Chuyên viên'),
    person('C1', 'C', 'Chủ tịch UBND'), person('C2', 'C', 'Công chức Tư pháp - Hộ tịch'),
  ],
);
const rotate = { type: 'rotation', month: '2026-03', people: { ids: ['D1'] }, to: { unit: { ids: ['C'] } }, durationMonths: 36 } as const;

describe('rotation without refilling (hiring freeze)', () => {
  const r = run(province, [rotate], { horizonMonths: 42 });

  test('the origin is one short while the cadre is away, and whole again on return', () => {
    // D: roster 3 → 2 from 2026-03 to 2029-02 (36 months) → 3 again from 2029-03; shortage = quota − present.
    expect(series(r, 'D', 'roster')).toEqual(runs([3, 2], [2, 36], [3, 4]));
    expect(series(r, 'D', 'shortage')).toEqual(runs([0, 2], [1, 36], [0, 4]));
    expect(series(r, 'D', 'vacancies')).toEqual(runs([0, 2], [1, 36], [0, 4]));
    // C: the rotated cadre fills C's one vacancy while there, which reopens on return.
    expect(series(r, 'C', 'roster')).toEqual(runs([2, 2], [3, 36], [2, 4]));
    expect(series(r, 'C', 'vacancies')).toEqual(runs([1, 2], [0, 36], [1, 4]));
  });

  test('the free quota and the free deputy post let the cadre return without conflict', () => {
    expect(at(r, 'D', 'returns', '2029-03')).toBe(1);
    expect(series(r, 'D', 'returnConflicts').every((x) => x === 0)).toBe(true);
    expect(at(r, 'D', 'deputies', '2029-03')).toBe(1);
    expect(r.changes.filter((c) => c.personId === 'D1').map((c) => [c.month, c.kind])).toEqual([
      ['2026-03', 'rotatedOut'], ['2029-03', 'returned'],
    ]);
  });

  test('the events are counted in the month they happen', () => {
    expect(at(r, 'D', 'rotationsOut', '2026-03')).toBe(1);
    expect(at(r, 'C', 'rotationsIn', '2026-03')).toBe(1);
    expect(series(r, 'D', 'rotationsOut').reduce((a, b) => a + b)).toBe(1);
  });
});

describe('rotation with refilling (hiring fill, 6 months lag)', () => {
  const r = run(province, [rotate], { horizonMonths: 42, hiring: { policy: 'fill', lagMonths: 6 } });

  test('the freed post is refilled 6 months after the cadre left', () => {
    // Vacancy opens 2026-03 (index 2) → a deputy is hired in 2026-09 (index 8): D short for 6 months only.
    expect(series(r, 'D', 'shortage')).toEqual(runs([0, 2], [1, 6], [0, 30], [0, 4]));
    const hire = r.changes.find((c) => c.kind === 'hired');
    expect(hire).toMatchObject({ month: '2026-09', to: { unitId: 'D', title: 'Phó Trưởng phòng', role: 'deputy' } });
    // C's own initial vacancy was filled by the rotation in 2026-03, before its hire was due (2026-07).
    expect(r.changes.filter((c) => c.kind === 'hired')).toHaveLength(1);
  });

  test('on return there is neither quota nor a deputy post: a return conflict, and the cadre is surplus', () => {
    // In 2029-03 D holds H1, the hired deputy and S1 = quota 3; its one deputy post (cap 1) is taken.
    expect(at(r, 'D', 'returnConflicts', '2029-03')).toBe(1);
    const conflict = r.issues.find((i) => i.code === 'returnConflict');
    expect(conflict).toMatchObject({ month: '2029-03', personId: 'D1', unitId: 'D', params: { missing: 'quota+post' } });
    expect(series(r, 'D', 'roster').slice(38)).toEqual([4, 4, 4, 4]);
    expect(series(r, 'D', 'surplus').slice(38)).toEqual([1, 1, 1, 1]);
    expect(series(r, 'D', 'withoutPost').slice(38)).toEqual([1, 1, 1, 1]);
    // Present: the three in post; the returned cadre has no post to work in.
    expect(series(r, 'D', 'present').slice(38)).toEqual([3, 3, 3, 3]);
  });

  test('with "return to any vacancy of the same level" the cadre is placed where there is room', () => {
    // D2 (same level) is full until its quota is raised from 2 to 3 in 2029-01; that vacancy's hire is
    // due only in 2029-07, so in 2029-03 D1 finds room there after the conflict at D.
    const other = staffing([...province.units, unit('D2', 2, { level: 'Huyện' })], [...province.people, person('X1', 'D2', 'Chuyên viên'), person('X2', 'D2', 'Chuyên viên')]);
    const raise = { type: 'quotaChange', month: '2029-01', units: { ids: ['D2'] }, change: { mode: 'set', value: 3 } } as const;
    const r2 = run(other, [{ ...rotate, onReturn: 'sameLevelVacancy' }, raise], { horizonMonths: 42, hiring: { policy: 'fill', lagMonths: 6 } });
    expect(r2.changes.filter((c) => c.personId === 'D1').map((c) => [c.month, c.kind, c.to?.unitId ?? null])).toEqual([
      ['2026-03', 'rotatedOut', 'C'], ['2029-03', 'returnConflict', null], ['2029-03', 'placed', 'D2'],
    ]);
    expect(at(r2, 'D2', 'roster', '2029-03')).toBe(3);
    expect(at(r2, 'D', 'withoutPost', '2029-03')).toBe(0);
  });

  test('counted at the origin, the post is kept for the cadre and the return always succeeds', () => {
    const r4 = run(province, [{ ...rotate, quotaAt: 'origin' }], { horizonMonths: 42, hiring: { policy: 'fill', lagMonths: 6 } });
    // D keeps D1 on its roster: no vacancy to refill, but D is short of one present worker the whole term.
    expect(series(r4, 'D', 'roster')).toEqual(runs([3, 42]));
    expect(series(r4, 'D', 'shortage')).toEqual(runs([0, 2], [1, 36], [0, 4]));
    expect(r4.changes.filter((c) => c.kind === 'hired')).toHaveLength(1); // C's own vacancy, 2026-07
    expect(r4.issues.filter((i) => i.code === 'returnConflict')).toHaveLength(0);
  });
});

test('a rotation shorter than 36 months and a cadre with few years left are warned about', () => {
  const s = staffing(province.units, [...province.people, person('OLD', 'D', 'Chuyên viên', { born: '1970-01' })]);
  const r = run(s, [{ type: 'rotation', month: '2026-02', people: { ids: ['OLD'] }, to: { unit: { ids: ['C'] } }, durationMonths: 12 }]);
  // Born 1970-01, OLD retires at the end of 2032-01 (62y): under 10 years left in 2026-02.
  // D is over quota (4 on 3) when OLD returns in 2027-02, so the return conflicts on quota too.
  expect(r.issues.map((i) => i.code).sort()).toEqual(['returnConflict', 'rotationFewYearsLeft', 'rotationTooShort']);
  expect(r.issues.find((i) => i.code === 'rotationFewYearsLeft')?.params).toEqual({ years: 6, min: 10 });
});

test('rule form: district deputies go to the commune of their district with the most free quota', () => {
  const s = staffing(
    [
      unit('D', 3, { level: 'Huyện', extra: { 'Huyện': 'A' } }), unit('E', 3, { level: 'Huyện', extra: { 'Huyện': 'B' } }),
      unit('CA1', 3, { kind: 'UBND xã', extra: { 'Huyện': 'A' } }), unit('CA2', 5, { kind: 'UBND xã', extra: { 'Huyện': 'A' } }),
      unit('CB1', 3, { kind: 'UBND xã', extra: { 'Huyện': 'B' } }),
    ],
    [person('D1', 'D', 'Phó Trưởng phòng'), person('D2', 'D', 'Phó Chánh Văn phòng'), person('E1', 'E', 'Phó Trưởng phòng'), person('S', 'D', 'Chuyên viên')],
  );
  const r = run(s, [{
    type: 'rotation', month: '2026-02', people: { where: [{ field: 'role', value: 'deputy' }, { field: 'unit.level', value: 'Huyện' }], limit: 1, limitPer: 'Huyện' },
    to: { unit: { where: [{ field: 'kind', value: 'UBND xã' }] }, within: 'Huyện', title: 'Phó Chủ tịch UBND' },
  }]);
  // One per district (limit 1 per Huyện): D1 (first in table order in A) → CA2 (5 free > 3 free); E1 → CB1.
  expect(r.changes.filter((c) => c.kind === 'rotatedOut').map((c) => [c.personId, c.to?.unitId, c.to?.title, c.to?.role])).toEqual([
    ['D1', 'CA2', 'Phó Chủ tịch UBND', 'deputy'], ['E1', 'CB1', 'Phó Chủ tịch UBND', 'deputy'],
  ]);
});

test('rule form: a commune whose deputy posts are all taken is passed over, since no post is created for a rotation', () => {
  // CA2 has more free quota (6 − 2 = 4 against CA1's 3 − 0 = 3) but both its deputy posts (cap 2 for
  // Xã) are held, so the deputy goes to CA1, where the post is free.
  const s = staffing(
    [
      unit('D', 3, { level: 'Huyện', extra: { 'Huyện': 'A' } }),
      unit('CA2', 6, { kind: 'UBND xã', extra: { 'Huyện': 'A' } }), unit('CA1', 3, { kind: 'UBND xã', extra: { 'Huyện': 'A' } }),
    ],
    [person('D1', 'D', 'Phó Trưởng phòng'), person('X1', 'CA2', 'Phó Chủ tịch UBND'), person('X2', 'CA2', 'Phó Chủ tịch UBND')],
  );
  const r = run(s, [{
    type: 'rotation', month: '2026-02', people: { ids: ['D1'] },
    to: { unit: { where: [{ field: 'kind', value: 'UBND xã' }] }, within: 'Huyện', title: 'Phó Chủ tịch UBND' },
  }]);
  expect(r.changes.find((c) => c.kind === 'rotatedOut')?.to?.unitId).toBe('CA1');
  expect(r.issues).toEqual([]);
});

describe('a post kept at the origin (quota counted there)', () => {
  // Province department A: head A1, deputy A2, staff A3; B: head B1. Commune X: chairman X1, staff X2.
  const s = staffing(
    [unit('B', 4, { level: 'Tỉnh' }), unit('A', 4, { level: 'Tỉnh', deputyCap: 3 }), unit('X', 4, { deputyCap: 2 }), unit('C', 4, { level: 'Tỉnh' })],
    [
      person('B1', 'B', 'Giám đốc'), person('A1', 'A', 'Giám đốc'), person('A2', 'A', 'Phó Giám đốc'), person('A3', 'A', 'Chuyên viên'),
      person('X1', 'X', 'Chủ tịch UBND'), person('X2', 'X', 'Chuyên viên'),
    ],
  );
  const away = (id: string, month: string, months: number) => ({
    type: 'rotation', month, people: { ids: [id] }, to: { unit: { ids: ['X'] }, title: 'Phó Chủ tịch UBND xã' }, durationMonths: months, quotaAt: 'origin',
  }) as const;

  test('is a post reserved for the return, not a second title: no multi-title count, no concentration of posts', () => {
    const r = run(s, [away('A2', '2026-03', 36)], { horizonMonths: 12 });
    expect(series(r, 'X', 'multiTitle').every((x) => x === 0)).toBe(true);
    expect(series(r, 'A', 'multiTitle').every((x) => x === 0)).toBe(true);
    // The post stays A's: A keeps its deputy while A2 is away, and X counts A2 as its deputy.
    expect(at(r, 'A', 'deputies', '2026-06')).toBe(1);
    expect(at(r, 'X', 'deputies', '2026-06')).toBe(1);
    expect(r.issues.map((i) => i.code)).not.toContain('powerConcentration');
  });

  test('a head made deputy by a merger while away comes back as that deputy, not as a second head', () => {
    const r = run(s, [
      away('A1', '2026-02', 36),
      { type: 'merge', month: '2026-06', units: { ids: ['B', 'A'] } },
    ], { horizonMonths: 48 });
    const back = r.changes.find((c) => c.personId === 'A1' && c.kind === 'returned');
    expect(back).toMatchObject({ month: '2029-02', to: { unitId: 'B', title: 'Phó Giám đốc', role: 'deputy' } });
    expect(at(r, 'B', 'heads', '2029-02')).toBe(1);
    expect(series(r, 'B', 'headsExcess').every((x) => x === 0)).toBe(true);
  });

  test('goes with its unit when the unit is abolished: no deputy counted in a closed unit, and the return conflicts', () => {
    const r = run(s, [
      away('A2', '2026-02', 6),
      { type: 'abolish', month: '2026-05', units: { ids: ['A'] }, people: { to: { unit: { ids: ['C'] } } } },
    ], { horizonMonths: 12 });
    expect(at(r, 'A', 'deputies', '2026-05')).toBe(0);
    expect(series(r, 'A', 'excessDeputies').every((x) => x === 0)).toBe(true);
    expect(r.changes.find((c) => c.personId === 'A2' && c.month === '2026-08')?.kind).toBe('returnConflict');
  });
});

test('a deputy rotated where every deputy post is taken is warned about: no post is created for a rotation', () => {
  // Both communes hold their 2 deputies (the cap for Xã): the rule form finds no free post.
  const s = staffing(
    [
      unit('D', 3, { level: 'Tỉnh' }), unit('X1', 5, { kind: 'UBND xã', deputyCap: 2 }), unit('X2', 5, { kind: 'UBND xã', deputyCap: 2 }),
    ],
    [
      person('D1', 'D', 'Phó Giám đốc'),
      person('P1', 'X1', 'Phó Chủ tịch UBND'), person('P2', 'X1', 'Phó Chủ tịch UBND'), person('P3', 'X2', 'Phó Chủ tịch UBND'), person('P4', 'X2', 'Phó Chủ tịch UBND'),
    ],
  );
  const r = run(s, [{
    type: 'rotation', month: '2026-02', people: { ids: ['D1'] }, to: { unit: { where: [{ field: 'kind', value: 'UBND xã' }] }, title: 'Phó Chủ tịch UBND' },
  }]);
  const warned = r.issues.filter((i) => i.code === 'deputyAboveCap');
  expect(warned).toHaveLength(1);
  expect(warned[0]).toMatchObject({ severity: 'warning', month: '2026-02', personId: 'D1', params: { deputies: 2, cap: 2 } });
});
