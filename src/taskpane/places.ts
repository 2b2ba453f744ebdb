import { localeOf, type Lang } from '../i18n/messages';

/** How the pane names a field, as a sentence would (places in the workbook: tables/addresses.ts). */

/** A label that starts a line: its first letter a capital ("mã đơn vị" → "Mã đơn vị"). */
export function capitalized(text: string, lang: Lang): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(localeOf(lang)) + text.slice(head.length);
}
