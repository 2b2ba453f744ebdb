import type { Block, CellScalar, CellStyle, RangeRef, TableSpec } from './layout';
import type { Lang } from './labels';

/**
 * The pieces every result sheet is made of: a heading, subtitles and Excel tables whose cells the
 * blocks hold (header, data, totals). One helper so that tables and their cells always agree.
 */

export interface ColumnSpec {
  readonly header: string;
  /** Number format of the column's data (null or absent: general). */
  readonly format?: string | null;
  /** Width in characters. */
  readonly width?: number;
  /** Summed in the totals row. */
  readonly sum?: boolean;
}

export interface ReportTableInput {
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellScalar[])[];
  /** Label of the totals row, in the first column; no totals row when absent. */
  readonly totalsLabel?: string;
  /** Style of the data rows ('wrapped' for lists of long texts to print). */
  readonly dataStyle?: CellStyle;
}

/** A sheet column and its width. */
export type ColumnWidth = readonly [col: number, width: number];

export interface ReportTable {
  readonly blocks: readonly Block[];
  readonly table: TableSpec;
  /** Column names as written (made distinct). */
  readonly headers: readonly string[];
  readonly firstDataRow: number;
  /** At least 1: an Excel table needs a data row, so an empty table gets one blank row. */
  readonly dataRows: number;
  /** The totals row, or null. */
  readonly totalsRow: readonly CellScalar[] | null;
  /** The first row under the table. */
  readonly nextRow: number;
  readonly widths: readonly ColumnWidth[];
}

export function reportTable(input: ReportTableInput): ReportTable {
  const { name, row, col, columns } = input;
  const headers = distinctHeaders(columns.map((c) => c.header));
  const rows: (readonly CellScalar[])[] = input.rows.length > 0 ? [...input.rows] : [columns.map(() => null)];
  for (const r of rows) {
    if (r.length !== columns.length) {
      throw new Error(`Table ${name}: a row has ${r.length} cells for ${columns.length} columns`);
    }
  }
  const formats = columns.map((c) => c.format ?? null);
  const firstDataRow = row + 1;
  const blocks: Block[] = [
    { row, col, values: [headers], style: 'header' },
    { row: firstDataRow, col, values: rows, numberFormats: formats, ...(input.dataStyle ? { style: input.dataStyle } : {}) },
  ];
  let totalsRow: CellScalar[] | null = null;
  if (input.totalsLabel !== undefined) {
    totalsRow = columns.map((c, j) => (j === 0 ? input.totalsLabel! : c.sum ? columnSum(name, rows, j) : null));
    blocks.push({ row: firstDataRow + rows.length, col, values: [totalsRow], numberFormats: formats, style: 'total' });
  }
  const height = 1 + rows.length + (totalsRow ? 1 : 0);
  return {
    blocks,
    table: { name, row, col, rows: height, columns: columns.length, ...(totalsRow ? { totalsRow: true } : {}) },
    headers,
    firstDataRow,
    dataRows: rows.length,
    totalsRow,
    nextRow: row + height,
    widths: columns.map((c, j) => [col + j, c.width ?? defaultWidth(headers[j])] as const),
  };
}

/** The data cells of one column of a table (0-based column index), for conditional formats and charts. */
export function columnData(t: ReportTable, index: number): RangeRef {
  return { row: t.firstDataRow, col: t.table.col + index, rows: t.dataRows, columns: 1 };
}

/** A title in row 1 and an explanatory note in row 2. */
export function heading(title: string, note: string | null): Block[] {
  const blocks: Block[] = [{ row: 1, col: 1, values: [[title]], style: 'title' }];
  if (note) blocks.push({ row: 2, col: 1, values: [[note]], style: 'note' });
  return blocks;
}

export function subtitle(row: number, text: string): Block {
  return { row, col: 1, values: [[text]], style: 'subtitle' };
}

/** Orders ids the way people read them: 'CB2' before 'CB10'. */
export const naturalOrder: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;

/** Column widths of a sheet from its parts: the widest claim on each column wins. */
export function sheetWidths(...parts: readonly (readonly ColumnWidth[])[]): number[] {
  const widths: number[] = [];
  for (const [col, width] of parts.flat()) {
    widths[col - 1] = Math.max(widths[col - 1] ?? 0, width);
  }
  return Array.from(widths, (w) => w ?? DEFAULT_WIDTH);
}

const DEFAULT_WIDTH = 10;

/** Headers wrap, so a column need only fit the header's longest word, within reason. */
function defaultWidth(header: string): number {
  const longestWord = Math.max(...header.split(/\s+/).map((w) => w.length));
  return Math.min(Math.max(DEFAULT_WIDTH, longestWord + 2), 30);
}

/** Excel requires distinct column names (ignoring case): repeats get ' (2)', ' (3)'… */
function distinctHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, j) => {
    const base = h.trim() === '' ? `(${j + 1})` : h;
    let candidate = base;
    for (let n = 2; seen.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})`;
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}

function columnSum(table: string, rows: readonly (readonly CellScalar[])[], j: number): number {
  let sum = 0;
  for (const r of rows) {
    const v = r[j];
    if (typeof v === 'number') sum += v;
    else if (v !== null) throw new Error(`Table ${table}: summed column ${j + 1} holds ${JSON.stringify(v)}`);
  }
  return sum;
}

/** What every result sheet's layout needs besides its data. */
export interface SheetContext {
  readonly lang: Lang;
  readonly sheetName: string;
  readonly tableName: string;
  /** 'RRGGBB'. */
  readonly tabColor?: string;
}
