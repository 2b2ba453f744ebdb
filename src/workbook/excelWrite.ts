/// <reference types="office-js" />
import {
  blockWidth,
  cellAt,
  printedCorner,
  type Block,
  type CellScalar,
  type CellStyle,
  type ChartSpec,
  type ConditionalFormat,
  type ConditionalRule,
  type SheetDescription,
  type TableSpec,
} from '../sheets/layout';
import { escapeColumnName, headerRowHeights, HIGHLIGHTS, LOOKS, wrapsRows } from '../sheets/appearance';
import { isValidSheetName, isValidTableName } from '../sheets/names';
import { STORE_SHEET_NAME } from '../sheets/storeName';
import { headerFooterCode } from '../sheets/print';
import { isStoreText, STORE_CHUNK_LENGTH, storeSheet } from '../sheets/store';
import { jsonBytes, type ExcelRun, type ExcelSettings } from './excelBatch';
import {
  ForeignSheetError,
  InterruptedWriteError,
  WorkbookProtectedError,
  type RecoveredWrite,
  type SheetChanges,
  type SheetNotice,
  type WriteProgress,
} from './workbook';
import { titleCell } from '../sheets/notice';

/**
 * Writing sheet descriptions into the open workbook through office-js, all or nothing, in a way that
 * survives a lost connection: what recovery needs is kept in the workbook itself.
 *
 * 1. Prepare, one sync: the sheets (with their protection), tables, active sheet and the workbook's
 *    structure protection are read; names are checked as the .xlsx writer checks them. Nothing is
 *    written when the structure or a sheet to be replaced or removed is protected
 *    (WorkbookProtectedError), when a new store would replace a sheet of the planner's named like the
 *    store (ForeignSheetError), or when an earlier write was cut short and is not repaired yet
 *    (InterruptedWriteError). The first cells that tell the store and journals from sheets of the
 *    planner's are read in a second sync, only when a store is written and a sheet of that name
 *    exists, or when a sheet has a journal's name.
 * 2. Every sheet (the store's too) is written under a temporary name ('_sp1.0', …) with temporary
 *    table names, in batches of about `chunkBytes` of JSON, one sync each, calculation suspended. The
 *    first operation of the first batch adds the journal: a hidden sheet '_sp1.j' saying which sheets
 *    are created, which will be set aside and under what names, visibility and table names. Then
 *    number formats ('@' on every text cell, so that nothing typed like a formula, number or date is
 *    parsed), values as whole 2-D blocks, styles, widths, header heights, tables (after their values),
 *    conditional formats, frozen panes, tab colours, charts.
 * 3. Commit, one sync: first the ids of the new sheets go into the journal; the sheets being replaced
 *    or removed, and the old store, are renamed aside ('_sp1.o0', …) with their tables and hidden; the
 *    new sheets and tables take their final names, replaced sheets their tab positions; the store
 *    becomes very hidden. The last operation marks the journal committed (renamed '_sp1.c'), or, when
 *    nothing was set aside, deletes it: the write is then complete.
 * 4. Cleanup, one sync: the sheets set aside are deleted, the journal last.
 *
 * A batch is not a transaction: a failing sync leaves the operations before the failure applied. So
 * recovery (`recoverJournal`) works from what the workbook holds, from any partial state, and can be
 * repeated: journal not committed, it deletes what was created and puts back what was set aside; journal
 * committed, it finishes the cleanup. After a failed sync it runs at once, in a fresh `run` (here it undoes
 * a committed write whose cleanup has not begun, since the caller is told the write failed); if that
 * fails too (the connection is gone), the journal stays, and `recoverInterruptedWrite` repairs the
 * workbook when the pane starts again.
 * Syncs: 1 (+1 to read the first cell of the old store) + batches + 1, plus 1 when a sheet is replaced
 * or removed (always, once a store exists); then, when there are notices, writeNotices' 2 or 3.
 */
export async function applyChanges(
  run: ExcelRun, settings: ExcelSettings, changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal,
): Promise<void> {
  const sheets = changes.store === null ? [...changes.write] : [...changes.write, storeSheet(changes.store)];
  checkSheets(sheets);
  // Sheets removed or written here are left to those changes.
  const going = new Set([...sheets.map((s) => s.name), ...changes.remove].map((n) => n.toLowerCase()));
  const notices = (changes.notices ?? []).filter((n) => !going.has(n.sheet.toLowerCase()));
  if (sheets.length === 0 && changes.remove.length === 0) {
    if (notices.length > 0) await run((context) => writeNotices(context, notices));
    return;
  }
  await writeAll(run, settings, changes, sheets, progress, signal);
  if (notices.length === 0) return;
  try {
    await run((context) => writeNotices(context, notices));
  } catch {
    // The results are written; a notice is a courtesy the pane shows anyway, and puts again when it next reads the tables.
  }
}

/**
 * The notices at the top of sheets that stay (sheets/notice.ts): 2 syncs, and 1 more when a title
 * changes. A sheet gone, protected, or without a title is left alone.
 */
