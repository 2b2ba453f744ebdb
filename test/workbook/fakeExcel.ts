/// <reference types="office-js" />
import type { SheetDescription } from '../../src/sheets/layout';

/**
 * An in-memory Excel behind the subset of the Excel JavaScript API that the office-js adapter uses,
 * faithful where the adapter can go wrong:
 * - proxies queue operations; nothing happens and nothing loaded can be read until `context.sync()`
 *   (reading a property not loaded throws PropertyNotLoaded); operations and loads run in the order
 *   queued; an operation that fails fails its sync, the ones before it having taken effect (a batch
 *   is not a transaction);
 * - each request and each response over 5 MB of JSON (UTF-8) fails with RequestPayloadSizeLimitExceeded
 *   (a request before any operation runs; a response after they all have);
 * - a string written through `values` or `formulas` into a cell not formatted '@' is parsed as Excel
 *   parses typing: '=…' a formula, '+…'/'-…'/'@…' a formula unless a number, numbers, percentages,
 *   TRUE/FALSE and m/d/yyyy dates (en-US) become values; into a cell formatted '@' anything, numbers
 *   included, is kept as text (a format set earlier in the same batch counts);
 * - names: sheets unique ignoring case, ≤ 31 characters, none of []:*?/\; tables unique in the workbook
 *   ignoring case; a very hidden sheet cannot be deleted, nor the last visible sheet hidden or deleted;
 * - a table's totals row takes the row under the table, which must be empty; it comes with Excel's
 *   defaults ('Total', a SUBTOTAL under the last column); SUBTOTAL(109, [column]) is computed;
 * - protection: while the workbook's structure is protected, no sheet can be added, deleted, renamed,
 *   moved, hidden or shown; nothing can be written into a protected sheet (cells, formats, tables,
 *   charts, frozen panes), though the sheet itself can still be renamed, hidden or deleted; both fail
 *   with AccessDenied; `protect()`/`unprotect()` with an optional password;
 * - APIs are checked against a requirement set version (ExcelApi 1.<api>);
 * - merged ranges (set up with `mergeCells`): only the top-left cell keeps a value, the others read
 *   empty; `getMergedAreasOrNullObject` (ExcelApi 1.13) lists the merged areas whose top-left cell lies
 *   in the range (office-js issue 3611: not those that only overlap it), its `address` as Excel writes
 *   it ("Sheet1!A1:B4, 'Cán bộ'!C3:C5"), a null object for none, and fails the sync for more than 512
 *   (the docs say it "will fail to return the result"; the error's code is a guess).
 * Every sync is recorded: its request and response sizes, operations, writes, and what it suspended.
 * Faults can be injected: a sync that fails, a sync whose answer is lost after it ran, an operation
 * that fails, a connection lost from one sync on.
 */

export const PAYLOAD_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_CELL_CHARS = 32_767;
/** Excel returns no values for a read of more cells than this. */
const MAX_READ_CELLS = 5_000_000;

export class FakeExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export type ErrorValue = { readonly error: string };
export type Stored = string | number | boolean | ErrorValue;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** 0-based. */
export interface Box {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly columns: number;
}

export interface CellState {
  value?: Stored;
  formula?: string;
  format?: string;
  style?: Record<string, string | number | boolean>;
}

export interface ConditionalFormatState {
  readonly type: string;
  readonly box: Box;
  rule?: { formula1: string; operator: string };
  font?: string;
  fill?: string;
  bar?: { fillColor?: string; lower?: unknown; upper?: unknown };
}

export interface ChartState {
  readonly type: string;
  readonly sheet: SheetState;
  readonly source: Box;
  readonly seriesBy: string;
  title: string;
  position: { from: Box; to: Box } | null;
}

export interface PrintState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  area?: Box;
  titleRows?: Box;
  titleColumns?: Box;
  readonly headers: Record<string, string>;
}

