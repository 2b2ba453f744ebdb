import { escapeColumnName, headerRowHeights, HIGHLIGHTS, LOOKS, wrapsRows, type Look } from '../sheets/appearance';
import { withoutInvalidXmlChars } from '../sheets/cellText';
import { headerFooterCode } from '../sheets/print';
import { blockWidth, cellAt, lastCell, printedCorner, type Block, type CellScalar, type CellStyle, type ConditionalFormat, type ConditionalRule, type SheetDescription, type TableSpec } from '../sheets/layout';
import { columnLetter } from '../tables/problems';
import { rangeAddress } from '../tables/addresses';
import { escapeXml } from './xml';

/**
 * A sheet description written as SpreadsheetML, directly: the worksheet part row by row, its tables'
 * parts, and the styles they use. What ExcelJS wrote for the same description, without its model of
 * every cell: a row's XML is made and appended, and nothing else of it is kept.
 */

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text Excel would take for a formula if it were typed: given the text format, as the other writers do. */
const FORMULA_LIKE = /^[=+\-@]/;

/** Built-in number formats by code; others get ids from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/**
 * The cell styles and conditional-format styles of the sheets written, each made once: what the
 * styles part of the package holds for them.
 */
export class StyleBook {
  /**
   * `base`: the cell and conditional-format styles already in the package, which ours follow: the
   * indexes given out count from there.
   */
  constructor(private readonly base: { readonly xfs: number; readonly dxfs: number } = { xfs: 0, dxfs: 0 }) {}

  private readonly fonts: string[] = ['<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'];
  private readonly fills: string[] = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders: string[] = ['<border><left/><right/><top/><bottom/><diagonal/></border>'];
  private readonly formats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfIndex = new Map<string, number>();
  private readonly dxfs: string[] = [];
  private readonly dxfIndex = new Map<string, number>();

