import { cutToCell, hasInvalidXmlChars, safeSheets, withoutInvalidXmlChars } from '../../src/sheets/cellText';
import type { SheetDescription } from '../../src/sheets/layout';

const sheet = (values: (string | number | null)[][], name = 'KB Tóm tắt'): SheetDescription => ({
  name, blocks: [{ row: 3, col: 2, values }], tables: [], columnWidths: [],
});

describe('text a workbook cannot hold', () => {
  it.each([
    ['NUL', 'a\u0000b'], ['BEL', 'a\u0007b'], ['ESC', '\u001b[31m'], ['vertical tab', 'a\u000bb'], ['U+FFFE', 'x\ufffe'], ['U+FFFF', '\uffff'],
    ['an unpaired high surrogate', 'a\ud800b'], ['an unpaired low surrogate', 'a\udc00'],
  ])('finds %s', (_, text) => {
    expect(hasInvalidXmlChars(text)).toBe(true);
    expect(hasInvalidXmlChars(withoutInvalidXmlChars(text))).toBe(false);
  });

  it.each([['tab, line feed and return', 'a\tb\nc\rd'], ['Vietnamese', 'Phó Chủ tịch UBND xã Kỳ Xuân'], ['an emoji (a surrogate pair)', 'x😀y'], ['U+FFFD itself', '\ufffd']])('leaves %s alone', (_, text) => {
    expect(hasInvalidXmlChars(text)).toBe(false);
    expect(withoutInvalidXmlChars(text)).toBe(text);
  });

  it('marks each character it removes with U+FFFD, keeping the rest', () => {
    expect(withoutInvalidXmlChars('UBND xã\u0007 Tùng\u0000Ảnh')).toBe('UBND xã\ufffd Tùng\ufffdẢnh');
  });
});

describe('cutToCell', () => {
  it('cuts to 32,767 characters ending with an ellipsis', () => {
    const cut = cutToCell('x'.repeat(40_000));
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith('x…')).toBe(true);
  });

  it('never cuts a surrogate pair in two', () => {
    const cut = cutToCell(`${'x'.repeat(32_765)}😀${'y'.repeat(10)}`);
    expect(cut).toBe(`${'x'.repeat(32_765)}…`);
    expect(hasInvalidXmlChars(cut)).toBe(false);
  });
});

describe('safeSheets', () => {
  it('corrects each cell and names it by sheet and address, in reading order', () => {
    const { sheets, fixes } = safeSheets([sheet([['ok', 'a\u0007b'], [1, 'y'.repeat(33_000)], [null, 'z\u0000'.repeat(20_000)]])]);
    expect(fixes).toEqual([
      { sheet: 'KB Tóm tắt', cell: 'C3', kind: 'invalidCharacters' },
      { sheet: 'KB Tóm tắt', cell: 'C4', kind: 'tooLong', length: 33_000 },
      { sheet: 'KB Tóm tắt', cell: 'C5', kind: 'invalidCharacters' },
      { sheet: 'KB Tóm tắt', cell: 'C5', kind: 'tooLong', length: 40_000 },
    ]);
    const values = sheets[0].blocks[0].values;
    expect(values[0]).toEqual(['ok', 'a\ufffdb']);
    expect(values[1][0]).toBe(1);
    expect((values[1][1] as string).length).toBe(32_767);
    expect((values[2][1] as string).startsWith('z\ufffdz\ufffd')).toBe(true);
  });

  it('gives back the very same sheets when nothing needs correcting', () => {
    const clean = [sheet([['a', 1], [null, 'b']])];
    const { sheets, fixes } = safeSheets(clean);
    expect(fixes).toEqual([]);
    expect(sheets[0]).toBe(clean[0]);
  });

  it('does not change the sheets it was given', () => {
    const given = sheet([['a\u0007']]);
    safeSheets([given]);
    expect(given.blocks[0].values[0][0]).toBe('a\u0007');
  });
});
