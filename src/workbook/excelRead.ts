/// <reference types="office-js" />
import { STORE_SHEET_NAME } from '../sheets/storeName';
import { isStoreText, STORE_CHUNK_LENGTH, storeContent } from '../sheets/store';
import type { SheetRange } from '../tables/detect';
import { jsonBytes, type ExcelRun, type ExcelSettings } from './excelBatch';
import { mergedRange, type MergedRange } from './merges';
import type { CellValue, SelectedCells, StoreRead, TableInfo } from './workbook';

/**
 * Reading the open workbook through office-js, with the same results as the .xlsx reader
 * (xlsxRead.ts) gives for the same workbook: tables first, then the used ranges of sheets without
 * one; very hidden sheets and sheets named '_…' skipped; cells flattened ('' → null, errors →
 * { error }). Each `run` loads only the properties it uses; big ranges come in row chunks, one sync
 * each, sized by the JSON they bring back.
 */

/** Bytes one cell is taken to weigh before a first chunk has been measured: more than most cells do. */
const FIRST_GUESS_CELL_BYTES = 48;
/** The smallest weight a measured cell is given (an empty cell is `""` and a comma). */
const MIN_CELL_BYTES = 3;
/** Rows of a worksheet. */
const EXCEL_ROWS = 1_048_576;

export async function sheetNames(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    return sheets.items.map((ws) => ws.name);
  });
}

/** Table names in lower case → the sheet holding the table. */
export async function tableSheets(run: ExcelRun): Promise<Map<string, string>> {
  return run(async (context) => {
    const tables = context.workbook.tables.load('items/name,items/worksheet/name');
    await context.sync();
    return new Map(tables.items.map((t) => [t.name.toLowerCase(), t.worksheet.name]));
  });
}

/**
 * Two syncs: the sheets and tables, then the tables' ranges and the used ranges of the sheets that
 * have none. In tab order; within a sheet, in the order Excel lists its tables.
 */
export async function listTables(run: ExcelRun): Promise<TableInfo[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility');
    const tables = context.workbook.tables.load('items/name,items/showTotals,items/worksheet/name');
    await context.sync();
    const bySheet = new Map<string, Excel.Table[]>();
    for (const t of tables.items) bySheet.set(t.worksheet.name, [...(bySheet.get(t.worksheet.name) ?? []), t]);
    const own: { sheet: string; table: Excel.Table; range: Excel.Range }[] = [];
    const used: { sheet: string; range: Excel.Range }[] = [];
    for (const ws of sheets.items) {
      if (ws.visibility === 'VeryHidden' || ws.name.startsWith('_')) continue;
      const held = bySheet.get(ws.name) ?? [];
      for (const table of held) own.push({ sheet: ws.name, table, range: table.getRange().load(BOUNDS) });
      if (held.length === 0) used.push({ sheet: ws.name, range: ws.getUsedRangeOrNullObject(true).load(BOUNDS) });
    }
    if (own.length === 0 && used.length === 0) return [];
    await context.sync();
    const infos: TableInfo[] = own.map(({ sheet, table, range }) => ({
      sheet,
      name: table.name,
      row: range.rowIndex + 1,
      col: range.columnIndex + 1,
      // A totals row is a formula row, not data: it is left out, as the .xlsx reader does.
      rows: range.rowCount - (table.showTotals ? 1 : 0),
      columns: range.columnCount,
      totalsRow: table.showTotals,
    }));
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      infos.push({ sheet, name: null, row: range.rowIndex + 1, col: range.columnIndex + 1, rows: range.rowCount, columns: range.columnCount });
    }
    return infos;
  });
}

const BOUNDS = 'rowIndex,columnIndex,rowCount,columnCount';

/** 1-based, like the rest of the WorkbookReader interface. */
export async function readRange(
  run: ExcelRun, settings: ExcelSettings, sheet: string, row: number, col: number, rows: number, columns: number,
): Promise<CellValue[][]> {
  if (rows <= 0 || columns <= 0) return [];
  return run((context) => readCells(context, context.workbook.worksheets.getItem(sheet), row - 1, col - 1, rows, columns, settings));
}

/**
 * Rows of cells in chunks, one sync each (two when a chunk holds text starting with '#', which may be
 * an error value: its value types are loaded to tell). A chunk's rows are as many as fit in the chunk
 * size at the largest weight per cell measured so far (a guess on the first). Long texts after short
 * rows can still make an answer larger than Excel sends (5 MB): the chunk is then read again in half
 * as many rows, and the rows after it at most that many, doubling again as chunks come back; a single
 * row too large is read in halves of its columns.
 */
