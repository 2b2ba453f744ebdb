import { headerRowHeights } from '../../src/sheets/appearance';
import { comparisonSheet } from '../../src/sheets/comparison';
import { BASELINE, CUT, MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

const ctx = { lang: 'vi' as const, sheetName: 'So sánh', tableName: 'SP_Comparison' };

describe('comparisonSheet', () => {
  const sheet = comparisonSheet(BASELINE, [MERGE, CUT], ctx);
  const model = new SheetModel(sheet);
  const table = model.table('SP_Comparison');
  const row = (metric: string, measure: string | null) => {
    const r = table.rows.find((cells) => cells[0] === metric && cells[1] === measure);
    if (!r) throw new Error(`no row ${metric} / ${measure}`);
    return Object.fromEntries(table.headers.map((h, j) => [String(h), r[j]]));
  };

  it('is a consistent sheet', () => {
    model.check();
    expect(sheet.freeze).toEqual({ rows: 4, columns: 2 });
    // Its rows wrap: a long label (an exit policy's) prints whole in its column; the measures' words
    // fit theirs, so the other rows keep one line.
    const data = sheet.blocks.find((b) => b.row === 5)!;
    expect(data.style).toBe('wrapped');
    for (const lang of ['vi', 'en'] as const) {
      const s = comparisonSheet(BASELINE, [MERGE, CUT], { ...ctx, lang });
      const block = s.blocks.find((b) => b.row === 5)!;
      const tall = headerRowHeights(block, s.columnWidths).flatMap((h, i) => (h === null ? [] : [block.values[i][0]]));
      expect(tall).toEqual([]);
    }
  });

  it('puts the baseline then each scenario with its change as columns', () => {
    expect(table.headers).toEqual([
      'Chỉ tiêu', 'Số đo', 'Giữ nguyên',
      'Hợp nhất Ban Tổ chức và Phòng Nội vụ (KB1)', 'Chênh lệch KB1',
      'Tinh giản xã C (KB2)', 'Chênh lệch KB2',
    ]);
  });

  it('has before-the-reform, end and worst rows for stocks and a total row for events', () => {
    // The fixture's "before" is one more than the first month.
    expect(row('Biên chế được giao', 'Trước cải cách')).toMatchObject({ 'Giữ nguyên': 61, 'Chênh lệch KB1': null, 'Chênh lệch KB2': null });
    expect(row('Biên chế được giao', 'Cuối kỳ')).toMatchObject({ 'Giữ nguyên': 60, 'Chênh lệch KB1': -2, 'Chênh lệch KB2': -2 });
    expect(row('Dôi dư', 'Xấu nhất')).toMatchObject({ 'Giữ nguyên': 0, 'Chênh lệch KB1': 1, 'Chênh lệch KB2': 2 });
    expect(row('Nghỉ hưu', 'Tổng cả kỳ')).toMatchObject({ 'Giữ nguyên': 1, 'Chênh lệch KB1': 0 });
    expect(table.rows.filter((r) => r[0] === 'Nghỉ hưu')).toHaveLength(1);
    expect(row('Số người thay đổi vị trí', null)).toMatchObject({ 'Giữ nguyên': 0, 'Hợp nhất Ban Tổ chức và Phòng Nội vụ (KB1)': 3, 'Chênh lệch KB1': 3 });
  });

  it('colours each change column by the direction of each row\'s metric', () => {
    const deltaCol = table.spec.col + 4;
    const ruleForRow = (r: number) =>
      sheet.conditionalFormats!.find((f) => f.range.col === deltaCol && r >= f.range.row && r < f.range.row + f.range.rows)?.rule.kind;
    const sheetRow = (metric: string, measure: string | null) =>
      table.spec.row + 1 + table.rows.findIndex((c) => c[0] === metric && c[1] === measure);
    expect(ruleForRow(sheetRow('Có mặt thực tế', 'Cuối kỳ'))).toBe('signGoodPositive');
    // A quota cut is often the aim, and the roster follows it: neither is coloured.
    expect(ruleForRow(sheetRow('Biên chế được giao', 'Cuối kỳ'))).toBeUndefined();
    // …and has no "worst" row: a quota is neither good nor bad when it moves.
    expect(table.rows.filter((c) => c[0] === 'Biên chế được giao').map((c) => c[1])).toEqual(['Trước cải cách', 'Cuối kỳ']);
    expect(ruleForRow(sheetRow('Biên chế hiện có', 'Cuối kỳ'))).toBeUndefined();
    expect(ruleForRow(sheetRow('Dôi dư', 'Cuối kỳ'))).toBe('signBadPositive');
    expect(ruleForRow(sheetRow('Số người thay đổi vị trí', null))).toBeUndefined();
    // Exits under a policy are the scenario's means, as retirements are: not coloured.
    expect(ruleForRow(sheetRow('Nghỉ theo chính sách', 'Tổng cả kỳ'))).toBeUndefined();
    // Secondments are neutral but have a worst (the most away at once).
    expect(table.rows.filter((c) => c[0] === 'Đang biệt phái đi').map((c) => c[1])).toEqual(['Trước cải cách', 'Cuối kỳ', 'Xấu nhất']);
    expect(sheet.conditionalFormats!.some((f) => f.range.col === table.spec.col + 6)).toBe(true);
  });

  it('says what every figure, measure and column means, between the table and the chart', () => {
    const heading = model.rowOf('Cách hiểu các số liệu');
    expect(heading).toBeGreaterThan(table.spec.row + table.spec.rows);
    const lines = new Map<string, unknown>();
    for (let r = heading + 1; model.cell(r, 1) != null && r < heading + 100; r++) lines.set(String(model.cell(r, 1)), model.cell(r, 2));
    for (const label of new Set(table.rows.map((c) => String(c[0])))) expect([label, typeof lines.get(label)]).toEqual([label, 'string']);
    for (const measure of new Set(table.rows.map((c) => c[1]).filter((m) => m !== null))) expect(lines.has(String(measure))).toBe(true);
    expect(lines.get('Cuối kỳ')).toBe('Tháng cuối cùng được mô phỏng (06/2026)');
    expect(lines.get('Giữ nguyên')).toMatch(/không có thao tác nào/);
    expect(sheet.charts![0].data.row).toBeGreaterThan(heading + lines.size);
    expect(sheet.pageBreaks).toEqual([sheet.charts![0].data.row - 1]);
  });

  it('describes a column chart of shortage, surplus and excess deputies at the end, under its data, over its data', () => {
    const [chart] = sheet.charts!;
    expect(chart.type).toBe('columnClustered');
    expect(chart.at.col).toBe(1);
    expect(chart.at.row).toBeGreaterThan(chart.data.row + chart.data.rows);
    const data = Array.from({ length: chart.data.rows }, (_, r) =>
      Array.from({ length: chart.data.columns }, (_, c) => model.cell(chart.data.row + r, chart.data.col + c)),
    );
    expect(data).toEqual([
      ['Kịch bản', 'Thiếu (so với có mặt)', 'Dôi dư', 'Cấp phó vượt định mức'],
      ['Giữ nguyên', 4, 0, 0],
      ['Hợp nhất Ban Tổ chức và Phòng Nội vụ', 2, 0, 1],
      ['Tinh giản xã C', 3, 2, 0],
    ]);
    // The names wrap within column A, printed whole.
    const names = sheet.blocks.find((b) => b.row === chart.data.row + 1 && b.col === 1);
    expect(names?.style).toBe('wrapped');
  });
});

describe('scenarios with other settings than the baseline', () => {
  // CUT is compared with a baseline of its own (here: MERGE's figures stand in for "the baseline
  // with CUT's settings"), shown in a column of its own; its change is taken against that column.
  const sheet = comparisonSheet(BASELINE, [MERGE, CUT], ctx, [BASELINE, MERGE]);
  const model = new SheetModel(sheet);
  const table = model.table(sheet.tables[0].name);

  it('shows each distinct baseline once, named by the scenarios that use it', () => {
    expect(table.headers.slice(0, 4)).toEqual(['Chỉ tiêu', 'Số đo', 'Giữ nguyên', 'Giữ nguyên theo thiết lập của KB2']);
  });

  it('takes each change against the scenario\'s own baseline', () => {
    const row = table.rows.find((c) => c[0] === 'Dôi dư' && c[1] === 'Cuối kỳ')!;
    const [, , base, ownBase, merge, mergeChange, cut, cutChange] = row as number[];
    expect(mergeChange).toBe(merge - base);
    expect(cutChange).toBe(cut - ownBase);
    expect(ownBase).toBe(merge);
  });
});

describe('exits under a policy on the comparison', () => {
  const exited = (personId: string, detail: string) => ({
    personId, name: personId, month: '2026-04', kind: 'exited' as const, from: { unitId: 'X2', title: 'Công chức', role: 'staff' as const }, to: null, operation: 2, detail,
  });
  const withExits = { ...MERGE, changes: [...MERGE.changes, exited('CB40', 'earlyRetirement'), exited('CB41', 'earlyRetirement'), exited('CB42', 'resignation')] };
  const table = new SheetModel(comparisonSheet(BASELINE, [withExits, CUT], ctx)).table('SP_Comparison');

  it('adds one row per policy some scenario uses, with its count and the change against the baseline', () => {
    const rows = table.rows.filter((r) => String(r[0]).startsWith('Nghỉ theo chính sách:'));
    expect(rows).toEqual([
      ['Nghỉ theo chính sách: Nghỉ hưu trước tuổi (NĐ 178/2024, Đ.7)', 'Tổng cả kỳ', 0, 2, 2, 0, 0],
      ['Nghỉ theo chính sách: Thôi việc (NĐ 178/2024, Đ.9–10)', 'Tổng cả kỳ', 0, 1, 1, 0, 0],
    ]);
  });

  it('has none when no scenario has exits', () => {
    expect(new SheetModel(comparisonSheet(BASELINE, [MERGE], ctx)).table('SP_Comparison').rows.filter((r) => String(r[0]).startsWith('Nghỉ theo chính sách:'))).toEqual([]);
  });
});
