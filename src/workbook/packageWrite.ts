import type { CellStyle, SheetDescription } from '../sheets/layout';
import { titleCell } from '../sheets/notice';
import { checkNewNames } from '../sheets/names';
import { STORE_SHEET_NAME } from '../sheets/storeName';
import { storeSheet } from '../sheets/store';
import { WorkbookPackage, type PackageSheet } from './package';
import { PackageWorkbookReader } from './packageRead';
import { ForeignSheetError, type SheetChanges, type WorkbookWriter, type WriteProgress } from './workbook';
import { escapeXml } from './xml';
import { chartXml, drawingXml, printNames, StyleBook, tableXml, worksheetXml } from './spreadsheetml';
import { packLater, PORTABLE_CODEC, writeZip, type Codec, type Packed, type ZipOutput } from './zip';

/**
 * Writes the tool's sheets into a copy of the planner's package. Every part the tool does not own
 * (the planner's sheets, drawings, charts, pivot tables, custom XML, document properties, protection,
 * macros) is copied byte for byte, still compressed. Only the tool's own sheets and their tables are
 * added, replaced or removed, with the package's index parts edited to match: the workbook part's
 * sheet list, its relationships, the content types, and the styles (the tool's styles appended).
 * The tool's sheets are drawn by ExcelJS in a workbook of their own, then moved in: their strings
 * become inline strings, so the planner's shared strings are not touched either.
 */
export class PackageWorkbookWriter implements WorkbookWriter {
  private pkg: WorkbookPackage;
  private reader: PackageWorkbookReader;

  /** `codec`: how new parts are compressed (Node's zlib for the command line, fflate elsewhere). */
  constructor(reader: PackageWorkbookReader, private readonly codec: Codec = PORTABLE_CODEC) {
    this.reader = reader;
    this.pkg = reader.pkg;
  }

  /** The package as written so far (the input's bytes until a change is applied). */
  get bytes(): Uint8Array {
    return this.pkg.bytes;
  }

  async sheetNames(): Promise<string[]> {
    return this.reader.sheetNames();
  }

  async tableSheets(): Promise<Map<string, string>> {
    const map = new Map<string, string>();
    for (const sheet of this.reader.sheetList) {
      for (const t of tablePartsOf(this.pkg, sheet)) map.set(t.name.toLowerCase(), sheet.name);
    }
    return map;
  }

  /**
   * Builds the new package; nothing is kept of a failed attempt (the bytes stay as they were). An
   * aborted `signal` stops it before the package is assembled.
   */
  async apply(changes: SheetChanges, progress?: WriteProgress, signal?: AbortSignal): Promise<void> {
    const sheets = this.reader.sheetList;
    const write: SheetDescription[] = changes.store === null ? [...changes.write] : [...changes.write, storeSheet(changes.store)];
    const lower = (s: string): string => s.toLowerCase();

    const storeHolder = sheets.find((s) => lower(s.name) === lower(STORE_SHEET_NAME));
    if (changes.store !== null && storeHolder !== undefined && (await this.reader.readStore()).kind === 'foreign') {
      throw new ForeignSheetError(storeHolder.name, 'store');
    }
    const going = new Set([...changes.remove, ...write.map((s) => s.name)].map(lower));
    const removed = sheets.filter((s) => going.has(lower(s.name)));
    checkNames(write, sheets.filter((s) => !going.has(lower(s.name))), this.pkg);
    // Notices go into the title cells of sheets that stay, as read now.
    const titles: TitleEdit[] = [];
    for (const { sheet: name, notice } of changes.notices ?? []) {
      const sheet = sheets.find((s) => lower(s.name) === lower(name));
      if (sheet === undefined || sheet.part === null || going.has(lower(name))) continue;
      const [[current]] = await this.reader.readRange(sheet.name, 1, 1, 1, 1);
      const next = titleCell(typeof current === 'string' ? current : null, notice);
      if (next) titles.push({ part: sheet.part, ...next });
    }
    const steps = write.length + 2;
    progress?.(1, steps);
    const bytes = await splice(this.pkg, sheets, removed, write, titles, this.codec, (done) => {
      signal?.throwIfAborted();
      progress?.(1 + done, steps);
    });
    const pkg = WorkbookPackage.open(bytes, { ...this.pkg.limits, fileBytes: Infinity });
    this.reader = new PackageWorkbookReader(pkg);
    this.pkg = pkg;
    progress?.(steps, steps);
  }
}

