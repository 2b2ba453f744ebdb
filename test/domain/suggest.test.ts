import fc from 'fast-check';
import loadHighs from 'highs';
import { highsSolver } from '../../src/app/solver';
import { suggestPlan } from '../../src/app/suggest';
import { simulate } from '../../src/domain/engine';
import { satisfies } from '../../src/domain/mip';
import type { Person, Staffing, Unit } from '../../src/domain/model';
import type { ScenarioResult } from '../../src/domain/result';
import { prepareSuggestion, suggestionOperations, type SuggestRequest, type Suggestion } from '../../src/domain/suggest';
import { person, staffing, unit } from './fixtures';

/**
 * Suggested moves, solved by HiGHS: small cases whose optimum is worked out by hand, then random
 * provinces where every proposal, run by the engine, keeps its constraints and places as many people
 * as a maximum flow says can be placed.
 */

const solver = highsSolver(() => loadHighs());
const START = '2026-01';

function baselineOf(s: Staffing): ScenarioResult {
  return simulate(s, { code: 'B', name: 'B', settings: { startMonth: START, horizonMonths: 24 }, operations: [] }, { startMonth: START });
}

async function suggest(s: Staffing, request: SuggestRequest = {}): Promise<Suggestion> {
  const prepared = prepareSuggestion(s, baselineOf(s), request, START, { horizonMonths: 24 });
  const solution = await solver.solve(prepared.model, { timeLimitSeconds: 30, relativeGap: 0 });
  if (solution.values) expect(satisfies(prepared.model, solution.values)).toBe(true);
  return prepared.decode(solution);
}

const office = (id: string, quota: number, former: string, kind = 'Phòng Kinh tế'): Unit =>
  unit(id, quota, { kind, locality: `Xã ${id}`, extra: { 'Huyện cũ': former } });
const staff = (u: string, n: number, more: Parameters<typeof person>[3] = {}): Person[] =>
  Array.from({ length: n }, (_, i) => person(`${u}${i + 1}`, u, 'Chuyên viên', more));

