import type { Gender, Role, Scalar } from '../domain/model';
import { own } from '../domain/records';
import { foldKey, foldText } from '../domain/text';
import type { ProblemCode } from './problems';

/**
 * A raw cell as the workbook adapters return it (their `CellValue`). Dates come as Date (from files)
 * or serial numbers (from Excel), errors as { error: '#N/A' }.
 */
export type RawCell = string | number | boolean | Date | null | { readonly error: string };

/**
 * Why a cell reads empty where the planner may see a value, when the workbook adapter can tell: a
 * cell covered by a merged range (only its top-left cell holds the value), or a formula with no
 * calculated value saved (a file written by a program that does not calculate).
 */
export type CellNote = { readonly kind: 'merged'; readonly range: string } | { readonly kind: 'formula' };

/** The note of a cell (1-based sheet row and column), where a reader has found notes for it. */
export type CellNotes = (sheet: string, row: number, col: number) => CellNote | null;

/** A cell parsed for one purpose: a value, nothing, or the reason it cannot be read. */
export type CellRead<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'empty' }
  | { readonly kind: 'invalid'; readonly code: ProblemCode; readonly value: string };

export interface DateRead {
  /** 'yyyy-mm-dd'; a year alone is 1 January, a month and year the 1st of the month. */
  readonly iso: string;
  readonly precision: 'day' | 'month' | 'year';
  readonly year: number;
  /** 1-based. */
  readonly month: number;
  readonly day: number;
}

/** Longest text an Excel cell holds. */
export const EXCEL_CELL_MAX_CHARS = 32767;

const EMPTY = { kind: 'empty' } as const;

function value<T>(v: T): CellRead<T> {
  return { kind: 'value', value: v };
}

function invalid<T>(code: ProblemCode, cell: RawCell): CellRead<T> {
  return { kind: 'invalid', code, value: displayCell(cell) };
}

function isErrorCell(cell: RawCell): cell is { readonly error: string } {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

/** Empty cells and cells holding only spaces count as blank. */
export function isBlankCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as the planner sees it, shortened for messages. */
export function displayCell(cell: RawCell): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (isErrorCell(cell)) text = cell.error;
  else if (cell instanceof Date) text = Number.isNaN(cell.getTime()) ? 'Invalid Date' : isoOfJsDate(cell);
  else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
  else if (typeof cell === 'number') text = String(cell);
  else text = cell.normalize('NFC').trim();
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * Text of a cell: trimmed and NFC (so that decomposed Vietnamese compares equal to composed). Numbers
 * become their digits (an id typed as 12 is "12"), dates their ISO form. Text that looks like a
 * formula ("=1+1", "+84…", "@SUM") is ordinary text and is kept verbatim.
 */
export function readText(cell: RawCell): CellRead<string> {
  if (isBlankCell(cell)) return EMPTY;
  if (isErrorCell(cell)) return invalid('errorValue', cell);
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? invalid('unreadableDate', cell) : value(isoOfJsDate(cell));
  }
  if (typeof cell === 'number') return value(String(cell));
  if (typeof cell === 'boolean') return value(cell ? 'TRUE' : 'FALSE');
  return value((cell as string).normalize('NFC').trim());
}

const PLAIN_INTEGER = /^[+-]?\d+$/;
/** 1.234 or 1,234 or 1 234: a whole number written with thousands separators. */
const GROUPED_INTEGER = /^\d{1,3}([.,\s]\d{3})+$/;
const DECIMAL = /^[+-]?\d+[.,]\d+$/;

/**
 * A whole number of zero or more (quotas, caps). Text holding digits is accepted, with Vietnamese or
 * English thousands separators; "1.5", -2 and "mười" are not.
 */
export function readCount(cell: RawCell): CellRead<number> {
  if (isBlankCell(cell)) return EMPTY;
  if (isErrorCell(cell)) return invalid('errorValue', cell);
  let n: number;
  if (typeof cell === 'number') {
    n = cell;
  } else if (typeof cell === 'string') {
    const text = cell.normalize('NFC').trim();
    if (PLAIN_INTEGER.test(text)) n = Number(text);
    else if (GROUPED_INTEGER.test(text)) n = Number(text.replace(/[.,\s]/g, ''));
    else if (DECIMAL.test(text)) n = Number(text.replace(',', '.'));
    else return invalid('notANumber', cell);
  } else {
    return invalid('notANumber', cell);
  }
  if (!Number.isFinite(n)) return invalid('notANumber', cell);
  if (n < 0) return invalid('negativeNumber', cell);
  if (!Number.isInteger(n)) return invalid('notWholeNumber', cell);
  return value(n);
}

// Excel's 1900 date system: serial 1 is 1900-01-01, and serial 60 is the 29 February 1900 that never
// was (kept by Excel for Lotus 1-2-3 compatibility), so serials from 61 on are one day late.
const EXCEL_LAST_SERIAL = 2958465; // 9999-12-31
const DAY_MS = 86_400_000;
const EXCEL_DAY_ZERO_MS = Date.UTC(1899, 11, 31);

const DAY_MONTH_YEAR = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const YEAR_MONTH_DAY = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const YEAR = /^\d{4}$/;

/**
 * A date: an Excel serial number, a Date (read in UTC, as the adapters produce them), or text written
 * dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, yyyy-mm-dd, mm/yyyy or yyyy. A whole number from 1900
 * to 2100 is a year alone, which means 1 January. Impossible dates (31/02) are unreadable.
 */
