import type ExcelJS from 'exceljs';
import {
  printedCorner,
  type Block,
  type CellScalar,
  type CellStyle,
  type ConditionalFormat,
  type ConditionalRule,
  type SheetDescription,
  type TableSpec,
} from '../sheets/layout';
import { titleCell } from '../sheets/notice';
import { escapeColumnName, headerRowHeights, HIGHLIGHTS, LOOKS, wrapsRows, type Look } from '../sheets/appearance';
import { checkNewNames, isValidSheetName } from '../sheets/names';
import { columnLetter } from '../tables/problems';
import { isStoreText, storeSheet } from '../sheets/store';
import { headerFooterCode } from '../sheets/print';
import { STORE_SHEET_NAME } from '../sheets/storeName';
import { ForeignSheetError, type SheetChanges, type WorkbookWriter, type WriteProgress } from './workbook';

/**
 * Writes sheet descriptions into an ExcelJS workbook (the CLI, the demo and the tests). Saving is
 * left to the caller (`workbook.xlsx.writeBuffer()` or `writeFile`), so this file runs in Node and in
 * the browser alike. Charts are skipped: ExcelJS cannot write them; their data blocks are still written.
 */
export class XlsxWorkbookWriter implements WorkbookWriter {
  constructor(private readonly workbook: ExcelJS.Workbook) {}

  async writeSheet(sheet: SheetDescription): Promise<void> {
    if (!isValidSheetName(sheet.name)) throw new Error(`Invalid sheet name: ${JSON.stringify(sheet.name)}`);
    const previous = this.find(sheet.name);
    this.checkTableNames(sheet, previous);
    if (previous) this.workbook.removeWorksheet(previous.id);

    const ws = this.workbook.addWorksheet(sheet.name, {
      state: sheet.visibility ?? 'visible',
      properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
      views: sheet.freeze
        ? [{
            state: 'frozen',
            xSplit: sheet.freeze.columns,
            ySplit: sheet.freeze.rows,
            topLeftCell: cellAddress(sheet.freeze.rows + 1, sheet.freeze.columns + 1),
          }]
        : [],
    });
    // A replaced sheet keeps its place among the tabs.
    if (previous) internals(ws).orderNo = internals(previous).orderNo;

    sheet.columnWidths.forEach((width, i) => {
      ws.getColumn(i + 1).width = width;
    });
    const styles = new Map<string, Partial<ExcelJS.Style>>();
    for (const block of sheet.blocks) {
      writeBlock(ws, block, styles);
      if (wrapsRows(block)) fitHeaderHeight(ws, block, sheet.columnWidths);
    }
    for (const table of sheet.tables) addTable(ws, table);
    if (sheet.print) setPrint(ws, sheet);
    // ExcelJS breaks after the row given: the row before the one that starts a page.
    for (const row of sheet.pageBreaks ?? []) if (row > 1) ws.getRow(row - 1).addPageBreak();
    // Rules get distinct priorities in the order the layout lists them.
    let priority = 0;
    for (const format of sheet.conditionalFormats ?? []) addConditionalFormat(ws, format, () => ++priority);
  }

  async deleteSheet(name: string): Promise<void> {
    const sheet = this.find(name);
    if (sheet) this.workbook.removeWorksheet(sheet.id);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /**
   * Everything that could make a write fail (names) is checked before the first change, so a failed
   * apply leaves the workbook untouched.
   */
  async apply(changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal): Promise<void> {
    const sheets = changes.store === null ? [...changes.write] : [...changes.write, storeSheet(changes.store)];
    const store = this.find(STORE_SHEET_NAME);
    if (changes.store !== null && store !== undefined && !isStoreText(store.findCell(1, 1)?.value ?? null)) {
      throw new ForeignSheetError(store.name, 'store');
    }
    const removed = new Set(changes.remove.map((n) => n.toLowerCase()));
    for (const s of sheets) removed.add(s.name.toLowerCase());
    const taken = new Set<string>();
    for (const ws of this.workbook.worksheets) {
      if (removed.has(ws.name.toLowerCase())) continue;
      for (const name of Object.keys(internals(ws).tables)) taken.add(name.toLowerCase());
    }
    checkNewNames(sheets, taken);
    // ExcelJS keeps its sheets in one array by id, and removing a sheet only drops it from there:
    // putting the array back restores the workbook as it was if a write fails part-way.
    const book = this.workbook as unknown as { _worksheets: (ExcelJS.Worksheet | undefined)[] };
    const before = [...book._worksheets];
    const orders = before.map((ws) => (ws ? internals(ws).orderNo : 0));
    try {
      for (const name of changes.remove) await this.deleteSheet(name);
      for (const [i, sheet] of sheets.entries()) {
        signal?.throwIfAborted();
        await this.writeSheet(sheet);
        progress?.(i + 1, sheets.length);
      }
    } catch (e) {
      book._worksheets = before;
      before.forEach((ws, i) => {
        if (ws) internals(ws).orderNo = orders[i];
      });
      throw e;
    }
    for (const { sheet, notice } of changes.notices ?? []) {
      const ws = removed.has(sheet.toLowerCase()) ? undefined : this.find(sheet);
      const cell = ws?.getCell(1, 1);
      const next = cell && titleCell(typeof cell.value === 'string' ? cell.value : null, notice);
      if (!cell || !next) continue;
      cell.value = next.text;
      cell.style = { ...STYLES[next.style], numFmt: '@' };
    }
  }

  async tableSheets(): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    for (const ws of this.workbook.worksheets) {
      for (const name of Object.keys(internals(ws).tables)) map.set(name.toLowerCase(), ws.name);
    }
    return map;
  }