describe('hand-worked plans', () => {
  // A (former district H1): quota 3, 5 staff, 2 over. B (H1): quota 4, 3 staff, 1 short. C (H2): quota 4, 2, 2 short.
  const s = staffing([office('A', 3, 'H1'), office('B', 4, 'H1'), office('C', 4, 'H2')], [...staff('A', 5), ...staff('B', 3), ...staff('C', 2)]);

  it('prefer the same former district: one to B (1,000), the other to C across (1,000 − 300); optimal 1,700', async () => {
    const r = await suggest(s, { constraints: { prefer: 'Huyện cũ' } });
    expect(r.status).toBe('optimal');
    expect(r.moves.map((m) => [m.from, m.to])).toEqual([['A', 'B'], ['A', 'C']]);
    expect(r.parts).toEqual({ placed: 2, acrossPreferred: 1, otherKind: 0, specialtyMatched: 0 });
    expect(r.before).toEqual({ surplus: 2, shortage: 3 });
    // C stays one short: someone could have come, but A's two were needed as much elsewhere.
    expect(r.unbalanced.map((u) => [u.unitId, u.side, u.by, u.why])).toEqual([['C', 'under', 1, 'takenElsewhere']]);
  });

  it('within the former district (hard): only A → B; A stays 1 over, C 2 short with no one allowed to come', async () => {
    const r = await suggest(s, { constraints: { within: 'Huyện cũ' } });
    expect(r.moves.map((m) => [m.from, m.to])).toEqual([['A', 'B']]);
    expect(r.unbalanced.map((u) => [u.unitId, u.side, u.by, u.why])).toEqual([['C', 'under', 2, 'noEligible'], ['A', 'over', 1, 'destinationsFull']]);
    expect(r.unbalanced[0].params).toMatchObject({ field: 'Huyện cũ', value: 'H2' });
  });

  it('leaves out the units and people the planner excludes: B left aside, A1 locked', async () => {
    const r = await suggest(s, { constraints: { excludedUnits: ['b'], lockedPeople: ['A1'] } });
    // B is out (ids compare as the tables do, case aside); A's two over go to C, A1 staying.
    expect(r.moves.map((m) => [m.personId, m.to])).toEqual([['A2', 'C'], ['A3', 'C']]);
    expect(r.unbalanced.map((u) => u.unitId)).not.toContain('B');
  });

  it('at most one from a unit: one moves, A stays over for that reason', async () => {
    const r = await suggest(s, { constraints: { maxFromUnit: 1 } });
    expect(r.moves).toHaveLength(1);
    expect(r.unbalanced.find((u) => u.unitId === 'A')?.why).toBe('maxFromUnit');
  });

  it('never moves someone within a year of retirement, and says so when no one else is left', async () => {
    // A man born 1965-01 reaches 61y6m in 2026-07 (table 2026): last month 2026-07, 7 months left in 2026-01.
    const old = staffing([office('A', 1, 'H1'), office('B', 3, 'H1')], [...staff('A', 1), ...staff('A', 2, { born: '1965-01' }).map((p, i) => ({ ...p, id: `O${i}` })), ...staff('B', 1)]);
    const r = await suggest(old);
    // A is 2 over; its young staff member A1 is the one who may move... but A keeps at least its quota: 2 moves
    // would be wanted, only A1 may go.
    expect(r.moves.map((m) => m.personId)).toEqual(['A1']);
    expect(r.unbalanced.find((u) => u.unitId === 'A')).toMatchObject({ by: 1, why: 'noCandidates', params: { retiring: 2, movable: 1 } });
  });

  it('sends each specialist where the specialty is lacking: IT to C (which has none), the accountant to B', async () => {
    const pos = (v: string) => ({ extra: { 'Vị trí việc làm': v } });
    const sp = staffing(
      [office('A', 1, 'H1'), office('B', 2, 'H1'), office('C', 2, 'H1')],
      [person('A1', 'A', 'Chuyên viên', pos('Kế toán')), person('A2', 'A', 'Chuyên viên', pos('Công nghệ thông tin')), person('A3', 'A', 'Chuyên viên', pos('Kế toán')),
        person('B1', 'B', 'Chuyên viên', pos('Công nghệ thông tin')), person('C1', 'C', 'Chuyên viên', pos('Kế toán'))],
    );
    const r = await suggest(sp, { constraints: { specialty: 'Vị trí việc làm' } });
    // Optimum 2,040: both lacking. The other way round (IT to B, accountant to C) gives 2,000.
    expect(r.moves.map((m) => [m.to, m.reason.specialty])).toEqual([['B', 'Kế toán'], ['C', 'Công nghệ thông tin']]);
    expect(r.parts.specialtyMatched).toBe(2);
  });

  it('prefers a unit of the same kind, and chooses within a class those with the most service left', async () => {
    const k = staffing(
      [office('A', 1, 'H1', 'Phòng Văn hóa - Xã hội'), office('B', 2, 'H1', 'Phòng Kinh tế'), office('C', 2, 'H1', 'Phòng Văn hóa - Xã hội')],
      [person('A1', 'A', 'Chuyên viên', { born: '1975-01' }), person('A2', 'A', 'Chuyên viên', { born: '1995-01' }), ...staff('B', 1), ...staff('C', 1)],
    );
    const r = await suggest(k, { constraints: { maxFromUnit: 1 } });
    expect(r.moves.map((m) => [m.personId, m.to])).toEqual([['A2', 'C']]);
  });

  it('seconds specialists from the province, at most one a department, to the communes lacking them', async () => {
    const it_ = { extra: { 'Vị trí việc làm': 'Công nghệ thông tin' } };
    const sec = staffing(
      [unit('S1', 5, { level: 'Tỉnh', kind: 'Sở' }), unit('S2', 5, { level: 'Tỉnh', kind: 'Sở' }), office('X1', 2, 'H1'), office('X2', 2, 'H1'), office('X3', 2, 'H1')],
      [person('S1a', 'S1', 'Chuyên viên', it_), person('S1b', 'S1', 'Chuyên viên', it_), person('S1c', 'S1', 'Chuyên viên'), person('S2a', 'S2', 'Chuyên viên', it_),
        ...staff('X1', 1), ...staff('X2', 1), ...staff('X3', 1, it_)],
    );
    const r = await suggest(sec, {
      mode: 'secondment', durationMonths: 12, from: [{ field: 'level', value: 'Tỉnh' }], to: [{ field: 'level', value: 'Xã' }],
      constraints: { sameLevel: false, maxFromUnit: 1, specialty: 'Vị trí việc làm', people: [{ field: 'Vị trí việc làm', value: 'Công nghệ thông tin' }] },
    });
    // Two departments, one each: two communes get one; X3 (which has IT) is the one left, as the bonus prefers.
    expect(r.mode).toBe('secondment');
    // Which department goes where is the solver's choice: both are as good.
    expect(r.moves.map((m) => m.from).sort()).toEqual(['S1', 'S2']);
    expect(r.moves.map((m) => m.to)).toEqual(['X1', 'X2']);
    expect(r.unbalanced.map((u) => [u.unitId, u.side, u.why])).toEqual([['X3', 'under', 'takenElsewhere']]);
    const ops = suggestionOperations(r, () => 'why');
    expect(ops.map((o) => [o.type, o.type === 'secondment' ? o.durationMonths : null])).toEqual([['secondment', 12], ['secondment', 12]]);
    // Run: the departments keep them on their quota, the communes have them present for 12 months.
    const run = simulate(sec, { code: 'S', name: 'S', settings: { startMonth: START, horizonMonths: 24 }, operations: ops }, { startMonth: START });
    const at = (id: string, m: 'roster' | 'present', t: number) => run.unitSeries[run.units.findIndex((u) => u.id === id)][m][t];
    const sender = r.moves[0].from;
    expect([at(sender, 'roster', 0), at(sender, 'present', 0) < at(sender, 'roster', 0), at('X1', 'present', 0), at('X1', 'present', 12)]).toEqual([sender === 'S1' ? 3 : 1, true, 2, 1]);
  });

  it('prefers the nearer unit by a coordinates column, and keeps within the distance allowed', async () => {
    // 0.1° of latitude is 11.1 km. A (2 over) at 18.0; B (1 short) 11.1 km north; C (1 short) 44.5 km; D (1 short) has no coordinates.
    const at = (id: string, quota: number, where: string) => unit(id, quota, { kind: 'Phòng Kinh tế', extra: { 'Tọa độ': where } });
    const geo = staffing([at('A', 1, '18.0, 105.0'), at('B', 2, '18.1, 105.0'), at('C', 2, '18,4; 105,0'), at('D', 2, '')],
      [...staff('A', 3), ...staff('B', 1), ...staff('C', 1), ...staff('D', 1)]);
    // One over: B (1,000 − 11.1) beats C (1,000 − 44.5); D, at no known distance, costs nothing: both go to B and D.
    const near = await suggest(geo, { constraints: { coordinates: 'Tọa độ', maxFromUnit: 1 } });
    expect(near.moves.map((m) => [m.to, m.reason.km])).toEqual([['D', null]]);
    const two = await suggest(geo, { constraints: { coordinates: 'Tọa độ' } });
    expect(two.moves.map((m) => [m.to, m.reason.km])).toEqual([['B', 11.1], ['D', null]]);
    expect(two.unlocated).toBe(1);
    // Within 30 km: C is too far and D's distance is unknown; B only, and C, D stay short with no one allowed.
    const within = await suggest(geo, { constraints: { coordinates: 'Tọa độ', maxKm: 30 } });
    expect(within.moves.map((m) => m.to)).toEqual(['B']);
    expect(within.unbalanced.map((u) => [u.unitId, u.why, u.params.maxKm])).toEqual([['A', 'destinationsFull', undefined], ['C', 'noEligible', 30], ['D', 'noEligible', 30]]);
  });

  it('has nothing to do when no unit is over its quota, and says why a short unit stays short', async () => {
    const none = staffing([office('A', 2, 'H1'), office('B', 3, 'H1')], [...staff('A', 2), ...staff('B', 1)]);
    const r = await suggest(none);
    expect(r.moves).toEqual([]);
    expect(r.size.variables).toBe(0);
    expect(r.unbalanced.map((u) => [u.unitId, u.why])).toEqual([['B', 'noEligible']]);
  });
});