async function writeNotices(context: Excel.RequestContext, notices: readonly SheetNotice[]): Promise<void> {
  const items = context.workbook.worksheets.load('items/name,items/protection/protected');
  await context.sync();
  const byName = new Map(items.items.map((ws) => [ws.name.toLowerCase(), ws]));
  const cells = notices.flatMap(({ sheet, notice }) => {
    const ws = byName.get(sheet.toLowerCase());
    return ws && !ws.protection.protected ? [{ notice, range: ws.getRangeByIndexes(0, 0, 1, 1).load('values') }] : [];
  });
  if (cells.length === 0) return;
  await context.sync();
  let changed = false;
  for (const { notice, range } of cells) {
    const value: unknown = range.values[0]?.[0];
    const next = titleCell(typeof value === 'string' ? value : null, notice);
    if (!next) continue;
    const look = LOOKS[next.style];
    range.numberFormat = [['@']];
    range.values = [[next.text]];
    range.format.font.bold = true;
    if (look.size) range.format.font.size = look.size;
    range.format.font.color = look.color ?? '#000000';
    changed = true;
  }
  if (changed) await context.sync();
}

async function writeAll(
  run: ExcelRun, settings: ExcelSettings, changes: SheetChanges, sheets: readonly SheetDescription[], progress?: WriteProgress, signal?: AbortSignal,
): Promise<void> {
  const state: WriteState = { phase: 'prepare', token: 0, journal: null, createdIds: new Set() };
  try {
    await run((context) => write(context, settings, changes, sheets, state, progress, signal));
  } catch (error) {
    if (state.phase === 'prepare' || state.journal === null) throw error;
    const known = { journal: state.journal, createdIds: [...state.createdIds] };
    let recovered: RecoveredWrite | null;
    try {
      recovered = await run((context) => recoverJournal(context, state.token, known, 'undo'));
    } catch {
      // The undo failed too: the journal in the workbook lets a later start repair it.
      throw new InterruptedWriteError({ cause: error });
    }
    // No journal left: none was made (the first batch failed before it), or the write completed.
    if (recovered === null ? state.phase !== 'write' : recovered.outcome === 'completed') return;
    throw error;
  }
}

/**
 * Finds the journals of interrupted writes and repairs the workbook from each (one sync when there is
 * none, which is the usual case; three more per journal).
 */
export async function recoverInterruptedWrite(run: ExcelRun): Promise<RecoveredWrite[]> {
  const tokens = await run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    return [...new Set(sheets.items.map((ws) => JOURNAL_NAME.exec(ws.name)).filter((m) => m !== null).map((m) => Number(m[1])))].sort((a, b) => a - b);
  });
  const recovered: RecoveredWrite[] = [];
  for (const token of tokens) {
    const one = await run((context) => recoverJournal(context, token, null, 'complete'));
    if (one) recovered.push(one);
  }
  return recovered;
}

type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A write's journal sheet: '_sp<k>.j' until committed, '_sp<k>.c' after; deleted when the write is done. */
const JOURNAL_NAME = /^_sp(\d+)\.([jc])$/i;
const JOURNAL_FORMAT = 'staffing-planner/write-journal';
/** How a journal's JSON starts (its format is its first key). */
const JOURNAL_START = `{"format":"${JOURNAL_FORMAT}"`;
/** Column B of the journal, written first in the commit: this mark, then the ids of the new sheets. */
const COMMIT_MARK = 'commit';

/** What recovery needs to know of a write, kept as JSON in column A of its journal sheet. */
interface Journal {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: 1;
  readonly created: readonly CreatedSheet[];
  readonly retired: readonly RetiredSheet[];
  /** The index in `retired` of the sheet that was active, if it is one of them. */
  readonly active: number | null;
}

/** A sheet the write adds: written as `temp`, renamed `name` at the commit. */
interface CreatedSheet {
  readonly temp: string;
  readonly name: string;
  readonly store: boolean;
}

/** A sheet replaced or removed: set aside under `aside` at the commit, deleted at the cleanup. */
interface RetiredSheet {
  readonly name: string;
  readonly visibility: Visibility;
  readonly aside: string;
  readonly tables: readonly { readonly name: string; readonly aside: string }[];
}

interface WriteState {
  phase: 'prepare' | 'write' | 'commit' | 'cleanup';
  token: number;
  journal: Journal | null;
  /** Ids of the sheets created, as each batch that created one comes back. */
  readonly createdIds: Set<string>;
}

interface SheetPlan {
  readonly spec: SheetDescription;
  readonly temp: string;
  readonly tables: readonly { readonly spec: TableSpec; readonly temp: string }[];
  /** The sheet it replaces, if any. */
  readonly replaces: Excel.Worksheet | undefined;
}

/** A share of one batch: its weight in request JSON and the operations it queues. */
interface Step {
  readonly bytes: number;
  readonly queue: () => void;
}

/** What one queued operation adds to a request besides its values: its object path and action. */
const OPERATION_BYTES = 256;

