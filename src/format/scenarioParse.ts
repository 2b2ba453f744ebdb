import type { ValidateFunction } from 'ajv';
import { parseMonth, yearOf } from '../domain/month';
import { numberComparedWithText } from '../domain/selection';
import { idKey, normalizeText } from '../domain/text';
import { formatMessages as en } from '../i18n/en/format';
import { formatMessages as vi } from '../i18n/vi/format';
import {
  type FormatMessages, type FormatProblem, type Lang, type PathSegment, isRecord, jsonPath, showValue, xmlForbiddenCharacters,
} from './problems';
import { type FoundProblem, found, problemsFromSchemaErrors } from './schemaErrors';
import {
  CURRENT_VERSION,
  EARLIEST_MONTH,
  LATEST_MONTH,
  SCENARIO_FORMAT,
  type ParsedScenarioDocument,
  type ScenarioDocument,
} from './scenarioDocument';
import { validate as generatedValidate } from './scenarioValidator.generated';

/** Reads a scenario document and checks it against its schema and the rules a schema cannot state. */

const MESSAGES: Readonly<Record<Lang, FormatMessages>> = { vi, en };

/** The schema compiled ahead of time (scripts/validators.js): all errors, each with its data and schema. */
const validateAgainstSchema = generatedValidate as unknown as ValidateFunction;

export function parseScenarioDocument(text: string, lang: Lang): ParsedScenarioDocument {
  const messages = MESSAGES[lang];
  const finish = (document: ScenarioDocument | null, problems: readonly FoundProblem[]): ParsedScenarioDocument => ({
    document,
    problems: problems.map((p) => localize(p, messages)),
  });

  const json = parseJson(text);
  if (!json.ok) return finish(null, [json.problem]);
  const data = json.value;

  // Another kind of document (a result file, say): its fields would only bury the real message.
  if (isRecord(data) && 'format' in data && data.format !== SCENARIO_FORMAT) {
    return finish(null, [found('wrongFormat', ['format'], { found: String(data.format), expected: SCENARIO_FORMAT })]);
  }

  const problems: FoundProblem[] = [...forbiddenCharacters(data, [])];
  const version = isRecord(data) ? data.version : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_VERSION) {
    problems.push(found('newerVersion', ['version'], { found: version, supported: CURRENT_VERSION }));
  }
  const validate = validateAgainstSchema;
  if (!validate(data)) problems.push(...problemsFromSchemaErrors(validate.errors ?? [], data));
  problems.push(...semanticProblems(data));
  problems.splice(0, problems.length, ...oncePerPlace(problems));

  const readable = problems.every((p) => p.code === 'newerVersion');
  return finish(readable ? upgraded(data as unknown as ScenarioDocument) : null, problems);
}

/** An older document as this version reads it: every earlier version is a subset of this one. */
function upgraded(document: ScenarioDocument): ScenarioDocument {
  return document.version < CURRENT_VERSION ? { ...document, version: CURRENT_VERSION } : document;
}

export function localize(problem: FoundProblem, messages: FormatMessages): FormatProblem {
  const message = (messages[problem.code] as (params: FoundProblem['params']) => string)(problem.params);
  const { code, path, line, column } = problem;
  return line !== undefined ? { path, code, message, line, column } : { path, code, message };
}

type JsonResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: FoundProblem };

/** Deeper than any scenario document (about ten levels), shallow enough for every parser and validator after. */
const MAX_DEPTH = 64;

/** Where brackets first nest deeper than MAX_DEPTH, outside strings; null when they never do. */
function tooDeep(body: string): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123 /* [ { */) {
      if (++depth > MAX_DEPTH) {
        const before = body.slice(0, i).split('\n');
        return { line: before.length, column: before[before.length - 1].length + 1 };
      }
    } else if (c === 93 || c === 125) depth--;
  }
  return null;
}

