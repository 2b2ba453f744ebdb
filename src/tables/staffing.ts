import type { Person, Staffing, Unit } from '../domain/model';
import { putOwn } from '../domain/records';
import { normalizeText } from '../domain/text';
import type { CellNote, CellNotes, RawCell } from './cells';
import { STORE_SHEET_NAME } from '../sheets/storeName';
import { DETECTION_ROWS, detectTables, fits, type SheetRange, type TableDetection, type TableLocation } from './detect';
import { TableProblems, type GridInput } from './grid';
import {
  gridWidth,
  isBlankRow,
  layoutFromColumns,
  locateHeader,
  matchHeader,
  PERSON_FIELDS,
  REQUIRED_FIELDS,
  typicalHeaders,
  UNIT_FIELDS,
  type Field,
  type FieldOf,
  type HeaderLayout,
  type PersonField,
  type TableKind,
  type UnitField,
} from './headers';
import { readPeople, type CalendarDay } from './people';
import { columnLetter, columnNumber, errorsIn, type Problem, type ProblemParams } from './problems';
import { rangeAddress } from './addresses';
import { readUnits, type UnitDirectory } from './units';

/**
 * Where a table's header is and which worksheet column holds each field: what the planner confirms
 * or corrects, and what is remembered in the workbook. Rows and columns are 1-based worksheet numbers.
 */
export interface TableMapping<F extends string> {
  readonly sheet: string;
  /** One row, or two for a merged two-row header. */
  readonly headerRows: readonly number[];
  readonly columns: Readonly<Partial<Record<F, number>>>;
  /** The other columns, kept by header (for rule filters). Recomputed from the header on input. */
  readonly extra: readonly { readonly header: string; readonly column: number }[];
}

export interface ColumnMapping {
  readonly units: TableMapping<UnitField> | null;
  readonly people: TableMapping<PersonField> | null;
}

/** A mapping given back by the planner: per table, overrides detection when it names the table's sheet. */
export type TableMappingInput<F extends string> = Omit<TableMapping<F>, 'extra'> & { readonly extra?: TableMapping<F>['extra'] };

export interface MappingInput {
  readonly units?: TableMappingInput<UnitField> | null;
  readonly people?: TableMappingInput<PersonField> | null;
}

export interface ReadOptions {
  /** 'yyyy-mm-dd': the day birth dates are checked against (future, implausible ages); the host's today. */
  readonly asOf: string;
}

/**
 * A mapping remembered in the workbook, taken leniently: a colleague's copy or an older version may
 * hold anything there, so only well-formed parts are kept and the rest is found again from the header.
 */
export function mappingInput(raw: unknown): MappingInput {
  const record = (v: unknown): Record<string, unknown> | null =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  const table = <F extends string>(v: unknown): TableMappingInput<F> | null => {
    const t = record(v);
    if (!t || typeof t.sheet !== 'string' || !Array.isArray(t.headerRows)) return null;
    const headerRows = t.headerRows.filter((r): r is number => Number.isInteger(r) && (r as number) >= 1);
    if (headerRows.length === 0 || headerRows.length !== t.headerRows.length) return null;
    const columns: Partial<Record<F, number>> = {};
    for (const [field, column] of Object.entries(record(t.columns) ?? {})) {
      if (Number.isInteger(column) && (column as number) >= 1) putOwn(columns as Record<string, number>, field, column as number);
    }
    if (!Array.isArray(t.extra)) return { sheet: t.sheet, headerRows, columns };
    // The extra columns as saved after a read: what tells a remembered mapping from one just made,
    // and, when their headers have moved, that columns did.
    const extra = t.extra.flatMap((e: unknown) => {
      const x = record(e);
      return x && typeof x.header === 'string' && Number.isInteger(x.column) && (x.column as number) >= 1 ? [{ header: x.header, column: x.column as number }] : [];
    });
    return { sheet: t.sheet, headerRows, columns, extra };
  };
  const m = record(raw) ?? {};
  return { units: table<UnitField>(m.units), people: table<PersonField>(m.people) };
}

export interface StaffingRead {
  /** Null when any problem is an error: errors block a run. */
  readonly staffing: Staffing | null;
  /** Every problem found, unit table first, each in reading order. */
  readonly problems: Problem[];
  readonly mapping: ColumnMapping;
}

export interface StaffingGrids {
  readonly units: GridInput | null;
  readonly people: GridInput | null;
  /**
   * Sheets not searched for tables because their name starts with '_' (left to tools), named when a
   * table is not found: the planner may have put it there.
   */
  readonly skippedSheets?: readonly string[];
}

