import fc from 'fast-check';
import { endValue, SeriesRecorder, sumOf, sumsOf } from '../../src/domain/metrics';
import { METRICS, type Metric } from '../../src/domain/result';
import type { SimulationState } from '../../src/domain/state';

/**
 * The recorder keeps a unit's figures only in the months they change: every reading (a value, a unit's
 * series, its last month, the first month at zero, sums by a key, month 0's total) must equal the
 * figures as they were in every month, units added mid-run (a merger's) reading 0 before they appear.
 */
const COUNTERS = ['roster', 'present', 'heads', 'deputies', 'multiTitle', 'withoutPost', 'secondedOut', 'secondedIn'] as const;
const FLOWS = ['rotationsOut', 'rotationsIn', 'returns', 'returnConflicts', 'retirements', 'exits', 'hires'] as const;

interface UnitMonth { quota: number; cap: number; closed: boolean; counts: number[] }

/** What each metric is, from a unit's figures in a month: the dense reference. */
function expected(f: UnitMonth): Record<Metric, number> {
  const c = Object.fromEntries([...COUNTERS, ...FLOWS].map((k, i) => [k, f.counts[i]])) as Record<string, number>;
  const open = !f.closed;
  const cap = open ? f.cap : 0;
  return {
    quota: f.quota, roster: c.roster, present: c.present, vacancies: Math.max(0, f.quota - c.roster), surplus: Math.max(0, c.roster - f.quota),
    shortage: Math.max(0, f.quota - c.present), heads: c.heads, deputies: c.deputies, deputyCap: cap, excessDeputies: Math.max(0, c.deputies - cap),
    headsMissing: open && c.heads === 0 ? 1 : 0, headsExcess: open && c.heads > 1 ? 1 : 0, multiTitle: c.multiTitle, powerConcentration: 0,
    rotationsOut: c.rotationsOut, rotationsIn: c.rotationsIn, secondedOut: c.secondedOut, secondedIn: c.secondedIn, returns: c.returns,
    returnConflicts: c.returnConflicts, withoutPost: c.withoutPost, retirements: c.retirements, exits: c.exits, hires: c.hires,
  };
}

/** A state holding just what a snapshot reads. */
function stateOf(month: readonly UnitMonth[]): SimulationState {
  const column = (i: number): Int32Array => Int32Array.from(month, (f) => f.counts[i]);
  return {
    units: month.map((f) => ({ quota: f.quota, deputyCap: f.cap, closedFrom: f.closed ? 0 : null })),
    people: [], multiPosted: new Set<number>(),
    counters: Object.fromEntries(COUNTERS.map((k, i) => [k, column(i)])),
    flows: Object.fromEntries(FLOWS.map((k, i) => [k, column(COUNTERS.length + i)])),
  } as unknown as SimulationState;
}

// Small figures, often repeated month to month, as a unit's are.
const unitMonth = fc.record({
  quota: fc.nat(3), cap: fc.nat(2), closed: fc.boolean(), counts: fc.array(fc.nat(2), { minLength: 15, maxLength: 15 }),
});

const run = fc.record({
  first: fc.integer({ min: 1, max: 5 }),
  months: fc.array(fc.record({ added: fc.nat(2), changes: fc.array(fc.tuple(fc.nat(7), unitMonth), { maxLength: 6 }) }), { minLength: 1, maxLength: 12 }),
  start: unitMonth,
});

test('every reading equals the figures month by month, units added mid-run included', () => {
  fc.assert(fc.property(run, ({ first, months, start }) => {
    const T = months.length;
    const recorder = new SeriesRecorder(T);
    // The figures in each month, unit by unit: units added later are absent before.
    const history: UnitMonth[][] = [];
    let current: UnitMonth[] = Array.from({ length: first }, () => start);
    months.forEach((m, t) => {
      current = [...current, ...Array.from({ length: m.added }, () => start)];
      for (const [u, f] of m.changes) if (u < current.length) current[u] = f;
      history.push(current);
      recorder.snapshot(stateOf(current), t);
    });
    const units = current.length;
    const zero = Object.fromEntries(METRICS.map((m) => [m, 0])) as Record<Metric, number>;
    const at = (u: number, t: number): Record<Metric, number> => (u < history[t].length ? expected(history[t][u]) : zero);
    const series = recorder.unitSeries();
    expect(series).toHaveLength(units);
    // Gathered, then compared once: an expect per figure made the test slow.
    const got: unknown[] = [];
    const want: unknown[] = [];
    for (let u = 0; u < units; u++) {
      for (const m of METRICS) {
        const months_ = Array.from({ length: T }, (_, t) => at(u, t)[m]);
        const firstZeros = months_.map((_, from) => months_.findIndex((v, t) => t >= from && v === 0));
        want.push([u, m, months_, months_[T - 1], months_, firstZeros]);
        got.push([
          u, m, Array.from(series[u][m]), endValue(series[u], m), months_.map((_, t) => recorder.value(u, m, t)),
          months_.map((_, from) => recorder.firstZero(u, m, from)),
        ]);
      }
    }
    expect(got).toEqual(want);
    // Sums by a key (units alternate between two; every third left out), and the sum of all units.
    const info = Array.from({ length: units }, (_, u) => ({ level: u % 3 === 2 ? null : `L${u % 2}` }));
    const sums = sumsOf(info, (x) => x.level, (u) => series[u], T);
    const all = sumOf(series, T);
    for (const m of METRICS) {
      for (const key of ['L0', 'L1']) {
        const members = Array.from({ length: units }, (_, u) => u).filter((u) => info[u].level === key);
        if (members.length === 0) continue;
        expect([key, m, Array.from(sums[key][m])]).toEqual([key, m, Array.from({ length: T }, (_, t) => members.reduce((a, u) => a + at(u, t)[m], 0))]);
      }
      const total = Array.from({ length: T }, (_, t) => Array.from({ length: units }, (_, u) => at(u, t)[m]).reduce((a, b) => a + b, 0));
      expect([m, Array.from(all[m])]).toEqual([m, total]);
      expect([m, recorder.total()[m]]).toEqual([m, total[0]]);
    }
  }), { numRuns: 150 });
});