/**
 * Office's theme, reduced to what the schema requires: the colours and fonts that styles and charts
 * refer to by theme index ('text 1', the accents) resolve as Excel's default workbook has them.
 */
const OFFICE_THEME = '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
  + '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>'
  + '<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>'
  + '<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>'
  + '<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>'
  + '<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>'
  + '<a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst>'
  + '<a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>'
  + '<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>'
  + '<a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme>'
  + '</a:themeElements></a:theme>';

/**
 * A workbook package with no sheet yet, for workbooks this tool makes from nothing (the sample): the
 * writer adds the sheets, their styles and tables.
 */
export function emptyWorkbookPackage(codec: Codec = PORTABLE_CODEC): Uint8Array {
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const encoder = new TextEncoder();
  const part = (name: string, text: string): ZipOutput => ({ kind: 'content', name, data: encoder.encode(xml + text) });
  return writeZip([
    part('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/></Types>'),
    part('_rels/.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_TYPE}officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    part('xl/workbook.xml', `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets></sheets></workbook>`),
    part('xl/_rels/workbook.xml.rels', `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdTheme" Type="${REL_TYPE}theme" Target="theme/theme1.xml"/></Relationships>`),
    part('xl/theme/theme1.xml', OFFICE_THEME),
  ], { codec });
}

/** The tables of a sheet: their part names and names. */
function tablePartsOf(pkg: WorkbookPackage, sheet: PackageSheet): { part: string; name: string }[] {
  if (sheet.part === null) return [];
  const tables: { part: string; name: string }[] = [];
  for (const rel of pkg.relationships(sheet.part)) {
    if (rel.type !== 'table' || rel.external || !pkg.has(rel.target)) continue;
    pkg.scanXml(rel.target, {
      open: (tag) => {
        if (tag.name === 'table') tables.push({ part: rel.target, name: tag.attr('displayName') ?? tag.attr('name') ?? '' });
      },
      close: () => undefined,
    });
  }
  return tables;
}

/** Names checked before anything is built, as Excel checks them; the tables of the sheets kept are taken. */
function checkNames(write: readonly SheetDescription[], kept: readonly PackageSheet[], pkg: WorkbookPackage): void {
  const taken = new Set<string>();
  for (const sheet of kept) for (const t of tablePartsOf(pkg, sheet)) taken.add(t.name.toLowerCase());
  checkNewNames(write, taken);
}

const CT_WORKSHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

function relationshipsXml(rels: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = `${REL_NS}/`;

/** The new package: the input's parts, less what the removed sheets alone used, plus ours. */
async function splice(
  pkg: WorkbookPackage, sheets: readonly PackageSheet[], removed: readonly PackageSheet[], write: readonly SheetDescription[],
  titles: readonly TitleEdit[], codec: Codec, wroteOne: (done: number) => void,
): Promise<Uint8Array> {
  const workbookPart = pkg.workbookPart();
  const workbookDir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const workbookRels = pkg.relationships(workbookPart);
  const dropped = partsOnlyReachedFrom(pkg, removed, workbookPart);
  const removedIds = new Set(removed.map((s) => s.relId));
  // The calculation chain lists formula cells by sheet: Excel rebuilds it, silently, when it is absent.
  const calcChain = removed.length > 0 ? workbookRels.find((r) => r.type === 'calcChain') : undefined;
  if (calcChain) dropped.add(calcChain.target.toLowerCase());

  const taken = new Set(pkg.list.map((e) => e.name.toLowerCase()));
  // New parts never reuse a name the input had, even one dropped: nothing can point at the wrong part.
  const freeName = (dir: string, stem: string): string => {
    for (let k = 1; ; k++) {
      const name = `${dir}${stem}${k}.xml`;
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const relIds = new Set(workbookRels.map((r) => r.id));
  const freeRelId = (): string => {
    for (let k = 1; ; k++) {
      const id = `rIdSp${k}`;
      if (!relIds.has(id)) {
        relIds.add(id);
        return id;
      }
    }
  };
  let nextTableId = maxTableId(pkg) + 1;
  let nextSheetId = Math.max(0, ...sheets.map((s) => Number(s.sheetId) || 0)) + 1;

  // Styles: ours appended after the planner's, so our cells point past theirs from the start.
  const stylesRel = workbookRels.find((r) => r.type === 'styles' && !r.external && pkg.has(r.target));
  const theirStyles = stylesRel ? text(pkg, stylesRel.target) : null;
  const book = new StyleBook(theirStyles === null ? { xfs: 0, dxfs: 0 } : styleCounts(theirStyles));

  // Each new part is compressed as soon as it is made (in the background where the codec can, while
  // the next is made): only compressed bytes are held until the end.
  const encoder = new TextEncoder();
  const added: { part: string; packed: Promise<Packed>; contentType: string }[] = [];
  const add = (part: string, xml: string | readonly string[], contentType: string): void => {
    const packed = packLater(part, typeof xml === 'string' ? encoder.encode(xml) : utf8Of(xml, encoder), codec);
    // Awaited below, all together: a failure is not left unhandled meanwhile.
    packed.catch(() => undefined);
    added.push({ part, packed, contentType });
  };
  const newSheets: NewSheet[] = [];
  for (const [index, sheet] of write.entries()) {
    const part = freeName(`${workbookDir}worksheets/`, 'sheet');
    const sheetDir = part.slice(0, part.lastIndexOf('/') + 1);
    const rels: string[] = [];
    const tableIds: string[] = [];
    for (const [k, spec] of sheet.tables.entries()) {
      const tablePart = freeName(`${workbookDir}tables/`, 'table');
      add(tablePart, tableXml(sheet, spec, nextTableId++), CT_TABLE);
      tableIds.push(`rId${k + 1}`);
      rels.push(`<Relationship Id="rId${k + 1}" Type="${REL_TYPE}table" Target="${escapeXml(relativeTarget(sheetDir, tablePart))}"/>`);
    }
    // Charts: a drawing part holding each, placed over the cells the layout says.
    let drawingId: string | undefined;
    const charts = sheet.charts ?? [];
    if (charts.length > 0) {
      const drawingPart = freeName(`${workbookDir}drawings/`, 'drawing');
      const drawingDir = drawingPart.slice(0, drawingPart.lastIndexOf('/') + 1);
      const chartRels = charts.map((chart, k) => {
        const chartPart = freeName(`${workbookDir}charts/`, 'chart');
        add(chartPart, chartXml(sheet, chart), CT_CHART);
        return `<Relationship Id="rId${k + 1}" Type="${REL_TYPE}chart" Target="${escapeXml(relativeTarget(drawingDir, chartPart))}"/>`;
      });
      add(drawingPart, drawingXml(sheet, charts.map((_, k) => `rId${k + 1}`)), CT_DRAWING);
      add(`${drawingDir}_rels/${drawingPart.slice(drawingDir.length)}.rels`, relationshipsXml(chartRels), '');
      drawingId = `rId${sheet.tables.length + 1}`;
      rels.push(`<Relationship Id="${drawingId}" Type="${REL_TYPE}drawing" Target="${escapeXml(relativeTarget(sheetDir, drawingPart))}"/>`);
    }
    add(part, worksheetXml(sheet, book, { tables: tableIds, ...(drawingId ? { drawing: drawingId } : {}) }), CT_WORKSHEET);
    if (rels.length > 0) {
      add(`${sheetDir}_rels/${part.slice(sheetDir.length)}.rels`, relationshipsXml(rels), '');
    }
    newSheets.push({ name: sheet.name, state: sheet.visibility ?? 'visible', sheetId: nextSheetId++, relId: freeRelId(), part, description: sheet });
    wroteOne(index + 1);
  }

  // The workbook part: its sheet list in the new order.
  const newRels: string[] = newSheets.map((s) => `<Relationship Id="${s.relId}" Type="${REL_TYPE}worksheet" Target="${escapeXml(relativeTarget(workbookDir, s.part))}"/>`);
  // Title cells of sheets that stay, given their notice: their styles join ours before the styles part is made.
  const titled = titles.map((t) => [t.part.toLowerCase(), withTitleCell(text(pkg, t.part), t.text, book.xf(t.style, '@'))] as const);
  const stylesXml = theirStyles === null ? book.xml() : mergeStyles(theirStyles, book.xml()).xml;
  let stylesPart: string | null = null;
  if (!stylesRel) {
    stylesPart = `${workbookDir}styles.xml`;
    if (taken.has(stylesPart.toLowerCase())) stylesPart = freeName(workbookDir, 'styles');
    add(stylesPart, stylesXml, CT_STYLES);
    newRels.push(`<Relationship Id="${freeRelId()}" Type="${REL_TYPE}styles" Target="${escapeXml(relativeTarget(workbookDir, stylesPart))}"/>`);
  }
  const workbookXml = rewriteWorkbook(text(pkg, workbookPart), sheets, removed, newSheets);
  const relsPart = `${workbookDir}_rels/${workbookPart.slice(workbookDir.length)}.rels`;
  const dropRelIds = new Set([...removedIds, ...(calcChain ? [calcChain.id] : [])]);
  const relsXml = editRelationships(text(pkg, relsPart), dropRelIds, newRels);
  const contentTypes = editContentTypes(text(pkg, '[Content_Types].xml'), dropped, added.filter((a) => a.contentType !== ''));

  const replaced = new Map<string, string>([
    [workbookPart.toLowerCase(), workbookXml],
    [relsPart.toLowerCase(), relsXml],
    ['[content_types].xml', contentTypes],
    ...titled,
  ]);
  if (stylesRel) replaced.set(stylesRel.target.toLowerCase(), stylesXml);

  const outputs: ZipOutput[] = [];
  for (const entry of pkg.list) {
    const key = entry.name.toLowerCase();
    if (dropped.has(key)) continue;
    const edited = replaced.get(key);
    outputs.push(edited === undefined ? { kind: 'copy', name: entry.name, source: pkg.bytes, entry } : { kind: 'content', name: entry.name, data: encoder.encode(edited) });
  }
  for (const packed of await Promise.all(added.map((a) => a.packed))) outputs.push(packed);
  return writeZip(outputs, { now: new Date(), codec });
}

/**
 * The pieces' UTF-8, encoded one after the other into one buffer: a province's sheet joined first was a
 * flat text of up to 70 MB (two bytes a character), made only to be encoded, and took twice as long.
 */
function utf8Of(pieces: readonly string[], encoder: TextEncoder): Uint8Array {
  let buffer = new Uint8Array(1 << 16);
  let length = 0;
  for (const piece of pieces) {
    // A UTF-16 unit never takes more than 3 bytes in UTF-8.
    const most = piece.length * 3;
    if (buffer.length - length < most) {
      let size = buffer.length * 2;
      while (size - length < most) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(buffer.subarray(0, length));
      buffer = grown;
    }
    length += encoder.encodeInto(piece, buffer.subarray(length)).written;
  }
  return buffer.subarray(0, length);
}

/** A sheet's title cell (A1) to rewrite: its part, new text and style. */
interface TitleEdit {
  readonly part: string;
  readonly text: string;
  readonly style: CellStyle;
}

/** The sheet's XML with cell A1 holding `text` as an inline string of style `xf` (the cell is there: it held the title). */
function withTitleCell(xml: string, text: string, xf: number): string {
  return xml.replace(/<(\w+:)?c\b[^>]*?\sr="A1"[^>]*?(?:\/>|>[\s\S]*?<\/\1c>)/, (_whole, prefix: string | undefined) => {
    const p = prefix ?? '';
    return `<${p}c r="A1" s="${xf}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}is></${p}c>`;
  });
}

/** Parts reached through relationships from the removed sheets and from nowhere else. */
function partsOnlyReachedFrom(pkg: WorkbookPackage, removed: readonly PackageSheet[], workbookPart: string): Set<string> {
  const walk = (starts: readonly string[], skip: ReadonlySet<string>): Set<string> => {
    const seen = new Set<string>();
    const queue = [...starts];
    while (queue.length > 0) {
      const part = queue.pop()!;
      const key = part.toLowerCase();
      if (seen.has(key) || skip.has(key) || !pkg.has(part)) continue;
      seen.add(key);
      const slash = part.lastIndexOf('/');
      const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
      if (pkg.has(relsPart)) seen.add(relsPart.toLowerCase());
      for (const rel of pkg.relationships(part)) if (!rel.external) queue.push(rel.target);
    }
    return seen;
  };
  const removedParts = removed.map((s) => s.part).filter((p): p is string => p !== null);
  const fromRemoved = walk(removedParts, new Set());
  const removedKeys = new Set(removedParts.map((p) => p.toLowerCase()));
  const roots = [...pkg.relationships('').filter((r) => !r.external).map((r) => r.target), workbookPart];
  const fromRest = walk(roots, removedKeys);
  return new Set([...fromRemoved].filter((p) => !fromRest.has(p)));
}

function maxTableId(pkg: WorkbookPackage): number {
  let max = 0;
  for (const entry of pkg.list) {
    if (!/(^|\/)tables\/[^/]+\.xml$/i.test(entry.name)) continue;
    pkg.scanXml(entry.name, {
      open: (tag) => {
        if (tag.name === 'table') max = Math.max(max, Number(tag.attr('id')) || 0);
      },
      close: () => undefined,
    });
  }
  return max;
}

/** The workbook part with the removed sheets' entries out and ours in; names and views renumbered. */
/** A sheet of ours, as the workbook part and its relationships list it. */
interface NewSheet {
  readonly name: string;
  readonly state: PackageSheet['state'];
  readonly sheetId: number;
  readonly relId: string;
  readonly part: string;
  readonly description: SheetDescription;
}

function rewriteWorkbook(xml: string, sheets: readonly PackageSheet[], removed: readonly PackageSheet[], ours: readonly NewSheet[]): string {
  const prefix = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS.replace(/[.\\/]/g, '\\$&')}"`).exec(xml)?.[1] ?? null;
  const removedNames = new Set(removed.map((s) => s.name.toLowerCase()));
  const element = (s: (typeof ours)[number]): string => {
    const state = s.state === 'visible' ? '' : ` state="${s.state}"`;
    const rel = relPrefix === null ? `xmlns:r="${REL_NS}" r:id` : `${relPrefix}:id`;
    return `<${prefix}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${state} ${rel}="${s.relId}"/>`;
  };

  // Original entries, as written, by position.
  const sheetsOpen = new RegExp(`<${prefix}sheets\\b[^>]*>`).exec(xml);
  const sheetsClose = xml.indexOf(`</${prefix}sheets>`);
  if (sheetsOpen === null || sheetsClose < 0) throw new Error('The workbook part has no sheet list');
  const inner = xml.slice(sheetsOpen.index + sheetsOpen[0].length, sheetsClose);
  const entries = inner.match(new RegExp(`<${prefix}sheet\\b[^>]*?(?:/>|>[\\s\\S]*?</${prefix}sheet>)`, 'g')) ?? [];

  const order: { xml: string; oldIndex: number | null; visible: boolean; ours?: NewSheet }[] = [];
  const oldToNew = new Map<number, number>();
  const placed = new Set<string>();
  sheets.forEach((s, i) => {
    if (!removedNames.has(s.name.toLowerCase())) {
      oldToNew.set(i, order.length);
      order.push({ xml: entries[i] ?? '', oldIndex: i, visible: s.state === 'visible' });
      return;
    }
    const replacement = ours.find((o) => o.name.toLowerCase() === s.name.toLowerCase());
    if (replacement) {
      placed.add(replacement.name.toLowerCase());
      oldToNew.set(i, order.length);
      order.push({ xml: element(replacement), oldIndex: null, visible: replacement.state === 'visible', ours: replacement });
    }
  });
  for (const o of ours) if (!placed.has(o.name.toLowerCase())) order.push({ xml: element(o), oldIndex: null, visible: o.state === 'visible', ours: o });

  let out = xml.slice(0, sheetsOpen.index + sheetsOpen[0].length) + order.map((o) => o.xml).join('') + xml.slice(sheetsClose);

  // Names scoped to a sheet follow it; those of sheets removed go with them.
  out = out.replace(new RegExp(`<${prefix}definedName\\b([^>]*)>([\\s\\S]*?)</${prefix}definedName>`, 'g'), (whole, attrs: string) => {
    const m = /\slocalSheetId="(\d+)"/.exec(attrs);
    if (m === null) return whole;
    const next = oldToNew.get(Number(m[1]));
    if (next === undefined || order[next].oldIndex === null) return '';
    return whole.replace(/(\slocalSheetId=")\d+(")/, `$1${next}$2`);
  });
  // Our sheets' print titles and areas, by their places among the tabs.
  const tagged = (fragment: string): string => (prefix === '' ? fragment : fragment.replace(/<(\/?)definedName\b/g, `<$1${prefix}definedName`));
  const printing = order.flatMap((o, i) => (o.ours ? printNames(o.ours.description, i) : [])).map(tagged).join('');
  const namesClose = out.indexOf(`</${prefix}definedNames>`);
  if (namesClose >= 0) out = out.slice(0, namesClose) + printing + out.slice(namesClose);
  else if (printing !== '') {
    // A new list goes after the sheets and what the schema puts between (function groups, external references).
    const after = [`</${prefix}externalReferences>`, `</${prefix}functionGroups>`, `</${prefix}sheets>`].map((tag) => ({ tag, at: out.indexOf(tag) })).find((x) => x.at >= 0)!;
    const at = after.at + after.tag.length;
    out = `${out.slice(0, at)}<${prefix}definedNames>${printing}</${prefix}definedNames>${out.slice(at)}`;
  }
  out = out.replace(new RegExp(`<${prefix}definedNames\\b[^>]*>\\s*</${prefix}definedNames>`), '');

  // The active and first tabs stay on the same sheets, and on a visible one.
  const firstVisible = Math.max(0, order.findIndex((o) => o.visible));
  out = out.replace(new RegExp(`<${prefix}workbookView\\b[^>]*>`, 'g'), (tag) => {
    let t = tag;
    for (const attr of ['activeTab', 'firstSheet']) {
      const m = new RegExp(`\\s${attr}="(\\d+)"`).exec(t);
      if (m === null) continue;
      let next = oldToNew.get(Number(m[1])) ?? firstVisible;
      if (!order[next]?.visible) next = firstVisible;
      t = t.replace(new RegExp(`(\\s${attr}=")\\d+(")`), `$1${next}$2`);
    }
    return t;
  });
  return out;
}

function editRelationships(xml: string, drop: ReadonlySet<string>, add: readonly string[]): string {
  const kept = xml.replace(/<Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/Relationship>)/g, (rel) => {
    const id = /\sId="([^"]*)"/.exec(rel)?.[1];
    return id !== undefined && drop.has(id) ? '' : rel;
  });
  return kept.replace('</Relationships>', () => `${add.join('')}</Relationships>`);
}

