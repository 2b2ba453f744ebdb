import fc from 'fast-check';
import loadHighs from 'highs';
import { highsSolver } from '../../src/app/solver';
import { suggestPlan } from '../../src/app/suggest';
import { simulate } from '../../src/domain/engine';
import { satisfies } from '../../src/domain/mip';
import type { Staffing, Unit } from '../../src/domain/model';
import type { ScenarioResult } from '../../src/domain/result';
import { prepareSuggestion, suggestionOperations, type SuggestRequest, type Suggestion } from '../../src/domain/suggest';
import { person, staffing, unit } from './fixtures';

/**
 * Deputies within their caps by a month: small cases whose optimum is worked out by hand (in the
 * comments), then each plan run by the engine, which must find the caps kept at the deadline.
 * The objective: −1,000 per deputy left over a cap; −10 per early retirement (less 0.001 per month of
 * service it gives up); −12 per move (plus 0.00025 per month of service the mover has left).
 */

const solver = highsSolver(() => loadHighs());
const START = '2026-01';
const BY = '2026-12';

function run(s: Staffing, operations: Parameters<typeof simulate>[1]['operations']): ScenarioResult {
  return simulate(s, { code: 'B', name: 'B', settings: { startMonth: START, horizonMonths: 24 }, operations }, { startMonth: START });
}

async function plan(s: Staffing, request: SuggestRequest = {}): Promise<Suggestion> {
  const prepared = prepareSuggestion(s, run(s, []), { mode: 'deputies', by: BY, ...request }, START, { horizonMonths: 24 });
  const solution = await solver.solve(prepared.model, { timeLimitSeconds: 30, relativeGap: 0 });
  if (solution.values) expect(satisfies(prepared.model, solution.values)).toBe(true);
  return prepared.decode(solution);
}

const at = (r: ScenarioResult, id: string, m: 'deputies' | 'excessDeputies' | 'roster', month = BY): number =>
  r.unitSeries[r.units.findIndex((u) => u.id === id)][m][r.months.indexOf(month)];

/** Born 1970-06: a man retires at 62 (from 2028), in 2032-06: 78 months left in 2026-01, within 10 years. */
const NEAR = '1970-06';
const YOUNG = '1990-01';

