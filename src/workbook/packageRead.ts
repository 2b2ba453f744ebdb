import { STORE_SHEET_NAME } from '../sheets/storeName';
import { isStoreText, storeContent } from '../sheets/store';
import type { CellNote } from '../tables/cells';
import { rangeBounds } from '../tables/addresses';
import { MergedCells, mergedRange, type MergedRange } from './merges';
import { DEFAULT_LIMITS, WorkbookPackage, type PackageLimits, type PackageSheet } from './package';
import type { CellValue, StoreRead, TableInfo, WorkbookReader } from './workbook';
import { RowSkimmer } from './sheetRows';
import { attrsIn, decodeXString, type XmlHandler, type XmlTag } from './xml';
import type { Codec } from './zip';

/**
 * Reads an .xlsx package's cells directly from its XML, piece by piece: only cells that hold a value
 * are kept, so a million formatted empty rows cost a scan and nothing more. Values come out as the
 * other readers give them (office-js's flattened values, dates as Date like ExcelJS gives them):
 * shared and inline strings with their `_xHHHH_` escapes decoded as Excel does, phonetic guides left
 * out, formulas as their cached results, errors as { error }, the cells of a merged range other than
 * its top-left empty.
 */
export class PackageWorkbookReader implements WorkbookReader {
  private readonly sheets: readonly PackageSheet[];
  private readonly date1904: boolean;
  private sharedStrings: string[] | null = null;
  private dateStyles: boolean[] | null = null;
  private readonly parsed = new Map<string, ParsedSheet>();
  private readonly merged = new Map<string, MergedCells>();

  constructor(readonly pkg: WorkbookPackage) {
    const book = pkg.workbook();
    this.sheets = book.sheets;
    this.date1904 = book.date1904;
  }

