import type { SheetDescription } from '../sheets/layout';
import type { RawCell } from '../tables/cells';
import type { TableLocation } from '../tables/detect';

/**
 * The one small interface behind which workbooks live: an .xlsx file (ExcelJS) or the open workbook in
 * Excel (office-js). Cell values come back flattened to what office-js returns: numbers, strings,
 * booleans, null for empty, dates as Date (from files) or serial numbers (from Excel), errors as
 * { error: '#N/A' }.
 */
export type CellValue = RawCell;

/** A table or header-row range: 1-based top-left (the header's first row) and size including headers. */
export type TableInfo = TableLocation;

export interface WorkbookReader {
  sheetNames(): Promise<string[]>;
  /** Excel tables first, then used ranges of sheets with no table (as header-row range candidates). */
  listTables(): Promise<TableInfo[]>;
  readRange(sheet: string, row: number, col: number, rows: number, columns: number): Promise<CellValue[][]>;
  /** The scenario store's JSON text, or null when the workbook has none. */
  readStore(): Promise<string | null>;
}

export interface WorkbookWriter {
  /** Replaces a sheet this tool wrote (same name), or adds it. */
  writeSheet(sheet: SheetDescription): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** The sheet holding each Excel table, by table name in lower case (Excel ignores case there). */
  tableSheets(): Promise<Map<string, string>>;
  writeStore(json: string): Promise<void>;
}
