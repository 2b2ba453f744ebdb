import { columnLetter, columnNumber, problemMessage, type Problem, type ProblemCode } from '../../src/tables/problems';

const at = (code: ProblemCode, params: Problem['params'], row: number | null = 7, column: string | null = 'D'): Problem => ({
  severity: 'error',
  code,
  sheet: 'Cán bộ',
  row,
  column,
  params,
});

/** One problem per code, with the params the readers give it. */
const SAMPLES: Record<ProblemCode, Problem> = {
  noUnitTable: { ...at('noUnitTable', {}, null, null), sheet: '' },
  noPeopleTable: { ...at('noPeopleTable', {}, null, null), sheet: '' },
  otherUnitTable: at('otherUnitTable', { range: 'A1:G6', readSheet: 'Đơn vị', readRange: 'A1:G40' }, 1, 'A'),
  tableTooLarge: at('tableTooLarge', { table: 'people', range: 'A1:XFD1048576', rows: 1_048_576, columns: 16_384, maxColumns: 1_000, maxCells: 30_000_000 }, null, null),
  otherPeopleTable: at('otherPeopleTable', { range: 'A1:J8', readSheet: 'Cán bộ', readRange: 'B3:K400' }, 1, 'A'),
  missingColumn: at('missingColumn', { field: 'quota', table: 'units', headers: '“Biên chế”, “Quota”' }, 1, null),
  emptyTable: at('emptyTable', { table: 'people' }, 1, null),
  noBirthDateColumn: at('noBirthDateColumn', { headers: '“Ngày sinh”, “Năm sinh”' }, 1, null),
  generatedPersonIds: at('generatedPersonIds', { count: 3, first: 'R2', last: 'R4', headers: '“Mã cán bộ”, “ID”' }, null, null),
  errorValue: at('errorValue', { field: 'quota', value: '#N/A' }),
  emptyRequiredCell: at('emptyRequiredCell', { field: 'fullName' }),
  notANumber: at('notANumber', { field: 'quota', value: 'mười' }),
  negativeNumber: at('negativeNumber', { field: 'quota', value: '-2' }),
  notWholeNumber: at('notWholeNumber', { field: 'deputyCap', value: '2.5' }),
  numberTooLarge: at('numberTooLarge', { field: 'quota', value: '250000', max: 100_000 }),
  unreadableDate: at('unreadableDate', { field: 'birthDate', value: '31/02/1970' }),
  textTooLong: at('textTooLong', { header: 'Ghi chú', length: 40000 }),
  unknownGender: at('unknownGender', { value: 'khác' }),
  missingGender: at('missingGender', {}),
  conflictingGender: at('conflictingGender', { gender: 'M', otherGender: 'F' }),
  bothSplitDates: at('bothSplitDates', {}),
  unknownRole: at('unknownRole', { value: 'sếp', inferred: 'deputy' }),
  missingBirthDate: at('missingBirthDate', { name: 'Nguyễn Văn An' }),
  birthDateInFuture: at('birthDateInFuture', { value: '2030-01-01', today: '2025-06-15' }),
  pastRetirementAge: at('pastRetirementAge', { name: 'Trần Thị Bình', value: '1968-03-05', lastMonth: '07/2024' }),
  laterRetirementBeyondLimit: at('laterRetirementBeyondLimit', { name: 'Lê Thị Hoa', value: '05/2027', statutory: '09/2025', age: 60, limit: '02/2026' }),
  implausibleAge: at('implausibleAge', { value: '1930-01-01', age: 95, min: 18, max: 80 }),
  duplicateUnitId: at('duplicateUnitId', { id: 'h01', firstId: 'H01', firstCell: 'A2' }),
  duplicatePersonId: at('duplicatePersonId', { id: 'CB1', firstId: 'CB1', firstCell: 'A2' }),
  unknownUnit: at('unknownUnit', { value: 'Z99' }),
  ambiguousUnitName: at('ambiguousUnitName', { field: 'unit', value: 'Văn phòng', ids: 'H01, H02' }),
  unknownParent: at('unknownParent', { value: 'Q' }),
  parentCycle: at('parentCycle', { id: 'A' }),
  twoHeads: at('twoHeads', { unitId: 'X01', name: 'Lê Văn C', firstRow: 2 }),
  rowsAfterTotals: at('rowsAfterTotals', { table: 'people', label: 'Cộng', count: 736, firstRow: 703 }, 702, 'A'),
  rowsBelowTable: at('rowsBelowTable', { table: 'people', name: 'CanBo', range: 'A1:M1000', count: 437 }, 1001, 'A'),
  staleMapping: at('staleMapping', { table: 'units', field: 'quota', savedColumn: 'H', savedHeader: 'Số người có mặt', newColumn: 'I' }, 1, 'H'),
};

