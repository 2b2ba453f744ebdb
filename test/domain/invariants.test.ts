import fc from 'fast-check';
import { simulate } from '../../src/domain/engine';
import type { Person, Staffing, Unit } from '../../src/domain/model';
import { parseMonth } from '../../src/domain/month';
import { METRICS } from '../../src/domain/result';
import { lastWorkingMonth } from '../../src/domain/retirement';
import { DEFAULT_SETTINGS, type PooledCap } from '../../src/domain/settings';
import type { ScenarioResult, SeriesSet } from '../../src/domain/result';
import type { Operation, Scenario } from '../../src/domain/scenario';
import { person, unit } from './fixtures';

/** Random provinces: up to 8 units over 2 levels and 3 localities, up to 40 people. */
const staffingArb: fc.Arbitrary<Staffing> = fc
  .record({
    units: fc.array(fc.record({ quota: fc.nat(8), level: fc.constantFrom('Huyện', 'Xã'), loc: fc.constantFrom('L1', 'L2', 'L3'), kind: fc.constantFrom('Đảng ủy xã', 'UBND xã', 'Phòng Nội vụ') }), { minLength: 2, maxLength: 8 }),
    people: fc.array(fc.record({
      unit: fc.nat(7), title: fc.constantFrom('Chủ tịch UBND', 'Bí thư Đảng ủy', 'Phó Chủ tịch UBND', 'Chuyên viên', 'Văn thư', 'Trưởng phòng', 'Phó Trưởng phòng'),
      born: fc.option(fc.integer({ min: 1962, max: 2000 }), { freq: 8 }), month: fc.integer({ min: 1, max: 12 }), female: fc.boolean(),
    }), { maxLength: 40 }),
  })
  .map(({ units, people }) => {
    const us: Unit[] = units.map((u, i) => unit(`U${i}`, u.quota, { level: u.level, locality: u.loc, kind: u.kind, extra: { 'Huyện': u.loc } }));
    const ps: Person[] = people.map((p, i) => person(`P${i}`, `U${p.unit % us.length}`, p.title, {
      born: p.born === null ? null : `${p.born}-${String(p.month).padStart(2, '0')}`, gender: p.female ? 'F' : 'M',
    }));
    return { units: us, people: ps };
  });

