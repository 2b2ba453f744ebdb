import ExcelJS from 'exceljs';
import { comparisonSheet } from '../../src/sheets/comparison';
import type { SheetDescription } from '../../src/sheets/layout';
import { COMPARISON_TABLE_NAME, comparisonSheetName } from '../../src/sheets/names';
import { STORE_SHEET_NAME } from '../../src/sheets/storeName';
import { scenarioSheets } from '../../src/sheets/scenarioSheets';
import { storeContent, STORE_CHUNK_LENGTH, storeSheet } from '../../src/sheets/store';
import { XlsxWorkbookWriter, cellAddress } from '../../src/workbook/xlsxWrite';
import { BASELINE, CUT, MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

const sheets = scenarioSheets(MERGE, BASELINE, {
  lang: 'vi',
  runDate: '2026-05-17',
  inputDescription: 'Đơn vị!A1:I250, Cán bộ!A1:N4000',
  fingerprint: 'sha256:ab12',
  scenarioText: ['Hợp nhất Phòng Nội vụ vào Ban Tổ chức Huyện A', '=HYPERLINK("http://x")'],
  operations: [{ type: 'merge' }, { type: 'rotation' }],
});
const [summary, people, timeline, issues] = sheets;
const comparison = comparisonSheet(BASELINE, [MERGE, CUT], { lang: 'vi', sheetName: comparisonSheetName('vi'), tableName: COMPARISON_TABLE_NAME });
const storeJson = JSON.stringify({ version: 1, scenarios: [{ code: 'KB1', note: '-x '.repeat(15000) }] });

/** The planner's own workbook: a staffing sheet that must come through untouched. */
function plannersWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Đơn vị');
  ws.getCell('A1').value = 'Mã đơn vị';
  ws.getCell('A2').value = 'U1';
  return wb;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buffer = await wb.xlsx.writeBuffer();
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  return back;
}

