/**
 * Months are integers: year * 12 + (month - 1). Month arithmetic is then plain addition,
 * and a month is cheap to store in typed arrays.
 */
export type Month = number;

export function monthOf(year: number, month1: number): Month {
  return year * 12 + (month1 - 1);
}

export function yearOf(m: Month): number {
  return Math.floor(m / 12);
}

/** 1-based calendar month. */
export function calendarMonthOf(m: Month): number {
  return m - yearOf(m) * 12 + 1;
}

/** 'YYYY-MM'. */
export function formatMonth(m: Month): string {
  return `${yearOf(m)}-${String(calendarMonthOf(m)).padStart(2, '0')}`;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Parses 'YYYY-MM'; null when malformed. */
export function parseMonth(text: string): Month | null {
  const m = MONTH_RE.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  return monthOf(Number(m[1]), month);
}
