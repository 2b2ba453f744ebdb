import type { ErrorObject } from 'ajv';
import scenarioSchema from './scenarios.schema.json';
import {
  type FormatProblemCode, type FormatProblemParams, type JsonType, type PathSegment,
  isRecord, jsonPath, jsonTypeOf, pointerSegments, showValue,
} from './problems';

/** A problem before its message is written: the language is chosen later. */
export type FoundProblem = {
  readonly [C in FormatProblemCode]: {
    readonly code: C;
    readonly path: string;
    readonly params: FormatProblemParams[C];
    readonly line?: number;
    readonly column?: number;
  };
}[FormatProblemCode];

export function found<C extends FormatProblemCode>(
  code: C, segments: readonly PathSegment[], params: FormatProblemParams[C],
): FoundProblem {
  return { code, path: jsonPath(segments), params } as FoundProblem;
}

/** A subschema of the scenario schema, by its place; the schema file is the single source. */
function subschema(...path: PathSegment[]): object {
  let node: unknown = scenarioSchema;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  if (typeof node !== 'object' || node === null) throw new Error(`No subschema at ${path.join('/')}`);
  return node;
}

/**
 * Ajv's verbose errors carry the subschema that failed, so the rules that deserve a dedicated message
 * are recognised by that subschema rather than by parsing schema paths. The validator compiled ahead
 * of time holds its own copies of the subschemas: they are compared by content.
 */
const shape = (schema: object): string => JSON.stringify(schema);
const MONTH = shape(subschema('$defs', 'month'));
const CODE = shape(subschema('$defs', 'code'));
const RAN_AT = shape(subschema('$defs', 'run', 'properties', 'ranAt'));
const OPERATION_TYPE = shape(subschema('$defs', 'operation', 'properties', 'type'));
const POST_MATCH = shape(subschema('$defs', 'postMatch'));
const IDS_FORMS = new Set([subschema('$defs', 'unitSelector', 'then'), subschema('$defs', 'personSelector', 'then')].map(shape));
const WHERE_FORMS = new Set([subschema('$defs', 'unitSelector', 'else'), subschema('$defs', 'personSelector', 'else')].map(shape));
const FILTER_VALUE_RULES = new Map<string, FormatProblemParams['filterValue']['expected']>([
  [shape(subschema('$defs', 'filter', 'allOf', 0, 'then', 'properties', 'value')), 'single'],
  [shape(subschema('$defs', 'filter', 'allOf', 1, 'then', 'properties', 'value')), 'ordered'],
]);

/** Readable problems from ajv's errors (compiled with allErrors and verbose). */
export function problemsFromSchemaErrors(errors: readonly ErrorObject[], data: unknown): FoundProblem[] {
  const problems: FoundProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    const problem = fromError(error, data);
    if (!problem) continue;
    const key = `${problem.path}\u0000${problem.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

function fromError(error: ErrorObject, data: unknown): FoundProblem | null {
  // `if` only says that its then/else failed, and the branches of anyOf are attempts: their own
  // errors are the informative ones (if) or are summed up by the combinator's error (anyOf).
  if (error.keyword === 'if' || /\/anyOf\/\d+\//.test(error.schemaPath) || error.propertyName !== undefined) {
    return null;
  }
  const segments = pointerSegments(error.instancePath, data);
  const at = jsonPath(segments);
  const parentSchema = error.parentSchema as Record<string, unknown> | undefined;
  const parent = parentSchema === undefined ? undefined : shape(parentSchema);
  const params = error.params as Record<string, unknown>;

  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      if (parent && IDS_FORMS.has(parent)) {
        if (field === 'where') return found('selectorForm', segments, { at, found: 'both' });
        if (field === 'limit' || field === 'limitPer') {
          return found('limitNeedsWhere', [...segments, field], { at, field });
        }
      }
      const known = parentSchema && isRecord(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
      return found('unknownField', [...segments, field], { at, field, suggestion: closest(field, known) });
    }
    case 'required': {
      const field = String(params.missingProperty);
      if (parent && WHERE_FORMS.has(parent) && field === 'where') {
        return found('selectorForm', segments, { at, found: 'none' });
      }
      return found('missingField', segments, { at, field });
    }
    case 'dependentRequired':
      return found('requiresField', [...segments, String(params.property)], {
        at, field: String(params.property), requires: String(params.missingProperty),
      });
    case 'type': {
      const rule = parent ? FILTER_VALUE_RULES.get(parent) : undefined;
      if (rule) {
        const filter = valueAt(data, segments.slice(0, -1));
        const op = isRecord(filter) ? String(filter.op) : '';
        return found('filterValue', segments, { at, op, expected: rule });
      }
      const expected = (Array.isArray(params.type) ? params.type : [params.type]) as JsonType[];
      const type = jsonTypeOf(error.data);
      const value = type === 'array' || type === 'object' ? null : showValue(error.data);
      return found('wrongType', segments, { at, expected, found: type, value });
    }
    case 'minimum':
    case 'maximum':
      return found('outOfRange', segments, {
        at,
        value: Number(error.data),
        min: typeof parentSchema?.minimum === 'number' ? parentSchema.minimum : null,
        max: typeof parentSchema?.maximum === 'number' ? parentSchema.maximum : null,
      });
    case 'pattern': {
      const value = showValue(error.data);
      if (parent === MONTH) return found('badMonth', segments, { at, value });
      if (parent === CODE) return found('badCode', segments, { at, value });
      if (parent === RAN_AT) return found('badDateTime', segments, { at, value });
      // The only other pattern is "\S": text that is blank.
      return found('empty', segments, { at });
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const value = showValue(error.data);
      if (parent === OPERATION_TYPE) return found('unknownOperationType', segments, { at, value, allowed });
      return found('badValue', segments, { at, value, allowed });
    }
    case 'const':
      return found('badValue', segments, { at, value: showValue(error.data), allowed: [String(params.allowedValue)] });
    case 'minLength':
    case 'minItems':
      return found('empty', segments, { at });
    case 'maxLength':
      return found('tooLong', segments, { at, max: Number(params.limit) });
    case 'uniqueItems': {
      const first = Math.min(Number(params.i), Number(params.j));
      const again = Math.max(Number(params.i), Number(params.j));
      const value = Array.isArray(error.data) ? showValue(error.data[again]) : '';
      return found('duplicateItem', [...segments, again], { at: jsonPath([...segments, again]), value, first: jsonPath([...segments, first]) });
    }
    case 'anyOf':
      if (parent === POST_MATCH) return found('postMatchEmpty', segments, { at });
      break;
    case 'propertyNames':
      return found('empty', [...segments, String(params.propertyName)], { at: jsonPath([...segments, String(params.propertyName)]) });
  }
  return found('invalid', segments, { at, detail: error.message ?? error.keyword });
}

function valueAt(data: unknown, segments: readonly PathSegment[]): unknown {
  let node = data;
  for (const s of segments) node = node !== null && typeof node === 'object' && Object.hasOwn(node, s) ? (node as Record<string | number, unknown>)[s] : undefined;
  return node;
}

/** The known field a misspelt one most likely meant: same letters in another case, or one or two edits away. */
function closest(field: string, known: readonly string[]): string | null {
  const lower = field.toLowerCase();
  const sameLetters = known.find((k) => k.toLowerCase() === lower);
  if (sameLetters) return sameLetters;
  let best: string | null = null;
  let bestDistance = Math.min(2, Math.floor(field.length / 3)) + 1;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
