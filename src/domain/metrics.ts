import type { Month } from './month';
import { formatMonth } from './month';
import { concentration } from './operations';
import { putOwn } from './records';
import type { Kpi, Metric, SeriesSet } from './result';
import { FLOW_METRICS, METRICS, WORSE_WHEN_HIGHER } from './result';
import type { SimulationState } from './state';

const K = METRICS.length;
const INDEX = Object.fromEntries(METRICS.map((m, i) => [m, i])) as Record<Metric, number>;
// Offsets in constants: the snapshot runs units × months times per scenario.
const I_QUOTA = INDEX.quota, I_ROSTER = INDEX.roster, I_PRESENT = INDEX.present, I_VACANCIES = INDEX.vacancies;
const I_SURPLUS = INDEX.surplus, I_SHORTAGE = INDEX.shortage, I_HEADS = INDEX.heads, I_DEPUTIES = INDEX.deputies;
const I_CAP = INDEX.deputyCap, I_EXCESS = INDEX.excessDeputies, I_MISSING = INDEX.headsMissing, I_HEADS_EXCESS = INDEX.headsExcess;
const I_MULTI = INDEX.multiTitle, I_CONCENTRATION = INDEX.powerConcentration, I_ROT_OUT = INDEX.rotationsOut, I_ROT_IN = INDEX.rotationsIn;
const I_SEC_OUT = INDEX.secondedOut, I_SEC_IN = INDEX.secondedIn, I_RETURNS = INDEX.returns, I_CONFLICTS = INDEX.returnConflicts;
const I_WITHOUT = INDEX.withoutPost, I_RETIRE = INDEX.retirements, I_HIRES = INDEX.hires, I_EXITS = INDEX.exits;

/**
 * Monthly figures per unit, kept as changes: a unit's figures are written only in the months they
 * differ from the month before (a province's unit changes in a few of its 60 months). A snapshot
 * computes every unit's figures into one contiguous row of the current month and logs the units that
 * changed: at 100,000 people the dense layout (a 5.8 KB row per unit per run) cost a page touched per
 * unit per month and 34 MB per run. Derived metrics (vacancies, surplus, shortage, excess) are computed
 * per unit before any sum: a level's vacancies is the sum of its units' vacancies. Before a unit's
 * first figures (a unit a merger makes), its figures are 0.
 */
export class SeriesRecorder {
  /** Every unit's figures as last snapshotted, unit by unit (K each). */
  private current = new Int32Array(0);
  /** The log of changes, each `STRIDE` wide: month, unit, then the unit's K figures from that month. */
  private log = new Int32Array(0);
  private logged = 0;
  /** Units seen: a run starts with all of them; merges add a few. */
  private units = 0;
  private concentration = new Int32Array(0);
  /** One unit's figures in the month being snapshotted. */
  private readonly figures = new Int32Array(K);
  /** The log read unit by unit, made on the first read after a snapshot. */
  private byUnit: UnitChanges | null = null;

  constructor(private readonly months: number) {}

  snapshot(state: SimulationState, t: number): void {
    const n = state.units.length;
    if (this.current.length < n * K) this.current = grown(this.current, n * K * 2);
    this.units = Math.max(this.units, n);
    if (this.concentration.length < n) this.concentration = new Int32Array(n * 2);
    this.byUnit = null;
    const flags = this.concentration;
    flags.fill(0);
    for (const i of state.multiPosted) {
      const found = concentration(state, state.people[i].posts);
      if (found) flags[found.partyUnit] = 1;
    }
    const { roster: cRoster, present: cPresent, heads: cHeads, deputies: cDeputies, multiTitle, withoutPost, secondedOut, secondedIn } = state.counters;
    const { rotationsOut, rotationsIn, returns, returnConflicts, retirements, exits, hires } = state.flows;
    const units = state.units;
    const c = this.current;
    const f = this.figures;
    for (let u = 0; u < n; u++) {
      const unit = units[u];
      const open = unit.closedFrom === null;
      const quota = unit.quota;
      const roster = cRoster[u];
      const present = cPresent[u];
      const heads = cHeads[u];
      const deputies = cDeputies[u];
      const cap = open ? unit.deputyCap : 0;
      f[I_QUOTA] = quota;
      f[I_ROSTER] = roster;
      f[I_PRESENT] = present;
      f[I_VACANCIES] = quota > roster ? quota - roster : 0;
      f[I_SURPLUS] = roster > quota ? roster - quota : 0;
      f[I_SHORTAGE] = quota > present ? quota - present : 0;
      f[I_HEADS] = heads;
      f[I_DEPUTIES] = deputies;
      f[I_CAP] = cap;
      f[I_EXCESS] = deputies > cap ? deputies - cap : 0;
      f[I_MISSING] = open && heads === 0 ? 1 : 0;
      f[I_HEADS_EXCESS] = open && heads > 1 ? 1 : 0;
      f[I_MULTI] = multiTitle[u];
      f[I_CONCENTRATION] = flags[u];
      f[I_ROT_OUT] = rotationsOut[u];
      f[I_ROT_IN] = rotationsIn[u];
      f[I_SEC_OUT] = secondedOut[u];
      f[I_SEC_IN] = secondedIn[u];
      f[I_RETURNS] = returns[u];
      f[I_CONFLICTS] = returnConflicts[u];
      f[I_WITHOUT] = withoutPost[u];
      f[I_RETIRE] = retirements[u];
      f[I_EXITS] = exits[u];
      f[I_HIRES] = hires[u];
      // Logged only when some figure differs from the month before: most units change in few months.
      const o = u * K;
      let changed = false;
      for (let k = 0; k < K; k++) {
        if (c[o + k] !== f[k]) {
          c[o + k] = f[k];
          changed = true;
        }
      }
      if (changed) this.append(t, u, o);
    }
  }

