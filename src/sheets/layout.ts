/**
 * A sheet described as data: what the adapters (ExcelJS for files, office-js in Excel) write.
 * Rows and columns are 1-based. Strings are always written as text, never as formulas: adapters give
 * a string that starts with = + - or @ the text format before writing it.
 * Months are written as the Excel serial number of the month's first day with NUMBER_FORMATS.month, so
 * planners can sort and filter them as dates.
 */
export type CellScalar = string | number | boolean | null;

export type CellStyle = 'title' | 'subtitle' | 'label' | 'header' | 'total' | 'note' | 'good' | 'bad' | 'warn' | 'wrapped'
  /** A title that says its results no longer hold (sheets/notice.ts). */
  | 'alert';

/** Excel number formats used by the layouts. */
export const NUMBER_FORMATS = {
  integer: '#,##0',
  signed: '+#,##0;-#,##0;0',
  percent: '0.0%',
  text: '@',
  date: 'dd/mm/yyyy',
  month: 'mm/yyyy',
} as const;

export interface Block {
  readonly row: number;
  readonly col: number;
  readonly values: readonly (readonly CellScalar[])[];
  /** Number format per column of the block (null: general). */
  readonly numberFormats?: readonly (string | null)[];
  /** Style of the whole block. */
  readonly style?: CellStyle;
}

/**
 * An Excel table over cells the blocks already hold: the header row holds distinct, non-empty strings
 * (the column names) and at least one data row follows.
 */
export interface TableSpec {
  /** Excel table name: letters, digits and '_', unique in the workbook. */
  readonly name: string;
  readonly row: number;
  readonly col: number;
  /** Including the header row (and the totals row, when there is one). */
  readonly rows: number;
  readonly columns: number;
  /**
   * The last row is a totals row: a label in its first cell, and under each summed column the sum of
   * the column's data (adapters write it as SUBTOTAL(109, …) with this value as its cached result);
   * other cells are empty.
   */
  readonly totalsRow?: boolean;
}

export interface RangeRef {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly columns: number;
}

export type ConditionalRule =
  /** Negative values red, positive green (deltas where more is better). */
  | { readonly kind: 'signGoodPositive' }
  /** Positive values red, negative green (deltas where more is worse). */
  | { readonly kind: 'signBadPositive' }
  /** Values above zero highlighted as a problem. */
  | { readonly kind: 'positiveBad' }
  /** Cells whose text equals `text` get the style (e.g. severities in an issue list). */
  | { readonly kind: 'textEquals'; readonly text: string; readonly style: 'good' | 'bad' | 'warn' }
  | { readonly kind: 'dataBar'; readonly color: string };

export interface ConditionalFormat {
  readonly range: RangeRef;
  readonly rule: ConditionalRule;
}

/** A native chart (drawn by the office-js adapter and the package writer; the ExcelJS writer of the demo carries the data only). */
export interface ChartSpec {
  readonly type: 'columnClustered' | 'line';
  readonly title: string;
  /**
   * Data with its header row and category column: categories down the first column, one series per
   * further column, named by its header.
   */
  readonly data: RangeRef;
  /** Where the chart is placed. */
  readonly at: RangeRef;
}

