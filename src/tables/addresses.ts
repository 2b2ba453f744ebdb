import { columnLetter, columnNumber } from './problems';

/**
 * A range on a sheet as Excel writes it: the sheet's name quoted when it is not a plain name
 * ('Don vi'!A1:E5, DonVi!A1:E5), its apostrophes doubled. A name that reads as a cell (A1, R1C1) is
 * quoted too.
 */
export function sheetPlace(sheet: string, range: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[RC](\d*|R?\d*C\d*)$/i.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${range}`;
}

/** 'A1:J40': a block of `rows` × `columns` cells from (row, col), 1-based. */
export function rangeAddress(t: { readonly row: number; readonly col: number; readonly rows: number; readonly columns: number }): string {
  return `${columnLetter(t.col)}${t.row}:${columnLetter(t.col + t.columns - 1)}${t.row + t.rows - 1}`;
}

/** A range's bounds, 1-based and inclusive. */
export interface RangeBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const A1_RANGE = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** 'F2:F5', '$F$2:$F$5' or 'F2' (a table's or a merge's ref, an address's part after the '!'); null for anything else. */
export function rangeBounds(ref: string): RangeBounds | null {
  const m = A1_RANGE.exec(ref.trim());
  if (!m) return null;
  const [top, left] = [Number(m[2]), columnNumber(m[1])];
  const [bottom, right] = m[3] === undefined ? [top, left] : [Number(m[4]), columnNumber(m[3])];
  return { top, left, bottom, right };
}
