import type { CellFix } from '../sheets/cellText';
import type { PlannerInput, PlanSummary, TimelineDetail } from '../app/planner';
import type { WhereaboutsView } from '../app/follow';
import { planChanges, readInput, runNotices, runState, storeDocument, type RunState, type TablesRead } from '../app/planner';
import type { Scenario } from '../domain/scenario';
import type { FormatProblem } from '../format/problems';
import type { ScenarioDocument } from '../format/scenarioDocument';
import { canonicalJson, CURRENT_VERSION, SCENARIO_FORMAT, serializeScenarioDocument } from '../format/scenarioDocument';
import type { Lang } from '../i18n/messages';
import { DETECTION_ROWS } from '../tables/detect';
import { locateHeader, type TableKind } from '../tables/headers';
import type { TableMappingInput } from '../tables/staffing';
import { changedStoreCell, InterruptedWriteError, type OpenWorkbook, type RecoveredWrite, type StoreRead, type TableInfo } from '../workbook/workbook';
import { CancelledError, type Simulator } from './simulation';

export { runState, type RunState };

/** The steps' view of tables not read (or unreadable): no stored run is taken for current. */
export const NOT_READ: TablesRead = { fingerprint: '' };

/**
 * What the task pane does with the open workbook, apart from showing it: read the store and the
 * tables, save scenarios, run and write. Components call these; none of them touches Office itself.
 */

export interface StoreState {
  /** What the workbook holds under the store's name: nothing yet, this tool's store, or a sheet of the planner's. */
  readonly kind: StoreRead['kind'];
  /** The workbook's scenarios (an empty document when it has none yet, or when they cannot be read). */
  readonly document: ScenarioDocument;
  /** Written by a newer version: shown, never written back (that would lose what this version does not know). */
  readonly newer: boolean;
  /**
   * The store could not be read: its problems are shown, and it stays in the workbook untouched until
   * the planner explicitly chooses to replace it (`replaceDamagedStore`).
   */
  readonly damaged: boolean;
  /** The name of the planner's own sheet that has the store's name: no store is written while it is there. */
  readonly foreign: string | null;
  /** Nothing is saved in the store (newer, damaged or foreign): scenarios are shown, not changed. */
  readonly readOnly: boolean;
  readonly problems: readonly FormatProblem[];
  /** Of a damaged store, the cell that breaks it (edited or written in by hand), when found. */
  readonly changedCell?: { readonly place: string; readonly text: string };
}

export const EMPTY_DOCUMENT: ScenarioDocument = { format: SCENARIO_FORMAT, version: CURRENT_VERSION, scenarios: [] };

/** The store as this pane has just written it (or as a workbook without one starts). */
export function writtenStore(document: ScenarioDocument, kind: StoreRead['kind'] = 'store'): StoreState {
  return { kind, document, newer: false, damaged: false, foreign: null, readOnly: false, problems: [] };
}

export async function readStore(workbook: OpenWorkbook, lang: Lang): Promise<StoreState> {
  const read = await workbook.readStore();
  if (read.kind === 'none') return writtenStore(EMPTY_DOCUMENT, 'none');
  if (read.kind === 'foreign') {
    return { kind: 'foreign', document: EMPTY_DOCUMENT, newer: false, damaged: false, foreign: read.sheet, readOnly: true, problems: [] };
  }
  // The schema validator is loaded on demand, after the pane has shown itself.
  const { parseScenarioDocument } = await import('../format/scenarioParse');
  const parsed = parseScenarioDocument(read.text, lang);
  if (parsed.document === null) {
    const changedCell = changedStoreCell(read, parsed.problems);
    return {
      kind: 'store', document: EMPTY_DOCUMENT, newer: false, damaged: true, foreign: null, readOnly: true, problems: parsed.problems,
      ...(changedCell === null ? {} : { changedCell }),
    };
  }
  // A document that comes with problems is one of a newer version, read as far as this one knows.
  const newer = parsed.problems.length > 0;
  return { kind: 'store', document: parsed.document, newer, damaged: false, foreign: null, readOnly: newer, problems: parsed.problems };
}

/**
 * The store in the workbook is one the pane does not save over (damaged, newer, or a sheet of the
 * planner's): found when saving, as it is now (it may have changed since the pane read it).
 */
export class StoreReadOnlyError extends Error {
  constructor(readonly store: StoreState) {
    super('The scenarios saved in the workbook are kept as they are');
  }
}

/**
 * Saves the document in the workbook's store, unless the store there now is one that is never saved
 * over (StoreReadOnlyError, nothing written). Returns the store as written.
 */
