import { simulate } from '../domain/engine';
import { resolveSettings } from '../domain/settings';
import type { Staffing } from '../domain/model';
import type { ScenarioResult } from '../domain/result';
import type { Scenario } from '../domain/scenario';
import type { ScenarioDocument, ScenarioRun } from '../format/scenarioDocument';
import { CURRENT_VERSION, SCENARIO_FORMAT, serializeScenarioDocument } from '../format/scenarioDocument';
import { baselineName, comparisonSheet } from '../sheets/comparison';
import { reportText, type Lang } from '../sheets/labels';
import { COMPARISON_TABLE_NAME, comparisonSheetName, whereaboutsSheetName } from '../sheets/names';
// The table names from the module without texts: the pane's first script reads them (planChanges).
import { SCENARIO_SHEET_KINDS, tableName, WHEREABOUTS_TABLE_NAME } from '../sheets/tableNames';
import { staleNotice, type StaleReason } from '../sheets/notice';
import { whereaboutsSheet } from '../sheets/whereabouts';
import { followedPeople } from './follow';
import { parentLocalities } from '../domain/localities';
import { withPrint } from '../sheets/print';
import { scenarioSheets } from '../sheets/scenarioSheets';
import { localityRows, type LocalityDetail } from '../sheets/timeline';
import { safeSheets, type CellFix } from '../sheets/cellText';
import type { SheetDescription } from '../sheets/layout';
import type { StaffingLoad } from '../tables/staffing';
import { loadStaffing, mappingInput } from '../tables/staffing';
import { rangeAddress, sheetPlace } from '../tables/addresses';
import { ForeignSheetError, type SheetChanges, type SheetNotice, type TableInfo, type WorkbookReader, type WorkbookWriter, type WriteProgress } from '../workbook/workbook';
import { describeScenario, recordNames } from './describe';
import { fingerprint, tablesFingerprint } from './fingerprint';

/**
 * The planner's three steps, shared by every host (CLI, task pane, demo): read the tables, simulate
 * the scenarios, write the sheets. Hosts wire the adapters and the clock; nothing here does I/O itself.
 */

/** The tables as read, as a run's sheets are told current or out of date by. */
export interface TablesRead {
  readonly fingerprint: string;
  /**
   * The staffing read: a run stored by an earlier version holds the fingerprint of its JSON text, made
   * (once per staffing) only when a stored fingerprint is not this one.
   */
  readonly staffing?: Staffing | null;
}

export interface PlannerInput extends StaffingLoad {
  readonly fingerprint: string;
  /** The tables read, as Excel names their ranges: ["'Đơn vị'!A1:I250", "'Cán bộ'!A1:N4000"]. */
  readonly ranges: readonly string[];
  /** The ranges in a line, for the sheets and the CLI. */
  readonly description: string;
}

function placeOf(t: TableInfo | null): string[] {
  return t === null ? [] : [sheetPlace(t.sheet, rangeAddress(t))];
}

/**
 * `mapping` is the one remembered in the workbook's store (anything: it is checked here); `asOf` the
 * host's today, 'yyyy-mm-dd', that birth dates are checked against.
 */
export async function readInput(reader: WorkbookReader, mapping: unknown, asOf: string): Promise<PlannerInput> {
  const load = await loadStaffing(reader, mappingInput(mapping), { asOf });
  const ranges = [...placeOf(load.tables.units), ...placeOf(load.tables.people)];
  return {
    ...load,
    ranges,
    description: ranges.join(', '),
    fingerprint: tablesFingerprint(load.staffing),
  };
}

export interface PlanResults {
  /** Each scenario's result, in the order given. */
  readonly results: readonly ScenarioResult[];
  /** For each scenario, the same settings without operations: what its summary compares against. */
  readonly baselines: readonly ScenarioResult[];
  /** The default settings without operations: the comparison's first column. */
  readonly baseline: ScenarioResult;
}

export interface Progress {
  (done: number, total: number, label: string): void;
}

/**
 * Baselines with the same settings in effect (defaults filled in) are simulated once; they are named
 * as the sheets of `lang` name the baseline.
 */
