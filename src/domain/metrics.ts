import type { Month } from './month';
import { formatMonth } from './month';
import { concentration } from './operations';
import { putOwn } from './records';
import type { Kpi, Metric, SeriesSet, UnitInfo } from './result';
import { FLOW_METRICS, METRICS, WORSE_WHEN_HIGHER } from './result';
import type { SimulationState } from './state';

const K = METRICS.length;
const INDEX = Object.fromEntries(METRICS.map((m, i) => [m, i])) as Record<Metric, number>;

/**
 * Monthly figures per unit: one Int32Array row per unit, month-major (the figures of month t side by
 * side at t × K), so a snapshot writes one or two cache lines per unit and the run never reorders its
 * rows. Derived metrics (vacancies, surplus, shortage, excess) are computed per unit before any sum: a
 * level's vacancies is the sum of its units' vacancies.
 */
export class SeriesRecorder {
  /**
   * Views of a few large blocks, not an array each: 5,800 units × 7 runs of separate 5.6 KB arrays
   * were a quarter of the snapshots' time (each an allocation outside the heap, zeroed and tracked).
   */
  private readonly rows: Int32Array[] = [];
  private concentration = new Int32Array(0);

  constructor(private readonly months: number) {}

  /** Rows for units added since the last snapshot (a run starts with all of them; merges add a few). */
  private grow(n: number): void {
    const size = K * this.months;
    const block = new Int32Array((n - this.rows.length) * size);
    for (let at = 0; this.rows.length < n; at += size) this.rows.push(block.subarray(at, at + size));
  }

  snapshot(state: SimulationState, t: number): void {
    const n = state.units.length;
    if (this.rows.length < n) this.grow(n);
    if (this.concentration.length < n) this.concentration = new Int32Array(n * 2);
    const flags = this.concentration;
    flags.fill(0);
    for (const i of state.multiPosted) {
      const found = concentration(state, state.people[i].posts);
      if (found) flags[found.partyUnit] = 1;
    }
    const { roster: cRoster, present: cPresent, heads: cHeads, deputies: cDeputies, multiTitle, withoutPost, secondedOut, secondedIn } = state.counters;
    const { rotationsOut, rotationsIn, returns, returnConflicts, retirements, exits, hires } = state.flows;
    // Offsets in locals: this loop runs units × months times per scenario.
    const base = t * K;
    const oQuota = base + INDEX.quota, oRoster = base + INDEX.roster, oPresent = base + INDEX.present, oVacancies = base + INDEX.vacancies;
    const oSurplus = base + INDEX.surplus, oShortage = base + INDEX.shortage, oHeads = base + INDEX.heads, oDeputies = base + INDEX.deputies;
    const oCap = base + INDEX.deputyCap, oExcess = base + INDEX.excessDeputies, oMissing = base + INDEX.headsMissing;
    const oHeadsExcess = base + INDEX.headsExcess;
    const oMulti = base + INDEX.multiTitle, oConcentration = base + INDEX.powerConcentration, oRotOut = base + INDEX.rotationsOut;
    const oRotIn = base + INDEX.rotationsIn, oSecOut = base + INDEX.secondedOut, oSecIn = base + INDEX.secondedIn, oReturns = base + INDEX.returns;
    const oConflicts = base + INDEX.returnConflicts, oWithout = base + INDEX.withoutPost, oRetire = base + INDEX.retirements, oHires = base + INDEX.hires;
    const oExits = base + INDEX.exits;
    const units = state.units;
    for (let u = 0; u < n; u++) {
      const unit = units[u];
      const open = unit.closedFrom === null;
      const row = this.rows[u];
      const quota = unit.quota;
      const roster = cRoster[u];
      const present = cPresent[u];
      const heads = cHeads[u];
      const deputies = cDeputies[u];
      const cap = open ? unit.deputyCap : 0;
      row[oQuota] = quota;
      row[oRoster] = roster;
      row[oPresent] = present;
      row[oVacancies] = quota > roster ? quota - roster : 0;
      row[oSurplus] = roster > quota ? roster - quota : 0;
      row[oShortage] = quota > present ? quota - present : 0;
      row[oHeads] = heads;
      row[oDeputies] = deputies;
      row[oCap] = cap;
      row[oExcess] = deputies > cap ? deputies - cap : 0;
      row[oMissing] = open && heads === 0 ? 1 : 0;
      row[oHeadsExcess] = open && heads > 1 ? 1 : 0;
      row[oMulti] = multiTitle[u];
      row[oConcentration] = flags[u];
      row[oRotOut] = rotationsOut[u];
      row[oRotIn] = rotationsIn[u];
      row[oSecOut] = secondedOut[u];
      row[oSecIn] = secondedIn[u];
      row[oReturns] = returns[u];
      row[oConflicts] = returnConflicts[u];
      row[oWithout] = withoutPost[u];
      row[oRetire] = retirements[u];
      row[oExits] = exits[u];
      row[oHires] = hires[u];
    }
  }

