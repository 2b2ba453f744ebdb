import type { Scenario } from '../domain/scenario';
import { type FormatProblem, isRecord } from './problems';

/**
 * The scenario document: what the add-in keeps in the workbook's very hidden sheet and what is
 * exported to and imported from JSON files. Its JSON Schema is scenarios.schema.json; the format is
 * described for people in docs/scenario-format.md. Reading and checking a document is in
 * scenarioParse.ts, apart, so that writing one does not load the schema validator.
 */

export const SCENARIO_FORMAT = 'staffing-planner/scenarios';
/**
 * 2: the `exit` operation and the settings `earlyRetirementMaxYearsLeft`, `resignationMinYearsLeft`.
 * A version 1 document is a version 2 document as it is: it is read, and written back, as version 2.
 */
export const CURRENT_VERSION = 3;

/** When a scenario was last run, and on which input tables (their fingerprint). */
export interface ScenarioRun {
  readonly code: string;
  readonly fingerprint: string;
  /** Fingerprint of the scenario as run; absent in stores written before it was kept. */
  readonly scenario?: string;
  /** ISO 8601 date and time. */
  readonly ranAt: string;
}

export interface ScenarioDocument {
  /** Optional pointer to the JSON Schema, for editors; kept as written. */
  readonly $schema?: string;
  readonly format: typeof SCENARIO_FORMAT;
  /** CURRENT_VERSION when written by this version; higher when written by a newer one. */
  readonly version: number;
  readonly scenarios: readonly Scenario[];
  /** The confirmed column mapping; free-form in version 1. */
  readonly mapping?: Readonly<Record<string, unknown>>;
  readonly runs?: readonly ScenarioRun[];
}

export interface ParsedScenarioDocument {
  /**
   * The document when it has no problem. With only a 'newerVersion' problem it is also given (the
   * content fits this version's schema), to be shown read-only.
   */
  readonly document: ScenarioDocument | null;
  readonly problems: FormatProblem[];
}

/** Months outside this range are typing mistakes, not plans. */
export const EARLIEST_MONTH = '1900-01';
export const LATEST_MONTH = '2199-12';

export const KEY_ORDER: readonly string[] = [
  '$schema', 'format', 'version', 'scenarios', 'mapping', 'runs',
  'code', 'id', 'ids', 'where', 'limit', 'limitPer',
  'mode', 'field', 'op', 'value',
  'name', 'description', 'kind', 'type', 'month', 'note',
  'settings',
  'startMonth', 'horizonMonths', 'hiring', 'policy', 'lagMonths',
  'retirement', 'enabled', 'table', 'fromYear', 'menMonths', 'womenMonths', 'source',
  'maxTitlesPerPerson', 'deputyCapByLevel', 'deputyCapDefault', 'mergeGraceMonths', 'restructuringMonth', 'pooledCaps', 'average',
  'parentDeputyCap',
  'rotationMinMonths', 'rotationMinYearsLeft', 'secondmentMaxMonths', 'earlyRetirementMaxYearsLeft', 'resignationMinYearsLeft',
  'partyCommitteeKinds', 'peopleCommitteeKinds',
  'operations',
  'holder', 'target', 'pairBy', 'formerHolder', 'cutQuota',
  'units', 'groupBy', 'into', 'quota', 'headId', 'deputyCap',
  'people', 'to', 'unit', 'within', 'perUnit', 'lacking', 'assign', 'title', 'role',
  'durationMonths', 'quotaAt', 'onReturn', 'untilBalanced', 'change',
  'fingerprint', 'scenario', 'ranAt',
];

const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function byRank(a: string, b: string): number {
  const ra = RANK.get(a) ?? Infinity;
  const rb = RANK.get(b) ?? Infinity;
  if (ra !== rb) return ra - rb;
  return a < b ? -1 : a > b ? 1 : 0;
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  // No prototype: a key named "__proto__" (in a mapping, say) stays an ordinary key.
  const ordered: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort(byRank)) {
    if (value[key] !== undefined) ordered[key] = canonical(value[key]);
  }
  return ordered;
}

/** The same JSON text for the same content, whatever the order its keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? 'null';
}

/** JSON text with a stable key order and two-space indentation, ending with a newline. */
export function serializeScenarioDocument(document: ScenarioDocument): string {
  return `${JSON.stringify(canonical(document), null, 2)}\n`;
}

/** Scenario codes have at most 12 characters (they start sheet names). */
const CODE_LENGTH = 12;

/** A code not yet taken: 'NTH' → 'NTH-2', 'NTH-3', … cut to fit the 12 characters codes may have. */
export function freeCode(code: string, taken: readonly string[]): string {
  const used = new Set(taken.map((c) => c.toLowerCase()));
  if (!used.has(code.toLowerCase())) return code;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = code.slice(0, CODE_LENGTH - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
