import ExcelJS from 'exceljs';
import type { OpenWorkbook, RecoveredWrite, SelectedCells, SheetChanges, StoreRead, TableInfo, WriteProgress } from '../workbook/workbook';
import { WorkbookPackage } from '../workbook/package';
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
 * The demo's workbook: an .xlsx file held in memory and read and written through the same .xlsx
 * adapter as the command line, with a selection and an active sheet like Excel's, so the pane above
 * it runs exactly as in Excel. The view subscribes to redraw after each change.
 */
export class MemoryWorkbook implements OpenWorkbook {
  private readonly reader: XlsxWorkbookReader;
  private readonly writer: XlsxWorkbookWriter;
  private readonly listeners = new Set<() => void>();
  active: string;
  selected: CellRange | null = null;
  /** Counts changes, so views know when to redraw. */
  version = 0;

  constructor(readonly workbook: ExcelJS.Workbook) {
    this.reader = new XlsxWorkbookReader(workbook);
    this.writer = new XlsxWorkbookWriter(workbook);
    this.active = workbook.worksheets.find((ws) => ws.state === 'visible')?.name ?? '';
  }

  /** Throws WorkbookFileError for a file that is not a workbook, or one past the limits, before ExcelJS parses it. */
  static async fromBuffer(bytes: ArrayBuffer): Promise<MemoryWorkbook> {
    const pkg = WorkbookPackage.open(new Uint8Array(bytes));
    pkg.workbook();
    pkg.checkParts();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    return new MemoryWorkbook(workbook);
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

  readStore(): Promise<StoreRead> {
    return this.reader.readStore();
  }

  tableSheets(): Promise<Map<string, string>> {
    return this.writer.tableSheets();
  }

  async apply(changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal): Promise<void> {
    await this.writer.apply(changes, progress, signal);
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

  async toBuffer(): Promise<ArrayBuffer> {
    return (await this.workbook.xlsx.writeBuffer()) as ArrayBuffer;
  }
}