async function write(
  context: Excel.RequestContext, settings: ExcelSettings, changes: SheetChanges, sheets: readonly SheetDescription[], state: WriteState,
  progress: WriteProgress | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  const book = context.workbook;
  const sheetItems = book.worksheets.load('items/id,items/name,items/visibility,items/position,items/protection/protected');
  const tableItems = book.tables.load('items/id,items/name,items/worksheet/id');
  const active = book.worksheets.getActiveWorksheet().load('id');
  const structure = book.protection.load('protected');
  await context.sync();

  const existing = [...sheetItems.items].sort((a, b) => a.position - b.position);
  if (structure.protected) throw new WorkbookProtectedError(null);
  const lower = (s: string) => s.toLowerCase();
  // Sheets whose names do not tell whether they are ours: a store's first cell names its format, a
  // journal's too (or is empty, cut short as it was added). Read only when there are such sheets.
  const store = changes.store === null ? undefined : existing.find((ws) => lower(ws.name) === lower(STORE_SHEET_NAME));
  const logs = existing.filter((ws) => JOURNAL_NAME.test(ws.name));
  if (store || logs.length > 0) {
    const firstCell = (ws: Excel.Worksheet) => ws.getRangeByIndexes(0, 0, 1, 1).load('values');
    const storeCell = store && firstCell(store);
    const logCells = logs.map(firstCell);
    await context.sync();
    // A write cut short earlier is repaired first: its journal may hold the store set aside.
    if (logCells.some((cell) => isJournalCell(cell.values[0]?.[0]))) throw new InterruptedWriteError();
    if (store && !isStoreText(storeCell!.values[0]?.[0])) throw new ForeignSheetError(store.name, 'store');
  }
  const goingNames = new Set([...sheets.map((s) => lower(s.name)), ...changes.remove.map(lower)]);
  const going = existing.filter((ws) => goingNames.has(lower(ws.name)));
  const locked = going.find((ws) => ws.protection.protected);
  if (locked) throw new WorkbookProtectedError(locked.name);
  const goingIds = new Set(going.map((ws) => ws.id));
  checkTableNames(sheets, tableItems.items.filter((t) => !goingIds.has(t.worksheet.id)).map((t) => t.name));

  const token = freeToken([...existing.map((ws) => ws.name), ...tableItems.items.map((t) => t.name)]);
  const goingTables = going.map((ws) => tableItems.items.filter((t) => t.worksheet.id === ws.id));
  const retired: RetiredSheet[] = going.map((ws, i) => ({
    name: ws.name,
    visibility: ws.visibility as Visibility,
    aside: `_sp${token}.o${i}`,
    tables: goingTables[i].map((t, j) => ({ name: t.name, aside: `_sp${token}_o${i}_${j}` })),
  }));
  const plans: SheetPlan[] = sheets.map((spec, i) => ({
    spec,
    temp: `_sp${token}.${i}`,
    tables: spec.tables.map((t, j) => ({ spec: t, temp: `_sp${token}_t${i}_${j}` })),
    replaces: going.find((ws) => lower(ws.name) === lower(spec.name)),
  }));
  const activeIndex = going.findIndex((ws) => ws.id === active.id);
  const journal: Journal = {
    format: JOURNAL_FORMAT,
    version: 1,
    created: plans.map((p) => ({ temp: p.temp, name: p.spec.name, store: changes.store !== null && p === plans[plans.length - 1] })),
    retired,
    active: activeIndex < 0 ? null : activeIndex,
  };
  state.token = token;
  state.journal = journal;

  const made = new Map<string, Excel.Worksheet>();
  const madeTables = new Map<string, Excel.Table>();
  const journalSheet: { ws: Excel.Worksheet | null } = { ws: null };
  const steps = [journalStep(context, `_sp${token}.j`, journal, journalSheet), ...plans.flatMap((plan) => sheetSteps(context, plan, made, madeTables, settings))];
  const batches = intoBatches(steps, settings.chunkBytes);
  const total = 1 + batches.length + 1 + (retired.length > 0 ? 1 : 0);
  let done = 1;
  progress?.(done, total);

  state.phase = 'write';
  for (const batch of batches) {
    // A cancel (a sync that seems to hang on the web) stops here; what was written is then removed.
    signal?.throwIfAborted();
    for (const step of batch) step.queue();
    context.application.suspendApiCalculationUntilNextSync();
    // One sync per batch on purpose: each request stays under Excel on the web's payload limit.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    for (const ws of made.values()) state.createdIds.add(ws.id);
    progress?.(++done, total);
  }

  signal?.throwIfAborted();
  state.phase = 'commit';
  const log = journalSheet.ws!;
  // First: which sheets are ours, whatever names the commit gives them before it is cut short.
  const ids = [COMMIT_MARK, ...state.createdIds];
  const idCells = log.getRangeByIndexes(0, 1, ids.length, 1);
  idCells.numberFormat = ids.map(() => ['@']);
  idCells.values = ids.map((id) => [id]);
  commit(context, settings, plans, { sheets: going, tables: goingTables, as: retired }, existing, made, madeTables, active.id);
  // Last: the mark that the commit is whole.
  if (retired.length === 0) log.delete();
  else log.name = `_sp${token}.c`;
  await context.sync();
  progress?.(++done, total);

  if (retired.length === 0) return;
  state.phase = 'cleanup';
  suspendScreenUpdating(context, settings);
  for (const ws of going) ws.delete();
  log.delete();
  await context.sync();
  progress?.(++done, total);
}

/** The first cell of a journal sheet of this tool's: its JSON, or empty when cut short as it was added. */
function isJournalCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.startsWith(JOURNAL_START));
}

/** Adds the journal sheet, hidden, its JSON in column A in cells of at most STORE_CHUNK_LENGTH characters, as text. */
function journalStep(context: Excel.RequestContext, name: string, journal: Journal, sheet: { ws: Excel.Worksheet | null }): Step {
  const text = JSON.stringify(journal);
  const cells: string[][] = [];
  for (let at = 0; at < text.length; at += STORE_CHUNK_LENGTH) cells.push([text.slice(at, at + STORE_CHUNK_LENGTH)]);
  return {
    bytes: jsonBytes(cells) + OPERATION_BYTES * 4,
    queue: () => {
      const ws = context.workbook.worksheets.add(name);
      ws.visibility = 'Hidden';
      const range = ws.getRangeByIndexes(0, 0, cells.length, 1);
      range.numberFormat = cells.map(() => ['@']);
      range.values = cells;
      sheet.ws = ws;
    },
  };
}

