import type { CellScalar, RangeRef, SheetDescription, TableSpec } from '../../src/sheets/layout';
import { isValidSheetName, isValidTableName } from '../../src/sheets/names';

/** Reading a sheet description the way a spreadsheet would show it, for assertions. */
export class SheetModel {
  private readonly cells = new Map<string, CellScalar>();
  private readonly formats = new Map<string, string | null>();

  constructor(readonly sheet: SheetDescription) {
    for (const block of sheet.blocks) {
      block.values.forEach((row, i) =>
        row.forEach((value, j) => {
          const k = key(block.row + i, block.col + j);
          if (this.cells.has(k)) throw new Error(`${sheet.name}: two blocks write cell ${k}`);
          this.cells.set(k, value);
          this.formats.set(k, block.numberFormats?.[j] ?? null);
        }),
      );
    }
  }

  cell(row: number, col: number): CellScalar | undefined {
    return this.cells.get(key(row, col));
  }

  format(row: number, col: number): string | null | undefined {
    return this.formats.get(key(row, col));
  }

  table(name: string): TableModel {
    const spec = this.sheet.tables.find((t) => t.name === name);
    if (!spec) throw new Error(`${this.sheet.name}: no table ${name} (has ${this.sheet.tables.map((t) => t.name).join(', ')})`);
    return new TableModel(this, spec);
  }

  /** Row of the first cell in column 1 holding `text`. */
  rowOf(text: string): number {
    for (const [k, v] of this.cells) if (v === text && k.endsWith(':1')) return Number(k.split(':')[0]);
    throw new Error(`${this.sheet.name}: no "${text}" in column A`);
  }

  /**
   * What Excel and the adapters rely on: a valid name; tables with valid names, distinct text headers
   * held by the blocks, at least one data row, no overlap; formats and charts inside the written area.
   */
  check(): void {
    const { sheet } = this;
    expect(isValidSheetName(sheet.name)).toBe(true);
    for (const t of sheet.tables) {
      expect(isValidTableName(t.name)).toBe(true);
      const headers = this.table(t.name).headers;
      expect(headers.every((h) => typeof h === 'string' && h !== '')).toBe(true);
      expect(new Set(headers.map((h) => String(h).toLowerCase())).size).toBe(headers.length);
      expect(t.rows - 1 - (t.totalsRow ? 1 : 0)).toBeGreaterThanOrEqual(1);
      for (let r = 0; r < t.rows; r++) {
        for (let c = 0; c < t.columns; c++) expect(this.cells.has(key(t.row + r, t.col + c))).toBe(true);
      }
    }
    sheet.tables.forEach((a, i) =>
      sheet.tables.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)),
    );
    for (const f of sheet.conditionalFormats ?? []) this.expectWritten(f.range);
    for (const c of sheet.charts ?? []) this.expectWritten(c.data);
  }

  private expectWritten(range: RangeRef): void {
    for (let r = 0; r < range.rows; r++) {
      for (let c = 0; c < range.columns; c++) expect(this.cells.has(key(range.row + r, range.col + c))).toBe(true);
    }
  }
}

export class TableModel {
  constructor(private readonly model: SheetModel, readonly spec: TableSpec) {}

  get headers(): CellScalar[] {
    return this.rowAt(0);
  }

  /** Data rows (without header and totals). */
  get rows(): CellScalar[][] {
    const count = this.spec.rows - 1 - (this.spec.totalsRow ? 1 : 0);
    return Array.from({ length: count }, (_, r) => this.rowAt(r + 1));
  }

  get totals(): CellScalar[] | null {
    return this.spec.totalsRow ? this.rowAt(this.spec.rows - 1) : null;
  }

  /** The data row whose first cell is `first`, as an object by header. */
  record(first: CellScalar): Record<string, CellScalar> {
    const row = this.rows.find((r) => r[0] === first);
    if (!row) throw new Error(`table ${this.spec.name}: no row starting with ${String(first)}`);
    return Object.fromEntries(this.headers.map((h, j) => [String(h), row[j]]));
  }

  column(header: string): CellScalar[] {
    const j = this.headers.indexOf(header);
    if (j < 0) throw new Error(`table ${this.spec.name}: no column ${header}`);
    return this.rows.map((r) => r[j]);
  }

  private rowAt(r: number): CellScalar[] {
    return Array.from({ length: this.spec.columns }, (_, c) => this.model.cell(this.spec.row + r, this.spec.col + c) ?? null);
  }
}

function key(row: number, col: number): string {
  return `${row}:${col}`;
}

function overlaps(a: TableSpec, b: TableSpec): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.columns && b.col < a.col + a.columns;
}
