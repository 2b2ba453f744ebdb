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
 * Monthly figures per unit: one Int32Array per unit, metric-major, so a unit's series for a metric is
 * a zero-copy view. Derived metrics (vacancies, surplus, shortage, excess) are computed per unit
 * before any sum: a level's vacancies is the sum of its units' vacancies.
 */
export class SeriesRecorder {
  /**
   * One row per unit. During the run a row is month-major (the 22 figures of a month side by side,
   * so each snapshot writes one or two cache lines per unit); `finish` turns each row metric-major,
   * where a metric's series is a contiguous, zero-copy view.
   */
  private readonly rows: Int32Array[] = [];
  private finished = false;
  private concentration = new Int32Array(0);

  /** Where each metric's series starts in a unit's row. */
  private readonly offsets: Readonly<Record<Metric, number>>;

  constructor(private readonly months: number) {
    this.offsets = { ...INDEX };
    for (const m of METRICS) (this.offsets as Record<Metric, number>)[m] = INDEX[m] * months;
  }

  snapshot(state: SimulationState, t: number): void {
    const T = this.months;
    const n = state.units.length;
    while (this.rows.length < n) this.rows.push(new Int32Array(K * T));
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

  /** Ends the run: every row becomes metric-major. The reading methods below need it done. */
  finish(): void {
    if (this.finished) return;
    const T = this.months;
    const scratch = new Int32Array(K * T);
    for (const row of this.rows) {
      scratch.set(row);
      for (let t = 0; t < T; t++) for (let k = 0; k < K; k++) row[k * T + t] = scratch[t * K + k];
    }
    this.finished = true;
  }

  private get done(): Int32Array[] {
    if (!this.finished) throw new Error('SeriesRecorder read before finish()');
    return this.rows;
  }

  /** The first month index at which a unit's metric is zero, or -1. */
  firstZero(u: number, metric: Metric, from = 0): number {
    const row = this.done[u];
    const o = this.offsets[metric];
    for (let t = from; t < this.months; t++) if (row[o + t] === 0) return t;
    return -1;
  }

  value(u: number, metric: Metric, t: number): number {
    return this.done[u][this.offsets[metric] + t];
  }

  /**
   * Each unit's series. A metric's view is made when it is read: readers look at a few metrics of
   * some units, and a view of every metric of every unit was a fifth of a run's garbage.
   */
  unitSeries(): SeriesSet[] {
    const T = this.months;
    return this.done.map((row) => new UnitSeries(row, T) as unknown as SeriesSet);
  }

  /** Each metric summed over every unit, in month 0. */
  total(): Record<Metric, number> {
    const out = {} as Record<Metric, number>;
    for (const m of METRICS) {
      let sum = 0;
      for (const row of this.done) sum += row[this.offsets[m]];
      out[m] = sum;
    }
    return out;
  }

  /**
   * Sums of the unit series by each of two keys (level and locality), in one pass over the units:
   * each row is read once for both. Units with a null key are left out of that key's sums.
   */
  sumsBy(units: readonly UnitInfo[], first: (u: UnitInfo) => string | null, second: (u: UnitInfo) => string | null): [Record<string, SeriesSet>, Record<string, SeriesSet>] {
    const size = K * this.months;
    const rows = this.done;
    const firstSums = new Map<string, Int32Array>();
    const secondSums = new Map<string, Int32Array>();
    const accumulator = (sums: Map<string, Int32Array>, key: string | null): Int32Array | null => {
      if (key === null) return null;
      let acc = sums.get(key);
      if (!acc) sums.set(key, (acc = new Int32Array(size)));
      return acc;
    };
    for (let u = 0; u < units.length; u++) {
      const row = rows[u];
      const a = accumulator(firstSums, first(units[u]));
      const b = accumulator(secondSums, second(units[u]));
      if (a !== null && b !== null) {
        for (let i = 0; i < size; i++) {
          const v = row[i];
          a[i] += v;
          b[i] += v;
        }
      } else if (a !== null || b !== null) {
        const acc = (a ?? b) as Int32Array;
        for (let i = 0; i < size; i++) acc[i] += row[i];
      }
    }
    return [this.seriesOf(firstSums), this.seriesOf(secondSums)];
  }

  private seriesOf(sums: ReadonlyMap<string, Int32Array>): Record<string, SeriesSet> {
    const T = this.months;
    const out: Record<string, SeriesSet> = {};
    for (const [k, acc] of sums) {
      // A level or locality may be called anything, "__proto__" included.
      putOwn(out, k, Object.fromEntries(METRICS.map((m, i) => [m, acc.subarray(i * T, (i + 1) * T)])) as SeriesSet);
    }
    return out;
  }
}

/**
 * A series' value in the last month (0 for an empty series); for a unit's series, read from its row
 * without making a view: the sheets read it for every metric of every unit.
 */
export function endValue(series: SeriesSet, metric: Metric): number {
  if (series instanceof UnitSeries) {
    const T = series.months;
    return T > 0 ? series.row[INDEX[metric] * T + T - 1] : 0;
  }
  const s = series[metric];
  return s.length > 0 ? s[s.length - 1] : 0;
}

/** A unit's row, metric-major, read as a SeriesSet: each metric a view of its months. */
class UnitSeries {
  constructor(readonly row: Int32Array, readonly months: number) {}
}
for (const [k, metric] of METRICS.entries()) {
  Object.defineProperty(UnitSeries.prototype, metric, {
    enumerable: true,
    get(this: UnitSeries): Int32Array {
      return this.row.subarray(k * this.months, (k + 1) * this.months);
    },
  });
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
