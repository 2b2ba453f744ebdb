import type { ChangeKind, PersonChange } from '../../src/domain/result';
import { annexSheet, annexUnitsSheet } from '../../src/sheets/annex';
import { postText } from '../../src/sheets/labels';
import { MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

/** The decision's annex of the merge fixture: Phòng Nội vụ (U2, 7) merged into Ban Tổ chức (U1, 9), a deputy rotated to X1. */
type Role = 'head' | 'deputy' | 'staff';
/** A change an operation (the first) makes in 2026-03: from a post to a post, each [unit, title, role]. */
const change = (personId: string, name: string, kind: ChangeKind, [fu, ft, fr]: [string, string, Role], [tu, tt, tr]: [string, string, Role]): PersonChange => ({
  personId, name, month: '2026-03', kind, from: { unitId: fu, title: ft, role: fr }, to: { unitId: tu, title: tt, role: tr }, operation: 0, detail: null,
});

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
      [1, 'Trần Thị Bình', 1975, 'Trưởng phòng Nội vụ Huyện A', 'Phó Trưởng ban Tổ chức Huyện A', 'Từ ngày 01/03/2026', 'Từ cấp trưởng thành cấp phó'],
      [2, 'Nguyễn Văn An', 1990, 'Chuyên viên Phòng Nội vụ Huyện A', 'Chuyên viên Ban Tổ chức Huyện A', 'Từ ngày 01/03/2026', 'Chuyển sang đơn vị hợp nhất'],
      [3, 'Lê Văn Cường', null, 'Phó Trưởng ban Tổ chức Huyện A', 'Phó Chủ tịch UBND =1+1', 'Từ ngày 01/04/2026, 36 tháng', 'Luân chuyển'],
    ]);
  });

  it('writes a post as a decision does, the words title and unit share said once; in English, "title, unit"', () => {
    expect(postText('Bí thư Đảng ủy', 'Đảng ủy phường Thành Sen', 'vi')).toBe('Bí thư Đảng ủy phường Thành Sen');
    expect(postText('Phó Chủ tịch UBND', 'UBND xã Sơn Tây', 'vi')).toBe('Phó Chủ tịch UBND xã Sơn Tây');
    expect(postText('Trưởng phòng', 'Phòng Kinh tế xã Kỳ Anh', 'vi')).toBe('Trưởng phòng Kinh tế xã Kỳ Anh');
    expect(postText('Giám đốc', 'Sở Nội vụ', 'vi')).toBe('Giám đốc Sở Nội vụ');
    expect(postText('Chi cục trưởng', 'Chi cục Kiểm lâm', 'vi')).toBe('Chi cục trưởng Chi cục Kiểm lâm');
    expect(postText(' Chủ tịch  ubnd ', 'UBND xã', 'vi')).toBe('Chủ tịch ubnd xã');
    // The shared words found whatever the tone placement: 'Uỷ ban' is 'Ủy ban'.
    expect(postText('Phó Chủ nhiệm Uỷ ban Kiểm tra', 'Ủy ban Kiểm tra Đảng ủy xã Sơn Tây', 'vi')).toBe('Phó Chủ nhiệm Uỷ ban Kiểm tra Đảng ủy xã Sơn Tây');
    expect(postText('Phó Chủ tịch UBND', 'UBND xã Sơn Tây', 'en')).toBe('Phó Chủ tịch UBND, UBND xã Sơn Tây');
  });

  it('says "Kiêm" before a title taken besides the one kept, and lists people of one unit by given name', () => {
    const concurrent = {
      ...MERGE,
      changes: [
        change('CB10', 'Nguyễn Văn An', 'concurrentTitle', ['U1', 'Chuyên viên', 'staff'], ['X1', 'Phó Chủ tịch UBND', 'deputy']),
        change('CB2', 'Trần Thị Bình', 'moved', ['U1', 'Chuyên viên', 'staff'], ['U2', 'Chuyên viên', 'staff']),
        change('CB7', 'Đỗ Thị Bình', 'moved', ['U1', 'Chuyên viên', 'staff'], ['U2', 'Chuyên viên', 'staff']),
      ],
    };
    const rows = new SheetModel(annexSheet(concurrent, { ...ctx, lang: 'vi' })).table('SP_KB1_Annex').rows;
    // An, then the two Bình: Đỗ before Trần (Đ after D, before T, in Vietnamese order).
    expect(rows.map((r) => [r[1], r[4]])).toEqual([
      ['Nguyễn Văn An', 'Kiêm Phó Chủ tịch UBND =1+1'],
      ['Đỗ Thị Bình', 'Chuyên viên Phòng Nội vụ Huyện A'],
      ['Trần Thị Bình', 'Chuyên viên Phòng Nội vụ Huyện A'],
    ]);
    // The same order in English: the names are Vietnamese.
    expect(new SheetModel(annexSheet(concurrent, { ...ctx, lang: 'en' })).table('SP_KB1_Annex').rows.map((r) => r[1])).toEqual(['Nguyễn Văn An', 'Đỗ Thị Bình', 'Trần Thị Bình']);
  });

  it('names the titles the tables say are held besides the post a line starts from, and only that post', () => {
    const heldBesides = new Map([['CB2', { unitId: 'U2', title: 'Trưởng phòng', titles: ['Chủ tịch Công đoàn'] }], ['CB10', { unitId: 'U9', title: 'Chuyên viên', titles: ['Bí thư Chi đoàn'] }]]);
    const rows = new SheetModel(annexSheet(MERGE, { ...ctx, lang: 'vi', heldBesides })).table('SP_KB1_Annex').rows;
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      ['Trần Thị Bình', 'Trưởng phòng Nội vụ Huyện A, kiêm Chủ tịch Công đoàn'],
      // An's post in the tables is elsewhere: the line does not start from it.
      ['Nguyễn Văn An', 'Chuyên viên Phòng Nội vụ Huyện A'],
      ['Lê Văn Cường', 'Phó Trưởng ban Tổ chức Huyện A'],
    ]);
  });

  it('says so when no unit\'s quota changes', () => {
    // The tables as the scenario ends them: nothing to list.
    const ended = new Map([['U1', 16], ['U2', 0], ['X1', 20], ['X2', 22]]);
    const none = new SheetModel(annexUnitsSheet(MERGE, { ...ctx, lang: 'vi', inputQuotas: ended, sheetName: 'KB1 Phụ lục II', tableName: 'SP_KB1_Annex_Units' }));
    none.check();
    expect(none.sheet.blocks.flatMap((b) => b.values.flat())).toContain('Kịch bản không thay đổi biên chế của đơn vị nào.');
    expect(viUnits.sheet.blocks.flatMap((b) => b.values.flat())).not.toContain('Kịch bản không thay đổi biên chế của đơn vị nào.');
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
    expect(en.table('SP_KB1_Annex').rows[2][5]).toBe('From 01/04/2026, 36 months');
    expect(en.table('SP_KB1_Annex').rows[0][6]).toBe('Head becomes deputy');
  });
});

