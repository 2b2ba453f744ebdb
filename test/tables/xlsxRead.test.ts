import ExcelJS from 'exceljs';
import { STORE_SHEET_NAME as STORE_SHEET } from '../../src/sheets/storeName';
import { XlsxWorkbookReader } from '../../src/workbook/xlsxRead';
import { PackageWorkbookReader } from '../../src/workbook/packageRead';
import { loadStaffing } from '../../src/tables/staffing';
import { problemMessage } from '../../src/tables/problems';
import { where } from './fixtures';

/** Writes the workbook to an .xlsx buffer and opens it again, as a planner's file would be opened. */
async function roundTrip(build: (wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbookReader> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return XlsxWorkbookReader.fromBuffer(buffer as ArrayBuffer);
}

describe('XlsxWorkbookReader.readRange', () => {
  it('flattens ExcelJS values to what office-js returns', async () => {
    const reader = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getCell('A1').value = { richText: [{ text: 'Ban ', font: { bold: true } }, { text: 'Tổ chức' }] };
      ws.getCell('B1').value = { text: 'Trang chủ', hyperlink: 'https://example.org' };
      ws.getCell('C1').value = { formula: '2+3', result: 5 };
      ws.getCell('D1').value = { formula: 'NA()', result: { error: '#N/A' } };
      ws.getCell('E1').value = { error: '#REF!' };
      ws.getCell('F1').value = new Date(Date.UTC(1968, 2, 5));
      ws.getCell('G1').value = true;
      ws.getCell('H1').value = '=1+1';
      ws.getCell('A2').value = { formula: 'ROW()', result: 2, shareType: 'shared', ref: 'A2:A3' } as ExcelJS.CellValue;
      ws.getCell('A3').value = { sharedFormula: 'A2', result: 3 } as ExcelJS.CellValue;
    });
    const cells = await reader.readRange('Data', 1, 1, 3, 8);
    expect(cells[0]).toEqual(['Ban Tổ chức', 'Trang chủ', 5, { error: '#N/A' }, { error: '#REF!' }, new Date(Date.UTC(1968, 2, 5)), true, '=1+1']);
    expect(cells[1][0]).toBe(2);
    expect(cells[2][0]).toBe(3);
  });

  it('gives a merged range\'s value in its top-left cell only', async () => {
    const reader = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getCell('B2').value = 'Ngày sinh';
      ws.mergeCells('B2:C3');
    });
    expect(await reader.readRange('Data', 2, 2, 2, 2)).toEqual([
      ['Ngày sinh', null],
      [null, null],
    ]);
  });

  it('fills cells beyond the used range with null', async () => {
    const reader = await roundTrip((wb) => {
      wb.addWorksheet('Data').getCell('A1').value = 1;
    });
    expect(await reader.readRange('Data', 1, 1, 2, 3)).toEqual([
      [1, null, null],
      [null, null, null],
    ]);
  });

  it('throws on a sheet that does not exist (a bug in the caller, not in the data)', async () => {
    const reader = await roundTrip((wb) => wb.addWorksheet('Data'));
    await expect(reader.readRange('Nope', 1, 1, 1, 1)).rejects.toThrow('No sheet named "Nope"');
  });
});

describe('XlsxWorkbookReader.listTables', () => {
  it('lists Excel tables first, then used ranges of sheets without one, skipping tool sheets', async () => {
    const reader = await roundTrip((wb) => {
      const notes = wb.addWorksheet('Ghi chú');
      notes.getCell('B3').value = 'Cập nhật';
      notes.getCell('D7').value = 30;
      const units = wb.addWorksheet('Đơn vị');
      units.addTable({
        name: 'DonVi',
        ref: 'B2',
        headerRow: true,
        totalsRow: true,
        columns: [{ name: 'Mã ĐV', totalsRowLabel: 'Tổng' }, { name: 'Biên chế', totalsRowFunction: 'sum' }],
        rows: [
          ['H01', 8],
          ['H02', 6],
        ],
      });
      wb.addWorksheet('_scratch').getCell('A1').value = 'Mã ĐV';
      wb.addWorksheet('Ẩn', { state: 'veryHidden' }).getCell('A1').value = 'Mã ĐV';
      wb.addWorksheet('Trống');
    });
    expect(await reader.sheetNames()).toEqual(['Ghi chú', 'Đơn vị', '_scratch', 'Ẩn', 'Trống']);
    expect(await reader.listTables()).toEqual([
      // The totals row is left out: it is not data.
      { sheet: 'Đơn vị', name: 'DonVi', row: 2, col: 2, rows: 3, columns: 2, totalsRow: true },
      { sheet: 'Ghi chú', name: null, row: 3, col: 2, rows: 5, columns: 3 },
    ]);
  });

  it('ignores cells that only carry formatting when measuring a used range', async () => {
    const reader = await roundTrip((wb) => {
      const ws = wb.addWorksheet('Data');
      ws.getCell('A1').value = 'Họ và tên';
      ws.getCell('A2').value = 'An';
      ws.getCell('F40').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.getCell('C9').value = '   ';
    });
    expect(await reader.listTables()).toEqual([{ sheet: 'Data', name: null, row: 1, col: 1, rows: 2, columns: 1 }]);
  });
});