  private append(t: number, u: number, from: number): void {
    const at = this.logged * STRIDE;
    if (this.log.length < at + STRIDE) this.log = grown(this.log, Math.max(at + STRIDE, this.log.length * 2, 4096 * STRIDE));
    const log = this.log;
    log[at] = t;
    log[at + 1] = u;
    log.set(this.current.subarray(from, from + K), at + 2);
    this.logged++;
  }

  /** The log's entries unit by unit, in month order (the order they were logged in). */
  private changes(): UnitChanges {
    if (this.byUnit !== null) return this.byUnit;
    const units = this.units;
    const starts = new Int32Array(units + 1);
    for (let e = 0; e < this.logged; e++) starts[this.log[e * STRIDE + 1] + 1]++;
    for (let u = 0; u < units; u++) starts[u + 1] += starts[u];
    const entries = new Int32Array(this.logged);
    const next = starts.slice(0, units);
    for (let e = 0; e < this.logged; e++) entries[next[this.log[e * STRIDE + 1]]++] = e * STRIDE;
    return (this.byUnit = { starts, entries, log: this.log });
  }

  /** The first month index at which a unit's metric is zero, or -1. */
  firstZero(u: number, metric: Metric, from = 0): number {
    if (from >= this.months) return -1;
    if (this.value(u, metric, from) === 0) return from;
    const { starts, entries, log } = this.changes();
    const k = INDEX[metric] + 2;
    for (let i = starts[u]; i < starts[u + 1]; i++) {
      const at = entries[i];
      if (log[at] > from && log[at + k] === 0) return log[at];
    }
    return -1;
  }

  value(u: number, metric: Metric, t: number): number {
    const { starts, entries, log } = this.changes();
    // The last change at or before t: a unit changes in few months, so a walk back is short.
    for (let i = starts[u + 1] - 1; i >= starts[u]; i--) {
      const at = entries[i];
      if (log[at] <= t) return log[at + 2 + INDEX[metric]];
    }
    return 0;
  }

  /** Each unit's series, each metric's months filled from its changes when read. */
  unitSeries(): SeriesSet[] {
    const changes = this.changes();
    return Array.from({ length: this.units }, (_, u) => new UnitSeries(changes, u, this.months) as unknown as SeriesSet);
  }

  /** Each metric summed over every unit, in month 0. */
  total(): Record<Metric, number> {
    const sums = sumOf(this.unitSeries(), this.months);
    return Object.fromEntries(METRICS.map((m) => [m, sums[m][0] ?? 0])) as Record<Metric, number>;
  }
}

const STRIDE = K + 2;

interface UnitChanges {
  /** Unit u's entries are `entries[starts[u]]` to `entries[starts[u + 1] - 1]`, offsets into `log`. */
  readonly starts: Int32Array;
  readonly entries: Int32Array;
  readonly log: Int32Array;
}

/**
 * Zeroed series cut from shared blocks: a typed array of its own, above 64 bytes, is allocated outside
 * V8's heap at 2 µs each (a province's timelines read 90,000 sums); a view on a block costs a
 * twentieth of that. A block lives while any of its series does.
 */
const BLOCK_BYTES = 1 << 20;
let block = new ArrayBuffer(0);
let blockUsed = 0;

function int32s(n: number): Int32Array {
  const bytes = n * 4;
  if (blockUsed + bytes > block.byteLength) {
    block = new ArrayBuffer(Math.max(BLOCK_BYTES, bytes));
    blockUsed = 0;
  }
  const out = new Int32Array(block, blockUsed, n);
  blockUsed += bytes;
  return out;
}

/** Differences month by month turned into the figures, in place. */
function runningSum(diffs: Int32Array): Int32Array {
  for (let t = 1; t < diffs.length; t++) diffs[t] += diffs[t - 1];
  return diffs;
}

function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * A series' value in the last month (0 for an empty series); for a unit's series, read from its last
 * change without filling the series: the sheets read it for every metric of every unit.
 */
export function endValue(series: SeriesSet, metric: Metric): number {
  if (series instanceof UnitSeries) return series.months > 0 ? series.last(INDEX[metric]) : 0;
  const s = series[metric];
  return s.length > 0 ? s[s.length - 1] : 0;
}