describe('a person an operation moves twice in one month', () => {
  it('is one line, from the first post to the last, naming both changes', () => {
    const twice = {
      ...MERGE,
      changes: [
        change('CB2', 'Trần Thị Bình', 'mergedUnit', ['U2', 'Trưởng phòng', 'head'], ['U1', 'Trưởng phòng', 'head']),
        change('CB2', 'Trần Thị Bình', 'headToDeputy', ['U1', 'Trưởng phòng', 'head'], ['U1', 'Phó Trưởng ban', 'deputy']),
      ],
    };
    const rows = new SheetModel(annexSheet(twice, { ...ctx, lang: 'vi' })).table('SP_KB1_Annex').rows;
    expect(rows).toEqual([[1, 'Trần Thị Bình', 1975, 'Trưởng phòng Nội vụ Huyện A', 'Phó Trưởng ban Tổ chức Huyện A', 'Từ ngày 01/03/2026', 'Chuyển sang đơn vị hợp nhất; Từ cấp trưởng thành cấp phó']]);
  });
});

describe('the list of people by what it holds', () => {
  const exit = (personId: string, name: string): PersonChange => ({
    personId, name, month: '2027-01', kind: 'exited', from: { unitId: 'X2', title: 'Công chức', role: 'staff' }, to: null, operation: 0, detail: 'earlyRetirement',
  });
  const title = (changes: PersonChange[], lang: 'vi' | 'en') => new SheetModel(annexSheet({ ...MERGE, changes }, { ...ctx, lang })).cell(3, 1);

  it('is titled by what it lists: changed posts, exits under a policy, or both', () => {
    expect(title([exit('CB30', 'Hoàng Văn Em')], 'vi')).toBe('Danh sách cán bộ nghỉ theo chính sách');
    expect(title([exit('CB30', 'Hoàng Văn Em')], 'en')).toBe('People who leave under a policy');
    const moved = change('CB10', 'Nguyễn Văn An', 'moved', ['U2', 'Chuyên viên', 'staff'], ['U1', 'Chuyên viên', 'staff']);
    expect(title([moved, exit('CB30', 'Hoàng Văn Em')], 'vi')).toBe('Danh sách cán bộ có thay đổi vị trí công tác hoặc nghỉ theo chính sách');
    expect(title([moved], 'vi')).toBe('Danh sách cán bộ có thay đổi vị trí công tác');
    // An exit dates from the first day its person is gone.
    expect(new SheetModel(annexSheet({ ...MERGE, changes: [exit('CB30', 'Hoàng Văn Em')] }, { ...ctx, lang: 'vi' })).table('SP_KB1_Annex').rows[0][5]).toBe('Từ ngày 01/01/2027');
  });
});
