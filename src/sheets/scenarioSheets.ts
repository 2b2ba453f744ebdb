import type { ScenarioResult } from '../domain/result';
import { annexSheet, annexUnitsSheet, type AnnexContext } from './annex';
import { issuesSheet } from './issues';
import type { Lang } from './labels';
import type { SheetDescription } from './layout';
import { sheetName, tableName, type ScenarioSheetKind } from './names';
import { peopleSheet, type PeopleContext } from './people';
import { summarySheet, type SummaryContext } from './summary';
import { timelineSheet, type LocalityDetail } from './timeline';

export interface ScenarioSheetsContext
  extends Omit<SummaryContext, 'sheetName' | 'tableName' | 'tabColor'>,
    Pick<PeopleContext, 'operations'> {
  readonly personNames?: ReadonlyMap<string, string>;
  /** The timeline's second table: by locality (default), or by parent locality. */
  readonly localities?: LocalityDetail;
  /** For the annex: birth years by person id, and the input tables' quotas by unit id. */
  readonly birthYears?: ReadonlyMap<string, number | null>;
  readonly heldBesides?: AnnexContext['heldBesides'];
  readonly inputQuotas?: ReadonlyMap<string, number>;
}

/** Tab colours for scenarios: the four sheets of one scenario share one, picked from the code. */
const TAB_COLORS = ['2F5597', '548235', 'BF9000', 'C55A11', '7030A0', '0E7C7B', 'A5006B', '44546A'];

export function scenarioTabColor(code: string): string {
  let hash = 0;
  for (const ch of code) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return TAB_COLORS[hash % TAB_COLORS.length];
}

/** The names of a scenario's sheets in a language, in the order they are written. */
export function scenarioSheetNames(code: string, lang: Lang): string[] {
  return SHEET_KINDS.map((kind) => sheetName(code, kind, lang));
}

const SHEET_KINDS: readonly ScenarioSheetKind[] = ['summary', 'people', 'timeline', 'issues', 'annex', 'annexUnits'];

/** The sheets of a scenario (summary, people, timeline, issues, the decision's two annexes), named from its code. */
export function scenarioSheets(result: ScenarioResult, baseline: ScenarioResult, ctx: ScenarioSheetsContext): SheetDescription[] {
  const names = (kind: ScenarioSheetKind) => ({
    lang: ctx.lang,
    sheetName: sheetName(result.code, kind, ctx.lang),
    tableName: tableName(result.code, kind),
    tabColor: scenarioTabColor(result.code),
  });
  return [
    summarySheet(result, baseline, { ...ctx, ...names('summary') }),
    peopleSheet(result, { ...names('people'), operations: ctx.operations }),
    timelineSheet(result, { ...names('timeline'), ...(ctx.localities ? { localities: ctx.localities } : {}) }),
    issuesSheet(result, { ...names('issues'), ...(ctx.personNames ? { personNames: ctx.personNames } : {}) }),
    annexSheet(result, {
      ...names('annex'), birthYears: ctx.birthYears ?? new Map(), inputQuotas: ctx.inputQuotas ?? new Map(),
      ...(ctx.heldBesides ? { heldBesides: ctx.heldBesides } : {}),
    }),
    annexUnitsSheet(result, { ...names('annexUnits'), inputQuotas: ctx.inputQuotas ?? new Map() }),
  ];
}
