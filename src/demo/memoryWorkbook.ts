import ExcelJS from 'exceljs';
import type { CellNote } from '../tables/cells';
import type { OpenWorkbook, RecoveredWrite, SelectedCells, SheetChanges, StoreRead, TableInfo, WriteProgress } from '../workbook/workbook';
import { WorkbookPackage } from '../workbook/package';
import { PackageWorkbookReader } from '../workbook/packageRead';
import { PackageWorkbookWriter } from '../workbook/packageWrite';
import { XlsxWorkbookReader } from '../workbook/xlsxRead';
import { XlsxWorkbookWriter } from '../workbook/xlsxWrite';

export interface CellRange {
  readonly sheet: string;
  /** 1-based. */
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The demo's workbook: an .xlsx file held in memory, with a selection and an active sheet like Excel's,
 * so the pane above it runs exactly as in Excel. The pane reads it, and the view draws it, through
 * ExcelJS; the file downloaded is the one opened with every change since applied by the package
 * writer of the command line, so it keeps every part of the planner's byte for byte and holds what
 * `staffing-planner` writes for the same run. The view subscribes to redraw after each change.
 */
export class MemoryWorkbook implements OpenWorkbook {
  private readonly reader: XlsxWorkbookReader;
  private readonly writer: XlsxWorkbookWriter;
  private readonly listeners = new Set<() => void>();
  /** The file as opened or last downloaded, and the changes applied since, in order. */
  private file: Uint8Array;
  private pending: SheetChanges[] = [];
  active: string;
  selected: CellRange | null = null;
  /** Counts changes, so views know when to redraw. */
  version = 0;

  private constructor(readonly workbook: ExcelJS.Workbook, file: Uint8Array) {
    this.reader = new XlsxWorkbookReader(workbook);
    this.writer = new XlsxWorkbookWriter(workbook);
    this.file = file;
    this.active = workbook.worksheets.find((ws) => ws.state === 'visible')?.name ?? '';
  }

  /** Throws WorkbookFileError for a file that is not a workbook, or one past the limits, before ExcelJS parses it. */
  static async fromBuffer(buffer: ArrayBuffer | Uint8Array): Promise<MemoryWorkbook> {
    const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    const pkg = WorkbookPackage.open(bytes);
    pkg.workbook();
    pkg.checkParts();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return new MemoryWorkbook(workbook, bytes);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  sheetNames(): Promise<string[]> {
    return this.reader.sheetNames();
  }

  listTables(): Promise<TableInfo[]> {
    return this.reader.listTables();
  }

  readRange(sheet: string, row: number, col: number, rows: number, columns: number): ReturnType<OpenWorkbook['readRange']> {
    return this.reader.readRange(sheet, row, col, rows, columns);
  }

  /** Why a cell reads empty (merged, formula not calculated), as the .xlsx reader tells. */
  cellNote(sheet: string, row: number, col: number): CellNote | null {
    return this.reader.cellNote(sheet, row, col);
  }

  readStore(): Promise<StoreRead> {
    return this.reader.readStore();
  }

  tableSheets(): Promise<Map<string, string>> {
    return this.writer.tableSheets();
  }

  /** A change refused or undone (the writer throws) is not kept for the download either. */
  async apply(changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal): Promise<void> {
    await this.writer.apply(changes, progress, signal);
    this.pending.push(changes);
    if (!this.workbook.getWorksheet(this.active)) this.active = this.workbook.worksheets[0]?.name ?? '';
    this.changed();
  }

  /** The .xlsx writer changes the workbook in memory all at once: no write is ever left half done. */
  async recoverInterruptedWrite(): Promise<readonly RecoveredWrite[]> {
    return [];
  }

  async select(sheet: string, row: number, col: number): Promise<void> {
    this.active = sheet;
    this.selected = { sheet, row, col, rows: 1, columns: 1 };
    this.changed();
  }

  /** The view's click or drag (Excel's own selection, in the demo). */
  setSelection(range: CellRange): void {
    this.active = range.sheet;
    this.selected = range;
    this.changed();
  }

  activate(sheet: string): void {
    this.active = sheet;
    this.changed();
  }

  async selection(): Promise<SelectedCells | null> {
    const s = this.selected;
    if (!s || !this.workbook.getWorksheet(s.sheet)) return null;
    const values = await this.reader.readRange(s.sheet, s.row, s.col, s.rows, s.columns);
    return { sheet: s.sheet, row: s.row, col: s.col, values };
  }

  /** The workbook as an .xlsx file: the file opened, with the changes applied since written into it. */
  async toBuffer(): Promise<Uint8Array> {
    for (const changes of this.pending) {
      const writer = new PackageWorkbookWriter(PackageWorkbookReader.open(this.file));
      await writer.apply(changes);
      this.file = writer.bytes;
    }
    this.pending = [];
    return this.file;
  }
}
