import { localeOf, type Lang } from '../i18n/messages';

/** How the pane names a place in the workbook and a field, as Excel and a sentence would. */

/**
 * A range on a sheet as Excel writes it: the sheet's name quoted when it is not a plain name
 * ('Don vi'!A1:E5, DonVi!A1:E5), its apostrophes doubled. A name that reads as a cell (A1, R1C1) is
 * quoted too.
 */
export function sheetPlace(sheet: string, range: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[RC](\d*|R?\d*C\d*)$/i.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${range}`;
}

/** A label that starts a line: its first letter a capital ("mã đơn vị" → "Mã đơn vị"). */
export function capitalized(text: string, lang: Lang): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(localeOf(lang)) + text.slice(head.length);
}