  /** The index of the cell style for a block's style and a number format (0: the default). */
  xf(style: CellStyle | undefined, format: string | null): number {
    const key = `${style ?? ''}|${format ?? ''}`;
    let index = this.xfIndex.get(key);
    if (index !== undefined) return this.base.xfs + index;
    const look: Look = style ? LOOKS[style] : {};
    const numFmtId = format === null ? 0 : this.numFmt(format);
    const fontId = look.bold || look.italic || look.size || look.color ? add(this.fonts, fontXml(look)) : 0;
    const fillId = look.fill ? add(this.fills, `<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : 0;
    const borderId = look.border ? add(this.borders, borderXml(look.border)) : 0;
    const alignment = look.wrap ? '<alignment vertical="top" wrapText="1"/>' : '';
    const applied = [numFmtId ? ' applyNumberFormat="1"' : '', fontId ? ' applyFont="1"' : '', fillId ? ' applyFill="1"' : '', borderId ? ' applyBorder="1"' : '', alignment ? ' applyAlignment="1"' : ''].join('');
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    index = this.xfs.push(alignment ? `${xf}>${alignment}</xf>` : `${xf}/>`) - 1;
    this.xfIndex.set(key, index);
    return this.base.xfs + index;
  }

  /** The differential style of a conditional format's highlight. */
  dxf(look: 'good' | 'bad' | 'warn'): number {
    let index = this.dxfIndex.get(look);
    if (index === undefined) {
      const h = HIGHLIGHTS[look];
      index = this.dxfs.push(`<dxf><font><color rgb="${argb(h.font)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${argb(h.fill)}"/><bgColor rgb="${argb(h.fill)}"/></patternFill></fill></dxf>`) - 1;
      this.dxfIndex.set(look, index);
    }
    return this.base.dxfs + index;
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** A complete styles part holding these styles (merged into the planner's by the package writer). */
  xml(): string {
    const list = (name: string, items: readonly string[]): string => `<${name} count="${items.length}">${items.join('')}</${name}>`;
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">`
      + (numFmts.length > 0 ? list('numFmts', numFmts) : '')
      + list('fonts', this.fonts) + list('fills', this.fills) + list('borders', this.borders)
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + list('cellXfs', this.xfs)
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
      + list('dxfs', this.dxfs)
      + '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>';
  }
}

function add(list: string[], item: string): number {
  const at = list.indexOf(item);
  return at >= 0 ? at : list.push(item) - 1;
}

function fontXml(look: Look): string {
  return `<font>${look.bold ? '<b/>' : ''}${look.italic ? '<i/>' : ''}<sz val="${look.size ?? 11}"/>`
    + `${look.color ? `<color rgb="${argb(look.color)}"/>` : '<color theme="1"/>'}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
}

function borderXml(side: 'top' | 'bottom'): string {
  const line = (name: string): string => (name === side ? `<${name} style="thin"><color indexed="64"/></${name}>` : `<${name}/>`);
  return `<border>${line('left')}${line('right')}${line('top')}${line('bottom')}<diagonal/></border>`;
}

function argb(rgb: string): string {
  const hex = rgb.replace(/^#/, '').toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

/** A part's relationships to the sheet's tables (and drawing), by id. */
export interface SheetLinks {
  readonly tables: readonly string[];
  readonly drawing?: string;
}

/**
 * The worksheet part, as pieces of text to join or to compress one after the other: the rows of the
 * blocks in order, each cell styled by its block and column, tables' totals as SUBTOTAL formulas
 * with the layout's sums as their results.
 */
export function worksheetXml(sheet: SheetDescription, book: StyleBook, links: SheetLinks): string[] {
  const out: string[] = [];
  const last = lastCell(sheet);
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (sheet.tabColor || sheet.print) {
    const tab = sheet.tabColor ? `<tabColor rgb="${argb(sheet.tabColor)}"/>` : '';
    out.push(`<sheetPr>${tab}${sheet.print ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`);
  }
  out.push(`<dimension ref="${last === null ? 'A1' : `A1:${columnLetter(last.col)}${last.row}`}"/>`);
  out.push(`<sheetViews><sheetView workbookViewId="0">${paneXml(sheet.freeze)}</sheetView></sheetViews>`);
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columnWidths.length > 0) {
    out.push(`<cols>${sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  }
  out.push('<sheetData>');
  for (const row of rowsXml(sheet, book)) out.push(row);
  out.push('</sheetData>');
  let priority = 0;
  for (const format of sheet.conditionalFormats ?? []) out.push(conditionalXml(format, book, () => ++priority));
  out.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.print) {
    // A4 landscape, one page wide and as many tall as it takes.
    out.push('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    const { header, footer } = sheet.print;
    const part = (left: string, right: string): string => escapeXml(withoutInvalidXmlChars(`&L${headerFooterCode(left)}&R${headerFooterCode(right)}`));
    out.push(`<headerFooter><oddHeader>${part(header.left, header.right)}</oddHeader><oddFooter>${part(footer.left, footer.right)}</oddFooter></headerFooter>`);
  }
  const breaks = sheet.pageBreaks ?? [];
  if (breaks.length > 0) {
    // A break is given by the last row before it (0-based row index of the row that ends a page).
    out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  }
  if (links.drawing) out.push(`<drawing r:id="${links.drawing}"/>`);
  if (links.tables.length > 0) out.push(`<tableParts count="${links.tables.length}">${links.tables.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`);
  out.push('</worksheet>');
  return out;
}

function paneXml(freeze: SheetDescription['freeze']): string {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return '';
  const active = freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  const split = `${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''}`;
  const topLeft = `${columnLetter(freeze.columns + 1)}${freeze.rows + 1}`;
  return `<pane${split} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/><selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
}

/** Totals cells by 'row:col', with the formula that sums their column of the table. */
function totalsFormulas(sheet: SheetDescription): Map<string, string> {
  const formulas = new Map<string, string>();
  for (const t of sheet.tables) {
    if (!t.totalsRow) continue;
    const row = t.row + t.rows - 1;
    for (let j = 1; j < t.columns; j++) {
      const header = cellAt(sheet, t.row, t.col + j);
      formulas.set(`${row}:${t.col + j}`, `SUBTOTAL(109,${t.name}[${escapeColumnName(String(header))}])`);
    }
  }
  return formulas;
}

/** The rows, in order, each as one piece of XML; blocks may share rows but not cells. */
function rowsXml(sheet: SheetDescription, book: StyleBook): string[] {
  const blocks = [...sheet.blocks].filter((b) => b.values.length > 0).sort((a, b) => a.row - b.row || a.col - b.col);
  const heights = new Map<number, number>();
  for (const b of blocks) {
    if (!wrapsRows(b)) continue;
    headerRowHeights(b, sheet.columnWidths).forEach((h, i) => {
      if (h !== null) heights.set(b.row + i, h);
    });
  }
  const formulas = totalsFormulas(sheet);
  // Each block's columns worked out at its first cell (styles join the book in the order cells use
  // them), then kept for its other cells.
  const columns = new Array<BlockColumns | undefined>(blocks.length).fill(undefined);
  const rows: string[] = [];
  const first = blocks[0]?.row ?? 0;
  const end = Math.max(0, ...blocks.map((b) => b.row + b.values.length));
  let from = 0;
  for (let r = first; r < end; r++) {
    while (from < blocks.length && blocks[from].row + blocks[from].values.length <= r) from++;
    // Usually the blocks on a row come left to right without overlapping: their cells are then in
    // order as written, and the row is one string; otherwise its cells are sorted by column.
    let inOrder = true;
    let edge = 0;
    for (let k = from; k < blocks.length && blocks[k].row <= r; k++) {
      const values = blocks[k].values[r - blocks[k].row];
      if (values === undefined) continue;
      if (blocks[k].col < edge) inOrder = false;
      edge = blocks[k].col + values.length;
    }
    let cellsXml = '';
    const cells: { col: number; xml: string }[] = [];
    for (let k = from; k < blocks.length && blocks[k].row <= r; k++) {
      const b = blocks[k];
      const values = b.values[r - b.row];
      if (values === undefined) continue;
      for (let j = 0; j < values.length; j++) {
        // A hole in a sparse row is no cell, as forEach would skip it.
        if (!(j in values)) continue;
        const value = values[j];
        // An empty cell with nothing to show is no cell.
        if (value === null && (b.numberFormats?.[j] ?? null) === null && !b.style) continue;
        const xml = cellXml(b, (columns[k] ??= columnsOf(b, book)), j, r, value, formulas);
        if (inOrder) cellsXml += xml;
        else cells.push({ col: b.col + j, xml });
      }
    }
    if (!inOrder) cellsXml = cells.sort((a, b) => a.col - b.col).map((c) => c.xml).join('');
    const height = heights.get(r);
    if (cellsXml === '' && height === undefined) continue;
    const ht = height === undefined ? '' : ` ht="${height}" customHeight="1"`;
    rows.push(`<row r="${r}"${ht}>${cellsXml}</row>`);
  }
  return rows;
}

/** What every cell of a block's column shares: its letters and its style, worked out once per block. */
interface BlockColumns {
  readonly letters: string[];
  readonly styles: string[];
  /** The text format, for text that looks like a formula. */
  readonly textStyle: string;
}

function columnsOf(block: Block, book: StyleBook): BlockColumns {
  const width = blockWidth(block);
  return {
    letters: Array.from({ length: width }, (_, j) => columnLetter(block.col + j)),
    styles: Array.from({ length: width }, (_, j) => ` s="${book.xf(block.style, block.numberFormats?.[j] ?? null)}"`),
    textStyle: ` s="${book.xf(block.style, '@')}"`,
  };
}

function cellXml(block: Block, columns: BlockColumns, j: number, row: number, value: CellScalar, formulas: ReadonlyMap<string, string>): string {
  const ref = `${columns.letters[j]}${row}`;
  const style = typeof value === 'string' && FORMULA_LIKE.test(value) ? columns.textStyle : columns.styles[j];
  const formula = formulas.size === 0 ? undefined : formulas.get(`${row}:${block.col + j}`);
  if (formula !== undefined && typeof value === 'number') return `<c r="${ref}"${style}><f>${escapeXml(formula)}</f><v>${value}</v></c>`;
  if (value === null) return `<c r="${ref}"${style}/>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style}/>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is>${textXml(value)}</is></c>`;
}

/** Anything in a text that needs escaping or care; most texts have none. */
// eslint-disable-next-line no-control-regex
const NEEDS_CARE = /[\u0000-\u001F&<>"_\uD800-\uDFFF\uFFFE\uFFFF]|^\s|\s$/;

/** A text as a <t> element: escaped for XML and for SpreadsheetML's own `_xHHHH_` escape. */
function textXml(text: string): string {
  if (!NEEDS_CARE.test(text)) return `<t>${text}</t>`;
  const safe = withoutInvalidXmlChars(text).replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  const space = /^\s|\s$|\n/.test(safe) ? ' xml:space="preserve"' : '';
  return `<t${space}>${escapeXml(safe)}</t>`;
}

function conditionalXml(format: ConditionalFormat, book: StyleBook, priority: () => number): string {
  const { range } = format;
  const sqref = rangeAddress(range);
  return `<conditionalFormatting sqref="${sqref}">${rulesXml(format.rule, book, priority).join('')}</conditionalFormatting>`;
}

function rulesXml(rule: ConditionalRule, book: StyleBook, priority: () => number): string[] {
  const cellIs = (operator: 'greaterThan' | 'lessThan' | 'equal', formula: string, look: 'good' | 'bad' | 'warn'): string =>
    `<cfRule type="cellIs" dxfId="${book.dxf(look)}" priority="${priority()}" operator="${operator}"><formula>${escapeXml(formula)}</formula></cfRule>`;
  switch (rule.kind) {
    case 'signGoodPositive':
      return [cellIs('greaterThan', '0', 'good'), cellIs('lessThan', '0', 'bad')];
    case 'signBadPositive':
      return [cellIs('greaterThan', '0', 'bad'), cellIs('lessThan', '0', 'good')];
    case 'positiveBad':
      return [cellIs('greaterThan', '0', 'bad')];
    case 'textEquals':
      return [cellIs('equal', `"${rule.text.replace(/"/g, '""')}"`, rule.style)];
    case 'dataBar':
      return [`<cfRule type="dataBar" priority="${priority()}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${argb(rule.color)}"/></dataBar></cfRule>`];
  }
}

