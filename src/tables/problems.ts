import type { Gender, Role } from '../domain/model';
import { showInvisible } from '../domain/text';
import { fill, type Lang } from '../i18n/messages';
import type { Field, TableKind } from './headers';
import { PROBLEM_TEXTS_EN } from '../i18n/en/problems';
import { PROBLEM_TEXTS_VI } from '../i18n/vi/problems';

/**
 * Problems found while reading the planner's tables, as values: what, where (sheet, row, column) and
 * the details a message needs. Texts live in src/i18n/{vi,en}/problems.ts; errors block a run,
 * warnings do not.
 */
export type ProblemSeverity = 'error' | 'warning';

export type ProblemCode =
  // the tables themselves
  | 'noUnitTable'
  | 'noPeopleTable'
  | 'missingColumn'
  | 'emptyTable'
  | 'noBirthDateColumn'
  | 'generatedPersonIds'
  | 'otherUnitTable'
  | 'otherPeopleTable'
  | 'tableTooLarge'
  // one cell
  | 'errorValue'
  | 'emptyRequiredCell'
  | 'notANumber'
  | 'negativeNumber'
  | 'notWholeNumber'
  | 'numberTooLarge'
  | 'unreadableDate'
  | 'textTooLong'
  | 'unknownGender'
  | 'missingGender'
  | 'conflictingGender'
  | 'bothSplitDates'
  | 'unknownRole'
  | 'missingBirthDate'
  | 'birthDateInFuture'
  | 'pastRetirementAge'
  | 'laterRetirementBeyondLimit'
  | 'implausibleAge'
  // across rows and tables
  | 'duplicateUnitId'
  | 'duplicatePersonId'
  | 'unknownUnit'
  | 'ambiguousUnitName'
  | 'unknownParent'
  | 'parentCycle'
  | 'twoHeads'
  | 'rowsAfterTotals'
  | 'rowsBelowTable'
  | 'staleMapping';

export type ProblemParams = Readonly<Record<string, string | number>>;

/**
 * A more precise message for a problem of a broader kind, named by its `variant` param: the kind
 * (the code) is what the task pane groups and labels problems by, the variant says exactly what was
 * found and how to fix it.
 * mergedCell, formulaWithoutValue (emptyRequiredCell): why a cell the planner sees filled reads empty;
 * sameUnitId, samePersonId (duplicateUnitId, duplicatePersonId): an id written the same twice, without
 * the aside on the forms ids compare equal in.
 * staleMappingLost (staleMapping): the header read again has no column for the field.
 */
export type ProblemVariant = 'mergedCell' | 'formulaWithoutValue' | 'sameUnitId' | 'samePersonId' | 'staleMappingLost';

export interface Problem {
  readonly severity: ProblemSeverity;
  readonly code: ProblemCode;
  /** '' when the problem concerns the workbook as a whole (no table found at all). */
  readonly sheet: string;
  /** 1-based worksheet row, or null for a whole table. */
  readonly row: number | null;
  /** Column letter ('D'), or null for a whole row or table. */
  readonly column: string | null;
  /**
   * Details for the message. `field` holds a field key (translated by the message), `header` an
   * extra column's header as written, `value` the offending cell as displayed.
   */
  readonly params: ProblemParams;
}

/** Everything a language provides to turn a problem into a sentence. */
export interface ProblemTexts {
  /** One template per code; `{name}` placeholders are filled from the params. */
  readonly messages: Readonly<Record<ProblemCode, string>>;
  /** Templates taking the place of the code's when the problem's `variant` param names them. */
  readonly variants: Readonly<Record<ProblemVariant, string>>;
  /** Field keys (see tables/headers.ts) as the planner knows them, with a typical header. */
  readonly fields: Readonly<Record<Field, string>>;
  readonly tables: Readonly<Record<TableKind, string>>;
  readonly roles: Readonly<Record<Role, string>>;
  readonly genders: Readonly<Record<Gender, string>>;
  /** Location prefix parts. */
  readonly sheet: string;
  readonly row: string;
  readonly column: string;
  /** How an extra column is named in place of a field: by its header, quoted. */
  readonly headerColumn: string;
  /** Added to noUnitTable / noPeopleTable when sheets were skipped for their leading '_': `{sheets}`. */
  readonly skippedSheets: string;
}

const TEXTS: Readonly<Record<Lang, ProblemTexts>> = { vi: PROBLEM_TEXTS_VI, en: PROBLEM_TEXTS_EN };

export function errorsIn(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** 1 → 'A', 27 → 'AA'. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 'A' → 1, 'AA' → 27. */
export function columnNumber(letter: string): number {
  let n = 0;
  for (const ch of letter.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A plain-language sentence for the planner: where the problem is (sheet, row, column), what is wrong
 * and how to fix it, in the UI language.
 */
export function problemMessage(problem: Problem, lang: Lang): string {
  return problemSentence(problem, lang, TEXTS[lang]);
}

/** As problemMessage, with the language's texts given (the pane has them in its language's chunk). */
export function problemSentence(problem: Problem, lang: Lang, texts: ProblemTexts): string {
  const values: Record<string, string> = {};
  // An invisible character in a value (a zero-width space pasted with an id) is shown, or two values
  // that look the same would be said to differ with no visible reason.
  for (const [key, value] of Object.entries(problem.params)) values[key] = showInvisible(String(value));
  // A bound is a round figure the planner reads best grouped as in their language: 100.000, 100,000.
  for (const key of ['max', 'maxCells', 'maxColumns', 'rows', 'columns'] as const) {
    const n = problem.params[key];
    if (typeof n === 'number') values[key] = groupedDigits(n, lang);
  }
  // Field keys, table kinds, roles and genders are translated; anything else is shown as written.
  const word = (words: Readonly<Record<string, string>>, value: string | number | undefined): string | undefined =>
    typeof value === 'string' && Object.hasOwn(words, value) ? words[value] : undefined;
  const { field, header, table, inferred, gender, otherGender } = problem.params;
  const translated: Record<string, string | undefined> = {
    field: typeof header === 'string' ? fill(texts.headerColumn, { header }) : word(texts.fields, field),
    table: word(texts.tables, table),
    inferred: word(texts.roles, inferred),
    gender: word(texts.genders, gender),
    otherGender: word(texts.genders, otherGender),
  };
  for (const [key, text] of Object.entries(translated)) if (text !== undefined) values[key] = text;

  const where: string[] = [];
  if (problem.sheet !== '') where.push(fill(texts.sheet, { sheet: problem.sheet }));
  if (problem.row !== null) where.push(fill(texts.row, { row: String(problem.row) }));
  if (problem.column !== null) where.push(fill(texts.column, { column: problem.column }));
  const { variant } = problem.params;
  const template = typeof variant === 'string' && Object.hasOwn(texts.variants, variant) ? texts.variants[variant as ProblemVariant] : texts.messages[problem.code];
  let text = fill(template, values);
  if (typeof problem.params.skippedSheets === 'string') text += ` ${fill(texts.skippedSheets, { sheets: problem.params.skippedSheets })}`;
  return where.length > 0 ? `${where.join(', ')}: ${text}` : text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

function groupedDigits(n: number, lang: Lang): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
}
