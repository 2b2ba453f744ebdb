import type { RawCell } from '../../src/tables/cells';
import { problemMessage } from '../../src/tables/problems';
import { readStaffing } from '../../src/tables/staffing';
import { formatMonth } from '../../src/domain/month';
import { grid, PEOPLE_HEADER, UNIT_HEADER, UNITS, where, withBirthYear } from './fixtures';

const AS_OF = { asOf: '2025-06-15' };

function read(units: RawCell[][], people: RawCell[][]) {
  return readStaffing({ units: grid('Đơn vị', units), people: grid('Cán bộ', people) }, {}, AS_OF);
}

describe('readStaffing on a clean workbook', () => {
  const people: RawCell[][] = [
    [...PEOPLE_HEADER, 'Chức vụ kiêm nhiệm', 'Trình độ', 'Ngày bổ nhiệm', 'Hệ số lương'],
    ['CB001', 'Nguyễn Văn An', '05/03/1968', 'Nam', 'H01', 'Trưởng ban', 'Ủy viên BTV', 'Thạc sĩ', '01/06/2019', 6.2],
    ['CB002', 'Trần Thị Bình', 1975, 'Nữ', 'H01', 'Phó Trưởng ban', null, 'Đại học', 43617, 4.98],
    ['CB003', 'Lê Văn Cường', 24929, 'M', 'X01', 'Chuyên viên', null, 'Đại học', null, 3.33],
  ];
  const result = read(UNITS, people);

  it('reports no problem', () => {
    expect(result.problems).toEqual([]);
  });

  it('reads every unit with its fields, extras and source row', () => {
    expect(result.staffing?.units).toEqual([
      {
        id: 'H01',
        name: 'Ban Tổ chức Huyện ủy Đức Thọ',
        level: 'Huyện',
        kind: 'Ban Tổ chức',
        locality: 'Đức Thọ',
        parent: null,
        quota: 8,
        deputyCap: null,
        extra: {},
        source: { sheet: 'Đơn vị', row: 2 },
      },
      expect.objectContaining({ id: 'H02', quota: 6 }),
      expect.objectContaining({ id: 'X01', parent: 'H02', quota: 20, source: { sheet: 'Đơn vị', row: 4 } }),
    ]);
  });

  it('reads people with birth months, roles from titles, concurrent titles and typed extras', () => {
    const [an, binh, cuong] = result.staffing?.people ?? [];
    expect(an).toEqual({
      id: 'CB001',
      name: 'Nguyễn Văn An',
      birthDate: '1968-03-05',
      birthMonth: 1968 * 12 + 2,
      gender: 'M',
      unitId: 'H01',
      title: 'Trưởng ban',
      role: 'head',
      concurrentTitles: ['Ủy viên BTV'],
      extra: { 'Trình độ': 'Thạc sĩ', 'Ngày bổ nhiệm': '2019-06-01', 'Hệ số lương': 6.2 },
      source: { sheet: 'Cán bộ', row: 2 },
    });
    expect(binh).toMatchObject({ birthDate: '1975-01-01', birthMonth: 1975 * 12, gender: 'F', role: 'deputy', concurrentTitles: [] });
    expect(binh.extra['Ngày bổ nhiệm']).toBe('2019-06-01');
    expect(cuong).toMatchObject({ birthDate: '1968-04-01', role: 'staff', unitId: 'X01' });
    expect(cuong.extra['Ngày bổ nhiệm']).toBeNull();
  });

  it('returns the mapping it used, in worksheet rows and columns', () => {
    expect(result.mapping.units).toEqual({
      sheet: 'Đơn vị',
      headerRows: [1],
      columns: { unitId: 1, unitName: 2, level: 3, kind: 4, locality: 5, parent: 6, quota: 7 },
      extra: [],
    });
    expect(result.mapping.people?.columns).toEqual({ personId: 1, fullName: 2, birthDate: 3, gender: 4, unit: 5, title: 6, concurrentTitles: 7 });
    expect(result.mapping.people?.extra).toEqual([
      { header: 'Trình độ', column: 8 },
      { header: 'Ngày bổ nhiệm', column: 9 },
      { header: 'Hệ số lương', column: 10 },
    ]);
  });
});

