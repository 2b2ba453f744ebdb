/**
 * Problems found in a scenario document, as values: where (a JSON path such as
 * `$.scenarios[1].operations[0].durationMonths`), what (a code) and a message in the UI language.
 * Message texts live in src/i18n/{vi,en}/format.ts, keyed by code.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** Parameters of each problem code; `at` is always a JSON path. */
export interface FormatProblemParams {
  readonly invalidJson: { readonly line: number | null; readonly column: number | null; readonly detail: string };
  /** Arrays and objects nested deeper than any scenario document needs (`max`): refused before parsing. */
  readonly tooDeep: { readonly line: number; readonly column: number; readonly max: number };
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
  /** A built-in number field (age, quota…) compared by order with a text that is not a number. */
  readonly numberComparedWithText: { readonly at: string; readonly field: string; readonly op: string; readonly value: string };
  readonly duplicateCode: { readonly at: string; readonly code: string; readonly first: string };
  readonly duplicateName: { readonly at: string; readonly name: string; readonly first: string };
  readonly monthOutOfRange: { readonly at: string; readonly value: string; readonly min: string; readonly max: string };
  readonly retirementTableOrder: { readonly at: string; readonly year: number; readonly previous: number };
  readonly duplicateRun: { readonly at: string; readonly code: string; readonly first: string };
  /**
   * A text (`key`: a field name) holding characters that XML 1.0, hence an Excel workbook, cannot
   * hold, named 'U+0007'. A few at most; `more` tells that there are others.
   */
  readonly forbiddenCharacter: { readonly at: string; readonly key: boolean; readonly characters: readonly string[]; readonly more: boolean };
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

/**
 * `$.scenarios[1].settings.deputyCapByLevel['Tỉnh']`: dots for plain names, brackets otherwise. Control
 * characters and lone surrogates in a key are written `\u0007`, so that a path can always be shown.
 */
export function jsonPath(segments: readonly PathSegment[]): string {
  let path = '$';
  for (const s of segments) {
    if (typeof s === 'number') path += `[${s}]`;
    else if (IDENTIFIER.test(s)) path += `.${s}`;
    else path += `['${escapeUnprintable(s.replace(/\\/g, '\\\\').replace(/'/g, "\\'"))}']`;
  }
  return path;
}

// Control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * What XML 1.0 cannot hold (its Char production), hence no Excel workbook: C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF, and surrogates that are not part of a pair. Each is
 * named once, as 'U+0007', in order of appearance.
 */
export function xmlForbiddenCharacters(text: string): string[] {
  const found: string[] = [];
  if (!MAYBE_FORBIDDEN.test(text)) return found;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let bad = false;
    if (c < 0x20) bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
    else if (c === 0xfffe || c === 0xffff) bad = true;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    if (bad) {
      const name = `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
      if (!found.includes(name)) found.push(name);
    }
  }
  return found;
}

/** A quick test before the exact scan: most texts hold none of these (valid pairs pass through it). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

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
