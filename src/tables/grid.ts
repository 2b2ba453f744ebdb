import type { Scalar } from '../domain/model';
import { putOwn } from '../domain/records';
import { displayCell, EXCEL_CELL_MAX_CHARS, isBlankCell, readCount, readExtra, readText, type CellRead, type RawCell } from './cells';
import { isBlankRow, isTotalsRow, REQUIRED_FIELDS, type HeaderLayout, type TableKind } from './headers';
import { columnLetter, columnNumber, type Problem, type ProblemCode, type ProblemParams, type ProblemSeverity } from './problems';

/** A block of cells read from a worksheet; `row` and `col` are the 1-based position of cells[0][0]. */
export interface GridInput {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly cells: readonly (readonly RawCell[])[];
}

/**
 * Collects the problems of one table in grid coordinates and reports them in worksheet coordinates
 * (row number, column letter), in reading order.
 */
export class TableProblems {
  private readonly found: Problem[] = [];

  constructor(private readonly grid: GridInput) {}

  get sheet(): string {
    return this.grid.sheet;
  }

  /** 1-based worksheet row of a grid row. */
  sheetRow(gridRow: number): number {
    return this.grid.row + gridRow;
  }

  sheetColumn(gridColumn: number): number {
    return this.grid.col + gridColumn;
  }

  add(severity: ProblemSeverity, code: ProblemCode, gridRow: number | null, gridColumn: number | null, params: ProblemParams = {}): void {
    this.found.push({
      severity,
      code,
      sheet: this.grid.sheet,
      row: gridRow === null ? null : this.sheetRow(gridRow),
      column: gridColumn === null ? null : columnLetter(this.sheetColumn(gridColumn)),
      params,
    });
  }

  /** By row, then column; problems about a whole table first. Stable, so one cell's problems keep their order. */
  sorted(): Problem[] {
    const key = (p: Problem): [number, number] => [p.row ?? 0, p.column === null ? 0 : columnNumber(p.column)];
    return [...this.found].sort((a, b) => {
      const [ra, ca] = key(a);
      const [rb, cb] = key(b);
      return ra - rb || ca - cb;
    });
  }
}

/**
 * The grid rows holding records: after the header, blank rows skipped, up to a totals row. Rows that
 * still read as records below that totals row (a subtotal in the middle of the table) are not read,
 * but reported, so that they are not lost without a word.
 */
export function recordRows(cells: readonly (readonly RawCell[])[], layout: HeaderLayout<string>, problems: TableProblems, kind: TableKind): number[] {
  const rows: number[] = [];
  for (let r = layout.dataStart; r < cells.length; r++) {
    const row = cells[r];
    if (isBlankRow(row)) continue;
    if (isTotalsRow(row)) {
      reportRowsAfterTotals(cells, layout, problems, kind, r);
      break;
    }
    rows.push(r);
  }
  return rows;
}

function reportRowsAfterTotals(cells: readonly (readonly RawCell[])[], layout: HeaderLayout<string>, problems: TableProblems, kind: TableKind, totals: number): void {
  let count = 0;
  let first = -1;
  for (let r = totals + 1; r < cells.length; r++) {
    const row = cells[r];
    if (isBlankRow(row) || isTotalsRow(row) || !readsAsRecord(row, layout, kind)) continue;
    if (first < 0) first = r;
    count++;
  }
  if (count === 0) return;
  const label = cells[totals].find((cell) => typeof cell === 'string' && cell.trim() !== '');
  problems.add('warning', 'rowsAfterTotals', totals, null, {
    table: kind, label: typeof label === 'string' ? label.trim() : '', count, firstRow: problems.sheetRow(first),
  });
}

/**
 * Whether a row under a totals row looks like one more record rather than a signature or a note
 * ("Người lập biểu", "Hà Nội, ngày …", a signer's name): an id-like value (one word) in the id column
 * next to another filled required column, or, with no id there, every required column filled.
 */
function readsAsRecord(row: readonly RawCell[], layout: HeaderLayout<string>, kind: TableKind): boolean {
  const cellOf = (field: string): RawCell => {
    const column = layout.columns[field];
    return column === undefined ? null : (row[column] ?? null);
  };
  const filled = (field: string): boolean => !isBlankCell(cellOf(field));
  const idField = kind === 'units' ? 'unitId' : 'personId';
  const others = REQUIRED_FIELDS[kind].filter((f) => f !== idField && layout.columns[f] !== undefined);
  const id = cellOf(idField);
  if (!isBlankCell(id)) {
    const idLike = typeof id === 'number' ? Number.isInteger(id) : typeof id === 'string' && ID_LIKE.test(id.trim());
    return idLike && others.some(filled);
  }
  const required = REQUIRED_FIELDS[kind].filter((f) => layout.columns[f] !== undefined);
  return required.length >= 2 && required.every(filled);
}