export function runScenarios(staffing: Staffing, scenarios: readonly Scenario[], startMonth: string, progress?: Progress, lang: Lang = 'vi'): PlanResults {
  const baselineName = reportText(lang).baseline.name;
  const steps = scenarios.length + 1;
  const baselines = new Map<string, ScenarioResult>();
  const baselineFor = (settings: Scenario['settings']): ScenarioResult => {
    const key = JSON.stringify(resolveSettings(startMonth, settings));
    let r = baselines.get(key);
    if (!r) {
      r = simulate(staffing, { code: 'BASE', name: baselineName, settings, operations: [] }, { startMonth });
      baselines.set(key, r);
    }
    return r;
  };
  const startOf = scenarios.find((s) => s.settings?.startMonth)?.settings?.startMonth;
  const baseline = baselineFor(startOf ? { startMonth: startOf } : undefined);
  progress?.(1, steps, baseline.name);
  const results: ScenarioResult[] = [];
  const perScenario: ScenarioResult[] = [];
  scenarios.forEach((scenario, i) => {
    const onMonth = progress ? (m: number, T: number) => progress(i + 1 + m / T, steps, scenario.code) : undefined;
    results.push(simulate(staffing, scenario, { startMonth, ...(onMonth ? { onMonth } : {}) }));
    perScenario.push(baselineFor(scenario.settings));
    progress?.(i + 2, steps, scenario.code);
  });
  return { results, baselines: perScenario, baseline };
}

export interface WriteOptions {
  readonly lang: Lang;
  /** 'YYYY-MM-DD' and the ISO time of the run: given by the host's clock. */
  readonly runDate: string;
  readonly ranAt: string;
  readonly input: PlannerInput;
  /** The scenarios simulated, in the order of the plan's results. */
  readonly scenarios: readonly Scenario[];
  /** Only the comparison sheet (the scenarios' own sheets are left as they are). */
  readonly comparisonOnly?: boolean;
  /**
   * The timeline by locality ('locality'), by parent locality ('parent': the communes of a district
   * summed), or 'auto' (the default): by locality unless that would pass TIMELINE_LOCALITY_ROWS rows.
   */
  readonly timeline?: TimelineDetail;
  /**
   * People to follow across the scenarios (ids of the tables): a sheet says where each is, month by
   * month, in the baseline and every scenario. None: no such sheet.
   */
  readonly follow?: readonly string[];
  /**
   * Leave the workbook's store as it is: it is damaged or written by a newer version, and only the
   * planner's explicit choice replaces it. The runs are then not recorded.
   */
  readonly keepStore?: boolean;
}

export type TimelineDetail = 'auto' | 'locality' | 'parent';

/** Rows of the timeline by locality beyond which 'auto' sums localities into their parents. */
export const TIMELINE_LOCALITY_ROWS = 5_000;

/** The timeline's locality table for a result, as `detail` asks. */
function localityDetail(result: ScenarioResult, detail: TimelineDetail, parents: () => ReadonlyMap<string, string>): LocalityDetail {
  const byParent = detail === 'parent' || (detail === 'auto' && localityRows(result) > TIMELINE_LOCALITY_ROWS);
  return byParent ? { kind: 'parent', parents: parents() } : { kind: 'locality' };
}

/**
 * The sheets to write: five per scenario, then the comparison, then where the people followed are.
 * Pure: the task pane runs it in its worker.
 */
export function planSheets(plan: PlanResults, options: WriteOptions): SheetDescription[] {
  const personNames = new Map((options.input.staffing?.people ?? []).map((p) => [p.id, p.name]));
  const birthYears = new Map((options.input.staffing?.people ?? []).map((p) => [p.id, p.birthDate === null ? null : Number(p.birthDate.slice(0, 4))]));
  const inputQuotas = new Map((options.input.staffing?.units ?? []).map((u) => [u.id, u.quota]));
  const heldBesides = new Map((options.input.staffing?.people ?? []).filter((p) => p.concurrentTitles.length > 0)
    .map((p) => [p.id, { unitId: p.unitId, title: p.title, titles: p.concurrentTitles }]));
  let parents: Map<string, string> | null = null;
  const parentsOf = (): Map<string, string> => (parents ??= parentLocalities(options.input.staffing?.units ?? []));
  const sheets: SheetDescription[] = [];
  const names = options.input.staffing ? recordNames(options.input.staffing) : undefined;
  if (!options.comparisonOnly) plan.results.forEach((result, i) => {
    const scenario = options.scenarios[i];
    sheets.push(...scenarioSheets(result, plan.baselines[i], {
      lang: options.lang, runDate: options.runDate, inputDescription: options.input.description,
      fingerprint: options.input.fingerprint, scenarioText: describeScenario(scenario, options.lang, names),
      operations: scenario.operations, personNames, birthYears, inputQuotas, heldBesides, baselineName: baselineName(plan.baselines[i], plan.baseline, plan.results, plan.baselines, options.lang),
      localities: localityDetail(result, options.timeline ?? 'auto', parentsOf),
    }));
  });
  if (plan.results.length > 0) {
    const ctx = { lang: options.lang, sheetName: comparisonSheetName(options.lang), tableName: COMPARISON_TABLE_NAME };
    sheets.push(comparisonSheet(plan.baseline, plan.results, ctx, plan.baselines));
  }
  const followed = followedPeople(options.input.staffing ?? { units: [], people: [] }, options.follow ?? []);
  if (followed.length > 0) {
    const ctx = { lang: options.lang, sheetName: whereaboutsSheetName(options.lang), tableName: WHEREABOUTS_TABLE_NAME };
    sheets.push(whereaboutsSheet(plan.baseline, plan.results, followed, ctx));
  }
  return sheets.map((sheet) => withPrint(sheet, options));
}