export class SheetState {
  visibility: Visibility = 'Visible';
  tabColor = '';
  freeze: { rows: number; columns: number } | null = null;
  readonly cells = new Map<string, CellState>();
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  conditionalFormats: ConditionalFormatState[] = [];
  charts: ChartState[] = [];
  /** The page layout (ExcelApi 1.9): what printing the sheet would do. */
  readonly print: PrintState = { headers: {} };
  /** Rows (0-based) above which a printed page breaks. */
  readonly pageBreaks: number[] = [];
  /** Merged ranges, 0-based. */
  readonly merges: Box[] = [];
  deleted = false;
  /** Sheet protection: nothing can be written into it. */
  protected = false;
  password: string | null = null;
  constructor(readonly id: string, public name: string) {}

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(`${row},${col}`);
  }

  touch(row: number, col: number): CellState {
    const key = `${row},${col}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = {}));
    return cell;
  }
}

export interface TableState {
  readonly id: string;
  name: string;
  readonly sheet: SheetState;
  readonly row: number;
  readonly col: number;
  /** Header, data and (when shown) totals rows. */
  rows: number;
  readonly columns: number;
  showTotals: boolean;
  style: string;
  readonly columnNames: string[];
  deleted: boolean;
}

export interface SyncRecord {
  readonly index: number;
  readonly requestBytes: number;
  responseBytes: number;
  readonly operations: number;
  /** Operations that change the workbook (not loads, not suspending or calculating). */
  readonly writes: number;
  readonly suspendedCalculation: boolean;
  readonly suspendedScreen: boolean;
  failed: string | null;
}

export interface OperationInfo {
  readonly path: string;
  readonly action: string;
  readonly args: readonly unknown[];
  /** The name of the sheet it acts on, when it acts on one, as it is when the operation runs. */
  readonly sheet: string | null;
}

export interface Faults {
  /** This sync (1-based, counted over the fake's life) fails before any operation of it runs. */
  failSync?: number;
  /** This sync (by number, or the first whose operations match) runs, then fails as if its answer were lost (a timeout). */
  loseSync?: number | ((operations: readonly OperationInfo[]) => boolean);
  /** An operation for which this is true fails, and with it the rest of its batch. */
  failOperation?: (op: OperationInfo) => boolean;
  /** The connection is lost: this sync (by number) and every one after fail before any operation runs. */
  offlineFrom?: number;
}

export interface FakeExcelOptions {
  /** ExcelApi 1.<api> is supported; calling anything newer throws ApiNotFound. Default 9. */
  readonly api?: number;
  readonly faults?: Faults;
}

export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  active: SheetState | null = null;
  selected: { sheet: SheetState; areas: Box[] } | null = null;
  readonly syncs: SyncRecord[] = [];
  readonly api: number;
  faults: Faults;
  /** The workbook's structure is protected: sheets cannot be added, removed, renamed, moved, hidden or shown. */
  structureProtected = false;
  structurePassword: string | null = null;
  private nextId = 1;

  constructor(options: FakeExcelOptions = {}) {
    this.api = options.api ?? 9;
    this.faults = options.faults ?? {};
  }

  /** `Excel.run`: a fresh request context per call; every operation queued must have been synced. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending() > 0) throw new Error(`fake: ${context.pending()} operations were queued and never synced`);
    return result;
  };

  /** `isSetSupported` for the adapter's `supports` option. */
  readonly supports = (set: string, version: string): boolean => {
    const [major, minor = 0] = version.split('.').map(Number);
    return set === 'ExcelApi' && (major < 1 || (major === 1 && minor <= this.api));
  };

  newId(prefix: string): string {
    return `{${prefix}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  // ---- Setting up a workbook as a planner would have it (no parsing: as if opened from a file) ----

  addSheet(name: string, visibility: Visibility = 'Visible'): SheetState {
    const sheet = this.createSheet(name);
    sheet.visibility = visibility;
    return sheet;
  }

  /** 1-based; values stored as they are (strings stay strings); null leaves a cell empty. */
  setCells(sheetName: string, row: number, col: number, values: readonly (readonly (Stored | null)[])[], formats?: readonly (string | null)[]): void {
    const sheet = this.sheetNamed(sheetName);
    values.forEach((line, i) =>
      line.forEach((v, j) => {
        const format = formats?.[j] ?? null;
        if (v === null && format === null) return;
        const cell = sheet.touch(row - 1 + i, col - 1 + j);
        if (v !== null) cell.value = v;
        if (format !== null) cell.format = format;
      }),
    );
  }

  /** 1-based; rows include the header (and the totals row when `showTotals`). */
  addTable(sheetName: string, name: string, row: number, col: number, rows: number, columns: number, showTotals = false): TableState {
    const sheet = this.sheetNamed(sheetName);
    const table = this.createTable(sheet, { row: row - 1, col: col - 1, rows: rows - (showTotals ? 1 : 0), columns });
    this.renameTable(table, name);
    table.rows = rows;
    table.showTotals = showTotals;
    return table;
  }

  /** A sheet description as a file opened in Excel would hold it: values, formats, tables, visibility. */
  addSheetFrom(description: SheetDescription): SheetState {
    const sheet = this.addSheet(description.name, VISIBILITY[description.visibility ?? 'visible']);
    for (const block of description.blocks) this.setCells(sheet.name, block.row, block.col, block.values, block.numberFormats);
    for (const t of description.tables) this.addTable(sheet.name, t.name, t.row, t.col, t.rows, t.columns, t.totalsRow ?? false);
    return sheet;
  }

  /**
   * Merges a range given in A1 style ('C3:C5'), as Excel's Merge & Center does: the top-left cell keeps
   * its value, the others are emptied. A range overlapping a merged one is refused.
   */
  mergeCells(sheetName: string, ref: string): void {
    const sheet = this.sheetNamed(sheetName);
    const box = boxOf(ref);
    const overlaps = (a: Box, b: Box) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.columns && b.col < a.col + a.columns;
    if (sheet.merges.some((m) => overlaps(m, box))) throw new FakeExcelError('InvalidOperation', `${ref} overlaps a merged range`);
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.col; c < box.col + box.columns; c++) {
        const cell = sheet.cell(r, c);
        if (cell && (r !== box.row || c !== box.col)) {
          delete cell.value;
          delete cell.formula;
        }
      }
    }
    sheet.merges.push(box);
  }

  /** 1-based. */
  setSelection(sheetName: string, ...areas: [number, number, number, number][]): void {
    const sheet = this.sheetNamed(sheetName);
    this.active = sheet;
    this.selected = { sheet, areas: areas.map(([row, col, rows, columns]) => ({ row: row - 1, col: col - 1, rows, columns })) };
  }

  // ---- Looking at the workbook (tests) ----

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  sheetNamed(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw new FakeExcelError('ItemNotFound', `no sheet ${JSON.stringify(name)}`);
    return sheet;
  }

  findSheet(key: string): SheetState | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower || s.id === key);
  }

  findTable(key: string): TableState | undefined {
    const lower = key.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower || t.id === key);
  }

  /** What `values` returns for a cell (1-based): '' when empty, an error as its text. */
  valueAt(sheetName: string, row: number, col: number): string | number | boolean {
    const v = this.computed(this.sheetNamed(sheetName), row - 1, col - 1);
    return typeof v === 'object' ? v.error : v;
  }

  /** What `formulas` returns for a cell (1-based). */
  formulaAt(sheetName: string, row: number, col: number): string | number | boolean {
    const cell = this.sheetNamed(sheetName).cell(row - 1, col - 1);
    if (cell?.formula !== undefined) return cell.formula;
    const v = cell?.value ?? '';
    return typeof v === 'object' ? v.error : v;
  }

  numberFormatAt(sheetName: string, row: number, col: number): string {
    return this.sheetNamed(sheetName).cell(row - 1, col - 1)?.format ?? 'General';
  }

  styleAt(sheetName: string, row: number, col: number): Readonly<Record<string, string | number | boolean>> {
    return this.sheetNamed(sheetName).cell(row - 1, col - 1)?.style ?? {};
  }

  /** Everything the workbook holds, as plain data, for deep comparison. */
  snapshot(): unknown {
    const box = (b: Box) => [b.row, b.col, b.rows, b.columns];
    return {
      sheets: this.sheets.map((s) => ({
        id: s.id,
        name: s.name,
        visibility: s.visibility,
        protected: s.protected,
        tabColor: s.tabColor,
        freeze: s.freeze,
        cells: [...s.cells.entries()].sort(([a], [b]) => (a < b ? -1 : 1)),
        columnWidths: [...s.columnWidths.entries()],
        rowHeights: [...s.rowHeights.entries()],
        conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, box: box(f.box) })),
        charts: s.charts.map((c) => ({ ...c, sheet: c.sheet.name, source: box(c.source) })),
      })),
      tables: this.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      active: this.active?.name ?? null,
      structureProtected: this.structureProtected,
    };
  }

  // ---- The workbook's behaviour, used by the proxies ----

  createSheet(name: string): SheetState {
    this.checkSheetName(name, null);
    const sheet = new SheetState(this.newId('sheet'), name);
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  checkSheetName(name: string, self: SheetState | null): void {
    if (typeof name !== 'string' || name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name.toLowerCase() === 'history') {
      throw new FakeExcelError('InvalidArgument', `invalid sheet name ${JSON.stringify(name)}`);
    }
    const other = this.findSheet(name);
    if (other && other !== self && other.name.toLowerCase() === name.toLowerCase()) {
      throw new FakeExcelError('ItemAlreadyExists', `a sheet named ${JSON.stringify(name)} exists`);
    }
  }

  /** What Excel refuses while the workbook's structure is protected. */
  checkStructure(what: string): void {
    if (this.structureProtected) throw new FakeExcelError('AccessDenied', `the workbook's structure is protected: cannot ${what}`);
  }

  visibleSheets(): SheetState[] {
    return this.sheets.filter((s) => s.visibility === 'Visible');
  }

  setVisibility(sheet: SheetState, visibility: Visibility): void {
    if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility)) throw new FakeExcelError('InvalidArgument', `visibility ${visibility}`);
    if (visibility !== 'Visible' && sheet.visibility === 'Visible' && this.visibleSheets().length === 1) {
      throw new FakeExcelError('InvalidOperation', 'a workbook must keep one visible sheet');
    }
    sheet.visibility = visibility;
    if (visibility !== 'Visible' && this.active === sheet) this.moveActiveFrom(sheet);
  }

  deleteSheet(sheet: SheetState): void {
    if (sheet.visibility === 'VeryHidden') throw new FakeExcelError('InvalidOperation', `the very hidden sheet ${sheet.name} cannot be deleted`);
    if (sheet.visibility === 'Visible' && this.visibleSheets().length === 1) throw new FakeExcelError('InvalidOperation', 'cannot delete the last visible sheet');
    if (this.active === sheet) this.moveActiveFrom(sheet);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    for (const t of this.tables.filter((t) => t.sheet === sheet)) {
      t.deleted = true;
      this.tables.splice(this.tables.indexOf(t), 1);
    }
  }

  private moveActiveFrom(sheet: SheetState): void {
    const at = this.sheets.indexOf(sheet);
    const next = [...this.sheets.slice(at + 1), ...this.sheets.slice(0, at).reverse()].find((s) => s.visibility === 'Visible') ?? null;
    this.active = next;
    this.selected = next ? { sheet: next, areas: [{ row: 0, col: 0, rows: 1, columns: 1 }] } : null;
  }

  activate(sheet: SheetState): void {
    if (sheet.visibility !== 'Visible') throw new FakeExcelError('InvalidOperation', `cannot activate the hidden sheet ${sheet.name}`);
    if (this.active !== sheet) this.selected = { sheet, areas: [{ row: 0, col: 0, rows: 1, columns: 1 }] };
    this.active = sheet;
  }

  move(sheet: SheetState, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) throw new FakeExcelError('InvalidArgument', `position ${position}`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  createTable(sheet: SheetState, box: Box): TableState {
    for (const t of this.tables) {
      if (t.sheet === sheet && overlap(box, t)) throw new FakeExcelError('InvalidOperation', `the range overlaps the table ${t.name}`);
    }
    const names: string[] = [];
    for (let j = 0; j < box.columns; j++) {
      const v = this.computed(sheet, box.row, box.col + j);
      let name = v === '' ? `Column${j + 1}` : typeof v === 'object' ? v.error : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
      for (let k = 2; names.some((n) => n.toLowerCase() === name.toLowerCase()); k++) name = `${name}${k}`;
      names.push(name);
    }
    let n = 1;
    while (this.findTable(`Table${n}`)) n++;
    const table: TableState = {
      id: this.newId('table'), name: `Table${n}`, sheet, row: box.row, col: box.col, rows: box.rows, columns: box.columns,
      showTotals: false, style: 'TableStyleMedium2', columnNames: names, deleted: false,
    };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableState, name: string): void {
    if (
      typeof name !== 'string' || !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)
    ) {
      throw new FakeExcelError('InvalidArgument', `invalid table name ${JSON.stringify(name)}`);
    }
    const other = this.findTable(name);
    if (other && other !== table && other.name.toLowerCase() === name.toLowerCase()) {
      throw new FakeExcelError('ItemAlreadyExists', `a table named ${name} exists`);
    }
    // References to the table by name follow it.
    const old = new RegExp(`(^|[^A-Za-z0-9_.\\\\])${table.name.replace(/[.\\]/g, '\\$&')}\\[`, 'gi');
    for (const sheet of this.sheets) {
      for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = cell.formula.replace(old, `$1${name}[`);
    }
    table.name = name;
  }

  showTotals(table: TableState, show: boolean): void {
    if (show === table.showTotals) return;
    if (!show) throw new FakeExcelError('NotImplemented', 'fake: hiding a totals row is not modelled');
    const row = table.row + table.rows;
    for (let j = 0; j < table.columns; j++) {
      const cell = table.sheet.cell(row, table.col + j);
      if (cell?.value !== undefined || cell?.formula !== undefined) {
        throw new FakeExcelError('InvalidOperation', 'fake: the row under the table must be empty (Excel would shift cells)');
      }
    }
    table.rows++;
    table.showTotals = true;
    table.sheet.touch(row, table.col).value = 'Total';
    const last = table.sheet.touch(row, table.col + table.columns - 1);
    if (table.columns > 1) last.formula = `=SUBTOTAL(109,[${table.columnNames[table.columns - 1]}])`;
  }

  /** A cell as `values` shows it: a formula computed, '' when empty. */
  computed(sheet: SheetState, row: number, col: number): Stored | '' {
    const cell = sheet.cell(row, col);
    if (cell?.formula !== undefined) return this.evaluate(sheet, row, col, cell.formula);
    return cell?.value ?? '';
  }

  /** Only SUBTOTAL(109, [column]) and SUBTOTAL(109, Table[column]) are computed; other formulas give #NAME?. */
  private evaluate(sheet: SheetState, row: number, col: number, formula: string): Stored {
    const m = /^=SUBTOTAL\(109,\s*([A-Za-z_\\][\w.\\]*)?\[((?:'.|[^\]'])*)\]\)$/.exec(formula);
    if (!m) return { error: '#NAME?' };
    const table = m[1]
      ? this.findTable(m[1])
      : this.tables.find((t) => t.sheet === sheet && row >= t.row && row < t.row + t.rows && col >= t.col && col < t.col + t.columns);
    if (!table) return { error: '#REF!' };
    const name = m[2].replace(/'(.)/g, '$1').toLowerCase();
    const j = table.columnNames.findIndex((n) => n.toLowerCase() === name);
    if (j < 0) return { error: '#REF!' };
    let sum = 0;
    for (let r = table.row + 1; r < table.row + table.rows - (table.showTotals ? 1 : 0); r++) {
      const v = this.computed(table.sheet, r, table.col + j);
      if (typeof v === 'number') sum += v;
    }
    return sum;
  }

  /** Writes one cell through `values` or `formulas` (null: unchanged; '': cleared). */
  enter(sheet: SheetState, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') {
      throw new FakeExcelError('InvalidArgument', `a cell value cannot be ${JSON.stringify(input)}`);
    }
    if (typeof input === 'string' && input.length > MAX_CELL_CHARS) throw new FakeExcelError('InvalidArgument', `text of ${input.length} characters`);
    if (input === '' && !sheet.cell(row, col)) return;
    const cell = sheet.touch(row, col);
    delete cell.formula;
    delete cell.value;
    if (input === '') return;
    if (cell.format === '@') {
      cell.value = typeof input === 'boolean' ? (input ? 'TRUE' : 'FALSE') : String(input);
      return;
    }
    if (typeof input !== 'string') {
      cell.value = input;
      return;
    }
    const typed = parseTyped(input);
    if (typeof typed === 'object' && 'formula' in typed) cell.formula = typed.formula;
    else cell.value = typed;
  }

  /** The cells holding a value or formula (valuesOnly), or anything at all, within a box. */
  usedBox(sheet: SheetState, within: Box, valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of sheet.cells) {
      if (valuesOnly ? cell.value === undefined && cell.formula === undefined : Object.keys(cell).length === 0) continue;
      const [r, c] = key.split(',').map(Number);
      if (r < within.row || r >= within.row + within.rows || c < within.col || c >= within.col + within.columns) continue;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
}