/** Queues the commit: every change here can be undone by `recoverJournal`. */
function commit(
  context: Excel.RequestContext, settings: ExcelSettings, plans: readonly SheetPlan[],
  going: { readonly sheets: readonly Excel.Worksheet[]; readonly tables: readonly (readonly Excel.Table[])[]; readonly as: readonly RetiredSheet[] },
  existing: readonly Excel.Worksheet[], made: ReadonlyMap<string, Excel.Worksheet>, madeTables: ReadonlyMap<string, Excel.Table>,
  activeId: string,
): void {
  suspendScreenUpdating(context, settings);
  going.sheets.forEach((ws, i) => {
    ws.name = going.as[i].aside;
    going.tables[i].forEach((table, j) => {
      table.name = going.as[i].tables[j].aside;
    });
  });
  for (const plan of plans) {
    const ws = made.get(plan.temp)!;
    ws.name = plan.spec.name;
    for (const t of plan.tables) madeTables.get(t.temp)!.name = t.spec.name;
    const visibility = VISIBILITY[plan.spec.visibility ?? 'visible'];
    if (visibility !== temporaryVisibility(plan.spec)) ws.visibility = visibility;
  }
  // New sheets are visible before old ones are hidden: a workbook keeps one visible sheet.
  going.sheets.forEach((ws, i) => {
    if (going.as[i].visibility !== 'Hidden') ws.visibility = 'Hidden';
  });

  // Each replacement goes just before the sheet it replaces, which the cleanup deletes: replaced
  // sheets keep their places among the tabs; other new sheets stay at the end, in order. (The journal
  // sits after the sheets there were, before the new ones: it moves nothing here.)
  const order: string[] = [...existing.map((ws) => ws.id), ...plans.map((p) => p.temp)];
  for (const plan of plans) {
    if (!plan.replaces) continue;
    const at = order.indexOf(plan.replaces.id);
    order.splice(order.indexOf(plan.temp), 1);
    order.splice(at, 0, plan.temp);
    made.get(plan.temp)!.position = at;
  }
  // The planner stays on the sheet they were on, in its new version.
  const shown = plans.find((p) => p.replaces?.id === activeId && temporaryVisibility(p.spec) === 'Visible');
  if (shown) made.get(shown.temp)!.activate();
  // Totals were written while calculation was suspended.
  context.application.calculate('Recalculate');
}

function suspendScreenUpdating(context: Excel.RequestContext, settings: ExcelSettings): void {
  // Called for the commit and the cleanup only: the docs warn that calling it for every sync makes
  // the window flicker, and the chunks before write to sheets that are not shown.
  if (settings.supports('ExcelApi', '1.9')) context.application.suspendScreenUpdatingUntilNextSync();
}

const VISIBILITY: Readonly<Record<NonNullable<SheetDescription['visibility']>, Visibility>> = {
  visible: 'Visible',
  hidden: 'Hidden',
  veryHidden: 'VeryHidden',
};

/** New sheets are written visible (freezing panes on hidden sheets has failed in some Excel builds), the store hidden. */
function temporaryVisibility(spec: SheetDescription): Visibility {
  return spec.visibility === undefined || spec.visibility === 'visible' ? 'Visible' : 'Hidden';
}

/** What recovery knows of a write before reading its journal sheet: the writer's own memory of it. */
interface KnownWrite {
  readonly journal: Journal;
  readonly createdIds: readonly string[];
}

/**
 * Repairs the workbook from the journal of write `token`, whatever state a failure left it in; null
 * when there is no such journal. Syncs: 1 to read the sheets and tables, 1 for the journal's cells
 * (not when the writer passes what it knows), 1 for the repair.
 *
 * Journal not committed ('.j'), or committed with every sheet set aside still there and `prefer`
 * 'undo': the journal is first marked not committed again, then the sheets the write created are
 * deleted (by their temporary names; once the commit has begun, also by their final names when their
 * ids are the journal's), and those set aside get their names, tables, visibility back; the sheet that
 * was active is shown again. Otherwise (committed): the sheets set aside that are left are deleted. The
 * journal is deleted last, so that a repair cut short is found and redone. Sheets of the planner's never
 * have the names it acts on: '_sp<k>…' names were free when the write began, final names were free or
 * were ours.
 */
