import { inferRole } from '../../src/domain/roles';
import { displayCell, isMark, readCount, readDate, readExtra, readGender, readRole, readText, readTitleList, type RawCell } from '../../src/tables/cells';

const iso = (cell: RawCell): string | null => {
  const read = readDate(cell);
  return read.kind === 'value' ? read.value.iso : null;
};
const precision = (cell: RawCell): string | null => {
  const read = readDate(cell);
  return read.kind === 'value' ? read.value.precision : null;
};

describe('readText', () => {
  it('trims and composes decomposed Vietnamese (NFD → NFC)', () => {
    const nfd = '  Nguyễn Văn Ánh '.normalize('NFD');
    expect(readText(nfd)).toEqual({ kind: 'value', value: 'Nguyễn Văn Ánh'.normalize('NFC') });
  });

  it('writes numbers as their digits, so an id typed as 12 is "12"', () => {
    expect(readText(12)).toEqual({ kind: 'value', value: '12' });
    expect(readText(3.5)).toEqual({ kind: 'value', value: '3.5' });
  });

  it('keeps formula-like text verbatim', () => {
    for (const text of ['=1+1', '+84 912 345 678', '@SUM(A1:A2)', '-2+3']) {
      expect(readText(text)).toEqual({ kind: 'value', value: text });
    }
  });

  it('treats null, empty and blank strings as empty', () => {
    expect(readText(null)).toEqual({ kind: 'empty' });
    expect(readText('')).toEqual({ kind: 'empty' });
    expect(readText(' \u00a0 ')).toEqual({ kind: 'empty' });
  });

  it('reports error cells with their error code', () => {
    expect(readText({ error: '#REF!' })).toEqual({ kind: 'invalid', code: 'errorValue', value: '#REF!' });
  });

  it('writes dates as ISO days', () => {
    expect(readText(new Date(Date.UTC(2024, 1, 29)))).toEqual({ kind: 'value', value: '2024-02-29' });
  });
});

describe('readCount', () => {
  it('reads whole numbers given as numbers or text', () => {
    expect(readCount(12)).toEqual({ kind: 'value', value: 12 });
    expect(readCount(' 7 ')).toEqual({ kind: 'value', value: 7 });
    expect(readCount('12.0')).toEqual({ kind: 'value', value: 12 });
    expect(readCount(0)).toEqual({ kind: 'value', value: 0 });
  });

  it('reads thousands separators the Vietnamese (1.234) and English (1,234) way', () => {
    expect(readCount('1.234')).toEqual({ kind: 'value', value: 1234 });
    expect(readCount('1,234')).toEqual({ kind: 'value', value: 1234 });
    expect(readCount('1 234 567')).toEqual({ kind: 'value', value: 1234567 });
  });

  it('rejects negatives, fractions and words', () => {
    expect(readCount(-3)).toEqual({ kind: 'invalid', code: 'negativeNumber', value: '-3' });
    expect(readCount('-3')).toEqual({ kind: 'invalid', code: 'negativeNumber', value: '-3' });
    expect(readCount(2.5)).toEqual({ kind: 'invalid', code: 'notWholeNumber', value: '2.5' });
    expect(readCount('2,5')).toEqual({ kind: 'invalid', code: 'notWholeNumber', value: '2,5' });
    expect(readCount('mười hai')).toEqual({ kind: 'invalid', code: 'notANumber', value: 'mười hai' });
    expect(readCount('12 người')).toEqual({ kind: 'invalid', code: 'notANumber', value: '12 người' });
    expect(readCount(true)).toEqual({ kind: 'invalid', code: 'notANumber', value: 'TRUE' });
    expect(readCount(new Date(Date.UTC(2020, 0, 1)))).toEqual({ kind: 'invalid', code: 'notANumber', value: '2020-01-01' });
  });

  it('reports error values', () => {
    expect(readCount({ error: '#N/A' })).toEqual({ kind: 'invalid', code: 'errorValue', value: '#N/A' });
  });
});

