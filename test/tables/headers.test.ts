import type { RawCell } from '../../src/tables/cells';
import { isDateHeader, isIgnoredHeader, isNumberedRow, isTotalsRow, locateHeader, matchHeader } from '../../src/tables/headers';

describe('matchHeader', () => {
  it.each([
    ['Mã đơn vị', 'unitId'],
    ['MÃ ĐV', 'unitId'],
    ['ma don vi', 'unitId'],
    ['Unit ID', 'unitId'],
    ['Tên đơn vị', 'unitName'],
    ['Đơn vị', 'unitName'],
    ['Cấp', 'level'],
    ['Loại đơn vị', 'kind'],
    ['Địa bàn', 'locality'],
    ['Trực thuộc', 'parent'],
    ['Mã đơn vị cấp trên', 'parent'],
    ['Biên chế được giao', 'quota'],
    ['Biên chế được giao năm 2025', 'quota'],
    ['Số cấp phó tối đa', 'deputyCap'],
  ])('reads the unit header %p as %p', (header, field) => {
    expect(matchHeader(header, 'units')?.field).toBe(field);
  });

  it.each([
    ['Mã cán bộ', 'personId'],
    ['Họ và tên', 'fullName'],
    ['Họ và\ntên', 'fullName'],
    ['Họvàtên', 'fullName'],
    ['HO TEN', 'fullName'],
    ['Ngày, tháng, năm sinh', 'birthDate'],
    ['Năm sinh', 'birthDate'],
    ['Ngày sinh (dd/mm/yyyy)', 'birthDate'],
    ['Nam', 'male'],
    ['Nữ', 'female'],
    ['Giới tính', 'gender'],
    ['Mã đơn vị', 'unit'],
    ['Phòng ban', 'unit'],
    ['Chức danh', 'title'],
    ['Chức vụ kiêm nhiệm', 'concurrentTitles'],
    ['Vai trò', 'role'],
  ])('reads the people header %p as %p', (header, field) => {
    expect(matchHeader(header, 'people')?.field).toBe(field);
  });

  it('recognises headers typed in decomposed Unicode (NFD)', () => {
    expect(matchHeader('Họ và tên'.normalize('NFD'), 'people')?.field).toBe('fullName');
    expect(matchHeader('Biên chế'.normalize('NFD'), 'units')?.field).toBe('quota');
  });

  it('matches one-word examples only as the whole header', () => {
    // "Năm vào Đảng" folds to "nam vao dang": it is not a split "Nam" column.
    expect(matchHeader('Năm vào Đảng', 'people')).toBeNull();
    expect(matchHeader('Cấp ủy', 'units')).toBeNull();
  });

  it('leaves unknown headers alone', () => {
    expect(matchHeader('Trình độ chuyên môn', 'people')).toBeNull();
    expect(matchHeader('', 'people')).toBeNull();
  });
});

describe('ignored, date and special rows', () => {
  it('ignores row-number columns', () => {
    for (const h of ['STT', 'stt', 'S.T.T', 'TT', 'No.', '#', 'Số thứ tự']) expect(isIgnoredHeader(h)).toBe(true);
    expect(isIgnoredHeader('Họ và tên')).toBe(false);
  });

  it('tells date headers of extra columns', () => {
    expect(isDateHeader('Ngày bổ nhiệm')).toBe(true);
    expect(isDateHeader('Ngày vào Đảng')).toBe(true);
    expect(isDateHeader('Date of appointment')).toBe(true);
    expect(isDateHeader('Số ngày phép')).toBe(false);
    expect(isDateHeader('Hệ số lương')).toBe(false);
  });

  it('recognises numbered rows in their usual forms', () => {
    expect(isNumberedRow(['A', 'B', 1, 2, 3])).toBe(true);
    expect(isNumberedRow(['(1)', '(2)', '(3)', '(4)'])).toBe(true);
    expect(isNumberedRow([1, 2, null, 3])).toBe(true);
    expect(isNumberedRow(['1', '2', '3'])).toBe(true);
  });

  it('does not take a data row for a numbered row', () => {
    expect(isNumberedRow([1, 'Nguyễn Văn A', 'Chủ tịch'])).toBe(false);
    expect(isNumberedRow([1, 3, 4])).toBe(false);
    expect(isNumberedRow([1])).toBe(false);
  });

  it('recognises totals rows', () => {
    expect(isTotalsRow([null, 'Tổng cộng', null, 120])).toBe(true);
    expect(isTotalsRow(['TOTAL', 120])).toBe(true);
    expect(isTotalsRow([1, 'Tổng cục Thống kê'])).toBe(false);
  });
});

