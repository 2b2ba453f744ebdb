import { headerFooterCode, withPrint } from '../../src/sheets/print';
import { printedCorner, type SheetDescription } from '../../src/sheets/layout';
import { scenarioSheets } from '../../src/sheets/scenarioSheets';
import { comparisonSheet } from '../../src/sheets/comparison';
import { COMPARISON_TABLE_NAME, comparisonSheetName } from '../../src/sheets/names';
import { BASELINE, CUT, MERGE } from './fixtures';

const [summary, people] = scenarioSheets(MERGE, BASELINE, {
  lang: 'vi', runDate: '2026-05-17', inputDescription: 'Đơn vị!A1:I250', fingerprint: 'ab12', scenarioText: ['Hợp nhất'], operations: [{ type: 'merge' }],
});
const comparison = comparisonSheet(BASELINE, [MERGE, CUT], { lang: 'en', sheetName: comparisonSheetName('en'), tableName: COMPARISON_TABLE_NAME });

describe('withPrint', () => {
  it('repeats the header row of the last table when it runs to the end of the sheet, and the frozen label columns', () => {
    // The summary's unit table comes last, a note under it.
    const units = summary.tables.reduce((a, b) => (b.row > a.row ? b : a));
    expect(summary.tables.length).toBe(2);
    expect(withPrint(summary, { lang: 'vi', runDate: '2026-05-17' }).print).toMatchObject({
      titleRows: { first: units.row, last: units.row },
      titleColumns: { first: 1, last: 2 },
    });
    expect(withPrint(people, { lang: 'vi', runDate: '2026-05-17' }).print).toMatchObject({ titleRows: { first: people.tables[0].row, last: people.tables[0].row } });
    expect(withPrint(people, { lang: 'vi', runDate: '2026-05-17' }).print?.titleColumns).toBeUndefined();
  });

  it('repeats no row when other blocks follow the last table: the comparison\'s chart would print under its columns', () => {
    expect(comparison.charts?.length).toBe(1);
    expect(withPrint(comparison, { lang: 'en', runDate: '2026-05-17' }).print?.titleRows).toBeUndefined();
  });

  it('heads each page with the sheet\'s title and name, and ends it with the run date and the page count, in the sheet\'s language', () => {
    expect(withPrint(summary, { lang: 'vi', runDate: '2026-05-17' }).print).toMatchObject({
      header: { left: expect.stringContaining('KB1'), right: '{sheet}' },
      footer: { left: 'Tính ngày 17/05/2026 bằng công cụ lập kế hoạch biên chế', right: 'Trang {page}/{pages}' },
    });
    expect(withPrint(comparison, { lang: 'en', runDate: '2026-05-17' }).print?.footer).toEqual({ left: 'Computed on 17/05/2026 by the staffing planner', right: 'Page {page} of {pages}' });
  });
});

describe('headerFooterCode', () => {
  it('doubles ampersands and writes the fields as Excel\'s codes', () => {
    expect(headerFooterCode('Ban Tổ chức & Nội vụ — {sheet}: trang {page}/{pages}')).toBe('Ban Tổ chức && Nội vụ — &A: trang &P/&N');
  });

  it('keeps within the 255 characters Excel holds, never ending on half a code', () => {
    const coded = headerFooterCode('&'.repeat(300));
    expect(coded.length).toBeLessThanOrEqual(241);
    expect(coded.replace(/…$/, '').length % 2).toBe(0);
  });
});

describe('printedCorner', () => {
  const sheet = (title: string, widths: number[]): SheetDescription => ({
    name: 'Phụ lục II',
    blocks: [{ row: 1, col: 1, values: [[title]], style: 'title' }, { row: 3, col: 1, values: [[1, 'Xã A', 10]] }],
    tables: [],
    columnWidths: widths,
  });

  it('takes in the columns a title spills over, so the print area does not cut it', () => {
    // 60 characters of 14-point bold text need about 74 units; the table's three columns give 40.
    expect(printedCorner(sheet('Phụ lục II kèm theo kịch bản DD: Điều động công chức từ xã th', [6, 24, 10]))).toEqual({ row: 3, col: 8 });
    // A short title ends within the table: the table's corner.
    expect(printedCorner(sheet('Phụ lục II', [6, 24, 10]))).toEqual({ row: 3, col: 3 });
  });

  it('takes in at most a page\'s width, so that a very long title does not shrink every page', () => {
    const corner = printedCorner(sheet('x'.repeat(1000), [6, 24, 10]))!;
    // Three columns of 40 units, then columns of Excel's default 8.43 up to a page of 135 units.
    expect(corner.col).toBe(3 + Math.ceil((135 - 40) / 8.43));
    // A table already a page wide is printed as it is.
    expect(printedCorner(sheet('x'.repeat(1000), [60, 60, 60]))).toEqual({ row: 3, col: 3 });
  });
});

describe('printedCorner with rows for the screen only', () => {
  it('takes neither the columns nor the spills of the rows past printThrough', () => {
    const sheet: SheetDescription = {
      name: 'Diễn biến',
      blocks: [
        { row: 1, col: 1, values: [['Theo cấp']], style: 'subtitle' },
        { row: 2, col: 1, values: [[1, 2]] },
        { row: 4, col: 1, values: [['Theo địa bàn cấp trên: một dòng dài, dài hơn các cột của bảng in'.repeat(2)]], style: 'subtitle' },
        { row: 5, col: 1, values: [[1, 2, 3, 4, 5]] },
      ],
      tables: [],
      columnWidths: [10, 10, 10, 10, 10],
      printThrough: 2,
    };
    expect(printedCorner(sheet)).toEqual({ row: 2, col: 2 });
    // Printed, the long subtitle spills a page wide: 50 units of columns, then 11 of Excel's 8.43 to reach 135.
    expect(printedCorner({ ...sheet, printThrough: undefined })).toEqual({ row: 5, col: 16 });
  });
});