describe('readStaffing: layouts planners use', () => {
  it('gives gender and birth date from split Nam | Nữ columns under a merged "Ngày sinh"', () => {
    const people: RawCell[][] = [
      ['STT', 'Họ và tên', 'Ngày sinh', null, 'Đơn vị', 'Chức vụ'],
      [null, null, 'Nam', 'Nữ', null, null],
      [1, 'Nguyễn Văn An', '05/03/1968', null, 'H01', 'Trưởng ban'],
      [2, 'Trần Thị Bình', null, '1975', 'H01', 'Phó Trưởng ban'],
    ];
    const result = read(UNITS, people);
    expect(where(result.problems)).toEqual(['warning generatedPersonIds Cán bộ!**']);
    expect(result.mapping.people?.headerRows).toEqual([1, 2]);
    expect(result.staffing?.people.map((p) => [p.name, p.gender, p.birthDate, p.source?.row])).toEqual([
      ['Nguyễn Văn An', 'M', '1968-03-05', 3],
      ['Trần Thị Bình', 'F', '1975-01-01', 4],
    ]);
  });

  it('reads Nam | Nữ alone (no group title) as split birth date columns', () => {
    const people: RawCell[][] = [
      ['Họ và tên', 'Nam', 'Nữ', 'Đơn vị', 'Chức vụ'],
      ['Nguyễn Văn An', 24929, null, 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(where(result.problems)).toEqual(['warning generatedPersonIds Cán bộ!**']);
    expect(result.staffing?.people[0]).toMatchObject({ id: 'R2', gender: 'M', birthDate: '1968-04-01' });
  });

  it('says once that a birth date is missing when both Nam | Nữ cells are empty, not also a gender to fill in', () => {
    const people: RawCell[][] = [
      ['Họ và tên', 'Nam', 'Nữ', 'Đơn vị', 'Chức vụ'],
      ['Nguyễn Văn An', 24929, null, 'H01', 'Chuyên viên'],
      ['Trần Thị Bình', null, null, 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(where(result.problems)).toEqual(['warning generatedPersonIds Cán bộ!**', 'warning missingBirthDate Cán bộ!B3']);
  });

  it('reads marks in Nam | Nữ columns under "Giới tính" as gender only', () => {
    const people: RawCell[][] = [
      ['Mã CB', 'Họ và tên', 'Năm sinh', 'Giới tính', null, 'Đơn vị', 'Chức vụ'],
      [null, null, null, 'Nam', 'Nữ', null, null],
      ['A1', 'Nguyễn Văn An', 1968, 'x', null, 'H01', 'Chuyên viên'],
      ['A2', 'Trần Thị Bình', 1975, null, 'x', 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(result.problems).toEqual([]);
    expect(result.staffing?.people.map((p) => [p.gender, p.birthDate])).toEqual([
      ['M', '1968-01-01'],
      ['F', '1975-01-01'],
    ]);
  });

  it('skips a numbered row under the header and blank rows between records, and stops at a totals row', () => {
    const units: RawCell[][] = [
      ['STT', 'Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'],
      ['A', 'B', 1, 2, 3],
      [1, 'H01', 'Ban Tổ chức', 'Huyện', 8],
      [null, null, null, null, null],
      [2, 'H02', 'Phòng Nội vụ', 'Huyện', 6],
      [null, 'Tổng cộng', null, null, 14],
      [null, null, null, null, null],
    ];
    const people: RawCell[][] = [
      ['Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['(1)', '(2)', '(3)', '(4)'],
      ['Nguyễn Văn An', 'Nam', 'H01', 'Chuyên viên'],
    ];
    const result = read(units, people);
    expect(where(result.problems)).toEqual(['warning generatedPersonIds Cán bộ!**', 'warning noBirthDateColumn Cán bộ!*1']);
    expect(result.staffing?.units.map((u) => [u.id, u.source?.row])).toEqual([
      ['H01', 3],
      ['H02', 5],
    ]);
    expect(result.staffing?.people.map((p) => p.id)).toEqual(['R3']);
  });

  it('warns, at the totals row, of records left below a subtotal in mid-table', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'],
      ['H01', 'Ban Tổ chức', 'Huyện', 8],
      ['Cộng', null, null, 8],
      ['H02', 'Phòng Nội vụ', 'Huyện', 6],
      [null, null, null, null],
      ['X01', 'UBND xã Tùng Ảnh', 'Xã', 20],
      ['Tổng cộng', null, null, 34],
    ];
    const people: RawCell[][] = [
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Đơn vị', 'Chức vụ'],
      ['A1', 'Nguyễn Văn An', 'Nam', 1975, 'H01', 'Chuyên viên'],
      [null, 'Cộng', null, null, null, null],
      // No id, but every required column filled: a record all the same.
      [null, 'Trần Thị Bình', 'Nữ', 1980, 'H01', 'Chuyên viên'],
    ];
    const result = read(units, people);
    expect(where(result.problems)).toEqual(['warning rowsAfterTotals Đơn vị!*3', 'warning rowsAfterTotals Cán bộ!*3']);
    expect(result.problems[0].params).toMatchObject({ label: 'Cộng', count: 2, firstRow: 4 });
    expect(result.problems[1].params).toMatchObject({ count: 1, firstRow: 4 });
    expect(problemMessage(result.problems[0], 'en')).toBe(
      'Sheet “Đơn vị”, row 3: the unit table stops at the totals row “Cộng”, so the rows below it that read as records were not read: 2, the first in row 4. Remove subtotal rows from the middle of the table, or move them below its last row.',
    );
    expect(problemMessage(result.problems[1], 'vi')).toMatch(/^Trang tính “Cán bộ”, dòng 3: Bảng cán bộ dừng ở dòng tổng “Cộng”, nên 1 dòng dữ liệu bên dưới \(dòng đầu tiên là dòng 4\)/);
    // The table is still read up to the first totals row.
    expect(result.staffing?.units.map((u) => u.id)).toEqual(['H01']);
  });

  it('does not take the signature lines under a final total for records', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'],
      ['H01', 'Ban Tổ chức', 'Huyện', 8],
      ['Tổng cộng', null, null, 8],
      [null, null, null, null],
      [null, 'Hà Tĩnh, ngày 15 tháng 3 năm 2026', null, null],
      ['Người lập biểu', null, 'Thủ trưởng đơn vị', null],
      ['(Ký, ghi rõ họ tên)', null, '(Ký tên, đóng dấu)', null],
      ['Nguyễn Văn An', null, 'Trần Văn Bình', null],
      ['Ghi chú: số liệu đến 31/12/2025', 'Biên chế', 'giao năm 2025', 8],
    ];
    const people: RawCell[][] = [
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Năm sinh', 'Đơn vị', 'Chức vụ'],
      ['A1', 'Nguyễn Văn An', 'Nam', 1975, 'H01', 'Chuyên viên'],
      ['Tổng số', 1, null, null, null, null],
      [null, 'Người lập biểu', null, null, 'Thủ trưởng', null],
      [null, 'Nguyễn Văn An', null, '15/3/2026', 'Trần Văn Bình', null],
    ];
    const result = read(units, people);
    expect(where(result.problems)).toEqual([]);
  });

  it('finds units named with the other tone placement, or by ids with a zero-width space, and shows it when unknown', () => {
    const units: RawCell[][] = [
      ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Loại đơn vị', 'Biên chế'],
      ['HT-TU', 'Tỉnh ủy Hà Tĩnh', 'Tỉnh', 'Tỉnh ủy', 8],
      ['VH', 'Sở Văn hoá, Thể thao và Du lịch', 'Tỉnh', 'Sở', 6],
    ];
    const people = withBirthYear([
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['A1', 'Nguyễn Văn An', 'Nam', 'Tỉnh uỷ Hà Tĩnh', 'Chuyên viên'],
      ['A2', 'Trần Thị Bình', 'Nữ', 'Sở Văn hóa, Thể thao và Du lịch', 'Chuyên viên'],
      ['A3', 'Lê Văn Cường', 'Nam', 'HT-TU\u200B', 'Chuyên viên'],
      ['A4', 'Phạm Thị Dung', 'Nữ', 'HT-T\u200BX', 'Chuyên viên'],
    ]);
    const result = read(units, people);
    expect(where(result.problems)).toEqual(['error unknownUnit Cán bộ!D5']);
    expect(problemMessage(result.problems[0], 'vi')).toBe(
      'Trang tính “Cán bộ”, dòng 5, cột D: đơn vị “HT-T⟨U+200B⟩X” không có trong bảng đơn vị (không khớp mã, cũng không khớp tên). Hãy sửa lại, hoặc bổ sung đơn vị vào bảng đơn vị.',
    );
    const ok = read(units, people.slice(0, 4));
    expect(ok.problems).toEqual([]);
    expect(ok.staffing?.people.map((p) => p.unitId)).toEqual(['HT-TU', 'VH', 'HT-TU']);
  });

  it('composes NFD-decomposed headers and values, and finds a unit by its decomposed name', () => {
    const nfd = (rows: RawCell[][]): RawCell[][] => rows.map((row) => row.map((c) => (typeof c === 'string' ? c.normalize('NFD') : c)));
    const people = withBirthYear(nfd([
      ['Mã cán bộ', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['CB1', 'Đặng Thị Ánh', 'Nữ', 'Phòng Nội vụ huyện Đức Thọ', 'Trưởng phòng'],
    ]));
    const result = read(nfd(UNITS), people);
    expect(result.problems).toEqual([]);
    const person = result.staffing?.people[0];
    expect(person?.name).toBe('Đặng Thị Ánh'.normalize('NFC'));
    expect(person?.unitId).toBe('H02');
    expect(person?.gender).toBe('F');
    expect(person?.role).toBe('head');
    expect(result.staffing?.units[0].name).toBe('Ban Tổ chức Huyện ủy Đức Thọ'.normalize('NFC'));
  });

  it('finds a person\'s unit by id regardless of case and spacing, then by name', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Phòng ban', 'Chức danh'],
      ['1', 'A', 'Nam', ' h01 ', 'Chuyên viên'],
      ['2', 'B', 'Nam', 'ubnd  xã tùng ảnh', 'Chuyên viên'],
    ]);
    const result = read(UNITS, people);
    expect(result.problems).toEqual([]);
    expect(result.staffing?.people.map((p) => p.unitId)).toEqual(['H01', 'X01']);
  });

  it('reads numeric ids as text so that a person in unit 12 finds unit "12"', () => {
    const units: RawCell[][] = [UNIT_HEADER.slice(0, 3).concat(['Biên chế']), [12, 'Văn phòng', 'Huyện', 5]];
    const people: RawCell[][] = withBirthYear([['Mã CB', 'Họ tên', 'Giới tính', 'Mã đơn vị', 'Chức vụ'], [7, 'A', 'Nam', '12', 'Chánh Văn phòng']]);
    const result = read(units, people);
    expect(result.problems).toEqual([]);
    expect(result.staffing?.people[0]).toMatchObject({ id: '7', unitId: '12', role: 'head' });
  });

  it('takes the role from the role column over the title', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Vai trò'],
      ['1', 'A', 'Nam', 'H01', 'Ủy viên thường trực', 'Trưởng'],
      ['2', 'B', 'Nam', 'H01', 'Trưởng ban', 'staff'],
      ['3', 'C', 'Nam', 'H01', 'Phó Trưởng ban', null],
    ]);
    const result = read(UNITS, people);
    expect(result.problems).toEqual([]);
    expect(result.staffing?.people.map((p) => p.role)).toEqual(['head', 'staff', 'deputy']);
  });

  it('keeps formula-like text verbatim', () => {
    const people: RawCell[][] = [
      [...PEOPLE_HEADER, 'Điện thoại', 'Ghi chú'],
      ['=1+1', '@SUM(A1)', 1970, 'Nam', 'H01', '+Chuyên viên', '+84 912 345 678', '-2+3'],
    ];
    const result = read(UNITS, people);
    expect(result.problems).toEqual([]);
    expect(result.staffing?.people[0]).toMatchObject({
      id: '=1+1',
      name: '@SUM(A1)',
      title: '+Chuyên viên',
      extra: { 'Điện thoại': '+84 912 345 678', 'Ghi chú': '-2+3' },
    });
  });

  it('uses an explicit mapping over detection', () => {
    const people: RawCell[][] = [
      ['Cột 1', 'Cột 2', 'Cột 3', 'Cột 4', 'Cột 5'],
      ['CB9', 'Phạm Văn Dũng', 'Nam', 'X01', 'Chủ tịch'],
    ];
    const result = readStaffing(
      { units: grid('Đơn vị', UNITS), people: grid('Cán bộ', people, 4, 2) },
      { people: { sheet: 'Cán bộ', headerRows: [4], columns: { personId: 2, fullName: 3, gender: 4, unit: 5, title: 6 } } },
      AS_OF,
    );
    expect(where(result.problems)).toEqual(['warning noBirthDateColumn Cán bộ!*4']);
    expect(result.staffing?.people[0]).toMatchObject({ id: 'CB9', name: 'Phạm Văn Dũng', unitId: 'X01', role: 'head', source: { sheet: 'Cán bộ', row: 5 } });
    expect(result.mapping.people?.columns).toEqual({ personId: 2, fullName: 3, gender: 4, unit: 5, title: 6 });
  });
});