const month = fc.integer({ min: 0, max: 29 }).map((t) => `${2026 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
const unitId = fc.nat(7).map((i) => `U${i}`);
const personId = fc.nat(39).map((i) => `P${i}`);
const unitSel = fc.oneof(
  fc.array(unitId, { minLength: 1, maxLength: 3 }).map((ids) => ({ ids })),
  fc.constantFrom('Huyện', 'Xã').map((level) => ({ where: [{ field: 'level', value: level }] })),
);
const personSel = fc.oneof(
  fc.array(personId, { minLength: 1, maxLength: 3 }).map((ids) => ({ ids })),
  fc.constant({ where: [{ field: 'unit.surplus', op: 'gt' as const, value: 0 }] }),
  fc.record({ role: fc.constantFrom('head', 'deputy', 'staff'), limit: fc.integer({ min: 1, max: 3 }) })
    .map(({ role, limit }) => ({ where: [{ field: 'role', value: role }], limit, limitPer: 'Huyện' })),
);
const target = fc.record({
  unit: unitSel, title: fc.option(fc.constantFrom('Chuyên viên', 'Phó Chủ tịch UBND'), { nil: undefined }),
  perUnit: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }), lacking: fc.boolean(), inOrder: fc.boolean(),
}).map((t) => ({
  unit: t.unit, ...(t.title ? { title: t.title } : {}), ...('where' in t.unit ? { within: 'Huyện' } : {}),
  ...(t.perUnit ? { perUnit: t.perUnit } : {}), ...(t.lacking ? { lacking: 'title' } : {}),
  ...(t.inOrder && 'ids' in t.unit ? { assign: 'inOrder' as const } : {}),
}));

const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ month, holder: unitSel, target: unitSel, formerHolder: fc.constantFrom('vacancy', 'deputy', 'surplus') as fc.Arbitrary<'vacancy' | 'deputy' | 'surplus'> })
    .map((o) => ({ type: 'concurrentTitles', month: o.month, holder: { units: o.holder, role: 'head' }, target: { units: o.target, role: 'head' }, formerHolder: o.formerHolder } as Operation)),
  fc.record({ month, units: unitSel, groupBy: fc.constantFrom(undefined, 'locality'), value: fc.nat(3) })
    .map((o) => ({ type: 'merge', month: o.month, units: o.units, ...(o.groupBy ? { groupBy: o.groupBy } : {}), quota: { mode: 'sumMinus', value: o.value } } as Operation)),
  fc.record({ month, people: personSel, to: target, d: fc.integer({ min: 1, max: 30 }), quotaAt: fc.constantFrom('destination', 'origin'), onReturn: fc.constantFrom('origin', 'sameLevelVacancy', 'stay') })
    .map((o) => ({ type: 'rotation', month: o.month, people: o.people, to: o.to, durationMonths: o.d, quotaAt: o.quotaAt, onReturn: o.onReturn } as Operation)),
  fc.record({ month, people: personSel, to: target, d: fc.integer({ min: 1, max: 36 }) })
    .map((o) => ({ type: 'secondment', month: o.month, people: o.people, to: o.to, durationMonths: o.d } as Operation)),
  fc.record({ month, units: unitSel, mode: fc.constantFrom('set', 'cut', 'cutPercent'), value: fc.nat(10) })
    .map((o) => ({ type: 'quotaChange', month: o.month, units: o.units, change: { mode: o.mode, value: o.value } } as Operation)),
  fc.record({ month, people: personSel, to: target, untilBalanced: fc.boolean() }).map((o) => ({ type: 'move', ...o } as Operation)),
  fc.record({ month, units: unitSel, to: fc.option(target, { nil: undefined }) })
    .map((o) => ({ type: 'abolish', month: o.month, units: o.units, ...(o.to ? { people: { to: o.to } } : {}) } as Operation)),
  fc.record({ month, people: personSel, policy: fc.constantFrom('earlyRetirement', 'resignation', 'other') })
    .map((o) => ({ type: 'exit', ...o } as Operation)),
);

const settingsArb = fc.record({
  horizonMonths: fc.integer({ min: 1, max: 30 }),
  hiring: fc.record({ policy: fc.constantFrom('freeze', 'fill') as fc.Arbitrary<'freeze' | 'fill'>, lagMonths: fc.integer({ min: 0, max: 8 }) }),
  pooledCaps: fc.constantFrom(
    [{ name: 'UB', units: [{ field: 'kind', value: 'UBND xã' }], groupBy: 'locality', average: 1.5 }],
    [{ name: 'all', units: [{ field: 'level', op: 'in' as const, value: ['Huyện', 'Xã'] }], average: 0.5 }],
  ),
});

/** A series set's figures, metric by metric: what a reader sees, whatever the layout behind it. */
const plain = (set: SeriesSet): Record<string, number[]> => Object.fromEntries(METRICS.map((m) => [m, Array.from(set[m])]));

function scenarioOf(ops: Operation[], settings: Scenario['settings']): Scenario {
  return { code: 'P', name: 'property', settings, operations: ops };
}

function runAudited(s: Staffing, sc: Scenario): ScenarioResult {
  // audit: the engine recounts every unit from the people each month and checks each person's state.
  return simulate(s, sc, { startMonth: '2026-01', audit: true });
}

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1500);

test('people are conserved every month: each is on exactly one roster until retired or gone, hires added', () => {
  fc.assert(fc.property(staffingArb, fc.array(operationArb, { maxLength: 6 }), settingsArb, (s, ops, settings) => {
    const r = runAudited(s, scenarioOf(ops, settings));
    const retiredBy = new Map<string, number>();
    const exitedBy = new Map<string, number>();
    const hiredBy = new Map<string, number>();
    for (const c of r.changes) {
      if (c.kind === 'retired') retiredBy.set(c.month, (retiredBy.get(c.month) ?? 0) + 1);
      if (c.kind === 'exited') exitedBy.set(c.month, (exitedBy.get(c.month) ?? 0) + 1);
      if (c.kind === 'hired') hiredBy.set(c.month, (hiredBy.get(c.month) ?? 0) + 1);
    }
    // Those past the age before the first month are retired in every month: on no roster at all.
    const retiredBefore = r.issues.filter((i) => i.code === 'retiredBeforeStart').length;
    let alive = s.people.length - retiredBefore;
    r.months.forEach((m, t) => {
      alive += hiredBy.get(m) ?? 0;
      // Those leaving under a policy are gone from their month's figures.
      alive -= exitedBy.get(m) ?? 0;
      expect(r.total.exits[t]).toBe(exitedBy.get(m) ?? 0);
      // On a roster: everyone not yet retired (those retiring in m still count in m).
      expect(r.total.roster[t]).toBe(alive);
      // Present somewhere: everyone on a roster except those without post.
      expect(r.total.present[t] + r.total.withoutPost[t]).toBe(alive);
      alive -= retiredBy.get(m) ?? 0;
    });
    // No one is retired or gone twice, and no id appears twice among hires.
    const retired = r.changes.filter((c) => c.kind === 'retired' || c.kind === 'exited').map((c) => c.personId);
    expect(new Set(retired).size).toBe(retired.length);
  }), { numRuns: RUNS });
});

test('someone past the retirement age before the start is retired in every month: one warning, no change, never counted', () => {
  fc.assert(fc.property(staffingArb, fc.array(operationArb, { maxLength: 6 }), settingsArb, (s, ops, settings) => {
    const start = parseMonth('2026-01') as number;
    const table = DEFAULT_SETTINGS.retirement.table;
    const expected = s.people
      .filter((p) => p.birthMonth !== null && p.gender !== null && (lastWorkingMonth(table, p.birthMonth, p.gender) ?? Infinity) < start)
      .map((p) => p.id);
    const r = runAudited(s, scenarioOf(ops, settings));
    const warned = r.issues.filter((i) => i.code === 'retiredBeforeStart');
    expect(warned.map((i) => i.personId)).toEqual(expected);
    expect(warned.every((i) => i.month === '2026-01' && i.severity === 'warning')).toBe(true);
    // No change is ever recorded for them: not moved, not retired again, never in a post.
    const gone = new Set(expected);
    expect(r.changes.filter((c) => gone.has(c.personId))).toEqual([]);
  }), { numRuns: Math.ceil(RUNS / 3) });
});

test('no count is ever negative, and totals equal the sum of the units and of the levels', () => {
  fc.assert(fc.property(staffingArb, fc.array(operationArb, { maxLength: 6 }), settingsArb, (s, ops, settings) => {
    const r = runAudited(s, scenarioOf(ops, settings));
    const problems: string[] = [];
    const T = r.months.length;
    for (const metric of METRICS) {
      for (let t = 0; t < T; t++) {
        let units = 0;
        r.unitSeries.forEach((series, u) => {
          if (series[metric][t] < 0) problems.push(`${metric} of ${r.units[u].id} is negative in ${r.months[t]}`);
          units += series[metric][t];
        });
        const levels = Object.values(r.byLevel).reduce((a, set) => a + set[metric][t], 0);
        if (r.total[metric][t] !== units || levels !== units) problems.push(`${metric} in ${r.months[t]}: total ${r.total[metric][t]}, units ${units}, levels ${levels}`);
      }
    }
    expect(problems).toEqual([]);
  }), { numRuns: RUNS });
});

test('"before the reform" is the same for every scenario, and is the first month when nothing happens in it', () => {
  let quietRuns = 0;
  fc.assert(fc.property(staffingArb, fc.array(operationArb, { maxLength: 6 }), settingsArb, (s, ops, settings) => {
    const r = runAudited(s, scenarioOf(ops, settings));
    const baseline = runAudited(s, scenarioOf([], settings));
    expect(r.kpis.map((k) => k.before)).toEqual(baseline.kpis.map((k) => k.before));
    // Nothing in the first month: no operation dated then, nobody retiring or hired in it.
    if (ops.every((o) => o.month !== r.months[0]) && r.changes.every((c) => c.month !== r.months[0])) {
      quietRuns++;
      // Flows have no "before"; a stock equals its first month unless something happened in it.
      for (const k of r.kpis) expect([k.metric, k.before]).toEqual([k.metric, k.total === null ? k.start : null]);
    }
  }), { numRuns: Math.ceil(RUNS / 3) });
  expect(quietRuns).toBeGreaterThan(RUNS / 30);
});

test('operations that change nothing give the baseline', () => {
  fc.assert(fc.property(staffingArb, settingsArb, month, (s, settings, m) => {
    const baseline = runAudited(s, scenarioOf([], settings));
    const noop = runAudited(s, scenarioOf([{ type: 'quotaChange', month: m, units: { where: [] }, change: { mode: 'cut', value: 0 } }], settings));
    expect(plain(noop.total)).toEqual(plain(baseline.total));
    expect(noop.unitSeries.map(plain)).toEqual(baseline.unitSeries.map(plain));
    expect(noop.changes).toEqual(baseline.changes);
  }), { numRuns: Math.ceil(RUNS / 3) });
});

test('the order of independent operations in a month does not matter', () => {
  // Independent: each touches its own people and units, named by id.
  fc.assert(fc.property(staffingArb, settingsArb, (s, settings) => {
    fc.pre(s.units.length >= 4 && s.people.length >= 2);
    const [a, b] = s.people;
    fc.pre(a.unitId !== b.unitId);
    const others = s.units.map((u) => u.id).filter((id) => id !== a.unitId && id !== b.unitId);
    const ops: Operation[] = [
      { type: 'secondment', month: '2026-01', people: { ids: [a.id] }, to: { unit: { ids: [others[0]] } }, durationMonths: 6 },
      { type: 'quotaChange', month: '2026-01', units: { ids: [others[1]] }, change: { mode: 'cut', value: 1 } },
      { type: 'rotation', month: '2026-01', people: { ids: [b.id] }, to: { unit: { ids: [others[0]] } }, durationMonths: 36, quotaAt: 'origin' },
    ];
    const one = runAudited(s, scenarioOf(ops, { ...settings, hiring: { policy: 'freeze', lagMonths: 0 } }));
    const other = runAudited(s, scenarioOf([...ops].reverse(), { ...settings, hiring: { policy: 'freeze', lagMonths: 0 } }));
    expect(other.unitSeries.map(plain)).toEqual(one.unitSeries.map(plain));
  }), { numRuns: Math.ceil(RUNS / 3) });
});

test('a pool\'s deputies are the sum of its open units\' deputies, and its allowance the average times its units, rounded down', () => {
  fc.assert(fc.property(staffingArb, fc.array(operationArb, { maxLength: 6 }), settingsArb, (s, ops, settings) => {
    const r = runAudited(s, scenarioOf(ops, settings));
    const cap: PooledCap = settings.pooledCaps[0];
    const inPool = (u: ScenarioResult['units'][number]): boolean => cap.name === 'UB' ? u.kind === 'UBND xã' : true;
    for (const pool of r.pools) {
      const members = r.units.map((u, i) => ({ u, i })).filter(({ u }) => inPool(u) && (cap.groupBy === undefined || u.locality === pool.group));
      r.months.forEach((m, t) => {
        const open = members.filter(({ u }) => u.closedFrom === null || u.closedFrom > m);
        expect(pool.deputies[t]).toBe(open.reduce((a, { i }) => a + r.unitSeries[i].deputies[t], 0));
        expect(pool.units[t]).toBeLessThanOrEqual(open.length);
        expect(pool.allowed[t]).toBe(Math.floor(cap.average * pool.units[t] + 1e-9));
      });
      // A pool over its allowance in some month is reported once, at the first such month.
      const over = r.months.findIndex((_, t) => pool.deputies[t] > pool.allowed[t]);
      const reported = r.issues.filter((i) => i.code.startsWith('pooledCap') && i.params.group === (pool.group ?? ''));
      expect(reported.map((i) => i.month)).toEqual(over < 0 ? [] : [r.months[over]]);
    }
  }), { numRuns: Math.ceil(RUNS / 3) });
});
