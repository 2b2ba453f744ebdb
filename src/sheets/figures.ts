import { FLOW_METRICS, WORSE_WHEN_HIGHER, type Kpi, type Metric, type ScenarioResult, type SeriesSet } from '../domain/result';
import type { ConditionalRule, RangeRef } from './layout';

/** Reading figures out of a result the way every sheet shows them. */

/** The value in the last simulated month (0 for an empty series). */
export function endValue(series: SeriesSet, metric: Metric): number {
  const s = series[metric];
  return s.length > 0 ? s[s.length - 1] : 0;
}

export function kpiFor(result: ScenarioResult, metric: Metric): Kpi | undefined {
  return result.kpis.find((k) => k.metric === metric);
}

/** The figure compared between scenarios: the total for events (flows), the end value for stocks. */
export function headline(k: Kpi): number {
  return FLOW_METRICS.has(k.metric) ? (k.total ?? 0) : k.end;
}

/** Colours a change (scenario − baseline) green when it goes the good way for the metric, red otherwise. */
export function deltaRule(metric: Metric): ConditionalRule {
  return { kind: WORSE_WHEN_HIGHER[metric] ? 'signBadPositive' : 'signGoodPositive' };
}

/**
 * Conditional formats for one column whose rows have their own metric: consecutive rows that share
 * a rule become one range. Rows with a null metric are left unformatted.
 */
export function deltaFormatsByRow(
  firstRow: number,
  col: number,
  metrics: readonly (Metric | null)[],
): { range: RangeRef; rule: ConditionalRule }[] {
  const out: { range: RangeRef; rule: ConditionalRule }[] = [];
  let start = 0;
  for (let i = 1; i <= metrics.length; i++) {
    const prev = metrics[i - 1];
    const kind = (m: Metric | null) => (m === null ? null : deltaRule(m).kind);
    if (i < metrics.length && kind(metrics[i]) === kind(prev)) continue;
    if (prev !== null) {
      out.push({ range: { row: firstRow + start, col, rows: i - start, columns: 1 }, rule: deltaRule(prev) });
    }
    start = i;
  }
  return out;
}