  /** `codec`: the host's native inflater, where it has one (the command line's). */
  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, codec?: Codec): PackageWorkbookReader {
    return new PackageWorkbookReader(WorkbookPackage.open(bytes, limits, codec));
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  /** Whether the workbook's structure is locked against adding and removing sheets. */
  get sheetList(): readonly PackageSheet[] {
    return this.sheets;
  }

  /**
   * Excel tables first, then the used range of each sheet that has none, in tab order; very hidden
   * sheets and sheets whose name starts with '_' belong to tools and are skipped.
   */
  async listTables(): Promise<TableInfo[]> {
    const tables: TableInfo[] = [];
    const ranges: TableInfo[] = [];
    for (const sheet of this.sheets) {
      if (sheet.state === 'veryHidden' || sheet.name.startsWith('_') || sheet.part === null) continue;
      const own = this.tablesOf(sheet);
      if (own.length > 0) {
        tables.push(...own);
        continue;
      }
      const used = this.sheet(sheet).used;
      if (used !== null) ranges.push({ sheet: sheet.name, name: null, ...used });
    }
    return [...tables, ...ranges];
  }

  async readRange(sheet: string, row: number, col: number, rows: number, columns: number): Promise<CellValue[][]> {
    const found = this.sheets.find((s) => s.name === sheet);
    if (found === undefined || found.part === null) throw new Error(`No sheet named "${sheet}" in the workbook`);
    const cells = this.sheet(found).rows;
    const grid: CellValue[][] = [];
    for (let r = 0; r < rows; r++) {
      const line = new Array<CellValue>(columns).fill(null);
      const source = cells.get(row + r);
      if (source !== undefined) {
        for (let c = 0; c < columns; c++) {
          const v = source[col + c];
          if (v !== undefined) line[c] = v;
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
    const found = this.sheets.find((s) => s.name === sheet);
    if (found === undefined || found.part === null) return null;
    const parsed = this.sheet(found);
    if (parsed.formulasWithoutValue.has(cellKey(row, col))) return { kind: 'formula' };
    return this.mergedCells(sheet, parsed).note(row, col);
  }

  /** A sheet's merged ranges, indexed on the first question. */
  private mergedCells(sheet: string, parsed: ParsedSheet): MergedCells {
    let cells = this.merged.get(sheet);
    if (cells === undefined) {
      // Rows past the last value read nothing: a range merged down a whole column stops there.
      cells = new MergedCells(parsed.merges, parsed.used === null ? 0 : parsed.used.row + parsed.used.rows - 1);
      this.merged.set(sheet, cells);
    }
    return cells;
  }

  async readStore(): Promise<StoreRead> {
    const key = STORE_SHEET_NAME.toLowerCase();
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === key);
    if (sheet === undefined) return { kind: 'none' };
    if (sheet.part === null) return { kind: 'foreign', sheet: sheet.name };
    const { rows } = this.sheet(sheet);
    if (!isStoreText(rows.get(1)?.[1] ?? null)) return { kind: 'foreign', sheet: sheet.name };
    const last = Math.max(0, ...rows.keys());
    const column: unknown[][] = [];
    for (let r = 1; r <= last; r++) column.push([rows.get(r)?.[1] ?? null]);
    return { kind: 'store', sheet: sheet.name, ...storeContent(column) };
  }

  private tablesOf(sheet: PackageSheet): TableInfo[] {
    const infos: TableInfo[] = [];
    for (const rel of this.pkg.relationships(sheet.part!)) {
      if (rel.type !== 'table' || rel.external || !this.pkg.has(rel.target)) continue;
      let info: TableInfo | null = null;
      this.pkg.scanXml(rel.target, {
        open: (tag) => {
          if (tag.name !== 'table') return;
          info = tableInfo(sheet.name, tag);
        },
        close: () => undefined,
      });
      if (info !== null) infos.push(info);
    }
    return infos;
  }

  private sheet(sheet: PackageSheet): ParsedSheet {
    let parsed = this.parsed.get(sheet.name);
    if (parsed === undefined) {
      parsed = this.parseSheet(sheet.part!);
      this.parsed.set(sheet.name, parsed);
    }
    return parsed;
  }

  private strings(): string[] {
    if (this.sharedStrings === null) {
      const rel = this.pkg.relationships(this.pkg.workbookPart()).find((r) => r.type === 'sharedStrings' && !r.external);
      this.sharedStrings = rel && this.pkg.has(rel.target) ? readSharedStrings(this.pkg, rel.target) : [];
    }
    return this.sharedStrings;
  }

  private styles(): boolean[] {
    if (this.dateStyles === null) {
      const rel = this.pkg.relationships(this.pkg.workbookPart()).find((r) => r.type === 'styles' && !r.external);
      this.dateStyles = rel && this.pkg.has(rel.target) ? readDateStyles(this.pkg, rel.target) : [];
    }
    return this.dateStyles;
  }

  private parseSheet(part: string): ParsedSheet {
    const context: SheetContext = { strings: this.strings(), dateStyles: this.styles(), date1904: this.date1904, maxRun: this.pkg.limits.textChars };
    return readSheetCells((handler) => this.pkg.scanXml(part, handler), context);
  }
}

/** What reading a sheet's cells needs of the rest of the package. */
export interface SheetContext {
  readonly strings: readonly string[];
  /** Whether each style index formats numbers as dates. */
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  /** The scanner's limit on a text run. */
  readonly maxRun: number;
}

/**
 * A sheet's cells from `scan`, which feeds a handler the sheet's XML. `skim` false reads every row
 * through the scanner's events: what the skimmer's rows are checked against.
 */
export function readSheetCells(scan: (handler: XmlHandler) => void, context: SheetContext, skim = true): ParsedSheet {
  const { strings, dateStyles, date1904 } = context;
  const rows = new Map<number, CellValue[]>();
  const merges: string[] = [];
  const formulasWithoutValue = new Set<number>();
  let hasFormula = false;
  let rowNumber = 0;
  let colNumber = 0;
  // The open cell's r, t and s, read in one pass (CELL_ATTRIBUTES).
  const cellAttrs: (string | null)[] = [null, null, null];
  let inCell = false;
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  let inText = false;
  let text = '';
  let hasValue = false;
  let inSheetData = false;

  // The row last written to, kept rather than looked up for each of its cells.
  let line: CellValue[] | undefined;
  let lineNumber = -1;
  const put = (type: string, text: string, style: number): void => {
    const value = cellValueOf(type, text, style, strings, dateStyles, date1904);
    if (value === null) return;
    if (lineNumber !== rowNumber) {
      lineNumber = rowNumber;
      line = rows.get(rowNumber);
      if (line === undefined) rows.set(rowNumber, (line = []));
    }
    line![colNumber] = value === text ? ownText(text) : value;
  };
  // Most rows are read whole by the skimmer; the events below read the rest, to the same values.
  const skimmer = new RowSkimmer({
    row: (r) => {
      rowNumber = r === 0 ? rowNumber + 1 : r;
      colNumber = 0;
    },
    cell: (col, type, style, value) => {
      colNumber = col;
      put(type, value, style);
    },
  }, context.maxRun);

  scan({
    open: (tag: XmlTag, selfClosing: boolean) => {
      switch (tag.name) {
        case 'sheetData':
          inSheetData = !selfClosing;
          break;
        case 'row': {
          const r = tag.attr('r');
          rowNumber = r === null ? rowNumber + 1 : Number(r);
          colNumber = 0;
          break;
        }
        case 'c': {
          attrsIn(tag.raw, CELL_ATTRIBUTES, cellAttrs);
          const ref = cellAttrs[0];
          colNumber = ref === null ? colNumber + 1 : columnOf(ref);
          inCell = !selfClosing;
          hasValue = false;
          hasFormula = false;
          text = '';
          break;
        }
        case 'v':
          if (inCell) {
            inValue = true;
            hasValue = true;
            text = '';
          }
          break;
        case 'is':
          if (inCell) {
            inInline = true;
            hasValue = true;
            text = '';
          }
          break;
        case 'f':
          if (inCell) hasFormula = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
        case 't':
          if (inInline && !inPhonetic) inText = true;
          break;
        case 'mergeCell': {
          const ref = tag.attr('ref');
          if (ref !== null) merges.push(ref);
          break;
        }
      }
    },
    close: (name: string) => {
      switch (name) {
        case 'sheetData':
          inSheetData = false;
          break;
        case 'v':
          inValue = false;
          break;
        case 't':
          inText = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'c':
          if (inCell && hasValue) put(cellAttrs[1] ?? 'n', text, Number(cellAttrs[2] ?? 0));
          // Saved by a program that does not calculate: the cell reads empty, and messages say why.
          else if (inCell && hasFormula) formulasWithoutValue.add(cellKey(rowNumber, colNumber));
          inCell = false;
          break;
      }
    },
    wantsText: () => inValue || inText,
    ...(skim ? { skim: (b: string, at: number) => (inSheetData ? skimmer.skim(b, at) : at) } : {}),
    text: (t: string) => {
      text += t;
    },
  });

  // Only the top-left cell of a merged range holds its value, as Excel shows it; the ranges are kept
  // to tell the planner why a cell that shows a value reads empty.
  const ranges: MergedRange[] = [];
  for (const ref of merges) {
    const m = mergedRange(ref);
    if (m === null) continue;
    ranges.push(m);
    for (let r = m.top; r <= m.bottom; r++) {
      const line = rows.get(r);
      if (line === undefined) continue;
      for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && line[c] !== undefined) line[c] = null;
    }
  }
  return { rows, used: usedRange(rows), merges: ranges, formulasWithoutValue };
}

/** A cell's row and column as one number, for sets of cells. */
function cellKey(row: number, col: number): number {
  return row * 16_384 + col;
}

/** The smallest range holding every non-blank value. */
function usedRange(rows: ReadonlyMap<number, readonly CellValue[]>): ParsedSheet['used'] {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [r, line] of rows) {
    line.forEach((value, c) => {
      if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  }
  return bottom === 0 ? null : { row: top, col: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export interface ParsedSheet {
  /** Cells holding a value, by row number then column number (1-based). */
  readonly rows: Map<number, CellValue[]>;
  /** The smallest range holding every non-blank value. */
  readonly used: { row: number; col: number; rows: number; columns: number } | null;
  readonly merges: readonly MergedRange[];
  /** Cells holding a formula and no cached value (cellKey). */
  readonly formulasWithoutValue: ReadonlySet<number>;
}

function cellValueOf(type: string, text: string, style: number, strings: readonly string[], dateStyles: readonly boolean[], date1904: boolean): CellValue {
  switch (type) {
    case 's': {
      const index = Number(text);
      return Number.isInteger(index) && index >= 0 && index < strings.length ? strings[index] : null;
    }
    case 'inlineStr':
    case 'str':
      return decodeXString(text);
    case 'b':
      return text.trim() === '1' || text.trim() === 'true';
    case 'e':
      return { error: text.trim() };
    case 'd': {
      const date = new Date(text.trim().length <= 10 ? `${text.trim()}T00:00:00Z` : text.trim());
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text.trim() === '') return null;
      const n = Number(text);
      if (!Number.isFinite(n)) return text;
      if (dateStyles[style]) {
        // As ExcelJS turns a date-formatted number into a Date, so that both readers agree.
        return new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
      }
      return n;
    }
  }
}

/**
 * A text read from a part, as a string of its own rather than a slice of the decoded piece of the
 * part: V8 keeps a whole piece alive while any slice of it lives (it slices texts of 13 characters
 * and more), about 100 MB of a 100,000-person sheet for the whole run.
 */
function ownText(text: string): string {
  return text.length >= 13 ? `${text} `.slice(0, -1) : text;
}

/** The shared strings: each item's text runs joined, phonetic guides left out, escapes decoded. */
function readSharedStrings(pkg: WorkbookPackage, part: string): string[] {
  const strings: string[] = [];
  let inItem = false;
  let inPhonetic = false;
  let inText = false;
  let text = '';
  pkg.scanXml(part, {
    open: (tag) => {
      if (tag.name === 'si') {
        inItem = true;
        text = '';
      } else if (tag.name === 'rPh') inPhonetic = true;
      else if (tag.name === 't' && inItem && !inPhonetic) inText = true;
    },
    close: (name) => {
      if (name === 'si') {
        strings.push(ownText(decodeXString(text)));
        inItem = false;
      } else if (name === 'rPh') inPhonetic = false;
      else if (name === 't') inText = false;
    },
    wantsText: () => inText,
    text: (t) => {
      text += t;
    },
  });
  return strings;
}

/** Built-in number formats that show dates or times. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell style (cellXfs), whether its number format shows a date. */
function readDateStyles(pkg: WorkbookPackage, part: string): boolean[] {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  pkg.scanXml(part, {
    open: (tag) => {
      if (tag.name === 'numFmt') custom.set(Number(tag.attr('numFmtId')), tag.attr('formatCode') ?? '');
      else if (tag.name === 'cellXfs') inCellXfs = true;
      else if (tag.name === 'xf' && inCellXfs) formats.push(Number(tag.attr('numFmtId') ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return formats.map((id) => (custom.has(id) ? isDateFormat(custom.get(id)!) : DATE_FORMAT_IDS.has(id)));
}

/** A format code shows a date when, outside quotes, brackets and escapes, it has y, m, d, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/_.|\*./g, '');
  return /[ymdhsb]/i.test(bare.replace(/general/gi, ''));
}

function tableInfo(sheet: string, tag: XmlTag): TableInfo | null {
  const ref = tag.attr('ref');
  if (ref === null) return null;
  const b = rangeBounds(ref);
  if (b === null) return null;
  const totals = Number(tag.attr('totalsRowCount') ?? 0) > 0;
  return {
    sheet,
    name: tag.attr('displayName') ?? tag.attr('name'),
    row: b.top,
    col: b.left,
    // A totals row is a formula row, not data: it is left out of the range.
    rows: b.bottom - b.top + 1 - (totals ? 1 : 0),
    columns: b.right - b.left + 1,
    totalsRow: totals,
  };
}

/** The attributes of a cell that its value needs: its reference, type and style. */
const CELL_ATTRIBUTES = ['r', 't', 's'] as const;

function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}
