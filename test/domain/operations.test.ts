import { at, run, runs, series, total } from './helpers';
import { person, staffing, unit } from './fixtures';
import { rulesWithoutCondition } from '../../src/domain/scenario';

describe('secondment (biệt phái)', () => {
  /*
   * D (quota 3): H1, S1, S2. C (quota 3): C1, C2.
   * S1 is seconded to C from 2026-02 (index 1) for 12 months: back at the start of 2027-02 (index 13).
   */
  const s = staffing(
    [unit('D', 3, { level: 'Huyện' }), unit('C', 3)],
    [person('H1', 'D', 'Trưởng phòng'), person('S1', 'D', 'Chuyên viên'), person('S2', 'D', 'Chuyên viên'), person('C1', 'C', 'Chủ tịch UBND'), person('C2', 'C', 'Văn thư')],
  );
  const r = run(s, [{ type: 'secondment', month: '2026-02', people: { ids: ['S1'] }, to: { unit: { ids: ['C'] } }, durationMonths: 12 }]);

  test('the origin keeps its roster and quota but is one short in practice: the hidden shortage', () => {
    expect(series(r, 'D', 'roster')).toEqual(runs([3, 24]));
    expect(series(r, 'D', 'vacancies')).toEqual(runs([0, 24]));
    expect(series(r, 'D', 'present')).toEqual(runs([3, 1], [2, 12], [3, 11]));
    expect(series(r, 'D', 'shortage')).toEqual(runs([0, 1], [1, 12], [0, 11]));
    expect(series(r, 'D', 'secondedOut')).toEqual(runs([0, 1], [1, 12], [0, 11]));
  });

  test('the host has an extra present worker but no one more on its roster', () => {
    expect(series(r, 'C', 'roster')).toEqual(runs([2, 24]));
    expect(series(r, 'C', 'present')).toEqual(runs([2, 1], [3, 12], [2, 11]));
    expect(series(r, 'C', 'secondedIn')).toEqual(runs([0, 1], [1, 12], [0, 11]));
    expect(series(r, 'C', 'vacancies')).toEqual(runs([1, 24]));
  });

  test('more than 36 months is an error and the secondment is not applied', () => {
    const r2 = run(s, [{ type: 'secondment', month: '2026-02', people: { ids: ['S1'] }, to: { unit: { ids: ['C'] } }, durationMonths: 40 }]);
    expect(r2.issues).toMatchObject([{ severity: 'error', code: 'secondmentTooLong', operation: 0, params: { months: 40, max: 36 } }]);
    expect(series(r2, 'D', 'present')).toEqual(runs([3, 24]));
  });
});

describe('concurrent titles (nhất thể hóa)', () => {
  /*
   * Locality X1: party committee P1 (quota 3): secretary B1; people's committee U1 (quota 4): chair CT1,
   * vice-chair PCT1, staff V1, V2. Locality X2 likewise with P2/U2 (B2, CT2, V3; U2 quota 3).
   */
  const s = staffing(
    [
      unit('P1', 3, { kind: 'Đảng ủy xã', locality: 'X1' }), unit('U1', 4, { kind: 'UBND xã', locality: 'X1' }),
      unit('P2', 3, { kind: 'Đảng ủy xã', locality: 'X2' }), unit('U2', 3, { kind: 'UBND xã', locality: 'X2' }),
    ],
    [
      person('B1', 'P1', 'Bí thư Đảng ủy'), person('CT1', 'U1', 'Chủ tịch UBND'), person('PCT1', 'U1', 'Phó Chủ tịch UBND'),
      person('V1', 'U1', 'Văn thư'), person('V2', 'U1', 'Kế toán'),
      person('B2', 'P2', 'Bí thư Đảng ủy'), person('CT2', 'U2', 'Chủ tịch UBND'), person('V3', 'U2', 'Văn thư'),
    ],
  );

  test('single form: the secretary also chairs; the former chair is surplus; the post saved cuts the quota', () => {
    const r = run(s, [{
      type: 'concurrentTitles', month: '2026-04', holder: { units: { ids: ['P1'] }, role: 'head' },
      target: { units: { ids: ['U1'] }, role: 'head' }, formerHolder: 'surplus',
    }]);
    // From 2026-04 (index 3): U1 quota 4 → 3; CT1 stays on U1's roster without post: roster 4, surplus 1.
    expect(series(r, 'U1', 'quota')).toEqual(runs([4, 3], [3, 21]));
    expect(series(r, 'U1', 'roster')).toEqual(runs([4, 24]));
    expect(series(r, 'U1', 'surplus')).toEqual(runs([0, 3], [1, 21]));
    expect(series(r, 'U1', 'present')).toEqual(runs([4, 3], [3, 21]));
    expect(series(r, 'U1', 'withoutPost')).toEqual(runs([0, 3], [1, 21]));
    // U1 still has one head (B1, concurrently); B1 counts as a person with two titles in P1.
    expect(at(r, 'U1', 'heads', '2026-04')).toBe(1);
    expect(at(r, 'P1', 'multiTitle', '2026-04')).toBe(1);
    // One person heads both committees of X1: flagged on the party committee, and as an issue.
    expect(series(r, 'P1', 'powerConcentration')).toEqual(runs([0, 3], [1, 21]));
    expect(r.issues.map((i) => [i.code, i.personId])).toEqual([['withoutPost', 'CT1'], ['powerConcentration', 'B1']]);
    expect(r.changes.map((c) => [c.personId, c.kind, c.to?.unitId ?? null, c.to?.title ?? null])).toEqual([
      ['CT1', 'withoutPost', null, null], ['B1', 'concurrentTitle', 'U1', 'Chủ tịch UBND'],
    ]);
  });

  test('rule form pairs the committees of each locality; former chairs become deputies', () => {
    const r = run(s, [{
      type: 'concurrentTitles', month: '2026-02',
      holder: { units: { where: [{ field: 'kind', value: 'Đảng ủy xã' }] }, role: 'head' },
      target: { units: { where: [{ field: 'kind', value: 'UBND xã' }] }, role: 'head' }, formerHolder: 'deputy',
    }]);
    expect(r.changes.filter((c) => c.kind === 'replacedByConcurrent').map((c) => [c.personId, c.to?.title, c.to?.role])).toEqual([
      ['CT1', 'Phó Chủ tịch UBND', 'deputy'], ['CT2', 'Phó Chủ tịch UBND', 'deputy'],
    ]);
    // U1: deputies 1 → 2; quota 4 → 3 with roster 4: surplus 1. U2: quota 3 → 2, roster 2.
    expect(at(r, 'U1', 'deputies', '2026-02')).toBe(2);
    expect(at(r, 'U1', 'surplus', '2026-02')).toBe(1);
    expect(at(r, 'U2', 'quota', '2026-02')).toBe(2);
    expect(total(r, 'powerConcentration').slice(0, 3)).toEqual([0, 2, 2]);
  });

  test('a third title above the limit is an error and is not given', () => {
    const s2 = staffing(s.units, s.people.map((p) => (p.id === 'B1' ? { ...p, concurrentTitles: ['Chủ tịch HĐND'] } : p)));
    const r = run(s2, [{ type: 'concurrentTitles', month: '2026-02', holder: { units: { ids: ['P1'] }, role: 'head' }, target: { units: { ids: ['U1'] }, role: 'head' } }]);
    expect(r.issues).toMatchObject([{ severity: 'error', code: 'tooManyTitles', personId: 'B1', params: { titles: 3, max: 2 } }]);
    expect(at(r, 'U1', 'quota', '2026-02')).toBe(4);
  });
});