describe('readDate', () => {
  it('reads Excel serial numbers in the 1900 system', () => {
    expect(iso(1)).toBe('1900-01-01');
    expect(iso(59)).toBe('1900-02-28');
    expect(iso(61)).toBe('1900-03-01');
    expect(iso(25569)).toBe('1970-01-01');
    expect(iso(24929)).toBe('1968-04-01');
    expect(iso(45351)).toBe('2024-02-29');
    expect(iso(2958465)).toBe('9999-12-31');
  });

  it('ignores the time of day in a serial number', () => {
    expect(iso(25569.99)).toBe('1970-01-01');
  });

  it('rejects serial 60, the 29 February 1900 that Excel invents, and serials out of range', () => {
    expect(readDate(60)).toEqual({ kind: 'invalid', code: 'unreadableDate', value: '60' });
    expect(readDate(0).kind).toBe('invalid');
    expect(readDate(-5).kind).toBe('invalid');
    expect(readDate(2958466).kind).toBe('invalid');
  });

  it('reads a whole number from 1900 to 2100 as a year alone (1 January)', () => {
    expect(iso(1968)).toBe('1968-01-01');
    expect(precision(1968)).toBe('year');
    expect(iso(1900)).toBe('1900-01-01');
    expect(iso(2100)).toBe('2100-01-01');
    expect(iso(2101)).toBe('1905-10-01');
  });

  it('reads JS dates by their UTC day, tolerating a hair before midnight', () => {
    expect(iso(new Date(Date.UTC(1968, 2, 5)))).toBe('1968-03-05');
    expect(iso(new Date(Date.UTC(1968, 2, 5) - 1))).toBe('1968-03-05');
    expect(readDate(new Date(Number.NaN)).kind).toBe('invalid');
  });

  it.each([
    ['05/03/1968', '1968-03-05'],
    ['5/3/1968', '1968-03-05'],
    ['05-03-1968', '1968-03-05'],
    ['05.03.1968', '1968-03-05'],
    ['1968-03-05', '1968-03-05'],
    ['1968-3-5', '1968-03-05'],
    [' 05 / 03 / 1968 ', '1968-03-05'],
    ['29/02/2024', '2024-02-29'],
  ])('reads the text %p as %p', (text, expected) => {
    expect(iso(text)).toBe(expected);
    expect(precision(text)).toBe('day');
  });

  it('reads text holding a year alone, or a month and year', () => {
    expect(iso('1968')).toBe('1968-01-01');
    expect(precision('1968')).toBe('year');
    expect(iso('03/1968')).toBe('1968-03-01');
    expect(precision('03/1968')).toBe('month');
  });

  it.each(['31/02/1968', '29/02/2023', '00/01/1968', '12/13/1968', '05/03/68', '05/03-1968', 'ngày 5 tháng 3', '1968/13/01', '0999'])(
    'rejects %p',
    (text) => {
      expect(readDate(text)).toEqual({ kind: 'invalid', code: 'unreadableDate', value: text });
    },
  );

  it('rejects booleans and reports error values', () => {
    expect(readDate(true).kind).toBe('invalid');
    expect(readDate({ error: '#VALUE!' })).toEqual({ kind: 'invalid', code: 'errorValue', value: '#VALUE!' });
  });
});

describe('readGender', () => {
  it.each([
    ['Nam', 'M'],
    ['nam', 'M'],
    ['M', 'M'],
    ['male', 'M'],
    ['Nữ', 'F'],
    ['nu', 'F'],
    ['NỮ', 'F'],
    ['Nữ'.normalize('NFD'), 'F'],
    ['F', 'F'],
    ['Female', 'F'],
  ])('reads %p as %p', (text, gender) => {
    expect(readGender(text)).toEqual({ kind: 'value', value: gender });
  });

  it('reports text it does not know', () => {
    expect(readGender('khác')).toEqual({ kind: 'invalid', code: 'unknownGender', value: 'khác' });
    expect(readGender(1)).toEqual({ kind: 'invalid', code: 'unknownGender', value: '1' });
  });
});

