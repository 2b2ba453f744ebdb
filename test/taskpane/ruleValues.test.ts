import { filterValueText, parseFilterValue } from '../../src/taskpane/ruleValues';

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