describe('locateHeader', () => {
  it('finds a header that is not on the first row, under a title', () => {
    const cells: RawCell[][] = [
      ['DANH SÁCH ĐƠN VỊ VÀ BIÊN CHẾ', null, null, null],
      [null, null, null, null],
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'],
      ['X01', 'Xã Cẩm Bình', 'Xã', 22],
    ];
    const layout = locateHeader(cells, 'units');
    expect(layout?.headerRows).toEqual([2]);
    expect(layout?.dataStart).toBe(3);
    expect(layout?.columns).toEqual({ unitId: 0, unitName: 1, level: 2, quota: 3 });
  });

  it('reads Nam | Nữ under a merged "Ngày sinh" as split birth date columns', () => {
    const cells: RawCell[][] = [
      ['STT', 'Họ và tên', 'Ngày sinh', null, 'Chức vụ', 'Đơn vị'],
      [null, null, 'Nam', 'Nữ', null, null],
      [1, 'Nguyễn Văn An', '05/03/1968', null, 'Chủ tịch', 'X01'],
    ];
    const layout = locateHeader(cells, 'people');
    expect(layout?.headerRows).toEqual([0, 1]);
    expect(layout?.columns).toEqual({ fullName: 1, male: 2, female: 3, title: 4, unit: 5 });
    expect(layout?.dataStart).toBe(2);
  });

  it('reads sub-headers under a group title and names extra columns after both', () => {
    const cells: RawCell[][] = [
      ['Họ và tên', 'Chức vụ', 'Trình độ', null, 'Đơn vị'],
      [null, null, 'Chuyên môn', 'Lý luận chính trị', null],
      ['Trần Thị Bình', 'Phó Chủ tịch', 'Đại học', 'Trung cấp', 'X01'],
    ];
    const layout = locateHeader(cells, 'people');
    expect(layout?.headerRows).toEqual([0, 1]);
    expect(layout?.extras.map((e) => e.header)).toEqual(['Trình độ - Chuyên môn', 'Trình độ - Lý luận chính trị']);
  });

  it('does not take the first data row for a second header row', () => {
    const cells: RawCell[][] = [
      ['Họ và tên', 'Giới tính', 'Chức vụ', 'Đơn vị', 'Ghi chú'],
      ['Lê Văn Cường', 'Nam', 'Chuyên viên', 'X01', null],
    ];
    expect(locateHeader(cells, 'people')?.headerRows).toEqual([0]);
  });

  it('skips a numbered row and blank rows under the header', () => {
    const cells: RawCell[][] = [
      ['STT', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Đơn vị'],
      [null, null, null, null, null],
      ['A', 'B', 1, 2, 3],
      [1, 'Lê Văn Cường', 'Nam', 'Chuyên viên', 'X01'],
    ];
    expect(locateHeader(cells, 'people')?.dataStart).toBe(3);
  });

  it('prefers the exact header when two columns could name a field', () => {
    const cells: RawCell[][] = [['Họ và tên', 'Chức vụ Đảng', 'Chức vụ', 'Đơn vị', 'Giới tính']];
    const layout = locateHeader(cells, 'people');
    expect(layout?.columns.title).toBe(2);
    expect(layout?.extras.map((e) => e.header)).toEqual(['Chức vụ Đảng']);
  });

  it('keeps both copies of a repeated extra header', () => {
    const cells: RawCell[][] = [['Họ và tên', 'Chức vụ', 'Đơn vị', 'Giới tính', 'Ghi chú', 'Ghi chú']];
    expect(locateHeader(cells, 'people')?.extras.map((e) => e.header)).toEqual(['Ghi chú', 'Ghi chú (2)']);
  });

  it('finds nothing in a grid without headers', () => {
    expect(locateHeader([], 'units')).toBeNull();
    expect(locateHeader([['Báo cáo quý 3'], [1, 2, 3]], 'units')).toBeNull();
  });
});