describe('merge (hợp nhất)', () => {
  /*
   * District H: Ban Tổ chức M1 (quota 5): head T1, deputies PT1 (born 1965-08: last month 2027-05) and
   * PT2 (born 1966-02: reaches 61y 9m in 2027-11), staff S1. Phòng Nội vụ M2 (quota 4): head T2, deputy
   * PT3, staff S2. Merged from 2026-02 with quota sum − 1 = 8 and the district cap of 2 deputies.
   */
  const s = staffing(
    [unit('M1', 5, { level: 'Huyện', kind: 'Ban Tổ chức', locality: 'H' }), unit('M2', 4, { level: 'Huyện', kind: 'Phòng Nội vụ', locality: 'H' })],
    [
      person('T1', 'M1', 'Trưởng ban'), person('PT1', 'M1', 'Phó Trưởng ban', { born: '1965-08' }),
      person('PT2', 'M1', 'Phó Trưởng ban', { born: '1966-02' }), person('S1', 'M1', 'Chuyên viên'),
      person('T2', 'M2', 'Trưởng phòng'), person('PT3', 'M2', 'Phó Trưởng phòng'), person('S2', 'M2', 'Chuyên viên'),
    ],
  );
  const r = run(s, [{ type: 'merge', month: '2026-02', units: { ids: ['M1', 'M2'] }, quota: { mode: 'sumMinus', value: 1 }, into: { name: 'Ban Tổ chức - Nội vụ' } }]);

  test('one unit with the summed quota and everyone in it; the absorbed unit is closed', () => {
    expect(series(r, 'M1', 'quota').slice(0, 3)).toEqual([5, 8, 8]);
    expect(series(r, 'M1', 'roster').slice(0, 3)).toEqual([4, 7, 7]);
    expect(series(r, 'M2', 'roster').slice(0, 3)).toEqual([3, 0, 0]);
    expect(r.units.find((u) => u.id === 'M2')).toMatchObject({ closedFrom: '2026-02', mergedInto: 'M1' });
    expect(r.units.find((u) => u.id === 'M1')?.name).toBe('Ban Tổ chức - Nội vụ');
  });

  test('a quota given as a number above the 9 merged is applied, and warned about; 9 or fewer is not', () => {
    const merged = (value: number) => run(s, [{ type: 'merge', month: '2026-02', units: { ids: ['M1', 'M2'] }, quota: { mode: 'fixed', value } }]);
    const above = merged(10);
    expect(series(above, 'M1', 'quota').slice(0, 2)).toEqual([5, 10]);
    expect(above.issues.filter((i) => i.code === 'mergedQuotaAboveTotal').map((i) => [i.severity, i.unitId, i.month, i.params]))
      .toEqual([['warning', 'M1', '2026-02', { quota: 10, total: 9 }]]);
    expect(merged(9).issues.filter((i) => i.code === 'mergedQuotaAboveTotal')).toEqual([]);
    expect(r.issues.filter((i) => i.code === 'mergedQuotaAboveTotal')).toEqual([]);
  });

  test('the head of the first unit stays; the other head becomes a deputy', () => {
    expect(r.changes.find((c) => c.kind === 'headToDeputy')).toMatchObject({ personId: 'T2', to: { unitId: 'M1', title: 'Phó Trưởng ban', role: 'deputy' } });
    expect(at(r, 'M1', 'heads', '2026-02')).toBe(1);
  });

  test('4 deputies on a cap of 2: compliance by retirements is projected for 2027-12, within the grace period', () => {
    expect(r.issues.find((i) => i.code === 'excessDeputies')).toMatchObject({
      unitId: 'M1', params: { deputies: 4, cap: 2, excess: 2, compliantFrom: '2027-12', deadline: '2031-02' },
    });
    // The series agrees: 2 too many until PT1 retires (gone from 2027-06), 1 until PT2 (gone from 2027-12).
    const excess = series(r, 'M1', 'excessDeputies');
    expect(excess).toEqual(runs([0, 1], [2, 16], [1, 6], [0, 1]));
    expect(r.kpis.find((k) => k.metric === 'excessDeputies')).toMatchObject({ worst: 2, worstMonth: '2026-02', clearedFrom: '2027-12' });
  });

  test('the compliance month counts a deputy whose rotation here ends, not only retirements', () => {
    /*
     * PX, vice-chair of commune X, is rotated to Phòng Nội vụ M2 as its deputy in 2026-02 for 36
     * months (back to X in 2029-02). The units merge in 2026-03 (deadline 2031-03): PT1, PT2, T2 (head
     * made deputy) and PX are 4 deputies on a cap of 2. PT1 retires (gone 2027-06): 3. Retirements
     * alone would next be T2's (born 1983-01, 62 years in 2045-01, gone 2045-02), beyond the deadline;
     * but PX leaves when the rotation ends, 2029-02: 2, within the cap, and within the deadline.
     */
    const s2 = staffing(
      [unit('M1', 5, { level: 'Huyện', locality: 'H' }), unit('M2', 4, { level: 'Huyện', locality: 'H' }), unit('X', 3, { level: 'Xã', locality: 'H' })],
      [
        person('T1', 'M1', 'Trưởng ban'), person('PT1', 'M1', 'Phó Trưởng ban', { born: '1965-08' }),
        person('PT2', 'M1', 'Phó Trưởng ban', { born: '1984-01' }), person('T2', 'M2', 'Trưởng phòng', { born: '1983-01' }),
        person('CT', 'X', 'Chủ tịch UBND'), person('PX', 'X', 'Phó Chủ tịch UBND', { born: '1986-01' }),
      ],
    );
    const rotate = { type: 'rotation' as const, month: '2026-02', people: { ids: ['PX'] }, to: { unit: { ids: ['M2'] }, title: 'Phó Trưởng phòng' }, durationMonths: 36 };
    const merge = { type: 'merge' as const, month: '2026-03', units: { ids: ['M1', 'M2'] } };
    const r2 = run(s2, [rotate, merge], { horizonMonths: 60 });
    expect(r2.issues.find((i) => i.code.startsWith('excessDeputies'))).toMatchObject({
      code: 'excessDeputies', unitId: 'M1', params: { deputies: 4, cap: 2, excess: 2, compliantFrom: '2029-02', deadline: '2031-03' },
    });
    // The series agrees: 2 too many until 2027-05, 1 until 2029-01, none from 2029-02.
    expect(series(r2, 'M1', 'excessDeputies').slice(2)).toEqual(runs([2, 15], [1, 20], [0, 23]));
  });

  test('a later operation naming the merged-away unit acts on the merged unit, and says so', () => {
    // Setting M2's quota to 3 in 2026-05 sets the merged unit's (M1: 8 → 3), the whole of it: a
    // warning names M2, the unit acted on instead and its name, so the planner can check it was meant.
    const r2 = run(s, [
      { type: 'merge', month: '2026-02', units: { ids: ['M1', 'M2'] }, quota: { mode: 'sumMinus', value: 1 } },
      { type: 'quotaChange', month: '2026-05', units: { ids: ['M2'] }, change: { mode: 'set', value: 3 } },
    ]);
    expect(series(r2, 'M1', 'quota').slice(3, 5)).toEqual([8, 3]);
    expect(r2.issues.filter((i) => i.code === 'unitMerged')).toEqual([{
      severity: 'warning', code: 'unitMerged', month: '2026-05', operation: 1, personId: null, unitId: 'M1', params: { merged: 'M2', into: 'M1' },
    }]);
    // Naming the merged unit itself says nothing.
    const r3 = run(s, [
      { type: 'merge', month: '2026-02', units: { ids: ['M1', 'M2'] } },
      { type: 'quotaChange', month: '2026-05', units: { ids: ['M1'] }, change: { mode: 'cut', value: 1 } },
    ]);
    expect(r3.issues.filter((i) => i.code === 'unitMerged')).toEqual([]);
  });

  test('beyond the grace period it is flagged', () => {
    const r2 = run(s, [{ type: 'merge', month: '2026-02', units: { ids: ['M1', 'M2'] } }], { mergeGraceMonths: 12 });
    expect(r2.issues.find((i) => i.code === 'excessDeputiesBeyondGrace')).toMatchObject({ params: { compliantFrom: '2027-12', deadline: '2027-02' } });
  });

  test('rule form merges per group and can create a new unit', () => {
    const s2 = staffing(
      [...s.units, unit('N1', 3, { level: 'Huyện', kind: 'Ban Tổ chức', locality: 'K' }), unit('N2', 2, { level: 'Huyện', kind: 'Phòng Nội vụ', locality: 'K' })],
      [...s.people, person('A', 'N1', 'Trưởng ban'), person('B', 'N2', 'Trưởng phòng')],
    );
    const r2 = run(s2, [{
      type: 'merge', month: '2026-03', units: { where: [{ field: 'kind', op: 'in', value: ['Ban Tổ chức', 'Phòng Nội vụ'] }] },
      groupBy: 'locality', into: { id: '{first}-TCNV', name: 'Ban Tổ chức - Nội vụ {group}' }, quota: { mode: 'sumMinusPercent', value: 10 },
    }]);
    // H: 9 − ceil(0.9) = 8; K: 5 − ceil(0.5) = 4. Every member is closed and merged into the new unit.
    expect(r2.units.filter((u) => !u.inInput).map((u) => [u.id, u.name])).toEqual([['M1-TCNV', 'Ban Tổ chức - Nội vụ H'], ['N1-TCNV', 'Ban Tổ chức - Nội vụ K']]);
    expect(at(r2, 'M1-TCNV', 'quota', '2026-03')).toBe(8);
    expect(at(r2, 'N1-TCNV', 'quota', '2026-03')).toBe(4);
    expect(at(r2, 'N1-TCNV', 'roster', '2026-03')).toBe(2);
    expect(r2.units.filter((u) => u.mergedInto !== null).map((u) => u.id)).toEqual(['M1', 'M2', 'N1', 'N2']);
  });
});