export async function saveStore(workbook: OpenWorkbook, document: ScenarioDocument, lang: Lang): Promise<StoreState> {
  const now = await readStore(workbook, lang);
  if (now.readOnly) throw new StoreReadOnlyError(now);
  await workbook.apply({ remove: [], write: [], store: serializeScenarioDocument(document) });
  return writtenStore(document);
}

/**
 * The planner's explicit choice: a damaged store is replaced by an empty one (what it held is lost).
 * Only a damaged store: one that reads again, or a newer one, is left as it is and returned.
 */
export async function replaceDamagedStore(workbook: OpenWorkbook, lang: Lang): Promise<StoreState> {
  const now = await readStore(workbook, lang);
  if (!now.damaged) return now;
  await workbook.apply({ remove: [], write: [], store: serializeScenarioDocument(EMPTY_DOCUMENT) });
  return writtenStore(EMPTY_DOCUMENT);
}

/** Repairs what an interrupted write left in the workbook; done when the pane starts, before reading the store. */
export function recoverWrites(workbook: OpenWorkbook): Promise<readonly RecoveredWrite[]> {
  return workbook.recoverInterruptedWrite();
}

/**
 * Puts the notice at the top of the sheets of each run whose results no longer hold (the tables
 * changed, or the scenario was edited) and takes it off those that hold again: when the pane has read
 * the tables, and when a scenario is saved, so that whoever opens the workbook without the add-in sees
 * it. `tables`: as read, or null when not read (then only edits are marked). Nothing is written in a
 * workbook whose store the pane does not save over.
 */
export async function markRuns(workbook: OpenWorkbook, store: StoreState, tables: TablesRead | null, lang: Lang): Promise<void> {
  if (store.readOnly || (store.document.runs ?? []).length === 0) return;
  const notices = runNotices(store.document, tables, await workbook.tableSheets(), lang);
  if (notices.length > 0) await workbook.apply({ remove: [], write: [], store: null, notices });
}

/**
 * Whether the tables were read as the runs read them: readable, and with the columns the store
 * remembers (not ones the planner is still trying in the Data step). Only then can they tell a run's
 * results out of date.
 */
export function readAsStored(input: PlannerInput, store: StoreState): boolean {
  return input.staffing !== null && canonicalJson(input.mapping) === canonicalJson(store.document.mapping ?? null);
}

/** The mapping remembered with the document, or given by the planner in the Data step. */
export function loadInput(workbook: OpenWorkbook, mapping: unknown, today: string): Promise<PlannerInput> {
  return readInput(workbook, mapping, today);
}

const VIETNAMESE_LETTERS = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

/**
 * The language of the sheets written: the workbook's, which is Vietnamese when its units are named
 * in Vietnamese, whatever language the pane is shown in.
 */
export function workbookLang(input: PlannerInput | null, fallback: Lang): Lang {
  const units = input?.staffing?.units;
  if (!units || units.length === 0) return fallback;
  return units.slice(0, 200).some((u) => VIETNAMESE_LETTERS.test(u.name)) ? 'vi' : 'en';
}

