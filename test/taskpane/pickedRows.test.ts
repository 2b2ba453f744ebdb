import type { Person, Staffing, Unit } from '../../src/domain/model';
import { pickedRows } from '../../src/taskpane/pickedRows';
import type { CellValue, SelectedCells } from '../../src/workbook/workbook';

function unit(id: string, name: string, row: number | null): Unit {
  return {
    id, name, level: 'Xã', kind: 'UBND xã', locality: null, parent: null, quota: 10, deputyCap: null, extra: {},
    ...(row === null ? {} : { source: { sheet: 'Đơn vị', row } }),
  };
}

function person(id: string, name: string, row: number): Person {
  return {
    id, name, birthDate: '1980-01-01', birthMonth: null, gender: 'M', unitId: 'U1', title: 'Chuyên viên', role: 'staff',
    concurrentTitles: [], extra: {}, source: { sheet: 'Cán bộ', row },
  };
}

/** Units on rows 5, 6, 8 of 'Đơn vị' (row 7 is a blank line in the table); two share a name. */
const staffing: Staffing = {
  units: [unit('U1', 'Xã An Hòa', 5), unit('U2', 'Xã Bình Minh', 6), unit('U3', 'Xã An Hòa', 8), unit('U4', 'u1', 9)],
  people: [person('CB1', 'Nguyễn Văn An', 2), person('CB2', 'Trần Thị Bình', 3), person('1024', 'Lê Văn Cường', 4)],
};

function selection(sheet: string, row: number, values: CellValue[][], col = 1): SelectedCells {
  return { sheet, row, col, values };
}

describe('pickedRows on the rows of a table', () => {
  it('gives the records of the selected rows, one per row whatever the columns selected', () => {
    const values: CellValue[][] = [['x', 'y', 'z'], [null, null, null], [1, 2, 3]];
    expect(pickedRows(selection('Đơn vị', 5, values, 4), staffing, 'units')).toEqual(['U1', 'U2']);
    expect(pickedRows(selection('Đơn vị', 6, [[null], [null], [null], [null]]), staffing, 'units')).toEqual(['U2', 'U3', 'U4']);
  });

  it('skips the header and the rows beyond the table', () => {
    expect(pickedRows(selection('Đơn vị', 1, Array.from({ length: 6 }, () => [null])), staffing, 'units')).toEqual(['U1', 'U2']);
    expect(pickedRows(selection('Đơn vị', 9, [[null], [null], [null]]), staffing, 'units')).toEqual(['U4']);
  });

  it('does not read the cells of a table row as ids or names', () => {
    // Row 7 is no unit's row: the text 'U2' in it picks nothing.
    expect(pickedRows(selection('Đơn vị', 7, [['U2', 'Xã Bình Minh']]), staffing, 'units')).toEqual([]);
  });

  it('matches the sheet name ignoring case', () => {
    expect(pickedRows(selection('ĐƠN VỊ', 8, [[null]]), staffing, 'units')).toEqual(['U3']);
    expect(pickedRows(selection('cán bộ', 2, [[null], [null]]), staffing, 'people')).toEqual(['CB1', 'CB2']);
  });
});

describe('pickedRows elsewhere', () => {
  it('reads ids and names cell by cell, ignoring case, spacing and Unicode form, each record once', () => {
    const values: CellValue[][] = [
      ['  u2 ', 'Trần Thị Bình'],
      ['XÃ   BÌNH MINH', 'Xã An Hòa'.normalize('NFD')],
      [null, true],
      [{ error: '#N/A' }, ''],
    ];
    expect(pickedRows(selection('Danh sách', 1, values), staffing, 'units')).toEqual(['U2']);
    const people: CellValue[][] = [['nguyễn   văn an'], ['TRẦN THỊ BÌNH'.normalize('NFD')], ['CB1'], ['Xã Bình Minh']];
    expect(pickedRows(selection('Danh sách', 3, people), staffing, 'people')).toEqual(['CB1', 'CB2']);
  });

  it('reads a number as an id', () => {
    expect(pickedRows(selection('KB1 Cán bộ', 2, [[1024], ['1024']]), staffing, 'people')).toEqual(['1024']);
  });

  it('ignores a name two records share, and takes an id before a name', () => {
    expect(pickedRows(selection('Danh sách', 1, [['Xã An Hòa'], ['xã an hòa']]), staffing, 'units')).toEqual([]);
    // 'U1' is U1's id and U4's name: the id wins.
    expect(pickedRows(selection('Danh sách', 1, [['U1']]), staffing, 'units')).toEqual(['U1']);
  });

  it('reads a selection on the other table\'s sheet as ids or names', () => {
    // The people sheet holds no unit row: a cell naming a unit there picks it.
    expect(pickedRows(selection('Cán bộ', 2, [['U2', 'Xã Bình Minh', 'CB1']]), staffing, 'units')).toEqual(['U2']);
  });

  it('reads cells when the records carry no source', () => {
    const bare: Staffing = { units: [unit('A', 'Phường 1', null), unit('B', 'Phường 2', null)], people: [] };
    expect(pickedRows(selection('Đơn vị', 5, [['Phường 2'], ['a']]), bare, 'units')).toEqual(['B', 'A']);
  });
});
