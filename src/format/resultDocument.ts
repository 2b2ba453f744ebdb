import type { Issue } from '../domain/issues';
import { putOwn } from '../domain/records';
import { METRICS, type Kpi, type Metric, type PersonChange, type ScenarioResult, type SeriesSet } from '../domain/result';
import type { Settings } from '../domain/settings';

/**
 * The result document: simulated figures as plain JSON, for other tools (dashboards, archives,
 * scripts). Its JSON Schema is result.schema.json; docs/result-format.md describes every field.
 */

export const RESULT_FORMAT = 'staffing-planner/result';
export const RESULT_VERSION = 4;

/** One number per simulated month for each metric, in the order of METRICS. */
export type SeriesJson = { readonly [M in Metric]: number[] };

export interface UnitPayload {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  readonly locality: string | null;
  readonly kind: string | null;
  readonly inInput: boolean;
  readonly closedFrom: string | null;
  readonly mergedInto: string | null;
  /** Only with the `unitSeries` option: per-unit series make the document much larger. */
  readonly series?: SeriesJson;
}

/** A pooled deputy cap (settings.pooledCaps), one number per simulated month. */
export interface PoolPayload {
  readonly name: string;
  readonly group: string | null;
  readonly average: number;
  readonly before: { readonly units: number; readonly deputies: number; readonly allowed: number };
  readonly units: number[];
  readonly deputies: number[];
  readonly allowed: number[];
}

export interface ScenarioPayload {
  readonly code: string;
  readonly name: string;
  readonly description: string;
  readonly settings: Settings;
  readonly months: readonly string[];
  readonly kpis: readonly Kpi[];
  readonly pools: readonly PoolPayload[];
  readonly peopleWithChangedPost: number;
  readonly total: SeriesJson;
  readonly byLevel: Readonly<Record<string, SeriesJson>>;
  readonly byLocality: Readonly<Record<string, SeriesJson>>;
  readonly units: readonly UnitPayload[];
  readonly changes: readonly PersonChange[];
  readonly issues: readonly Issue[];
}

export interface ResultMeta {
  /** ISO 8601 date and time of the run (the caller's clock: the domain has none). */
  readonly generatedAt: string;
  /** The staffing tables simulated: their fingerprint and their names as "Sheet!Table". */
  readonly input: { readonly fingerprint: string; readonly tables: readonly string[] };
  readonly toolVersion: string;
}

export interface ResultDocument {
  readonly format: typeof RESULT_FORMAT;
  readonly version: typeof RESULT_VERSION;
  readonly generatedAt: string;
  readonly toolVersion: string;
  readonly input: { readonly fingerprint: string; readonly tables: readonly string[] };
  readonly baseline: ScenarioPayload;
  readonly scenarios: readonly ScenarioPayload[];
}

export interface ResultJsonOptions {
  /** Include each unit's monthly series (default false). */
  readonly unitSeries?: boolean;
}

export function toResultJson(
  results: readonly ScenarioResult[],
  baseline: ScenarioResult,
  meta: ResultMeta,
  options: ResultJsonOptions = {},
): ResultDocument {
  const unitSeries = options.unitSeries ?? false;
  return {
    format: RESULT_FORMAT,
    version: RESULT_VERSION,
    generatedAt: meta.generatedAt,
    toolVersion: meta.toolVersion,
    input: { fingerprint: meta.input.fingerprint, tables: [...meta.input.tables] },
    baseline: scenarioPayload(baseline, unitSeries),
    scenarios: results.map((r) => scenarioPayload(r, unitSeries)),
  };
}

function scenarioPayload(result: ScenarioResult, unitSeries: boolean): ScenarioPayload {
  return {
    code: result.code,
    name: result.name,
    description: result.description,
    settings: result.settings,
    months: [...result.months],
    kpis: result.kpis.map((k) => ({ ...k })),
    pools: result.pools.map((p) => ({
      name: p.name, group: p.group, average: p.average, before: { ...p.before },
      units: Array.from(p.units), deputies: Array.from(p.deputies), allowed: Array.from(p.allowed),
    })),
    peopleWithChangedPost: result.peopleWithChangedPost,
    total: seriesJson(result.total),
    byLevel: seriesRecord(result.byLevel),
    byLocality: seriesRecord(result.byLocality),
    units: result.units.map((unit, i): UnitPayload => {
      const payload: UnitPayload = {
        id: unit.id,
        name: unit.name,
        level: unit.level,
        locality: unit.locality,
        kind: unit.kind,
        inInput: unit.inInput,
        closedFrom: unit.closedFrom,
        mergedInto: unit.mergedInto,
      };
      return unitSeries ? { ...payload, series: seriesJson(result.unitSeries[i]) } : payload;
    }),
    changes: result.changes.map((c) => ({ ...c })),
    issues: result.issues.map((issue) => ({ ...issue, params: { ...issue.params } })),
  };
}

/** Int32Array does not serialize as a JSON array: convert each series. */
function seriesJson(series: SeriesSet): SeriesJson {
  const out = {} as Record<Metric, number[]>;
  for (const metric of METRICS) out[metric] = Array.from(series[metric]);
  return out;
}

function seriesRecord(record: Readonly<Record<string, SeriesSet>>): Record<string, SeriesJson> {
  const out: Record<string, SeriesJson> = {};
  for (const [key, series] of Object.entries(record)) putOwn(out, key, seriesJson(series));
  return out;
}