/** The most people that can be placed with the hard rules only: a maximum flow, by augmenting paths. */
function maxPlaced(origins: Map<string, number>, dests: Map<string, number>, allowed: (o: string, d: string) => boolean): number {
  const os = [...origins.keys()];
  const ds = [...dests.keys()];
  const flow = new Map<string, number>();
  const left = new Map(origins);
  const room = new Map(dests);
  let total = 0;
  const augment = (): boolean => {
    // BFS over origin → dest (capacity ∞ if allowed) and dest → origin (back along flow).
    const from = new Map<string, string | null>();
    const queue: string[] = [];
    for (const o of os) if ((left.get(o) ?? 0) > 0) { from.set(`o:${o}`, null); queue.push(`o:${o}`); }
    while (queue.length) {
      const node = queue.shift() as string;
      if (node.startsWith('o:')) {
        const o = node.slice(2);
        for (const d of ds) if (allowed(o, d) && !from.has(`d:${d}`)) { from.set(`d:${d}`, node); queue.push(`d:${d}`); }
      } else {
        const d = node.slice(2);
        if ((room.get(d) ?? 0) > 0) {
          // Found: walk back.
          let cur: string = node;
          let prev = from.get(cur) ?? null;
          while (prev !== null) {
            const key = prev.startsWith('o:') ? `${prev.slice(2)}>${cur.slice(2)}` : `${cur.slice(2)}>${prev.slice(2)}`;
            flow.set(key, (flow.get(key) ?? 0) + (prev.startsWith('o:') ? 1 : -1));
            cur = prev;
            prev = from.get(cur) ?? null;
          }
          left.set(cur.slice(2), (left.get(cur.slice(2)) ?? 0) - 1);
          room.set(d, (room.get(d) ?? 0) - 1);
          return true;
        }
        for (const o of os) if ((flow.get(`${o}>${d}`) ?? 0) > 0 && !from.has(`o:${o}`)) { from.set(`o:${o}`, node); queue.push(`o:${o}`); }
      }
    }
    return false;
  };
  while (augment()) total++;
  return total;
}