describe('quota change (tinh giản)', () => {
  const s = staffing([unit('A', 22), unit('B', 10), unit('C', 4)], []);
  test('set, cut by N and cut by p % (rounded up, never below zero)', () => {
    const r = run(s, [
      { type: 'quotaChange', month: '2026-07', units: { ids: ['A'] }, change: { mode: 'cutPercent', value: 10 } },
      { type: 'quotaChange', month: '2026-07', units: { ids: ['B'] }, change: { mode: 'set', value: 7 } },
      { type: 'quotaChange', month: '2026-07', units: { ids: ['C'] }, change: { mode: 'cut', value: 9 } },
    ]);
    // 22 − ceil(2.2) = 19; B set to 7; C 4 − 9 → 0.
    expect(series(r, 'A', 'quota').slice(5, 7)).toEqual([22, 19]);
    expect(series(r, 'B', 'quota').slice(5, 7)).toEqual([10, 7]);
    expect(series(r, 'C', 'quota').slice(5, 7)).toEqual([4, 0]);
  });
  test('a rule on a field neither table has is an error naming it, and is not applied', () => {
    const r = run(s, [{ type: 'quotaChange', month: '2026-02', units: { where: [{ field: 'Loai', value: 'x' }] }, change: { mode: 'set', value: 1 } }]);
    expect(r.issues).toMatchObject([{ severity: 'error', code: 'unknownField', params: { field: 'Loai' } }]);
  });
  test('an extra column is a known field, written with or without accents', () => {
    const s2 = staffing([unit('A', 3, { extra: { 'Huyện': 'Đức Thọ' } }), unit('B', 3, { extra: { 'Huyện': 'Can Lộc' } })], []);
    const r = run(s2, [{ type: 'quotaChange', month: '2026-02', units: { where: [{ field: 'huyen', value: 'đức thọ' }] }, change: { mode: 'set', value: 1 } }]);
    expect(r.issues).toEqual([]);
    expect([at(r, 'A', 'quota', '2026-02'), at(r, 'B', 'quota', '2026-02')]).toEqual([1, 3]);
  });
  test('an unknown unit is an error naming it', () => {
    const r = run(s, [{ type: 'quotaChange', month: '2026-02', units: { ids: ['Z'] }, change: { mode: 'set', value: 1 } }]);
    expect(r.issues).toMatchObject([{ severity: 'error', code: 'unknownUnit', params: { id: 'Z' } }]);
  });
});