describe('readRole', () => {
  it('reads English and Vietnamese roles', () => {
    expect(readRole('head')).toEqual({ kind: 'value', value: 'head' });
    expect(readRole('Trưởng')).toEqual({ kind: 'value', value: 'head' });
    expect(readRole('Cấp phó')).toEqual({ kind: 'value', value: 'deputy' });
    expect(readRole('PHO')).toEqual({ kind: 'value', value: 'deputy' });
    expect(readRole('Nhân viên')).toEqual({ kind: 'value', value: 'staff' });
    expect(readRole('sếp').kind).toBe('invalid');
  });
});

describe('inferRole', () => {
  it('reads a head from the title, the heads of a cục, chi cục, vụ or hạt too; other titles ending in "trưởng" are staff', () => {
    for (const t of ['Chi cục trưởng', 'Cục trưởng', 'Tổng cục trưởng', 'Vụ trưởng', 'Hạt trưởng', 'Hiệu trưởng', 'Trưởng phòng', 'Chánh Văn phòng', 'chi  cục TRƯỞNG']) {
      expect([t, inferRole(t)]).toEqual([t, 'head']);
    }
    for (const t of ['Phó Chi cục trưởng', 'Phó Cục trưởng', 'Phó Hạt trưởng']) expect([t, inferRole(t)]).toEqual([t, 'deputy']);
    for (const t of ['Kế toán trưởng', 'Chỉ huy trưởng Quân sự', 'Chuyên viên', 'Cục viên']) expect([t, inferRole(t)]).toEqual([t, 'staff']);
  });
});

describe('readTitleList', () => {
  it('splits concurrent titles on semicolons, commas and line breaks', () => {
    expect(readTitleList('Chủ tịch UBND xã; Chủ tịch HĐND xã, Bí thư Chi bộ\nTrưởng ban')).toEqual({
      kind: 'value',
      value: ['Chủ tịch UBND xã', 'Chủ tịch HĐND xã', 'Bí thư Chi bộ', 'Trưởng ban'],
    });
    expect(readTitleList(' ; ')).toEqual({ kind: 'empty' });
  });
});

describe('readExtra', () => {
  it('keeps numbers as numbers and text verbatim outside date columns', () => {
    expect(readExtra(4.98, false)).toEqual({ kind: 'value', value: 4.98 });
    expect(readExtra('=1+1', false)).toEqual({ kind: 'value', value: '=1+1' });
    expect(readExtra(true, false)).toEqual({ kind: 'value', value: true });
  });

  it('reads dates to ISO strings, in any column for real dates and in date columns for serials and text', () => {
    expect(readExtra(new Date(Date.UTC(2019, 5, 1)), false)).toEqual({ kind: 'value', value: '2019-06-01' });
    expect(readExtra(43617, true)).toEqual({ kind: 'value', value: '2019-06-01' });
    expect(readExtra('01/06/2019', true)).toEqual({ kind: 'value', value: '2019-06-01' });
    expect(readExtra(43617, false)).toEqual({ kind: 'value', value: 43617 });
    expect(readExtra('chưa rõ', true)).toEqual({ kind: 'invalid', code: 'unreadableDate', value: 'chưa rõ' });
  });
});

describe('isMark and displayCell', () => {
  it('knows the marks planners put in Nam / Nữ columns', () => {
    expect(isMark('x')).toBe(true);
    expect(isMark('X')).toBe(true);
    expect(isMark('✓')).toBe(true);
    expect(isMark('05/03/1968')).toBe(false);
  });

  it('shortens long cells for messages', () => {
    expect(displayCell('a'.repeat(100))).toBe(`${'a'.repeat(57)}…`);
    expect(displayCell({ error: '#N/A' })).toBe('#N/A');
  });
});