const provinceArb = fc.record({
  units: fc.array(fc.record({ quota: fc.integer({ min: 1, max: 6 }), staff: fc.integer({ min: 0, max: 9 }), level: fc.constantFrom('Huyện', 'Xã'), h: fc.constantFrom('H1', 'H2') }), { minLength: 2, maxLength: 7 }),
  old: fc.array(fc.boolean(), { maxLength: 60 }),
}).map(({ units, old }): Staffing => {
  const us = units.map((u, i) => unit(`U${i}`, u.quota, { level: u.level, kind: 'Phòng', extra: { 'Huyện cũ': u.h } }));
  let k = 0;
  const ps = units.flatMap((u, i) => Array.from({ length: u.staff }, () => {
    const p = person(`P${k}`, `U${i}`, 'Chuyên viên', { born: old[k] ? '1965-03' : '1990-05' });
    k++;
    return p;
  }));
  return staffing(us, ps);
});

const requestArb: fc.Arbitrary<SuggestRequest> = fc.record({
  within: fc.boolean(), prefer: fc.boolean(), maxFromUnit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), sameLevel: fc.boolean(),
}).map((c) => ({
  constraints: {
    sameLevel: c.sameLevel, ...(c.within ? { within: 'Huyện cũ' } : {}), ...(c.prefer ? { prefer: 'Huyện cũ' } : {}),
    ...(c.maxFromUnit ? { maxFromUnit: c.maxFromUnit } : {}),
  },
}));

