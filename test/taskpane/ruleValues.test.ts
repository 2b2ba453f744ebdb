import { filterValueText, parseFilterValue, valueSuggestions, withSuggestion } from '../../src/taskpane/ruleValues';

describe('parseFilterValue', () => {
  it('reads whole and decimal numbers, with a decimal point or comma', () => {
    expect(parseFilterValue(' 50 ', 'lte')).toBe(50);
    expect(parseFilterValue('-3', 'gt')).toBe(-3);
    expect(parseFilterValue('2.5', 'gte')).toBe(2.5);
    expect(parseFilterValue('2,5', 'gte')).toBe(2.5);
  });

  it('keeps anything else as the text typed, trimmed', () => {
    expect(parseFilterValue('  Đảng ủy xã ', 'eq')).toBe('Đảng ủy xã');
    expect(parseFilterValue('12A', 'eq')).toBe('12A');
    expect(parseFilterValue('', 'eq')).toBe('');
  });

  it('splits lists on semicolons for "is one of" and "is none of", dropping empty parts', () => {
    expect(parseFilterValue('Huyện ủy; UBND huyện;', 'notIn')).toEqual(['Huyện ủy', 'UBND huyện']);
    expect(parseFilterValue('1; 2,5', 'in')).toEqual([1, 2.5]);
    // Other comparisons take the text whole, semicolons included.
    expect(parseFilterValue('a; b', 'contains')).toBe('a; b');
  });
});

describe('filterValueText', () => {
  it('shows what parseFilterValue reads back', () => {
    for (const [text, op] of [['Huyện ủy; UBND huyện', 'in'], ['50', 'lte'], ['Đảng ủy xã', 'eq']] as const) {
      expect(filterValueText(parseFilterValue(text, op))).toBe(text);
    }
    expect(filterValueText(null)).toBe('');
  });
});

describe('values offered while typing a rule', () => {
  const values = ['Huyện Cẩm Xuyên', 'Huyện Can Lộc', 'Thành phố Hà Tĩnh', 'Cẩm Xuyên', 'Huyện Kỳ Anh', 'Thị xã Kỳ Anh'];

  it('finds them with accents and case aside: equal first, then starting so, then containing', () => {
    expect(valueSuggestions(values, 'cam xuyen', 'eq')).toEqual(['Cẩm Xuyên', 'Huyện Cẩm Xuyên']);
    expect(valueSuggestions(values, 'HUYEN', 'eq')).toEqual(['Huyện Cẩm Xuyên', 'Huyện Can Lộc', 'Huyện Kỳ Anh']);
    expect(valueSuggestions(values, 'ky anh', 'eq', 1)).toEqual(['Huyện Kỳ Anh']);
    expect(valueSuggestions(values, '  ', 'eq')).toEqual([]);
    // Nothing more to offer once the value is typed exactly.
    expect(valueSuggestions(values, 'Thành phố Hà Tĩnh', 'eq')).toEqual([]);
  });

  it('completes the last item of a list', () => {
    expect(valueSuggestions(values, 'Huyện Can Lộc; ky a', 'in')).toEqual(['Huyện Kỳ Anh', 'Thị xã Kỳ Anh']);
    expect(withSuggestion('Huyện Can Lộc; ky a', 'Huyện Kỳ Anh', 'in')).toBe('Huyện Can Lộc; Huyện Kỳ Anh');
    expect(withSuggestion('ky a', 'Huyện Kỳ Anh', 'eq')).toBe('Huyện Kỳ Anh');
  });
});