describe('move and abolish', () => {
  const s = staffing(
    [unit('A', 3), unit('B', 2), unit('C', 3)],
    [person('A1', 'A', 'Chủ tịch UBND'), person('A2', 'A', 'Văn thư'), person('B1', 'B', 'Trưởng phòng'), person('C1', 'C', 'Chuyên viên')],
  );
  test('a move changes unit and title from its month', () => {
    const r = run(s, [{ type: 'move', month: '2026-03', people: { ids: ['A2'] }, to: { unit: { ids: ['B'] }, title: 'Chuyên viên' } }]);
    expect(series(r, 'A', 'roster').slice(1, 3)).toEqual([2, 1]);
    expect(series(r, 'B', 'roster').slice(1, 3)).toEqual([1, 2]);
    expect(r.changes).toMatchObject([{ personId: 'A2', kind: 'moved', from: { unitId: 'A', title: 'Văn thư' }, to: { unitId: 'B', title: 'Chuyên viên', role: 'staff' } }]);
  });
  test('abolishing a unit leaves its people without post on its roster (surplus), or moves them', () => {
    const r = run(s, [{ type: 'abolish', month: '2026-03', units: { ids: ['A'] } }]);
    expect(series(r, 'A', 'quota').slice(1, 3)).toEqual([3, 0]);
    expect(series(r, 'A', 'surplus').slice(1, 3)).toEqual([0, 2]);
    expect(series(r, 'A', 'withoutPost').slice(1, 3)).toEqual([0, 2]);
    expect([series(r, 'A', 'headsMissing').slice(1, 3), series(r, 'A', 'headsExcess').slice(1, 3)]).toEqual([[0, 0], [0, 0]]);
    const r3 = run(s, [
      { type: 'abolish', month: '2026-03', units: { ids: ['A'] } },
      { type: 'quotaChange', month: '2026-05', units: { ids: ['A'] }, change: { mode: 'set', value: 4 } },
    ]);
    expect(r3.issues).toMatchObject([{ severity: 'error', code: 'unitClosed', operation: 1, params: { unit: 'A' } }]);
    const r2 = run(s, [{ type: 'abolish', month: '2026-03', units: { ids: ['A'] }, people: { to: { unit: { ids: ['C'] } } } }]);
    expect(series(r2, 'C', 'roster').slice(1, 3)).toEqual([1, 3]);
    // C: 1 + 2 = 3 on a quota of 3: full, not over.
    expect(r2.issues).toEqual([]);
  });
});

