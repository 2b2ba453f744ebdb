import { annexSheet, annexUnitsSheet } from '../../src/sheets/annex';
import { MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

/** The decision's annex of the merge fixture: Phòng Nội vụ (U2, 7) merged into Ban Tổ chức (U1, 9), a deputy rotated to X1. */
const ctx = {
  sheetName: 'KB1 Phụ lục I',
  tableName: 'SP_KB1_Annex',
  birthYears: new Map<string, number | null>([['CB2', 1975], ['CB10', 1990], ['CB7', null]]),
  inputQuotas: new Map([['U1', 9], ['U2', 7], ['X1', 20], ['X2', 22]]),
};

describe('annexSheet', () => {
  const vi = new SheetModel(annexSheet(MERGE, { ...ctx, lang: 'vi' }));
  const viUnits = new SheetModel(annexUnitsSheet(MERGE, { ...ctx, lang: 'vi', sheetName: 'KB1 Phụ lục II', tableName: 'SP_KB1_Annex_Units' }));

  it('is two consistent sheets of one table each, the people then the units, each printing under its own headings', () => {
    vi.check();
    viUnits.check();
    expect(vi.sheet.tables.map((t) => t.name)).toEqual(['SP_KB1_Annex']);
    expect(vi.table('SP_KB1_Annex').headers).toEqual(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ và đơn vị hiện nay', 'Nơi đến / chức vụ mới', 'Thời gian', 'Ghi chú']);
    expect(viUnits.sheet.tables.map((t) => t.name)).toEqual(['SP_KB1_Annex_Units']);
    expect(viUnits.table('SP_KB1_Annex_Units').headers).toEqual(['STT', 'Đơn vị', 'Biên chế trước', 'Biên chế sau', 'Tăng/giảm']);
    expect(vi.sheet.blocks[0].values[0][0]).toBe('Phụ lục I kèm theo kịch bản KB1: Hợp nhất Ban Tổ chức và Phòng Nội vụ');
    expect(viUnits.sheet.blocks[0].values[0][0]).toBe('Phụ lục II kèm theo kịch bản KB1: Hợp nhất Ban Tổ chức và Phòng Nội vụ');
  });

  it('lists the people an operation moves, by operation, then unit, heads first, with names not codes', () => {
    expect(vi.table('SP_KB1_Annex').rows).toEqual([
      [1, 'Trần Thị Bình', 1975, 'Trưởng phòng, Phòng Nội vụ Huyện A', 'Phó Trưởng ban, Ban Tổ chức Huyện A', 'Từ 03/2026', 'Từ cấp trưởng thành cấp phó'],
      [2, 'Nguyễn Văn An', 1990, 'Chuyên viên, Phòng Nội vụ Huyện A', 'Chuyên viên, Ban Tổ chức Huyện A', 'Từ 03/2026', 'Chuyển sang đơn vị hợp nhất'],
      [3, 'Lê Văn Cường', null, 'Phó Trưởng ban, Ban Tổ chức Huyện A', 'Phó Chủ tịch UBND, =1+1', 'Từ 04/2026, 36 tháng', 'Luân chuyển đi'],
    ]);
  });

  it('leaves out what follows from the terms (a return conflict) and what no operation decided (a retirement)', () => {
    const names = vi.table('SP_KB1_Annex').rows.map((r) => r[1]);
    expect(names).not.toContain('+84 Phạm Dũng');
    expect(names).not.toContain('Hoàng Văn Em');
  });

  it('lists the units whose quota changes, before and after, with the totals', () => {
    expect(viUnits.table('SP_KB1_Annex_Units').rows).toEqual([
      [1, 'Ban Tổ chức Huyện A', 9, 16, 7],
      [2, 'Phòng Nội vụ Huyện A', 7, 0, -7],
    ]);
    expect(viUnits.table('SP_KB1_Annex_Units').totals).toEqual(['Tổng cộng', null, 16, 16, 0]);
  });

  it('is written in the sheet\'s language', () => {
    const en = new SheetModel(annexSheet(MERGE, { ...ctx, lang: 'en' }));
    expect(en.table('SP_KB1_Annex').headers[4]).toBe('Destination / new title');
    expect(en.table('SP_KB1_Annex').rows[2][5]).toBe('From 04/2026, 36 months');
    expect(en.table('SP_KB1_Annex').rows[0][6]).toBe('Head becomes deputy');
  });
});

describe('a person an operation moves twice in one month', () => {
  it('is one line, from the first post to the last, naming both changes', () => {
    const twice = {
      ...MERGE,
      changes: [
        { personId: 'CB2', name: 'Trần Thị Bình', month: '2026-03', kind: 'mergedUnit' as const, from: { unitId: 'U2', title: 'Trưởng phòng', role: 'head' as const }, to: { unitId: 'U1', title: 'Trưởng phòng', role: 'head' as const }, operation: 0, detail: null },
        { personId: 'CB2', name: 'Trần Thị Bình', month: '2026-03', kind: 'headToDeputy' as const, from: { unitId: 'U1', title: 'Trưởng phòng', role: 'head' as const }, to: { unitId: 'U1', title: 'Phó Trưởng ban', role: 'deputy' as const }, operation: 0, detail: null },
      ],
    };
    const rows = new SheetModel(annexSheet(twice, { ...ctx, lang: 'vi' })).table('SP_KB1_Annex').rows;
    expect(rows).toEqual([[1, 'Trần Thị Bình', 1975, 'Trưởng phòng, Phòng Nội vụ Huyện A', 'Phó Trưởng ban, Ban Tổ chức Huyện A', 'Từ 03/2026', 'Chuyển sang đơn vị hợp nhất; Từ cấp trưởng thành cấp phó']]);
  });
});
