import type { SheetDescription } from '../sheets/layout';
import type { Scenario } from '../domain/scenario';
import { normalizeText } from '../domain/text';
import type { FormatProblem } from '../format/problems';
import type { ScenarioDocument } from '../format/scenarioDocument';
import { CURRENT_VERSION, freeCode, SCENARIO_FORMAT, serializeScenarioDocument } from '../format/scenarioDocument';
import { parseScenarioDocument } from '../format/scenarioParse';
import type { Lang } from '../i18n/messages';

/** Scenarios in and out of the workbook's store: codes and names kept unique, files imported and exported. */

export { freeCode };

/** A name not yet taken (compared as the store compares them): 'Sáp nhập' → 'Sáp nhập (2)'. */
export function freeName(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map(normalizeText));
  if (!used.has(normalizeText(name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!used.has(normalizeText(candidate))) return candidate;
  }
}

export interface ImportResult {
  readonly scenarios: readonly Scenario[];
  /** Codes already used in the workbook, and what they were imported as. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  /** How many were left out as the same as one already in the workbook (code aside). */
  readonly skipped: number;
  readonly problems: readonly FormatProblem[];
}

/** A scenario's content with its code left out, keys sorted: two copies of one scenario compare equal. */
function contentKey(s: Scenario): string {
  const sorted = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorted);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)]));
  };
  return JSON.stringify(sorted({ ...s, code: '' }));
}

/**
 * Scenarios from a colleague's file (a scenario JSON export, or their workbook's store): added after
 * the workbook's own, with clashing codes given a free one, so nothing of either side is lost. A
 * scenario the workbook already holds (the same content, whatever its code) is left out: importing a
 * colleague's copy of one's own workbook added every scenario a second time, renamed.
 */
export function importScenarios(text: string, existing: readonly Scenario[], lang: Lang): ImportResult {
  const parsed = parseScenarioDocument(text, lang);
  if (parsed.document === null) return { scenarios: [], renamed: [], skipped: 0, problems: parsed.problems };
  const taken = existing.map((s) => s.code);
  const names = existing.map((s) => s.name);
  const present = new Set(existing.map(contentKey));
  const incoming = parsed.document.scenarios.filter((s) => !present.has(contentKey(s)));
  const renamed: { from: string; to: string }[] = [];
  const scenarios = incoming.map((s) => {
    const code = freeCode(s.code, taken);
    const name = freeName(s.name, names);
    taken.push(code);
    names.push(name);
    if (code !== s.code) renamed.push({ from: s.code, to: code });
    return code === s.code && name === s.name ? s : { ...s, code, name };
  });
  return { scenarios, renamed, skipped: parsed.document.scenarios.length - incoming.length, problems: [] };
}

/** The scenarios alone, as a scenario JSON file (no mapping, no runs: those belong to the workbook). */
export function exportScenarios(scenarios: readonly Scenario[]): string {
  return serializeScenarioDocument({ format: SCENARIO_FORMAT, version: CURRENT_VERSION, scenarios });
}

/**
 * The scenarios written into a new sheet, for where a task pane can neither download nor use the
 * clipboard (Excel on Mac): the JSON one line per row under a note saying how to take it out.
 */
export function exportSheet(scenarios: readonly Scenario[], name: string, note: string): SheetDescription {
  const lines = exportScenarios(scenarios).replace(/\n$/, '').split('\n');
  return {
    name,
    blocks: [
      { row: 1, col: 1, values: [[note]], style: 'note' },
      { row: 3, col: 1, values: lines.map((line) => [line]), style: undefined },
    ],
    tables: [],
    columnWidths: [120],
  };
}

/** A sheet name not taken: the base, then the base with 2, 3, … */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((n) => n.toLocaleLowerCase()));
  if (!lower.has(base.toLocaleLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} ${i}`.toLocaleLowerCase())) return `${base} ${i}`;
}

/** The problems a scenario would have in the store, or none: checked before it is saved. */
export function scenarioProblems(document: ScenarioDocument, scenarios: readonly Scenario[], lang: Lang): readonly FormatProblem[] {
  const text = serializeScenarioDocument({ ...document, scenarios });
  return parseScenarioDocument(text, lang).problems;
}
