import type { Month } from './month';
import { formatMonth } from './month';
import { concentration } from './operations';
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
  private readonly rows: Int32Array[] = [];
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
    const c = state.counters;
    const f = state.flows;
    const AT = this.offsets;
    for (let u = 0; u < n; u++) {
      const unit = state.units[u];
      const open = unit.closedFrom === null;
      const row = this.rows[u];
      const quota = unit.quota;
      const roster = c.roster[u];
      const present = c.present[u];
      const cap = open ? unit.deputyCap : 0;
      row[AT.quota + t] = quota;
      row[AT.roster + t] = roster;
      row[AT.present + t] = present;
      row[AT.vacancies + t] = Math.max(0, quota - roster);
      row[AT.surplus + t] = Math.max(0, roster - quota);
      row[AT.shortage + t] = Math.max(0, quota - present);
      row[AT.heads + t] = c.heads[u];
      row[AT.deputies + t] = c.deputies[u];
      row[AT.deputyCap + t] = cap;
      row[AT.excessDeputies + t] = Math.max(0, c.deputies[u] - cap);
      row[AT.headProblems + t] = open && c.heads[u] !== 1 ? 1 : 0;
      row[AT.multiTitle + t] = c.multiTitle[u];
      row[AT.powerConcentration + t] = flags[u];
      row[AT.rotationsOut + t] = f.rotationsOut[u];
      row[AT.rotationsIn + t] = f.rotationsIn[u];
      row[AT.secondedOut + t] = c.secondedOut[u];
      row[AT.secondedIn + t] = c.secondedIn[u];
      row[AT.returns + t] = f.returns[u];
      row[AT.returnConflicts + t] = f.returnConflicts[u];
      row[AT.withoutPost + t] = c.withoutPost[u];
      row[AT.retirements + t] = f.retirements[u];
      row[AT.hires + t] = f.hires[u];
    }
  }

  unitSeries(): SeriesSet[] {
    const T = this.months;
    return this.rows.map((row) => Object.fromEntries(METRICS.map((m, k) => [m, row.subarray(k * T, (k + 1) * T)])) as SeriesSet);
  }

  /** Sums of the unit series by a key (level, locality); units with a null key are left out. */
  sumBy(units: readonly UnitInfo[], key: (u: UnitInfo) => string | null): Record<string, SeriesSet> {
    const T = this.months;
    const sums = new Map<string, Int32Array>();
    units.forEach((unit, u) => {
      const k = key(unit);
      if (k === null) return;
      let acc = sums.get(k);
      if (!acc) sums.set(k, (acc = new Int32Array(K * T)));
      const row = this.rows[u];
      for (let i = 0; i < K * T; i++) acc[i] += row[i];
    });
    const out: Record<string, SeriesSet> = {};
    for (const [k, acc] of sums) {
      out[k] = Object.fromEntries(METRICS.map((m, i) => [m, acc.subarray(i * T, (i + 1) * T)])) as SeriesSet;
    }
    return out;
  }
}

/** Start, end, worst month and, for problems, the month from which they are gone for good. */
export function computeKpis(total: SeriesSet, start: Month): Kpi[] {
  return METRICS.map((metric) => {
    const s = total[metric];
    const T = s.length;
    const flow = FLOW_METRICS.has(metric);
    // For flows the "worst" month is the busiest one.
    const higherIsWorse = flow || WORSE_WHEN_HIGHER[metric];
    let worst = 0;
    for (let t = 1; t < T; t++) {
      if (higherIsWorse ? s[t] > s[worst] : s[t] < s[worst]) worst = t;
    }
    let total_ = 0;
    for (let t = 0; t < T; t++) total_ += s[t];
    let cleared: string | null = null;
    if (!flow && higherIsWorse && s[T - 1] === 0) {
      let t = T - 1;
      while (t > 0 && s[t - 1] === 0) t--;
      cleared = formatMonth(start + t);
    }
    return {
      metric, start: s[0], end: s[T - 1], worst: s[worst], worstMonth: formatMonth(start + worst),
      total: flow ? total_ : null, clearedFrom: cleared,
    };
  });
}
