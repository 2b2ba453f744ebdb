import { printedCorner } from '../../src/sheets/layout';
import { withPrint } from '../../src/sheets/print';
import { timelineSheet, TIMELINE_METRICS } from '../../src/sheets/timeline';
import { MERGE, buildResult } from './fixtures';
import { SheetModel } from './sheetModel';

const ctx = { lang: 'vi' as const, sheetName: 'KB1 Diễn biến', tableName: 'SP_KB1_Timeline' };

describe('timelineSheet', () => {
  const sheet = timelineSheet(MERGE, ctx);
  const model = new SheetModel(sheet);

  it('is a consistent sheet with two tables one under the other', () => {
    model.check();
    const [level, locality] = sheet.tables;
    expect(level.name).toBe('SP_KB1_Timeline');
    expect(locality.name).toBe('SP_KB1_Timeline_Locality');
    expect(locality.col).toBe(level.col);
    expect(locality.row).toBeGreaterThan(level.row + level.rows);
    expect(sheet.freeze).toEqual({ rows: level.row, columns: 0 });
  });

  it('prints the table by level, its header on every page; the one by locality is for the screen', () => {
    const [level, locality] = sheet.tables;
    expect(printedCorner(sheet)?.row).toBe(level.row + level.rows - 1);
    expect(withPrint(sheet, { lang: 'vi', runDate: '2026-05-17' }).print?.titleRows).toEqual({ first: level.row, last: level.row });
    expect(locality.row).toBeGreaterThan(printedCorner(sheet)!.row);
    expect(model.cell(2, 1)).toMatch(/Bản in gồm bảng theo cấp/);
  });

  it('gives month × level the state after each month', () => {
    const t = model.table('SP_KB1_Timeline');
    expect(t.headers).toEqual([
      'Tháng', 'Cấp', 'Biên chế được giao', 'Biên chế hiện có', 'Có mặt thực tế', 'Vị trí trống', 'Dôi dư',
      'Thiếu (so với có mặt)', 'Cấp phó vượt định mức', 'Chưa bố trí công tác', 'Xung đột khi trở về',
    ]);
    expect(t.rows).toHaveLength(6 * 2);
    expect(t.rows[0]).toEqual([46023, 'Huyện', 18, 17, 17, 1, 0, 1, 0, 0, 0]);
    expect(t.rows[1]).toEqual([46023, 'Xã', 42, 40, 39, 2, 0, 3, 0, 0, 0]);
    // March 2026: the two offices are one, a surplus of 1 and two excess deputies.
    expect(t.rows[4]).toEqual([46082, 'Huyện', 16, 17, 17, 0, 1, 0, 2, 0, 0]);
  });

  it('gives month × locality in the order units mention localities', () => {
    const t = model.table('SP_KB1_Timeline_Locality');
    expect(t.headers[1]).toBe('Địa bàn');
    expect(t.rows.slice(0, 3).map((r) => r[1])).toEqual(['Huyện A', 'Xã B', 'Xã C']);
    expect(t.rows[t.rows.length - 2]).toEqual([46174, 'Xã B', 20, 19, 19, 1, 0, 1, 0, 0, 0]);
    expect(t.headers.slice(2)).toHaveLength(TIMELINE_METRICS.length);
  });

  it('names units without a locality plainly', () => {
    const result = buildResult({ code: 'K', name: 'k', months: 1, units: [{ id: 'A', name: 'A', level: 'Tỉnh', series: { quota: 5 } }] });
    const t = new SheetModel(timelineSheet(result, { ...ctx, lang: 'en' })).table('SP_KB1_Timeline_Locality');
    expect(t.rows).toEqual([[46023, '(no locality)', 5, 0, 0, 0, 0, 0, 0, 0, 0]]);
  });

  it('sums the localities into their parents when asked, with figures that add up to the locality table', () => {
    const parents = new Map([['Huyện A', 'Huyện A'], ['Xã B', 'Huyện A'], ['Xã C', 'Huyện A']]);
    const byParent = new SheetModel(timelineSheet(MERGE, { ...ctx, localities: { kind: 'parent', parents } }));
    byParent.check();
    const t = byParent.table('SP_KB1_Timeline_Locality');
    expect(t.headers[1]).toBe('Địa bàn cấp trên');
    expect(new Set(t.rows.map((r) => r[1]))).toEqual(new Set(['Huyện A']));
    const perLocality = model.table('SP_KB1_Timeline_Locality').rows;
    const months = new Set(perLocality.map((r) => r[0]));
    expect(t.rows).toHaveLength(months.size);
    for (const row of t.rows) {
      const parts = perLocality.filter((r) => r[0] === row[0]);
      for (let j = 2; j < row.length; j++) expect(row[j]).toBe(parts.reduce((sum, r) => sum + (r[j] as number), 0));
    }
    // The level table does not change.
    expect(byParent.table('SP_KB1_Timeline').rows).toEqual(model.table('SP_KB1_Timeline').rows);
  });
});