/**
 * Turns the unit and people grids into the domain model, collecting every problem (never throwing on
 * bad data). Headers are found and mapped by `locateHeader` unless `mapping` gives them.
 */
export function readStaffing(grids: StaffingGrids, mapping: MappingInput, options: ReadOptions): StaffingRead {
  const problems: Problem[] = [];
  const unitProblems = grids.units === null ? null : new TableProblems(grids.units);
  const peopleProblems = grids.people === null ? null : new TableProblems(grids.people);

  const unitLayout = grids.units === null || unitProblems === null ? null : layoutFor(grids.units, 'units', mapping.units ?? null, unitProblems);
  const peopleLayout = grids.people === null || peopleProblems === null ? null : layoutFor(grids.people, 'people', mapping.people ?? null, peopleProblems);

  // Without a readable unit table, people's units are not checked (every one would be "unknown").
  let directory: UnitDirectory | null = null;
  let units: Unit[] | null = null;
  if (grids.units === null || unitLayout === null || unitProblems === null) {
    problems.push(noTable('noUnitTable', grids.units, grids.skippedSheets ?? []));
  } else if (reportMissingColumns(unitLayout, 'units', unitProblems)) {
    const read = readUnits(grids.units, unitLayout, unitProblems);
    directory = read.rowCount > 0 ? read.directory : null;
    units = read.units;
    if (read.rowCount === 0) unitProblems.add('error', 'emptyTable', lastHeaderRow(unitLayout), null, { table: 'units' });
  }

  let people: Person[] | null = null;
  if (grids.people === null || peopleLayout === null || peopleProblems === null) {
    problems.push(noTable('noPeopleTable', grids.people, grids.skippedSheets ?? []));
  } else if (reportMissingColumns(peopleLayout, 'people', peopleProblems)) {
    const read = readPeople(grids.people, peopleLayout, peopleProblems, directory, calendarDay(options.asOf));
    people = read.people;
    if (read.rowCount === 0) peopleProblems.add('error', 'emptyTable', lastHeaderRow(peopleLayout), null, { table: 'people' });
  }

  problems.push(...(unitProblems?.sorted() ?? []), ...(peopleProblems?.sorted() ?? []));
  const blocked = errorsIn(problems).length > 0;
  return {
    staffing: blocked || units === null || people === null ? null : { units, people },
    problems,
    mapping: {
      units: grids.units === null || unitLayout === null ? null : mappingOf(grids.units, unitLayout),
      people: grids.people === null || peopleLayout === null ? null : mappingOf(grids.people, peopleLayout),
    },
  };
}

function noTable(code: 'noUnitTable' | 'noPeopleTable', grid: GridInput | null, skipped: readonly string[]): Problem {
  const params: ProblemParams = skipped.length === 0 ? {} : { skippedSheets: skipped.map((name) => `“${name}”`).join(', ') };
  return { severity: 'error', code, sheet: grid?.sheet ?? '', row: null, column: null, params };
}

function lastHeaderRow(layout: HeaderLayout<string>): number {
  return layout.headerRows[layout.headerRows.length - 1];
}

/**
 * The planner's mapping when it fits the grid, else the header found in the grid. A mapping saved
 * in the workbook (with the extra columns of the read that saved it) goes stale when columns are
 * inserted, deleted or moved: it is then found again from the header, with a warning for each field
 * that moves (see staleFields).
 */
function layoutFor<K extends TableKind>(
  grid: GridInput, kind: K, given: TableMappingInput<FieldOf<K>> | null, problems: TableProblems,
): HeaderLayout<FieldOf<K>> | null {
  if (given !== null && given.sheet === grid.sheet && given.headerRows.length > 0) {
    const headerRows = given.headerRows.map((r) => r - grid.row);
    if (headerRows.every((r) => r >= 0 && r < grid.cells.length)) {
      const width = gridWidth(grid.cells);
      const columns: Partial<Record<FieldOf<K>, number>> = {};
      const saved: Partial<Record<FieldOf<K>, number>> = {};
      const known: readonly string[] = kind === 'units' ? UNIT_FIELDS : PERSON_FIELDS;
      for (const [field, column] of Object.entries(given.columns) as [FieldOf<K>, unknown][]) {
        // A remembered mapping may be stale: unknown fields are dropped, and a column outside the grid
        // maps nothing (the field is then reported missing).
        if (!known.includes(field) || typeof column !== 'number') continue;
        saved[field] = column - grid.col;
        if (column - grid.col >= 0 && column - grid.col < width) columns[field] = column - grid.col;
      }
      const layout = layoutFromColumns(grid.cells, kind, headerRows, columns);
      // Without saved extras, the mapping was just made by the planner, on the header as it is.
      if (given.extra === undefined) return layout;
      const found = locateHeader(grid.cells, kind);
      const stale = found === null ? null : staleFields(kind, layout, found, saved, given.extra.map((e) => ({ ...e, column: e.column - grid.col })));
      if (found === null || stale === null) return layout;
      for (const field of stale) {
        const column = saved[field]!;
        const now = found.columns[field];
        problems.add('warning', 'staleMapping', lastHeaderRow(layout), column >= 0 ? column : null, {
          table: kind, field,
          savedColumn: columnLetter(grid.col + column),
          savedHeader: layout.headers[column] ?? '',
          newColumn: now === undefined ? '—' : columnLetter(grid.col + now),
          ...(now === undefined ? { variant: 'staleMappingLost' } : {}),
        });
      }
      return found;
    }
  }
  return locateHeader(grid.cells, kind);
}

