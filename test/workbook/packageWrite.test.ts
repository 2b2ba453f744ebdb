import ExcelJS from 'exceljs';
import { comparisonSheet } from '../../src/sheets/comparison';
import type { SheetDescription } from '../../src/sheets/layout';
import { COMPARISON_TABLE_NAME, comparisonSheetName } from '../../src/sheets/names';
import { scenarioSheets } from '../../src/sheets/scenarioSheets';
import { PackageWorkbookReader } from '../../src/workbook/packageRead';
import { PackageWorkbookWriter } from '../../src/workbook/packageWrite';
import { XlsxWorkbookWriter } from '../../src/workbook/xlsxWrite';
import { CUT_JSON, partsOf, partText, workbookBytes } from '../hostile/fixtures';
import { withPrint } from '../../src/sheets/print';
import { BASELINE, CUT, MERGE } from '../sheets/fixtures';

/**
 * The package writer draws the tool's sheets as SpreadsheetML itself. Its oracle is the ExcelJS
 * writer: the same descriptions written both ways read back, through ExcelJS, to the same values,
 * number formats, fonts, fills, borders, wrapping, row heights, widths, frozen panes, tab colours,
 * tables and conditional formats.
 */

const sheets: SheetDescription[] = [
  ...scenarioSheets(MERGE, BASELINE, {
    lang: 'vi', runDate: '2026-05-17', inputDescription: 'Đơn vị!A1:I250', fingerprint: 'ab12',
    scenarioText: ['Hợp nhất Phòng Nội vụ vào Ban Tổ chức', '=HYPERLINK("http://x")', ' leading and trailing spaces ', 'line\nbreak', 'markup & <tag>'],
    operations: [{ type: 'merge' }],
  }),
  comparisonSheet(BASELINE, [MERGE, CUT], { lang: 'vi', sheetName: comparisonSheetName('vi'), tableName: COMPARISON_TABLE_NAME }),
];

type Json = Record<string, unknown>;
const font = (f: Partial<ExcelJS.Font> | undefined) => ({ b: !!f?.bold, i: !!f?.italic, s: f?.size ?? 11, c: (f?.color as Json | undefined)?.argb ?? null });
const fill = (f: ExcelJS.Fill | undefined) => (f?.type === 'pattern' && f.pattern === 'solid' ? ((f.fgColor as Json | undefined)?.argb ?? null) : null);
const border = (b: Partial<ExcelJS.Borders> | undefined) => ({ t: b?.top?.style ?? null, b: b?.bottom?.style ?? null });

/** What a planner sees of a sheet, as ExcelJS reads it back. */
function seen(ws: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    cells.push(['height', r, row.height ?? null]);
    row.eachCell({ includeEmpty: true }, (c) => {
      const value = c.value !== null && typeof c.value === 'object' && 'formula' in c.value ? { f: c.value.formula, r: c.value.result } : c.value;
      cells.push([c.address, value, c.numFmt ?? null, font(c.font), fill(c.fill), border(c.border), !!c.alignment?.wrapText]);
    });
  });
  const tables = (ws.getTables() as unknown as { table: { name: string; tableRef: string; totalsRow: boolean; columns: { name: string; totalsRowFunction?: string }[] } }[])
    .map(({ table: t }) => [t.name, t.tableRef, t.totalsRow, t.columns.map((c) => [c.name, c.totalsRowFunction === 'sum' ? 'sum' : null])]);
  const formats = (ws as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] }).conditionalFormattings;
  const cf = formats.map((x) => [x.ref, x.rules.map((r) => {
    const rule = r as unknown as { type: string; operator?: string; formulae?: string[]; style?: { font?: { color?: Json }; fill?: { fgColor?: Json; bgColor?: Json } }; color?: Json };
    return [rule.type, rule.operator ?? null, rule.formulae ?? null, rule.style?.font?.color?.argb ?? null, rule.style?.fill?.fgColor?.argb ?? rule.style?.fill?.bgColor?.argb ?? null, rule.color?.argb ?? null];
  })]);
  // Only frozen panes matter: a plain view and no view at all look the same.
  const views = (ws.views ?? []).filter((v) => v.state === 'frozen').map((v) => [v.state, (v as Json).xSplit ?? 0, (v as Json).ySplit ?? 0, (v as Json).topLeftCell ?? null]);
  return { cells, tables, cf, views, widths: ws.columns?.map((c) => c.width) ?? [], tab: ws.properties.tabColor?.argb ?? null };
}