function editContentTypes(xml: string, dropped: ReadonlySet<string>, added: readonly { part: string; contentType: string }[]): string {
  const kept = xml.replace(/<Override\b[^>]*?\/>/g, (o) => {
    const name = /\sPartName="\/?([^"]*)"/.exec(o)?.[1];
    return name !== undefined && dropped.has(decodeURIComponent(name).toLowerCase()) ? '' : o;
  });
  const overrides = added.map((a) => `<Override PartName="/${escapeXml(a.part)}" ContentType="${a.contentType}"/>`).join('');
  const rels = /<Default\b[^>]*\sExtension="rels"/i.test(kept) ? '' : `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`;
  return kept.replace('</Types>', () => `${rels}${overrides}</Types>`);
}

/** Target of a relationship from a part in `fromDir` to `part` (both from the package root). */
function relativeTarget(fromDir: string, part: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array(from.length - common).fill('..'), ...to.slice(common)].join('/');
}

/** How many cell styles and conditional-format styles the planner's styles part holds: where ours start. */
export function styleCounts(theirs: string): { xfs: number; dxfs: number } {
  const prefix = /<(\w+:)?styleSheet\b/.exec(theirs)?.[1] ?? '';
  return { xfs: countChildren(section(theirs, prefix, 'cellXfs').inner, prefix, 'xf'), dxfs: countChildren(section(theirs, prefix, 'dxfs').inner, prefix, 'dxf') };
}