export function parseJson(text: string): JsonResult {
  const body = text.replace(/^\uFEFF/, '');
  // Nesting is bounded first: JSON.parse and the schema validator recurse, and would overflow the stack.
  const deep = tooDeep(body);
  if (deep !== null) return { ok: false, problem: { ...found('tooDeep', [], { ...deep, max: MAX_DEPTH }), ...deep } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const lineColumn = /line (\d+) column (\d+)/.exec(raw);
    let line: number | null = null;
    let column: number | null = null;
    if (lineColumn) {
      line = Number(lineColumn[1]);
      column = Number(lineColumn[2]);
    } else if (position || /Unexpected end/.test(raw)) {
      // "Unexpected end of JSON input" has no position: the parser stopped at the end of the text.
      const offset = position ? Number(position[1]) : body.length;
      const before = body.slice(0, offset).split('\n');
      line = before.length;
      column = before[before.length - 1].length + 1;
    }
    const detail = raw.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    const problem = found('invalidJson', [], { line, column, detail });
    return { ok: false, problem: line !== null && column !== null ? { ...problem, line, column } : problem };
  }
}

/** What the schema cannot say: uniqueness across scenarios, plausible months, table order. */
function semanticProblems(data: unknown): FoundProblem[] {
  if (!isRecord(data)) return [];
  const problems: FoundProblem[] = [];
  const scenarios = Array.isArray(data.scenarios) ? data.scenarios : [];
  const codes = new Map<string, string>();
  const names = new Map<string, string>();

  scenarios.forEach((scenario: unknown, i) => {
    if (!isRecord(scenario)) return;
    const at: PathSegment[] = ['scenarios', i];
    if (typeof scenario.code === 'string') {
      const first = firstUse(codes, scenario.code.toLowerCase(), jsonPath([...at, 'code']));
      if (first) problems.push(found('duplicateCode', [...at, 'code'], { at: jsonPath([...at, 'code']), code: scenario.code, first }));
    }
    if (typeof scenario.name === 'string' && scenario.name.trim() !== '') {
      const first = firstUse(names, normalizeText(scenario.name), jsonPath([...at, 'name']));
      if (first) problems.push(found('duplicateName', [...at, 'name'], { at: jsonPath([...at, 'name']), name: scenario.name, first }));
    }
    const settings = scenario.settings;
    if (isRecord(settings)) {
      problems.push(...monthRange(settings.startMonth, [...at, 'settings', 'startMonth']));
      const retirement = settings.retirement;
      if (isRecord(retirement) && Array.isArray(retirement.table)) {
        problems.push(...retirementOrder(retirement.table, [...at, 'settings', 'retirement', 'table']));
      }
    }
    if (Array.isArray(scenario.operations)) {
      scenario.operations.forEach((operation: unknown, k) => {
        if (isRecord(operation)) problems.push(...monthRange(operation.month, [...at, 'operations', k, 'month']));
      });
    }
  });

  if (Array.isArray(data.scenarios)) {
    duplicateIds(data.scenarios, ['scenarios'], problems);
    textForNumbers(data.scenarios, ['scenarios'], problems);
  }

  if (Array.isArray(data.runs)) {
    const runs = new Map<string, string>();
    data.runs.forEach((run: unknown, i) => {
      if (!isRecord(run) || typeof run.code !== 'string') return;
      const at: PathSegment[] = ['runs', i];
      const first = firstUse(runs, run.code.toLowerCase(), jsonPath(at));
      if (first) problems.push(found('duplicateRun', at, { at: jsonPath(at), code: run.code, first }));
    });
  }
  return problems;
}

/** Characters a text can show at most, in a message; the others are counted as "more". */
const CHARACTERS_NAMED = 5;

/**
 * Every text of the document, and every field name, that holds a character XML 1.0 cannot hold:
 * the store is a sheet of the workbook, and the workbook would not open again (or the text would be
 * cut). Names, descriptions, notes, rule values, ids, codes, the mapping: all of them.
 */