  /** The first month index at which a unit's metric is zero, or -1. */
  firstZero(u: number, metric: Metric, from = 0): number {
    const row = this.rows[u];
    const k = INDEX[metric];
    for (let t = from; t < this.months; t++) if (row[t * K + k] === 0) return t;
    return -1;
  }

  value(u: number, metric: Metric, t: number): number {
    return this.rows[u][t * K + INDEX[metric]];
  }

  /**
   * Each unit's series. A metric's series is gathered from the row when it is read: readers look at a
   * few metrics of some units, and the sheets read last months straight from the rows (`endValue`).
   */
  unitSeries(): SeriesSet[] {
    const T = this.months;
    return this.rows.map((row) => new UnitSeries(row, T) as unknown as SeriesSet);
  }

  /** Each metric summed over every unit, in month 0. */
  total(): Record<Metric, number> {
    const out = {} as Record<Metric, number>;
    for (const m of METRICS) {
      let sum = 0;
      for (const row of this.rows) sum += row[INDEX[m]];
      out[m] = sum;
    }
    return out;
  }

  /**
   * The unit series summed by a key (the level), every metric at once: the totals and the KPIs read
   * them all. Units with a null key are left out. (Sums by locality are made lazily: `sumsOf`.)
   */
  sumsBy(units: readonly UnitInfo[], key: (u: UnitInfo) => string | null): Record<string, SeriesSet> {
    const size = K * this.months;
    const sums = new Map<string, Int32Array>();
    for (let u = 0; u < units.length; u++) {
      const k = key(units[u]);
      if (k === null) continue;
      let acc = sums.get(k);
      if (acc === undefined) sums.set(k, (acc = new Int32Array(size)));
      const row = this.rows[u];
      for (let i = 0; i < size; i++) acc[i] += row[i];
    }
    return this.seriesOf(sums);
  }

  /** Month-major sums turned metric-major, each metric's series a view: fewer sums than units. */
  private seriesOf(sums: ReadonlyMap<string, Int32Array>): Record<string, SeriesSet> {
    const T = this.months;
    const out: Record<string, SeriesSet> = {};
    for (const [key, acc] of sums) {
      const series = new Int32Array(K * T);
      for (let t = 0; t < T; t++) for (let k = 0; k < K; k++) series[k * T + t] = acc[t * K + k];
      const views = {} as Record<Metric, Int32Array>;
      for (let k = 0; k < K; k++) views[METRICS[k]] = series.subarray(k * T, (k + 1) * T);
      // A level or locality may be called anything, "__proto__" included.
      putOwn(out, key, views);
    }
    return out;
  }
}

/**
 * A series' value in the last month (0 for an empty series); for a unit's series, read from its row
 * without gathering the series: the sheets read it for every metric of every unit.
 */
export function endValue(series: SeriesSet, metric: Metric): number {
  if (series instanceof UnitSeries) {
    const T = series.months;
    return T > 0 ? series.row[(T - 1) * K + INDEX[metric]] : 0;
  }
  const s = series[metric];
  return s.length > 0 ? s[s.length - 1] : 0;
}

/** A unit's month-major row read as a SeriesSet: each metric's months gathered when read. */
class UnitSeries {
  constructor(readonly row: Int32Array, readonly months: number) {}

  metric(k: number): Int32Array {
    const T = this.months;
    const out = new Int32Array(T);
    for (let t = 0; t < T; t++) out[t] = this.row[t * K + k];
    return out;
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
  private sums: Int32Array | null = null;
  /** Each metric's series once summed: readers index them month by month. */
  private readonly views = new Array<Int32Array | undefined>(K).fill(undefined);

  constructor(private readonly parts: readonly SeriesSet[], readonly months: number) {}

  metric(k: number): Int32Array {
    const done = this.views[k];
    if (done !== undefined) return done;
    const T = this.months;
    this.sums ??= new Int32Array(K * T);
    const out = this.sums.subarray(k * T, (k + 1) * T);
    for (const part of this.parts) {
      if (part instanceof UnitSeries) {
        // A unit's row, read where it stands rather than gathered first.
        const row = part.row;
        for (let t = 0; t < T; t++) out[t] += row[t * K + k];
      } else {
        const s = part[METRICS[k]];
        for (let t = 0; t < T; t++) out[t] += s[t];
      }
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
