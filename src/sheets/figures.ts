import { FLOW_METRICS, WORSE_WHEN_HIGHER, type Kpi, type Metric, type ScenarioResult } from '../domain/result';
import { EXIT_POLICIES, exitPolicyOf, type ExitPolicy } from '../domain/scenario';
import type { ConditionalRule, RangeRef } from './layout';

/** Reading figures out of a result the way every sheet shows them. */

/** The value in the last simulated month: the engine reads a unit's from its row (see metrics). */
export { endValue } from '../domain/metrics';

export function kpiFor(result: ScenarioResult, metric: Metric): Kpi | undefined {
  return result.kpis.find((k) => k.metric === metric);
}

/** The figure compared between scenarios: the total for events (flows), the end value for stocks. */
export function headline(k: Kpi): number {
  return FLOW_METRICS.has(k.metric) ? (k.total ?? 0) : k.end;
}

/**
 * Changes that are neither good nor bad in themselves: a quota cut is often the aim of a reform, and
 * rotations, hires or retirements are the scenario's means, not its outcome. Unified titles are often
 * the reform directed from above: the power-concentration flag is shown, with its rule cited, not
 * judged. They stay uncoloured.
 */
const NEUTRAL_CHANGES: ReadonlySet<Metric> = new Set<Metric>([
  'quota', 'roster', 'heads', 'deputyCap', 'rotationsOut', 'rotationsIn', 'secondedOut', 'secondedIn', 'returns', 'retirements', 'hires',
  'powerConcentration', 'multiTitle', 'exits',
]);

/**
 * Whether a figure has a worst month worth showing: events their busiest; stocks bad one way, the
 * neutral ones included (the most people seconded away, the most titles held: how far a temporary
 * operation goes, which the end month no longer shows). A stock higher is better for and whose change
 * is neutral (a quota cut is often the aim) has none.
 */
export function hasWorst(metric: Metric): boolean {
  return FLOW_METRICS.has(metric) || !NEUTRAL_CHANGES.has(metric) || WORSE_WHEN_HIGHER[metric];
}

/**
 * Colours a change (scenario − baseline) green when it goes the good way for the metric, red
 * otherwise; null for a metric whose change is neutral.
 */
export function isNeutral(metric: Metric): boolean {
  return NEUTRAL_CHANGES.has(metric);
}

export function deltaRule(metric: Metric): ConditionalRule | null {
  if (NEUTRAL_CHANGES.has(metric)) return null;
  return { kind: WORSE_WHEN_HIGHER[metric] ? 'signBadPositive' : 'signGoodPositive' };
}

/**
 * Conditional formats for one column whose rows have their own metric: consecutive rows that share
 * a rule become one range. Rows with no metric, or a neutral one, are left unformatted.
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
    const rule = (m: Metric | null) => (m === null ? null : deltaRule(m));
    if (i < metrics.length && rule(metrics[i])?.kind === rule(prev)?.kind) continue;
    const r = rule(prev);
    if (r !== null) out.push({ range: { row: firstRow + start, col, rows: i - start, columns: 1 }, rule: r });
    start = i;
  }
  return out;
}

/** Exits under a policy, counted by policy over the horizon, in the policies' order; none left out but zeros. */
export function exitsByPolicy(result: ScenarioResult): [ExitPolicy, number][] {
  const counts = new Map<ExitPolicy, number>();
  for (const c of result.changes) {
    if (c.kind !== 'exited') continue;
    const policy = exitPolicyOf(c.detail);
    counts.set(policy, (counts.get(policy) ?? 0) + 1);
  }
  return EXIT_POLICIES.filter((p) => counts.has(p)).map((p) => [p, counts.get(p) as number]);
}