async function recoverJournal(
  context: Excel.RequestContext, token: number, known: KnownWrite | null, prefer: 'undo' | 'complete',
): Promise<RecoveredWrite | null> {
  const book = context.workbook;
  const sheetItems = book.worksheets.load('items/id,items/name,items/visibility');
  const tableItems = book.tables.load('items/name');
  const structure = book.protection.load('protected');
  await context.sync();
  const lower = (s: string) => s.toLowerCase();
  const byName = new Map(sheetItems.items.map((ws) => [lower(ws.name), ws]));
  const log = byName.get(`_sp${token}.j`) ?? byName.get(`_sp${token}.c`);
  if (!log) return null;
  let journal: Journal | null;
  let createdIds: readonly string[] | null;
  if (known) {
    ({ journal, createdIds } = known);
  } else {
    const used = log.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
    await context.sync();
    const read = readJournal(used);
    // A sheet of the planner's that happens to have a journal's name: not ours, never touched.
    if (read === 'foreign') return null;
    ({ journal, createdIds } = read);
  }
  if (structure.protected) throw new WorkbookProtectedError(null);
  const remove = (ws: Excel.Worksheet): void => {
    // A very hidden sheet cannot be deleted.
    if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
    ws.delete();
  };

  if (journal === null) {
    // Empty: cut short as the journal itself was added, before any other change.
    for (const ws of sheetItems.items) if (new RegExp(`^_sp${token}\\.\\d+$`, 'i').test(ws.name)) remove(ws);
    log.delete();
    await context.sync();
    return { outcome: 'restored', sheets: [] };
  }
  const sheets = journal.created.filter((c) => !c.store).map((c) => c.name);
  const committed = lower(log.name).endsWith('.c');
  const aside = journal.retired.map((r) => byName.get(lower(r.aside)));
  if (committed && (prefer === 'complete' || aside.some((ws) => ws === undefined))) {
    for (const ws of aside) if (ws) remove(ws);
    log.delete();
    await context.sync();
    return { outcome: 'completed', sheets };
  }

  if (committed) log.name = `_sp${token}.j`;
  // A sheet set aside not found aside was not renamed yet: it still has its name.
  const retired = journal.retired.map((r, j) => aside[j] ?? byName.get(lower(r.name)));
  const present = new Set(sheetItems.items.map((ws) => ws.id));
  // Ids recorded but none found: the workbook was closed and opened since, and ids may not last; the
  // names alone then tell which sheets are ours.
  const byIds = createdIds !== null && createdIds.some((id) => present.has(id));
  const created: Excel.Worksheet[] = [];
  for (const c of journal.created) {
    const temp = byName.get(lower(c.temp));
    if (temp) {
      created.push(temp);
      continue;
    }
    if (createdIds === null) continue;
    const renamed = byName.get(lower(c.name));
    if (renamed && !retired.includes(renamed) && (!byIds || createdIds.includes(renamed.id))) created.push(renamed);
  }
  journal.retired.forEach((r, j) => {
    const ws = retired[j];
    if (ws && r.visibility !== 'VeryHidden' && ws.visibility !== r.visibility) ws.visibility = r.visibility;
  });
  for (const ws of created) remove(ws);
  const tables = new Map(tableItems.items.map((t) => [lower(t.name), t]));
  journal.retired.forEach((r, j) => {
    const ws = retired[j];
    if (!ws) return;
    if (ws.name !== r.name) ws.name = r.name;
    for (const t of r.tables) {
      const table = tables.get(lower(t.aside));
      if (table) table.name = t.name;
    }
    if (r.visibility === 'VeryHidden' && ws.visibility !== 'VeryHidden') ws.visibility = 'VeryHidden';
  });
  const shown = journal.active === null ? undefined : retired[journal.active];
  if (shown && journal.retired[journal.active!].visibility === 'Visible') shown.activate();
  log.delete();
  await context.sync();
  return { outcome: 'restored', sheets };
}

/**
 * The journal and the new sheets' ids (null before the commit began) from the journal sheet's cells;
 * the journal null when the sheet is empty (cut short as it was added); 'foreign' when the sheet holds
 * anything else.
 */
function readJournal(used: Excel.Range): { journal: Journal | null; createdIds: string[] | null } | 'foreign' {
  if (used.isNullObject) return { journal: null, createdIds: null };
  const column = (c: number): string[] => {
    const j = c - used.columnIndex;
    if (used.rowIndex !== 0 || j < 0) return [];
    const cells: string[] = [];
    for (const row of used.values) {
      const v = row[j];
      if (v === '' || v === null || v === undefined) break;
      cells.push(String(v));
    }
    return cells;
  };
  const text = column(0).join('');
  if (!text.startsWith(JOURNAL_START)) return 'foreign';
  let journal: Journal | null = null;
  try {
    const parsed = JSON.parse(text) as Partial<Journal>;
    if (Array.isArray(parsed.created) && Array.isArray(parsed.retired)) journal = parsed as Journal;
  } catch {
    journal = null;
  }
  const marked = column(1);
  return { journal, createdIds: marked[0] === COMMIT_MARK ? marked.slice(1) : null };
}