/** A table's part: its range, columns named by its header cells, totals, style. */
export function tableXml(sheet: SheetDescription, spec: TableSpec, id: number): string {
  const headers = Array.from({ length: spec.columns }, (_, j) => cellAt(sheet, spec.row, spec.col + j));
  headers.forEach((name, j) => {
    if (typeof name !== 'string' || name === '') throw new Error(`Table ${spec.name}: header ${j + 1} must be text, found ${JSON.stringify(name)}`);
  });
  if (spec.rows - 1 - (spec.totalsRow ? 1 : 0) < 1) throw new Error(`Table ${spec.name} has no data row`);
  const lastRow = spec.row + spec.rows - 1;
  const ref = rangeAddress(spec);
  const filterRef = rangeAddress({ ...spec, rows: spec.totalsRow ? spec.rows - 1 : spec.rows });
  const columns = (headers as string[]).map((name, j) => {
    let totals = '';
    if (spec.totalsRow) {
      const total = cellAt(sheet, lastRow, spec.col + j);
      if (j === 0) totals = ` totalsRowLabel="${escapeXml(String(total ?? ''))}"`;
      else if (total !== null && typeof total !== 'number') throw new Error(`Table ${spec.name}: totals cell ${j + 1} must be a number or empty`);
      else if (typeof total === 'number') totals = ' totalsRowFunction="sum"';
    }
    // A column's name is its header as the cell shows it; line breaks are SpreadsheetML-escaped.
    return `<tableColumn id="${j + 1}" name="${escapeXml(withoutInvalidXmlChars(name).replace(/\n/g, '_x000a_'))}"${totals}/>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${id}" name="${spec.name}" displayName="${spec.name}" ref="${ref}"`
    + `${spec.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>`
    + `<autoFilter ref="${filterRef}"/><tableColumns count="${spec.columns}">${columns.join('')}</tableColumns>`
    + '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>';
}

const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
/** Office's own series colours. */
const SERIES_COLOURS = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/** A sheet name in a formula reference: quoted, its apostrophes doubled. */
function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function absolute(row: number, col: number): string {
  return `$${columnLetter(col)}$${row}`;
}

/**
 * The drawing part placing a sheet's charts over their cells, each chart by its relationship id
 * (`chartIds[k]` for `sheet.charts[k]`).
 */
export function drawingXml(sheet: SheetDescription, chartIds: readonly string[]): string {
  const anchors = (sheet.charts ?? []).map((chart, k) => {
    const { at } = chart;
    const from = `<xdr:from><xdr:col>${at.col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`;
    const to = `<xdr:to><xdr:col>${at.col - 1 + at.columns}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row - 1 + at.rows}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
    return `<xdr:twoCellAnchor editAs="oneCell">${from}${to}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${k + 2}" name="${escapeXml(withoutInvalidXmlChars(chart.title))}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`
      + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>'
      + `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${chartIds[k]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${A_NS}" xmlns:r="${REL_NS}">${anchors.join('')}</xdr:wsDr>`;
}

/**
 * A chart part: categories down the data's first column, a series per further column named by its
 * header, with the values cached so that a reader draws it without recalculating.
 */
export function chartXml(sheet: SheetDescription, chart: NonNullable<SheetDescription['charts']>[number]): string {
  const { data } = chart;
  const name = sheetRef(sheet.name);
  const firstRow = data.row + 1;
  const lastRow = data.row + data.rows - 1;
  const categories = Array.from({ length: data.rows - 1 }, (_, i) => cellAt(sheet, firstRow + i, data.col));
  const strCache = (values: readonly CellScalar[]): string =>
    `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(withoutInvalidXmlChars(String(v ?? '')))}</c:v></c:pt>`).join('')}</c:strCache>`;
  const series = Array.from({ length: data.columns - 1 }, (_, s) => {
    const col = data.col + 1 + s;
    const header = cellAt(sheet, data.row, col);
    const values = Array.from({ length: data.rows - 1 }, (_, i) => cellAt(sheet, firstRow + i, col));
    const numCache = `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('')}</c:numCache>`;
    // Colours given, not left to the theme: a workbook without one (or a reader that ignores it) still shows them.
    const colour = SERIES_COLOURS[s % SERIES_COLOURS.length];
    const shape = chart.type === 'line'
      ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
    return `<c:ser><c:idx val="${s}"/><c:order val="${s}"/>`
      + `<c:tx><c:strRef><c:f>${escapeXml(`${name}!${absolute(data.row, col)}`)}</c:f>${strCache([header])}</c:strRef></c:tx>`
      + shape
      + `<c:cat><c:strRef><c:f>${escapeXml(`${name}!${absolute(firstRow, data.col)}:${absolute(lastRow, data.col)}`)}</c:f>${strCache(categories)}</c:strRef></c:cat>`
      + `<c:val><c:numRef><c:f>${escapeXml(`${name}!${absolute(firstRow, col)}:${absolute(lastRow, col)}`)}</c:f>${numCache}</c:numRef></c:val>`
      + (chart.type === 'line' ? '<c:smooth val="0"/>' : '')
      + '</c:ser>';
  });
  const axes = '<c:axId val="111111111"/><c:axId val="222222222"/>';
  const plot = chart.type === 'line'
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/>${axes}</c:lineChart>`
    : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}<c:gapWidth val="150"/>${axes}</c:barChart>`;
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" b="1"/><a:t>${escapeXml(withoutInvalidXmlChars(chart.title))}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${REL_NS}">`
    + '<c:roundedCorners val="0"/>'
    + `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}`
    + '<c:catAx><c:axId val="111111111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="222222222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
    + '<c:valAx><c:axId val="222222222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="111111111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>'
    + '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>'
    + '</c:chartSpace>';
}

/**
 * The defined names that make a sheet print as its setup says: the rows and columns repeated on every
 * page, and the used cells as the print area. `localSheetId` is the sheet's place among the tabs.
 */
export function printNames(sheet: SheetDescription, localSheetId: number): string[] {
  const print = sheet.print;
  const last = printedCorner(sheet);
  if (!print || last === null) return [];
  const name = sheetRef(sheet.name);
  const titles: string[] = [];
  if (print.titleColumns) titles.push(`${name}!$${columnLetter(print.titleColumns.first)}:$${columnLetter(print.titleColumns.last)}`);
  if (print.titleRows) titles.push(`${name}!$${print.titleRows.first}:$${print.titleRows.last}`);
  const names = [`<definedName name="_xlnm.Print_Area" localSheetId="${localSheetId}">${escapeXml(`${name}!$A$1:${absolute(last.row, last.col)}`)}</definedName>`];
  if (titles.length > 0) names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${localSheetId}">${escapeXml(titles.join(','))}</definedName>`);
  return names;
}
