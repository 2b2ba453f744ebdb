import type { Month } from './month';
import { formatMonth } from './month';
import { concentration } from './operations';
import type { Kpi, Metric, SeriesSet, UnitInfo } from './result';
import { FLOW_METRICS, METRICS, WORSE_WHEN_HIGHER } from './result';
import type { SimulationState } from './state';

const K = METRICS.length;
const AT = Object.fromEntries(METRICS.map((m, i) => [m, i])) as Record<Metric, number>;

/**
 * Monthly figures per unit: one Int32Array per unit, metric-major, so a unit's series for a metric is
 * a zero-copy view. Derived metrics (vacancies, surplus, shortage, excess) are computed per unit
 * before any sum: a level's vacancies is the sum of its units' vacancies.
 */
export class SeriesRecorder {
  private readonly rows: Int32Array[] = [];
  private concentration = new Int32Array(0);

  constructor(private readonly months: number) {}

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
    for (let u = 0; u < n; u++) {
      const unit = state.units[u];
      const open = unit.closedFrom === null;
      const row = this.rows[u];
      const quota = unit.quota;
      const roster = c.roster[u];
      const present = c.present[u];
      const cap = open ? unit.deputyCap : 0;
      const put = (metric: Metric, v: number): void => {
        row[AT[metric] * T + t] = v;
      };
      put('quota', quota);
      put('roster', roster);
      put('present', present);
      put('vacancies', Math.max(0, quota - roster));
      put('surplus', Math.max(0, roster - quota));
      put('shortage', Math.max(0, quota - present));
      put('heads', c.heads[u]);
      put('deputies', c.deputies[u]);
      put('deputyCap', cap);
      put('excessDeputies', Math.max(0, c.deputies[u] - cap));
      put('headProblems', open && c.heads[u] !== 1 ? 1 : 0);
      put('multiTitle', c.multiTitle[u]);
      put('powerConcentration', flags[u]);
      put('rotationsOut', f.rotationsOut[u]);
      put('rotationsIn', f.rotationsIn[u]);
      put('secondedOut', c.secondedOut[u]);
      put('secondedIn', c.secondedIn[u]);
      put('returns', f.returns[u]);
      put('returnConflicts', f.returnConflicts[u]);
      put('withoutPost', c.withoutPost[u]);
      put('retirements', f.retirements[u]);
      put('hires', f.hires[u]);
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
    const higherIsWorse = WORSE_WHEN_HIGHER[metric];
    let worst = 0;
    for (let t = 1; t < T; t++) {
      if (higherIsWorse ? s[t] > s[worst] : s[t] < s[worst]) worst = t;
    }
    const flow = FLOW_METRICS.has(metric);
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