  /** Excel compares sheet names ignoring case. */
  private find(name: string): ExcelJS.Worksheet | undefined {
    const key = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === key);
  }

  /** Table names are unique in the whole workbook, ignoring case; the sheet being replaced frees its own. */
  private checkTableNames(sheet: SheetDescription, replaced: ExcelJS.Worksheet | undefined): void {
    const taken = new Set<string>();
    for (const ws of this.workbook.worksheets) {
      if (ws === replaced) continue;
      for (const name of Object.keys(internals(ws).tables)) taken.add(name.toLowerCase());
    }
    checkNewNames([sheet], taken);
  }
}

/** Worksheet fields ExcelJS has but does not declare: tab order, and its tables by name. */
interface WorksheetInternals {
  orderNo: number;
  readonly tables: Readonly<Record<string, unknown>>;
}

function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** Text that Excel would take for a formula if it were typed or pasted. */
const FORMULA_LIKE = /^[=+\-@]/;

/**
 * One style object per (block style, number format), shared by every cell that has it: a fresh
 * object per cell made saving a large workbook slow out of proportion. Frozen, so that anything that
 * would change one cell's style in place fails loudly instead of restyling every cell sharing it.
 */
function styleFor(styles: Map<string, Partial<ExcelJS.Style>>, block: Block, numFmt: string | undefined): Partial<ExcelJS.Style> {
  const k = `${block.style ?? ''}|${numFmt ?? ''}`;
  let style = styles.get(k);
  if (!style) {
    style = Object.freeze({ ...(block.style ? STYLES[block.style] : {}), numFmt });
    styles.set(k, style);
  }
  return style;
}

function writeBlock(ws: ExcelJS.Worksheet, block: Block, styles: Map<string, Partial<ExcelJS.Style>>): void {
  block.values.forEach((values, i) => {
    const row = ws.getRow(block.row + i);
    values.forEach((value, j) => {
      const format = block.numberFormats?.[j] ?? null;
      if (value === null && format === null && !block.style) return;
      const cell = row.getCell(block.col + j);
      cell.style = styleFor(styles, block, typeof value === 'string' && FORMULA_LIKE.test(value) ? '@' : (format ?? undefined));
      // A plain string value is stored as text, never parsed as a formula.
      cell.value = value;
    });
  });
}

/** A4 landscape, one page wide, with the sheet's print titles, print area, header and footer. */
function setPrint(ws: ExcelJS.Worksheet, sheet: SheetDescription): void {
  const print = sheet.print!;
  const last = printedCorner(sheet);
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(last ? { printArea: `A1:${cellAddress(last.row, last.col)}` } : {}),
    ...(print.titleRows ? { printTitlesRow: `${print.titleRows.first}:${print.titleRows.last}` } : {}),
    ...(print.titleColumns ? { printTitlesColumn: `${columnLetter(print.titleColumns.first)}:${columnLetter(print.titleColumns.last)}` } : {}),
  };
  ws.headerFooter = {
    oddHeader: `&L${headerFooterCode(print.header.left)}&R${headerFooterCode(print.header.right)}`,
    oddFooter: `&L${headerFooterCode(print.footer.left)}&R${headerFooterCode(print.footer.right)}`,
  };
}

function fitHeaderHeight(ws: ExcelJS.Worksheet, block: Block, widths: readonly number[]): void {
  headerRowHeights(block, widths).forEach((height, i) => {
    if (height !== null) ws.getRow(block.row + i).height = height;
  });
}

/** What a block wrote into a cell (null for empty): tables take their header and rows from there. */
function written(ws: ExcelJS.Worksheet, row: number, col: number): CellScalar {
  const value = ws.findCell(row, col)?.value;
  return value === undefined ? null : (value as CellScalar);
}