const VISIBILITY: Readonly<Record<'visible' | 'hidden' | 'veryHidden', Visibility>> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

function overlap(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.columns && b.col < a.col + a.columns;
}

/** What Excel makes of text typed into a cell formatted General (en-US). */
function parseTyped(text: string): Stored | { formula: string } {
  if (text.length > 1 && text.startsWith('=')) return { formula: text };
  const number = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)$/.exec(text);
  if (number) return Number(text.replace('%', '')) / (number[4] ? 100 : 1);
  if (/^[+\-@]./.test(text)) return { formula: `=${text}` };
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (date) {
    const [month, day, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const time = Date.UTC(year, month - 1, day);
    const back = new Date(time);
    if (month >= 1 && month <= 12 && back.getUTCDate() === day && back.getUTCMonth() === month - 1) return (time - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  return text;
}

const ENCODER = new TextEncoder();

/** Bytes of a value's JSON as UTF-8; TextEncoder, so that the fake also runs in a browser page. */
function utf8(value: unknown): number {
  return ENCODER.encode(JSON.stringify(value) ?? '').length;
}

// ---------------------------------------------------------------------------------------------------
// The request context and the proxies.

interface Operation {
  readonly info: Omit<OperationInfo, 'sheet'>;
  readonly write: boolean;
  readonly sheetOf: () => SheetState | null;
  readonly run: () => void;
  /** Refused on a protected sheet (writes into the sheet; not renaming, hiding or deleting it). */
  readonly guarded: boolean;
}

class FakeContext {
  readonly workbook: WorkbookProxy;
  readonly application: ApplicationProxy;
  private operations: Operation[] = [];
  private nullables: Proxy[] = [];
  private deliveries: (() => void)[] = [];
  suspendCalculation = false;
  suspendScreen = false;

  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this, 'workbook');
    this.application = new ApplicationProxy(this, 'application');
  }

  pending(): number {
    return this.operations.length;
  }

  requires(minor: number, what: string): void {
    if (this.excel.api < minor) throw new FakeExcelError('ApiNotFound', `${what} needs ExcelApi 1.${minor}`);
  }

  queue(proxy: Proxy, action: string, args: readonly unknown[], run: () => void, write = true, sheetOf: () => SheetState | null = () => proxy.sheetIfAny()): void {
    const guarded = write && !(proxy instanceof WorksheetProxy) && !(proxy instanceof ProtectionProxy);
    this.operations.push({ info: { path: proxy.path, action, args }, write, run, sheetOf, guarded });
  }

  /** Loads run in order with the operations; what they fetch is handed over only if the sync succeeds. */
  queueLoad(proxy: Proxy, props: readonly string[]): void {
    this.operations.push({
      info: { path: proxy.path, action: 'load', args: [props.join(',')] },
      write: false,
      guarded: false,
      sheetOf: () => null,
      run: () => {
        const fetched = proxy.fetch(props);
        this.response.push(fetched.data);
        this.deliveries.push(fetched.deliver);
      },
    });
  }

  trackNullable(proxy: Proxy): void {
    this.nullables.push(proxy);
  }

  private response: unknown[] = [];

  async sync(): Promise<void> {
    const operations = this.operations;
    const nullables = this.nullables;
    this.operations = [];
    this.nullables = [];
    this.deliveries = [];
    this.response = [];
    const record: SyncRecord = {
      index: this.excel.syncs.length + 1,
      // Null objects are asked about too: their paths go with the request.
      requestBytes: utf8([...operations.map((o) => o.info), ...nullables.map((p) => ({ path: p.path, action: 'instantiate' }))]),
      responseBytes: 0,
      operations: operations.length,
      writes: operations.filter((o) => o.write).length,
      suspendedCalculation: this.suspendCalculation,
      suspendedScreen: this.suspendScreen,
      failed: null,
    };
    this.suspendCalculation = false;
    this.suspendScreen = false;
    this.excel.syncs.push(record);
    await Promise.resolve();
    const fail = (error: FakeExcelError): never => {
      record.failed = error.code;
      throw error;
    };
    const { faults } = this.excel;
    if (faults.offlineFrom !== undefined && record.index >= faults.offlineFrom) fail(new FakeExcelError('GeneralException', `connection lost (sync ${record.index})`));
    if (faults.failSync === record.index) fail(new FakeExcelError('GeneralException', `fault injected in sync ${record.index}`));
    if (record.requestBytes > PAYLOAD_LIMIT) fail(new FakeExcelError('RequestPayloadSizeLimitExceeded', `request of ${record.requestBytes} bytes`));
    try {
      for (const op of operations) {
        const sheet = op.sheetOf();
        if (faults.failOperation?.({ ...op.info, sheet: sheet?.name ?? null })) {
          throw new FakeExcelError('GeneralException', `fault injected at ${op.info.action} on ${op.info.path}`);
        }
        if (op.guarded && sheet?.protected) throw new FakeExcelError('AccessDenied', `the sheet ${sheet.name} is protected: cannot ${op.info.action}`);
        op.run();
      }
      for (const proxy of nullables) proxy.settleNull();
    } catch (e) {
      fail(e instanceof FakeExcelError ? e : new FakeExcelError('GeneralException', (e as Error).message));
    }
    record.responseBytes = utf8(this.response);
    if (record.responseBytes > PAYLOAD_LIMIT) fail(new FakeExcelError('RequestPayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`));
    const lose = typeof faults.loseSync === 'function' ? faults.loseSync(operations.map((o) => ({ ...o.info, sheet: null }))) : faults.loseSync === record.index;
    if (lose) {
      this.excel.faults = { ...faults, loseSync: undefined };
      fail(new FakeExcelError('GeneralException', `answer of sync ${record.index} lost`));
    }
    for (const deliver of this.deliveries) deliver();
  }
}

/** A proxy: a path to an object of the workbook, resolved when an operation or load first reaches it. */
abstract class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(protected readonly ctx: FakeContext, readonly path: string, private readonly nullable = false) {
    if (nullable) ctx.trackNullable(this);
  }

  get excel(): FakeExcel {
    return this.ctx.excel;
  }

  private readonly children = new Map<string, Proxy>();

  /** Navigation properties give the same object each time, as in office-js (what is loaded stays on it). */
  protected child<T extends Proxy>(name: string, make: () => T): T {
    if (!this.children.has(name)) this.children.set(name, make());
    return this.children.get(name) as T;
  }

  /** The object, or null for a null object; throws ItemNotFound for a missing one. */
  abstract target(): unknown;

  /** Scalar properties that can be loaded. */
  protected read(prop: string): unknown {
    throw new FakeExcelError('InvalidArgument', `fake: ${this.path}.${prop} is not modelled`);
  }

  /** Navigation properties (proxies) that can be loaded through. */
  protected nav(prop: string): Proxy | null {
    void prop;
    return null;
  }

  sheetIfAny(): SheetState | null {
    return null;
  }

  settleNull(): void {
    if (this.nullState === undefined) this.nullState = this.target() === null;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props : (props?.select ?? '').split(',');
    this.ctx.queueLoad(this, list.map((p) => p.trim()).filter(Boolean));
    return this;
  }

  fetch(props: readonly string[]): { data: unknown; deliver: () => void } {
    const target = this.target();
    if (target === null) return { data: null, deliver: () => undefined };
    const data: Record<string, unknown> = {};
    const later: (() => void)[] = [];
    const groups = new Map<string, string[]>();
    for (const p of props) {
      const [head, ...rest] = p.split('/');
      if (!groups.has(head)) groups.set(head, []);
      if (rest.length > 0) groups.get(head)!.push(rest.join('/'));
    }
    for (const [head, rest] of groups) {
      const child = rest.length > 0 ? this.nav(head) : null;
      if (child) {
        const fetched = child.fetch(rest);
        data[head] = fetched.data;
        later.push(fetched.deliver);
      } else {
        const value = this.read(head);
        data[head] = value;
        later.push(() => this.loaded.set(head, value));
      }
    }
    return { data, deliver: () => later.forEach((f) => f()) };
  }

  /** A collection's load: 'items/name,items/worksheet/name' loads those of each item. */
  protected fetchItems(items: readonly Proxy[], props: readonly string[]): { data: unknown; deliver: () => void } {
    const rest = props.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    const fetched = items.map((item) => item.fetch(rest));
    return {
      data: fetched.map((f) => f.data),
      deliver: () => {
        fetched.forEach((f) => f.deliver());
        this.loaded.set('items', items);
      },
    };
  }

  protected get<T>(prop: string): T {
    if (this.nullState === true) throw new FakeExcelError('InvalidOperation', `${this.path} is a null object`);
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Setting a property queues the change and, as office-js does, shows the new value locally. */
  protected set(prop: string, value: unknown, apply: () => void): void {
    this.loaded.set(prop, value);
    this.ctx.queue(this, `set ${prop}`, [value], apply);
  }
}

function notLoaded(prop: string): FakeExcelError {
  return new FakeExcelError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** A part of a worksheet (its charts, its frozen panes): acts on the sheet. */
abstract class SheetPartProxy extends Proxy {
  constructor(ctx: FakeContext, path: string, protected readonly worksheet: WorksheetProxy) {
    super(ctx, path);
  }

  target(): SheetState {
    return this.worksheet.sheet();
  }

  override sheetIfAny(): SheetState | null {
    return this.worksheet.sheetIfAny();
  }
}

/** A part of a range (its format, its conditional formats): acts on the range. */
abstract class RangePartProxy extends Proxy {
  constructor(ctx: FakeContext, path: string, readonly range: RangeProxy) {
    super(ctx, path);
  }

  target(): Place | null {
    return this.range.target();
  }

  override sheetIfAny(): SheetState | null {
    return this.range.sheetIfAny();
  }
}

class WorkbookProxy extends Proxy {
  readonly worksheets = new WorksheetCollectionProxy(this.ctx, 'workbook.worksheets');
  readonly tables = new TableCollectionProxy(this.ctx, 'workbook.tables', null);

  get protection(): ProtectionProxy {
    this.ctx.requires(7, 'workbook.protection');
    return this.child('protection', () => new ProtectionProxy(this.ctx, 'workbook.protection', null));
  }

  target(): FakeExcel {
    return this.excel;
  }

  getSelectedRanges(): RangeAreasProxy {
    this.ctx.requires(9, 'getSelectedRanges');
    return new RangeAreasProxy(this.ctx, 'workbook.getSelectedRanges()');
  }

  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, 'workbook.getSelectedRange()', () => {
      const selected = this.excel.selected;
      if (!selected) throw new FakeExcelError('InvalidSelection', 'nothing is selected');
      if (selected.areas.length > 1) throw new FakeExcelError('InvalidSelection', 'the selection has several areas');
      return { sheet: selected.sheet, box: selected.areas[0] };
    });
  }
}

class ApplicationProxy extends Proxy {
  target(): FakeExcel {
    return this.excel;
  }

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requires(6, 'suspendApiCalculationUntilNextSync');
    this.ctx.suspendCalculation = true;
    this.ctx.queue(this, 'suspendApiCalculationUntilNextSync', [], () => undefined, false);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requires(9, 'suspendScreenUpdatingUntilNextSync');
    this.ctx.suspendScreen = true;
    this.ctx.queue(this, 'suspendScreenUpdatingUntilNextSync', [], () => undefined, false);
  }

  calculate(type: string): void {
    this.ctx.queue(this, 'calculate', [type], () => undefined, false);
  }
}

