import { fill, reportText, type Lang } from './labels';
import type { SheetDescription } from './layout';
import { dayText } from './excelDate';

/**
 * How a result sheet prints, worked out from its layout: the header row of its last table repeated on
 * the pages that follow it, when that table runs to the end of the sheet (a note under it aside); its
 * frozen label columns repeated too; its title in the page header with the sheet's name, the run date
 * and "page x of y" in the footer. A table followed by other blocks gets no repeated row: the pages of
 * those blocks would print under headings not theirs (a chart under the comparison's columns).
 */
export function withPrint(sheet: SheetDescription, ctx: { readonly lang: Lang; readonly runDate: string }): SheetDescription {
  const t = reportText(ctx.lang);
  // Only what prints counts: the rows past `printThrough` are for the screen.
  const through = sheet.printThrough ?? Infinity;
  const last = sheet.tables.filter((table) => table.row <= through).sort((a, b) => b.row - a.row)[0];
  const end = last === undefined ? 0 : last.row + last.rows - 1;
  const followed = sheet.blocks.some((b) => b.values.length > 0 && b.row > end + 1 && b.row <= through) || (sheet.charts ?? []).some((c) => c.at.row > end && c.at.row <= through);
  const repeated = followed ? undefined : last;
  const title = sheet.blocks.find((b) => b.row === 1 && b.col === 1)?.values[0]?.[0];
  const columns = sheet.freeze?.columns ?? 0;
  return {
    ...sheet,
    print: {
      ...(repeated ? { titleRows: { first: repeated.row, last: repeated.row } } : {}),
      ...(columns > 0 ? { titleColumns: { first: 1, last: columns } } : {}),
      header: { left: typeof title === 'string' ? title : '', right: '{sheet}' },
      footer: { left: fill(t.print.runDate, { date: dayText(ctx.runDate) }), right: t.print.page },
    },
  };
}

/**
 * A header or footer text in Excel's codes: '&' doubled, {page}, {pages} and {sheet} as &P, &N and
 * &A. Excel keeps 255 characters of a header or footer: a long title is cut to fit.
 */
export function headerFooterCode(text: string): string {
  const coded = text.replace(/&/g, '&&').replace(/\{page\}/g, '&P').replace(/\{pages\}/g, '&N').replace(/\{sheet\}/g, '&A');
  return coded.length > 240 ? `${coded.slice(0, 239).replace(/&$/, '')}…` : coded;
}
