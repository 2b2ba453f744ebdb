/**
 * Problems found in a scenario document, as values: where (a JSON path such as
 * `$.scenarios[1].operations[0].durationMonths`), what (a code) and a message in the UI language.
 * Message texts live in src/i18n/{vi,en}/format.ts, keyed by code.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** Parameters of each problem code; `at` is always a JSON path. */
export interface FormatProblemParams {
  readonly invalidJson: { readonly line: number | null; readonly column: number | null; readonly detail: string };
  readonly wrongFormat: { readonly found: string; readonly expected: string };
  readonly newerVersion: { readonly found: number; readonly supported: number };
  readonly unknownField: { readonly at: string; readonly field: string; readonly suggestion: string | null };
  readonly missingField: { readonly at: string; readonly field: string };
  /** `value` is the value found, shown when it is a single value. */
  readonly wrongType: { readonly at: string; readonly expected: readonly JsonType[]; readonly found: JsonType; readonly value: string | null };
  readonly outOfRange: { readonly at: string; readonly value: number; readonly min: number | null; readonly max: number | null };
  readonly badMonth: { readonly at: string; readonly value: string };
  readonly badCode: { readonly at: string; readonly value: string };
  readonly badDateTime: { readonly at: string; readonly value: string };
  readonly badValue: { readonly at: string; readonly value: string; readonly allowed: readonly string[] };
  readonly unknownOperationType: { readonly at: string; readonly value: string; readonly allowed: readonly string[] };
  readonly empty: { readonly at: string };
  readonly tooLong: { readonly at: string; readonly max: number };
  readonly duplicateItem: { readonly at: string; readonly value: string; readonly first: string };
  /** A selector must have exactly one of `ids` (single form) and `where` (rule form). */
  readonly selectorForm: { readonly at: string; readonly found: 'both' | 'none' };
  readonly limitNeedsWhere: { readonly at: string; readonly field: string };
  readonly requiresField: { readonly at: string; readonly field: string; readonly requires: string };
  readonly postMatchEmpty: { readonly at: string };
  /** `single`: a list goes only with in/notIn (or no op); `ordered`: gt, gte, lt, lte need a number or text. */
  readonly filterValue: { readonly at: string; readonly op: string; readonly expected: 'single' | 'ordered' };
  readonly duplicateCode: { readonly at: string; readonly code: string; readonly first: string };
  readonly duplicateName: { readonly at: string; readonly name: string; readonly first: string };
  readonly monthOutOfRange: { readonly at: string; readonly value: string; readonly min: string; readonly max: string };
  readonly retirementTableOrder: { readonly at: string; readonly year: number; readonly previous: number };
  readonly duplicateRun: { readonly at: string; readonly code: string; readonly first: string };
  /** A schema rule with no dedicated message (kept so that nothing is silently dropped). */
  readonly invalid: { readonly at: string; readonly detail: string };
}

export type FormatProblemCode = keyof FormatProblemParams;

export interface FormatProblem {
  readonly path: string;
  readonly code: FormatProblemCode;
  readonly message: string;
  /** 1-based position in the text, for invalid JSON. */
  readonly line?: number;
  readonly column?: number;
}

export type FormatMessages = { readonly [C in FormatProblemCode]: (params: FormatProblemParams[C]) => string };

import type { Lang } from '../i18n/messages';
export type { Lang };

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.scenarios[1].settings.deputyCapByLevel['Tỉnh']`: dots for plain names, brackets otherwise. */
export function jsonPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`;
    else if (IDENTIFIER.test(s)) path += `.${s}`;
    else path += `['${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return path;
}

/**
 * Segments of a JSON pointer (as ajv reports them). The data decides whether "12" is an array index
 * or an object key, so the path reads the way the document is written.
 */
export function pointerSegments(pointer: string, data: unknown): PathSegment[] {
  if (pointer === '') return [];
  const segments: PathSegment[] = [];
  let node: unknown = data;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = isRecord(node) && Object.hasOwn(node, key) ? node[key] : undefined;
    }
  }
  return segments;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  if (typeof value === 'string' || typeof value === 'boolean') return typeof value as JsonType;
  return 'object';
}

/** A value as it would appear in the document, shortened for a message. */
export function showValue(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