describe('the package writer draws the sheets as the ExcelJS writer does', () => {
  let viaPackage: ExcelJS.Workbook;
  let viaExcelJs: ExcelJS.Workbook;
  let written: Uint8Array;

  beforeAll(async () => {
    const input = await workbookBytes();
    const writer = new PackageWorkbookWriter(PackageWorkbookReader.open(input));
    await writer.apply({ remove: [], write: sheets, store: CUT_JSON });
    written = writer.bytes;
    viaPackage = new ExcelJS.Workbook();
    await viaPackage.xlsx.load(written.slice().buffer as ArrayBuffer);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbookBytes()).slice().buffer as ArrayBuffer);
    await new XlsxWorkbookWriter(wb).apply({ remove: [], write: sheets, store: CUT_JSON });
    viaExcelJs = new ExcelJS.Workbook();
    await viaExcelJs.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  });

  it.each(sheets.map((s) => [s.name]))('%s', (name) => {
    expect(seen(viaPackage.getWorksheet(name)!)).toEqual(seen(viaExcelJs.getWorksheet(name)!));
  });

  it('keeps the sheets in the same order and visibility', () => {
    expect(viaPackage.worksheets.map((w) => [w.name, w.state])).toEqual(viaExcelJs.worksheets.map((w) => [w.name, w.state]));
  });

  it('reads back, through the package reader, the very texts written: spaces, line breaks, markup', async () => {
    const back = PackageWorkbookReader.open(written);
    const texts = (await back.readRange(sheets[0].name, 1, 1, 12, 3)).flat();
    for (const t of ['=HYPERLINK("http://x")', ' leading and trailing spaces ', 'line\nbreak', 'markup & <tag>']) {
      expect(texts.some((v) => typeof v === 'string' && v.includes(t))).toBe(true);
    }
  });

  it('keeps a literal _x0041_ literal (the ExcelJS writer let it become "A")', async () => {
    const writer = new PackageWorkbookWriter(PackageWorkbookReader.open(await workbookBytes()));
    await writer.apply({ remove: [], write: [{ name: 'Ghi chú', blocks: [{ row: 1, col: 1, values: [['mã _x0041_ và _X0041_ và _x00e9_']] }], tables: [], columnWidths: [] }], store: null });
    expect(await PackageWorkbookReader.open(writer.bytes).readRange('Ghi chú', 1, 1, 1, 1)).toEqual([['mã _x0041_ và _X0041_ và _x00e9_']]);
  });

  it('writes text as inline strings, leaving the planner\'s shared strings byte for byte', async () => {
    expect(partText(written, 'xl/sharedStrings.xml')).toBe(partText(await workbookBytes(), 'xl/sharedStrings.xml'));
  });
});

describe('print setup and the comparison chart, in the package', () => {
  const printed = sheets.map((s) => withPrint(s, { lang: 'vi', runDate: '2026-05-17' }));

  async function written(times = 1): Promise<Uint8Array> {
    const writer = new PackageWorkbookWriter(PackageWorkbookReader.open(await workbookBytes()));
    for (let i = 0; i < times; i++) await writer.apply({ remove: [], write: printed, store: CUT_JSON });
    return writer.bytes;
  }

  it('prints each sheet A4 landscape, one page wide, with its header and footer', async () => {
    const bytes = await written();
    const workbook = partText(bytes, 'xl/workbook.xml');
    const names = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
    for (const sheet of printed) {
      const index = names.indexOf(sheet.name);
      const rel = new RegExp(`<sheet name="${sheet.name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
      const target = new RegExp(`Id="${rel}"[^>]*Target="([^"]+)"`).exec(partText(bytes, 'xl/_rels/workbook.xml.rels'))![1];
      const xml = partText(bytes, `xl/${target}`);
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
      expect(xml).toMatch(/<oddFooter>&amp;LTính ngày 17\/05\/2026[^<]*&amp;RTrang &amp;P\/&amp;N<\/oddFooter>/);
      expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="${index}">'${sheet.name}'!$A$1:`);
      const rows = sheet.print!.titleRows;
      if (rows) expect(workbook).toContain(`'${sheet.name}'!$${rows.first}:$${rows.last}</definedName>`);
      else expect(workbook).not.toMatch(new RegExp(`'${sheet.name}'!\\$\\d+:\\$\\d+`));
    }
  });

  it('replaces its print names with its sheets when run again, and keeps them on the right sheets', async () => {
    const bytes = await written(2);
    const workbook = partText(bytes, 'xl/workbook.xml');
    expect((workbook.match(/_xlnm\.Print_Area/g) ?? []).length).toBe(printed.length);
    const names = [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
    for (const m of workbook.matchAll(/<definedName name="_xlnm\.Print_Area" localSheetId="(\d+)">'([^']+)'/g)) expect(names[Number(m[1])]).toBe(m[2]);
  });

  it('draws the comparison chart as DrawingML over its cells, its series read from the sheet with their values cached', async () => {
    const bytes = await written();
    const parts = [...partsOf(bytes).keys()];
    const chartPart = parts.find((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))!;
    const chart = partText(bytes, chartPart);
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(3);
    expect(chart).toMatch(/<c:val><c:numRef><c:f>'So sánh'!\$B\$\d+:\$B\$\d+<\/c:f><c:numCache>/);
    const drawing = partText(bytes, parts.find((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))!);
    expect(drawing).toContain('<xdr:twoCellAnchor');
    expect(partText(bytes, '[Content_Types].xml')).toContain('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  });
});

describe('a province-sized sheet', () => {
  it('writes 300,000 rows, each read back where it was put (no spread of the rows overflows the stack)', async () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`CB${i + 1}`, i % 97, 'Chuyên viên']);
    const sheet: SheetDescription = {
      name: 'Cán bộ lớn',
      blocks: [{ row: 1, col: 1, values: [['Mã', 'Số', 'Chức vụ']], style: 'header' }, { row: 2, col: 1, values: rows }],
      tables: [{ name: 'SP_Big', row: 1, col: 1, rows: 300_001, columns: 3 }],
      columnWidths: [10, 6, 14],
    };
    const writer = new PackageWorkbookWriter(PackageWorkbookReader.open(await workbookBytes()));
    await writer.apply({ remove: [], write: [withPrint(sheet, { lang: 'vi', runDate: '2026-11-29' })], store: null });
    const back = PackageWorkbookReader.open(writer.bytes);
    expect(await back.readRange('Cán bộ lớn', 300_001, 1, 1, 3)).toEqual([['CB300000', 299_999 % 97, 'Chuyên viên']]);
    expect(partText(writer.bytes, 'xl/workbook.xml')).toContain("'Cán bộ lớn'!$A$1:$C$300001");
  }, 60_000);
});