export interface SheetDescription {
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly tables: readonly TableSpec[];
  /** Widths in characters, by column from A. */
  readonly columnWidths: readonly number[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly conditionalFormats?: readonly ConditionalFormat[];
  readonly charts?: readonly ChartSpec[];
  /** 'RRGGBB'. */
  readonly tabColor?: string;
  readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** How the sheet prints; absent for sheets that are not printed (the store). */
  readonly print?: PrintSetup;
  /** Rows that start a new printed page (a chart on a page of its own, say). */
  readonly pageBreaks?: readonly number[];
  /**
   * The last row that prints, when the rows under it are for the screen only (the timeline's hundred
   * pages by locality under its table by level); absent: every row prints.
   */
  readonly printThrough?: number;
}

/**
 * A4 landscape, one page wide, as many tall as it takes: rows (a table's header) and columns (the
 * labels) repeated on every page, the used cells as the print area, a header and a footer. The texts
 * are plain; `{page}`, `{pages}` and `{sheet}` are the page number, the page count and the sheet's
 * name, filled in by the application when it prints.
 */
export interface PrintSetup {
  readonly titleRows?: { readonly first: number; readonly last: number };
  readonly titleColumns?: { readonly first: number; readonly last: number };
  readonly header: { readonly left: string; readonly right: string };
  readonly footer: { readonly left: string; readonly right: string };
}

/** The cell a sheet's blocks put at (row, col), or null. */
export function cellAt(sheet: SheetDescription, row: number, col: number): CellScalar {
  for (const b of sheet.blocks) {
    const value = b.values[row - b.row]?.[col - b.col];
    if (value !== undefined) return value;
  }
  return null;
}

/** The number of columns of a block: its longest row. A loop: a spread of 300,000 rows overflows the stack. */
export function blockWidth(block: Block): number {
  let width = 0;
  for (const row of block.values) if (row.length > width) width = row.length;
  return width;
}

/** The bottom-right cell any block reaches, or null for an empty sheet. */
export function lastCell(sheet: SheetDescription): { row: number; col: number } | null {
  let row = 0;
  let col = 0;
  for (const b of sheet.blocks) {
    if (b.values.length === 0) continue;
    row = Math.max(row, b.row + b.values.length - 1);
    col = Math.max(col, b.col + blockWidth(b) - 1);
  }
  return row === 0 ? null : { row, col };
}

/**
 * The bottom-right corner of what prints: the cells, the charts placed beside them, and the titles and
 * notes that spill over the empty cells to their right (a print area ending at the table's last column
 * cut an annex's title in the middle of a word). A spill counts up to a page's width at full size, so
 * that a text longer than a page does not shrink every page of the sheet to fit it.
 */
export function printedCorner(sheet: SheetDescription): { row: number; col: number } | null {
  // Only the rows that print count, their columns and spills included.
  const through = sheet.printThrough;
  const printed = through === undefined ? sheet : { ...sheet, blocks: sheet.blocks.filter((b) => b.row <= through) };
  const last = lastCell(printed);
  if (last === null) return null;
  let { row, col } = last;
  for (const chart of sheet.charts ?? []) {
    if (through !== undefined && chart.at.row > through) continue;
    row = Math.max(row, chart.at.row + chart.at.rows - 1);
    col = Math.max(col, chart.at.col + chart.at.columns - 1);
  }
  if (through !== undefined) row = Math.min(row, through);
  return { row, col: Math.max(col, spillColumn(printed, col)) };
}

/** Width of an A4 landscape page between Excel's default margins, in column-width units (about 140). */
const PAGE_WIDTH = 135;
/** Excel's width of a column not given one. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Styles of single texts that spill over the cells to their right: headings and notes. */
const SPILLING: ReadonlySet<CellStyle> = new Set(['title', 'alert', 'subtitle', 'note']);

/** The last column a heading's or note's text reaches, at most one page wide from column A. */
function spillColumn(sheet: SheetDescription, printedColumns: number): number {
  const width = (c: number): number => sheet.columnWidths[c - 1] ?? DEFAULT_COLUMN_WIDTH;
  let printedWidth = 0;
  for (let c = 1; c <= printedColumns; c++) printedWidth += width(c);
  if (printedWidth >= PAGE_WIDTH) return printedColumns;
  let reach = 0;
  for (const b of sheet.blocks) {
    if (b.style === undefined || !SPILLING.has(b.style)) continue;
    for (const values of b.values) {
      const j = values.length - 1;
      const text = values[j];
      if (typeof text !== 'string') continue;
      let start = 0;
      for (let c = 1; c < b.col + j; c++) start += width(c);
      reach = Math.max(reach, Math.min(PAGE_WIDTH, start + textWidth(text, LOOK_SIZES[b.style])));
    }
  }
  let col = printedColumns;
  for (let covered = printedWidth; covered < reach; covered += width(col)) col++;
  return col;
}

/** Font scale of the spilling styles against the sheet's 11-point text (bold is a little wider). */
const LOOK_SIZES: Readonly<Partial<Record<CellStyle, number>>> = { title: (14 / 11) * 1.08, alert: (14 / 11) * 1.08, subtitle: (12 / 11) * 1.08, note: 1 };

/** A text's width in column units: a proportional font's letters average a little under the '0' that the unit is. */
function textWidth(text: string, scale = 1): number {
  return text.length * 0.9 * scale;
}
