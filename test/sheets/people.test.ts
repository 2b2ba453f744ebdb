import { peopleSheet, type PeopleContext } from '../../src/sheets/people';
import { NUMBER_FORMATS } from '../../src/sheets/layout';
import { BASELINE, MERGE } from './fixtures';
import { SheetModel } from './sheetModel';

const ctx: PeopleContext = {
  lang: 'vi',
  sheetName: 'KB1 Cán bộ',
  tableName: 'SP_KB1_People',
  operations: [{ type: 'merge' }, { type: 'rotation' }],
};

describe('peopleSheet', () => {
  const sheet = peopleSheet(MERGE, ctx);
  const model = new SheetModel(sheet);
  const table = model.table('SP_KB1_People');

  it('is a consistent sheet with its header frozen', () => {
    model.check();
    expect(sheet.freeze).toEqual({ rows: table.spec.row, columns: 0 });
  });

  it('lists every change by month, then by person id in natural order', () => {
    expect(table.rows.map((r) => [r[0], r[1]])).toEqual([
      [46082, 'CB2'],
      [46082, 'CB10'],
      [46113, 'CB7'],
      [46143, 'CB30'],
      [46174, 'CB9'],
    ]);
    expect(model.format(table.spec.row + 1, 1)).toBe(`${NUMBER_FORMATS.month}_)`);
  });

  it('says from where to where, and why: operation number, its kind and the detail', () => {
    expect(table.record(46113)).toEqual({
      'Tháng': 46113,
      'Mã cán bộ': 'CB7',
      'Họ và tên': 'Lê Văn Cường',
      'Thay đổi': 'Luân chuyển đi',
      'Mã đơn vị cũ': 'U1',
      'Đơn vị cũ': 'Ban Tổ chức Huyện A',
      'Chức danh cũ': 'Phó Trưởng ban',
      'Mã đơn vị mới': 'X1',
      'Đơn vị mới': '=1+1',
      'Chức danh mới': 'Phó Chủ tịch UBND',
      'Thao tác số': 2,
      'Thao tác': 'Luân chuyển',
      'Chi tiết': '36 tháng',
    });
    const conflict = table.record(46174);
    expect(conflict['Họ và tên']).toBe('+84 Phạm Dũng');
    expect(conflict['Thay đổi']).toBe('Trở về nhưng không còn vị trí');
    expect(conflict['Mã đơn vị mới']).toBeNull();
    expect(conflict['Chi tiết']).toBe('biên chế và vị trí cùng chức vụ');
    const retired = table.record(46143);
    expect(retired['Thao tác số']).toBeNull();
    expect(retired['Thao tác']).toBeNull();
  });

  it('keeps one blank data row when nobody changes, as an Excel table needs a body', () => {
    const empty = new SheetModel(peopleSheet(BASELINE, { ...ctx, lang: 'en', tableName: 'SP_BASE_People', operations: [] }));
    empty.check();
    const t = empty.table('SP_BASE_People');
    expect(t.rows).toEqual([Array(13).fill(null)]);
    expect(t.headers[0]).toBe('Month');
  });
});