class WorksheetCollectionProxy extends Proxy {
  target(): SheetState[] {
    return this.excel.sheets;
  }

  override fetch(props: readonly string[]): { data: unknown; deliver: () => void } {
    return this.fetchItems(this.excel.sheets.map((sheet) => new WorksheetProxy(this.ctx, `${this.path}[${sheet.id}]`, () => sheet)), props);
  }

  get items(): WorksheetProxy[] {
    return this.get('items');
  }

  add(name: string): WorksheetProxy {
    let sheet: SheetState | null = null;
    const proxy = new WorksheetProxy(this.ctx, `${this.path}.add(${JSON.stringify(name)})`, () => {
      if (!sheet) throw new FakeExcelError('ItemNotFound', 'the sheet was not added');
      return sheet;
    });
    this.ctx.queue(this, 'add', [name], () => {
      this.excel.checkStructure('add a sheet');
      sheet = this.excel.createSheet(name);
    }, true, () => null);
    return proxy;
  }

  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
      const sheet = this.excel.findSheet(key);
      if (!sheet) throw new FakeExcelError('ItemNotFound', `no sheet ${JSON.stringify(key)}`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    this.ctx.requires(4, 'getItemOrNullObject');
    return new WorksheetProxy(this.ctx, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this.excel.findSheet(key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, `${this.path}.getActiveWorksheet()`, () => {
      if (!this.excel.active) throw new FakeExcelError('ItemNotFound', 'no active sheet');
      return this.excel.active;
    });
  }
}

class WorksheetProxy extends Proxy {
  private resolved: SheetState | null | undefined;

