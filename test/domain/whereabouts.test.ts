import { simulate } from '../../src/domain/engine';
import type { PersonChange, ScenarioResult } from '../../src/domain/result';
import { changesByPerson, retiredBeforeStart, situationIn, whereabouts, type Situation } from '../../src/domain/whereabouts';
import { generateProvince, toStaffing } from '../../src/sample';
import { person, unit } from './fixtures';

const province = generateProvince();
const staffing = toStaffing(province);

/** Where a situation puts the person to work, or null. */
const workUnit = (s: Situation | null): string | null => (s === null ? null : (s.secondedTo ?? s.post)?.unitId ?? null);

/** Every person's situation in `month`, counted by the unit they work in. */
function presentFromWhereabouts(result: ScenarioResult, month: string): Map<string, number> {
  const changes = changesByPerson(result);
  const retired = retiredBeforeStart(result);
  const counts = new Map<string, number>();
  const add = (s: Situation | null) => {
    const u = workUnit(s);
    if (u !== null) counts.set(u, (counts.get(u) ?? 0) + 1);
  };
  for (const p of staffing.people) add(situationIn(whereabouts(p, changes.get(p.id) ?? [], result.months, retired.has(p.id)), month));
  for (const [id, list] of changes) {
    if (list[0]?.kind === 'hired') add(situationIn(whereabouts(null, list, result.months), month));
    else if (!staffing.people.some((p) => p.id === id)) throw new Error(`changes of an unknown person ${id}`);
  }
  return counts;
}

describe('whereabouts: where each person is agrees with the figures', () => {
  // Every example scenario of the sample, and the baseline; hires fill vacancies in one of them.
  const scenarios = [{ code: 'BASE', name: 'Giữ nguyên', operations: [] }, ...province.scenarios];
  it.each(scenarios.map((s) => [s.code, s] as const))('%s: people present in each unit, counted from their whereabouts, equal the simulated figure', (_code, scenario) => {
    const result = simulate(staffing, scenario, { startMonth: '2026-01' });
    const T = result.months.length;
    for (const t of [0, Math.floor(T / 3), Math.floor((2 * T) / 3), T - 1]) {
      const month = result.months[t];
      const counted = presentFromWhereabouts(result, month);
      const mismatches = result.units
        .map((u, i) => [u.id, result.unitSeries[i].present[t], counted.get(u.id) ?? 0] as const)
        .filter(([, simulated, fromPeople]) => simulated !== fromPeople);
      expect({ month, mismatches }).toEqual({ month, mismatches: [] });
    }
  });
});

describe('whereabouts of one person', () => {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  const p = { unitId: 'A', title: 'Phó Chủ tịch UBND', role: 'deputy' as const };
  const change = (month: string, kind: PersonChange['kind'], to: PersonChange['to'], detail: string | null = null): PersonChange => ({
    personId: 'P1', name: 'Nguyễn Văn A', month, kind, from: null, to, operation: 0, detail,
  });
  const post = (unitId: string, title: string) => ({ unitId, title, role: 'deputy' as const });

  it('starts at the post of the tables and follows a secondment there and back, with its end month', () => {
    const stints = whereabouts(p, [
      change('2026-02', 'seconded', post('B', 'Chuyên viên'), '3'),
      change('2026-05', 'secondmentEnded', post('A', 'Phó Chủ tịch UBND')),
    ], months);
    expect(stints.map((s) => [s.from, s.situation.post?.unitId, s.situation.secondedTo?.unitId ?? null, s.situation.until])).toEqual([
      ['2026-01', 'A', null, null],
      ['2026-02', 'A', 'B', '2026-05'],
      ['2026-05', 'A', null, null],
    ]);
    expect(situationIn(stints, '2026-04')?.secondedTo?.unitId).toBe('B');
  });

  it('works through the month of retirement and holds no post from the next; changes after the horizon are left out', () => {
    const stints = whereabouts(p, [change('2026-03', 'retired', null), change('2026-09', 'hired', post('C', 'x'))], months);
    expect(stints.map((s) => [s.from, s.situation.kind, s.situation.post])).toEqual([
      ['2026-01', null, p],
      ['2026-04', 'retired', null],
    ]);
  });

  it('keeps a title added by unification through a later move, and several changes in one month make one stint', () => {
    const stints = whereabouts(p, [
      change('2026-02', 'concurrentTitle', post('D', 'Chủ tịch UBND')),
      change('2026-03', 'mergedUnit', post('E', 'Phó Chủ tịch UBND')),
      change('2026-03', 'headToDeputy', post('E', 'Phó Trưởng ban')),
    ], months);
    expect(stints).toHaveLength(3);
    expect(stints[2]).toEqual({ from: '2026-03', situation: { post: post('E', 'Phó Trưởng ban'), secondedTo: null, concurrent: [post('D', 'Chủ tịch UBND')], kind: 'headToDeputy', until: null } });
  });

  it('shows someone retired before the horizon without a post from its first month', () => {
    expect(whereabouts(p, [], months, true)).toEqual([{ from: '2026-01', situation: { post: null, secondedTo: null, concurrent: [], kind: 'retired', until: null } }]);
  });

  it('rebuilds a rotation from a simulated result: out for its term, then back', () => {
    const s = {
      units: [unit('H', 3, { level: 'Huyện' }), unit('X', 3, { level: 'Xã' })],
      people: [person('P1', 'H', 'Phó Trưởng phòng', { born: '1985-01' })],
    };
    const result = simulate(s, {
      code: 'R', name: 'r', operations: [{ type: 'rotation', month: '2026-02', people: { ids: ['P1'] }, to: { unit: { ids: ['X'] }, title: 'Phó Chủ tịch UBND' }, durationMonths: 2 }],
    }, { startMonth: '2026-01' });
    const stints = whereabouts(s.people[0], changesByPerson(result).get('P1') ?? [], result.months);
    expect(stints.slice(0, 3).map((x) => [x.from, x.situation.post?.unitId, x.situation.kind, x.situation.until])).toEqual([
      ['2026-01', 'H', null, null],
      ['2026-02', 'X', 'rotatedOut', '2026-04'],
      ['2026-04', 'H', 'returned', null],
    ]);
  });
});