describe('problemMessage', () => {
  it.each(Object.keys(SAMPLES) as ProblemCode[])('fills every placeholder of %s in both languages', (code) => {
    for (const lang of ['vi', 'en'] as const) {
      const message = problemMessage(SAMPLES[code], lang);
      expect(message).not.toMatch(/[{}]/);
      expect(message.length).toBeGreaterThan(30);
    }
  });

  it('names sheet, row and column, then what is wrong and the fix (English)', () => {
    expect(problemMessage(SAMPLES.negativeNumber, 'en')).toBe('Sheet “Cán bộ”, row 7, column D: the quota cannot be negative (-2). Type 0 or more.');
    expect(problemMessage(SAMPLES.unknownRole, 'en')).toBe(
      'Sheet “Cán bộ”, row 7, column D: role “sếp” is not recognised, so the role was taken from the title: deputy. Write head, deputy or staff (Trưởng, Phó, Nhân viên), or leave the cell empty.',
    );
  });

  it('speaks Vietnamese with diacritics, translating fields, tables and genders', () => {
    expect(problemMessage(SAMPLES.negativeNumber, 'vi')).toBe('Trang tính “Cán bộ”, dòng 7, cột D: biên chế không được âm (-2). Hãy nhập số từ 0 trở lên.');
    expect(problemMessage(SAMPLES.missingColumn, 'vi')).toBe(
      'Trang tính “Cán bộ”, dòng 1: Bảng đơn vị không có cột biên chế. Hãy thêm cột có một trong các tiêu đề “Biên chế”, “Quota” (hoặc một tiêu đề thông dụng khác), hoặc ghép một cột có sẵn vào trường này trong phần ghép cột.',
    );
    expect(problemMessage(SAMPLES.conflictingGender, 'vi')).toContain('cột Giới tính ghi Nam nhưng ngày sinh lại nằm ở cột Nữ');
  });

  it('names an extra column by its header', () => {
    expect(problemMessage(SAMPLES.textTooLong, 'en')).toBe(
      'Sheet “Cán bộ”, row 7, column D: the “Ghi chú” cell holds 40000 characters, more than an Excel cell can hold (32,767); it would be cut when written back. Shorten it.',
    );
    expect(problemMessage(SAMPLES.textTooLong, 'vi')).toBe(
      'Trang tính “Cán bộ”, dòng 7, cột D: ô “Ghi chú” dài 40000 ký tự, vượt quá sức chứa của một ô Excel (32.767) nên sẽ bị cắt khi ghi lại. Hãy rút gọn.',
    );
  });

  it('starts with a capital letter when there is no place to name', () => {
    expect(problemMessage(SAMPLES.noUnitTable, 'vi')).toMatch(/^Không tìm thấy bảng đơn vị\./);
    expect(problemMessage(SAMPLES.generatedPersonIds, 'en')).toMatch(/^Sheet “Cán bộ”: the people table has no person ID column/);
  });
});

describe('column letters', () => {
  it('converts both ways past Z', () => {
    expect([1, 4, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'D', 'Z', 'AA', 'AZ', 'AAA']);
    expect(['A', 'D', 'Z', 'AA', 'AZ', 'AAA'].map(columnNumber)).toEqual([1, 4, 26, 27, 52, 703]);
  });
});
