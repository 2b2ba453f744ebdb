import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { CURRENT_VERSION, SCENARIO_FORMAT, serializeScenarioDocument, type ScenarioDocument } from '../../src/format/scenarioDocument';
import { storeSheet } from '../../src/sheets/store';
import { inflateWhole, readZipDirectory, writeZip, type ZipOutput } from '../../src/workbook/zip';
import { XlsxWorkbookWriter } from '../../src/workbook/xlsxWrite';
import { PEOPLE_HEADER, UNIT_HEADER, peopleRows, unitRows } from '../tables/corpus/cases';

/**
 * Building blocks of the hostile corpus: a small planner's workbook (five units, seven people, one
 * scenario in its store), and ways to take its package apart and put it back with a part changed.
 */

export type Row = ExcelJS.CellValue[];

/** One scenario that runs on the small workbook: a quota cut at the commune's people's committee. */
export const CUT: ScenarioDocument = {
  format: SCENARIO_FORMAT,
  version: CURRENT_VERSION,
  scenarios: [{
    code: 'Q1',
    name: 'Cắt 1 biên chế UBND xã',
    settings: { startMonth: '2026-01' },
    operations: [{ type: 'quotaChange', month: '2026-06', units: { ids: ['X02'] }, change: { mode: 'cut', value: 1 } }],
  }],
};

export const CUT_JSON = serializeScenarioDocument(CUT);

export interface WorkbookChange {
  readonly units?: (rows: Row[]) => Row[];
  readonly people?: (rows: Row[]) => Row[];
  /** The store's JSON text; null for none. Default: CUT. */
  readonly store?: string | null;
  /** Anything else the case adds with ExcelJS. */
  readonly more?: (wb: ExcelJS.Workbook) => void;
}

function put(ws: ExcelJS.Worksheet, rows: readonly Row[]): void {
  rows.forEach((values, r) => values.forEach((value, c) => {
    if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
  }));
}

/** The small workbook as ExcelJS writes it, changed by the case. */
export async function workbookBytes(change: WorkbookChange = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Đơn vị'), (change.units ?? ((r) => r))([UNIT_HEADER, ...unitRows()]));
  put(wb.addWorksheet('Cán bộ'), (change.people ?? ((r) => r))([PEOPLE_HEADER, ...peopleRows()]));
  change.more?.(wb);
  const store = change.store === undefined ? CUT_JSON : change.store;
  if (store !== null) await new XlsxWorkbookWriter(wb).writeSheet(storeSheet(store));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every part of a package, inflated, in the order of its directory. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of readZipDirectory(bytes, 100_000)) parts.set(entry.name, inflateWhole(bytes, entry, 2 ** 31));
  return parts;
}

export function partText(bytes: Uint8Array, part: string): string {
  const data = partsOf(bytes).get(part);
  if (data === undefined) throw new Error(`no part ${part}`);
  return new TextDecoder().decode(data);
}

/** A package from parts (text or bytes), deflated. */
export function zipOf(parts: ReadonlyMap<string, Uint8Array | string> | readonly (readonly [string, Uint8Array | string])[]): Uint8Array {
  const encoder = new TextEncoder();
  const outputs: ZipOutput[] = [...parts].map(([name, data]) => ({ kind: 'content', name, data: typeof data === 'string' ? encoder.encode(data) : data }));
  return writeZip(outputs);
}

/** The package with parts replaced (a function of the old text), added, or removed (null). */
export function editParts(bytes: Uint8Array, edits: Readonly<Record<string, string | Uint8Array | null | ((old: string) => string)>>): Uint8Array {
  const parts = partsOf(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) parts.delete(name);
    else if (typeof edit === 'function') {
      const old = parts.get(name);
      if (old === undefined) throw new Error(`no part ${name}`);
      parts.set(name, new TextEncoder().encode(edit(new TextDecoder().decode(old))));
    } else parts.set(name, typeof edit === 'string' ? new TextEncoder().encode(edit) : edit);
  }
  return zipOf(parts);
}

export function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Bytes of an OLE2 compound file (the container of .xls and of password-protected workbooks) naming a stream. */
export function ole2(stream: string): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) out[1024 + i * 2] = stream.charCodeAt(i);
  return out;
}