/** Today as the planner's clock shows it, 'YYYY-MM-DD' (not UTC: Vietnam is 7 hours ahead of it). */
export function localDay(now: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export interface RunRequest {
  readonly input: PlannerInput;
  readonly scenarios: readonly Scenario[];
  readonly document: ScenarioDocument;
  readonly lang: Lang;
  readonly now: Date;
  /** Write only the comparison sheet. */
  readonly comparisonOnly: boolean;
  /** Simulate and summarise without writing (the Compare step's table). */
  readonly write: boolean;
  /** The timeline by locality or parent locality (default: chosen by the workbook's size). */
  readonly timeline?: TimelineDetail;
  /** People (ids) to follow across the scenarios: shown, and written as a sheet with the others. */
  readonly follow?: readonly string[];
}

export interface RunOutcome {
  readonly summary: PlanSummary;
  /** Where the people followed are; null when none is followed. */
  readonly whereabouts: WhereaboutsView | null;
  /** Sheets written, in order (none when not writing). */
  readonly sheets: readonly string[];
  /** The store's scenarios after the run (the request's when not writing). */
  readonly document: ScenarioDocument;
  /** The store as the run left it; null when not writing (not read). */
  readonly store: StoreState | null;
  /**
   * The run was recorded in the store. Not when not writing, and not when the store is one that is
   * never written over (damaged, newer, or a sheet of the planner's): the sheets are written, the store
   * left as it is.
   */
  readonly recorded: boolean;
  /** Cells whose text a workbook could not hold as it was, corrected in the sheets written. */
  readonly fixes: readonly CellFix[];
}

export type Stage = 'simulating' | 'writing';

export interface RunHandle {
  readonly done: Promise<RunOutcome>;
  cancel(): void;
}

/**
 * Simulates in the worker, then writes the sheets and the store in one all-or-nothing change. A
 * cancel stops the worker, or the write between two batches (what was written is then removed); a
 * cancel after the last batch comes too late, and the write completes.
 */
export function startRun(
  workbook: OpenWorkbook,
  simulator: Simulator,
  request: RunRequest,
  progress: (stage: Stage, done: number, total: number, label: string) => void,
): RunHandle {
  const date = localDay(request.now);
  const startMonth = date.slice(0, 7);
  const simulation = simulator.start({
    input: request.input, scenarios: request.scenarios, startMonth, lang: request.lang, runDate: date,
    ranAt: request.now.toISOString(), comparisonOnly: request.comparisonOnly, ...(request.timeline ? { timeline: request.timeline } : {}),
    ...(request.follow ? { follow: request.follow } : {}),
  }, (done, total, label) => progress('simulating', done, total, label));
  const abort = new AbortController();
  const done = (async (): Promise<RunOutcome> => {
    const outcome = await simulation.done;
    const whereabouts = outcome.whereabouts ?? null;
    if (!request.write) return { summary: outcome.summary, whereabouts, sheets: [], document: request.document, store: null, recorded: false, fixes: [] };
    // Scenarios saved while this ran are kept: the runs are added to the store as it is now. A store
    // that is never written over (damaged, newer, the planner's own sheet) is left as it is.
    const now = await readStore(workbook, request.lang);
    const options = {
      lang: request.lang, runDate: date, ranAt: request.now.toISOString(), input: request.input,
      scenarios: request.scenarios, comparisonOnly: request.comparisonOnly, keepStore: now.readOnly,
      ...(request.follow ? { follow: request.follow } : {}),
    };
    const changes = await planChanges(workbook, outcome.sheets, options, now.document);
    progress('writing', 0, changes.write.length + 1, '');
    try {
      await workbook.apply(changes, (d, t) => progress('writing', d, t, changes.names[d - 1] ?? ''), abort.signal);
    } catch (e) {
      // The adapter has put the workbook back as it was, unless it could not (InterruptedWriteError).
      if (abort.signal.aborted && !(e instanceof InterruptedWriteError)) throw new CancelledError();
      throw e;
    }
    const store = now.readOnly ? now : writtenStore(storeDocument(options, now.document));
    return { summary: outcome.summary, whereabouts, sheets: changes.names, document: store.document, store, recorded: !now.readOnly, fixes: changes.fixes };
  })();
  return {
    done,
    cancel: () => {
      simulation.cancel();
      abort.abort();
    },
  };
}

/**
 * The mapping for a table the planner picks by hand: its header found as detection would, its
 * columns as recognised (the planner corrects them next).
 */
export async function mappingForTable(workbook: OpenWorkbook, table: TableInfo, kind: TableKind): Promise<TableMappingInput<string>> {
  const cells = await workbook.readRange(table.sheet, table.row, table.col, Math.min(table.rows, DETECTION_ROWS), table.columns);
  const layout = locateHeader(cells, kind);
  if (layout === null) return { sheet: table.sheet, headerRows: [table.row], columns: {} };
  const columns: Record<string, number> = {};
  for (const [field, column] of Object.entries(layout.columns) as [string, number][]) columns[field] = table.col + column;
  return { sheet: table.sheet, headerRows: layout.headerRows.map((r) => table.row + r), columns };
}

export interface HeaderColumn {
  /** Worksheet column number. */
  readonly column: number;
  readonly text: string;
}

/** The header text of each column of a table (two header rows joined), to name columns in the mapping. */
export async function readHeaders(workbook: OpenWorkbook, table: TableInfo, headerRows: readonly number[]): Promise<HeaderColumn[]> {
  const first = Math.min(...headerRows);
  const cells = await workbook.readRange(table.sheet, first, table.col, Math.max(...headerRows) - first + 1, table.columns);
  const headers: HeaderColumn[] = [];
  for (let c = 0; c < table.columns; c++) {
    const parts = cells.map((row) => row[c]).filter((v) => v !== null && v !== undefined && typeof v !== 'object').map(String);
    headers.push({ column: table.col + c, text: [...new Set(parts)].join(' - ') });
  }
  return headers;
}

export function sameTable(a: TableInfo | null, b: TableInfo | null): boolean {
  return a !== null && b !== null && a.sheet === b.sheet && a.row === b.row && a.col === b.col;
}