function forbiddenCharacters(node: unknown, segments: PathSegment[]): FoundProblem[] {
  const problems: FoundProblem[] = [];
  const check = (text: string, at: PathSegment[], key: boolean): void => {
    const characters = xmlForbiddenCharacters(text);
    if (characters.length === 0) return;
    problems.push(found('forbiddenCharacter', at, {
      at: jsonPath(at), key, characters: characters.slice(0, CHARACTERS_NAMED), more: characters.length > CHARACTERS_NAMED,
    }));
  };
  const visit = (value: unknown, at: PathSegment[]): void => {
    if (typeof value === 'string') check(value, at, false);
    else if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...at, i]));
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        check(key, [...at, key], true);
        visit(item, [...at, key]);
      }
    }
  };
  visit(node, segments);
  return problems;
}

/** A problem the schema and a semantic check both find (an id given twice, say) is reported once. */
function oncePerPlace(problems: readonly FoundProblem[]): FoundProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.path}\u0000${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every `ids` list of a selector, anywhere in the document: an id named twice, in any of the forms ids
 * compare equal in (idKey: 'P01', 'p01', 'Ｐ０１'), is a duplicate at its second place.
 */
function duplicateIds(node: unknown, segments: PathSegment[], problems: FoundProblem[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => duplicateIds(item, [...segments, i], problems));
    return;
  }
  if (!isRecord(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'ids' && Array.isArray(value)) {
      const first = new Map<string, number>();
      value.forEach((id, i) => {
        if (typeof id !== 'string') return;
        const seen = first.get(idKey(id));
        if (seen === undefined) first.set(idKey(id), i);
        else {
          const at = jsonPath([...segments, key, i]);
          problems.push(found('duplicateItem', [...segments, key, i], { at, value: showValue(id), first: jsonPath([...segments, key, seen]) }));
        }
      });
    } else duplicateIds(value, [...segments, key], problems);
  }
}

/** Every rule of the scenarios that compares a number field by order with a text (numberComparedWithText). */
function textForNumbers(node: unknown, segments: PathSegment[], problems: FoundProblem[]): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => textForNumbers(item, [...segments, i], problems));
    return;
  }
  if (!isRecord(node)) return;
  if (typeof node.field === 'string' && (node.op === undefined || typeof node.op === 'string') && numberComparedWithText({ field: node.field, op: node.op, value: node.value })) {
    const at = [...segments, 'value'];
    problems.push(found('numberComparedWithText', at, { at: jsonPath(at), field: node.field, op: String(node.op), value: showValue(node.value) }));
    return;
  }
  for (const [key, value] of Object.entries(node)) textForNumbers(value, [...segments, key], problems);
}

/** The path where `key` was first seen, or null (and the key is recorded) when this is the first time. */
function firstUse(seen: Map<string, string>, key: string, path: string): string | null {
  const first = seen.get(key);
  if (first !== undefined) return first;
  seen.set(key, path);
  return null;
}

function monthRange(value: unknown, segments: PathSegment[]): FoundProblem[] {
  if (typeof value !== 'string') return [];
  const month = parseMonth(value);
  if (month === null) return [];
  const year = yearOf(month);
  if (year >= Number(EARLIEST_MONTH.slice(0, 4)) && year <= Number(LATEST_MONTH.slice(0, 4))) return [];
  return [found('monthOutOfRange', segments, { at: jsonPath(segments), value, min: EARLIEST_MONTH, max: LATEST_MONTH })];
}

function retirementOrder(table: readonly unknown[], segments: PathSegment[]): FoundProblem[] {
  const problems: FoundProblem[] = [];
  let previous: number | null = null;
  table.forEach((row, k) => {
    if (!isRecord(row) || typeof row.fromYear !== 'number') return;
    if (previous !== null && row.fromYear <= previous) {
      const at = [...segments, k, 'fromYear'];
      problems.push(found('retirementTableOrder', at, { at: jsonPath(at), year: row.fromYear, previous }));
    }
    previous = row.fromYear;
  });
  return problems;
}

/**
 * Field names in the order they are written: identity first (format, code, type, month), then
 * content, then options. Keys not listed (levels, mapping entries) follow in code-point order, so
 * the same document always serializes to the same text.
 */
