import { whereaboutsSheet, type FollowedPerson } from '../../src/sheets/whereabouts';
import { BASELINE, CUT, MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

const ctx = { lang: 'vi' as const, sheetName: 'Theo dõi cán bộ', tableName: 'SP_Whereabouts' };
const person = (id: string, name: string, unitId: string, title: string, role: FollowedPerson['role'], birthYear: number | null = 1980): FollowedPerson =>
  ({ id, name, birthYear, unitId, title, role });

describe('whereaboutsSheet', () => {
  const people = [
    person('CB7', 'Lê Văn Cường', 'U1', 'Phó Trưởng ban', 'deputy'),
    person('CB2', 'Trần Thị Bình', 'U2', 'Trưởng phòng', 'head', null),
    person('CB30', 'Hoàng Văn Em', 'X2', 'Công chức', 'staff'),
    person('CB9', '+84 Phạm Dũng', 'X1', 'Công chức', 'staff'),
  ];
  const sheet = whereaboutsSheet(BASELINE, [MERGE, CUT], people, ctx);
  const model = new SheetModel(sheet);
  const table = model.table('SP_Whereabouts');
  const rowsOf = (id: string) => table.rows.filter((r) => r[0] === id).map((r) => Object.fromEntries(table.headers.map((h, j) => [String(h), r[j]])));

  it('is a consistent sheet with the baseline then each scenario as columns, people in the order given', () => {
    model.check();
    expect(table.headers).toEqual([
      'Mã cán bộ', 'Họ và tên', 'Năm sinh', 'Từ tháng', 'Giữ nguyên',
      'Hợp nhất Ban Tổ chức và Phòng Nội vụ (KB1)', 'Tinh giản xã C (KB2)',
    ]);
    expect([...new Set(table.rows.map((r) => r[0]))]).toEqual(['CB7', 'CB2', 'CB30', 'CB9']);
    expect(sheet.freeze).toEqual({ rows: 4, columns: 2 });
  });

  it('starts each person at the post of the tables and adds a row for each month a scenario changes it', () => {
    const rows = rowsOf('CB7');
    // 2026-01 is the first month (serial 46023), 2026-04 the rotation's (46113).
    expect(rows.map((r) => r['Từ tháng'])).toEqual([46023, 46113]);
    expect(rows[0]).toMatchObject({ 'Họ và tên': 'Lê Văn Cường', 'Năm sinh': 1980, 'Giữ nguyên': 'Phó Trưởng ban Tổ chức Huyện A' });
    expect(rows[1]).toMatchObject({
      'Giữ nguyên': 'Phó Trưởng ban Tổ chức Huyện A',
      'Hợp nhất Ban Tổ chức và Phòng Nội vụ (KB1)': 'Luân chuyển: Phó Chủ tịch UBND =1+1, đến hết 03/2029',
      'Tinh giản xã C (KB2)': 'Phó Trưởng ban Tổ chức Huyện A',
    });
  });

  it('names the merged unit a head becomes deputy in, and shows a retirement from the month after the last one worked', () => {
    expect(rowsOf('CB2')[1]).toMatchObject({ 'Năm sinh': null, 'Hợp nhất Ban Tổ chức và Phòng Nội vụ (KB1)': 'Phó Trưởng ban Tổ chức Huyện A' });
    // Retired in 2026-05 in KB1 only (the fixture's baseline records no change): no post from 2026-06.
    const em = rowsOf('CB30');
    expect(em.map((r) => [r['Từ tháng'], r['Giữ nguyên'], r['Hợp nhất Ban Tổ chức và Phòng Nội vụ (KB1)']])).toEqual([
      [46023, 'Công chức UBND xã C', 'Công chức UBND xã C'],
      [46174, 'Công chức UBND xã C', 'Nghỉ hưu'],
    ]);
  });

  it('says the titles the tables give besides the post, while the post is kept', () => {
    const heldBesides = { ...person('CB7', 'Lê Văn Cường', 'U1', 'Phó Trưởng ban', 'deputy'), besides: ['Chủ tịch Công đoàn'] };
    const rows = new SheetModel(whereaboutsSheet(BASELINE, [MERGE], [heldBesides], ctx)).table('SP_Whereabouts').rows;
    // Kept in the baseline; gone with the post when rotated.
    expect(rows.map((r) => [r[4], r[5]])).toEqual([
      ['Phó Trưởng ban Tổ chức Huyện A, kiêm Chủ tịch Công đoàn', 'Phó Trưởng ban Tổ chức Huyện A, kiêm Chủ tịch Công đoàn'],
      ['Phó Trưởng ban Tổ chức Huyện A, kiêm Chủ tịch Công đoàn', 'Luân chuyển: Phó Chủ tịch UBND =1+1, đến hết 03/2029'],
    ]);
  });

  it('names the policy someone leaves under', () => {
    const exit = { ...MERGE, changes: [{ personId: 'CB30', name: 'Hoàng Văn Em', month: '2026-03', kind: 'exited' as const, from: { unitId: 'X2', title: 'Công chức', role: 'staff' as const }, to: null, operation: 0, detail: 'earlyRetirement' }] };
    const rows = new SheetModel(whereaboutsSheet(BASELINE, [exit], [person('CB30', 'Hoàng Văn Em', 'X2', 'Công chức', 'staff')], ctx)).table('SP_Whereabouts').rows;
    expect(rows[1][5]).toBe('Nghỉ hưu trước tuổi (NĐ 178/2024, Đ.7)');
  });

  it('says when someone returns to no post', () => {
    expect(rowsOf('CB9')[1]).toMatchObject({ 'Hợp nhất Ban Tổ chức và Phòng Nội vụ (KB1)': 'Chưa bố trí công tác' });
  });

  it('writes in English with the English baseline name', () => {
    const en = new SheetModel(whereaboutsSheet(BASELINE, [MERGE], people.slice(0, 1), { ...ctx, lang: 'en' })).table('SP_Whereabouts');
    expect(en.headers.slice(0, 5)).toEqual(['Person ID', 'Full name', 'Born', 'From', 'Baseline']);
    expect(en.rows[1][5]).toBe('Rotated: Phó Chủ tịch UBND, =1+1, until 03/2029');
  });
});
