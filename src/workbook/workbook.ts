import type { SheetDescription } from '../sheets/layout';
import type { CellNote, CellNotes, RawCell } from '../tables/cells';
import type { SheetRange, TableLocation } from '../tables/detect';
import { storeCellAt, type StoreContent } from '../sheets/store';
import { sheetPlace } from '../tables/addresses';

/**
 * The one small interface behind which workbooks live: an .xlsx file (ExcelJS) or the open workbook in
 * Excel (office-js). Cell values come back flattened to what office-js returns: numbers, strings,
 * booleans, null for empty, dates as Date (from files) or serial numbers (from Excel), errors as
 * { error: '#N/A' }.
 */
export type CellValue = RawCell;

/** A table or header-row range: 1-based top-left (the header's first row) and size including headers. */
export type TableInfo = TableLocation;

export interface WorkbookReader {
  sheetNames(): Promise<string[]>;
  /** Excel tables first, then used ranges of sheets with no table (as header-row range candidates). */
  listTables(): Promise<TableInfo[]>;
  readRange(sheet: string, row: number, col: number, rows: number, columns: number): Promise<CellValue[][]>;
  /** The scenario store: its JSON text, none, or a sheet of the planner's that has the store's name. */
  readStore(): Promise<StoreRead>;
  /** Why an empty cell is empty, told at once (files): TableSource.cellNote, src/tables/staffing.ts. */
  cellNote?(sheet: string, row: number, col: number): CellNote | null;
  /** The same, asked of the workbook for ranges (Excel): TableSource.cellNotes. */
  cellNotes?(ranges: readonly SheetRange[]): Promise<CellNotes | null>;
}

/**
 * What the workbook holds under the store sheet's name (Excel ignores case in sheet names). A sheet
 * of that name is the store only when it reads as one (`isStoreText` of its first cell); any other
 * is the planner's own, which this tool never reads as a store, replaces or hides.
 */
export type StoreRead =
  | { readonly kind: 'none' }
  | ({ readonly kind: 'store'; readonly sheet: string } & StoreContent)
  | { readonly kind: 'foreign'; readonly sheet: string };

/** The store's text, or null when the workbook has no store of this tool's. */
export function storeText(read: StoreRead): string | null {
  return read.kind === 'store' ? read.text : null;
}

/**
 * The store's cell where its JSON first fails to read (the first problem with a line and column): what
 * was typed or changed in the store's sheet by hand, named as Excel names a cell, with the start of
 * what it holds. Null when no problem has a position, or it falls outside the cells.
 */
export function changedStoreCell(read: StoreRead, problems: readonly { readonly line?: number; readonly column?: number }[]): { readonly place: string; readonly text: string } | null {
  const at = problems.find((p) => p.line !== undefined && p.column !== undefined);
  if (read.kind !== 'store' || at === undefined) return null;
  let offset = 0;
  for (let l = 1; l < at.line!; l++) {
    const next = read.text.indexOf('\n', offset);
    if (next < 0) return null;
    offset = next + 1;
  }
  const cell = storeCellAt(read, offset + at.column! - 1);
  if (cell === null) return null;
  const text = cell.text.length > STORE_PREVIEW ? `${cell.text.slice(0, STORE_PREVIEW)}…` : cell.text;
  return { place: sheetPlace(read.sheet, `A${cell.row}`), text };
}

/** Characters of a store's cell shown in a message. */
const STORE_PREVIEW = 60;

/**
 * A sheet that a write would have to replace, remove or hide, but that this tool did not write: the
 * planner's own sheet named like a result sheet or like the store. Nothing is written.
 */
export class ForeignSheetError extends Error {
  constructor(readonly sheet: string, readonly role: 'result' | 'store') {
    super(`The sheet ${JSON.stringify(sheet)} was not written by the staffing planner`);
  }
}

/**
 * The workbook's structure is protected (`sheet` null: no sheet can be added, renamed or removed), or
 * a sheet that a write would replace or remove is protected. Found before anything is written.
 */
export class WorkbookProtectedError extends Error {
  constructor(readonly sheet: string | null) {
    super(sheet === null ? "The workbook's structure is protected" : `The sheet ${JSON.stringify(sheet)} is protected`);
  }
}

/**
 * An earlier write was interrupted (the connection to Excel lost, say) and what it left in the
 * workbook is not repaired yet: `recoverInterruptedWrite` repairs it. Nothing new is written until then.
 */
export class InterruptedWriteError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('A write to the workbook was interrupted and is not repaired yet', options);
  }
}

/** A write found interrupted when the workbook was opened, and what was done about it. */
export interface RecoveredWrite {
  /**
   * 'restored': what it had written was removed and the sheets it replaced put back, the workbook is as
   * it was before it; 'completed': it had gone far enough to be finished, and was.
   */
  readonly outcome: 'restored' | 'completed';
  /** The sheets that write was putting in place, in order (the scenario store left out). */
  readonly sheets: readonly string[];
}

/** One write, all or nothing. */
export interface SheetChanges {
  /** Sheets of ours to remove first (a scenario written earlier in the other language). */
  readonly remove: readonly string[];
  /** Sheets to add, or to put in place of the sheet of the same name (ignoring case) written earlier. */
  readonly write: readonly SheetDescription[];
  /**
   * The scenario store's new JSON text, or null to leave the store as it is (a damaged store, or one
   * written by a newer version, is kept untouched until the planner chooses to replace it).
   */
  readonly store: string | null;
  /**
   * The line at the top of sheets of ours that stay (sheets/notice.ts): a notice, or null for none.
   * Only a title cell holding text is changed; sheets removed or written here are left to those changes.
   */
  readonly notices?: readonly SheetNotice[];
}

export interface SheetNotice {
  readonly sheet: string;
  readonly notice: string | null;
}

export interface WriteProgress {
  (done: number, total: number): void;
}

export interface WorkbookWriter {
  sheetNames(): Promise<string[]>;
  /** The sheet holding each Excel table, by table name in lower case (Excel ignores case there). */
  tableSheets(): Promise<Map<string, string>>;
  /**
   * Applies the changes; a new store is refused (ForeignSheetError, before any change) when a sheet
   * of the planner's has the store's name. If it fails part-way, what it wrote is removed and the workbook is left as it
   * was; the error is rethrown. An aborted `signal` stops the write between batches, the same way.
   */
  apply(changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal): Promise<void>;
}

/** The cells selected in the workbook: where they are and their values. */
export interface SelectedCells {
  readonly sheet: string;
  /** 1-based. */
  readonly row: number;
  readonly col: number;
  readonly values: CellValue[][];
}

/** What the task pane needs of an open workbook besides reading and writing. */
export interface WorkbookView {
  /** Shows the sheet and selects the cell (a problem's location, or the top of a sheet written). */
  select(sheet: string, row: number, col: number): Promise<void>;
  /** The current selection (its first area), or null when there is none readable. */
  selection(): Promise<SelectedCells | null>;
}

/** An open workbook, as the task pane uses it (Excel through office-js, or the demo's in-memory one). */
export interface OpenWorkbook extends WorkbookReader, WorkbookWriter, WorkbookView {
  /**
   * Repairs what an interrupted write left in the workbook (see `RecoveredWrite`), before anything is
   * read; none found (the usual case), an empty list.
   */
  recoverInterruptedWrite(): Promise<readonly RecoveredWrite[]>;
}