  constructor(ctx: FakeContext, path: string, private readonly find: () => SheetState | null, nullable = false) {
    super(ctx, path, nullable);
  }

  target(): SheetState | null {
    if (this.resolved === undefined) this.resolved = this.find();
    if (this.resolved?.deleted) throw new FakeExcelError('ItemNotFound', `the sheet ${this.resolved.name} was deleted`);
    return this.resolved;
  }

  sheet(): SheetState {
    const sheet = this.target();
    if (!sheet) throw new FakeExcelError('ItemNotFound', `${this.path} is a null object`);
    return sheet;
  }

  override sheetIfAny(): SheetState | null {
    try {
      return this.target();
    } catch {
      return null;
    }
  }

  protected override read(prop: string): unknown {
    const sheet = this.sheet();
    switch (prop) {
      case 'id': return sheet.id;
      case 'name': return sheet.name;
      case 'visibility': return sheet.visibility;
      case 'position': return this.excel.sheets.indexOf(sheet);
      case 'tabColor': return sheet.tabColor;
      default: throw new FakeExcelError('InvalidArgument', `fake: worksheet.${prop} is not modelled`);
    }
  }

  get id(): string { return this.get('id'); }
  get name(): string { return this.get('name'); }
  set name(value: string) {
    this.set('name', value, () => {
      const s = this.sheet();
      this.excel.checkStructure('rename a sheet');
      this.excel.checkSheetName(value, s);
      s.name = value;
    });
  }
  get visibility(): Visibility { return this.get('visibility'); }
  set visibility(value: Visibility) {
    this.set('visibility', value, () => {
      if (value !== this.sheet().visibility) this.excel.checkStructure('hide or show a sheet');
      this.excel.setVisibility(this.sheet(), value);
    });
  }
  get position(): number { return this.get('position'); }
  set position(value: number) {
    this.set('position', value, () => {
      this.excel.checkStructure('move a sheet');
      this.excel.move(this.sheet(), value);
    });
  }
  get tabColor(): string { return this.get('tabColor'); }
  set tabColor(value: string) {
    this.ctx.requires(7, 'tabColor');
    this.set('tabColor', value, () => {
      if (value !== '' && !/^#[0-9A-Fa-f]{6}$/.test(value)) throw new FakeExcelError('InvalidArgument', `colour ${value}`);
      this.sheet().tabColor = value.toUpperCase();
    });
  }

  readonly tables: TableCollectionProxy = new TableCollectionProxy(this.ctx, `${this.path}.tables`, this);

  get protection(): ProtectionProxy {
    this.ctx.requires(2, 'worksheet.protection');
    return this.child('protection', () => new ProtectionProxy(this.ctx, `${this.path}.protection`, this));
  }

  protected override nav(prop: string): Proxy | null {
    return prop === 'protection' ? this.protection : null;
  }
  readonly charts = new ChartCollectionProxy(this.ctx, `${this.path}.charts`, this);
  get pageLayout(): PageLayoutProxy {
    this.ctx.requires(9, 'pageLayout');
    return this.child('pageLayout', () => new PageLayoutProxy(this.ctx, `${this.path}.pageLayout`, this));
  }
  get horizontalPageBreaks(): { add(range: RangeProxy): void } {
    this.ctx.requires(9, 'horizontalPageBreaks');
    return {
      add: (range: RangeProxy) => this.ctx.queue(this, 'horizontalPageBreaks.add', [range.path], () => {
        const { sheet, box } = range.place();
        if (sheet !== this.sheet()) throw new FakeExcelError('InvalidArgument', 'the range is on another sheet');
        if (!sheet.pageBreaks.includes(box.row)) sheet.pageBreaks.push(box.row);
      }),
    };
  }
  get freezePanes(): FreezePanesProxy {
    this.ctx.requires(7, 'freezePanes');
    return new FreezePanesProxy(this.ctx, `${this.path}.freezePanes`, this);
  }

  delete(): void {
    this.ctx.queue(this, 'delete', [], () => {
      this.excel.checkStructure('delete a sheet');
      this.excel.deleteSheet(this.sheet());
    });
  }

  activate(): void {
    this.ctx.queue(this, 'activate', [], () => this.excel.activate(this.sheet()));
  }

  getRangeByIndexes(row: number, col: number, rows: number, columns: number): RangeProxy {
    this.ctx.requires(7, 'getRangeByIndexes');
    return new RangeProxy(this.ctx, `${this.path}.getRangeByIndexes(${row},${col},${rows},${columns})`, () => {
      if (![row, col, rows, columns].every(Number.isInteger) || row < 0 || col < 0 || rows < 1 || columns < 1 || row + rows > MAX_ROWS || col + columns > MAX_COLUMNS) {
        throw new FakeExcelError('InvalidArgument', `range ${row},${col},${rows},${columns}`);
      }
      return { sheet: this.sheet(), box: { row, col, rows, columns } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.ctx.requires(4, 'getUsedRangeOrNullObject');
    return new RangeProxy(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this.sheet();
      const box = this.excel.usedBox(sheet, { row: 0, col: 0, rows: MAX_ROWS, columns: MAX_COLUMNS }, valuesOnly);
      return box ? { sheet, box } : null;
    }, true);
  }
}

/** A worksheet's protection, or (without a worksheet) the protection of the workbook's structure. */
class ProtectionProxy extends Proxy {
  constructor(ctx: FakeContext, path: string, private readonly worksheet: WorksheetProxy | null) {
    super(ctx, path);
  }

  target(): SheetState | FakeExcel {
    return this.worksheet ? this.worksheet.sheet() : this.excel;
  }

  override sheetIfAny(): SheetState | null {
    return this.worksheet?.sheetIfAny() ?? null;
  }

  private state(): { protected: boolean; password: string | null; set(on: boolean, password: string | null): void } {
    const target = this.target();
    if (target instanceof SheetState) {
      return { protected: target.protected, password: target.password, set: (on, password) => { target.protected = on; target.password = password; } };
    }
    return {
      protected: target.structureProtected,
      password: target.structurePassword,
      set: (on, password) => { target.structureProtected = on; target.structurePassword = password; },
    };
  }

  protected override read(prop: string): unknown {
    if (prop === 'protected') return this.state().protected;
    throw new FakeExcelError('InvalidArgument', `fake: protection.${prop} is not modelled`);
  }

  get protected(): boolean { return this.get('protected'); }

  /** Worksheet: protect(options?, password?); workbook: protect(password?). */
  protect(...args: unknown[]): void {
    const password = (this.worksheet ? args[1] : args[0]) as string | undefined;
    this.ctx.queue(this, 'protect', [], () => {
      const state = this.state();
      if (state.protected) throw new FakeExcelError('InvalidOperation', 'already protected');
      state.set(true, password ?? null);
    });
  }

  unprotect(password?: string): void {
    this.ctx.queue(this, 'unprotect', [], () => {
      const state = this.state();
      if (state.protected && state.password !== null && state.password !== password) throw new FakeExcelError('InvalidArgument', 'wrong password');
      state.set(false, null);
    });
  }
}

interface Place {
  readonly sheet: SheetState;
  readonly box: Box;
}

class RangeProxy extends Proxy {
  private resolved: Place | null | undefined;

  constructor(ctx: FakeContext, path: string, private readonly find: () => Place | null, nullable = false) {
    super(ctx, path, nullable);
  }

  target(): Place | null {
    if (this.resolved === undefined) this.resolved = this.find();
    if (this.resolved?.sheet.deleted) throw new FakeExcelError('ItemNotFound', 'the range\'s sheet was deleted');
    return this.resolved;
  }

  place(): Place {
    const place = this.target();
    if (!place) throw new FakeExcelError('ItemNotFound', `${this.path} is a null object`);
    return place;
  }

  override sheetIfAny(): SheetState | null {
    try {
      return this.target()?.sheet ?? null;
    } catch {
      return null;
    }
  }

  private grid<T>(f: (sheet: SheetState, row: number, col: number) => T): T[][] | null {
    const { sheet, box } = this.place();
    if (box.rows * box.columns > MAX_READ_CELLS) return null;
    return Array.from({ length: box.rows }, (_, i) => Array.from({ length: box.columns }, (_, j) => f(sheet, box.row + i, box.col + j)));
  }

  protected override read(prop: string): unknown {
    const { box } = this.place();
    const excel = this.excel;
    switch (prop) {
      case 'rowIndex': return box.row;
      case 'columnIndex': return box.col;
      case 'rowCount': return box.rows;
      case 'columnCount': return box.columns;
      case 'values': return this.grid((s, r, c) => { const v = excel.computed(s, r, c); return typeof v === 'object' ? v.error : v; });
      case 'valueTypes': return this.grid((s, r, c) => valueType(excel.computed(s, r, c)));
      case 'formulas': return this.grid((s, r, c) => { const cell = s.cell(r, c); const v = cell?.formula ?? cell?.value ?? ''; return typeof v === 'object' ? v.error : v; });
      case 'numberFormat': return this.grid((s, r, c) => s.cell(r, c)?.format ?? 'General');
      default: throw new FakeExcelError('InvalidArgument', `fake: range.${prop} is not modelled`);
    }
  }

  protected override nav(prop: string): Proxy | null {
    return prop === 'worksheet' ? this.worksheet : null;
  }

  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get values(): unknown[][] { return this.get('values'); }
  set values(v: unknown[][]) { this.set('values', v, () => this.fill(v, (s, r, c, x) => this.excel.enter(s, r, c, x))); }
  get formulas(): unknown[][] { return this.get('formulas'); }
  set formulas(v: unknown[][]) { this.set('formulas', v, () => this.fill(v, (s, r, c, x) => this.excel.enter(s, r, c, x))); }
  get valueTypes(): string[][] { return this.get('valueTypes'); }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  set numberFormat(v: unknown[][]) {
    this.set('numberFormat', v, () => this.fill(v, (s, r, c, x) => {
      if (x === null || x === undefined) return;
      if (typeof x !== 'string') throw new FakeExcelError('InvalidArgument', `number format ${JSON.stringify(x)}`);
      s.touch(r, c).format = x === '' ? 'General' : x;
    }));
  }

  /** A 2-D array the size of the range, cell by cell in order. */
  private fill(matrix: unknown[][], each: (sheet: SheetState, row: number, col: number, value: unknown) => void): void {
    const { sheet, box } = this.place();
    if (!Array.isArray(matrix) || matrix.length !== box.rows || matrix.some((line) => !Array.isArray(line) || line.length !== box.columns)) {
      throw new FakeExcelError('InvalidArgument', `the array's dimensions do not match the range's ${box.rows}×${box.columns}`);
    }
    matrix.forEach((line, i) => line.forEach((value, j) => each(sheet, box.row + i, box.col + j, value)));
  }

  get worksheet(): WorksheetProxy {
    return this.child('worksheet', () => new WorksheetProxy(this.ctx, `${this.path}.worksheet`, () => this.place().sheet));
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.ctx, `${this.path}.format`, this);
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    this.ctx.requires(6, 'conditionalFormats');
    return new ConditionalFormatCollectionProxy(this.ctx, `${this.path}.conditionalFormats`, this);
  }

  getEntireColumn(): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getEntireColumn()`, () => {
      const { sheet, box } = this.place();
      return { sheet, box: { row: 0, col: box.col, rows: MAX_ROWS, columns: box.columns } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    this.ctx.requires(4, 'getUsedRangeOrNullObject');
    return new RangeProxy(this.ctx, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const { sheet, box } = this.place();
      const used = this.excel.usedBox(sheet, box, valuesOnly);
      return used ? { sheet, box: used } : null;
    }, true);
  }

  getMergedAreasOrNullObject(): MergedAreasProxy {
    this.ctx.requires(13, 'getMergedAreasOrNullObject');
    return new MergedAreasProxy(this.ctx, `${this.path}.getMergedAreasOrNullObject()`, this);
  }

  select(): void {
    this.ctx.queue(this, 'select', [], () => {
      const { sheet, box } = this.place();
      if (this.excel.active !== sheet) throw new FakeExcelError('InvalidOperation', `fake: selecting on ${sheet.name}, which is not the active sheet`);
      this.excel.selected = { sheet, areas: [box] };
    }, false);
  }

  /** Every cell of the range (a whole column is 1,048,576 of them: formats it only where cells are). */
  eachCell(f: (cell: CellState, row: number, col: number) => void): void {
    const { sheet, box } = this.place();
    if (box.rows * box.columns > 100_000) throw new FakeExcelError('NotImplemented', 'fake: formatting a range this large cell by cell is not modelled');
    for (let r = box.row; r < box.row + box.rows; r++) for (let c = box.col; c < box.col + box.columns; c++) f(sheet.touch(r, c), r, c);
  }
}

function valueType(v: Stored | ''): string {
  if (v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

class RangeAreasProxy extends Proxy {
  target(): FakeExcel {
    return this.excel;
  }

  get areas(): { getItemAt(index: number): RangeProxy } {
    this.ctx.requires(9, 'RangeAreas.areas');
    return {
      getItemAt: (index: number) => {
        this.ctx.requires(9, 'RangeCollection.getItemAt');
        return new RangeProxy(this.ctx, `${this.path}.areas.getItemAt(${index})`, () => {
          const selected = this.excel.selected;
          if (!selected || !selected.areas[index]) throw new FakeExcelError('InvalidSelection', 'no such area in the selection');
          return { sheet: selected.sheet, box: selected.areas[index] };
        });
      },
    };
  }
}

/** The merged areas whose top-left cell lies in a range; a null object when there are none. */
class MergedAreasProxy extends Proxy {
  private resolved: { sheet: SheetState; boxes: Box[] } | null | undefined;

  constructor(ctx: FakeContext, path: string, private readonly range: RangeProxy) {
    super(ctx, path, true);
  }

  target(): { sheet: SheetState; boxes: Box[] } | null {
    if (this.resolved === undefined) {
      const { sheet, box } = this.range.place();
      const inside = (r: number, c: number) => r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.columns;
      const boxes = sheet.merges.filter((m) => inside(m.row, m.col));
      if (boxes.length > 512) throw new FakeExcelError('GeneralException', `${boxes.length} merged areas in ${this.range.path}: more than 512`);
      this.resolved = boxes.length === 0 ? null : { sheet, boxes };
    }
    return this.resolved;
  }

  override sheetIfAny(): SheetState | null {
    return this.range.sheetIfAny();
  }

  protected override read(prop: string): unknown {
    const { sheet, boxes } = this.target()!;
    switch (prop) {
      case 'address': return boxes.map((b) => `${sheetPrefix(sheet.name)}!${a1(b)}`).join(', ');
      case 'areaCount': return boxes.length;
      case 'cellCount': return boxes.reduce((n, b) => n + b.rows * b.columns, 0);
      default: throw new FakeExcelError('InvalidArgument', `fake: RangeAreas.${prop} is not modelled`);
    }
  }

  get address(): string { return this.get('address'); }
  get areaCount(): number { return this.get('areaCount'); }
  get cellCount(): number { return this.get('cellCount'); }
}

/** A sheet's name as Excel writes it before '!': quoted (a quote doubled) unless it is a plain word. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function letters(col: number): string {
  let n = col + 1;
  let text = '';
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

/** 'C3:C5' (a single cell 'C3'). */
function a1(b: Box): string {
  const from = `${letters(b.col)}${b.row + 1}`;
  return b.rows === 1 && b.columns === 1 ? from : `${from}:${letters(b.col + b.columns - 1)}${b.row + b.rows}`;
}

/** 'C3:C5' → the box, 0-based. */
function boxOf(ref: string): Box {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(ref);
  if (!m) throw new Error(`fake: not an A1 range: ${ref}`);
  const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const [top, left] = [Number(m[2]) - 1, col(m[1])];
  const [bottom, right] = m[3] === undefined ? [top, left] : [Number(m[4]) - 1, col(m[3])];
  return { row: top, col: left, rows: bottom - top + 1, columns: right - left + 1 };
}

class RangeFormatProxy extends RangePartProxy {

  style(key: string, value: string | number | boolean): void {
    this.ctx.queue(this, `set ${key}`, [value], () => this.range.eachCell((cell) => {
      cell.style = { ...cell.style, [key]: value };
    }));
  }

  get font(): Record<string, unknown> {
    return styleSetter(this, 'font', ['bold', 'italic', 'size', 'color']);
  }

  get fill(): Record<string, unknown> {
    return styleSetter(this, 'fill', ['color']);
  }

  set wrapText(value: boolean) {
    this.style('wrapText', value);
  }

  set verticalAlignment(value: string) {
    this.style('verticalAlignment', value);
  }

  set columnWidth(value: number) {
    this.ctx.queue(this, 'set columnWidth', [value], () => {
      const { sheet, box } = this.range.place();
      for (let c = box.col; c < box.col + box.columns; c++) sheet.columnWidths.set(c, value);
    });
  }

  set rowHeight(value: number) {
    this.ctx.queue(this, 'set rowHeight', [value], () => {
      const { sheet, box } = this.range.place();
      for (let r = box.row; r < box.row + box.rows; r++) sheet.rowHeights.set(r, value);
    });
  }

  get borders(): { getItem(edge: string): Record<string, unknown> } {
    return {
      getItem: (edge: string) => {
        const border = (prop: string) => (value: string) => {
          this.ctx.queue(this, `set borders.${edge}.${prop}`, [value], () => {
            const { box } = this.range.place();
            this.range.eachCell((cell, r) => {
              const bottom = edge === 'EdgeBottom' ? r === box.row + box.rows - 1 : edge === 'InsideHorizontal' ? r < box.row + box.rows - 1 : false;
              const top = edge === 'EdgeTop' && r === box.row;
              if (bottom) cell.style = { ...cell.style, [`border.bottom.${prop}`]: value };
              if (top) cell.style = { ...cell.style, [`border.top.${prop}`]: value };
            });
          });
        };
        return Object.defineProperties({}, { style: { set: border('style') }, weight: { set: border('weight') } });
      },
    };
  }
}

/** An object whose listed properties, when set, set the style of every cell of the range. */
function styleSetter(format: RangeFormatProxy, prefix: string, props: readonly string[]): Record<string, unknown> {
  const target = {};
  for (const prop of props) Object.defineProperty(target, prop, { set: (value: string | number | boolean) => format.style(`${prefix}.${prop}`, value) });
  return target;
}

class TableCollectionProxy extends Proxy {
  constructor(ctx: FakeContext, path: string, private readonly worksheet: WorksheetProxy | null) {
    super(ctx, path);
  }

  target(): TableState[] {
    const sheet = this.worksheet?.sheet() ?? null;
    return this.excel.tables.filter((t) => sheet === null || t.sheet === sheet);
  }

  override sheetIfAny(): SheetState | null {
    return this.worksheet?.sheetIfAny() ?? null;
  }

  override fetch(props: readonly string[]): { data: unknown; deliver: () => void } {
    return this.fetchItems(this.target().map((t) => new TableProxy(this.ctx, `${this.path}[${t.id}]`, () => t)), props);
  }

  get items(): TableProxy[] {
    return this.get('items');
  }

  add(range: RangeProxy | string, hasHeaders: boolean): TableProxy {
    if (typeof range === 'string' || !this.worksheet) throw new FakeExcelError('NotImplemented', 'fake: tables are added from a worksheet, over a Range');
    if (!hasHeaders) throw new FakeExcelError('NotImplemented', 'fake: tables without headers are not modelled');
    let table: TableState | null = null;
    this.ctx.queue(this, 'add', [range.path, hasHeaders], () => {
      const { sheet, box } = range.place();
      if (sheet !== this.worksheet!.sheet()) throw new FakeExcelError('InvalidArgument', 'the range is on another sheet');
      table = this.excel.createTable(sheet, box);
    });
    return new TableProxy(this.ctx, `${this.path}.add(${range.path})`, () => {
      if (!table) throw new FakeExcelError('ItemNotFound', 'the table was not added');
      return table;
    });
  }

  getItem(key: string): TableProxy {
    return new TableProxy(this.ctx, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
      const table = this.excel.findTable(key);
      if (!table || (this.worksheet && table.sheet !== this.worksheet.sheet())) throw new FakeExcelError('ItemNotFound', `no table ${key}`);
      return table;
    });
  }
}

class TableProxy extends Proxy {
  private resolved: TableState | undefined;

  constructor(ctx: FakeContext, path: string, private readonly find: () => TableState) {
    super(ctx, path);
  }

  target(): TableState {
    if (this.resolved === undefined) this.resolved = this.find();
    if (this.resolved.deleted) throw new FakeExcelError('ItemNotFound', `the table ${this.resolved.name} was deleted`);
    return this.resolved;
  }

  override sheetIfAny(): SheetState | null {
    try {
      return this.target().sheet;
    } catch {
      return null;
    }
  }

  protected override read(prop: string): unknown {
    const t = this.target();
    switch (prop) {
      case 'id': return t.id;
      case 'name': return t.name;
      case 'showTotals': return t.showTotals;
      case 'style': return t.style;
      default: throw new FakeExcelError('InvalidArgument', `fake: table.${prop} is not modelled`);
    }
  }

  protected override nav(prop: string): Proxy | null {
    return prop === 'worksheet' ? this.worksheet : null;
  }

  get id(): string { return this.get('id'); }
  get name(): string { return this.get('name'); }
  set name(value: string) { this.set('name', value, () => this.excel.renameTable(this.target(), value)); }
  get showTotals(): boolean { return this.get('showTotals'); }
  set showTotals(value: boolean) { this.set('showTotals', value, () => this.excel.showTotals(this.target(), value)); }
  get style(): string { return this.get('style'); }
  set style(value: string) { this.set('style', value, () => { this.target().style = value; }); }

  get worksheet(): WorksheetProxy {
    return this.child('worksheet', () => new WorksheetProxy(this.ctx, `${this.path}.worksheet`, () => this.target().sheet));
  }

  getRange(): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getRange()`, () => {
      const t = this.target();
      return { sheet: t.sheet, box: { row: t.row, col: t.col, rows: t.rows, columns: t.columns } };
    });
  }