/** The smallest k ≥ 1 such that no sheet or table name starts with '_sp<k>.' or '_sp<k>_'. */
function freeToken(names: readonly string[]): number {
  const lower = names.map((n) => n.toLowerCase());
  for (let k = 1; ; k++) {
    if (!lower.some((n) => n.startsWith(`_sp${k}.`) || n.startsWith(`_sp${k}_`))) return k;
  }
}
/** Greedy: steps in order, a new batch when the next would take this one over `limit`. */
function intoBatches(steps: readonly Step[], limit: number): Step[][] {
  const batches: Step[][] = [];
  let current: Step[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (current.length > 0 && bytes + step.bytes > limit) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** The steps writing one sheet: create it, its blocks in chunks, then tables, conditional formats, charts. */
function sheetSteps(
  context: Excel.RequestContext, plan: SheetPlan, made: Map<string, Excel.Worksheet>, madeTables: Map<string, Excel.Table>,
  settings: ExcelSettings,
): Step[] {
  const { spec } = plan;
  const sheet = () => made.get(plan.temp)!;
  const widths = runsOf(spec.columnWidths);
  const steps: Step[] = [{
    bytes: OPERATION_BYTES * (5 + widths.length + (spec.print ? 12 : 0)),
    queue: () => {
      const ws = context.workbook.worksheets.add(plan.temp);
      ws.load('id');
      made.set(plan.temp, ws);
      const visibility = temporaryVisibility(spec);
      if (visibility !== 'Visible') ws.visibility = visibility;
      if (spec.tabColor) ws.tabColor = `#${spec.tabColor}`;
      for (const run of widths) ws.getRangeByIndexes(0, run.start, 1, run.count).getEntireColumn().format.columnWidth = columnPoints(run.value);
      if (spec.print && settings.supports('ExcelApi', '1.9')) setPrint(ws, spec);
      const freeze = spec.freeze;
      if (freeze && freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.columns));
      else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else if (freeze && freeze.columns > 0) ws.freezePanes.freezeColumns(freeze.columns);
    },
  }];

  // The totals rows are written by their tables, as formulas.
  const totals = new Set<string>();
  for (const t of spec.tables) {
    if (t.totalsRow) for (let j = 0; j < t.columns; j++) totals.add(`${t.row + t.rows - 1}:${t.col + j}`);
  }
  for (const block of spec.blocks) {
    const width = blockWidth(block);
    if (block.values.length === 0 || width === 0) continue;
    blockChunks(block, width, totals, settings).forEach((chunk, k) => {
      steps.push({
        bytes: chunk.bytes + OPERATION_BYTES * (k === 0 ? 12 : 2),
        queue: () => {
          const ws = sheet();
          const range = ws.getRangeByIndexes(block.row - 1 + chunk.first, block.col - 1 + chunk.col, chunk.values.length, chunk.width);
          if (chunk.formats) range.numberFormat = chunk.formats;
          range.values = chunk.values;
          if (k > 0) return;
          const whole = ws.getRangeByIndexes(block.row - 1, block.col - 1, block.values.length, width);
          if (block.style) applyStyle(whole, block.style, block.values.length);
        },
      });
    });
    // A wrapped list's row heights: one operation per run of rows of one height, in steps of their own
    // so that each request stays within its size (the issues of a province are thousands of rows).
    if (!wrapsRows(block)) continue;
    const runs = heightRuns(headerRowHeights(block, spec.columnWidths));
    const perStep = Math.max(1, Math.floor(settings.chunkBytes / (4 * OPERATION_BYTES)));
    for (let at = 0; at < runs.length; at += perStep) {
      const part = runs.slice(at, at + perStep);
      steps.push({
        bytes: OPERATION_BYTES * part.length,
        queue: () => {
          const ws = sheet();
          for (const run of part) ws.getRangeByIndexes(block.row - 1 + run.first, block.col - 1, run.count, 1).format.rowHeight = run.points;
        },
      });
    }
  }

  for (const t of plan.tables) {
    const row = totalsRow(spec, t.spec);
    steps.push({
      bytes: OPERATION_BYTES * 6 + jsonBytes(row),
      queue: () => {
        const ws = sheet();
        const { spec: s } = t;
        const table = ws.tables.add(ws.getRangeByIndexes(s.row - 1, s.col - 1, s.rows - (s.totalsRow ? 1 : 0), s.columns), true);
        table.name = t.temp;
        table.style = 'TableStyleLight9';
        madeTables.set(t.temp, table);
        if (row) {
          table.showTotals = true;
          table.getTotalRowRange().formulas = [row];
        }
      },
    });
  }

  const formats = spec.conditionalFormats ?? [];
  if (formats.length > 0) {
    steps.push({
      bytes: OPERATION_BYTES * 6 * formats.length,
      // Excel adds each format at the top priority: added last to first, the first listed wins, as in the file.
      queue: () => [...formats].reverse().forEach((f) => addConditionalFormat(sheet(), f)),
    });
  }
  for (const chart of spec.charts ?? []) steps.push({ bytes: OPERATION_BYTES * 4, queue: () => addChart(sheet(), chart) });
  return steps;
}

interface Chunk {
  /** First row and column, counted from the block's first. */
  readonly first: number;
  readonly col: number;
  readonly width: number;
  readonly values: CellScalar[][];
  /** Number formats, null where the cell keeps General; null when no cell gets one. */
  readonly formats: (string | null)[][] | null;
  readonly bytes: number;
}

/**
 * A block cut into chunks of rows whose values and formats together weigh at most the chunk size; a
 * row weighing more than that alone is cut into pieces of its columns that each fit (a cell is never
 * cut). Text cells get '@' (Excel would otherwise parse '=…', '+84…', '1/2/1970', 'TRUE'); other cells
 * their column's format, except '@', under which Excel would turn a number into text.
 */
function blockChunks(block: Block, width: number, totals: ReadonlySet<string>, settings: ExcelSettings): Chunk[] {
  const chunks: Chunk[] = [];
  const limit = settings.chunkBytes - OPERATION_BYTES * 12;
  const maxRows = Math.max(1, Math.floor(settings.maxCellsPerChunk / width));
  let values: CellScalar[][] = [];
  let formats: (string | null)[][] = [];
  let bytes = 0;
  let first = 0;
  const push = (at: number, col: number, v: CellScalar[][], f: (string | null)[][], b: number) => {
    const anyFormat = f.some((line) => line.some((x) => x !== null));
    chunks.push({ first: at, col, width: v[0].length, values: v, formats: anyFormat ? f : null, bytes: b });
  };
  const flush = () => {
    if (values.length > 0) push(first, 0, values, formats, bytes);
    first += values.length;
    values = [];
    formats = [];
    bytes = 0;
  };
  block.values.forEach((source, i) => {
    const line: CellScalar[] = [];
    const lineFormats: (string | null)[] = [];
    for (let j = 0; j < width; j++) {
      const value = source[j] ?? null;
      const column = block.numberFormats?.[j] ?? null;
      const format = typeof value === 'string' ? '@' : column === '@' ? null : column;
      line.push(totals.has(`${block.row + i}:${block.col + j}`) ? null : value);
      lineFormats.push(format);
    }
    // Each line, and its commas in the two arrays.
    const lineBytes = jsonBytes(line) + jsonBytes(lineFormats) + 2;
    if (lineBytes > limit) {
      flush();
      linePieces(line, lineFormats, limit).forEach((p) => push(i, p.col, [p.values], [p.formats], p.bytes));
      first = i + 1;
      return;
    }
    if (values.length > 0 && (bytes + lineBytes > limit || values.length >= maxRows)) flush();
    values.push(line);
    formats.push(lineFormats);
    bytes += lineBytes;
  });
  flush();
  return chunks;
}

/** A line cut into runs of columns that each weigh at most `limit` (one cell alone when it weighs more). */
function linePieces(
  line: readonly CellScalar[], formats: readonly (string | null)[], limit: number,
): { col: number; values: CellScalar[]; formats: (string | null)[]; bytes: number }[] {
  const pieces: { col: number; values: CellScalar[]; formats: (string | null)[]; bytes: number }[] = [];
  let col = 0;
  let bytes = 4;
  for (let j = 0; j < line.length; j++) {
    const cell = jsonBytes(line[j]) + jsonBytes(formats[j]) + 2;
    if (j > col && bytes + cell > limit) {
      pieces.push({ col, values: line.slice(col, j), formats: formats.slice(col, j), bytes });
      col = j;
      bytes = 4;
    }
    bytes += cell;
  }
  pieces.push({ col, values: line.slice(col), formats: formats.slice(col), bytes });
  return pieces;
}

const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/** A4 landscape, one page wide, with the sheet's print titles, print area, header and footer. */
function setPrint(ws: Excel.Worksheet, spec: SheetDescription): void {
  const print = spec.print!;
  const layout = ws.pageLayout;
  layout.orientation = 'Landscape';
  layout.paperSize = 'A4';
  // One page wide; 0 pages tall lets the height run as long as it takes.
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  const last = printedCorner(spec);
  if (last) layout.setPrintArea(ws.getRangeByIndexes(0, 0, last.row, last.col));
  if (print.titleRows) layout.setPrintTitleRows(ws.getRangeByIndexes(print.titleRows.first - 1, 0, print.titleRows.last - print.titleRows.first + 1, SHEET_COLUMNS));
  if (print.titleColumns) layout.setPrintTitleColumns(ws.getRangeByIndexes(0, print.titleColumns.first - 1, SHEET_ROWS, print.titleColumns.last - print.titleColumns.first + 1));
  // A break goes above the range's top-left cell.
  for (const row of spec.pageBreaks ?? []) ws.horizontalPageBreaks.add(ws.getRangeByIndexes(row - 1, 0, 1, 1));
  const page = layout.headersFooters.defaultForAllPages;
  page.leftHeader = headerFooterCode(print.header.left);
  page.rightHeader = headerFooterCode(print.header.right);
  page.leftFooter = headerFooterCode(print.footer.left);
  page.rightFooter = headerFooterCode(print.footer.right);
}

/** Rows of one height (null: left as they are) in runs: a run's height is set once. */
function heightRuns(heights: readonly (number | null)[]): { first: number; count: number; points: number }[] {
  const runs: { first: number; count: number; points: number }[] = [];
  heights.forEach((points, i) => {
    if (points === null) return;
    const last = runs[runs.length - 1];
    if (last && last.points === points && last.first + last.count === i) last.count++;
    else runs.push({ first: i, count: 1, points });
  });
  return runs;
}

/** Runs of equal values: widths set once for adjacent columns of the same width. */
function runsOf(values: readonly number[]): { start: number; count: number; value: number }[] {
  const runs: { start: number; count: number; value: number }[] = [];
  values.forEach((value, i) => {
    const last = runs[runs.length - 1];
    if (last && last.value === value && last.start + last.count === i) last.count++;
    else runs.push({ start: i, count: 1, value });
  });
  return runs;
}

/**
 * office-js sets widths in points; layouts give characters of the default font (Calibri 11, whose
 * digits are 7 pixels wide, plus 5 pixels of padding), at 96 pixels per inch.
 */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 4) / 4;
}

