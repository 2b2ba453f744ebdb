import { columnLetter } from './problems';

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