function addTable(ws: ExcelJS.Worksheet, spec: TableSpec): void {
  const at = (r: number, j: number) => written(ws, spec.row + r, spec.col + j);
  const columns = Array.from({ length: spec.columns }, (_, j) => at(0, j));
  columns.forEach((name, j) => {
    if (typeof name !== 'string' || name === '') {
      throw new Error(`Table ${spec.name}: header ${j + 1} must be text, found ${JSON.stringify(name)}`);
    }
  });
  const dataRows = spec.rows - 1 - (spec.totalsRow ? 1 : 0);
  if (dataRows < 1) throw new Error(`Table ${spec.name} has no data row`);
  const rows = Array.from({ length: dataRows }, (_, r) => Array.from({ length: spec.columns }, (_, j) => at(r + 1, j)));
  const totals = spec.totalsRow ? Array.from({ length: spec.columns }, (_, j) => at(spec.rows - 1, j)) : null;

  ws.addTable({
    name: spec.name,
    displayName: spec.name,
    ref: cellAddress(spec.row, spec.col),
    headerRow: true,
    totalsRow: totals !== null,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: (columns as string[]).map((name, j): ExcelJS.TableColumnProperties => {
      if (!totals) return { name, filterButton: true };
      if (j === 0) return { name, filterButton: true, totalsRowLabel: String(totals[0] ?? '') };
      const total = totals[j];
      if (total !== null && typeof total !== 'number') {
        throw new Error(`Table ${spec.name}: totals cell ${j + 1} must be a number or empty`);
      }
      return { name, filterButton: true, totalsRowFunction: total === null ? 'none' : 'sum' };
    }),
    rows,
  });

  // ExcelJS writes the totals formulas without escaping the column names and without results:
  // rewrite them with escaped structured references and the sums the layout computed.
  if (totals) {
    const row = ws.getRow(spec.row + spec.rows - 1);
    totals.forEach((total, j) => {
      if (j === 0 || typeof total !== 'number') return;
      row.getCell(spec.col + j).value = {
        formula: `SUBTOTAL(109,${spec.name}[${escapeColumnName(columns[j] as string)}])`,
        result: total,
      };
    });
  }
}

function addConditionalFormat(ws: ExcelJS.Worksheet, format: ConditionalFormat, priority: () => number): void {
  const { range } = format;
  const ref = `${cellAddress(range.row, range.col)}:${cellAddress(range.row + range.rows - 1, range.col + range.columns - 1)}`;
  ws.addConditionalFormatting({ ref, rules: conditionalRules(format.rule, priority) });
}

function conditionalRules(rule: ConditionalRule, priority: () => number): ExcelJS.ConditionalFormattingRule[] {
  const above = (style: Partial<ExcelJS.Style>): ExcelJS.ConditionalFormattingRule =>
    ({ type: 'cellIs', operator: 'greaterThan', formulae: ['0'], style, priority: priority() });
  const below = (style: Partial<ExcelJS.Style>): ExcelJS.ConditionalFormattingRule =>
    ({ type: 'cellIs', operator: 'lessThan', formulae: ['0'], style, priority: priority() });
  switch (rule.kind) {
    case 'signGoodPositive':
      return [above(HIGHLIGHT.good), below(HIGHLIGHT.bad)];
    case 'signBadPositive':
      return [above(HIGHLIGHT.bad), below(HIGHLIGHT.good)];
    case 'positiveBad':
      return [above(HIGHLIGHT.bad)];
    case 'textEquals':
      return [{
        type: 'cellIs',
        operator: 'equal',
        formulae: [`"${rule.text.replace(/"/g, '""')}"`],
        style: HIGHLIGHT[rule.style],
        priority: priority(),
      }];
    case 'dataBar':
      return [{
        type: 'dataBar',
        cfvo: [{ type: 'min' }, { type: 'max' }],
        color: { argb: argb(rule.color) },
        priority: priority(),
      } as ExcelJS.DataBarRuleType];
  }
}

const solid = (color: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } });

/** Excel's own "good / bad / neutral" cell colours, for conditional formats. */
const HIGHLIGHT: Readonly<Record<'good' | 'bad' | 'warn', Partial<ExcelJS.Style>>> = {
  good: { font: { color: { argb: argb(HIGHLIGHTS.good.font) } }, fill: solid(HIGHLIGHTS.good.fill) },
  bad: { font: { color: { argb: argb(HIGHLIGHTS.bad.font) } }, fill: solid(HIGHLIGHTS.bad.fill) },
  warn: { font: { color: { argb: argb(HIGHLIGHTS.warn.font) } }, fill: solid(HIGHLIGHTS.warn.fill) },
};

/** The layouts' looks in ExcelJS terms. */
function excelJsStyle(look: Look): Partial<ExcelJS.Style> {
  const style: { -readonly [K in keyof ExcelJS.Style]?: ExcelJS.Style[K] } = {};
  if (look.bold || look.italic || look.size || look.color) {
    style.font = {
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
    };
  }
  if (look.fill) style.fill = solid(look.fill);
  if (look.wrap) style.alignment = { wrapText: true, vertical: 'top' };
  if (look.border) style.border = { [look.border]: { style: 'thin' } };
  return style;
}

const STYLES = Object.fromEntries(Object.entries(LOOKS).map(([k, look]) => [k, excelJsStyle(look)])) as Readonly<Record<CellStyle, Partial<ExcelJS.Style>>>;

function argb(rgb: string): string {
  const hex = rgb.replace(/^#/, '').toUpperCase();
  return hex.length === 6 ? 'FF' + hex : hex;
}

/** 1-based row and column → 'A1'. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
