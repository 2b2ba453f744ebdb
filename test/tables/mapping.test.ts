import type { RawCell } from '../../src/tables/cells';
import { problemMessage } from '../../src/tables/problems';
import { mappingInput, readStaffing, type ColumnMapping } from '../../src/tables/staffing';
import { grid, where } from './fixtures';

describe('a mapping remembered in the workbook is taken leniently', () => {
  test('a well-formed mapping is kept', () => {
    const raw = { units: { sheet: 'Đơn vị', headerRows: [1], columns: { unitId: 1, quota: 8 }, extra: [] }, people: null };
    expect(mappingInput(raw)).toEqual({ units: { sheet: 'Đơn vị', headerRows: [1], columns: { unitId: 1, quota: 8 }, extra: [] }, people: null });
  });

  test.each([
    ['no header rows', { units: { sheet: 'Đơn vị' } }],
    ['header rows not numbers', { units: { sheet: 'Đơn vị', headerRows: ['1'] } }],
    ['a sheet that is not text', { units: { sheet: 3, headerRows: [1] } }],
    ['not an object at all', 'units'],
    ['null', null],
  ])('%s: the table is detected again from its header instead', (_, raw) => {
    expect(mappingInput(raw).units ?? null).toBeNull();
  });

  test('columns that are not whole positive numbers are dropped, the rest kept', () => {
    const raw = { people: { sheet: 'Cán bộ', headerRows: [2, 3], columns: { fullName: 3, title: 'G', unitRef: -1, gender: 4.5 } } };
    expect(mappingInput(raw).people).toEqual({ sheet: 'Cán bộ', headerRows: [2, 3], columns: { fullName: 3 } });
  });

  test('a field named "__proto__" stays an ordinary key and changes no prototype', () => {
    const raw = JSON.parse('{"people":{"sheet":"Cán bộ","headerRows":[1],"columns":{"fullName":1,"__proto__":2,"constructor":3}}}');
    const columns = mappingInput(raw).people?.columns as Record<string, number>;
    expect(Object.getPrototypeOf(columns)).toBe(Object.prototype);
    expect(Object.keys(columns)).toEqual(['fullName', '__proto__', 'constructor']);
  });
});

describe('a saved mapping that no longer fits the header', () => {
  const AS_OF = { asOf: '2025-06-15' };
  const UNITS: RawCell[][] = [
    ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Ghi chú', 'Biên chế'],
    ['H01', 'Ban Tổ chức', 'Huyện', 'cũ', 8],
    ['H02', 'Phòng Nội vụ', 'Huyện', null, 6],
  ];
  const PEOPLE: RawCell[][] = [
    ['Họ và tên', 'Năm sinh', 'Giới tính', 'Đơn vị', 'Chức vụ'],
    ['Nguyễn Văn An', 1975, 'Nam', 'H01', 'Chuyên viên'],
  ];
  const read = (units: RawCell[][], mapping: unknown) =>
    readStaffing({ units: grid('Đơn vị', units), people: grid('Cán bộ', PEOPLE) }, mappingInput(mapping), AS_OF);
  /** The mapping a run saves for these tables. */
  const saved = (): ColumnMapping => read(UNITS, {}).mapping;
  const insert = (rows: RawCell[][], at: number, values: RawCell[]): RawCell[][] => rows.map((row, i) => [...row.slice(0, at), values[i], ...row.slice(at)]);
  const quotaTotal = (r: ReturnType<typeof read>) => r.staffing?.units.reduce((s, u) => s + u.quota, 0);

  test('fits as saved: read as saved, without a word', () => {
    const result = read(UNITS, saved());
    expect(result.problems.filter((p) => p.sheet === 'Đơn vị')).toEqual([]);
    expect(quotaTotal(result)).toBe(14);
  });

  test('a column inserted before the quota: the header is read again and the move reported', () => {
    const moved = insert(UNITS, 4, ['Số người có mặt', 30, 40]);
    const result = read(moved, saved());
    expect(where(result.problems)).toEqual(['warning staleMapping Đơn vị!E1', 'warning generatedPersonIds Cán bộ!**']);
    expect(result.problems[0].params).toMatchObject({ field: 'quota', savedColumn: 'E', savedHeader: 'Số người có mặt', newColumn: 'F' });
    expect(problemMessage(result.problems[0], 'en')).toBe(
      'Sheet “Đơn vị”, row 1, column E: the column mapping saved for the unit table takes the quota from column E, whose header is now “Số người có mặt”: columns were probably inserted, deleted or moved since. The header was read again, and the quota is now read from column F. Check the column mapping.',
    );
    expect(problemMessage(result.problems[0], 'vi')).toContain('Hãy kiểm tra lại phần ghép cột.');
    expect(quotaTotal(result)).toBe(14);
    expect(result.mapping.units?.columns.quota).toBe(6);
  });

  test('a saved column whose header is now empty is stale', () => {
    const moved = insert(UNITS, 4, [null, 30, 40]);
    const result = read(moved, { units: { ...saved().units, extra: [] } });
    expect(where(result.problems.filter((p) => p.sheet === 'Đơn vị'))).toEqual(['warning staleMapping Đơn vị!E1']);
    expect(quotaTotal(result)).toBe(14);
  });

  test('a hand-picked unusual header is kept, just picked or saved, even where the usual one is left unmapped', () => {
    const units = insert(UNITS, 5, ['Chỉ tiêu 2026', 7, 5]);
    const mapping = { units: { sheet: 'Đơn vị', headerRows: [1], columns: { unitId: 1, unitName: 2, level: 3, quota: 6 } } };
    const first = read(units, mapping);
    expect(first.problems.filter((p) => p.sheet === 'Đơn vị')).toEqual([]);
    expect(quotaTotal(first)).toBe(12);
    // Saved after that run, with "Biên chế" among the extras: still the planner's choice.
    const again = read(units, first.mapping);
    expect(again.problems.filter((p) => p.sheet === 'Đơn vị')).toEqual([]);
    expect(quotaTotal(again)).toBe(12);
  });

  test('extra columns moved show a shift that a field mapped by hand does not', () => {
    const units: RawCell[][] = [
      ['Mã đơn vị', 'Tên đơn vị', 'Cấp', 'Ghi chú', 'Chỉ tiêu'],
      ['H01', 'Ban Tổ chức', 'Huyện', 'cũ', 8],
    ];
    const mapping = read(units, { units: { sheet: 'Đơn vị', headerRows: [1], columns: { unitId: 1, unitName: 2, level: 3, quota: 5 } } }).mapping;
    const moved = insert(units, 3, ['Địa chỉ', 'x']);
    const result = read(moved, mapping);
    // "Chỉ tiêu" is no usual quota header: found again, the quota has no column, and the planner is told.
    expect(where(result.problems.filter((p) => p.sheet === 'Đơn vị'))).toEqual(['error missingColumn Đơn vị!*1', 'warning staleMapping Đơn vị!E1']);
    expect(result.problems[1].params).toMatchObject({ field: 'quota', savedHeader: 'Ghi chú', newColumn: '—' });
    // Said plainly: no column now holds it, map it again (not "read from column —").
    expect(problemMessage(result.problems[1], 'en')).toMatch(/No column of the header, read again, holds the quota: map it again in the column mapping\.$/);
    expect(problemMessage(result.problems[1], 'vi')).not.toMatch(/—/);
  });
});