describe('rows appended under an Excel table', () => {
  /** Units and people as Excel tables, with `appended` people rows typed under the people table (as LibreOffice leaves them). */
  async function bytes(appended: number, totalsRow = false): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Đơn vị').addTable({
      name: 'DonVi', ref: 'A1', headerRow: true,
      columns: ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'].map((name) => ({ name })),
      rows: [['H01', 'Ban Tổ chức', 'Huyện', 8]],
    });
    const ws = wb.addWorksheet('Cán bộ');
    ws.addTable({
      name: 'CanBo', ref: 'A1', headerRow: true, totalsRow,
      columns: ['Mã CB', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Đơn vị', 'Chức vụ'].map((name) => ({ name })),
      rows: [['A1', 'Nguyễn Văn An', 1975, 'Nam', 'H01', 'Chuyên viên'], ['A2', 'Trần Thị Bình', 1980, 'Nữ', 'H01', 'Chuyên viên']],
    });
    const first = 4 + (totalsRow ? 1 : 0);
    for (let i = 0; i < appended; i++) ws.getRow(first + i).values = [`B${i}`, `Lê Văn ${i}`, 1970, 'Nam', 'H01', 'Chuyên viên'];
    // A note further down, after a blank row, is not part of the appended rows.
    ws.getCell(`B${first + appended + 2}`).value = 'Người lập biểu';
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  const readers = [
    ['the package reader', (b: Uint8Array) => Promise.resolve(PackageWorkbookReader.open(b))],
    ['the ExcelJS reader', (b: Uint8Array) => XlsxWorkbookReader.fromBuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)],
  ] as const;

  it.each(readers)('are reported at the first of them, naming the table, by %s', async (_, open) => {
    const load = await loadStaffing(await open(await bytes(3)), {}, { asOf: '2025-06-15' });
    expect(where(load.problems)).toEqual(['warning rowsBelowTable Cán bộ!A4']);
    expect(load.problems[0].params).toMatchObject({ name: 'CanBo', range: 'A1:F3', count: 3 });
    expect(problemMessage(load.problems[0], 'en')).toBe(
      'Sheet “Cán bộ”, row 4, column A: this row and those under it (3 in all) lie directly under the Excel table “CanBo” (A1:F3), outside it, so they were not read. Extend the table over them: click in the table, then Table Design → Resize Table (rows added in LibreOffice often land outside it).',
    );
    expect(problemMessage(load.problems[0], 'vi')).toContain('Đổi kích thước Bảng (Resize Table)');
    expect(load.staffing?.people.map((p) => p.id)).toEqual(['A1', 'A2']);
  });

  it.each(readers)('are looked for under a totals row, and nothing is said of a table with none, by %s', async (_, open) => {
    const totals = await loadStaffing(await open(await bytes(2, true)), {}, { asOf: '2025-06-15' });
    expect(where(totals.problems)).toEqual(['warning rowsBelowTable Cán bộ!A5']);
    expect(totals.problems[0].params).toMatchObject({ range: 'A1:F4', count: 2 });
    const none = await loadStaffing(await open(await bytes(0)), {}, { asOf: '2025-06-15' });
    expect(none.problems).toEqual([]);
  });

  it('are counted in blocks twice as tall each time: a few reads (syncs, in Excel) for thousands of rows', async () => {
    const reader = PackageWorkbookReader.open(await bytes(3000));
    const below: number[] = [];
    const readRange = reader.readRange.bind(reader);
    reader.readRange = (sheet, row, col, rows, columns) => {
      if (row >= 4) below.push(rows);
      return readRange(sheet, row, col, rows, columns);
    };
    const load = await loadStaffing(reader, {}, { asOf: '2025-06-15' });
    expect(load.problems[0].params).toMatchObject({ count: 3000 });
    expect(below).toEqual([256, 512, 1024, 2048]);
  });
});