/** The planner's styles with ours appended; the offsets at which our cell styles and formats start. */
export function mergeStyles(theirs: string, ours: string): { xml: string; xfOffset: number; dxfOffset: number } {
  const prefix = /<(\w+:)?styleSheet\b/.exec(theirs)?.[1] ?? '';
  const tagged = (fragment: string): string => (prefix === '' ? fragment : fragment.replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, `<$1${prefix}$2`));

  // Number formats: ours reuse a planner's format of the same code, else take a free id.
  const theirFormats = [...section(theirs, prefix, 'numFmts').inner.matchAll(/<(?:\w+:)?numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"/g)];
  const byCode = new Map(theirFormats.map((m) => [m[2], Number(m[1])]));
  let nextFormat = Math.max(163, ...theirFormats.map((m) => Number(m[1]))) + 1;
  const formatMap = new Map<number, number>();
  const newFormats: string[] = [];
  for (const m of section(ours, '', 'numFmts').inner.matchAll(/<numFmt\b[^>]*?numFmtId="(\d+)"[^>]*?formatCode="([^"]*)"[^>]*\/>/g)) {
    const existing = byCode.get(m[2]);
    if (existing !== undefined) formatMap.set(Number(m[1]), existing);
    else {
      formatMap.set(Number(m[1]), nextFormat);
      newFormats.push(`<numFmt numFmtId="${nextFormat}" formatCode="${m[2]}"/>`);
      nextFormat++;
    }
  }

  let xml = theirs;
  const offsets: Record<string, number> = {};
  const appendTo = (name: string, child: string, fragments: readonly string[]): void => {
    const current = section(xml, prefix, name);
    offsets[name] = countChildren(current.inner, prefix, child);
    if (fragments.length === 0) return;
    xml = insertInto(xml, prefix, name, tagged(fragments.join('')), offsets[name] + fragments.length);
  };
  appendTo('numFmts', 'numFmt', newFormats);
  appendTo('fonts', 'font', items(section(ours, '', 'fonts').inner, 'font', true));
  appendTo('fills', 'fill', items(section(ours, '', 'fills').inner, 'fill', true));
  appendTo('borders', 'border', items(section(ours, '', 'borders').inner, 'border', true));
  const xfs = items(section(ours, '', 'cellXfs').inner, 'xf', true).map((xf) =>
    xf
      .replace(/\snumFmtId="(\d+)"/, (_, k: string) => ` numFmtId="${formatMap.get(Number(k)) ?? k}"`)
      .replace(/\sfontId="(\d+)"/, (_, k: string) => ` fontId="${Number(k) + offsets.fonts}"`)
      .replace(/\sfillId="(\d+)"/, (_, k: string) => ` fillId="${Number(k) + offsets.fills}"`)
      .replace(/\sborderId="(\d+)"/, (_, k: string) => ` borderId="${Number(k) + offsets.borders}"`)
      .replace(/\sxfId="\d+"/, ' xfId="0"'));
  appendTo('cellXfs', 'xf', xfs);
  appendTo('dxfs', 'dxf', items(section(ours, '', 'dxfs').inner, 'dxf', true));
  return { xml, xfOffset: offsets.cellXfs, dxfOffset: offsets.dxfs };
}