describe('time and retirement', () => {
  test('a person who retires in a month still counts in it and is gone from the next', () => {
    // A woman born 1969-07 is 56y 8m in 2026-03 (the 2025 age, but it is 2026) and reaches the 2026 age,
    // 57y 0m, in 2026-07 (index 6).
    const s = staffing([unit('A', 2)], [person('W', 'A', 'Chuyên viên', { born: '1969-07', gender: 'F' }), person('M', 'A', 'Văn thư')]);
    const r = run(s, []);
    expect(series(r, 'A', 'roster').slice(5, 8)).toEqual([2, 2, 1]);
    expect(series(r, 'A', 'retirements').slice(5, 8)).toEqual([0, 1, 0]);
    expect(r.changes).toMatchObject([{ personId: 'W', month: '2026-07', kind: 'retired' }]);
  });
  test('someone past the age before the start is retired from the start: in no figure, named by one warning', () => {
    const s = staffing([unit('A', 2)], [person('W', 'A', 'Trưởng phòng', { born: '1969-03', gender: 'F' }), person('M', 'A', 'Văn thư')]);
    // Born 1969-03: reached 56y 8m, the 2025 age, in 2025-11, before the start (2026-01).
    const r = run(s, []);
    expect(series(r, 'A', 'roster')).toEqual(runs([1, 24]));
    expect(series(r, 'A', 'present')).toEqual(runs([1, 24]));
    expect(series(r, 'A', 'heads')).toEqual(runs([0, 24]));
    expect(series(r, 'A', 'retirements')).toEqual(runs([0, 24]));
    expect(r.changes).toEqual([]);
    expect(r.issues).toEqual([{
      severity: 'warning', code: 'retiredBeforeStart', month: '2026-01', operation: null, personId: 'W', unitId: 'A',
      params: { lastMonth: '2025-11', born: '1969-03' },
    }]);
  });
  test('someone whose last working month is the first month counts in it and retires then', () => {
    // A man born 1964-10 reaches 61y 6m, the 2026 age, in 2026-04: the first month of a run starting then.
    const s = staffing([unit('A', 2)], [person('M', 'A', 'Chuyên viên', { born: '1964-10', gender: 'M' })]);
    const r = run(s, [], { startMonth: '2026-04' });
    expect(series(r, 'A', 'roster').slice(0, 2)).toEqual([1, 0]);
    expect(series(r, 'A', 'retirements').slice(0, 2)).toEqual([1, 0]);
    expect(r.changes).toMatchObject([{ personId: 'M', month: '2026-04', kind: 'retired' }]);
    expect(r.issues).toEqual([]);
    // Started a month later, he is retired before it.
    expect(run(s, [], { startMonth: '2026-05' }).issues).toMatchObject([{ code: 'retiredBeforeStart', personId: 'M', params: { lastMonth: '2026-04' } }]);
  });
  test('an operation naming someone retired before the start finds them not in post', () => {
    const s = staffing([unit('A', 2), unit('B', 2)], [person('W', 'A', 'Chuyên viên', { born: '1960-01', gender: 'M' })]);
    const r = run(s, [{ type: 'move', month: '2026-03', people: { ids: ['W'] }, to: { unit: { ids: ['B'] } } }]);
    expect(r.issues.map((i) => [i.code, i.personId, i.month])).toEqual([
      ['retiredBeforeStart', 'W', '2026-01'], ['personNotAvailable', 'W', '2026-03'],
    ]);
    expect(series(r, 'B', 'roster')).toEqual(runs([0, 24]));
  });
  test('with retirement turned off, nobody is retired before the start', () => {
    const s = staffing([unit('A', 2)], [person('W', 'A', 'Chuyên viên', { born: '1950-01', gender: 'F' })]);
    const r = run(s, [], { retirement: { enabled: false } });
    expect(series(r, 'A', 'roster')).toEqual(runs([1, 24]));
    expect(r.issues).toEqual([]);
  });
  test('KPIs: nothing worst or cleared for what never happens; a surplus cleared by retirement is dated', () => {
    // A (quota 1) holds two people; W (born 1969-07, woman) retires at the end of 2026-07: surplus 1 → 0 from 2026-08.
    const s = staffing([unit('A', 1)], [person('W', 'A', 'Chuyên viên', { born: '1969-07', gender: 'F' }), person('M', 'A', 'Văn thư')]);
    const r = run(s, []);
    expect(r.kpis.find((k) => k.metric === 'secondedOut')).toMatchObject({ worst: 0, worstMonth: null, clearedFrom: null });
    expect(r.kpis.find((k) => k.metric === 'surplus')).toMatchObject({ start: 1, end: 0, worst: 1, worstMonth: '2026-01', clearedFrom: '2026-08' });
    expect(r.kpis.find((k) => k.metric === 'retirements')).toMatchObject({ worst: 1, worstMonth: '2026-07', total: 1 });
  });
  test('KPIs: "before the reform" is the input before the first month\'s operations, retirements and hires', () => {
    // A (quota 4): H (head), S1, M (retires in the first month). B (quota 2): nobody. The first month
    // cuts A's quota by 1 and, under hiring fill with no lag, B's two vacancies are filled at once.
    const s = staffing(
      [unit('A', 4), unit('B', 2)],
      [person('H', 'A', 'Trưởng phòng'), person('S1', 'A', 'Chuyên viên'), person('M', 'A', 'Văn thư', { born: '1964-10', gender: 'M' })],
    );
    const r = run(s, [{ type: 'quotaChange', month: '2026-04', units: { ids: ['A'] }, change: { mode: 'cut', value: 1 } }], {
      startMonth: '2026-04', hiring: { policy: 'fill', lagMonths: 0 },
    });
    const kpi = (metric: string) => r.kpis.find((k) => k.metric === metric)!;
    expect(kpi('quota')).toMatchObject({ before: 6, start: 5 });
    // M still counts in his last month and B's hires from the first: roster 3 before, 5 in the first
    // month; M's post is filled again from the next, so 5 to the end.
    expect(kpi('roster')).toMatchObject({ before: 3, start: 5, end: 5 });
    expect(total(r, 'roster').slice(0, 2)).toEqual([5, 5]);
    expect(kpi('vacancies')).toMatchObject({ before: 3, start: 0 });
    expect(kpi('heads')).toMatchObject({ before: 1 });
    // Events have no "before": nothing has happened yet.
    expect(kpi('retirements')).toMatchObject({ before: null, total: 1 });
    expect(kpi('hires').before).toBeNull();
  });
  test('hiring fill appoints a deputy to a head post that no hire can take, the lag after it emptied', () => {
    // A (quota 2) holds 4: head H (born 1964-10, last working month 2026-04), deputies D1 and D2, staff S.
    // Above quota, H's retirement opens no vacancy: no hire takes the head post. Six months after it
    // emptied in 2026-05 (2026-11), D1, the first deputy, is appointed; under a freeze, A stays without a head.
    const s = staffing([unit('A', 2)], [
      person('H', 'A', 'Chủ tịch UBND', { born: '1964-10' }), person('D1', 'A', 'Phó Chủ tịch UBND'),
      person('D2', 'A', 'Phó Chủ tịch UBND'), person('S', 'A', 'Chuyên viên'),
    ]);
    const filled = run(s, [], { hiring: { policy: 'fill', lagMonths: 6 }, horizonMonths: 24 });
    expect(filled.changes.filter((c) => c.kind === 'appointed')).toEqual([expect.objectContaining({
      personId: 'D1', month: '2026-11', from: { unitId: 'A', title: 'Phó Chủ tịch UBND', role: 'deputy' }, to: { unitId: 'A', title: 'Chủ tịch UBND', role: 'head' },
    })]);
    expect(series(filled, 'A', 'heads')).toEqual(runs([1, 4], [0, 6], [1, 14]));
    expect(series(filled, 'A', 'deputies')).toEqual(runs([2, 10], [1, 14]));
    expect(filled.changes.filter((c) => c.kind === 'hired')).toEqual([]);
    const frozen = run(s, [], { horizonMonths: 24 });
    expect(series(frozen, 'A', 'heads')).toEqual(runs([1, 4], [0, 20]));
    expect(frozen.changes.filter((c) => c.kind === 'appointed')).toEqual([]);
  });

  test('operations dated outside the horizon are errors', () => {
    const r = run(staffing([unit('A', 2)], []), [{ type: 'quotaChange', month: '2025-12', units: { ids: ['A'] }, change: { mode: 'set', value: 1 } }]);
    expect(r.issues).toMatchObject([{ code: 'outsideHorizon', params: { month: '2025-12', start: '2026-01', end: '2027-12' } }]);
  });
});