describe('cells that read empty where the planner sees a value', () => {
  async function bytes(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const units = wb.addWorksheet('Đơn vị');
    units.addRows([['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'], ['H01', 'Ban Tổ chức', 'Huyện', 8], ['H02', 'Phòng Nội vụ', 'Huyện', 6]]);
    units.getCell('D3').value = { formula: '30+30' } as ExcelJS.CellValue;
    const people = wb.addWorksheet('Cán bộ');
    people.addRows([
      ['Mã CB', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Chức vụ', 'Đơn vị'],
      ['A1', 'Nguyễn Văn An', 1975, 'Nam', 'Chuyên viên', 'H01'],
      ['A2', 'Trần Thị Bình', 1980, 'Nữ', 'Chuyên viên', null],
      ['A3', 'Lê Văn Cường', 1970, 'Nam', 'Chuyên viên', null],
      ['A4', 'Phạm Thị Dung', 1985, 'Nữ', 'Chuyên viên', null],
      ['A5', 'Hồ Văn Em', 1990, 'Nam', 'Chuyên viên', 'H02'],
    ]);
    people.mergeCells('F2:F5');
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  const readers = [
    ['the package reader', (b: Uint8Array) => Promise.resolve(PackageWorkbookReader.open(b))],
    ['the ExcelJS reader', (b: Uint8Array) => XlsxWorkbookReader.fromBuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)],
  ] as const;

  it.each(readers)('are reported as merged, or as formulas not calculated, with how to fix them, by %s', async (_, open) => {
    const load = await loadStaffing(await open(await bytes()), {}, { asOf: '2025-06-15' });
    expect(where(load.problems)).toEqual(['error emptyRequiredCell Đơn vị!D3', 'error emptyRequiredCell Cán bộ!F3', 'error emptyRequiredCell Cán bộ!F4', 'error emptyRequiredCell Cán bộ!F5']);
    expect(load.problems.map((p) => [p.params.variant, p.params.range])).toEqual([
      ['formulaWithoutValue', undefined], ['mergedCell', 'F2:F5'], ['mergedCell', 'F2:F5'], ['mergedCell', 'F2:F5'],
    ]);
    expect(problemMessage(load.problems[0], 'en')).toBe(
      'Sheet “Đơn vị”, row 3, column D: the quota cell holds a formula without a calculated value (the file was saved by a program that does not calculate), so it reads as empty. Open the file in Excel (or LibreOffice) and save it, so that the values are stored.',
    );
    expect(problemMessage(load.problems[1], 'en')).toBe(
      'Sheet “Cán bộ”, row 3, column F: the unit of the person cell is part of the merged range F2:F5, so only the range’s top-left cell holds the value and this cell reads as empty. Unmerge it (Home → Merge & Center → Unmerge Cells) and fill in each cell.',
    );
    expect(problemMessage(load.problems[1], 'vi')).toContain('nằm trong vùng ô gộp F2:F5');
    expect(problemMessage(load.problems[0], 'vi')).toContain('chứa công thức nhưng chưa có giá trị đã tính');
  });

  it('are still reported as empty by a reader that cannot tell why', async () => {
    const b = await bytes();
    const reader = await XlsxWorkbookReader.fromBuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    // The reading methods alone, without cellNote.
    const source = { sheetNames: () => reader.sheetNames(), listTables: () => reader.listTables(), readRange: reader.readRange.bind(reader) };
    const load = await loadStaffing(source, {}, { asOf: '2025-06-15' });
    expect(load.problems.map((p) => [p.code, p.params.variant])).toEqual([['emptyRequiredCell', undefined], ['emptyRequiredCell', undefined], ['emptyRequiredCell', undefined], ['emptyRequiredCell', undefined]]);
  });

  it('are told merged by the ExcelJS reader in a workbook built in memory, over columns and rows alike', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('B2').value = 'Ban Tổ chức';
    ws.mergeCells('B2:D4');
    ws.getCell('F1').value = { formula: 'NOW()', result: 46000 } as ExcelJS.CellValue;
    const reader = new XlsxWorkbookReader(wb);
    expect([reader.cellNote('Data', 2, 2), reader.cellNote('Data', 2, 4), reader.cellNote('Data', 4, 3), reader.cellNote('Data', 5, 2)]).toEqual([
      null, { kind: 'merged', range: 'B2:D4' }, { kind: 'merged', range: 'B2:D4' }, null,
    ]);
    expect([reader.cellNote('Data', 1, 6), reader.cellNote('Data', 9, 9), reader.cellNote('Nope', 1, 1)]).toEqual([null, null, null]);
  });
});

describe('XlsxWorkbookReader.readStore', () => {
  it('joins the chunks in column A of the very hidden store sheet', async () => {
    const json = JSON.stringify({ format: 'staffing-planner/scenarios', version: 1, note: 'x'.repeat(40000) });
    const reader = await roundTrip((wb) => {
      wb.addWorksheet('Đơn vị');
      const store = wb.addWorksheet(STORE_SHEET, { state: 'veryHidden' });
      for (let i = 0, r = 1; i < json.length; i += 32767, r++) store.getCell(r, 1).value = json.slice(i, i + 32767);
    });
    expect(await reader.readStore()).toEqual({ kind: 'store', sheet: STORE_SHEET, text: json, starts: [[1, 0], [2, 32767]] });
  });

  it('finds none when the workbook has no store', async () => {
    const reader = await roundTrip((wb) => wb.addWorksheet('Đơn vị'));
    expect(await reader.readStore()).toEqual({ kind: 'none' });
  });

  it.each([
    ['a visible sheet of notes', 'visible', 'Ghi chú của tôi'],
    ['a very hidden sheet of a macro', 'veryHidden', '{"macro": true}'],
    ['an empty hidden sheet', 'hidden', null],
  ] as const)("takes a sheet of the planner's named like the store, in any case, for theirs: %s", async (_, state, first) => {
    const reader = await roundTrip((wb) => {
      const ws = wb.addWorksheet('_Staffing_Planner', { state });
      if (first !== null) ws.getCell('A1').value = first;
    });
    expect(await reader.readStore()).toEqual({ kind: 'foreign', sheet: '_Staffing_Planner' });
  });
});