export async function readCells(
  context: Excel.RequestContext, ws: Excel.Worksheet, rowIndex: number, columnIndex: number, rows: number, columns: number,
  settings: ExcelSettings,
): Promise<CellValue[][]> {
  const grid: CellValue[][] = [];
  let cellBytes = FIRST_GUESS_CELL_BYTES;
  let measured = 0;
  let cap = Infinity;
  while (grid.length < rows) {
    const fit = Math.floor(Math.min(settings.chunkBytes / cellBytes, settings.maxCellsPerChunk) / columns);
    const count = Math.min(rows - grid.length, cap, Math.max(1, fit));
    let chunk: { cells: CellValue[][]; bytes: number };
    try {
      chunk = await readBlock(context, ws, rowIndex + grid.length, columnIndex, count, columns);
      cap = cap * 2;
    } catch (error) {
      if (!isTooLarge(error)) throw error;
      if (count > 1) {
        cap = Math.floor(count / 2);
        continue;
      }
      chunk = await readWideRow(context, ws, rowIndex + grid.length, columnIndex, columns);
    }
    grid.push(...chunk.cells);
    measured = Math.max(measured, chunk.bytes / (count * columns));
    cellBytes = Math.max(MIN_CELL_BYTES, measured);
  }
  return grid;
}

/** One row too large to come back at once, in halves of its columns (and halves of those, as needed). */
async function readWideRow(
  context: Excel.RequestContext, ws: Excel.Worksheet, rowIndex: number, columnIndex: number, columns: number,
): Promise<{ cells: CellValue[][]; bytes: number }> {
  try {
    return await readBlock(context, ws, rowIndex, columnIndex, 1, columns);
  } catch (error) {
    // A single cell holds at most 32,767 characters: it always fits.
    if (!isTooLarge(error) || columns === 1) throw error;
    const half = Math.floor(columns / 2);
    const left = await readWideRow(context, ws, rowIndex, columnIndex, half);
    const right = await readWideRow(context, ws, rowIndex, columnIndex + half, columns - half);
    return { cells: [[...left.cells[0], ...right.cells[0]]], bytes: left.bytes + right.bytes };
  }
}

/** A block of cells, flattened, and the bytes its values weighed: one sync, two when a text starts with '#'. */
async function readBlock(
  context: Excel.RequestContext, ws: Excel.Worksheet, rowIndex: number, columnIndex: number, rows: number, columns: number,
): Promise<{ cells: CellValue[][]; bytes: number }> {
  const range = ws.getRangeByIndexes(rowIndex, columnIndex, rows, columns).load('values');
  await context.sync();
  const values = range.values;
  let types: Excel.RangeValueType[][] | null = null;
  if (values.some((line) => line.some((v) => typeof v === 'string' && v.startsWith('#')))) {
    range.load('valueTypes');
    await context.sync();
    types = range.valueTypes;
  }
  return { cells: values.map((line, i) => line.map((v, j) => flatten(v, types?.[i][j]))), bytes: jsonBytes(values) };
}

/**
 * Excel's refusal of an answer over its limit (5 MB on the web). The docs name it
 * RequestPayloadSizeLimitExceeded; the API's error codes also list ResponsePayloadSizeLimitExceeded.
 */
function isTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** A cell as office-js returns it → as the adapters return it. */
function flatten(value: unknown, type: Excel.RangeValueType | undefined): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (type === 'Error') return { error: String(value) };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

/** Rows of the blocks whose merged areas are asked for at once: a column merged by pairs of rows makes 500. */
const MERGE_BLOCK_ROWS = 1_000;
/** Blocks are halved while Excel refuses them, down to this many rows; then nothing is told. */
const MIN_MERGE_BLOCK_ROWS = 32;

/**
 * The merged areas of each range (1-based), in one sync; null when Excel does not tell them. Needs
 * ExcelApi 1.13 (getMergedAreasOrNullObject). Excel lists only the areas whose top-left cell lies in
 * the range asked about (office-js issue 3611), so each range is asked about from its top row; and it
 * fails to list more than 512 areas in one range, so ranges are asked about in blocks of rows, each
 * area found in the block of its top-left cell, the blocks halved (one more sync each time) while the
 * sync fails.
 */
export async function mergedAreas(run: ExcelRun, ranges: readonly SheetRange[]): Promise<MergedRange[][] | null> {
  if (ranges.length === 0) return [];
  return run(async (context) => {
    let block = Math.min(MERGE_BLOCK_ROWS, Math.max(...ranges.map((r) => r.rows)));
    for (;;) {
      const asked = ranges.map((r) => {
        const ws = context.workbook.worksheets.getItem(r.sheet);
        const areas: Excel.RangeAreas[] = [];
        for (let top = 0; top < r.rows; top += block) {
          const rows = Math.min(block, r.rows - top);
          areas.push(ws.getRangeByIndexes(r.row - 1 + top, r.col - 1, rows, r.columns).getMergedAreasOrNullObject().load('address'));
        }
        return areas;
      });
      try {
        // One sync per size of block on purpose: the one before failed whole.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch {
        // The notes are a help: when Excel will not tell, the cells are reported empty as they are.
        if (block <= MIN_MERGE_BLOCK_ROWS) return null;
        block = Math.ceil(block / 2);
        continue;
      }
      return asked.map((areas) => areas.flatMap((a) => (a.isNullObject ? [] : areasOf(a.address))));
    }
  });
}

