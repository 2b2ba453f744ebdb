import { simulate } from '../../src/domain/engine';
import type { Staffing } from '../../src/domain/model';
import type { Metric, ScenarioResult } from '../../src/domain/result';
import type { Operation, Scenario } from '../../src/domain/scenario';
import type { PartialSettings } from '../../src/domain/settings';

export const START = '2026-01';

export function run(s: Staffing, operations: Operation[], settings: PartialSettings = {}): ScenarioResult {
  const scenario: Scenario = { code: 'T', name: 'test', settings: { horizonMonths: 24, ...settings }, operations };
  return simulate(s, scenario, { startMonth: START, audit: true });
}

/** A unit's series for a metric as a plain array. */
export function series(r: ScenarioResult, unitId: string, metric: Metric): number[] {
  const u = r.units.findIndex((x) => x.id === unitId);
  if (u < 0) throw new Error(`no unit ${unitId}`);
  return Array.from(r.unitSeries[u][metric]);
}

/** The value of a unit's metric in a month 'YYYY-MM'. */
export function at(r: ScenarioResult, unitId: string, metric: Metric, month: string): number {
  const t = r.months.indexOf(month);
  if (t < 0) throw new Error(`month ${month} outside the run`);
  return series(r, unitId, metric)[t];
}

export function total(r: ScenarioResult, metric: Metric): number[] {
  return Array.from(r.total[metric]);
}

/** n copies of v, then m copies of w, ...: for writing expected series compactly. */
export function runs(...parts: [number, number][]): number[] {
  return parts.flatMap(([value, count]) => Array<number>(count).fill(value));
}