test('every proposal, run by the engine, keeps its constraints, never does worse than doing nothing, and places the most possible', async () => {
  await fc.assert(fc.asyncProperty(provinceArb, requestArb, async (s, request) => {
    const baseline = baselineOf(s);
    const r = await suggest(s, request);
    expect(r.status).toBe('optimal');
    const c = request.constraints ?? {};
    const units = new Map(s.units.map((u) => [u.id, u]));
    const run = simulate(s, { code: 'S', name: 'S', settings: { startMonth: START, horizonMonths: 24 }, operations: suggestionOperations(r, () => '') }, { startMonth: START });
    expect(run.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const at = (res: ScenarioResult, id: string, m: 'quota' | 'roster') => res.unitSeries[res.units.findIndex((u) => u.id === id)][m][0];
    const sent = new Map<string, number>();
    for (const m of r.moves) {
      const a = units.get(m.from) as Unit;
      const b = units.get(m.to as string) as Unit;
      if (c.sameLevel ?? true) expect(a.level).toBe(b.level);
      if (c.within) expect(a.extra['Huyện cũ']).toBe(b.extra['Huyện cũ']);
      expect(m.reason.monthsLeft === null || m.reason.monthsLeft >= 12).toBe(true);
      sent.set(m.from, (sent.get(m.from) ?? 0) + 1);
    }
    for (const u of s.units) {
      const before = at(baseline, u.id, 'roster') - at(baseline, u.id, 'quota');
      const after = at(run, u.id, 'roster') - at(run, u.id, 'quota');
      // No unit crosses its quota: an origin stays at or above it, a destination at or below it.
      if (before > 0) expect(after).toBeGreaterThanOrEqual(0);
      if (before < 0) expect(after).toBeLessThanOrEqual(0);
      if (before === 0) expect(after).toBe(0);
      if (c.maxFromUnit) expect(sent.get(u.id) ?? 0).toBeLessThanOrEqual(c.maxFromUnit);
    }
    // Never worse than doing nothing: surplus and shortage in the month do not grow.
    const imbalance = (res: ScenarioResult) => res.total.surplus[0] + res.total.shortage[0];
    expect(imbalance(run)).toBeLessThanOrEqual(imbalance(baseline));
    expect(imbalance(baseline) - imbalance(run)).toBe(2 * r.moves.length);
    // As many as a maximum flow over the same hard rules allows.
    const origins = new Map<string, number>();
    const dests = new Map<string, number>();
    for (const u of s.units) {
      const gap = at(baseline, u.id, 'roster') - at(baseline, u.id, 'quota');
      const movable = s.people.filter((p) => p.unitId === u.id && p.birthMonth !== null && p.birthDate?.startsWith('1990')).length;
      if (gap > 0) origins.set(u.id, Math.min(gap, movable, c.maxFromUnit ?? Infinity));
      if (gap < 0) dests.set(u.id, -gap);
    }
    const allowed = (o: string, d: string) => {
      const a = units.get(o) as Unit;
      const b = units.get(d) as Unit;
      return (!(c.sameLevel ?? true) || a.level === b.level) && (!c.within || a.extra['Huyện cũ'] === b.extra['Huyện cũ']);
    };
    expect(r.moves.length).toBe(maxPlaced(origins, dests, allowed));
  }), { numRuns: 120 });
}, 120_000);

describe('why a unit stays out of balance, in words', () => {
  // A (Tỉnh, former district H1) 2 over; C (Xã, H2) 2 short. Within the former district, no one may come to C.
  const s = staffing([
    unit('A', 3, { level: 'Tỉnh', kind: 'Phòng Kinh tế', name: 'Sở A', extra: { 'Huyện cũ': 'H1' } }),
    unit('C', 4, { level: 'Xã', kind: 'Phòng Kinh tế', name: 'Phòng Kinh tế xã C', extra: { 'Huyện cũ': 'H2' } }),
  ], [...staff('A', 5), ...staff('C', 2)]);
  const why = async (constraints: SuggestRequest['constraints'], lang: 'vi' | 'en') =>
    (await suggestPlan(s, { constraints }, START, solver, { lang, runDate: '2026-01-05', code: 'DX' })).unbalanced;

  it('names the level moves keep to, and not when they may cross levels', async () => {
    expect(await why({ within: 'Huyện cũ' }, 'vi')).toContain('Phòng Kinh tế xã C vẫn thiếu 2: không có ai được phép đến (cùng cấp Xã, cùng Huyện cũ H2)');
    expect(await why({ within: 'Huyện cũ', sameLevel: false }, 'vi')).toContain('Phòng Kinh tế xã C vẫn thiếu 2: không có ai được phép đến (cùng Huyện cũ H2)');
    expect(await why({ within: 'Huyện cũ', sameLevel: false }, 'en')).toContain('Phòng Kinh tế xã C stays 2 short: no one may come (same Huyện cũ H2)');
    // Same level, nothing else: the level alone.
    expect(await why({}, 'en')).toContain('Phòng Kinh tế xã C stays 2 short: no one may come (same level Xã)');
  });

  it('says so when the unit has no value in the column moves keep within, instead of a blank', async () => {
    const blank = staffing([
      unit('A', 3, { level: 'Tỉnh', kind: 'Phòng Kinh tế', name: 'Sở A', extra: { 'Huyện cũ': 'H1' } }),
      unit('C', 4, { level: 'Tỉnh', kind: 'Phòng Kinh tế', name: 'Sở C', extra: { 'Huyện cũ': null } }),
    ], [...staff('A', 5), ...staff('C', 2)]);
    const lines = (await suggestPlan(blank, { constraints: { within: 'Huyện cũ' } }, START, solver, { lang: 'vi', runDate: '2026-01-05', code: 'DX' })).unbalanced;
    expect(lines).toContain('Sở C vẫn thiếu 2: không có ai được phép đến (cùng cấp Tỉnh, đơn vị không ghi Huyện cũ nên không ghép được với đơn vị nào)');
  });
});
