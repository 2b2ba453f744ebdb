import { capitalized } from '../../src/taskpane/places';
import { sheetPlace } from '../../src/tables/addresses';

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

describe('capitalized', () => {
  it('gives a label its capital, letters with their marks included', () => {
    expect(capitalized('mã đơn vị', 'vi')).toBe('Mã đơn vị');
    expect(capitalized('đơn vị', 'vi')).toBe('Đơn vị');
    expect(capitalized('ngày sinh', 'en')).toBe('Ngày sinh');
    expect(capitalized('Unit id', 'en')).toBe('Unit id');
    expect(capitalized('', 'vi')).toBe('');
  });
});