export type RunState = 'notRun' | 'current' | 'outOfDate' | 'edited';

/**
 * A scenario's sheets are out of date when the input tables changed since it was run (`tables`, as
 * read; null when not read yet: then only an edit is known), and no longer its own when the scenario
 * was edited since.
 */
export function runState(document: ScenarioDocument, code: string, tables: TablesRead | null): RunState {
  const run = document.runs?.find((r) => r.code === code);
  if (!run) return 'notRun';
  const scenario = document.scenarios.find((s) => s.code === code);
  if (run.scenario !== undefined && scenario && run.scenario !== scenarioFingerprint(scenario)) return 'edited';
  if (tables === null) return 'current';
  return sameTables(run.fingerprint, tables) ? 'current' : 'outOfDate';
}

/** Whether a run's stored fingerprint is that of `tables`, stored by this version or an earlier one. */
function sameTables(stored: string, tables: TablesRead): boolean {
  if (stored === tables.fingerprint) return true;
  return tables.staffing !== undefined && stored === earlierFingerprint(tables.staffing);
}

const EARLIER_FINGERPRINTS = new WeakMap<Staffing, string>();

/** The tables' fingerprint as earlier versions made it: of their JSON text, without where each record was read. */
export function earlierFingerprint(staffing: Staffing | null): string {
  if (staffing === null) return fingerprint('');
  let found = EARLIER_FINGERPRINTS.get(staffing);
  if (found === undefined) {
    found = fingerprint(JSON.stringify(staffing, (k, v) => (k === 'source' ? undefined : v)));
    EARLIER_FINGERPRINTS.set(staffing, found);
  }
  return found;
}

/**
 * The notice at the top of each sheet of the scenarios run earlier, but not in `rewritten`: out of
 * date, edited, or none when the run still holds. `holders` gives the sheet of each table (lower-case
 * names), which finds a scenario's sheets whatever language they were written in. With no `tables`
 * (not read yet), only edits are marked and nothing is cleared.
 */
export function runNotices(
  document: ScenarioDocument, tables: TablesRead | null, holders: ReadonlyMap<string, string>, lang: Lang, rewritten: ReadonlySet<string> = new Set(),
): RunNotice[] {
  const notices: RunNotice[] = [];
  for (const run of document.runs ?? []) {
    if (rewritten.has(run.code)) continue;
    const state = runState(document, run.code, tables);
    if (state === 'notRun' || (tables === null && state === 'current')) continue;
    const reason = state === 'current' ? null : state;
    const notice = reason === null ? null : staleNotice(reason, run.ranAt, lang);
    const sheets = new Set<string>();
    for (const kind of SCENARIO_SHEET_KINDS) {
      const sheet = holders.get(tableName(run.code, kind).toLowerCase());
      if (sheet !== undefined) sheets.add(sheet);
    }
    for (const sheet of sheets) notices.push({ sheet, notice, code: run.code, reason });
  }
  return notices;
}

/**
 * A notice and why: the scenario's code, and the reason (null: the notice taken off). Code null: the
 * people-followed sheet, marked as results are written without it.
 */
export interface RunNotice extends SheetNotice {
  readonly code: string | null;
  readonly reason: StaleReason | null;
}

/** What identifies a scenario's content, whatever the order its keys were written in. */
export function scenarioFingerprint(scenario: Scenario): string {
  return fingerprint(serializeScenarioDocument({ format: SCENARIO_FORMAT, version: CURRENT_VERSION, scenarios: [scenario] }));
}

/**
 * The store written with the results: the workbook's scenarios with those run added or replaced (by
 * code), the mapping, and the fingerprint of each run whose sheets were written.
 */
export function storeDocument(options: WriteOptions, previous: ScenarioDocument | null): ScenarioDocument {
  const scenarios = new Map<string, Scenario>((previous?.scenarios ?? []).map((s) => [s.code, s]));
  for (const s of options.scenarios) scenarios.set(s.code, s);
  const runs = new Map<string, ScenarioRun>((previous?.runs ?? []).map((r) => [r.code, r]));
  if (!options.comparisonOnly) {
    for (const s of options.scenarios) {
      runs.set(s.code, { code: s.code, fingerprint: options.input.fingerprint, scenario: scenarioFingerprint(s), ranAt: options.ranAt });
    }
  }
  return {
    format: SCENARIO_FORMAT,
    version: CURRENT_VERSION,
    scenarios: [...scenarios.values()],
    mapping: JSON.parse(JSON.stringify(options.input.mapping)) as Record<string, unknown>,
    runs: [...runs.values()],
  };
}