/** The totals row as formulas: the label, SUBTOTAL(109, [column]) under each summed column, '' elsewhere. */
function totalsRow(spec: SheetDescription, t: TableSpec): string[] | null {
  if (!t.totalsRow) return null;
  const last = t.row + t.rows - 1;
  return Array.from({ length: t.columns }, (_, j) => {
    const value = cellAt(spec, last, t.col + j);
    if (j === 0) return value === null ? '' : String(value);
    if (value === null) return '';
    return `=SUBTOTAL(109,[${escapeColumnName(String(cellAt(spec, t.row, t.col + j)))}])`;
  });
}

function applyStyle(range: Excel.Range, style: CellStyle, rows: number): void {
  const s = LOOKS[style];
  const { font, fill } = range.format;
  if (s.bold) font.bold = true;
  if (s.italic) font.italic = true;
  if (s.size) font.size = s.size;
  if (s.color) font.color = s.color;
  if (s.fill) fill.color = s.fill;
  if (s.wrap) {
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
  }
  // One thin line under (or over) every row of the block, as each cell has in the .xlsx writer's style.
  const edges: ('EdgeBottom' | 'EdgeTop' | 'InsideHorizontal')[] = [];
  if (s.border === 'bottom') edges.push('EdgeBottom');
  if (s.border === 'top') edges.push('EdgeTop');
  if (s.border && rows > 1) edges.push('InsideHorizontal');
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = 'Continuous';
    border.weight = 'Thin';
  }
}