  getTotalRowRange(): RangeProxy {
    return new RangeProxy(this.ctx, `${this.path}.getTotalRowRange()`, () => {
      const t = this.target();
      if (!t.showTotals) throw new FakeExcelError('InvalidOperation', `the table ${t.name} shows no totals row`);
      return { sheet: t.sheet, box: { row: t.row + t.rows - 1, col: t.col, rows: 1, columns: t.columns } };
    });
  }
}

class ChartCollectionProxy extends SheetPartProxy {

  add(type: string, source: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    const chart: { state: ChartState | null } = { state: null };
    this.ctx.queue(this, 'add', [type, source.path, seriesBy], () => {
      if (!['ColumnClustered', 'Line', 'BarClustered', 'Pie'].includes(type)) throw new FakeExcelError('InvalidArgument', `chart type ${type}`);
      const { sheet, box } = source.place();
      const state: ChartState = { type, sheet, source: box, seriesBy, title: '', position: null };
      this.target().charts.push(state);
      chart.state = state;
    });
    return new ChartProxy(this.ctx, `${this.path}.add()`, () => {
      if (!chart.state) throw new FakeExcelError('ItemNotFound', 'the chart was not added');
      return chart.state;
    }, this.worksheet);
  }
}

class ChartProxy extends Proxy {
  constructor(ctx: FakeContext, path: string, private readonly find: () => ChartState, private readonly worksheet: WorksheetProxy) {
    super(ctx, path);
  }