/** The children of styleSheet, in the order the schema requires. */
const STYLE_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

interface Section {
  readonly start: number;
  readonly end: number;
  readonly inner: string;
  readonly found: boolean;
}

function section(xml: string, prefix: string, name: string): Section {
  const open = new RegExp(`<${prefix}${name}\\b[^>]*?(/?)>`).exec(xml);
  if (open === null) return { start: -1, end: -1, inner: '', found: false };
  if (open[1] === '/') return { start: open.index, end: open.index + open[0].length, inner: '', found: true };
  const close = xml.indexOf(`</${prefix}${name}>`, open.index);
  if (close < 0) return { start: -1, end: -1, inner: '', found: false };
  return { start: open.index, end: close + `</${prefix}${name}>`.length, inner: xml.slice(open.index + open[0].length, close), found: true };
}

function countChildren(inner: string, prefix: string, child: string): number {
  return (inner.match(new RegExp(`<${prefix}${child}(?=[\\s/>])`, 'g')) ?? []).length;
}

/** Appends `fragment` to the section's children (creating the section in its place if absent) and sets its count. */
function insertInto(xml: string, prefix: string, name: string, fragment: string, count: number): string {
  const s = section(xml, prefix, name);
  if (s.found) {
    const openTag = /^<[^>]*?>/.exec(xml.slice(s.start))![0];
    const selfClosing = openTag.endsWith('/>');
    const bareOpen = (selfClosing ? openTag.slice(0, -2) + '>' : openTag);
    const counted = /\scount="\d+"/.test(bareOpen) ? bareOpen.replace(/\scount="\d+"/, ` count="${count}"`) : bareOpen.replace(/>$/, ` count="${count}">`);
    return xml.slice(0, s.start) + counted + s.inner + fragment + `</${prefix}${name}>` + xml.slice(s.end);
  }
  const element = `<${prefix}${name} count="${count}">${fragment}</${prefix}${name}>`;
  for (const later of STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1)) {
    const next = section(xml, prefix, later);
    if (next.found) return xml.slice(0, next.start) + element + xml.slice(next.start);
  }
  const close = xml.lastIndexOf(`</${prefix}styleSheet>`);
  return xml.slice(0, close) + element + xml.slice(close);
}

/** The elements of a name directly in `inner` (whole, or their inner XML). */
function items(inner: string, name: string, whole = false): string[] {
  const found: string[] = [];
  const re = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`, 'g');
  for (const m of inner.matchAll(re)) found.push(whole ? m[0] : (m[1] ?? ''));
  return found;
}

function text(pkg: WorkbookPackage, part: string): string {
  return new TextDecoder().decode(pkg.bytesOf(part));
}