interface LoadedTable { name: string; tableRef: string; totalsRow: boolean; columns: { name: string }[] }
function tablesOf(ws: ExcelJS.Worksheet): LoadedTable[] {
  return (ws.getTables() as unknown as { table: LoadedTable }[]).map((t) => t.table);
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

describe('XlsxWorkbookWriter round trip', () => {
  let back: ExcelJS.Workbook;

  beforeAll(async () => {
    const wb = plannersWorkbook();
    const writer = new XlsxWorkbookWriter(wb);
    for (const s of [...sheets, comparison]) await writer.writeSheet(s);
    await writer.writeSheet(storeSheet(storeJson));
    back = await roundTrip(wb);
  });

  it('adds the sheets after the planner\'s own, which is untouched', () => {
    expect(back.worksheets.map((ws) => ws.name)).toEqual([
      'Đơn vị', 'KB1 Tóm tắt', 'KB1 Cán bộ', 'KB1 Diễn biến', 'KB1 Vấn đề', 'KB1 Phụ lục I', 'KB1 Phụ lục II', 'So sánh', STORE_SHEET_NAME,
    ]);
    expect(sheet(back, 'Đơn vị').getCell('A2').value).toBe('U1');
  });

  it('writes every cell of every block with its value', () => {
    for (const s of [...sheets, comparison]) {
      const ws = sheet(back, s.name);
      for (const block of s.blocks) {
        block.values.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = ws.getCell(block.row + i, block.col + j);
            const read = cell.value;
            if (value === null) expect(read === null || (typeof read === 'object' && 'formula' in read!)).toBe(true);
            else if (read instanceof Date) expect(typeof value).toBe('number');
            // ExcelJS's reader drops a formula's cached result when it is 0 (the file holds <v>0</v>).
            else if (read !== null && typeof read === 'object' && 'formula' in read) expect(read.result ?? 0).toBe(value);
            else expect(read).toBe(value);
          }),
        );
      }
    }
  });

  it('keeps strings that look like formulas as text', () => {
    const ws = sheet(back, 'KB1 Tóm tắt');
    const model = new SheetModel(summary);
    const units = model.table('SP_KB1_Summary');
    const x1 = units.spec.row + 1 + units.rows.findIndex((r) => r[3] === 'X1');
    const name = ws.getCell(x1, 1);
    expect(name.value).toBe('=1+1');
    expect(name.type).toBe(ExcelJS.ValueType.String);
    expect(name.formula).toBeUndefined();
    expect(name.numFmt).toBe('@');
    const op = ws.getCell(model.rowOf('Các thao tác') + 1, 2);
    expect(op.value).toBe('2. =HYPERLINK("http://x")');
    const plus = sheet(back, 'KB1 Cán bộ');
    const names: unknown[] = [];
    plus.getColumn(3).eachCell((c) => names.push(c.value));
    expect(names).toContain('+84 Phạm Dũng');
  });

  it('writes the tables with the names, ranges and headers of the layout', () => {
    const expected = (s: SheetDescription) =>
      s.tables.map((t) => ({
        name: t.name,
        tableRef: `${cellAddress(t.row, t.col)}:${cellAddress(t.row + t.rows - 1, t.col + t.columns - 1)}`,
        totalsRow: t.totalsRow ?? false,
      }));
    for (const s of [...sheets, comparison]) {
      const ws = sheet(back, s.name);
      const tables = tablesOf(ws);
      expect(tables.map(({ name, tableRef, totalsRow }) => ({ name, tableRef, totalsRow }))).toEqual(expected(s));
      // The header cells and the table's column names agree, as Excel requires.
      for (const [i, t] of s.tables.entries()) {
        const header = Array.from({ length: t.columns }, (_, j) => ws.getCell(t.row, t.col + j).value);
        expect(tables[i].columns.map((c) => c.name)).toEqual(header);
      }
    }
  });

  it('writes the totals row as SUBTOTAL formulas with the layout\'s sums as results', () => {
    const ws = sheet(back, 'KB1 Tóm tắt');
    const units = summary.tables[1];
    const totalsRow = units.row + units.rows - 1;
    expect(ws.getCell(totalsRow, 1).value).toBe('Cộng các đơn vị trên');
    expect(ws.getCell(totalsRow, 5).value).toEqual({ formula: 'SUBTOTAL(109,SP_KB1_Summary[Biên chế được giao (kịch bản)])', result: 36 });
    expect(ws.getCell(totalsRow, 6).value).toEqual({ formula: 'SUBTOTAL(109,SP_KB1_Summary[Biên chế được giao (chênh lệch)])', result: -2 });
    expect(ws.getCell(totalsRow, 2).value).toBeNull();
    expect(ws.getCell(totalsRow, 5).font?.bold).toBe(true);
  });

  it('writes months as real dates shown mm/yyyy, and number formats per column', () => {
    const ws = sheet(back, 'KB1 Cán bộ');
    const first = ws.getCell(people.tables[0].row + 1, 1);
    expect(first.value).toEqual(new Date(Date.UTC(2026, 2, 1)));
    expect(first.numFmt).toBe('mm/yyyy_)');
    const summarySheet = sheet(back, 'KB1 Tóm tắt');
    const units = summary.tables[1];
    expect(summarySheet.getCell(units.row + 1, 5).numFmt).toBe('#,##0');
    expect(summarySheet.getCell(units.row + 1, 6).numFmt).toBe('+#,##0;-#,##0;0');
  });

  it('styles titles and headers', () => {
    const ws = sheet(back, 'KB1 Tóm tắt');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    const header = ws.getCell(summary.tables[1].row, 1);
    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
  });

  it('freezes panes, sets column widths and tab colours', () => {
    const ws = sheet(back, 'KB1 Tóm tắt');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 0 });
    expect(sheet(back, 'KB1 Cán bộ').views[0]).toMatchObject({ state: 'frozen', xSplit: 0, ySplit: 4 });
    expect(ws.getColumn(2).width).toBe(summary.columnWidths[1]);
    expect(ws.properties.tabColor).toEqual({ argb: 'FF' + summary.tabColor });
  });

  it('writes conditional formats', () => {
    const ws = sheet(back, 'KB1 Vấn đề') as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator: string; formulae: string[] }[] }[] };
    const refs = ws.conditionalFormattings.map((cf) => cf.ref);
    expect(refs).toEqual(['A5:A8', 'A5:A8']);
    expect(ws.conditionalFormattings[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'equal', formulae: ['"Lỗi"'] });
    const cmp = sheet(back, 'So sánh') as unknown as { conditionalFormattings: unknown[] };
    expect(cmp.conditionalFormattings.length).toBe(comparison.conditionalFormats!.length);
  });

  it('keeps the store in a very hidden sheet that reads back to the same JSON', () => {
    const ws = sheet(back, STORE_SHEET_NAME);
    expect(ws.state).toBe('veryHidden');
    const cells: unknown[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) cells.push([ws.getCell(r, 1).value]);
    expect(cells.length).toBe(Math.ceil(storeJson.length / STORE_CHUNK_LENGTH));
    expect(storeContent(cells).text).toBe(storeJson);
  });
});

