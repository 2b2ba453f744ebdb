import ExcelJS from 'exceljs';
import type { OpenWorkbook, RecoveredWrite, SelectedCells, SheetChanges, StoreRead, TableInfo, WriteProgress } from '../workbook/workbook';
import { withoutInvalidXmlChars } from '../sheets/cellText';
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

  /**
   * The workbook as an .xlsx file. ExcelJS writes text as it holds it: a character XML cannot hold
   * (a BEL a planner's cell held as `_x0007_`) would break the file, and a literal `_x0041_` would
   * read back as 'A'. Text is written in Excel's own escapes for the time of the write, then put back.
   */
  async toBuffer(): Promise<ArrayBuffer> {
    const restore: (() => void)[] = [];
    for (const ws of this.workbook.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        const value = cell.value;
        if (typeof value !== 'string') return;
        const escaped = excelEscaped(value);
        if (escaped === value) return;
        cell.value = escaped;
        restore.push(() => {
          cell.value = value;
        });
      }));
    }
    try {
      return (await this.workbook.xlsx.writeBuffer()) as ArrayBuffer;
    } finally {
      for (const undo of restore) undo();
    }
  }
}

/** Text as Excel stores it: literal escapes kept literal, characters XML cannot hold as `_xHHHH_`. */
function excelEscaped(text: string): string {
  return withoutInvalidXmlChars(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'), (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
