import type { Issue, IssueCode, Severity } from '../domain/issues';
import { parseMonth } from '../domain/month';
import type { ScenarioResult } from '../domain/result';
import { monthSerial, monthText } from './excelDate';
import { fill, reportText, returnMissingText, type Lang } from './labels';
import { formatCount } from '../i18n/messages';
import { ISSUE_RULES } from '../domain/rules';
import { ruleText } from './rules';
import { NUMBER_FORMATS, type SheetDescription } from './layout';
import { columnData, heading, reportTable, sheetWidths, type SheetContext } from './reportTable';

export interface IssuesContext extends SheetContext {
  /** Names of the input's people by id; without it, names come from the result's changes. */
  readonly personNames?: ReadonlyMap<string, string>;
}

/**
 * The parameters each issue message reads from `Issue.params`: the contract with the engine.
 * Besides these, every message may use {person}, {unit}, {locality} and {month}, filled from the
 * issue's person, unit (name, else id) and month unless `params` gives them. Parameter values written
 * 'YYYY-MM' are shown as 'MM/YYYY'; `missing` ('quota', 'post', 'quota+post') is put in words.
 */
export const ISSUE_PARAMS: Readonly<Record<IssueCode, readonly string[]>> = {
  unknownUnit: ['id'],
  unknownPerson: ['id'],
  noMatch: [],
  personNotAvailable: [],
  unitClosed: [],
  unitMerged: ['merged', 'into'],
  postNotFound: ['post'],
  noDestination: [],
  tooManyTitles: ['titles', 'max'],
  unknownField: ['field'],
  secondmentTooLong: ['months', 'max'],
  rotationTooShort: ['months', 'min'],
  rotationFewYearsLeft: ['years', 'min'],
  returnConflict: ['missing'],
  withoutPost: [],
  destinationFull: [],
  secondHead: [],
  deputyAboveCap: ['deputies', 'cap'],
  mergedQuotaAboveTotal: ['quota', 'total'],
  excessDeputies: ['deputies', 'cap', 'compliantFrom', 'deadline'],
  excessDeputiesBeyondGrace: ['deputies', 'cap', 'compliantFrom', 'deadline'],
  excessDeputiesNoProjection: ['deputies', 'cap'],
  powerConcentration: ['locality'],
  unitWithoutHead: [],
  outsideHorizon: ['month', 'start', 'end'],
  retiredBeforeStart: ['lastMonth', 'born'],
  leftBeforeStart: ['leavesFrom'],
  earlyRetirementNotEligible: ['years', 'months', 'limit'],
  resignationNotEligible: ['years', 'months', 'limit'],
  resignationWhileEarlyRetirementAge: ['years', 'months', 'limit'],
  exitUnchecked: [],
  pooledCapExceeded: ['pool', 'group', 'deputies', 'allowed', 'average', 'compliantFrom', 'deadline'],
  pooledCapBeyondDeadline: ['pool', 'group', 'deputies', 'allowed', 'average', 'compliantFrom', 'deadline'],
  pooledCapNoProjection: ['pool', 'group', 'deputies', 'allowed', 'average', 'deadline'],
  deputiesAboveParent: ['deputies', 'parent', 'parentDeputies', 'compliantFrom', 'deadline'],
  deputiesAboveParentNoProjection: ['deputies', 'parent', 'parentDeputies', 'deadline'],
  stillAboveQuota: ['by'],
  stillBelowQuota: ['by'],
};

export const IMPLICIT_ISSUE_PARAMS: readonly string[] = ['person', 'unit', 'locality', 'month'];

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

const { text, month, integer } = NUMBER_FORMATS;

/** The legal basis of the rule an issue checks, or null when it checks none. */
function ruleOf(code: IssueCode, lang: Lang): string | null {
  const rule = ISSUE_RULES[code];
  return rule === undefined ? null : ruleText(rule, lang);
}

