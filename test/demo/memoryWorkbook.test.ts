import { readInput } from '../../src/app/planner';
import { MemoryWorkbook } from '../../src/demo/memoryWorkbook';
import { comparisonSheet } from '../../src/sheets/comparison';
import { WorkbookFileError } from '../../src/workbook/fileFaults';
import { PackageWorkbookReader } from '../../src/workbook/packageRead';
import { PackageWorkbookWriter } from '../../src/workbook/packageWrite';
import { storeText, type SheetChanges } from '../../src/workbook/workbook';
import { CUT_JSON, partsOf, richWorkbookBytes, RICH_PLANNER_PARTS, sha, workbookBytes, zipOf } from '../hostile/fixtures';
import { BASELINE, MERGE } from '../sheets/fixtures';

async function replay(bytes: Uint8Array, changes: readonly SheetChanges[]): Promise<Uint8Array> {
  let file = bytes;
  for (const c of changes) {
    const writer = new PackageWorkbookWriter(PackageWorkbookReader.open(file));
    await writer.apply(c);
    file = writer.bytes;
  }
  return file;
}

describe("the demo's workbook", () => {
  it('downloads the file opened with the changes written by the package writer: the planner\'s parts byte for byte', async () => {
    const opened = await richWorkbookBytes();
    const workbook = await MemoryWorkbook.fromBuffer(opened);
    // Before any change, the download is the file opened, as it was.
    expect(await workbook.toBuffer()).toBe(opened);
    const sheet = comparisonSheet(BASELINE, [MERGE], { lang: 'vi', sheetName: 'So sánh', tableName: 'SP_Comparison' });
    await workbook.apply({ remove: [], write: [sheet], store: CUT_JSON });
    await workbook.apply({ remove: [], write: [], store: CUT_JSON.replace('Cắt', 'Giảm') });
    const bytes = await workbook.toBuffer();
    const [before, after] = [partsOf(opened), partsOf(bytes)];
    for (const part of RICH_PLANNER_PARTS) expect([part, sha(after.get(part) ?? new Uint8Array())]).toEqual([part, sha(before.get(part)!)]);
    // What the package writer would write for the same two changes, in the same order.
    const expected = await replay(opened, [{ remove: [], write: [sheet], store: CUT_JSON }, { remove: [], write: [], store: CUT_JSON.replace('Cắt', 'Giảm') }]);
    // Part for part (the zip's entry times are the second each was written, two seconds apart at most).
    const digest = (file: Uint8Array) => [...partsOf(file)].map(([name, data]) => [name, sha(data)]);
    expect(digest(bytes)).toEqual(digest(expected));
    const back = PackageWorkbookReader.open(bytes);
    expect(await back.sheetNames()).toEqual([...(await workbook.sheetNames())]);
    expect(storeText(await back.readStore())).toBe(CUT_JSON.replace('Cắt', 'Giảm'));
    expect((await back.readRange('So sánh', 4, 1, 1, 3))[0]).toEqual(['Chỉ tiêu', 'Số đo', 'Giữ nguyên']);
  });

  it('tells, as the .xlsx reader does, that a cell reads empty because a merged range covers it', async () => {
    const opened = await workbookBytes({ more: (wb) => wb.getWorksheet('Cán bộ')!.mergeCells('F2:F3') });
    const input = await readInput(await MemoryWorkbook.fromBuffer(opened), null, '2026-01-15');
    const merged = input.problems.filter((p) => p.code === 'emptyRequiredCell');
    expect(merged.map((p) => [p.sheet, p.row, p.column, p.params.variant, p.params.range])).toEqual([['Cán bộ', 3, 'F', 'mergedCell', 'F2:F3']]);
  });

  it('keeps out of the download a change the workbook refused', async () => {
    const opened = await workbookBytes();
    const workbook = await MemoryWorkbook.fromBuffer(opened);
    const clash = { name: 'Tháng 1/2027', blocks: [], tables: [], columnWidths: [] };
    await expect(workbook.apply({ remove: [], write: [clash], store: null })).rejects.toThrow();
    expect(await workbook.toBuffer()).toBe(opened);
  });

  it('refuses a file that is not a workbook, or past the limits, before ExcelJS parses it', async () => {
    await expect(MemoryWorkbook.fromBuffer(new TextEncoder().encode('Mã,Tên\n1,2\n').buffer as ArrayBuffer)).rejects.toEqual(new WorkbookFileError({ kind: 'csv' }));
    const good = await workbookBytes({ store: CUT_JSON });
    expect(await (await MemoryWorkbook.fromBuffer(good.slice().buffer as ArrayBuffer)).sheetNames()).toEqual(['Đơn vị', 'Cán bộ', '_staffing_planner']);
    const bomb = zipOf([
      ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
      ['_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'],
      ['xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'],
      ['xl/sharedStrings.xml', `<sst><si><t>${'a'.repeat(2_000_000)}</t></si></sst>`],
    ]);
    await expect(MemoryWorkbook.fromBuffer(bomb.slice().buffer as ArrayBuffer)).rejects.toMatchObject({ fault: { kind: 'tooLarge', limit: 'text', part: 'xl/sharedStrings.xml' } });
  });
});
