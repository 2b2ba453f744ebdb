import ExcelJS from 'exceljs';
import { MemoryWorkbook } from '../../src/demo/memoryWorkbook';
import { WorkbookFileError } from '../../src/workbook/fileFaults';
import { PackageWorkbookReader } from '../../src/workbook/packageRead';
import { CUT_JSON, workbookBytes, zipOf } from '../hostile/fixtures';

describe("the demo's workbook", () => {
  it('downloads text a workbook cannot hold in Excel\'s escapes, so the file stays valid and reads back as it was', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ghi chú');
    ws.getCell('A1').value = 'UBND xã\u0007 Tùng Ảnh';
    ws.getCell('A2').value = 'mã _x0041_ giữ nguyên';
    ws.getCell('A3').value = 'thường';
    const workbook = new MemoryWorkbook(wb);
    const bytes = new Uint8Array(await workbook.toBuffer());
    // The package reader refuses XML a control character broke; this one reads.
    const back = PackageWorkbookReader.open(bytes);
    expect(await back.readRange('Ghi chú', 1, 1, 3, 1)).toEqual([['UBND xã\u0007 Tùng Ảnh'], ['mã _x0041_ giữ nguyên'], ['thường']]);
    // The workbook in memory keeps its own values.
    expect(ws.getCell('A1').value).toBe('UBND xã\u0007 Tùng Ảnh');
    expect(ws.getCell('A2').value).toBe('mã _x0041_ giữ nguyên');
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