describe('readStaffing with a remembered mapping', () => {
  const people: RawCell[][] = [
    ['Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Năm sinh'],
    ['A', 'Nam', 'H01', 'Chuyên viên', 1980],
  ];

  it('drops unknown fields and columns outside the table, reporting what is then missing', () => {
    const result = readStaffing(
      { units: grid('Đơn vị', UNITS), people: grid('Cán bộ', people) },
      { people: { sheet: 'Cán bộ', headerRows: [1], columns: { fullName: 1, gender: 2, unit: 3, title: 9, nickname: 4 } as never } },
      AS_OF,
    );
    expect(where(result.problems)).toEqual(['error missingColumn Cán bộ!*1']);
    expect(result.problems[0].params).toEqual({ field: 'title', table: 'people', headers: '“Chức vụ”, “Chức danh”, “Title”, “Position”' });
    expect(result.mapping.people?.columns).toEqual({ fullName: 1, gender: 2, unit: 3 });
    expect(result.mapping.people?.extra).toEqual([
      { header: 'Chức vụ', column: 4 },
      { header: 'Năm sinh', column: 5 },
    ]);
  });

  it('detects the header when the mapping names another sheet', () => {
    const result = readStaffing(
      { units: grid('Đơn vị', UNITS), people: grid('Cán bộ', people) },
      { people: { sheet: 'Sheet1', headerRows: [3], columns: { fullName: 7 } } },
      AS_OF,
    );
    expect(where(result.problems)).toEqual(['warning generatedPersonIds Cán bộ!**']);
    expect(result.mapping.people?.columns).toEqual({ fullName: 1, gender: 2, unit: 3, title: 4, birthDate: 5 });
  });
});

