import type { Block, CellStyle } from './layout';

/**
 * How each cell style of the layouts looks, the same in both writers (ExcelJS for files, office-js in
 * Excel): colours as '#RRGGBB'.
 */
export interface Look {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  /** Wrapped, aligned to the top. */
  readonly wrap?: boolean;
  /** A thin line under or over each row. */
  readonly border?: 'top' | 'bottom';
}

const GREEN = '#006100';
const RED = '#9C0006';
const AMBER = '#9C5700';

export const LOOKS: Readonly<Record<CellStyle, Look>> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  label: { bold: true },
  header: { bold: true, fill: '#DDEBF7', wrap: true, border: 'bottom' },
  total: { bold: true, border: 'top' },
  note: { italic: true, color: '#595959' },
  good: { color: GREEN },
  bad: { color: RED },
  warn: { color: AMBER },
  /** Long texts of a list to print (a decision's annex): wrapped in their column. */
  wrapped: { wrap: true },
  alert: { bold: true, size: 14, color: RED },
};

/** Excel's own "good / bad / neutral" cell colours, for conditional formats. */
export const HIGHLIGHTS: Readonly<Record<'good' | 'bad' | 'warn', { readonly font: string; readonly fill: string }>> = {
  good: { font: GREEN, fill: '#C6EFCE' },
  bad: { font: RED, fill: '#FFC7CE' },
  warn: { font: AMBER, fill: '#FFEB9C' },
};

const LINE_POINTS = 15;

/** Blocks whose rows get the height their wrapped text needs (headers, lists to print). */
export function wrapsRows(block: Block): boolean {
  return block.style !== undefined && LOOKS[block.style].wrap === true;
}

/**
 * The height each row of a wrapped block needs for its text, or null for one line: lines of the
 * longest text in its column's width, at most six (a comparison column headed by a scenario's long
 * name and its code: at four, the code was cut). Files carry no automatic row height that every
 * application honours (LibreOffice keeps one line and lets the header spill over the data).
 */
export function headerRowHeights(block: Block, widths: readonly number[]): (number | null)[] {
  return block.values.map((values) => {
    let lines = 1;
    values.forEach((value, j) => {
      const width = widths[block.col + j - 1] ?? 10;
      if (typeof value === 'string') lines = Math.max(lines, Math.ceil(value.length / Math.max(1, width - 1)));
    });
    return lines > 1 ? Math.min(lines, 6) * LINE_POINTS : null;
  });
}

/** In a structured reference ('Table[Column]'), [ ] # and ' are escaped with a leading apostrophe. */
export function escapeColumnName(name: string): string {
  return name.replace(/[[\]#']/g, "'$&");
}