describe('deputies within their caps: hand-worked plans', () => {
  const office = (id: string, quota: number, more: Partial<Unit> = {}): Unit => unit(id, quota, { kind: 'Phòng Tư pháp', deputyCap: 2, ...more });
  const deputy = (id: string, u: string, born: string) => person(id, u, 'Phó Trưởng phòng', { born });
  const chief = (u: string) => person(`${u}h`, u, 'Trưởng phòng', { born: YOUNG });

  // A: 3 deputies for a cap of 2, one of them (A1) 78 months from retirement. C: 3 young deputies for 2.
  // B: the same kind, 1 deputy for 2, quota 4 with 2 people: room for one deputy.
  // E: another kind, 3 young deputies for 2: no one may retire early, no unit of its kind has room.
  const offices = (quotas: { A: number; B: number; C: number; E: number }): Staffing => staffing(
    [office('A', quotas.A), office('B', quotas.B), office('C', quotas.C), office('E', quotas.E, { kind: 'Phòng Nội vụ' })],
    [chief('A'), deputy('A1', 'A', NEAR), deputy('A2', 'A', YOUNG), deputy('A3', 'A', YOUNG),
      chief('B'), deputy('B1', 'B', YOUNG),
      chief('C'), deputy('C1', 'C', YOUNG), deputy('C2', 'C', '1992-01'), deputy('C3', 'C', '1994-01'),
      chief('E'), deputy('E1', 'E', YOUNG), deputy('E2', 'E', YOUNG), deputy('E3', 'E', YOUNG)],
  );
  const s = offices({ A: 6, B: 4, C: 6, E: 6 });

  it('retires A1 early, moves one of C to B, and says why E stays over', async () => {
    const r = await plan(s);
    expect(r.status).toBe('optimal');
    // A: exit A1 (−10.078) beats moving A2 or A3 to B (−11.9), and B's one place goes to C, whose
    // deputies cannot retire early. C3 has the most service left (born 1994): the one moved.
    expect(r.moves.map((m) => [m.personId, m.action, m.to])).toEqual([['A1', 'exit', null], ['C3', 'move', 'B']]);
    expect(r.parts).toMatchObject({ exits: 1, placed: 1, deputiesOver: 1 });
    expect(r.before.deputiesOver).toBe(3);
    expect(r.by).toBe(BY);
    expect(r.moves[0].reason.caps).toEqual({ by: BY, exitYears: 10, unit: { deputies: 3, cap: 2 }, pool: null, to: null });
    expect(r.moves[0].reason.monthsLeft).toBe(78);
    expect(r.moves[1].reason.caps?.to).toEqual({ deputies: 1, cap: 2 });
    expect(r.unbalanced).toEqual([{
      unitId: 'E', side: 'deputies', by: 1, why: 'capsHeld',
      params: { month: BY, years: 10, deputies: 3, cap: 2, older: 3, leaving: 0, locked: 0, placed: 0, excluded: 0 },
    }]);

    // Run by the engine: A, B and C within their caps at the deadline; E still one over.
    const ops = suggestionOperations(r, () => 'why');
    expect(ops.map((o) => o.type)).toEqual(['exit', 'move']);
    const after = run(s, ops);
    expect(after.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(['A', 'B', 'C', 'E'].map((u) => at(after, u, 'excessDeputies'))).toEqual([0, 0, 0, 1]);
    expect(at(after, 'B', 'deputies')).toBe(2);
  });

  it('says in words why E stays over, naming only the reasons that hold', async () => {
    const outcome = await suggestPlan(s, { mode: 'deputies', by: BY }, START, solver, { lang: 'en', runDate: '2026-01-05', code: 'DX' });
    expect(outcome.unbalanced).toEqual([
      'Unit E: 3 deputies for 2 allowed at 12/2026, still 1 over: 3 are more than 10 years from retirement (no early retirement) and no unit of the same kind has room for them',
    ]);
    const locked = await suggestPlan(s, { mode: 'deputies', by: BY, constraints: { lockedPeople: ['E1', 'E2', 'E3'] } }, START, solver, { lang: 'en', runDate: '2026-01-05', code: 'DX' });
    expect(locked.unbalanced).toEqual(['Unit E: 3 deputies for 2 allowed at 12/2026, still 1 over: 3 are kept where they are']);
  });

  it('tells the people in an earlier goal\'s plan apart from those the planner keeps, in a later goal\'s reasons', async () => {
    // A is over its quota by 2 and its deputies over their cap: the first goal (deputies) retires A1
    // early. A is still one over its quota, and no unit has room for the second goal (moves of deputies):
    // of A's people, its head is not of the roles moved and A1 is already in the first goal's plan, not
    // "kept where they are", which is what the planner asks of a locked person.
    const full = offices({ A: 2, B: 2, C: 4, E: 4 });
    const outcome = await suggestPlan(full, [
      { mode: 'deputies', by: BY },
      { mode: 'move', month: '2026-03', constraints: { roles: ['deputy'] } },
    ], START, solver, { lang: 'en', runDate: '2026-01-05', code: 'DX' });
    expect(outcome.goals[0].moves.map((m) => [m.personId, m.action])).toEqual([['A1', 'exit']]);
    expect(outcome.goals[1].unbalanced.find((u) => u.unitId === 'A')).toMatchObject({ side: 'over', by: 1, why: 'noDestination', params: { placed: 1, locked: 0, role: 1, movable: 2 } });
  });

  it('says which people of an office over its quota may not move, naming only the reasons that hold', async () => {
    const over = staffing(
      [unit('P', 1, { kind: 'Phòng Kinh tế' }), unit('Q', 3, { kind: 'Phòng Kinh tế' })],
      [person('P0', 'P', 'Chuyên viên', { born: YOUNG }), person('P1', 'P', 'Chuyên viên', { born: YOUNG }), person('P2', 'P', 'Chuyên viên', { born: YOUNG }),
        person('Q1', 'Q', 'Chuyên viên', { born: YOUNG })],
    );
    const outcome = await suggestPlan(over, { mode: 'move', month: '2026-03', constraints: { lockedPeople: ['P0'], placedEarlier: ['P1', 'P2'] } }, START, solver, { lang: 'en', runDate: '2026-01-05', code: 'DX' });
    expect(outcome.unbalanced).toContain('Unit P stays 2 over: no one there may be moved (1 kept where they are, 2 already in the plan of the goal before)');
    const vi = await suggestPlan(over, { mode: 'move', month: '2026-03', constraints: { placedEarlier: ['P0', 'P1', 'P2'] } }, START, solver, { lang: 'vi', runDate: '2026-01-05', code: 'DX' });
    expect(vi.unbalanced).toContain('Unit P vẫn thừa 2: không ai ở đó được điều động (3 người đã có trong phương án của mục tiêu trước)');
  });

  it('moves no deputy into a unit without free quota (unless allowed), nor a locked one', async () => {
    const full = staffing(s.units.map((u) => (u.id === 'B' ? { ...u, quota: 2 } : u)), s.people);
    const r = await plan(full, { constraints: { lockedPeople: ['A1'] } });
    // B has no free quota: C and A stay over; A1 is kept, so A's others (young) have nowhere to go.
    expect(r.moves).toEqual([]);
    expect(r.unbalanced.find((u) => u.unitId === 'A')?.params).toMatchObject({ locked: 1, older: 2 });
    const loose = await plan(full, { constraints: { lockedPeople: ['A1'], keepQuota: false } });
    expect(loose.moves.map((m) => m.to)).toEqual(['B']);
  });

  it('early retirement only within the years the planner sets: at most 5 makes A1 (6½ years) move instead', async () => {
    const r = await plan(s, { constraints: { exitMaxYearsLeft: 5 } });
    // B's one place: A or C (the same cost −11.9 for the youngest of each); one of them stays over.
    expect(r.moves.filter((m) => m.action === 'exit')).toEqual([]);
    expect(r.moves).toHaveLength(1);
    expect(r.parts.deputiesOver).toBe(2);
  });

  it('acts only on the deputies of the units named: A and C stay over, their deputies counted as left aside', async () => {
    const r = await plan(s, { from: [{ field: 'kind', value: 'Phòng Nội vụ' }] });
    expect(r.moves).toEqual([]);
    expect(r.unbalanced.map((u) => [u.unitId, u.by, u.params.excluded])).toEqual([['A', 1, 3], ['C', 1, 3], ['E', 1, 0]]);
  });

  it('does nothing for deputies who leave by the deadline anyway', async () => {
    // A 1964-01 man retires at 61y9m... within 2026: the baseline already counts it; no one to act on.
    const gone = staffing([office('A', 6)], [chief('A'), deputy('A1', 'A', '1964-01'), deputy('A2', 'A', YOUNG), deputy('A3', 'A', YOUNG)]);
    const base = run(gone, []);
    expect(at(base, 'A', 'excessDeputies')).toBe(0);
    const r = await plan(gone);
    expect(r.moves).toEqual([]);
    expect(r.size.variables).toBe(0);
  });
});

describe('deputies within pooled average caps', () => {
  it('the province-wide pool of commune vice-chairs: one early retirement, since moves within the pool change nothing', async () => {
    // X and Y (UBND xã, cap 3 each): 3 + 3 = 6 vice-chairs for floor(2.5 × 2) = 5. X1 is near retirement.
    const ubnd = (id: string) => unit(id, 10, { kind: 'UBND xã', deputyCap: 3, locality: id });
    const vice = (id: string, u: string, born: string) => person(id, u, 'Phó Chủ tịch UBND', { born });
    const s = staffing([ubnd('X'), ubnd('Y')], [
      person('Xh', 'X', 'Chủ tịch UBND', { born: YOUNG }), vice('X1', 'X', NEAR), vice('X2', 'X', YOUNG), vice('X3', 'X', YOUNG),
      person('Yh', 'Y', 'Chủ tịch UBND', { born: YOUNG }), vice('Y1', 'Y', YOUNG), vice('Y2', 'Y', YOUNG), vice('Y3', 'Y', YOUNG),
    ]);
    const r = await plan(s);
    expect(r.moves.map((m) => [m.personId, m.action])).toEqual([['X1', 'exit']]);
    expect(r.moves[0].reason.caps?.pool).toEqual({ name: 'Phó Chủ tịch UBND xã', group: null, deputies: 6, allowed: 5 });
    const after = run(s, suggestionOperations(r, () => ''));
    const pool = after.pools.find((p) => p.name === 'Phó Chủ tịch UBND xã');
    expect(pool?.deputies[after.months.indexOf(BY)]).toBe(5);
  });

  it("each commune's offices (average 2): a deputy of P's economic office moves to Q's, where the pool has room", async () => {
    // P: VP (2) + Kinh tế (3) = 5 deputies for floor(2 × 2) = 4: one over. Q: VP (1) + Kinh tế (1) = 2 for 4.
    // Each office's own cap is 3: only the pools bind. Everyone is young: a move is the only way.
    const o = (id: string, kind: string, loc: string) => unit(id, 8, { kind, deputyCap: 3, locality: loc });
    const dep = (id: string, u: string) => person(id, u, 'Phó Trưởng phòng', { born: id.endsWith('1') ? '1988-01' : YOUNG });
    const s = staffing(
      [o('PV', 'Văn phòng HĐND và UBND xã', 'P'), o('PK', 'Phòng Kinh tế', 'P'), o('QV', 'Văn phòng HĐND và UBND xã', 'Q'), o('QK', 'Phòng Kinh tế', 'Q')],
      [dep('PV1', 'PV'), dep('PV2', 'PV'), dep('PK1', 'PK'), dep('PK2', 'PK'), dep('PK3', 'PK'), dep('QV1', 'QV'), dep('QK1', 'QK')],
    );
    const r = await plan(s);
    expect(r.moves).toHaveLength(1);
    const m = r.moves[0];
    // Same kind: PV's deputies go to QV, PK's to QK; either serves at the same cost but for service left.
    expect([m.action, `${m.from}>${m.to}`]).toEqual(['move', m.from === 'PV' ? 'PV>QV' : 'PK>QK']);
    expect(m.reason.caps?.pool).toEqual({ name: 'Cấp phó các phòng, Trung tâm Phục vụ hành chính công xã', group: 'P', deputies: 5, allowed: 4 });
    const after = run(s, suggestionOperations(r, () => ''));
    const pools = after.pools.filter((p) => p.name.startsWith('Cấp phó'));
    expect(pools.map((p) => [p.group, p.deputies[after.months.indexOf(BY)]])).toEqual([['P', 4], ['Q', 3]]);
  });
});

describe('deputies within caps: random provinces', () => {
  /** Units' deputies over their caps plus pools' over their allowance, at the deadline. */
  const excessAt = (r: ScenarioResult): number => {
    const t = r.months.indexOf(BY);
    return r.unitSeries.reduce((a, s) => a + s.excessDeputies[t], 0) + r.pools.reduce((a, p) => a + Math.max(0, p.deputies[t] - p.allowed[t]), 0);
  };
  const arb = fc.record({
    units: fc.array(fc.record({
      kind: fc.constantFrom('UBND xã', 'Phòng Kinh tế', 'Phòng Tư pháp'), cap: fc.integer({ min: 1, max: 3 }), deputies: fc.integer({ min: 0, max: 4 }),
      free: fc.integer({ min: 0, max: 2 }), loc: fc.constantFrom('P', 'Q'),
    }), { minLength: 1, maxLength: 6 }),
    born: fc.array(fc.constantFrom(NEAR, YOUNG, '1964-01', '1980-03'), { maxLength: 30 }),
    keepQuota: fc.boolean(), exitYears: fc.constantFrom(undefined, 5, 10),
  });

  it('every plan, run by the engine, leaves exactly the excess it promised, never more than doing nothing, and moves only within a kind', async () => {
    await fc.assert(fc.asyncProperty(arb, async ({ units, born, keepQuota, exitYears }) => {
      let k = 0;
      const people = units.flatMap((u, i) => Array.from({ length: u.deputies }, () => person(`D${k}`, `U${i}`, 'Phó Trưởng phòng', { born: born[k++] ?? YOUNG })));
      const s = staffing(units.map((u, i) => unit(`U${i}`, u.deputies + u.free, { kind: u.kind, deputyCap: u.cap, locality: u.loc })), people);
      const constraints = { keepQuota, ...(exitYears !== undefined ? { exitMaxYearsLeft: exitYears } : {}) };
      const r = await plan(s, { constraints });
      expect(r.status).toBe('optimal');
      const base = run(s, []);
      expect(r.before.deputiesOver).toBe(excessAt(base));
      const after = run(s, suggestionOperations(r, () => ''));
      expect(after.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(excessAt(after)).toBe(r.parts.deputiesOver);
      expect(r.parts.deputiesOver).toBeLessThanOrEqual(r.before.deputiesOver ?? 0);
      const kind = new Map(s.units.map((u) => [u.id, u.kind]));
      for (const m of r.moves) {
        if (m.to !== null) expect(kind.get(m.to)).toBe(kind.get(m.from));
        // An exit: at most the years allowed to the month the age is reached (a month before the service left ends).
        else expect((m.reason.monthsLeft ?? Infinity) - 1).toBeLessThanOrEqual((exitYears ?? 10) * 12);
        if (m.to !== null && keepQuota) expect(at(after, m.to, 'roster', START)).toBeLessThanOrEqual(s.units.find((u) => u.id === m.to)?.quota ?? 0);
      }
    }), { numRuns: 60 });
  });
});
