/// <reference types="office-js" />
import type {
  Block,
  CellScalar,
  CellStyle,
  ChartSpec,
  ConditionalFormat,
  ConditionalRule,
  SheetDescription,
  TableSpec,
} from '../sheets/layout';
import { escapeColumnName, headerRowHeights, HIGHLIGHTS, LOOKS } from '../sheets/appearance';
import { isValidSheetName, isValidTableName } from '../sheets/names';
import { storeSheet } from '../sheets/store';
import { EXCEL_CELL_MAX_CHARS } from '../tables/cells';
import { jsonBytes, type ExcelRun, type ExcelSettings } from './excelBatch';
import type { SheetChanges, WriteProgress } from './workbook';

/**
 * Writing sheet descriptions into the open workbook through office-js, all or nothing.
 *
 * 1. One sync reads the sheets, tables and active sheet; names are checked as the .xlsx writer checks
 *    them, before anything changes.
 * 2. Every sheet (the store's too) is written under a temporary name ('_sp1.0', …) with temporary
 *    table names, in batches of about `chunkBytes` of JSON, one sync each, calculation suspended:
 *    number formats first ('@' on every text cell, so that nothing typed like a formula, number or
 *    date is parsed), then values as whole 2-D blocks, styles, widths, header heights, tables (after
 *    their values), conditional formats, frozen panes, tab colours, charts.
 * 3. Commit, one sync: the sheets being replaced or removed, and the old store, are renamed aside
 *    ('_sp1.o0', …) with their tables and hidden; the new sheets and tables take their final names,
 *    replaced sheets their tab positions; the store becomes very hidden.
 * 4. Cleanup, one sync: the sheets put aside are deleted.
 *
 * If a sync fails before the cleanup, a second `run` puts the workbook back as it was: the new sheets
 * are deleted, those put aside get their names, tables and visibility back. If the cleanup fails after
 * deleting some of them, the write is complete and the rest are deleted then.
 * Syncs: 1 + batches + 1, plus 1 when a sheet is replaced or removed (always, once a store exists).
 */
export async function applyChanges(
  run: ExcelRun, settings: ExcelSettings, changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal,
): Promise<void> {
  const sheets = changes.store === null ? [...changes.write] : [...changes.write, storeSheet(changes.store)];
  checkSheets(sheets);
  const journal: Journal = { phase: 'prepare', tempNames: [], createdIds: new Set(), retired: [], activeId: null };
  try {
    await run((context) => write(context, settings, changes, sheets, journal, progress, signal));
  } catch (error) {
    if (journal.phase === 'prepare') throw error;
    if ((await recover(run, journal)) === 'completed') return;
    throw error;
  }
}

type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** What a failed write needs to find and undo. */
interface Journal {
  phase: 'prepare' | 'write' | 'commit' | 'cleanup';
  tempNames: string[];
  readonly createdIds: Set<string>;
  retired: Retired[];
  activeId: string | null;
}

/** A sheet replaced or removed: set aside under `asideName` at the commit, deleted at the cleanup. */
interface Retired {
  readonly id: string;
  readonly name: string;
  readonly visibility: Visibility;
  readonly asideName: string;
  readonly tables: readonly { readonly id: string; readonly name: string; readonly asideName: string }[];
}

interface SheetPlan {
  readonly spec: SheetDescription;
  readonly temp: string;
  readonly tables: readonly { readonly spec: TableSpec; readonly temp: string }[];
  /** The sheet it replaces, if any. */
  readonly replaces: Retired | undefined;
}

/** A share of one batch: its weight in request JSON and the operations it queues. */
interface Step {
  readonly bytes: number;
  readonly queue: () => void;
}

/** What one queued operation adds to a request besides its values: its object path and action. */
const OPERATION_BYTES = 256;

