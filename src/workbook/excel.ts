import type { CellValue, OpenWorkbook, RecoveredWrite, SelectedCells, SheetChanges, StoreRead, TableInfo, WriteProgress } from './workbook';
import { excelSettings, type ExcelOptions, type ExcelRun, type ExcelSettings } from './excelBatch';
import { listTables, readRange, readStore, select, selection, sheetNames, tableSheets } from './excelRead';

export type { ExcelOptions, ExcelRun } from './excelBatch';

/**
 * The workbook open in Excel, through office-js: the task pane passes `Excel.run`, tests an in-memory
 * fake. Nothing here touches the global `Excel` or `Office` objects, so it loads anywhere.
 *
 * Syncs per call: sheetNames, tableSheets, select 1; listTables 2; readRange 1 per chunk (+1 for a
 * chunk holding text that starts with '#', +1 for each answer Excel refuses as over 5 MB, read again
 * smaller); readStore 2 (+1 per 15 cells of store past the first 15); selection 2; apply 1 + chunks + 1,
 * +1 when it replaces or removes a sheet, +1 when it writes a store over an existing one, +2 or 3 for
 * notices on sheets that stay (2 or 3 alone) (excelWrite.ts);
 * recoverInterruptedWrite 1 when there is nothing to repair, 3 more per write repaired.
 */
export class ExcelWorkbook implements OpenWorkbook {
  private readonly settings: ExcelSettings;

  constructor(private readonly run: ExcelRun, options: ExcelOptions = {}) {
    this.settings = excelSettings(options);
  }

  sheetNames(): Promise<string[]> {
    return sheetNames(this.run);
  }

  listTables(): Promise<TableInfo[]> {
    return listTables(this.run);
  }

  readRange(sheet: string, row: number, col: number, rows: number, columns: number): Promise<CellValue[][]> {
    return readRange(this.run, this.settings, sheet, row, col, rows, columns);
  }

  readStore(): Promise<StoreRead> {
    return readStore(this.run, this.settings);
  }

  tableSheets(): Promise<Map<string, string>> {
    return tableSheets(this.run);
  }

  // The writer is its own chunk: the pane's first script does not carry it (it comes while the pane reads).
  async apply(changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal): Promise<void> {
    const { applyChanges } = await import(/* webpackChunkName: "excel-write" */ './excelWrite');
    return applyChanges(this.run, this.settings, changes, progress, signal);
  }

  async recoverInterruptedWrite(): Promise<readonly RecoveredWrite[]> {
    const { recoverInterruptedWrite } = await import(/* webpackChunkName: "excel-write" */ './excelWrite');
    return recoverInterruptedWrite(this.run);
  }

  select(sheet: string, row: number, col: number): Promise<void> {
    return select(this.run, sheet, row, col);
  }

  selection(): Promise<SelectedCells | null> {
    return selection(this.run, this.settings);
  }
}
