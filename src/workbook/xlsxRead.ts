import ExcelJS from 'exceljs';
import { STORE_SHEET_NAME } from '../sheets/storeName';
import { isStoreText, storeContent } from '../sheets/store';
import type { CellNote } from '../tables/cells';
import { rangeBounds } from '../tables/addresses';
import { columnLetter } from '../tables/problems';
import type { CellValue, StoreRead, TableInfo, WorkbookReader } from './workbook';

/**
 * What ExcelJS keeps of a table, read from a file or added in memory. Its typings describe the
 * properties of a table being built (`getTables()` is even typed as pairs), so the model is read here.
 */
interface TableModel {
  readonly name?: string;
  readonly displayName?: string;
  /** The whole table, headers and totals included: 'B3:F40'. */
  readonly tableRef?: string;
  readonly totalsRow?: boolean;
}

/**
 * Reads an .xlsx workbook through ExcelJS, flattening its tagged cell values (rich text, hyperlinks,
 * formulas, shared strings, merged cells, errors) to the plain values office-js returns, so the
 * layers above cannot tell an .xlsx file from a workbook open in Excel.
 */
export class XlsxWorkbookReader implements WorkbookReader {
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  static async fromFile(path: string): Promise<XlsxWorkbookReader> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return new XlsxWorkbookReader(workbook);
  }

  static async fromBuffer(buffer: ArrayBuffer | Uint8Array): Promise<XlsxWorkbookReader> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    return new XlsxWorkbookReader(workbook);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /**
   * Excel tables first, then the used range of each sheet that has none. Very hidden sheets and
   * sheets whose name starts with '_' belong to tools (this one's store among them) and are skipped.
   */
  async listTables(): Promise<TableInfo[]> {
    const sheets = this.workbook.worksheets.filter((ws) => ws.state !== 'veryHidden' && !ws.name.startsWith('_'));
    const tables: TableInfo[] = [];
    const ranges: TableInfo[] = [];
    for (const ws of sheets) {
      const own = (ws.getTables() as unknown as { readonly model?: TableModel }[])
        .map((t) => tableInfo(ws.name, t.model))
        .filter((t): t is TableInfo => t !== null);
      if (own.length > 0) {
        tables.push(...own);
        continue;
      }
      const used = usedRange(ws);
      if (used !== null) ranges.push({ sheet: ws.name, name: null, ...used });
    }
    return [...tables, ...ranges];
  }

  async readRange(sheet: string, row: number, col: number, rows: number, columns: number): Promise<CellValue[][]> {
    const ws = this.worksheet(sheet);
    const grid: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const line: CellValue[] = new Array<CellValue>(columns).fill(null);
      // findRow/findCell do not create the rows and cells they look for, unlike getRow/getCell.
      const wsRow = ws.findRow(row + r);
      if (wsRow !== undefined) {
        for (let c = 0; c < columns; c++) {
          const cell = wsRow.findCell(col + c);
          if (cell !== undefined) line[c] = cellValue(cell);
        }
      }
      grid.push(line);
    }
    return grid;
  }

  /**
   * Why an empty cell is empty when the planner may see a value there: it is covered by a merged
   * range (not its top-left cell), or it holds a formula with no calculated value saved.
   */
  cellNote(sheet: string, row: number, col: number): CellNote | null {
    const cell = this.workbook.getWorksheet(sheet)?.findCell(row, col);
    if (cell === undefined) return null;
    // ExcelJS gives the cells a merged range covers their master's value: the merge is told first.
    if (cell.isMerged && cell.master !== cell) return { kind: 'merged', range: mergedRef(cell) };
    const value = cell.value as Record<string, unknown> | null;
    const formula = value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value);
    return formula && value.result === undefined ? { kind: 'formula' } : null;
  }

  /** The store's JSON: column A of the store sheet, joined as the store layout wrote it. */
  async readStore(): Promise<StoreRead> {
    const key = STORE_SHEET_NAME.toLowerCase();
    const ws = this.workbook.worksheets.find((w) => w.name.toLowerCase() === key);
    if (ws === undefined) return { kind: 'none' };
    const first = ws.findCell(1, 1);
    if (!isStoreText(first === undefined ? null : cellValue(first))) return { kind: 'foreign', sheet: ws.name };
    const column: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const cell = ws.findCell(r, 1);
      column.push([cell === undefined ? null : cellValue(cell)]);
    }
    return { kind: 'store', sheet: ws.name, ...storeContent(column) };
  }

  private worksheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (ws === undefined) throw new Error(`No sheet named "${name}" in the workbook`);
    return ws;
  }
}

function tableInfo(sheet: string, model: TableModel | undefined): TableInfo | null {
  if (model === undefined) return null;
  const range = model.tableRef;
  if (range === undefined) return null;
  const b = rangeBounds(range);
  if (b === null) return null;
  // A totals row is a formula row, not data: it is left out of the range.
  const rows = b.bottom - b.top + 1 - (model.totalsRow ? 1 : 0);
  return { sheet, name: model.displayName ?? model.name ?? null, row: b.top, col: b.left, rows, columns: b.right - b.left + 1, totalsRow: Boolean(model.totalsRow) };
}

/** The smallest range holding every non-empty cell, or null for an empty sheet. */
function usedRange(ws: ExcelJS.Worksheet): { row: number; col: number; rows: number; columns: number } | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const value = cellValue(cell);
      if (value === null || (typeof value === 'string' && value.trim() === '')) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  if (bottom === 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/**
 * 'F2:F5': the merged range covering a cell, found through ExcelJS's public cell API (each covered
 * cell names its master, the top-left cell) by walking down and right from the master.
 */
function mergedRef(cell: ExcelJS.Cell): string {
  const master = cell.master;
  const ws = cell.worksheet;
  // fullAddress: row and col as numbers (the typings give Address's as strings).
  const { row, col } = master.fullAddress;
  let bottom = row;
  while (ws.findCell(bottom + 1, col)?.master === master) bottom++;
  let right = col;
  while (ws.findCell(row, right + 1)?.master === master) right++;
  return `${master.address}:${columnLetter(right)}${bottom}`;
}

/** One cell as office-js would return it. */
function cellValue(cell: ExcelJS.Cell): CellValue {
  // A merged range holds its value in the top-left cell; ExcelJS repeats it in the others.
  if (cell.isMerged && cell.master.address !== cell.address) return null;
  return flatten(cell.value);
}

function flatten(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === 'string') return { error: v.error };
  if (Array.isArray(v.richText)) return richText(v.richText);
  // Hyperlinks: the text shown (itself plain or rich).
  if ('hyperlink' in v) return v.text === undefined ? null : flatten(v.text);
  // Formulas, shared formulas and array formulas: the result Excel cached when it saved the file.
  if ('formula' in v || 'sharedFormula' in v) return flatten(v.result);
  return null;
}

function richText(runs: readonly unknown[]): string {
  return runs.map((run) => (typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
}