async function write(
  context: Excel.RequestContext, settings: ExcelSettings, changes: SheetChanges, sheets: readonly SheetDescription[], journal: Journal,
  progress: WriteProgress | undefined,
  signal: AbortSignal | undefined,
): Promise<void> {
  const book = context.workbook;
  const sheetItems = book.worksheets.load('items/id,items/name,items/visibility,items/position');
  const tableItems = book.tables.load('items/id,items/name,items/worksheet/id');
  const active = book.worksheets.getActiveWorksheet().load('id');
  await context.sync();

  const existing = [...sheetItems.items].sort((a, b) => a.position - b.position);
  const lower = (s: string) => s.toLowerCase();
  const goingNames = new Set([...sheets.map((s) => lower(s.name)), ...changes.remove.map(lower)]);
  const going = existing.filter((ws) => goingNames.has(lower(ws.name)));
  const goingIds = new Set(going.map((ws) => ws.id));
  checkTableNames(sheets, tableItems.items.filter((t) => !goingIds.has(t.worksheet.id)).map((t) => t.name));

  const token = freeToken([...existing.map((ws) => ws.name), ...tableItems.items.map((t) => t.name)]);
  const retired: Retired[] = going.map((ws, i) => ({
    id: ws.id,
    name: ws.name,
    visibility: ws.visibility as Visibility,
    asideName: `_sp${token}.o${i}`,
    tables: tableItems.items
      .filter((t) => t.worksheet.id === ws.id)
      .map((t, j) => ({ id: t.id, name: t.name, asideName: `_sp${token}_o${i}_${j}` })),
  }));
  const plans: SheetPlan[] = sheets.map((spec, i) => ({
    spec,
    temp: `_sp${token}.${i}`,
    tables: spec.tables.map((t, j) => ({ spec: t, temp: `_sp${token}_t${i}_${j}` })),
    replaces: retired.find((r) => lower(r.name) === lower(spec.name)),
  }));
  journal.tempNames = plans.map((p) => p.temp);
  journal.retired = retired;
  journal.activeId = active.id;

  const made = new Map<string, Excel.Worksheet>();
  const madeTables = new Map<string, Excel.Table>();
  const batches = intoBatches(plans.flatMap((plan) => sheetSteps(context, plan, made, madeTables, settings)), settings.chunkBytes);
  const total = 1 + batches.length + 1 + (retired.length > 0 ? 1 : 0);
  let done = 1;
  progress?.(done, total);

  journal.phase = 'write';
  for (const batch of batches) {
    // A cancel (a sync that seems to hang on the web) stops here; what was written is then removed.
    signal?.throwIfAborted();
    for (const step of batch) step.queue();
    context.application.suspendApiCalculationUntilNextSync();
    await context.sync();
    for (const ws of made.values()) journal.createdIds.add(ws.id);
    progress?.(++done, total);
  }

  signal?.throwIfAborted();
  journal.phase = 'commit';
  commit(context, settings, plans, retired, existing, made, madeTables, active.id);
  await context.sync();
  progress?.(++done, total);

  if (retired.length === 0) return;
  journal.phase = 'cleanup';
  suspendScreenUpdating(context, settings);
  for (const r of retired) book.worksheets.getItem(r.id).delete();
  await context.sync();
  progress?.(++done, total);
}