  target(): ChartState {
    return this.find();
  }

  override sheetIfAny(): SheetState | null {
    return this.worksheet.sheetIfAny();
  }

  get title(): { text: string } {
    return Object.defineProperty({ text: '' }, 'text', {
      set: (value: string) => this.ctx.queue(this, 'set title.text', [value], () => { this.target().title = value; }),
    });
  }

  setPosition(start: RangeProxy, end: RangeProxy): void {
    this.ctx.queue(this, 'setPosition', [start.path, end.path], () => {
      const from = start.place();
      const to = end.place();
      if (from.sheet !== this.target().sheet || to.sheet !== from.sheet) throw new FakeExcelError('InvalidArgument', 'a chart is placed on its own sheet');
      this.target().position = { from: from.box, to: to.box };
    });
  }
}

class ConditionalFormatCollectionProxy extends RangePartProxy {

  /** Added at the top priority, as Excel does. */
  add(type: string): Record<string, unknown> {
    const holder: { state: ConditionalFormatState | null } = { state: null };
    this.ctx.queue(this, 'add', [type], () => {
      if (type !== 'CellValue' && type !== 'DataBar') throw new FakeExcelError('NotImplemented', `fake: conditional format ${type}`);
      const { sheet, box } = this.range.place();
      holder.state = { type, box };
      sheet.conditionalFormats.unshift(holder.state);
    });
    const state = (kind: string): ConditionalFormatState => {
      if (!holder.state) throw new FakeExcelError('ItemNotFound', 'the conditional format was not added');
      if (holder.state.type !== kind) throw new FakeExcelError('InvalidOperation', `a ${holder.state.type} format has no ${kind} part`);
      return holder.state;
    };
    const setter = (name: string, apply: (value: never) => void) => ({
      set: (value: never) => this.ctx.queue(this, `set ${name}`, [value], () => apply(value)),
    });
    const cellValue = Object.defineProperties({}, {
      format: {
        value: {
          font: Object.defineProperties({}, { color: setter('cellValue.format.font.color', (v: string) => { state('CellValue').font = v; }) }),
          fill: Object.defineProperties({}, { color: setter('cellValue.format.fill.color', (v: string) => { state('CellValue').fill = v; }) }),
        },
      },
      rule: setter('cellValue.rule', (v: { formula1: string; operator: string }) => { state('CellValue').rule = { ...v }; }),
    });
    const bar = (s: ConditionalFormatState) => (s.bar ??= {});
    const dataBar = Object.defineProperties({}, {
      positiveFormat: {
        value: Object.defineProperties({}, { fillColor: setter('dataBar.positiveFormat.fillColor', (v: string) => { bar(state('DataBar')).fillColor = v; }) }),
      },
      lowerBoundRule: setter('dataBar.lowerBoundRule', (v: unknown) => { bar(state('DataBar')).lower = v; }),
      upperBoundRule: setter('dataBar.upperBoundRule', (v: unknown) => { bar(state('DataBar')).upper = v; }),
    });
    return { cellValue, dataBar };
  }
}

/** The page layout of a sheet, as Excel checks its values. */
class PageLayoutProxy extends SheetPartProxy {
  set orientation(value: string) {
    this.ctx.queue(this, 'set orientation', [value], () => {
      if (value !== 'Portrait' && value !== 'Landscape') throw new FakeExcelError('InvalidArgument', `orientation ${value}`);
      this.target().print.orientation = value;
    });
  }