/**
 * The fields of a saved mapping that the header found again (`found`) puts elsewhere, when the saved
 * mapping no longer fits the header (possibly none: a title row inserted above moves only the header
 * row); null when it fits. The mapping may be the planner's choice of an
 * unusual header, so a header need not be a known one: the mapping is stale when a saved extra
 * column's header has moved to another column, when a saved field's column has no header (or is gone),
 * or when the header found names the field in another column (one not left unmapped on purpose)
 * while the saved column's header names none of its kind.
 */
function staleFields<F extends string>(
  kind: TableKind, layout: HeaderLayout<F>, found: HeaderLayout<F>, saved: Partial<Record<F, number>>,
  extras: readonly { readonly header: string; readonly column: number }[],
): F[] | null {
  const headerAt = (column: number): string | null => (column >= 0 ? (layout.headers[column] ?? null) : null);
  const sameHeader = (a: string | null, b: string): boolean => a !== null && normalizeText(a) === normalizeText(b);
  const movedExtra = extras.some((e) => !sameHeader(headerAt(e.column), e.header) && layout.headers.some((h) => sameHeader(h, e.header)));
  let stale = movedExtra;
  for (const [field, column] of Object.entries(saved) as [F, number][]) {
    const header = headerAt(column);
    const other = found.columns[field];
    // A column the planner left unmapped when the mapping was saved (one of its extras, header
    // unchanged) was passed over on purpose: the field's usual header there is no sign of staleness.
    const elsewhere = other !== undefined && other !== column && !extras.some((e) => e.column === other && sameHeader(headerAt(other), e.header));
    if (header === null || (elsewhere && matchHeader(header, kind)?.field !== field)) stale = true;
  }
  if (!stale) return null;
  return (Object.entries(saved) as [F, number][]).filter(([field, column]) => found.columns[field] !== column).map(([field]) => field);
}

/** Reports required columns the header lacks; true when the table can be read row by row. */
function reportMissingColumns(layout: HeaderLayout<string>, kind: TableKind, problems: TableProblems): boolean {
  const missing: Field[] = REQUIRED_FIELDS[kind].filter((f) => layout.columns[f] === undefined);
  if (kind === 'people' && ['gender', 'male', 'female'].every((f) => layout.columns[f] === undefined)) missing.push('gender');
  for (const field of missing) {
    // Gender is also told by birth dates split into Nam and Nữ columns.
    const headers = field === 'gender'
      ? [typicalHeaders(kind, 'gender', 3), typicalHeaders(kind, 'male', 1), typicalHeaders(kind, 'female', 1)].join(', ')
      : typicalHeaders(kind, field);
    problems.add('error', 'missingColumn', lastHeaderRow(layout), null, { field, table: kind, headers });
  }
  return missing.length === 0;
}

