import { foldText } from '../domain/text';
import { isBlankCell, readText, type RawCell } from './cells';

/**
 * Recognising the staffing tables' columns by their headers, written any way planners write them:
 * Vietnamese or English, with or without diacritics, any case and spacing, on one row or on two
 * (a merged group title over sub-headers), with a numbered row (A, B, 1, 2, …) under it.
 */

export const UNIT_FIELDS = ['unitId', 'unitName', 'level', 'kind', 'locality', 'parent', 'quota', 'deputyCap'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

/**
 * `male` and `female` are the split birth date columns ("Nam" | "Nữ", usually under a merged
 * "Ngày sinh"): the column that holds the date gives the gender.
 */
export const PERSON_FIELDS = [
  'personId',
  'fullName',
  'birthDate',
  'male',
  'female',
  'gender',
  'unit',
  'title',
  'role',
  'concurrentTitles',
  'leavesFrom',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export type Field = UnitField | PersonField;
export type TableKind = 'units' | 'people';
export type FieldOf<K extends TableKind> = K extends 'units' ? UnitField : PersonField;

/** Fields without which a table cannot be read. (Gender is required unless split columns exist.) */
export const REQUIRED_FIELDS: { readonly units: readonly UnitField[]; readonly people: readonly PersonField[] } = {
  units: ['unitId', 'unitName', 'level', 'quota'],
  people: ['fullName', 'unit', 'title'],
};

// Header examples per field. Matching folds them like the headers; one-word examples must match the
// whole header, longer ones also match as the start of a header ("Biên chế được giao năm 2025").
const UNIT_SYNONYMS: Readonly<Record<UnitField, readonly string[]>> = {
  unitId: ['Mã đơn vị', 'Mã ĐV', 'Mã', 'Unit ID', 'Unit code', 'ID', 'Code', 'Mã cơ quan'],
  unitName: ['Tên đơn vị', 'Đơn vị', 'Unit', 'Unit name', 'Tên', 'Name', 'Tên cơ quan', 'Cơ quan', 'Cơ quan, đơn vị', 'Tên cơ quan, đơn vị'],
  level: ['Cấp', 'Level', 'Cấp đơn vị', 'Cấp hành chính', 'Unit level'],
  kind: ['Loại đơn vị', 'Loại', 'Kind', 'Type', 'Unit type', 'Unit kind', 'Loại hình', 'Loại hình đơn vị', 'Loại cơ quan'],
  locality: ['Địa bàn', 'Locality', 'Địa phương', 'Địa bàn phụ trách'],
  parent: [
    'Trực thuộc',
    'Đơn vị cấp trên',
    'Parent',
    'Parent unit',
    'Parent ID',
    'Mã đơn vị cấp trên',
    'Cơ quan cấp trên',
    'Đơn vị chủ quản',
    'Cơ quan chủ quản',
    'Thuộc',
  ],
  quota: [
    'Biên chế',
    'Biên chế được giao',
    'Quota',
    'Số biên chế',
    'Số lượng biên chế',
    'Chỉ tiêu biên chế',
    'Biên chế giao',
    'Headcount quota',
    'Authorized headcount',
  ],
  deputyCap: [
    'Số cấp phó tối đa',
    'Deputy cap',
    'Cấp phó tối đa',
    'Số phó tối đa',
    'Số lượng cấp phó tối đa',
    'Định mức cấp phó',
    'Max deputies',
    'Maximum deputies',
  ],
};

const PERSON_SYNONYMS: Readonly<Record<PersonField, readonly string[]>> = {
  personId: [
    'Mã cán bộ',
    'Mã CB',
    'ID',
    'Person ID',
    'Mã',
    'Mã CBCC',
    'Mã công chức',
    'Mã nhân viên',
    'Mã NV',
    'Số hiệu cán bộ',
    'Số hiệu công chức',
    'Staff ID',
    'Employee ID',
  ],
  fullName: ['Họ và tên', 'Họ tên', 'Full name', 'Name', 'Tên cán bộ', 'Họ và tên khai sinh'],
  birthDate: [
    'Ngày sinh',
    'Năm sinh',
    'Ngày tháng năm sinh',
    'Sinh ngày',
    'Birth date',
    'Date of birth',
    'DOB',
    'Birthday',
    'Year of birth',
    'Birth year',
  ],
  male: ['Nam', 'Male'],
  female: ['Nữ', 'Female'],
  gender: ['Giới tính', 'Gender', 'Sex', 'Giới'],
  unit: [
    'Mã đơn vị',
    'Mã ĐV',
    'Đơn vị',
    'Unit',
    'Unit ID',
    'Phòng ban',
    'Đơn vị công tác',
    'Tên đơn vị',
    'Cơ quan',
    'Cơ quan công tác',
    'Cơ quan, đơn vị',
    'Nơi công tác',
    'Phòng',
    'Bộ phận',
    'Department',
  ],
  title: ['Chức vụ', 'Chức danh', 'Title', 'Position', 'Job title', 'Chức vụ hiện tại', 'Chức vụ, chức danh', 'Chức danh, chức vụ'],
  role: ['Vai trò', 'Role'],
  concurrentTitles: [
    'Chức vụ kiêm nhiệm',
    'Kiêm nhiệm',
    'Chức danh kiêm nhiệm',
    'Kiêm nhiệm chức vụ',
    'Concurrent titles',
    'Concurrent title',
    'Concurrent posts',
  ],
  // The month a person leaves, when it is not the statutory one: later retirement (NĐ 83/2022), early
  // retirement or resignation under NĐ 178/2024, any decided exit. "Từ tháng": gone from that month.
  leavesFrom: [
    'Nghỉ hưu/nghỉ việc từ tháng',
    'Nghỉ hưu, nghỉ việc từ tháng',
    'Nghỉ hưu từ tháng',
    'Nghỉ việc từ tháng',
    'Thôi việc từ tháng',
    'Tháng nghỉ hưu',
    'Thời điểm nghỉ hưu',
    'Leaves from',
    'Leaving month',
    'Retires from',
    'Retirement month',
  ],
};

/**
 * A few headers a field is recognised by, quoted, for messages that ask for a column: the first
 * examples of its synonyms, which are the usual ones (Vietnamese first, then English).
 */
export function typicalHeaders(kind: TableKind, field: Field, count = 4): string {
  const table: Readonly<Record<string, readonly string[]>> = kind === 'units' ? UNIT_SYNONYMS : PERSON_SYNONYMS;
  const examples = Object.hasOwn(table, field) ? table[field].slice(0, count) : [];
  return examples.map((h) => `“${h}”`).join(', ');
}

/** Row-number columns, never data. */
const IGNORED_HEADERS = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'No.', '#', 'Order'];

/** A header cut into folded words: "Ngày  Sinh\n(dd/mm/yyyy)" → ['ngay', 'sinh', 'dd', 'mm', 'yyyy']. */
export function headerWords(header: string): string[] {
  return foldText(header)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

interface Synonym {
  readonly field: string;
  readonly words: readonly string[];
  readonly joined: string;
}

function synonymsOf(table: Readonly<Record<string, readonly string[]>>): readonly Synonym[] {
  return Object.entries(table).flatMap(([field, examples]) =>
    examples.map((example) => {
      const words = headerWords(example);
      return { field, words, joined: words.join('') };
    }),
  );
}

const SYNONYMS: Readonly<Record<TableKind, readonly Synonym[]>> = {
  units: synonymsOf(UNIT_SYNONYMS),
  people: synonymsOf(PERSON_SYNONYMS),
};
const IGNORED = new Set(IGNORED_HEADERS.map((h) => headerWords(h).join('')));

/** How well a header names a field: an exact match beats a prefix, a longer example a shorter one. */
export interface HeaderMatch<F extends string = Field> {
  readonly field: F;
  readonly exact: boolean;
  readonly words: number;
}

export function isIgnoredHeader(header: string): boolean {
  const trimmed = header.trim();
  return trimmed === '#' || IGNORED.has(headerWords(trimmed).join(''));
}

/** The field a header names in a table of this kind, or null. */
export function matchHeader<K extends TableKind>(header: string, kind: K): HeaderMatch<FieldOf<K>> | null {
  const words = headerWords(header);
  if (words.length === 0) return null;
  const joined = words.join('');
  let best: HeaderMatch | null = null;
  for (const syn of SYNONYMS[kind]) {
    let candidate: HeaderMatch | null = null;
    if (syn.joined === joined) {
      // Spacing-insensitive: "Họ và tên" and "Họvàtên" are the same header.
      candidate = { field: syn.field as Field, exact: true, words: syn.words.length };
    } else if (syn.words.length >= 2 && syn.words.length < words.length && syn.words.every((w, i) => words[i] === w)) {
      candidate = { field: syn.field as Field, exact: false, words: syn.words.length };
    }
    if (candidate !== null && (best === null || betterMatch(candidate, best))) best = candidate;
  }
  return best as HeaderMatch<FieldOf<K>> | null;
}

function betterMatch(a: HeaderMatch, b: HeaderMatch): boolean {
  if (a.exact !== b.exact) return a.exact;
  return a.words > b.words;
}

/** Extra columns whose header names a date ("Ngày bổ nhiệm", "Date of appointment") hold dates. */
export function isDateHeader(header: string): boolean {
  const words = headerWords(header);
  return words[0] === 'ngay' || words.includes('date') || words.includes('dob');
}

/** An extra column kept by its header, so rule filters can use it. */
export interface ExtraColumn {
  readonly header: string;
  readonly column: number;
  readonly date: boolean;
}

/** Where a table's header is and which column holds what, in 0-based indexes of the grid. */
export interface HeaderLayout<F extends string> {
  /** One row, or two for a merged two-row header. */
  readonly headerRows: readonly number[];
  /** First row after the header (and after a numbered row under it). */
  readonly dataStart: number;
  /** The header of each column as shown to the planner ("Ngày sinh - Nam" for a sub-header). */
  readonly headers: readonly (string | null)[];
  readonly columns: Readonly<Partial<Record<F, number>>>;
  readonly extras: readonly ExtraColumn[];
  /** Recognised fields, required ones counting double: how sure the recognition is. */
  readonly score: number;
  readonly fieldCount: number;
}

/** The header rows scanned for a header. */
const HEADER_SCAN_ROWS = 10;

/** Below this many recognised fields a row is not taken for a header. */
const MIN_HEADER_FIELDS = 2;

export function gridWidth(cells: readonly (readonly RawCell[])[]): number {
  return cells.reduce((w, row) => Math.max(w, row.length), 0);
}

function textAt(cells: readonly (readonly RawCell[])[], row: number, col: number): string | null {
  const read = readText(cells[row]?.[col] ?? null);
  return read.kind === 'value' ? read.value : null;
}

interface HeaderCell {
  /** The text of a group title spanning this column (two-row headers only). */
  readonly group: string | null;
  readonly text: string | null;
}

/**
 * Header cells of one row, or of two rows combined. In a merged two-row header a group title sits in
 * the first column it spans (the merged cells to its right are empty) over sub-headers; a title
 * merged vertically sits in the top row with nothing under it.
 */
function headerCells(cells: readonly (readonly RawCell[])[], rows: readonly number[], width: number): HeaderCell[] {
  const result: HeaderCell[] = [];
  if (rows.length === 1) {
    for (let c = 0; c < width; c++) result.push({ group: null, text: textAt(cells, rows[0], c) });
    return result;
  }
  let group: string | null = null;
  for (let c = 0; c < width; c++) {
    const top = textAt(cells, rows[0], c);
    const bottom = textAt(cells, rows[1], c);
    if (top !== null && bottom !== null) group = top;
    else if (top !== null || bottom === null) group = null;
    result.push(bottom === null ? { group: null, text: top } : { group, text: bottom });
  }
  return result;
}

function headerName(cell: HeaderCell): string | null {
  if (cell.text === null) return null;
  return cell.group === null ? cell.text : `${cell.group} - ${cell.text}`;
}

function matchCell<K extends TableKind>(cell: HeaderCell, kind: K): HeaderMatch<FieldOf<K>> | 'ignored' | null {
  if (cell.text === null) return null;
  if (isIgnoredHeader(cell.text)) return 'ignored';
  const own = matchHeader(cell.text, kind);
  if (own !== null || cell.group === null) return own;
  return matchHeader(`${cell.group} ${cell.text}`, kind);
}

/** Assigns each field the column that names it best (ties: leftmost); every other named column is extra. */
function layoutOf<K extends TableKind>(
  cells: readonly (readonly RawCell[])[],
  kind: K,
  headerRows: readonly number[],
  width: number,
): HeaderLayout<FieldOf<K>> {
  const hcells = headerCells(cells, headerRows, width);
  const matches = hcells.map((cell) => matchCell(cell, kind));
  const columns: Partial<Record<FieldOf<K>, number>> = {};
  const chosen: Partial<Record<FieldOf<K>, HeaderMatch>> = {};
  matches.forEach((m, c) => {
    if (m === null || m === 'ignored') return;
    const current = chosen[m.field];
    if (current === undefined || betterMatch(m, current)) {
      chosen[m.field] = m;
      columns[m.field] = c;
    }
  });
  return finishLayout(cells, kind, headerRows, hcells, columns, (c) => matches[c] === 'ignored');
}

/**
 * A layout from its header rows and field columns: the headers, the extra columns (every named
 * column not mapped nor `ignored`), and the score that ranks candidate header rows.
 */
function finishLayout<K extends TableKind>(
  cells: readonly (readonly RawCell[])[],
  kind: K,
  headerRows: readonly number[],
  hcells: ReturnType<typeof headerCells>,
  columns: Readonly<Partial<Record<FieldOf<K>, number>>>,
  ignored: (column: number) => boolean,
): HeaderLayout<FieldOf<K>> {
  const required = REQUIRED_FIELDS[kind] as readonly string[];
  const fields = Object.keys(columns);
  const score = fields.reduce((s, f) => s + (required.includes(f) ? 2 : 1), 0);
  const headers = hcells.map(headerName);
  const mapped = new Set<number>(Object.values(columns) as number[]);
  const extras = extraColumns(headers, (c) => mapped.has(c) || ignored(c));
  return { headerRows, dataStart: dataStartAfter(cells, headerRows), headers, columns, extras, score, fieldCount: fields.length };
}

/** Columns kept by header; a header used twice gets " (2)", " (3)" so that no value is lost. */
function extraColumns(headers: readonly (string | null)[], skip: (column: number) => boolean): ExtraColumn[] {
  const seen = new Map<string, number>();
  const extras: ExtraColumn[] = [];
  headers.forEach((header, column) => {
    if (header === null || skip(column) || isIgnoredHeader(header)) return;
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    extras.push({ header: count === 1 ? header : `${header} (${count})`, column, date: isDateHeader(header) });
  });
  return extras;
}

/** The row after the header, past blank rows and a numbered row. */
function dataStartAfter(cells: readonly (readonly RawCell[])[], headerRows: readonly number[]): number {
  let r = headerRows[headerRows.length - 1] + 1;
  while (r < cells.length && isBlankRow(cells[r])) r++;
  if (r < cells.length && isNumberedRow(cells[r])) r++;
  return r;
}

export function isBlankRow(row: readonly RawCell[] | undefined): boolean {
  return row === undefined || row.every(isBlankCell);
}

const NUMBER_TOKEN = /^\(?(\d{1,3}|[A-Za-z])\)?\.?$/;

/**
 * The row of column numbers planners put under a header: A, B, 1, 2, 3 … or (1), (2) …, each
 * following the one before it.
 */
export function isNumberedRow(row: readonly RawCell[]): boolean {
  const tokens: (number | string)[] = [];
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    if (typeof cell === 'number') {
      if (!Number.isInteger(cell) || cell < 0 || cell > 999) return false;
      tokens.push(cell);
      continue;
    }
    if (typeof cell !== 'string') return false;
    const m = NUMBER_TOKEN.exec(cell.trim());
    if (!m) return false;
    tokens.push(/\d/.test(m[1]) ? Number(m[1]) : m[1].toUpperCase());
  }
  if (tokens.length < 2) return false;
  for (let i = 1; i < tokens.length; i++) {
    const [prev, cur] = [tokens[i - 1], tokens[i]];
    if (typeof prev === typeof cur) {
      const step = typeof cur === 'number' ? cur - (prev as number) : cur.charCodeAt(0) - (prev as string).charCodeAt(0);
      if (step !== 1) return false;
    }
  }
  return true;
}

const TOTAL_LABELS = new Set(['tong', 'tong cong', 'tong so', 'cong', 'total', 'totals', 'grand total']);

/** A totals row ("Tổng cộng", "Total") ends a table's data. */
export function isTotalsRow(row: readonly RawCell[]): boolean {
  const first = row.find((cell) => !isBlankCell(cell));
  if (typeof first !== 'string') return false;
  const label = headerWords(first).join(' ');
  return TOTAL_LABELS.has(label) || label.startsWith('tong cong ') || label.startsWith('tong so ');
}

/**
 * A second header row under a first: sub-headers of a merged group title. Told from a first data row
 * by its shape: only text, some cells under an empty (merged) top cell, some empty under a title
 * merged down.
 */
function isSubHeaderRow(top: readonly RawCell[], bottom: readonly RawCell[], width: number): boolean {
  if (isNumberedRow(bottom)) return false;
  let underMergedGroup = false;
  let underMergedTitle = false;
  for (let c = 0; c < width; c++) {
    const t = top[c] ?? null;
    const b = bottom[c] ?? null;
    if (!isBlankCell(b) && typeof b !== 'string') return false;
    if (isBlankCell(t) && !isBlankCell(b)) underMergedGroup = true;
    if (!isBlankCell(t) && isBlankCell(b)) underMergedTitle = true;
  }
  return underMergedGroup && underMergedTitle;
}

/**
 * Finds the header of a table of this kind among the first rows of a grid: the row (or pair of rows)
 * that names the most fields. Null when no row names at least two.
 */
export function locateHeader<K extends TableKind>(
  cells: readonly (readonly RawCell[])[],
  kind: K,
  scanRows: number = HEADER_SCAN_ROWS,
): HeaderLayout<FieldOf<K>> | null {
  const width = gridWidth(cells);
  const last = Math.min(scanRows, cells.length);
  let best: HeaderLayout<FieldOf<K>> | null = null;
  for (let r = 0; r < last; r++) {
    if (isBlankRow(cells[r])) continue;
    let candidate = layoutOf(cells, kind, [r], width);
    if (r + 1 < cells.length && !isBlankRow(cells[r + 1])) {
      const pair = layoutOf(cells, kind, [r, r + 1], width);
      // The pair must beat the next row alone too, or a title row over the header would pass for one.
      const next = layoutOf(cells, kind, [r + 1], width);
      const rival = Math.max(candidate.score, next.score);
      if (pair.score > rival || (pair.score === rival && isSubHeaderRow(cells[r], cells[r + 1], width))) candidate = pair;
    }
    if (candidate.fieldCount >= MIN_HEADER_FIELDS && (best === null || candidate.score > best.score)) best = candidate;
  }
  return best;
}

/**
 * The layout given by a known mapping (the planner's confirmed choice): header rows and field columns
 * as given, extra columns from the header text.
 */
export function layoutFromColumns<K extends TableKind>(
  cells: readonly (readonly RawCell[])[],
  kind: K,
  headerRows: readonly number[],
  columns: Readonly<Partial<Record<FieldOf<K>, number>>>,
): HeaderLayout<FieldOf<K>> {
  const hcells = headerCells(cells, headerRows, gridWidth(cells));
  return finishLayout(cells, kind, headerRows, hcells, columns, (c) => matchCell(hcells[c], kind) === 'ignored');
}