  set paperSize(value: string) {
    this.ctx.queue(this, 'set paperSize', [value], () => {
      if (!['A3', 'A4', 'A5', 'Letter', 'Legal'].includes(value)) throw new FakeExcelError('InvalidArgument', `paper size ${value}`);
      this.target().print.paperSize = value;
    });
  }

  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.ctx.queue(this, 'set zoom', [value], () => {
      const pages = [value.horizontalFitToPages, value.verticalFitToPages].filter((n) => n !== undefined);
      if (pages.some((n) => !Number.isInteger(n) || (n as number) < 0)) throw new FakeExcelError('InvalidArgument', 'fit to pages must be whole numbers');
      if (value.scale !== undefined && (value.scale < 10 || value.scale > 400)) throw new FakeExcelError('InvalidArgument', `scale ${value.scale}`);
      this.target().print.zoom = { ...value };
    });
  }

  private onThisSheet(range: RangeProxy): Box {
    const { sheet, box } = range.place();
    if (sheet !== this.target()) throw new FakeExcelError('InvalidArgument', 'the range is on another sheet');
    return box;
  }

  setPrintArea(range: RangeProxy): void {
    this.ctx.queue(this, 'setPrintArea', [range.path], () => { this.target().print.area = this.onThisSheet(range); });
  }

  setPrintTitleRows(range: RangeProxy): void {
    this.ctx.queue(this, 'setPrintTitleRows', [range.path], () => {
      const box = this.onThisSheet(range);
      if (box.col !== 0 || box.columns !== MAX_COLUMNS) throw new FakeExcelError('InvalidArgument', 'print title rows must be whole rows');
      this.target().print.titleRows = box;
    });
  }

  setPrintTitleColumns(range: RangeProxy): void {
    this.ctx.queue(this, 'setPrintTitleColumns', [range.path], () => {
      const box = this.onThisSheet(range);
      if (box.row !== 0 || box.rows !== MAX_ROWS) throw new FakeExcelError('InvalidArgument', 'print title columns must be whole columns');
      this.target().print.titleColumns = box;
    });
  }

  get headersFooters(): { readonly defaultForAllPages: HeaderFooterProxy } {
    return { defaultForAllPages: this.child('headerFooter', () => new HeaderFooterProxy(this.ctx, `${this.path}.headersFooters.defaultForAllPages`, this.worksheet)) };
  }
}

/** A page header or footer: Excel keeps at most 255 characters of each part. */
class HeaderFooterProxy extends SheetPartProxy {
  private put(part: string, value: string): void {
    this.ctx.queue(this, `set ${part}`, [value], () => {
      if (value.length > 255) throw new FakeExcelError('InvalidArgument', `${part} of ${value.length} characters`);
      this.target().print.headers[part] = value;
    });
  }
  set leftHeader(value: string) { this.put('leftHeader', value); }
  set centerHeader(value: string) { this.put('centerHeader', value); }
  set rightHeader(value: string) { this.put('rightHeader', value); }
  set leftFooter(value: string) { this.put('leftFooter', value); }
  set centerFooter(value: string) { this.put('centerFooter', value); }
  set rightFooter(value: string) { this.put('rightFooter', value); }
}

class FreezePanesProxy extends SheetPartProxy {

  freezeRows(count = 1): void {
    this.ctx.queue(this, 'freezeRows', [count], () => { this.target().freeze = { rows: count, columns: 0 }; });
  }

  freezeColumns(count = 1): void {
    this.ctx.queue(this, 'freezeColumns', [count], () => { this.target().freeze = { rows: 0, columns: count }; });
  }

  freezeAt(range: RangeProxy): void {
    this.ctx.queue(this, 'freezeAt', [range.path], () => {
      const { sheet, box } = range.place();
      if (sheet !== this.target()) throw new FakeExcelError('InvalidArgument', 'the range is on another sheet');
      this.target().freeze = { rows: box.row + box.rows, columns: box.col + box.columns };
    });
  }
}
