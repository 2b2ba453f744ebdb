import { capitalized } from '../../src/taskpane/places';

describe('capitalized', () => {
  it('gives a label its capital, letters with their marks included', () => {
    expect(capitalized('mã đơn vị', 'vi')).toBe('Mã đơn vị');
    expect(capitalized('đơn vị', 'vi')).toBe('Đơn vị');
    expect(capitalized('ngày sinh', 'en')).toBe('Ngày sinh');
    expect(capitalized('Unit id', 'en')).toBe('Unit id');
    expect(capitalized('', 'vi')).toBe('');
  });
});
