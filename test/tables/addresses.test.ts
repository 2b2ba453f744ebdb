import { rangeAddress, rangeBounds, sheetPlace } from '../../src/tables/addresses';

describe('sheetPlace', () => {
  it('quotes a sheet name as Excel does when it is not a plain name', () => {
    expect(sheetPlace('DonVi', 'A1:E5')).toBe('DonVi!A1:E5');
    expect(sheetPlace('Đơn_vị', 'B3')).toBe('Đơn_vị!B3');
    expect(sheetPlace('Don vi', 'A1:E5')).toBe("'Don vi'!A1:E5");
    expect(sheetPlace("Cán bộ (Tân's)", 'C2')).toBe("'Cán bộ (Tân''s)'!C2");
    expect(sheetPlace('2026', 'A1')).toBe("'2026'!A1");
    expect(sheetPlace('Sheet-1', 'A1')).toBe("'Sheet-1'!A1");
    // A name that reads as a cell.
    expect(sheetPlace('AB12', 'A1')).toBe("'AB12'!A1");
    expect(sheetPlace('R1C1', 'A1')).toBe("'R1C1'!A1");
  });
});

describe('rangeAddress', () => {
  it('writes where a table sits in A1 notation', () => {
    expect(rangeAddress({ row: 1, col: 1, rows: 236, columns: 9 })).toBe('A1:I236');
    expect(rangeAddress({ row: 3, col: 26, rows: 2, columns: 3 })).toBe('Z3:AB4');
  });
});

describe('rangeBounds', () => {
  it('reads a range or a cell, with or without $, and nothing else', () => {
    expect(rangeBounds('F2:F5')).toEqual({ top: 2, left: 6, bottom: 5, right: 6 });
    expect(rangeBounds(' $A$1:$AB$40 ')).toEqual({ top: 1, left: 1, bottom: 40, right: 28 });
    expect(rangeBounds('c7')).toEqual({ top: 7, left: 3, bottom: 7, right: 3 });
    expect(rangeBounds('Sheet1!A1')).toBeNull();
    expect(rangeBounds('A1:B')).toBeNull();
  });
});