describe('exit under a policy (nghỉ theo chính sách)', () => {
  /*
   * Commune A (quota 6), from 2026-01 over 24 months. In 2026-06:
   * - early retirement (NĐ 178/2024 art. 7: at most 10 years to the statutory age) for E1 (born
   *   1970-01, statutory last month 2032-01: 5 years left, eligible), E2 (born 1985-01, 2047-01: 20
   *   years left, not eligible: stays, an error) and U1 (no birth date: unchecked, leaves, a warning);
   * - resignation (art. 9–10: at least 2 years) for R1 (born 1965-06, 2026-12: 0 years left, not
   *   eligible: stays, and retires at 2026-12) and R2 (born 1980-01, 2042-01: 15 years, leaves).
   * Roster: 6 until 2026-05; 3 from 2026-06 (E2, R1, and the head H); 2 from 2027-01.
   */
  const s = staffing([unit('A', 6)], [
    person('H', 'A', 'Chủ tịch UBND', { born: '1975-01' }),
    person('E1', 'A', 'Công chức', { born: '1970-01' }), person('E2', 'A', 'Công chức', { born: '1985-01' }),
    person('U1', 'A', 'Công chức', { born: null, gender: 'F' }),
    person('R1', 'A', 'Công chức', { born: '1965-06' }), person('R2', 'A', 'Công chức', { born: '1980-01' }),
  ]);
  const r = run(s, [
    { type: 'exit', month: '2026-06', people: { ids: ['E1', 'E2', 'U1'] }, policy: 'earlyRetirement' },
    { type: 'exit', month: '2026-06', people: { ids: ['R1', 'R2'] }, policy: 'resignation' },
  ]);

  test('the eligible leave from the month, their posts and quota freed; the others stay, each named', () => {
    expect(series(r, 'A', 'roster')).toEqual(runs([6, 5], [3, 7], [2, 12]));
    expect(series(r, 'A', 'vacancies')).toEqual(runs([0, 5], [3, 7], [4, 12]));
    expect(series(r, 'A', 'exits')).toEqual(runs([0, 5], [3, 1], [0, 18]));
    expect(r.changes.map((c) => [c.personId, c.kind, c.month, c.operation, c.detail])).toEqual([
      ['E1', 'exited', '2026-06', 0, 'earlyRetirement'],
      ['U1', 'exited', '2026-06', 0, 'earlyRetirement'],
      ['R2', 'exited', '2026-06', 1, 'resignation'],
      ['R1', 'retired', '2026-12', null, null],
    ]);
    expect(r.issues.filter((i) => i.operation !== null).map((i) => [i.code, i.personId, i.severity, i.params])).toEqual([
      ['earlyRetirementNotEligible', 'E2', 'error', { years: 20, months: 7, limit: 10 }],
      ['exitUnchecked', 'U1', 'warning', {}],
      ['resignationNotEligible', 'R1', 'error', { years: 0, months: 6, limit: 2 }],
    ]);
    expect(r.kpis.find((k) => k.metric === 'exits')).toMatchObject({ total: 3 });
    // Exits are not posts changed (neither are retirements).
    expect(r.peopleWithChangedPost).toBe(0);
  });

  test('the limits are settings: with 21 years allowed, E2 may retire early too; with 20, 20 years and 7 months are too many', () => {
    const op = { type: 'exit' as const, month: '2026-06', people: { ids: ['E2'] }, policy: 'earlyRetirement' as const };
    const r2 = run(s, [op], { earlyRetirementMaxYearsLeft: 21 });
    expect(r2.changes.map((c) => c.personId)).toContain('E2');
    expect(r2.issues.filter((i) => i.code === 'earlyRetirementNotEligible')).toEqual([]);
    const r20 = run(s, [op], { earlyRetirementMaxYearsLeft: 20 });
    expect(r20.changes.map((c) => c.personId)).not.toContain('E2');
    expect(r20.issues.filter((i) => i.code === 'earlyRetirementNotEligible').map((i) => i.params)).toEqual([{ years: 20, months: 7, limit: 20 }]);
  });

  test('the years are counted in months to the month the statutory age is reached', () => {
    // A man born 1976-02 reaches the age in 2038-02 (his last working month). Early retirement (at most
    // 10 years): from 2028-02, 120 months, eligible; from 2028-01, 121, not. Resignation (at least 2
    // years): from 2036-02, 24 months, eligible; from 2036-03, 23, not.
    const m = staffing([unit('A', 4)], [person('M', 'A', 'Công chức', { born: '1976-02' })]);
    const exit = (month: string, policy: 'earlyRetirement' | 'resignation') => {
      const r = run(m, [{ type: 'exit', month, people: { ids: ['M'] }, policy }], { horizonMonths: 130 });
      return [r.changes.filter((c) => c.kind === 'exited').length, r.issues.filter((i) => i.operation === 0).map((i) => i.params)];
    };
    expect(exit('2028-02', 'earlyRetirement')).toEqual([1, []]);
    expect(exit('2028-01', 'earlyRetirement')).toEqual([0, [{ years: 10, months: 1, limit: 10 }]]);
    // Eligible to resign, and within the early-retirement years: he leaves, with a warning (below).
    expect(exit('2036-02', 'resignation')).toEqual([1, [{ years: 2, months: 0, limit: 10 }]]);
    expect(exit('2036-03', 'resignation')).toEqual([0, [{ years: 1, months: 11, limit: 2 }]]);
  });

  test('a resignation within the early-retirement years is warned about: art. 9–10 are for those not eligible for it', () => {
    // A man born 1970-01 reaches the age in 2032-01: in 2026-02, 5 years and 11 months are left, within
    // the 10 years of early retirement. He leaves (his years of insurance are not in the tables), warned.
    const m = staffing([unit('A', 4)], [person('M', 'A', 'Công chức', { born: '1970-01' }), person('Y', 'A', 'Công chức', { born: '1985-01' })]);
    const r5 = run(m, [{ type: 'exit', month: '2026-02', people: { ids: ['M', 'Y'] }, policy: 'resignation' }]);
    expect(r5.changes.filter((c) => c.kind === 'exited').map((c) => c.personId)).toEqual(['M', 'Y']);
    expect(r5.issues.filter((i) => i.operation === 0).map((i) => [i.code, i.personId, i.severity, i.params])).toEqual([
      ['resignationWhileEarlyRetirementAge', 'M', 'warning', { years: 5, months: 11, limit: 10 }],
    ]);
  });

  test('the rule form also selects those left without a post, and they leave', () => {
    // Abolishing A in 2026-03 leaves its six people without post on its roster. In 2026-05 the rule
    // selects those with 10 whole years of service left or fewer: H (born 1975-01, last month 2037-01:
    // 10 years and 9 months of service), E1 (5) and R1 (0); E2 (20) and R2 (15) are not selected; U1,
    // of unknown age, matches no number. E1 and R1 retire early. H, 10 years and 8 months from the
    // month he reaches the age, is more than the 10 years the policy allows: he stays, an error.
    const r4 = run(s, [
      { type: 'abolish', month: '2026-03', units: { ids: ['A'] } },
      { type: 'exit', month: '2026-05', people: { where: [{ field: 'unit.id', value: 'A' }, { field: 'yearsToRetirement', op: 'lte', value: 10 }] }, policy: 'earlyRetirement' },
    ]);
    expect(r4.changes.filter((c) => c.kind === 'exited').map((c) => c.personId)).toEqual(['E1', 'R1']);
    expect(r4.issues.filter((i) => i.operation === 1).map((i) => [i.code, i.personId, i.params])).toEqual([
      ['earlyRetirementNotEligible', 'H', { years: 10, months: 8, limit: 10 }],
    ]);
    expect(series(r4, 'A', 'withoutPost').slice(2, 5)).toEqual([6, 6, 4]);
  });

  test('another policy is not checked; someone already gone is not available', () => {
    const r3 = run(s, [
      { type: 'exit', month: '2026-03', people: { ids: ['E2'] }, policy: 'other' },
      { type: 'exit', month: '2026-06', people: { ids: ['E2'] }, policy: 'other' },
    ]);
    expect(r3.changes.filter((c) => c.kind === 'exited').map((c) => [c.personId, c.month, c.detail])).toEqual([['E2', '2026-03', 'other']]);
    expect(r3.issues.filter((i) => i.operation === 1).map((i) => i.code)).toEqual(['personNotAvailable']);
  });
});

