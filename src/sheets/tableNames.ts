/**
 * The Excel tables of a scenario's sheets, by kind: how the writers name them and how a scenario's
 * sheets are found again, whatever language they were written in. Apart from the sheet names (which
 * take the sheets' texts) so that finding a scenario's sheets carries no texts.
 */

/** The comparison's table, and the people-followed sheet's: one each per workbook. */
export const COMPARISON_TABLE_NAME = 'SP_Comparison';
export const WHEREABOUTS_TABLE_NAME = 'SP_Whereabouts';

export type ScenarioSheetKind = 'summary' | 'people' | 'timeline' | 'issues' | 'annex' | 'annexUnits';
export const SCENARIO_SHEET_KINDS: readonly ScenarioSheetKind[] = ['summary', 'people', 'timeline', 'issues', 'annex', 'annexUnits'];

const TABLE_KIND: Readonly<Record<ScenarioSheetKind, string>> = {
  summary: 'Summary',
  people: 'People',
  timeline: 'Timeline',
  issues: 'Issues',
  annex: 'Annex',
  // The name the units' list had when both lists shared the annex sheet: runs written then are replaced.
  annexUnits: 'Annex_Units',
};

/**
 * 'SP_' + the code + '_' + the kind, e.g. 'SP_KB1_Summary'. ASCII letters and digits of the code are
 * kept; '_' becomes '__' and any other character '_<hex code point>_', so distinct codes always give
 * distinct names ('A-1' → 'A_2D_1', 'A_1' → 'A__1').
 */
export function tableName(code: string, kind: ScenarioSheetKind): string {
  let encoded = '';
  for (const ch of code) {
    if (/[A-Za-z0-9]/.test(ch)) encoded += ch;
    else if (ch === '_') encoded += '__';
    else encoded += `_${ch.codePointAt(0)!.toString(16).toUpperCase()}_`;
  }
  return `SP_${encoded}_${TABLE_KIND[kind]}`;
}

