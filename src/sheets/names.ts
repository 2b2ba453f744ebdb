import { reportText, type Lang } from './labels';
import type { SheetDescription } from './layout';

/**
 * Names of the sheets and tables this tool writes. Excel compares both case-insensitively, so scenario
 * codes must be unique regardless of case for the names derived from them to be unique.
 */

import { type ScenarioSheetKind } from './tableNames';

export { SCENARIO_SHEET_KINDS, tableName, type ScenarioSheetKind } from './tableNames';


export const MAX_SHEET_NAME_LENGTH = 31;

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;

/** `${code} ${kind label}`, e.g. 'KB1 Tóm tắt'; the code is cut short if the name would exceed 31 characters. */
export function sheetName(code: string, kind: ScenarioSheetKind, lang: Lang): string {
  const suffix = ' ' + reportText(lang).sheetKinds[kind];
  const cleanCode = code
    .replace(SHEET_NAME_FORBIDDEN, '_')
    .replace(/^'+/, '')
    .trim()
    .slice(0, MAX_SHEET_NAME_LENGTH - suffix.length);
  return cleanCode + suffix;
}

export function comparisonSheetName(lang: Lang): string {
  return reportText(lang).sheetKinds.comparison;
}

export function whereaboutsSheetName(lang: Lang): string {
  return reportText(lang).sheetKinds.whereabouts;
}

/** Excel's rules: 1–31 characters, none of []:*?/\, not starting or ending with an apostrophe. */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME_LENGTH &&
    !new RegExp(SHEET_NAME_FORBIDDEN.source).test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}

/** Suffixes the layouts add for a sheet's second table; none is the end of another table name. */
export const SECOND_TABLE_SUFFIX = { kpi: '_Kpi', locality: '_Locality' } as const;

export { COMPARISON_TABLE_NAME, WHEREABOUTS_TABLE_NAME } from './tableNames';

/**
 * Excel's rules for a table name: starts with a letter, '_' or '\\'; then letters, digits, '_' or '.';
 * at most 255 characters; not a cell reference (A1 or R1C1) and not 'C' or 'R'. This accepts the
 * ASCII subset, which is all tableName produces.
 */
export function isValidTableName(name: string): boolean {
  return (
    /^[A-Za-z_\\][A-Za-z0-9_.]{0,254}$/.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^[Rr][0-9]*[Cc][0-9]*$/.test(name) &&
    !/^[CcRr]$/.test(name)
  );
}

/**
 * Throws, before anything is written, for a name Excel would refuse: an invalid sheet or table name,
 * a sheet named twice in `sheets`, or a table name already `taken` (lower case) or used twice.
 */
export function checkNewNames(sheets: readonly SheetDescription[], taken: ReadonlySet<string>): void {
  const sheetNames = new Set<string>();
  const tableNames = new Set(taken);
  for (const sheet of sheets) {
    if (!isValidSheetName(sheet.name)) throw new Error(`Invalid sheet name: ${JSON.stringify(sheet.name)}`);
    if (sheetNames.has(sheet.name.toLowerCase())) throw new Error(`Two sheets named ${JSON.stringify(sheet.name)}`);
    sheetNames.add(sheet.name.toLowerCase());
    for (const table of sheet.tables) {
      if (!isValidTableName(table.name)) throw new Error(`Invalid table name: ${JSON.stringify(table.name)}`);
      const key = table.name.toLowerCase();
      if (tableNames.has(key)) throw new Error(`Table name ${table.name} is already used in this workbook`);
      tableNames.add(key);
    }
  }
}