export interface PlanChanges extends SheetChanges {
  /** Names of the sheets written, in order. */
  readonly names: readonly string[];
  /** Cells whose text a workbook could not hold as it was, corrected (safeSheets). */
  readonly fixes: readonly CellFix[];
  readonly notices: readonly RunNotice[];
}

/**
 * What writing the plan changes. A sheet of ours under another name (the same scenario written
 * earlier in the other language) holds the table a new sheet needs, and is removed first: our tables
 * are named from the scenario's code, so only our own earlier output can hold them. A sheet of the same
 * name is ours when it holds one of the tables the new sheet will have; any other is the planner's own
 * and is never overwritten (ForeignSheetError); the writers refuse, the same way, to replace a sheet of
 * the planner's named like the store.
 */
export async function planChanges(
  writer: WorkbookWriter, sheets: readonly SheetDescription[], options: WriteOptions, previous: ScenarioDocument | null,
): Promise<PlanChanges> {
  const holders = await writer.tableSheets();
  const existing = new Set((await writer.sheetNames()).map((n) => n.toLowerCase()));
  const remove: string[] = [];
  for (const sheet of sheets) {
    const key = sheet.name.toLowerCase();
    let own = false;
    for (const table of sheet.tables) {
      const holder = holders.get(table.name.toLowerCase());
      if (holder === undefined) continue;
      if (holder.toLowerCase() === key) own = true;
      else if (!remove.includes(holder)) remove.push(holder);
    }
    if (existing.has(key) && !own) throw new ForeignSheetError(sheet.name, 'result');
  }
  const document = options.keepStore ? previous : storeDocument(options, previous);
  const store = options.keepStore || document === null ? null : serializeScenarioDocument(document);
  const safe = safeSheets(sheets);
  // The scenarios not run now keep their sheets: those whose results no longer hold say so.
  const rewritten = new Set(options.comparisonOnly ? [] : options.scenarios.map((s) => s.code));
  // A store kept as it is (newer, or damaged) records no run: its runs say nothing about these sheets.
  // Sheets removed or written here get none: every writer leaves them to those changes.
  const notices: RunNotice[] = options.keepStore || document === null ? [] : runNotices(document, options.input, holders, options.lang, rewritten);
  // Where the people followed are was worked out from results now replaced: the sheet says it may be
  // out of date, until they are followed again.
  const follow = WHEREABOUTS_TABLE_NAME.toLowerCase();
  const followSheet = holders.get(follow);
  if (followSheet !== undefined && !remove.includes(followSheet) && !sheets.some((s) => s.tables.some((t) => t.name.toLowerCase() === follow))) {
    notices.push({ sheet: followSheet, notice: staleNotice('followed', options.ranAt, options.lang), code: null, reason: null });
  }
  return { remove, write: safe.sheets, store, notices, names: sheets.map((s) => s.name), fixes: safe.fixes };
}

/** Writes the sheets and the store, all or nothing; returns what was written (the sheets' names) and corrected. */
export async function writePlan(
  writer: WorkbookWriter, plan: PlanResults, options: WriteOptions, previous: ScenarioDocument | null, progress?: WriteProgress,
): Promise<PlanChanges> {
  const changes = await planChanges(writer, planSheets(plan, options), options, previous);
  await writer.apply(changes, progress);
  return changes;
}

/** What the task pane shows of a scenario's result without the sheets: its KPIs and counts. */
export interface ScenarioSummary {
  readonly code: string;
  readonly name: string;
  readonly months: number;
  /** 'YYYY-MM' of the first and last simulated months. */
  readonly firstMonth: string;
  readonly lastMonth: string;
  readonly kpis: ScenarioResult['kpis'];
  readonly peopleWithChangedPost: number;
  readonly changes: number;
  readonly errors: number;
  readonly warnings: number;
}

export interface PlanSummary {
  readonly results: readonly ScenarioSummary[];
  /** The baseline each result is compared with (same settings, no operations). */
  readonly baselines: readonly ScenarioSummary[];
  readonly baseline: ScenarioSummary;
}

function summaryOf(r: ScenarioResult): ScenarioSummary {
  let errors = 0;
  let warnings = 0;
  for (const issue of r.issues) {
    if (issue.severity === 'error') errors++;
    else if (issue.severity === 'warning') warnings++;
  }
  return {
    code: r.code, name: r.name, months: r.months.length, firstMonth: r.months[0] ?? '', lastMonth: r.months[r.months.length - 1] ?? '', kpis: r.kpis,
    peopleWithChangedPost: r.peopleWithChangedPost, changes: r.changes.length, errors, warnings,
  };
}

export function summarizePlan(plan: PlanResults): PlanSummary {
  return { results: plan.results.map(summaryOf), baselines: plan.baselines.map(summaryOf), baseline: summaryOf(plan.baseline) };
}