describe('readStaffing: problems, each where it is', () => {
  it('places problems by the grid\'s position in the worksheet', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['1', 'A', 'Nam', 'Z99', 'Chuyên viên'],
    ]);
    const result = readStaffing({ units: grid('Đơn vị', UNITS), people: grid('Cán bộ', people, 5, 3) }, {}, AS_OF);
    expect(result.problems).toEqual([
      { severity: 'error', code: 'unknownUnit', sheet: 'Cán bộ', row: 6, column: 'F', params: { value: 'Z99' } },
    ]);
    expect(result.staffing).toBeNull();
  });

  it('reports missing required columns once, at the header, naming the headers each is recognised by, and reads no rows of that table', () => {
    const units: RawCell[][] = [['Mã đơn vị', 'Tên đơn vị', 'Ghi chú'], ['H01', 'Ban Tổ chức', null]];
    const people: RawCell[][] = [['Họ và tên', 'Đơn vị', 'Chức vụ'], ['A', 'H01', 'Chuyên viên']];
    const result = read(units, people);
    expect(where(result.problems)).toEqual([
      'error missingColumn Đơn vị!*1',
      'error missingColumn Đơn vị!*1',
      'error missingColumn Cán bộ!*1',
    ]);
    expect(result.problems.map((p) => p.params)).toEqual([
      { field: 'level', table: 'units', headers: '“Cấp”, “Level”, “Cấp đơn vị”, “Cấp hành chính”' },
      { field: 'quota', table: 'units', headers: '“Biên chế”, “Biên chế được giao”, “Quota”, “Số biên chế”' },
      { field: 'gender', table: 'people', headers: '“Giới tính”, “Gender”, “Sex”, “Nam”, “Nữ”' },
    ]);
    expect(problemMessage(result.problems[1], 'en')).toBe(
      'Sheet “Đơn vị”, row 1: the unit table has no column for the quota. Add a column with one of the headers “Biên chế”, “Biên chế được giao”, “Quota”, “Số biên chế” (or another usual one), or map an existing column to it in the column mapping.',
    );
    expect(problemMessage(result.problems[2], 'vi')).toBe(
      'Trang tính “Cán bộ”, dòng 1: Bảng cán bộ không có cột giới tính. Hãy thêm cột có một trong các tiêu đề “Giới tính”, “Gender”, “Sex”, “Nam”, “Nữ” (hoặc một tiêu đề thông dụng khác), hoặc ghép một cột có sẵn vào trường này trong phần ghép cột.',
    );
  });

  it('does not flood people with unknown units when the unit table cannot be read', () => {
    const people: RawCell[][] = withBirthYear([['Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['A', 'Nam', 'H01', 'Chuyên viên']]);
    const result = readStaffing({ units: null, people: grid('Cán bộ', people) }, {}, AS_OF);
    expect(where(result.problems)).toEqual(['error noUnitTable -!**', 'warning generatedPersonIds Cán bộ!**']);
  });

  it('gives one error for a unit row without id, not one more for each of its people or sub-units', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Trực thuộc', 'Biên chế'],
      ['H01', 'Ban Tổ chức', 'Huyện', null, 8],
      [null, 'Phòng Nội vụ', 'Huyện', null, 6],
      ['X01', 'UBND xã', 'Xã', 'Phòng Nội vụ', 20],
    ];
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['1', 'A', 'Nam', 'Phòng Nội vụ', 'Trưởng phòng'],
      ['2', 'B', 'Nam', 'H02', 'Chuyên viên'],
      ['3', 'C', 'Nam', 'phòng nội vụ', 'Chuyên viên'],
      ['4', 'D', 'Nam', 'H01', 'Chuyên viên'],
    ]);
    const result = read(units, people);
    expect(result.problems).toEqual([
      { severity: 'error', code: 'emptyRequiredCell', sheet: 'Đơn vị', row: 3, column: 'A', params: { field: 'unitId' } },
    ]);
    expect(result.staffing).toBeNull();
  });

  it('gives one error for a unit row whose id is an error value or a duplicate, not one per person of it', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'],
      ['H01', 'Ban Tổ chức', 'Huyện', 8],
      [{ error: '#REF!' }, 'Phòng Nội vụ', 'Huyện', 6],
      ['h01', 'Văn phòng', 'Huyện', 5],
    ];
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['1', 'A', 'Nam', 'Văn phòng', 'Chuyên viên'],
      ['2', 'B', 'Nam', 'Văn phòng', 'Chuyên viên'],
      ['3', 'C', 'Nam', 'H02', 'Chuyên viên'],
    ]);
    expect(where(read(units, people).problems)).toEqual(['error errorValue Đơn vị!A3', 'error duplicateUnitId Đơn vị!A4']);
  });

  it('still reports unknown units when every unit row has its id', () => {
    const units: RawCell[][] = [['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'], ['H01', 'Ban Tổ chức', 'Huyện', 'tám']];
    const people: RawCell[][] = withBirthYear([['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['1', 'A', 'Nam', 'H01', 'Chuyên viên'], ['2', 'B', 'Nam', 'H09', 'Chuyên viên']]);
    expect(where(read(units, people).problems)).toEqual(['error notANumber Đơn vị!D2', 'error unknownUnit Cán bộ!D3']);
  });

  it('generates person ids from row numbers with one warning when there is no id column', () => {
    const people: RawCell[][] = withBirthYear([
      ['Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['A', 'Nam', 'H01', 'Chuyên viên'],
      ['B', 'Nữ', 'H01', 'Chuyên viên'],
      ['C', 'Nữ', 'H02', 'Chuyên viên'],
    ]);
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      {
        severity: 'warning', code: 'generatedPersonIds', sheet: 'Cán bộ', row: null, column: null,
        params: { count: 3, first: 'R2', last: 'R4', headers: '“Mã cán bộ”, “Mã CB”, “ID”, “Person ID”' },
      },
    ]);
    expect(result.staffing?.people.map((p) => p.id)).toEqual(['R2', 'R3', 'R4']);
  });

  it('reports an empty id cell in an id column as an error on that row', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      [null, 'A', 'Nam', 'H01', 'Chuyên viên'],
    ]);
    expect(where(read(UNITS, people).problems)).toEqual(['error emptyRequiredCell Cán bộ!A2']);
  });

  it('reports a second head of a unit, not a concurrent title', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Chức vụ kiêm nhiệm'],
      ['1', 'A', 'Nam', 'X01', 'Chủ tịch UBND xã', null],
      ['2', 'B', 'Nam', 'X01', 'Phó Chủ tịch UBND xã', 'Chủ tịch Hội Nông dân'],
      ['3', 'C', 'Nam', 'X01', 'Chủ tịch UBND xã', null],
    ]);
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      { severity: 'error', code: 'twoHeads', sheet: 'Cán bộ', row: 4, column: 'E', params: { unitId: 'X01', name: 'C', firstRow: 2 } },
    ]);
  });

  it('reports duplicate unit and person ids at the later cell, naming the first, case-insensitively', () => {
    const units = [...UNITS, ['h01', 'Ban khác', 'Huyện', null, null, null, 3]];
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['CB1', 'A', 'Nam', 'H01', 'Chuyên viên'],
      ['cb1', 'B', 'Nam', 'H01', 'Chuyên viên'],
    ]);
    const result = read(units, people);
    expect(result.problems).toEqual([
      { severity: 'error', code: 'duplicateUnitId', sheet: 'Đơn vị', row: 5, column: 'A', params: { id: 'h01', firstId: 'H01', firstCell: 'A2' } },
      { severity: 'error', code: 'duplicatePersonId', sheet: 'Cán bộ', row: 3, column: 'A', params: { id: 'cb1', firstId: 'CB1', firstCell: 'A2' } },
    ]);
  });

  it('compares ids after NFKC: full-width ids duplicate plain ones, with both cells named', () => {
    const units = [...UNITS, ['Ｈ０１', 'Ban khác', 'Huyện', null, null, null, 3]];
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['P01', 'A', 'Nam', 'H01', 'Chuyên viên'],
      ['P０1', 'B', 'Nam', 'H01', 'Chuyên viên'],
    ]);
    const result = readStaffing({ units: grid('Đơn vị', units, 3, 2), people: grid('Cán bộ', people) }, {}, AS_OF);
    expect(result.problems).toEqual([
      { severity: 'error', code: 'duplicateUnitId', sheet: 'Đơn vị', row: 7, column: 'B', params: { id: 'Ｈ０１', firstId: 'H01', firstCell: 'B4' } },
      { severity: 'error', code: 'duplicatePersonId', sheet: 'Cán bộ', row: 3, column: 'A', params: { id: 'P０1', firstId: 'P01', firstCell: 'A2' } },
    ]);
    const [unit, person] = result.problems;
    expect(problemMessage(unit, 'en')).toBe(
      'Sheet “Đơn vị”, row 7, column B: unit ID “Ｈ０１” is the same as “H01” in cell B4 (IDs are compared ignoring upper and lower case, extra spaces and full-width characters such as “Ｐ０１”). Give each unit its own ID.',
    );
    expect(problemMessage(person, 'vi')).toBe(
      'Trang tính “Cán bộ”, dòng 3, cột A: mã cán bộ “P０1” trùng với mã “P01” ở ô A2 (khi so sánh mã, chữ hoa và chữ thường, dấu cách thừa, chữ và số độ rộng toàn phần như “Ｐ０１” được coi là như nhau). Mỗi người cần một mã riêng.',
    );
  });

  it('says an id written the same twice plainly, without the aside on the forms ids compare equal in', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['P01', 'A', 'Nam', 'H01', 'Chuyên viên'],
      ['P01', 'B', 'Nam', 'H01', 'Chuyên viên'],
    ]);
    const result = readStaffing({ units: grid('Đơn vị', [...UNITS, ['H01', 'Ban khác', 'Huyện', null, null, null, 3]], 3, 2), people: grid('Cán bộ', people) }, {}, AS_OF);
    const [unit, person] = result.problems;
    expect(problemMessage(unit, 'en')).toBe('Sheet “Đơn vị”, row 7, column B: unit ID “H01” is already in cell B4. Give each unit its own ID.');
    expect(problemMessage(person, 'vi')).toBe('Trang tính “Cán bộ”, dòng 3, cột A: mã cán bộ “P01” đã có ở ô A2. Mỗi người cần một mã riêng.');
  });

  it('finds units named by full-width ids, keeping the ids as the unit table writes them', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Đơn vị cấp trên', 'Biên chế'],
      ['Ｔ０１', 'Tỉnh ủy', 'Tỉnh', null, 30],
      ['H01', 'Huyện ủy', 'Huyện', 'T01', 20],
      ['X01', 'Đảng ủy xã', 'Xã', ' ｈ０１ ', 10],
    ];
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['Ｐ０１', 'A', 'Nam', 'Ｘ０１', 'Bí thư'],
      ['P02', 'B', 'Nam', 't01', 'Chuyên viên'],
    ]);
    const result = read(units, people);
    expect(result.problems).toEqual([]);
    expect(result.staffing?.units.map((u) => [u.id, u.parent])).toEqual([['Ｔ０１', null], ['H01', 'Ｔ０１'], ['X01', 'H01']]);
    expect(result.staffing?.people.map((p) => [p.id, p.unitId])).toEqual([['Ｐ０１', 'X01'], ['P02', 'Ｔ０１']]);
  });

  it('reports a name shared by several units as ambiguous', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế'],
      ['H01', 'Văn phòng', 'Huyện', 5],
      ['H02', 'Văn phòng', 'Huyện', 5],
    ];
    const people: RawCell[][] = [['Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['A', 'Nam', 'Văn phòng', 'Chuyên viên']];
    const result = read(units, people);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      { severity: 'error', code: 'ambiguousUnitName', sheet: 'Cán bộ', row: 2, column: 'C', params: { field: 'unit', value: 'Văn phòng', ids: 'H01, H02' } },
    ]);
  });

  it('resolves parents by id or name and reports unknown parents and loops', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Đơn vị cấp trên', 'Biên chế'],
      ['T', 'Tỉnh ủy', 'Tỉnh', null, 30],
      ['H', 'Huyện ủy', 'Huyện', 'Tỉnh ủy', 20],
      ['X', 'Đảng ủy xã', 'Xã', 'Q', 10],
      ['A', 'Ban A', 'Xã', 'B', 3],
      ['B', 'Ban B', 'Xã', 'A', 3],
      ['C', 'Ban C', 'Xã', 'C', 3],
      ['D', 'Ban D', 'Xã', 'A', 3],
    ];
    const people: RawCell[][] = [['Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['A', 'Nam', 'H', 'Bí thư']];
    const result = read(units, people);
    expect(where(result.problems.filter((p) => p.sheet === 'Đơn vị'))).toEqual([
      'error unknownParent Đơn vị!D4',
      'error parentCycle Đơn vị!D5',
      'error parentCycle Đơn vị!D6',
      'error parentCycle Đơn vị!D7',
    ]);
  });

  it('reports bad quotas and deputy caps', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế', 'Số cấp phó tối đa'],
      ['H01', 'A', 'Huyện', -2, 2],
      ['H02', 'B', 'Huyện', 'mười', 2.5],
      ['H03', 'C', 'Huyện', null, { error: '#REF!' }],
    ];
    const people: RawCell[][] = [['Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['A', 'Nam', 'H01', 'Chuyên viên']];
    const result = read(units, people);
    expect(result.problems.filter((p) => p.sheet === 'Đơn vị')).toEqual([
      { severity: 'error', code: 'negativeNumber', sheet: 'Đơn vị', row: 2, column: 'D', params: { field: 'quota', value: '-2' } },
      { severity: 'error', code: 'notANumber', sheet: 'Đơn vị', row: 3, column: 'D', params: { field: 'quota', value: 'mười' } },
      { severity: 'error', code: 'notWholeNumber', sheet: 'Đơn vị', row: 3, column: 'E', params: { field: 'deputyCap', value: '2.5' } },
      { severity: 'error', code: 'emptyRequiredCell', sheet: 'Đơn vị', row: 4, column: 'D', params: { field: 'quota' } },
      { severity: 'error', code: 'errorValue', sheet: 'Đơn vị', row: 4, column: 'E', params: { field: 'deputyCap', value: '#REF!' } },
    ]);
  });

  it('refuses a quota above 100,000 and a deputy cap above 1,000 at their cells, saying the bound', () => {
    const units: RawCell[][] = [
      ['Mã ĐV', 'Tên đơn vị', 'Cấp', 'Biên chế', 'Số cấp phó tối đa'],
      ['H01', 'A', 'Huyện', 100_000, 1_000],
      ['H02', 'B', 'Huyện', 100_001, 3],
      ['H03', 'C', 'Huyện', '1.000.000', 1_001],
    ];
    const people: RawCell[][] = withBirthYear([['Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['A', 'Nam', 'H01', 'Chuyên viên']]);
    const result = read(units, people);
    expect(result.problems.filter((p) => p.sheet === 'Đơn vị')).toEqual([
      { severity: 'error', code: 'numberTooLarge', sheet: 'Đơn vị', row: 3, column: 'D', params: { field: 'quota', value: '100001', max: 100_000 } },
      { severity: 'error', code: 'numberTooLarge', sheet: 'Đơn vị', row: 4, column: 'D', params: { field: 'quota', value: '1.000.000', max: 100_000 } },
      { severity: 'error', code: 'numberTooLarge', sheet: 'Đơn vị', row: 4, column: 'E', params: { field: 'deputyCap', value: '1001', max: 1_000 } },
    ]);
    expect(result.staffing).toBeNull();
    const [quota, , cap] = result.problems;
    expect(problemMessage(quota, 'en')).toBe(
      'Sheet “Đơn vị”, row 3, column D: the quota 100001 is more than 100,000, far more than any unit has: probably a typing slip (an extra digit, or a total typed in a unit’s row). Type the unit’s own figure, at most 100,000.',
    );
    expect(problemMessage(quota, 'vi')).toBe(
      'Trang tính “Đơn vị”, dòng 3, cột D: biên chế 100001 vượt quá 100.000, lớn hơn nhiều so với bất kỳ đơn vị nào: có thể đã gõ thừa chữ số, hoặc ghi nhầm số tổng vào dòng của một đơn vị. Hãy nhập đúng số của đơn vị, tối đa 100.000.',
    );
    expect(problemMessage(cap, 'en')).toContain('the deputy cap 1001 is more than 1,000');
    expect(problemMessage(cap, 'vi')).toContain('số cấp phó tối đa 1001 vượt quá 1.000');
  });

  it('warns about missing and implausible birth dates and unknown gender', () => {
    const people: RawCell[][] = [
      [...PEOPLE_HEADER],
      ['1', 'A', null, 'Nam', 'H01', 'Chuyên viên'],
      ['3', 'C', '16/06/2007', 'Nữ', 'H01', 'Chuyên viên'],
      ['4', 'D', '15/06/2007', 'Nữ', 'H01', 'Chuyên viên'],
      ['5', 'E', 1930, 'khác', 'H01', 'Chuyên viên'],
      ['6', 'F', 1970, null, 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      { severity: 'warning', code: 'missingBirthDate', sheet: 'Cán bộ', row: 2, column: 'C', params: { name: 'A' } },
      { severity: 'warning', code: 'implausibleAge', sheet: 'Cán bộ', row: 3, column: 'C', params: { value: '2007-06-16', age: 17, min: 18, max: 80 } },
      { severity: 'warning', code: 'implausibleAge', sheet: 'Cán bộ', row: 5, column: 'C', params: { value: '1930-01-01', age: 95, min: 18, max: 80 } },
      { severity: 'warning', code: 'unknownGender', sheet: 'Cán bộ', row: 5, column: 'D', params: { value: 'khác' } },
      { severity: 'warning', code: 'missingGender', sheet: 'Cán bộ', row: 6, column: 'D', params: {} },
    ]);
    expect(result.staffing?.people.map((p) => p.gender)).toEqual(['M', 'F', 'F', null, null]);
  });

  it('warns, at the birth date, about people past the statutory retirement age on the day of reading', () => {
    const people: RawCell[][] = [
      [...PEOPLE_HEADER],
      // A woman born 1968-10 reaches 56y 8m, the 2025 age, in 2025-06: her last month is the current one.
      ['1', 'Trần Thị Bình', '01/10/1968', 'Nữ', 'H01', 'Chuyên viên'],
      // One born 1968-09 reached it in 2025-05, before today (2025-06-15).
      ['2', 'Lê Thị Cúc', '30/09/1968', 'Nữ', 'H01', 'Chuyên viên'],
      // A man born 1964-03 reached 61y 3m, the 2025 age, in 2025-06; one born 1940 long ago (not also "implausible").
      ['3', 'Nguyễn Văn An', '15/03/1964', 'Nam', 'H01', 'Chuyên viên'],
      ['4', 'Phạm Văn Dũng', 1940, 'Nam', 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      { severity: 'warning', code: 'pastRetirementAge', sheet: 'Cán bộ', row: 3, column: 'C', params: { name: 'Lê Thị Cúc', value: '1968-09-30', lastMonth: '05/2025' } },
      { severity: 'warning', code: 'pastRetirementAge', sheet: 'Cán bộ', row: 5, column: 'C', params: { name: 'Phạm Văn Dũng', value: '1940-01-01', lastMonth: '01/2000' } },
    ]);
    // Warnings: the run is not blocked, and decides for its own start month.
    expect(result.staffing?.people).toHaveLength(4);
    const [cuc] = result.problems;
    expect(problemMessage(cuc, 'en')).toBe(
      'Sheet “Cán bộ”, row 3, column C: Lê Thị Cúc, born 1968-09-30, reached the statutory retirement age in 05/2025, before today: a run counts this person as retired from its first month, in no figure. If the birth date is wrong, correct it; if the person has left, remove the row.',
    );
    expect(problemMessage(cuc, 'vi')).toBe(
      'Trang tính “Cán bộ”, dòng 3, cột C: Lê Thị Cúc, sinh ngày 1968-09-30, đã đến tuổi nghỉ hưu theo quy định vào tháng 05/2025, trước ngày hôm nay: khi mô phỏng, người này được tính là đã nghỉ hưu từ tháng đầu tiên và không có trong số liệu nào. Nếu ngày sinh ghi sai, hãy sửa lại; nếu người này đã nghỉ, hãy bỏ dòng này.',
    );
  });

  it('reads a month of leaving of the table\'s own, which stands for the statutory one', () => {
    const people: RawCell[][] = [
      [...PEOPLE_HEADER, 'Nghỉ hưu/nghỉ việc từ tháng'],
      // Past the statutory age (05/2025) but kept on until 01/2027 (a later retirement): no warning.
      ['1', 'Lê Thị Cúc', '30/09/1968', 'Nữ', 'H01', 'Phó Chủ tịch UBND tỉnh', '01/2027'],
      // Leaving early (an Excel date: its month counts); no month: the statutory rule.
      ['2', 'Nguyễn Văn An', '15/03/1970', 'Nam', 'H01', 'Chuyên viên', new Date(Date.UTC(2026, 2, 1))],
      ['3', 'Phạm Văn Dũng', '15/03/1975', 'Nam', 'H01', 'Chuyên viên', null],
      ['4', 'Trần Văn Em', '15/03/1975', 'Nam', 'H01', 'Chuyên viên', 'sớm'],
    ];
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      { severity: 'error', code: 'unreadableDate', sheet: 'Cán bộ', row: 5, column: 'G', params: { field: 'leavesFrom', value: 'sớm' } },
    ]);
    const again = read(UNITS, people.slice(0, 4));
    expect(again.staffing?.people.map((p) => [p.id, p.leavesFrom === undefined ? null : formatMonth(p.leavesFrom)])).toEqual([
      ['1', '2027-01'], ['2', '2026-03'], ['3', null],
    ]);
    // Read as before when the column is absent: the person has no such field at all (the fingerprint stays).
    expect('leavesFrom' in (read(UNITS, [[...PEOPLE_HEADER], people[3].slice(0, 6)]).staffing?.people[0] ?? {})).toBe(false);
  });

  it('warns, at the month of leaving, about a later retirement past 60 for a woman or 65 for a man (NĐ 83/2022)', () => {
    const people: RawCell[][] = [
      [...PEOPLE_HEADER, 'Nghỉ hưu/nghỉ việc từ tháng'],
      // Born 09/1968: statutory retirement from 06/2025; 60 in 09/2028, so gone by 10/2028 at the latest.
      ['1', 'Lê Thị Cúc', '30/09/1968', 'Nữ', 'H01', 'Phó Chủ tịch UBND tỉnh', '10/2028'],
      ['2', 'Lê Thị Hoa', '30/09/1968', 'Nữ', 'H01', 'Phó Chủ tịch UBND tỉnh', '11/2028'],
      // Born 03/1964: statutory from 07/2025; 65 in 03/2029, so 04/2029 at the latest.
      ['3', 'Nguyễn Văn An', '15/03/1964', 'Nam', 'H01', 'Chủ tịch UBND tỉnh', '04/2029'],
      ['4', 'Nguyễn Văn Bình', '15/03/1964', 'Nam', 'H01', 'Phó Chủ tịch UBND tỉnh', '05/2029'],
    ];
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      { severity: 'warning', code: 'laterRetirementBeyondLimit', sheet: 'Cán bộ', row: 3, column: 'G', params: { name: 'Lê Thị Hoa', value: '11/2028', statutory: '06/2025', age: 60, limit: '10/2028' } },
      { severity: 'warning', code: 'laterRetirementBeyondLimit', sheet: 'Cán bộ', row: 5, column: 'G', params: { name: 'Nguyễn Văn Bình', value: '05/2029', statutory: '07/2025', age: 65, limit: '04/2029' } },
    ]);
    expect(problemMessage(result.problems[0], 'vi')).toContain('Tháng muộn nhất là 10/2028');
    // A warning: the run goes on with the table's month.
    expect(result.staffing?.people.map((p) => p.leavesFrom === undefined ? null : formatMonth(p.leavesFrom))).toEqual(['2028-10', '2028-11', '2029-04', '2029-05']);
  });

  it('reports a birth date after the day of reading as an error that blocks the run', () => {
    const people: RawCell[][] = [
      [...PEOPLE_HEADER],
      ['1', 'A', '16/06/2025', 'Nam', 'H01', 'Chuyên viên'],
      ['2', 'B', '15/06/2025', 'Nữ', 'H01', 'Chuyên viên'],
      ['3', 'C', '01/01/2030', 'Nữ', 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(result.problems.filter((p) => p.code === 'birthDateInFuture')).toEqual([
      { severity: 'error', code: 'birthDateInFuture', sheet: 'Cán bộ', row: 2, column: 'C', params: { value: '2025-06-16', today: '2025-06-15' } },
      { severity: 'error', code: 'birthDateInFuture', sheet: 'Cán bộ', row: 4, column: 'C', params: { value: '2030-01-01', today: '2025-06-15' } },
    ]);
    expect(result.staffing).toBeNull();
    const [first] = result.problems;
    expect(problemMessage(first, 'en')).toBe(
      'Sheet “Cán bộ”, row 2, column C: the birth date 2025-06-16 is after today (2025-06-15), so this person cannot be simulated. Correct it (dates are read as dd/mm/yyyy, for example 05/03/1968).',
    );
    expect(problemMessage(first, 'vi')).toContain('ngày sinh 2025-06-16 sau ngày hôm nay (2025-06-15)');
  });

  it('warns once when there is no birth date column at all', () => {
    const people: RawCell[][] = [
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'],
      ['1', 'A', 'Nam', 'H01', 'Chuyên viên'],
      ['2', 'B', 'Nữ', 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      {
        severity: 'warning', code: 'noBirthDateColumn', sheet: 'Cán bộ', row: 1, column: null,
        params: { headers: '“Ngày sinh”, “Năm sinh”, “Ngày tháng năm sinh”, “Sinh ngày”' },
      },
    ]);
    expect(result.staffing?.people.map((p) => p.birthMonth)).toEqual([null, null]);
  });

  it('reads gender and role cells and extra headers named like Object.prototype\'s properties as the text they are', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Vai trò', '__proto__', 'constructor'],
      ['1', 'A', 'constructor', 'H01', 'Chuyên viên', '__proto__', 'Thạc sĩ', 'x'],
      ['2', 'B', '__proto__', 'H01', 'Chuyên viên', 'toString', null, 'y'],
    ]);
    const result = read(UNITS, people);
    expect(where(result.problems)).toEqual([
      'warning unknownGender Cán bộ!C2', 'warning unknownRole Cán bộ!F2', 'warning unknownGender Cán bộ!C3', 'warning unknownRole Cán bộ!F3',
    ]);
    const [a, b] = result.staffing?.people ?? [];
    expect([a.gender, a.role, b.gender, b.role]).toEqual([null, 'staff', null, 'staff']);
    expect(Object.keys(a.extra)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(a.extra)).toBe(Object.prototype);
    expect([a.extra['__proto__'], a.extra['constructor'], b.extra['__proto__'], b.extra['constructor']]).toEqual(['Thạc sĩ', 'x', null, 'y']);
    expect(JSON.stringify(a.extra)).toBe('{"__proto__":"Thạc sĩ","constructor":"x"}');
  });

  it('warns about an unknown role and falls back on the title', () => {
    const people: RawCell[][] = withBirthYear([['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Vai trò'], ['1', 'A', 'Nam', 'H01', 'Phó Trưởng ban', 'sếp']]);
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      { severity: 'warning', code: 'unknownRole', sheet: 'Cán bộ', row: 2, column: 'F', params: { value: 'sếp', inferred: 'deputy' } },
    ]);
    expect(result.staffing?.people[0].role).toBe('deputy');
  });

  it('warns about bad values in extra columns without blocking the run', () => {
    const people: RawCell[][] = withBirthYear([
      ['Mã CB', 'Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Ngày bổ nhiệm', 'Xếp loại'],
      ['1', 'A', 'Nam', 'H01', 'Chuyên viên', 'tháng 5', { error: '#N/A' }],
    ]);
    const result = read(UNITS, people);
    expect(result.problems).toEqual([
      { severity: 'warning', code: 'unreadableDate', sheet: 'Cán bộ', row: 2, column: 'F', params: { header: 'Ngày bổ nhiệm', value: 'tháng 5' } },
      { severity: 'warning', code: 'errorValue', sheet: 'Cán bộ', row: 2, column: 'G', params: { header: 'Xếp loại', value: '#N/A' } },
    ]);
    expect(result.staffing?.people[0].extra).toEqual({ 'Ngày bổ nhiệm': 'tháng 5', 'Xếp loại': null });
  });

  it('reports both split columns filled and a gender column that disagrees with them', () => {
    const people: RawCell[][] = [
      ['Họ và tên', 'Ngày sinh', null, 'Giới tính', 'Đơn vị', 'Chức vụ'],
      [null, 'Nam', 'Nữ', null, null, null],
      ['A', '01/01/1970', '01/01/1970', null, 'H01', 'Chuyên viên'],
      ['B', null, '01/01/1971', 'Nam', 'H01', 'Chuyên viên'],
    ];
    const result = read(UNITS, people);
    expect(where(result.problems)).toEqual([
      'warning generatedPersonIds Cán bộ!**',
      'warning bothSplitDates Cán bộ!B3',
      'warning conflictingGender Cán bộ!D4',
    ]);
    expect(result.staffing?.people.map((p) => [p.gender, p.birthDate])).toEqual([
      [null, '1970-01-01'],
      ['M', '1971-01-01'],
    ]);
  });

  it('does not report every person\'s unit as unknown when the unit table has no rows', () => {
    const result = read([UNIT_HEADER], withBirthYear([['Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['A', 'Nam', 'H01', 'Chuyên viên']]));
    expect(where(result.problems)).toEqual(['error emptyTable Đơn vị!*1', 'warning generatedPersonIds Cán bộ!**']);
  });

  it('reports tables with a header and no rows', () => {
    const people: RawCell[][] = [['Họ tên', 'Giới tính', 'Đơn vị', 'Chức vụ'], [null, null, null, null]];
    expect(where(read(UNITS, people).problems)).toEqual(['error emptyTable Cán bộ!*1']);
  });
});