/** Every issue, errors first, then by month: what it is, where, a sentence a planner can act on, and the rule it checks. */
export function issuesSheet(result: ScenarioResult, ctx: IssuesContext): SheetDescription {
  const t = reportText(ctx.lang);
  const units = new Map(result.units.map((u) => [u.id, u]));
  const namesFromChanges = new Map(result.changes.map((c) => [c.personId, c.name]));
  const personName = (id: string) => ctx.personNames?.get(id) ?? namesFromChanges.get(id) ?? null;
  const issues = [...result.issues].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.month < b.month ? -1 : a.month > b.month ? 1 : 0),
  );

  const paramText = (key: string, value: string) =>
    parseMonth(value) !== null ? monthText(value) : key === 'missing' ? returnMissingText(value, t) : value;
  const message = (issue: Issue) => {
    const unit = issue.unitId === null ? undefined : units.get(issue.unitId);
    const implicit: Record<string, string> = { month: monthText(issue.month) };
    if (issue.personId !== null) implicit.person = personName(issue.personId) ?? issue.personId;
    if (issue.unitId !== null) implicit.unit = unit?.name ?? issue.unitId;
    if (unit?.locality) implicit.locality = unit.locality;
    // Numbers as the sheet's language writes them: 2,5 in Vietnamese.
    const given = Object.fromEntries(
      Object.entries(issue.params).map(([k, v]) => [k, typeof v === 'number' ? formatCount(v, ctx.lang) : paramText(k, v)]),
    );
    // A parameter left empty (a pool of no group) takes its brackets and the space before it along:
    // "Phó Chủ tịch UBND xã: 185", where a group gives "Cấp phó các phòng (Phường Thành Sen): 9".
    let template = t.issueMessages[issue.code];
    for (const [k, v] of Object.entries(given)) if (v === '') template = template.split(` ({${k}})`).join('').split(` {${k}}`).join('');
    return fill(template, { ...implicit, ...given });
  };

  const table = reportTable({
    name: ctx.tableName,
    row: 4,
    col: 1,
    columns: [
      { header: t.issues.severity, format: text, width: 12 },
      { header: t.issues.code, format: text, width: 28 },
      { header: t.issues.month, format: month, width: 10 },
      { header: t.issues.operation, format: integer, width: 10 },
      { header: t.issues.personId, format: text, width: 12 },
      { header: t.issues.personName, format: text, width: 24 },
      { header: t.issues.unitId, format: text, width: 12 },
      { header: t.issues.unitName, format: text, width: 30 },
      { header: t.issues.message, format: text, width: 80 },
      { header: t.issues.rule, format: text, width: 40 },
    ],
    rows: issues.map((issue) => [
      t.severities[issue.severity],
      t.issueCodes[issue.code],
      monthSerial(issue.month),
      issue.operation === null ? null : issue.operation + 1,
      issue.personId,
      issue.personId === null ? null : personName(issue.personId),
      issue.unitId,
      issue.unitId === null ? null : (units.get(issue.unitId)?.name ?? null),
      message(issue),
      ruleOf(issue.code, ctx.lang),
    ]),
    // Wrapped: a message or a rule's basis cut at its column's edge lost the words that matter when printed.
    dataStyle: 'wrapped',
  });

  const severityCells = columnData(table, 0);
  return {
    name: ctx.sheetName,
    blocks: [...heading(fill(t.issues.title, { code: result.code, name: result.name }), t.issues.note), ...table.blocks],
    tables: [table.table],
    columnWidths: sheetWidths(table.widths),
    freeze: { rows: table.table.row, columns: 0 },
    conditionalFormats: [
      { range: severityCells, rule: { kind: 'textEquals', text: t.severities.error, style: 'bad' } },
      { range: severityCells, rule: { kind: 'textEquals', text: t.severities.warning, style: 'warn' } },
    ],
    ...(ctx.tabColor ? { tabColor: ctx.tabColor } : {}),
  };
}