/** Queues the commit: every change here can be undone by `recover`. */
function commit(
  context: Excel.RequestContext, settings: ExcelSettings, plans: readonly SheetPlan[], retired: readonly Retired[],
  existing: readonly Excel.Worksheet[], made: ReadonlyMap<string, Excel.Worksheet>, madeTables: ReadonlyMap<string, Excel.Table>,
  activeId: string,
): void {
  const book = context.workbook;
  suspendScreenUpdating(context, settings);
  const aside = new Map(retired.map((r) => [r.id, book.worksheets.getItem(r.id)]));
  for (const r of retired) {
    aside.get(r.id)!.name = r.asideName;
    for (const t of r.tables) book.tables.getItem(t.id).name = t.asideName;
  }
  for (const plan of plans) {
    const ws = made.get(plan.temp)!;
    ws.name = plan.spec.name;
    for (const t of plan.tables) madeTables.get(t.temp)!.name = t.spec.name;
    const visibility = VISIBILITY[plan.spec.visibility ?? 'visible'];
    if (visibility !== temporaryVisibility(plan.spec)) ws.visibility = visibility;
  }
  // New sheets are visible before old ones are hidden: a workbook keeps one visible sheet.
  for (const r of retired) if (r.visibility !== 'Hidden') aside.get(r.id)!.visibility = 'Hidden';

  // Each replacement goes just before the sheet it replaces, which the cleanup deletes: replaced
  // sheets keep their places among the tabs; other new sheets stay at the end, in order.
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

/**
 * Undoes a failed write in a fresh `run` (the failed one may be unusable): deletes the sheets it
 * created, gives the sheets set aside their names, tables, visibility back. If the failure came in the
 * cleanup after some sheets set aside were deleted, the new sheets are in place: the rest are deleted.
 */
async function recover(run: ExcelRun, journal: Journal): Promise<'undone' | 'completed'> {
  return run(async (context) => {
    const book = context.workbook;
    const sheets = book.worksheets.load('items/id,items/name,items/visibility');
    const tables = book.tables.load('items/id,items/name');
    await context.sync();
    const byId = new Map(sheets.items.map((ws) => [ws.id, ws]));
    const left = journal.retired.filter((r) => byId.has(r.id));
    if (journal.phase === 'cleanup' && left.length < journal.retired.length) {
      for (const r of left) {
        const ws = byId.get(r.id)!;
        if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
        ws.delete();
      }
      await context.sync();
      return 'completed';
    }
    for (const r of left) if (r.visibility !== 'VeryHidden' && byId.get(r.id)!.visibility !== r.visibility) byId.get(r.id)!.visibility = r.visibility;
    const temp = new Set(journal.tempNames.map((n) => n.toLowerCase()));
    for (const ws of sheets.items) {
      if (!journal.createdIds.has(ws.id) && !temp.has(ws.name.toLowerCase())) continue;
      if (ws.visibility === 'VeryHidden') ws.visibility = 'Hidden';
      ws.delete();
    }
    const tableById = new Map(tables.items.map((t) => [t.id, t]));
    for (const r of left) {
      const ws = byId.get(r.id)!;
      if (ws.name !== r.name) ws.name = r.name;
      if (r.visibility === 'VeryHidden' && ws.visibility !== 'VeryHidden') ws.visibility = 'VeryHidden';
      for (const t of r.tables) {
        const table = tableById.get(t.id);
        if (table && table.name !== t.name) table.name = t.name;
      }
    }
    const active = journal.activeId === null ? undefined : byId.get(journal.activeId);
    if (active && journal.retired.some((r) => r.id === journal.activeId)) active.activate();
    await context.sync();
    return 'undone';
  });
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
    bytes: OPERATION_BYTES * (5 + widths.length),
    queue: () => {
      const ws = context.workbook.worksheets.add(plan.temp);
      ws.load('id');
      made.set(plan.temp, ws);
      const visibility = temporaryVisibility(spec);
      if (visibility !== 'Visible') ws.visibility = visibility;
      if (spec.tabColor) ws.tabColor = `#${spec.tabColor}`;
      for (const run of widths) ws.getRangeByIndexes(0, run.start, 1, run.count).getEntireColumn().format.columnWidth = columnPoints(run.value);
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
    const width = Math.max(0, ...block.values.map((r) => r.length));
    if (block.values.length === 0 || width === 0) continue;
    blockChunks(block, width, totals, settings).forEach((chunk, k) => {
      steps.push({
        bytes: chunk.bytes + OPERATION_BYTES * (k === 0 ? 12 : 2),
        queue: () => {
          const ws = sheet();
          const range = ws.getRangeByIndexes(block.row - 1 + chunk.first, block.col - 1, chunk.values.length, width);
          if (chunk.formats) range.numberFormat = chunk.formats;
          range.values = chunk.values;
          if (k > 0) return;
          const whole = ws.getRangeByIndexes(block.row - 1, block.col - 1, block.values.length, width);
          if (block.style) applyStyle(whole, block.style, block.values.length);
          if (block.style === 'header') {
            headerRowHeights(block, spec.columnWidths).forEach((points, i) => {
              if (points !== null) ws.getRangeByIndexes(block.row - 1 + i, block.col - 1, 1, 1).format.rowHeight = points;
            });
          }
        },
      });
    });
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
  /** First row, counted from the block's first. */
  readonly first: number;
  readonly values: CellScalar[][];
  /** Number formats, null where the cell keeps General; null when no cell gets one. */
  readonly formats: (string | null)[][] | null;
  readonly bytes: number;
}

/**
 * A block cut into chunks of rows whose values and formats together weigh at most the chunk size.
 * Text cells get '@' (Excel would otherwise parse '=…', '+84…', '1/2/1970', 'TRUE'); other cells their
 * column's format, except '@', under which Excel would turn a number into text.
 */
function blockChunks(block: Block, width: number, totals: ReadonlySet<string>, settings: ExcelSettings): Chunk[] {
  const chunks: Chunk[] = [];
  const limit = settings.chunkBytes - OPERATION_BYTES * 12;
  const maxRows = Math.max(1, Math.floor(settings.maxCellsPerChunk / width));
  let values: CellScalar[][] = [];
  let formats: (string | null)[][] = [];
  let anyFormat = false;
  let bytes = 0;
  let first = 0;
  const flush = () => {
    chunks.push({ first, values, formats: anyFormat ? formats : null, bytes });
    first += values.length;
    values = [];
    formats = [];
    anyFormat = false;
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
    if (values.length > 0 && (bytes + lineBytes > limit || values.length >= maxRows)) flush();
    values.push(line);
    formats.push(lineFormats);
    anyFormat ||= lineFormats.some((f) => f !== null);
    bytes += lineBytes;
  });
  if (values.length > 0) flush();
  return chunks;
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

/** The cell a sheet's blocks put at (row, col), or null. */
function cellAt(spec: SheetDescription, row: number, col: number): CellScalar {
  for (const b of spec.blocks) {
    const value = b.values[row - b.row]?.[col - b.col];
    if (value !== undefined) return value;
  }
  return null;
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

/** Checks that need no workbook, made before anything is written. */
function checkSheets(sheets: readonly SheetDescription[]): void {
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (!isValidSheetName(sheet.name)) throw new Error(`Invalid sheet name: ${JSON.stringify(sheet.name)}`);
    if (names.has(sheet.name.toLowerCase())) throw new Error(`Two sheets named ${JSON.stringify(sheet.name)}`);
    names.add(sheet.name.toLowerCase());
    for (const block of sheet.blocks) {
      for (const row of block.values) {
        for (const v of row) {
          if (typeof v === 'string' && v.length > EXCEL_CELL_MAX_CHARS) {
            throw new Error(`${sheet.name}: a cell of ${v.length} characters (Excel holds ${EXCEL_CELL_MAX_CHARS})`);
          }
        }
      }
    }
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