export function readDate(cell: RawCell): CellRead<DateRead> {
  if (isBlankCell(cell)) return EMPTY;
  if (isErrorCell(cell)) return invalid('errorValue', cell);
  let read: DateRead | null = null;
  if (cell instanceof Date) read = dateOfJsDate(cell);
  else if (typeof cell === 'number') read = dateOfNumber(cell);
  else if (typeof cell === 'string') read = dateOfText(cell);
  return read === null ? invalid('unreadableDate', cell) : value(read);
}

function dateOfNumber(n: number): DateRead | null {
  if (!Number.isFinite(n)) return null;
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) return makeDate(n, 1, 1, 'year');
  const serial = Math.floor(n);
  if (serial < 1 || serial > EXCEL_LAST_SERIAL || serial === 60) return null;
  const d = new Date(EXCEL_DAY_ZERO_MS + (serial < 60 ? serial : serial - 1) * DAY_MS);
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 'day');
}

function dateOfJsDate(date: Date): DateRead | null {
  if (Number.isNaN(date.getTime())) return null;
  const d = roundedToMinute(date);
  return makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), 'day');
}

/** Serial-to-Date conversions can land a hair before midnight; a minute's rounding keeps the day. */
function roundedToMinute(date: Date): Date {
  return new Date(Math.round(date.getTime() / 60_000) * 60_000);
}

function isoOfJsDate(date: Date): string {
  return roundedToMinute(date).toISOString().slice(0, 10);
}

/**
 * Dates written as text, each distinct text read once: a province's birth dates are a few thousand
 * days, and each person's was parsed anew. A read is shared by the rows of its text (it is read-only).
 */
const DATES_OF_TEXT = new Map<string, DateRead | null>();

function dateOfText(raw: string): DateRead | null {
  let read = DATES_OF_TEXT.get(raw);
  if (read === undefined) {
    read = parseDateText(raw);
    if (DATES_OF_TEXT.size < 100_000) DATES_OF_TEXT.set(raw, read);
  }
  return read;
}

function parseDateText(raw: string): DateRead | null {
  const text = raw.normalize('NFC').replace(/\s+/g, '');
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return makeDate(Number(m[4]), Number(m[3]), Number(m[1]), 'day');
  m = YEAR_MONTH_DAY.exec(text);
  if (m) return makeDate(Number(m[1]), Number(m[3]), Number(m[4]), 'day');
  m = MONTH_YEAR.exec(text);
  if (m) return makeDate(Number(m[2]), Number(m[1]), 1, 'month');
  if (YEAR.test(text)) return makeDate(Number(text), 1, 1, 'year');
  return null;
}

function makeDate(year: number, month: number, day: number, precision: DateRead['precision']): DateRead | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, precision, year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const GENDERS: Readonly<Record<string, Gender>> = {
  nam: 'M',
  'nam gioi': 'M',
  m: 'M',
  male: 'M',
  man: 'M',
  nu: 'F',
  'nu gioi': 'F',
  f: 'F',
  female: 'F',
  woman: 'F',
};

/** Nam / Nữ / M / F / Male / Female, in any case, with or without diacritics. */
export function readGender(cell: RawCell): CellRead<Gender> {
  const text = readText(cell);
  if (text.kind !== 'value') return text;
  // foldKey: the folding remembered, as a column holds a few spellings for a whole province.
  const gender = own(GENDERS, foldKey(text.value).replace(/\./g, ''));
  return gender === undefined ? invalid('unknownGender', cell) : value(gender);
}

const ROLES: Readonly<Record<string, Role>> = {
  head: 'head',
  truong: 'head',
  'cap truong': 'head',
  'thu truong': 'head',
  'nguoi dung dau': 'head',
  deputy: 'deputy',
  pho: 'deputy',
  'cap pho': 'deputy',
  staff: 'staff',
  'nhan vien': 'staff',
  'chuyen vien': 'staff',
  'can bo': 'staff',
  'cong chuc': 'staff',
  'vien chuc': 'staff',
};

/** head / deputy / staff, or Trưởng / Phó / Nhân viên and their usual variants. */
export function readRole(cell: RawCell): CellRead<Role> {
  const text = readText(cell);
  if (text.kind !== 'value') return text;
  const role = own(ROLES, foldKey(text.value));
  return role === undefined ? invalid('unknownRole', cell) : value(role);
}

/** Several titles in one cell, separated by ';', ',' or line breaks. */
export function readTitleList(cell: RawCell): CellRead<string[]> {
  const text = readText(cell);
  if (text.kind !== 'value') return text;
  const titles = text.value
    .split(/[;,\n]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
  return titles.length === 0 ? EMPTY : value(titles);
}

/** A mark in a split Nam / Nữ column that holds no date: "x", "✓". */
export function isMark(cell: RawCell): boolean {
  if (cell === true) return true;
  if (typeof cell !== 'string') return false;
  return ['x', '✓', '✔', 'v', 'co', 'yes'].includes(foldText(cell));
}

/**
 * A column the mapping does not know, kept for rule filters: text stays text (verbatim, NFC),
 * numbers stay numbers, dates become ISO strings. In a column whose header names a date, serial
 * numbers and date-like text are read as dates too.
 */
export function readExtra(cell: RawCell, dateColumn: boolean): CellRead<Scalar> {
  if (isBlankCell(cell)) return EMPTY;
  if (isErrorCell(cell)) return invalid('errorValue', cell);
  if (cell instanceof Date) {
    const date = readDate(cell);
    return date.kind === 'value' ? value(date.value.iso) : invalid('unreadableDate', cell);
  }
  if (!dateColumn) {
    if (typeof cell === 'string') return value(cell.normalize('NFC').trim());
    return value(cell as number | boolean);
  }
  if (typeof cell === 'boolean') return invalid('unreadableDate', cell);
  const date = readDate(cell);
  return date.kind === 'value' ? value(date.value.iso) : invalid('unreadableDate', cell);
}