describe('rules without a condition', () => {
  test('are found wherever an operation selects by rule, and only there', () => {
    expect(rulesWithoutCondition({ type: 'quotaChange', month: '2026-01', units: { where: [] }, change: { mode: 'cut', value: 1 } })).toEqual(['units']);
    expect(rulesWithoutCondition({ type: 'quotaChange', month: '2026-01', units: { ids: [] }, change: { mode: 'cut', value: 1 } })).toEqual([]);
    expect(rulesWithoutCondition({
      type: 'concurrentTitles', month: '2026-01', holder: { units: { where: [] }, role: 'head' }, target: { units: { where: [{ field: 'kind', value: 'UBND xã' }] }, role: 'head' },
    })).toEqual(['holder']);
    expect(rulesWithoutCondition({ type: 'rotation', month: '2026-01', people: { where: [] }, to: { unit: { where: [] } } })).toEqual(['people', 'to']);
    expect(rulesWithoutCondition({ type: 'abolish', month: '2026-01', units: { ids: ['A'] }, people: { to: { unit: { where: [] } } } })).toEqual(['to']);
    expect(rulesWithoutCondition({ type: 'exit', month: '2026-01', people: { where: [] }, policy: 'other' })).toEqual(['people']);
  });
});

test('heads missing and heads in excess are counted apart: a head moved beside another leaves one unit without and one with two', () => {
  const s = staffing(
    [unit('A', 3), unit('B', 3), unit('C', 3)],
    [person('A1', 'A', 'Trưởng phòng'), person('A2', 'A', 'Chuyên viên'), person('B1', 'B', 'Trưởng phòng'), person('C1', 'C', 'Chuyên viên')],
  );
  // Before: C has no head (1 missing, 0 in excess). From 2026-03, A's head goes to B as its head too.
  const r = run(s, [{ type: 'move', month: '2026-03', people: { ids: ['A1'] }, to: { unit: { ids: ['B'] } } }]);
  expect([total(r, 'headsMissing').slice(1, 3), total(r, 'headsExcess').slice(1, 3)]).toEqual([[1, 2], [0, 1]]);
  expect([series(r, 'A', 'headsMissing')[2], series(r, 'B', 'headsExcess')[2], series(r, 'C', 'headsMissing')[2]]).toEqual([1, 1, 1]);
});