function addConditionalFormat(ws: Excel.Worksheet, format: ConditionalFormat): void {
  const { range: r } = format;
  const range = ws.getRangeByIndexes(r.row - 1, r.col - 1, r.rows, r.columns);
  const cellIs = (operator: 'GreaterThan' | 'LessThan' | 'EqualTo', formula1: string, look: 'good' | 'bad' | 'warn') => {
    const cf = range.conditionalFormats.add('CellValue');
    cf.cellValue.format.font.color = HIGHLIGHTS[look].font;
    cf.cellValue.format.fill.color = HIGHLIGHTS[look].fill;
    cf.cellValue.rule = { formula1, operator };
  };
  // The rules of one kind are listed in the file's order; added in reverse, like the formats.
  for (const [operator, formula1, look] of rulesOf(format.rule).reverse()) {
    if (operator === 'dataBar') {
      const cf = range.conditionalFormats.add('DataBar');
      cf.dataBar.positiveFormat.fillColor = `#${formula1}`;
      cf.dataBar.lowerBoundRule = { type: 'LowestValue' };
      cf.dataBar.upperBoundRule = { type: 'HighestValue' };
    } else {
      cellIs(operator, formula1, look);
    }
  }
}

type RuleRow = ['GreaterThan' | 'LessThan' | 'EqualTo', string, 'good' | 'bad' | 'warn'] | ['dataBar', string, 'good'];

/** The rules of a kind, as the .xlsx writer lists them. */
function rulesOf(rule: ConditionalRule): RuleRow[] {
  switch (rule.kind) {
    case 'signGoodPositive':
      return [['GreaterThan', '=0', 'good'], ['LessThan', '=0', 'bad']];
    case 'signBadPositive':
      return [['GreaterThan', '=0', 'bad'], ['LessThan', '=0', 'good']];
    case 'positiveBad':
      return [['GreaterThan', '=0', 'bad']];
    case 'textEquals':
      return [['EqualTo', `="${rule.text.replace(/"/g, '""')}"`, rule.style]];
    case 'dataBar':
      return [['dataBar', rule.color.replace(/^#/, ''), 'good']];
  }
}

function addChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const { data, at } = spec;
  const chart = ws.charts.add(
    spec.type === 'line' ? 'Line' : 'ColumnClustered',
    ws.getRangeByIndexes(data.row - 1, data.col - 1, data.rows, data.columns),
    // Categories down the first column, a series per further column.
    'Columns',
  );
  chart.title.text = spec.title;
  chart.setPosition(
    ws.getRangeByIndexes(at.row - 1, at.col - 1, 1, 1),
    ws.getRangeByIndexes(at.row + at.rows - 2, at.col + at.columns - 2, 1, 1),
  );
}

/**
 * Checks that need no workbook, made before anything is written. Text a cell cannot hold was already
 * corrected, with the cell named to the planner, by planChanges (src/sheets/cellText.ts).
 */
function checkSheets(sheets: readonly SheetDescription[]): void {
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (!isValidSheetName(sheet.name)) throw new Error(`Invalid sheet name: ${JSON.stringify(sheet.name)}`);
    if (names.has(sheet.name.toLowerCase())) throw new Error(`Two sheets named ${JSON.stringify(sheet.name)}`);
    names.add(sheet.name.toLowerCase());
    for (const t of sheet.tables) checkTable(sheet, t);
  }
}

function checkTable(sheet: SheetDescription, t: TableSpec): void {
  if (!isValidTableName(t.name)) throw new Error(`Invalid table name: ${JSON.stringify(t.name)}`);
  const headers = Array.from({ length: t.columns }, (_, j) => cellAt(sheet, t.row, t.col + j));
  headers.forEach((name, j) => {
    if (typeof name !== 'string' || name === '') throw new Error(`Table ${t.name}: header ${j + 1} must be text, found ${JSON.stringify(name)}`);
  });
  if (new Set(headers.map((h) => String(h).toLowerCase())).size < headers.length) throw new Error(`Table ${t.name}: two columns of the same name`);
  if (t.rows - 1 - (t.totalsRow ? 1 : 0) < 1) throw new Error(`Table ${t.name} has no data row`);
  if (!t.totalsRow) return;
  for (let j = 1; j < t.columns; j++) {
    const total = cellAt(sheet, t.row + t.rows - 1, t.col + j);
    if (total !== null && typeof total !== 'number') throw new Error(`Table ${t.name}: totals cell ${j + 1} must be a number or empty`);
  }
}

/** Table names are unique in the workbook, ignoring case; those on sheets being replaced are free. */
function checkTableNames(sheets: readonly SheetDescription[], kept: readonly string[]): void {
  const taken = new Set(kept.map((n) => n.toLowerCase()));
  for (const sheet of sheets) {
    for (const t of sheet.tables) {
      const key = t.name.toLowerCase();
      if (taken.has(key)) throw new Error(`Table name ${t.name} is already used in this workbook`);
      taken.add(key);
    }
  }
}