/**
 * The areas of an address list as Excel writes it: "Sheet1!A1:B4, Sheet1!D1:D4", each area's sheet
 * name quoted when it holds spaces, commas and the like ("'Cán bộ, 2025'!C3:C5", a quote doubled).
 */
export function areasOf(address: string): MergedRange[] {
  const area = /\s*(?:'(?:[^']|'')*'|[^'!,]*)!([^,\s]+)\s*(?:,|$)/y;
  const areas: MergedRange[] = [];
  for (let m = area.exec(address); m !== null; m = area.exec(address)) {
    const range = mergedRange(m[1]);
    if (range !== null) areas.push(range);
  }
  return areas;
}

/**
 * The store's JSON from column A of its very hidden sheet: one sync to find the sheet, one for the
 * used rows with the first chunk of cells (which holds the whole store unless it is over ~0.5 MB),
 * one per further chunk.
 */
export async function readStore(run: ExcelRun, settings: ExcelSettings): Promise<StoreRead> {
  return run(async (context) => {
    // Excel finds the sheet ignoring case, as it compares sheet names.
    const ws = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET_NAME).load('name');
    await context.sync();
    if (ws.isNullObject) return { kind: 'none' };
    // A chunk of the store is at most STORE_CHUNK_LENGTH characters, at most 3 bytes each in UTF-8.
    const perChunk = Math.max(1, Math.floor(settings.chunkBytes / (STORE_CHUNK_LENGTH * 3 + 8)));
    const used = ws.getRangeByIndexes(0, 0, EXCEL_ROWS, 1).getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
    const first = ws.getRangeByIndexes(0, 0, perChunk, 1).load('values');
    await context.sync();
    // An empty sheet, or one whose first cell is not a store's, is the planner's (and `used` is set).
    if (!isStoreText(first.values[0]?.[0])) return { kind: 'foreign', sheet: ws.name };
    const cells: unknown[][] = [...first.values];
    const end = used.rowIndex + used.rowCount;
    for (let start = perChunk; start < end; start += perChunk) {
      const chunk = ws.getRangeByIndexes(start, 0, Math.min(perChunk, end - start), 1).load('values');
      // One sync per chunk on purpose: a response over Excel on the web's payload limit fails whole.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      cells.push(...chunk.values);
    }
    return { kind: 'store', sheet: ws.name, ...storeContent(cells) };
  });
}

/** Shows the sheet and selects one cell (1-based): one sync. */
export async function select(run: ExcelRun, sheet: string, row: number, col: number): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRangeByIndexes(row - 1, col - 1, 1, 1).select();
    await context.sync();
  });
}

/**
 * The first area of the selection with its values; of a selection larger than `selectionCells`, the
 * top rows that fit (all its columns up to that many cells; of a selection wider than that, the
 * first row's first `selectionCells` cells). Null when the selection is not cells (a chart, a shape).
 */
export async function selection(run: ExcelRun, settings: ExcelSettings): Promise<SelectedCells | null> {
  return run(async (context) => {
    // getSelectedRanges (ExcelApi 1.9) reads a multiple selection; getSelectedRange fails on one.
    const book = context.workbook;
    const area = (settings.supports('ExcelApi', '1.9') ? book.getSelectedRanges().areas.getItemAt(0) : book.getSelectedRange()).load(BOUNDS);
    const ws = area.worksheet.load('name');
    // Whole rows or columns selected by their headers span 16,384 columns or a million rows: only the
    // part holding data is read.
    const used = ws.getUsedRangeOrNullObject(true).load(BOUNDS);
    try {
      await context.sync();
    } catch {
      return null;
    }
    const top = used.isNullObject ? area.rowIndex : Math.max(area.rowIndex, used.rowIndex);
    const left = used.isNullObject ? area.columnIndex : Math.max(area.columnIndex, used.columnIndex);
    const bottom = used.isNullObject ? top : Math.min(area.rowIndex + area.rowCount, used.rowIndex + used.rowCount);
    const right = used.isNullObject ? left : Math.min(area.columnIndex + area.columnCount, used.columnIndex + used.columnCount);
    if (bottom <= top || right <= left) return { sheet: ws.name, row: area.rowIndex + 1, col: area.columnIndex + 1, values: [] };
    const columns = Math.min(right - left, settings.selectionCells);
    const rows = Math.min(bottom - top, Math.max(1, Math.floor(settings.selectionCells / columns)));
    const values = await readCells(context, ws, top, left, rows, columns, settings);
    return { sheet: ws.name, row: top + 1, col: left + 1, values };
  });
}