/** A minimal package whose main part is `target` (for .xlsb, .docx, .pptx look-alikes). */
export function officeZip(target: string, more: Readonly<Record<string, string>> = {}): Uint8Array {
  return zipOf([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`],
    [target, 'x'],
    ...Object.entries(more),
  ]);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.';
const rel = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${REL_NS}/${type}" Target="${target}"/>`;
const rels = (...items: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;

/** The planner's own chart on the people sheet: a drawing anchored at K2, a bar chart of the quotas. */
export const PLANNER_CHART_PARTS = {
  'xl/drawings/drawing1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>17</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ biên chế"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL_NS}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
  'xl/drawings/_rels/drawing1.xml.rels': rels(rel('rId1', 'chart', '../charts/chart1.xml')),
  'xl/charts/chart1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Biên chế của tôi</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'Đơn vị'!$A$2:$A$6</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'Đơn vị'!$G$2:$G$6</c:f></c:numRef></c:val></c:ser><c:axId val="111"/><c:axId val="222"/></c:barChart><c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="222"/></c:catAx><c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="111"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
} as const;

/** A pivot table of the quotas by level on a sheet of its own, with its cache and records, built by hand. */
export const PLANNER_PIVOT_PARTS = {
  'xl/worksheets/sheet4.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheetData><row r="3"><c r="A3" t="inlineStr"><is><t>Cấp</t></is></c><c r="B3" t="inlineStr"><is><t>Tổng biên chế</t></is></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>Huyện</t></is></c><c r="B4"><v>14</v></c></row><row r="5"><c r="A5" t="inlineStr"><is><t>Tỉnh</t></is></c><c r="B5"><v>25</v></c></row><row r="6"><c r="A6" t="inlineStr"><is><t>Xã</t></is></c><c r="B6"><v>25</v></c></row><row r="7"><c r="A7" t="inlineStr"><is><t>Tổng cộng</t></is></c><c r="B7"><v>64</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  'xl/worksheets/_rels/sheet4.xml.rels': rels(rel('rId1', 'pivotTable', '../pivotTables/pivotTable1.xml')),
  'xl/pivotTables/pivotTable1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotTableDefinition xmlns="${MAIN_NS}" name="Biên chế theo cấp" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Giá trị" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="5"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField showAll="0"/><pivotField showAll="0"/><pivotField showAll="0"/><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Tổng biên chế" fld="4" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`,
  'xl/pivotTables/_rels/pivotTable1.xml.rels': rels(rel('rId1', 'pivotCacheDefinition', '../pivotCache/pivotCacheDefinition1.xml')),
  'xl/pivotCache/pivotCacheDefinition1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheDefinition xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" r:id="rId1" refreshOnLoad="0" recordCount="5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3"><cacheSource type="worksheet"><worksheetSource ref="C1:G6" sheet="Đơn vị"/></cacheSource><cacheFields count="5"><cacheField name="Cấp" numFmtId="0"><sharedItems count="3"><s v="Huyện"/><s v="Tỉnh"/><s v="Xã"/></sharedItems></cacheField><cacheField name="Loại đơn vị" numFmtId="0"><sharedItems/></cacheField><cacheField name="Địa bàn" numFmtId="0"><sharedItems/></cacheField><cacheField name="Trực thuộc" numFmtId="0"><sharedItems containsBlank="1"/></cacheField><cacheField name="Biên chế" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="5" maxValue="25"/></cacheField></cacheFields></pivotCacheDefinition>`,
  'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels': rels(rel('rId1', 'pivotCacheRecords', 'pivotCacheRecords1.xml')),
  'xl/pivotCache/pivotCacheRecords1.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><pivotCacheRecords xmlns="${MAIN_NS}" count="5"><r><x v="1"/><s v="Ban Tổ chức"/><s v="Hà Tĩnh"/><m/><n v="25"/></r><r><x v="0"/><s v="Ban Tổ chức"/><s v="Đức Thọ"/><s v="T01"/><n v="8"/></r><r><x v="0"/><s v="Phòng Nội vụ"/><s v="Đức Thọ"/><m/><n v="6"/></r><r><x v="2"/><s v="Đảng ủy xã"/><s v="Tùng Ảnh"/><s v="H01"/><n v="5"/></r><r><x v="2"/><s v="UBND xã"/><s v="Tùng Ảnh"/><m/><n v="20"/></r></pivotCacheRecords>`,
} as const;

/**
 * The small workbook as a planner who uses Excel fully would keep it: a chart on the people sheet, a
 * pivot table on a sheet of its own, the people sheet protected, custom document properties and a
 * macro project's part.
 */
export async function richWorkbookBytes(): Promise<Uint8Array> {
  const override = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return editParts(await workbookBytes(), {
    ...PLANNER_CHART_PARTS,
    ...PLANNER_PIVOT_PARTS,
    'xl/worksheets/_rels/sheet2.xml.rels': rels(rel('rId1', 'drawing', '../drawings/drawing1.xml')),
    'xl/worksheets/sheet2.xml': (x) => x.replace('</sheetData>', '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>').replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>'),
    'xl/workbook.xml': (x) => x
      .replace('</sheets>', '<sheet sheetId="4" name="Tổng hợp của tôi" r:id="rId90"/></sheets>')
      .replace(/<calcPr[^>]*\/>/, (calc) => `${calc}<pivotCaches><pivotCache cacheId="7" r:id="rId91"/></pivotCaches>`),
    'xl/_rels/workbook.xml.rels': (x) => x.replace('</Relationships>', `${rel('rId90', 'worksheet', 'worksheets/sheet4.xml')}${rel('rId91', 'pivotCacheDefinition', 'pivotCache/pivotCacheDefinition1.xml')}</Relationships>`),
    '[Content_Types].xml': (x) => x.replace('</Types>', [
      override('xl/worksheets/sheet4.xml', `${CT}spreadsheetml.worksheet+xml`),
      override('xl/drawings/drawing1.xml', `${CT}drawing+xml`),
      override('xl/charts/chart1.xml', `${CT}drawingml.chart+xml`),
      override('xl/pivotTables/pivotTable1.xml', `${CT}spreadsheetml.pivotTable+xml`),
      override('xl/pivotCache/pivotCacheDefinition1.xml', `${CT}spreadsheetml.pivotCacheDefinition+xml`),
      override('xl/pivotCache/pivotCacheRecords1.xml', `${CT}spreadsheetml.pivotCacheRecords+xml`),
      override('docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml'),
      '</Types>',
    ].join('')),
    '_rels/.rels': (x) => x.replace('</Relationships>', `${rel('rId90', 'custom-properties', 'docProps/custom.xml')}</Relationships>`),
    'docProps/custom.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Người lập"><vt:lpwstr>Ban Tổ chức Tỉnh ủy</vt:lpwstr></property></Properties>',
    'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]),
  });
}

/** The parts of `richWorkbookBytes` that are the planner's own and must come out byte for byte. */
export const RICH_PLANNER_PARTS = [
  ...Object.keys(PLANNER_CHART_PARTS), ...Object.keys(PLANNER_PIVOT_PARTS),
  'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet2.xml.rels',
  'docProps/custom.xml', 'xl/vbaProject.bin', 'xl/sharedStrings.xml', 'xl/theme/theme1.xml', 'docProps/core.xml',
];