/** One word of letters, digits and . _ / - : 'HT-TU', 'CB000123'; not a phrase. */
const ID_LIKE = /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,39}$/u;

/**
 * Reads the fields of one record (a row), reporting each bad cell where it is. `ok` tells whether the
 * row is free of errors.
 */
export class RecordReader<F extends string> {
  private errors = 0;

  constructor(
    private readonly problems: TableProblems,
    private readonly layout: HeaderLayout<F>,
    private readonly cells: readonly RawCell[],
    readonly gridRow: number,
  ) {}

  get ok(): boolean {
    return this.errors === 0;
  }

  get sheetRow(): number {
    return this.problems.sheetRow(this.gridRow);
  }

  /** The worksheet address of this record's cell for `field` ('A4'), or '' when the field is not mapped. */
  cellRef(field: F): string {
    const column = this.layout.columns[field];
    return column === undefined ? '' : `${columnLetter(this.problems.sheetColumn(column))}${this.sheetRow}`;
  }

  has(field: F): boolean {
    return this.layout.columns[field] !== undefined;
  }

  cell(field: F): RawCell {
    const column = this.layout.columns[field];
    return column === undefined ? null : (this.cells[column] ?? null);
  }

  report(severity: ProblemSeverity, code: ProblemCode, field: F | null, params: ProblemParams = {}): void {
    if (severity === 'error') this.errors++;
    const column = field === null ? null : (this.layout.columns[field] ?? null);
    this.problems.add(severity, code, this.gridRow, column, params);
  }

  /** A cell that could not be read as `field` needs: error value, not a number, not a date… */
  reportInvalid(field: F, read: { readonly code: ProblemCode; readonly value: string }, severity: ProblemSeverity = 'error'): void {
    this.report(severity, read.code, field, { field, value: read.value });
  }

  /** A mapped cell parsed by `parse`: its value, or null after reporting why (empty required, unreadable). */
  read<T>(field: F, required: boolean, parse: (cell: RawCell) => CellRead<T>): T | null {
    if (!this.has(field)) return null;
    const read = parse(this.cell(field));
    if (read.kind === 'empty') {
      // Why it reads empty (a merged cell, a formula without its value) is told once the tables are read.
      if (required) this.report('error', 'emptyRequiredCell', field, { field });
      return null;
    }
    if (read.kind === 'invalid') {
      this.reportInvalid(field, read);
      return null;
    }
    return read.value;
  }

  text(field: F, required: boolean): string | null {
    const value = this.read(field, required, readText);
    if (value !== null && value.length > EXCEL_CELL_MAX_CHARS) this.report('warning', 'textTooLong', field, { field, length: value.length });
    return value;
  }

  /**
   * A whole number of zero or more; above `max` it is an error at its cell (a typing slip such as an
   * extra digit, which would otherwise be simulated as given).
   */
  count(field: F, required: boolean, max: number): number | null {
    const value = this.read(field, required, readCount);
    if (value !== null && value > max) {
      this.report('error', 'numberTooLarge', field, { field, value: displayCell(this.cell(field)), max });
      return null;
    }
    return value;
  }

  /**
   * Every extra column by its header. Problems there are warnings: the column feeds rule filters at
   * most, and a bad value is kept as written (or empty for an error value) rather than blocking a run.
   */
  extras(): Record<string, Scalar> {
    const extra: Record<string, Scalar> = {};
    for (const column of this.layout.extras) {
      const cell = this.cells[column.column] ?? null;
      const read = readExtra(cell, column.date);
      if (read.kind === 'empty') {
        putOwn(extra, column.header, null);
      } else if (read.kind === 'invalid') {
        this.problems.add('warning', read.code, this.gridRow, column.column, { header: column.header, value: read.value });
        putOwn(extra, column.header, read.code === 'unreadableDate' ? displayText(cell) : null);
      } else {
        const value = read.value;
        if (typeof value === 'string' && value.length > EXCEL_CELL_MAX_CHARS) {
          this.problems.add('warning', 'textTooLong', this.gridRow, column.column, { header: column.header, length: value.length });
        }
        putOwn(extra, column.header, value);
      }
    }
    return extra;
  }
}

function displayText(cell: RawCell): string | null {
  const read = readText(cell);
  return read.kind === 'value' ? read.value : null;
}
