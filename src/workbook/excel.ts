import type { CellNotes } from '../tables/cells';
import type { SheetRange } from '../tables/detect';
import type { CellValue, OpenWorkbook, RecoveredWrite, SelectedCells, SheetChanges, StoreRead, TableInfo, WriteProgress } from './workbook';
import { excelSettings, type ExcelOptions, type ExcelRun, type ExcelSettings } from './excelBatch';
import { listTables, mergedAreas, readRange, readStore, select, selection, sheetNames, tableSheets } from './excelRead';
import { MergedCells } from './merges';

export type { ExcelOptions, ExcelRun } from './excelBatch';

/**
 * The workbook open in Excel, through office-js: the task pane passes `Excel.run`, tests an in-memory
 * fake. Nothing here touches the global `Excel` or `Office` objects, so it loads anywhere.
 *
 * Syncs per call: sheetNames, tableSheets, select 1; listTables 2; readRange 1 per chunk (+1 for a
 * chunk holding text that starts with '#', +1 for each answer Excel refuses as over 5 MB, read again
 * smaller); cellNotes 1 with ExcelApi 1.13 (none without), +1 each time Excel refuses to list the
 * merged areas and the blocks of rows asked about are halved (5 at most); readStore 2 (+1 per 15
 * cells of store past the first 15); selection 2; apply 1 + chunks + 1, +1 when it replaces or
 * removes a sheet, +1 when it writes a store over an existing one, +2 or 3 for notices on sheets that
 * stay (2 or 3 alone) (excelWrite.ts);
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

  /**
   * Why cells of the ranges read empty: the merged ranges hiding them, asked of Excel (ExcelApi 1.13;
   * without it, null: the cells are reported empty as they are). Excel calculates every formula, so
   * none reads empty for want of a calculated value.
   */
  async cellNotes(ranges: readonly SheetRange[]): Promise<CellNotes | null> {
    if (!this.settings.supports('ExcelApi', '1.13')) return null;
    const found = await mergedAreas(this.run, ranges);
    if (found === null) return null;
    // An area merged further down than the range asked about (a whole column) is indexed to its end.
    const merged = ranges.map((r, i) => ({ sheet: r.sheet, cells: new MergedCells(found[i], r.row + r.rows - 1) }));
    return (sheet, row, col) => {
      for (const m of merged) {
        const note = m.sheet === sheet ? m.cells.note(row, col) : null;
        if (note !== null) return note;
      }
      return null;
    };
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
