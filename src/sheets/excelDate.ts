import { parseMonth, calendarMonthOf, yearOf } from '../domain/month';

/**
 * Months and dates as Excel serial numbers (days since 1899-12-30), so a sheet holds real dates that
 * sort and filter as dates whatever the workbook's locale. Pure arithmetic: no clock is read.
 */
const DAY_MS = 86_400_000;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

function serial(year: number, month1: number, day: number): number {
  return (Date.UTC(year, month1 - 1, day) - EXCEL_EPOCH_MS) / DAY_MS;
}

function monthOrThrow(month: string) {
  const m = parseMonth(month);
  if (m === null) throw new Error(`Not a 'YYYY-MM' month: ${JSON.stringify(month)}`);
  return m;
}

/** 'YYYY-MM' → serial of the month's first day (to be shown with NUMBER_FORMATS.month); null stays null. */
export function monthSerial(month: string | null): number | null {
  if (month === null || month === '') return null;
  const m = monthOrThrow(month);
  return serial(yearOf(m), calendarMonthOf(m), 1);
}

/** 'YYYY-MM-DD' → serial (to be shown with NUMBER_FORMATS.date). */
export function dateSerial(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a 'YYYY-MM-DD' date: ${JSON.stringify(date)}`);
  return serial(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** 'YYYY-MM' → 'MM/YYYY', the way months read in running text in both languages. */
export function monthText(month: string): string {
  const m = monthOrThrow(month);
  return `${String(calendarMonthOf(m)).padStart(2, '0')}/${yearOf(m)}`;
}

/** 'YYYY-MM-DD' → 'DD/MM/YYYY', as dates read in running text in both languages. */
export function dayText(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a 'YYYY-MM-DD' date: ${JSON.stringify(date)}`);
  return `${match[3]}/${match[2]}/${match[1]}`;
}