describe('XlsxWorkbookWriter replacing and deleting', () => {
  it('replaces its own sheet in place and leaves the others alone', async () => {
    const wb = plannersWorkbook();
    const writer = new XlsxWorkbookWriter(wb);
    await writer.writeSheet(summary);
    await writer.writeSheet(people);
    await writer.writeSheet({ ...summary, blocks: [{ row: 1, col: 1, values: [['v2']] }], tables: [], conditionalFormats: [] });
    const back = await roundTrip(wb);
    expect(back.worksheets.map((ws) => ws.name)).toEqual(['Đơn vị', 'KB1 Tóm tắt', 'KB1 Cán bộ']);
    const replaced = sheet(back, 'KB1 Tóm tắt');
    expect(replaced.getCell('A1').value).toBe('v2');
    expect(replaced.getCell('A3').value).toBeNull();
    expect(tablesOf(replaced)).toEqual([]);
  });

  it('rewrites a sheet with the same tables, as a re-run does', async () => {
    const wb = plannersWorkbook();
    const writer = new XlsxWorkbookWriter(wb);
    await writer.writeSheet(timeline);
    await writer.writeSheet(timeline);
    const back = await roundTrip(wb);
    expect(tablesOf(sheet(back, 'KB1 Diễn biến')).map((t) => t.name)).toEqual(['SP_KB1_Timeline', 'SP_KB1_Timeline_Locality']);
  });

  it('refuses a table name another sheet already uses', async () => {
    const writer = new XlsxWorkbookWriter(plannersWorkbook());
    await writer.writeSheet(issues);
    await expect(writer.writeSheet({ ...people, tables: people.tables.map((t) => ({ ...t, name: 'sp_kb1_ISSUES' })) })).rejects.toThrow(
      /already used/,
    );
  });

  it('refuses a sheet name Excel would reject', async () => {
    const writer = new XlsxWorkbookWriter(plannersWorkbook());
    await expect(writer.writeSheet({ ...people, name: 'a/b' })).rejects.toThrow(/Invalid sheet name/);
  });

  it('writes every kind of conditional rule and skips charts', async () => {
    const wb = new ExcelJS.Workbook();
    const range = { row: 1, col: 1, rows: 3, columns: 1 };
    await new XlsxWorkbookWriter(wb).writeSheet({
      name: 'Rules',
      blocks: [{ row: 1, col: 1, values: [[1], [-1], ['Lỗi "x"']] }],
      tables: [],
      columnWidths: [],
      conditionalFormats: [
        { range, rule: { kind: 'signGoodPositive' } },
        { range, rule: { kind: 'signBadPositive' } },
        { range, rule: { kind: 'positiveBad' } },
        { range, rule: { kind: 'textEquals', text: 'Lỗi "x"', style: 'bad' } },
        { range, rule: { kind: 'dataBar', color: '5B9BD5' } },
      ],
      charts: [{ type: 'line', title: 't', data: range, at: { row: 1, col: 3, rows: 10, columns: 5 } }],
    });
    const ws = (await roundTrip(wb)).getWorksheet('Rules') as unknown as {
      conditionalFormattings: { ref: string; rules: { type: string; operator?: string; formulae?: string[]; priority: number }[] }[];
    };
    const rules = ws.conditionalFormattings.flatMap((cf) => cf.rules);
    expect(rules.map((r) => [r.type, r.operator])).toEqual([
      ['cellIs', 'greaterThan'], ['cellIs', 'lessThan'],
      ['cellIs', 'greaterThan'], ['cellIs', 'lessThan'],
      ['cellIs', 'greaterThan'],
      ['cellIs', 'equal'],
      ['dataBar', undefined],
    ]);
    expect(rules[5].formulae).toEqual(['"Lỗi ""x"""']);
    expect(new Set(rules.map((r) => r.priority)).size).toBe(rules.length);
  });

  it('deletes a sheet by name, ignoring case, and ignores a missing one', async () => {
    const wb = plannersWorkbook();
    const writer = new XlsxWorkbookWriter(wb);
    await writer.writeSheet(people);
    await writer.deleteSheet('kb1 cán bộ');
    await writer.deleteSheet('nothing');
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Đơn vị']);
  });

  it('gives a header row the height its longest wrapped header needs in its column', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet: SheetDescription = {
      name: 'Heights', columnWidths: [10, 10], tables: [],
      blocks: [
        { row: 1, col: 1, values: [['Short', 'A header of forty characters, give or take']], style: 'header' },
        { row: 2, col: 1, values: [['Plain', 'Not a header, never resized by us at all']] },
      ],
    };
    await new XlsxWorkbookWriter(wb).writeSheet(sheet);
    const ws = (await roundTrip(wb)).getWorksheet('Heights')!;
    // 42 characters in a column 10 wide: ceil(42 / 9) = 5 lines of 15 points (at most 6).
    expect(ws.getRow(1).height).toBe(75);
    expect(ws.getRow(2).height).toBeUndefined();
  });

  it('writes a very hidden store sheet again when the store changes', async () => {
    const wb = plannersWorkbook();
    const writer = new XlsxWorkbookWriter(wb);
    await writer.apply({ remove: [], write: [], store: `{"format":"staffing-planner/scenarios","a":"${'x'.repeat(70000)}"}` });
    await writer.apply({ remove: [], write: [], store: '{"format":"staffing-planner/scenarios"}' });
    const back = await roundTrip(wb);
    const ws = sheet(back, STORE_SHEET_NAME);
    expect(ws.state).toBe('veryHidden');
    expect(ws.getCell(1, 1).value).toBe('{"format":"staffing-planner/scenarios"}');
    expect(ws.getCell(2, 1).value).toBeNull();
  });
});