/** A unit's changes read as a SeriesSet: each metric's months filled when read. */
class UnitSeries {
  constructor(private readonly changes: UnitChanges, private readonly unit: number, readonly months: number) {}

  /** The metric's figure in the last month. */
  last(k: number): number {
    const { starts, entries, log } = this.changes;
    const end = starts[this.unit + 1];
    return end > starts[this.unit] ? log[entries[end - 1] + 2 + k] : 0;
  }

  /**
   * Adds the metric's changes to `diffs`: each change's difference from the month before, in its
   * month. A running sum over the months then gives the series (`runningSum`).
   */
  addDiffs(diffs: Int32Array, k: number): void {
    const { starts, entries, log } = this.changes;
    let prev = 0;
    for (let i = starts[this.unit]; i < starts[this.unit + 1]; i++) {
      const at = entries[i];
      const v = log[at + 2 + k];
      diffs[log[at]] += v - prev;
      prev = v;
    }
  }

  metric(k: number): Int32Array {
    const out = int32s(this.months);
    this.addDiffs(out, k);
    return runningSum(out);
  }
}

/**
 * The series of `parts` (units, or sums of units) summed by a key, each sum made lazily (`sumOf`): a
 * province has thousands of localities, and the sheets read a few of their metrics (the JSON, all).
 * Parts with a null key are left out; keys are in the order the parts first give them.
 */
export function sumsOf<P>(parts: readonly P[], key: (part: P) => string | null, series: (index: number) => SeriesSet, months: number): Record<string, SeriesSet> {
  const members = new Map<string, SeriesSet[]>();
  for (const [i, part] of parts.entries()) {
    const k = key(part);
    if (k === null) continue;
    let list = members.get(k);
    if (list === undefined) members.set(k, (list = []));
    list.push(series(i));
  }
  const out: Record<string, SeriesSet> = {};
  // A level or locality may be called anything, "__proto__" included.
  for (const [k, list] of members) putOwn(out, k, sumOf(list, months));
  return out;
}

/** The sum of series of `months` months, each metric summed when first read, then kept. */
export function sumOf(parts: readonly SeriesSet[], months: number): SeriesSet {
  return new SumSeries(parts, months) as unknown as SeriesSet;
}

class SumSeries {
  /** Each metric's series once summed: readers index them month by month. */
  private readonly views = new Array<Int32Array | undefined>(K).fill(undefined);

  constructor(private readonly parts: readonly SeriesSet[], readonly months: number) {}

  metric(k: number): Int32Array {
    const done = this.views[k];
    if (done !== undefined) return done;
    const T = this.months;
    const out = int32s(T);
    // Units add their changes' differences (most units change in few months), summed through once;
    // then the other parts, month by month. Into `out` itself: a typed array made for each sum cost
    // more than the sum (2 µs each, 90,000 of them for a province's timelines by locality). Indexed:
    // the CLI runs without V8's inlining, where a for-of makes an object for each step.
    const parts = this.parts;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p];
      if (part instanceof UnitSeries) part.addDiffs(out, k);
    }
    runningSum(out);
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p];
      if (part instanceof UnitSeries) continue;
      const s = part[METRICS[k]];
      for (let t = 0; t < T; t++) out[t] += s[t];
    }
    this.views[k] = out;
    return out;
  }
}

// Both read as SeriesSets: each metric a property, made by `metric` when read.
for (const type of [UnitSeries, SumSeries]) {
  for (const [k, metric] of METRICS.entries()) {
    Object.defineProperty(type.prototype, metric, {
      enumerable: true,
      get(this: UnitSeries | SumSeries): Int32Array {
        return this.metric(k);
      },
    });
  }
}

/**
 * Before the reform, start, end, worst month and, for problems, the month from which they are gone for
 * good. `before` holds each metric in the input, before any event.
 */
export function computeKpis(total: SeriesSet, start: Month, before: Readonly<Record<Metric, number>>): Kpi[] {
  return METRICS.map((metric) => {
    const s = total[metric];
    const T = s.length;
    const flow = FLOW_METRICS.has(metric);
    // For flows the "worst" month is the busiest one.
    const higherIsWorse = flow || WORSE_WHEN_HIGHER[metric];
    let worst = 0;
    let constant = true;
    for (let t = 1; t < T; t++) {
      if (s[t] !== s[0]) constant = false;
      if (higherIsWorse ? s[t] > s[worst] : s[t] < s[worst]) worst = t;
    }
    let total_ = 0;
    for (let t = 0; t < T; t++) total_ += s[t];
    let cleared: string | null = null;
    if (!flow && higherIsWorse && s[T - 1] === 0) {
      let t = T - 1;
      while (t > 0 && s[t - 1] === 0) t--;
      // Zero throughout: nothing was cleared.
      if (t > 0) cleared = formatMonth(start + t);
    }
    return {
      // A series that never changes has no month worse than another.
      metric, before: flow ? null : before[metric], start: s[0], end: s[T - 1], worst: s[worst], worstMonth: constant ? null : formatMonth(start + worst),
      total: flow ? total_ : null, clearedFrom: cleared,
    };
  });
}
