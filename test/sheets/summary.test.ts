import { printedLines, summarySheet, UNIT_TABLE_METRICS, type SummaryContext } from '../../src/sheets/summary';
import { NUMBER_FORMATS } from '../../src/sheets/layout';
import { BASELINE, MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

const ctx = (lang: 'vi' | 'en'): SummaryContext => ({
  lang,
  sheetName: lang === 'vi' ? 'KB1 Tóm tắt' : 'KB1 Summary',
  tableName: 'SP_KB1_Summary',
  runDate: '2026-05-17',
  inputDescription: 'Đơn vị!A1:I250, Cán bộ!A1:N4000',
  fingerprint: 'sha256:ab12',
  scenarioText: ['Hợp nhất Phòng Nội vụ vào Ban Tổ chức Huyện A từ 03/2026', 'Luân chuyển Lê Văn Cường về xã B trong 36 tháng'],
});

describe('summarySheet', () => {
  const sheet = summarySheet(MERGE, BASELINE, ctx('vi'));
  const model = new SheetModel(sheet);

  it('is a consistent sheet: valid names, tables over written cells', () => {
    model.check();
    expect(sheet.name).toBe('KB1 Tóm tắt');
    expect(sheet.tables.map((t) => t.name)).toEqual(['SP_KB1_Summary_Kpi', 'SP_KB1_Summary']);
  });

  it('states the scenario, its operations in words, the settings and the run', () => {
    expect(model.cell(1, 1)).toBe('Kịch bản KB1: Hợp nhất Ban Tổ chức và Phòng Nội vụ');
    const value = (label: string) => model.cell(model.rowOf(label), 2);
    expect(value('Mô tả')).toBe('Hợp nhất từ 03/2026; luân chuyển một cán bộ về xã.');
    const ops = model.rowOf('Các thao tác');
    expect(model.cell(ops, 2)).toBe('1. Hợp nhất Phòng Nội vụ vào Ban Tổ chức Huyện A từ 03/2026');
    expect(model.cell(ops + 1, 2)).toBe('2. Luân chuyển Lê Văn Cường về xã B trong 36 tháng');
    expect(value('Tháng bắt đầu')).toBe(46023);
    expect(model.format(model.rowOf('Tháng bắt đầu'), 2)).toBe(NUMBER_FORMATS.month);
    expect(value('Số tháng mô phỏng')).toBe(60);
    expect(value('Tuyển dụng')).toBe('Tuyển bù vị trí trống sau 6 tháng');
    expect(value('Tính nghỉ hưu theo quy định')).toBe('Có');
    expect(value('Định mức cấp phó')).toBe('Tỉnh: 3; Huyện: 2; Xã: 2; cấp khác: 2');
    expect(value('Ngày chạy')).toBe(46159);
    expect(model.format(model.rowOf('Ngày chạy'), 2)).toBe(NUMBER_FORMATS.date);
    expect(value('Bảng dữ liệu đầu vào')).toBe('Đơn vị!A1:I250, Cán bộ!A1:N4000');
    expect(value('Mã kiểm tra dữ liệu')).toBe('sha256:ab12');
    expect(value('So sánh với')).toBe('Giữ nguyên');
    expect(value('Số người thay đổi vị trí')).toBe(3);
    expect(value('Nghỉ hưu trước tuổi: số năm còn lại tối đa')).toBe(10);
    // Each rule value cites its legal basis beside it (below it when the value is too wide for its
    // column), on as many rows as it needs, and says when it is unconfirmed.
    const basis = (label: string) => {
      let row = model.rowOf(label);
      if (model.cell(row, 3) === undefined && !model.cell(row + 1, 1)) row++;
      const first = model.cell(row, 3);
      if (typeof first !== 'string') return first;
      const lines = [first];
      for (let r = row + 1; String(model.cell(r, 3) ?? '').startsWith('   '); r++) lines.push(String(model.cell(r, 3)).trim());
      return lines.join(' ');
    };
    expect(model.cell(model.rowOf('Định mức cấp phó'), 3)).toBeUndefined();
    expect(basis('Định mức cấp phó')).toMatch(/^Căn cứ: /);
    expect(basis('Nghỉ hưu trước tuổi: số năm còn lại tối đa')).toBe('Căn cứ: NĐ 178/2024 Đ.7 sđ NĐ 67/2025, từ 01/01/2025');
    expect(basis('Biệt phái tối đa (tháng)')).toBe('Căn cứ: Luật CBCC 2008 Đ.53, NĐ 138/2020 Đ.27 → Luật CBCC 2025, NĐ 170/2025, từ 01/07/2025 (theo nguồn thứ cấp)');
    expect(basis('Luân chuyển: số năm công tác còn lại tối thiểu')).toContain('QĐ 65-QĐ/TW');
    expect(basis('Tháng bắt đầu') ?? null).toBeNull();
    expect(value('Thôi việc: số năm còn lại tối thiểu')).toBe(2);
    // No exits: no line for them.
    expect(() => model.rowOf('Số người nghỉ theo từng chính sách')).toThrow();
  });

  it('counts the exits by policy when the scenario has any', () => {
    const exited = (personId: string, detail: string) => ({
      personId, name: personId, month: '2026-04', kind: 'exited' as const, from: null, to: null, operation: 2, detail,
    });
    const withExits = { ...MERGE, changes: [...MERGE.changes, exited('CB40', 'resignation'), exited('CB41', 'earlyRetirement'), exited('CB42', 'earlyRetirement')] };
    const m = new SheetModel(summarySheet(withExits, BASELINE, ctx('vi')));
    expect(m.cell(m.rowOf('Số người nghỉ theo từng chính sách'), 2)).toBe('Nghỉ hưu trước tuổi (NĐ 178/2024, Đ.7): 2; Thôi việc (NĐ 178/2024, Đ.9–10): 1');
  });

  it('states the deputies of each average cap against it, and lists the groups still above at the end', () => {
    const T = MERGE.months.length;
    const series = (values: number[]) => Int32Array.from({ length: T }, (_, t) => values[Math.min(t, values.length - 1)]);
    const pools = [
      // One pool: 8 deputies for 7 allowed, back to 7 in the second month.
      { name: 'Phó Chủ tịch UBND xã', group: null, average: 2.5, before: { units: 3, deputies: 8, allowed: 7 }, units: series([3]), deputies: series([8, 7]), allowed: series([7]) },
      // Grouped by locality: Xã A above at the end, Xã B within.
      { name: 'Cấp phó các phòng', group: 'Xã A', average: 2, before: { units: 2, deputies: 5, allowed: 4 }, units: series([2]), deputies: series([5]), allowed: series([4]) },
      { name: 'Cấp phó các phòng', group: 'Xã B', average: 2, before: { units: 2, deputies: 3, allowed: 4 }, units: series([2]), deputies: series([3]), allowed: series([4]) },
    ];
    const settings = { ...MERGE.settings, pooledCaps: [{ name: 'Cấp phó các phòng', units: [], groupBy: 'locality', average: 2 }] };
    const m = new SheetModel(summarySheet({ ...MERGE, settings, pools }, BASELINE, ctx('vi')));
    const heading = m.rowOf('Số cấp phó so với định mức bình quân (thời hạn 07/2030)');
    expect(m.cell(heading + 1, 2)).toBe(
      `Phó Chủ tịch UBND xã (3 đơn vị, bình quân 2,5): trước cải cách 8 cấp phó, được 7; cuối kỳ 7, được 7; trong mức từ ${MERGE.months[1].slice(5)}/${MERGE.months[1].slice(0, 4)}`,
    );
    // A line too long to print in the column goes on to the next row, each group whole.
    expect(m.cell(heading + 2, 2)).toBe('Cấp phó các phòng (bình quân 2, theo địa bàn): vượt ở 1/2 trước cải cách, 1 cuối kỳ; cuối kỳ còn vượt (số cấp phó/mức tối đa):');
    expect(m.cell(heading + 3, 2)).toBe('   Xã\u00a0A\u00a0(5/4)');
    expect(String(m.cell(heading + 4, 2))).toMatch(/^Căn cứ: .*NĐ 300\/2025/);
    // Without pools, no such section.
    expect(() => new SheetModel(summarySheet(MERGE, BASELINE, ctx('vi'))).rowOf('Số cấp phó so với định mức bình quân (thời hạn 07/2030)')).toThrow();
  });

  it('shows each KPI before the reform, in the first month, at the end, at worst, and against the baseline', () => {
    const kpis = model.table('SP_KB1_Summary_Kpi');
    expect(kpis.headers).toEqual([
      'Chỉ tiêu', 'Trước cải cách', 'Tháng đầu', 'Cuối kỳ', 'Xấu nhất', 'Tháng xấu nhất', 'Tổng cả kỳ', 'Hết từ tháng',
      'Giữ nguyên (cuối kỳ hoặc tổng)', 'Chênh lệch so với giữ nguyên',
    ]);
    // The fixture's "before" is one more than the first month for every stock.
    expect(kpis.record('Biên chế được giao')).toMatchObject({
      'Trước cải cách': 61, 'Tháng đầu': 60, 'Cuối kỳ': 58, 'Xấu nhất': null, 'Tháng xấu nhất': null, 'Tổng cả kỳ': null,
      'Giữ nguyên (cuối kỳ hoặc tổng)': 60, 'Chênh lệch so với giữ nguyên': -2,
    });
    expect(kpis.record('Cấp phó vượt định mức')).toMatchObject({
      'Trước cải cách': 1, 'Tháng đầu': 0, 'Cuối kỳ': 1, 'Xấu nhất': 2, 'Tháng xấu nhất': 46082, 'Hết từ tháng': null, 'Chênh lệch so với giữ nguyên': 1,
    });
    // Events have nothing before the reform, and compare totals over the horizon.
    expect(kpis.record('Luân chuyển đi')).toMatchObject({
      'Trước cải cách': null, 'Tổng cả kỳ': 1, 'Giữ nguyên (cuối kỳ hoặc tổng)': 0, 'Chênh lệch so với giữ nguyên': 1,
    });
    expect(kpis.record('Vị trí trống')).toMatchObject({ 'Cuối kỳ': 1, 'Giữ nguyên (cuối kỳ hoặc tổng)': 3, 'Chênh lệch so với giữ nguyên': -2 });
    // The key figures start a printed page, under their heading.
    expect(sheet.pageBreaks).toEqual([model.rowOf('Chỉ tiêu chính: kịch bản so với giữ nguyên')]);
    // A neutral stock bad one way shows its worst: how many were away at most (a secondment ended
    // before the last month shows nowhere else).
    expect(kpis.record('Đang biệt phái đi')).toMatchObject({ 'Cuối kỳ': 1, 'Xấu nhất': 1, 'Tháng xấu nhất': 46023 });
  });

  it('says what every figure means, in a line beside its name', () => {
    const row = model.rowOf('Cách hiểu các số liệu');
    expect(row).toBeGreaterThan(sheet.tables[0].row + sheet.tables[0].rows - 1);
    const meaning = (label: string) => {
      for (let r = row + 1; r < row + 40; r++) if (model.cell(r, 1) === label) return model.cell(r, 2);
      return undefined;
    };
    expect(meaning('Thiếu (so với có mặt)')).toBe('Số người đơn vị thực sự thiếu: biên chế được giao trừ số có mặt, tính từng đơn vị, nếu dương');
    expect(meaning('Trước cải cách')).toBe('Số liệu theo bảng đầu vào, trước mọi thao tác');
    expect(meaning('Tháng đầu')).toBe('Tháng 01/2026, sau các thao tác, nghỉ hưu và tuyển dụng của tháng đó');
    expect(meaning('Giữ nguyên')).toBe('Cùng thiết lập, không có thao tác nào (chỉ có nghỉ hưu và, nếu chọn, tuyển bù)');
    expect(meaning('Chênh lệch so với giữ nguyên')).toBe('Kịch bản trừ phương án giữ nguyên chạy cùng thiết lập');
    // So have the columns that are not measures: the worst month, the month a problem clears, a unit's status.
    expect(meaning('Hết từ tháng')).toMatch(/^Với một vấn đề/);
    expect(meaning('Tháng xấu nhất')).toMatch(/^Tháng đầu tiên có giá trị xấu nhất/);
    expect(meaning('Tình trạng')).toMatch(/^Đơn vị mới do kịch bản tạo/);
    // Every metric of the KPI table has its line.
    for (const label of model.table('SP_KB1_Summary_Kpi').rows.map((r) => r[0])) expect([label, typeof meaning(String(label))]).toEqual([label, 'string']);
  });

  it('compares the units that end differently: the scenario figure and its change from the baseline, with a totals row', () => {
    const units = model.table('SP_KB1_Summary');
    expect(units.spec.totalsRow).toBe(true);
    // The name first: column A is as wide as the header block's labels, and a name printed there is whole.
    expect(units.headers.slice(0, 7)).toEqual([
      'Tên đơn vị', 'Địa bàn', 'Cấp', 'Mã đơn vị', 'Biên chế được giao (kịch bản)', 'Biên chế được giao (chênh lệch)', 'Biên chế hiện có (kịch bản)',
    ]);
    expect(units.headers).toHaveLength(4 + 2 * UNIT_TABLE_METRICS.length + 1);
    // X2 ends as in the baseline: counted under the table, not listed.
    expect(units.rows.map((r) => r[3])).toEqual(['U1', 'U2', 'X1']);
    expect(model.cell(units.spec.row + units.spec.rows, 1)).toBe('1 đơn vị khác có số liệu cuối kỳ như phương án giữ nguyên: không liệt kê.');

    const u2 = units.record('Phòng Nội vụ Huyện A');
    expect(u2['Mã đơn vị']).toBe('U2');
    expect(u2['Biên chế hiện có (kịch bản)']).toBe(0);
    expect(u2['Biên chế hiện có (chênh lệch)']).toBe(-7);
    expect(u2['Tình trạng']).toBe('Hợp nhất vào Ban Tổ chức Huyện A từ 03/2026');
    expect(units.record('Ban Tổ chức Huyện A')['Biên chế hiện có (chênh lệch)']).toBe(6);
    expect(units.record('Ban Tổ chức Huyện A')['Cấp phó vượt định mức (chênh lệch)']).toBe(1);
    expect(units.record('=1+1')['Mã đơn vị']).toBe('X1');
    expect(units.record('=1+1')['Có mặt thực tế (chênh lệch)']).toBe(1);

    const totals = Object.fromEntries(units.headers.map((h, j) => [String(h), units.totals![j]]));
    expect(totals['Tên đơn vị']).toBe('Cộng các đơn vị trên');
    expect(totals['Mã đơn vị']).toBeNull();
    // X2's 22 posts are not listed; the change over the listed units is the whole change.
    expect(totals['Biên chế được giao (kịch bản)']).toBe(36);
    expect(totals['Biên chế được giao (chênh lệch)']).toBe(-2);
    expect(totals['Biên chế hiện có (chênh lệch)']).toBe(0);
  });

  it('formats deltas by direction: fewer present is bad, less surplus is good, a quota or roster change is neutral', () => {
    const units = sheet.tables[1];
    const ruleAt = (header: string) => {
      const col = units.col + model.table(units.name).headers.indexOf(header);
      return sheet.conditionalFormats!.find((f) => f.range.col === col && f.range.row === units.row + 1)?.rule.kind;
    };
    expect(ruleAt('Có mặt thực tế (chênh lệch)')).toBe('signGoodPositive');
    expect(ruleAt('Biên chế hiện có (chênh lệch)')).toBeUndefined();
    expect(ruleAt('Biên chế được giao (chênh lệch)')).toBeUndefined();
    expect(ruleAt('Dôi dư (chênh lệch)')).toBe('signBadPositive');
  });

  it('keeps unit id and name in view while scrolling across the wide unit table', () => {
    expect(sheet.freeze).toEqual({ rows: 0, columns: 2 });
    expect(sheet.columnWidths[1]).toBeGreaterThanOrEqual(30);
    // Column A fits the labels of the header block, the longest being 55 characters, up to 48.
    expect(sheet.columnWidths[0]).toBe(48);
  });

  it('says that the scenario has no operation when it is the baseline', () => {
    const base = new SheetModel(summarySheet(BASELINE, BASELINE, { ...ctx('en'), scenarioText: [] }));
    expect(base.cell(base.rowOf('Operations'), 2)).toBe('(none: the same as the baseline)');
    // No unit differs from the baseline: none is listed, and the sheet says so.
    expect(base.table('SP_KB1_Summary').rows).toEqual([Array(4 + 2 * UNIT_TABLE_METRICS.length + 1).fill(null)]);
    expect(base.cell(base.table('SP_KB1_Summary').spec.row + 3, 1)).toBe('Every unit ends as in the baseline.');
    base.check();
  });

  it('writes English labels for an English workbook', () => {
    const en = new SheetModel(summarySheet(MERGE, BASELINE, ctx('en')));
    expect(en.cell(en.rowOf('Hiring'), 2)).toBe('Fill vacancies after 6 months');
    expect(en.table('SP_KB1_Summary').record('Phòng Nội vụ Huyện A')['Roster (change)']).toBe(-7);
    expect(en.table('SP_KB1_Summary').totals![0]).toBe('Total of these units');
    expect(en.table('SP_KB1_Summary_Kpi').record('Shortage')['Change vs baseline']).toBe(-2);
  });
});

describe('printedLines', () => {
  it('cuts a long text at spaces into lines that print within the page, the lines after the first indented', () => {
    const text = 'Luân chuyển những người có vai trò là cấp phó, cấp của đơn vị là Huyện, tuổi từ 50 trở xuống đến các đơn vị có loại đơn vị là UBND xã cùng Huyện';
    const lines = printedLines(text, 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(printedLines(' two  spaces\nand a break ', 40)).toEqual([' two  spaces\nand a break ']);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.slice(1).every((l) => l.startsWith('   '))).toBe(true);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(text);
    expect(printedLines('ngắn', 40)).toEqual(['ngắn']);
    expect(printedLines('', 40)).toEqual(['']);
    expect(printedLines('x'.repeat(50), 40)).toEqual(['x'.repeat(50)]);
  });

  it('puts a long operation of the summary on several rows, its label on the first', () => {
    const long = `${'Luân chuyển cán bộ cấp phó về xã '.repeat(8)}trong 36 tháng`;
    const model = new SheetModel(summarySheet(MERGE, BASELINE, { ...ctx('vi'), scenarioText: [long, 'Ngắn'] }));
    model.check();
    const cells = model.sheet.blocks.flatMap((b) => b.values.map((v, i) => ({ row: b.row + i, col: b.col, value: v[0] })));
    const operationRows = cells.filter((c) => c.col === 2 && typeof c.value === 'string' && (c.value.startsWith('1. ') || c.value.startsWith('   ') || c.value === '2. Ngắn'));
    expect(operationRows.length).toBeGreaterThan(2);
    expect(operationRows.every((c) => String(c.value).length <= 130)).toBe(true);
    expect(operationRows.map((c) => String(c.value).trim()).join(' ')).toBe(`1. ${long} 2. Ngắn`);
  });
});