function mappingOf<F extends string>(grid: GridInput, layout: HeaderLayout<F>): TableMapping<F> {
  const columns: Partial<Record<F, number>> = {};
  for (const [field, column] of Object.entries(layout.columns) as [F, number][]) columns[field] = grid.col + column;
  return {
    sheet: grid.sheet,
    headerRows: layout.headerRows.map((r) => grid.row + r),
    columns,
    extra: layout.extras.map((e) => ({ header: e.header, column: grid.col + e.column })),
  };
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDay(iso: string): CalendarDay {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new Error(`asOf must be 'yyyy-mm-dd', got '${iso}'`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The largest table read: room for a province of 300,000 people with every column they keep. */
export const MAX_TABLE_COLUMNS = 1_000;
export const MAX_TABLE_CELLS = 30_000_000;

/** What loadStaffing needs of a workbook: the WorkbookReader interface of src/workbook/workbook.ts. */
export interface TableSource {
  /** Every sheet, hidden or not, in tab order. */
  sheetNames(): Promise<string[]>;
  /** Candidate tables; sheets whose name starts with '_' are left out (they belong to tools). */
  listTables(): Promise<TableLocation[]>;
  readRange(sheet: string, row: number, col: number, rows: number, columns: number): Promise<RawCell[][]>;
  /** Why an empty cell is empty (merged, formula not calculated), for readers that can tell at once. */
  cellNote?(sheet: string, row: number, col: number): CellNote | null;
  /**
   * The same, for readers that must ask the workbook (Excel, at the cost of a sync): the notes of
   * cells in `ranges`, or null when the reader cannot tell. Asked after the tables are read, and only
   * for tables with required cells that read empty, so that a read without them costs nothing more.
   */
  cellNotes?(ranges: readonly SheetRange[]): Promise<CellNotes | null>;
}

export interface StaffingLoad extends StaffingRead {
  /** Every table the workbook lists (the candidates the planner may pick from). */
  readonly listed: readonly TableLocation[];
  readonly detection: TableDetection;
  /** The tables read, as listed by the workbook. */
  readonly tables: { readonly units: TableLocation | null; readonly people: TableLocation | null };
}

/**
 * Finds the staffing tables of a workbook and reads them: lists the candidate tables, reads the first
 * rows of each to propose the unit and people tables (or takes the tables the mapping names), then
 * reads those two in full. The problems start with a warning for each other table that reads as a
 * unit or people table (only one of each is read), then those of readStaffing.
 */
export async function loadStaffing(source: TableSource, mapping: MappingInput, options: ReadOptions): Promise<StaffingLoad> {
  const tables = await source.listTables();
  const candidates = [];
  for (const info of tables) {
    const rows = Math.min(info.rows, DETECTION_ROWS);
    candidates.push({ info, cells: await source.readRange(info.sheet, info.row, info.col, rows, info.columns) });
  }
  const detection = detectTables(candidates);
  const chosen = (given: TableMappingInput<string> | null | undefined, proposed: TableLocation | null): TableLocation | null => {
    if (given) {
      const named = tables.find((t) => t.sheet === given.sheet && given.headerRows.every((r) => r >= t.row && r < t.row + t.rows));
      if (named !== undefined) return named;
    }
    return proposed;
  };
  const unitTable = chosen(mapping.units, detection.units?.info ?? null);
  const peopleTable = chosen(mapping.people, detection.people?.info ?? null);
  // A table stretched by a stray far cell (A1:XFD1048576) is refused before it is read, not allocated.
  const oversized: Problem[] = [];
  const below: Problem[] = [];
  const grid = async (t: TableLocation | null, kind: TableKind): Promise<GridInput | null> => {
    if (t === null) return null;
    if (t.columns > MAX_TABLE_COLUMNS || t.rows * t.columns > MAX_TABLE_CELLS) {
      oversized.push({
        severity: 'error', code: 'tableTooLarge', sheet: t.sheet, row: null, column: null,
        params: { table: kind, range: rangeAddress(t), rows: t.rows, columns: t.columns, maxColumns: MAX_TABLE_COLUMNS, maxCells: MAX_TABLE_CELLS },
      });
      return null;
    }
    // An Excel table's read takes in the row under it (under its totals row), which costs no more
    // syncs in Excel: values there are rows appended outside the table, counted only then.
    const under = t.name === null ? 0 : Math.min(t.totalsRow === true ? 2 : 1, SHEET_ROWS - (t.row + t.rows - 1));
    const cells = await source.readRange(t.sheet, t.row, t.col, t.rows + under, t.columns);
    const tail = cells.splice(t.rows);
    if (under > 0 && tail.length === under && !isBlankRow(tail[under - 1])) below.push(await rowsBelow(source, t, kind));
    return { sheet: t.sheet, row: t.row, col: t.col, cells };
  };
  // Only when a table is missing: the sheet names cost the Excel adapter a sync.
  const skippedSheets = unitTable === null || peopleTable === null ? toolSheets(await source.sheetNames()) : [];
  const read = readStaffing({ units: await grid(unitTable, 'units'), people: await grid(peopleTable, 'people'), skippedSheets }, mapping, options);
  const explained = await explainEmptyCells(source, read.problems, [unitTable, peopleTable]);
  const others = otherCandidates(tables, detection, { units: unitTable, people: peopleTable });
  // An oversized table is found, only not read: its own problem stands for "no table".
  const missing = new Set<string>(oversized.map((p) => (p.params.table === 'units' ? 'noUnitTable' : 'noPeopleTable')));
  const problems = [...others, ...below, ...oversized, ...explained.filter((p) => !missing.has(p.code))];
  return { ...read, problems, listed: tables, detection, tables: { units: unitTable, people: peopleTable } };
}

/**
 * Tells why required cells read empty, through the reader's `cellNote`, or its `cellNotes` (see
 * TableSource): one question for the tables holding such cells, each from its top row (a merged range
 * is found by its top-left cell) down to the last of them.
 */
async function explainEmptyCells(source: TableSource, problems: Problem[], tables: readonly (TableLocation | null)[]): Promise<Problem[]> {
  if (source.cellNotes === undefined && source.cellNote === undefined) return problems;
  const unexplained = (p: Problem, t: TableLocation): boolean => {
    if (p.code !== 'emptyRequiredCell' || p.sheet !== t.sheet || p.row === null || p.column === null) return false;
    const col = columnNumber(p.column);
    return p.row >= t.row && p.row < t.row + t.rows && col >= t.col && col < t.col + t.columns;
  };
  const ranges: SheetRange[] = [];
  for (const t of tables) {
    if (t === null) continue;
    const last = problems.reduce((row, p) => (unexplained(p, t) ? Math.max(row, p.row!) : row), 0);
    if (last > 0) ranges.push({ sheet: t.sheet, row: t.row, col: t.col, rows: last - t.row + 1, columns: t.columns });
  }
  if (ranges.length === 0) return problems;
  const notes = source.cellNotes !== undefined ? await source.cellNotes(ranges) : source.cellNote!.bind(source);
  if (notes === null) return problems;
  return problems.map((p) => {
    if (!tables.some((t) => t !== null && unexplained(p, t))) return p;
    const params = emptyCellParams(notes(p.sheet, p.row!, columnNumber(p.column!)));
    return params.variant === undefined ? p : { ...p, params: { ...p.params, ...params } };
  });
}

/** The params an emptyRequiredCell problem takes from its cell's note: the message's variant and its range. */
function emptyCellParams(note: CellNote | null): ProblemParams {
  if (note === null) return {};
  return note.kind === 'merged' ? { variant: 'mergedCell', range: note.range } : { variant: 'formulaWithoutValue' };
}

/** The last row of a worksheet. */
const SHEET_ROWS = 1_048_576;
const BELOW_BLOCK = 256;

/**
 * The warning for rows holding values directly under an Excel table (under its totals row, if it has
 * one): rows appended by a program that does not extend the table (LibreOffice), so not part of it
 * and not read. Counted up to the first blank row.
 */
async function rowsBelow(source: TableSource, t: TableLocation, kind: TableKind): Promise<Problem> {
  const first = t.row + t.rows + (t.totalsRow === true ? 1 : 0);
  let count = 0;
  // Blocks twice as tall each time: thousands of rows appended cost a few reads (a sync each in Excel).
  for (let from = first, size = BELOW_BLOCK; from <= SHEET_ROWS; from += size, size *= 2) {
    const block = await source.readRange(t.sheet, from, t.col, Math.min(size, SHEET_ROWS - from + 1), t.columns);
    const blank = block.findIndex((row) => isBlankRow(row));
    count += blank < 0 ? block.length : blank;
    if (blank >= 0) break;
  }
  return {
    severity: 'warning', code: 'rowsBelowTable', sheet: t.sheet, row: first, column: columnLetter(t.col),
    params: { table: kind, name: t.name ?? '', range: rangeAddress({ ...t, rows: first - t.row }), count },
  };
}

/** Sheets left out of the search for their leading '_', but for this tool's own store. */
function toolSheets(names: readonly string[]): string[] {
  return names.filter((name) => name.startsWith('_') && name.toLowerCase() !== STORE_SHEET_NAME.toLowerCase());
}

/**
 * A warning for every other candidate that reads as a unit or a people table, at its top-left cell:
 * only one table of each kind is read, and rows in another one would be silently left out.
 */
function otherCandidates(
  tables: readonly TableLocation[], detection: TableDetection, read: { readonly units: TableLocation | null; readonly people: TableLocation | null },
): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ['units', 'people'] as const) {
    const chosen = read[kind];
    if (chosen === null) continue;
    for (const score of detection.scores) {
      const table = tables[score.index];
      if (!fits(score, kind) || table === read.units || table === read.people) continue;
      problems.push({
        severity: 'warning',
        code: kind === 'units' ? 'otherUnitTable' : 'otherPeopleTable',
        sheet: table.sheet,
        row: table.row,
        column: columnLetter(table.col),
        params: { range: rangeAddress(table), readSheet: chosen.sheet, readRange: rangeAddress(chosen) },
      });
    }
  }
  return problems;
}

