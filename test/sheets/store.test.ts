import { storeCellAt, storeContent, storeSheet, STORE_CHUNK_LENGTH } from '../../src/sheets/store';
import { changedStoreCell } from '../../src/workbook/workbook';
import { STORE_SHEET_NAME } from '../../src/sheets/storeName';

describe('storeSheet', () => {
  it('is a very hidden sheet with the JSON in column A, in chunks an Excel cell can hold', () => {
    const json = JSON.stringify({ version: 1, text: 'Nhất thể hóa '.repeat(6000) });
    const sheet = storeSheet(json);
    expect(sheet.name).toBe(STORE_SHEET_NAME);
    expect(sheet.visibility).toBe('veryHidden');
    const [block] = sheet.blocks;
    expect(block.col).toBe(1);
    expect(block.values.length).toBe(Math.ceil(json.length / STORE_CHUNK_LENGTH));
    expect(block.values.every((r) => r.length === 1 && (r[0] as string).length <= STORE_CHUNK_LENGTH)).toBe(true);
    expect(block.numberFormats).toEqual(['@']);
    expect(storeContent(block.values).text).toBe(json);
  });

  it('never cuts a character made of two code units', () => {
    const json = 'a'.repeat(STORE_CHUNK_LENGTH - 1) + '😀' + 'b';
    const chunks = storeSheet(json).blocks[0].values.map((r) => r[0] as string);
    expect(chunks[0]).toHaveLength(STORE_CHUNK_LENGTH - 1);
    expect(chunks[1].startsWith('😀')).toBe(true);
    expect(chunks.join('')).toBe(json);
  });

  it('writes nothing for an empty store and reads empty cells as nothing', () => {
    expect(storeSheet('').blocks).toEqual([]);
    expect(storeContent([['{"a":'], [null], ['1}'], []])).toEqual({ text: '{"a":1}', starts: [[1, 0], [3, 5]] });
  });
});

describe('storeCellAt and changedStoreCell', () => {
  const content = storeContent([['{"a":'], [null], ['1}'], [null], ['ghi chú của tôi']]);

  it('finds the cell holding a character of the store\'s text', () => {
    expect(storeCellAt(content, 0)).toEqual({ row: 1, text: '{"a":' });
    expect(storeCellAt(content, 5)).toEqual({ row: 3, text: '1}' });
    expect(storeCellAt(content, 7)).toEqual({ row: 5, text: 'ghi chú của tôi' });
    // The end of the text ("Unexpected end of JSON input") is in the last cell.
    expect(storeCellAt(content, content.text.length)).toEqual({ row: 5, text: 'ghi chú của tôi' });
    expect(storeCellAt(content, content.text.length + 1)).toBeNull();
  });

  it('names the cell where the JSON first fails, as Excel names it, from the problem\'s line and column', () => {
    const store = { kind: 'store' as const, sheet: '_staffing_planner', ...content };
    expect(changedStoreCell(store, [{}, { line: 1, column: 8 }])).toEqual({ place: '_staffing_planner!A5', text: 'ghi chú của tôi' });
    const lines = storeContent([['{\n"a":'], ['1,\n"b": x}' + 'y'.repeat(70)]]);
    // Line 3, column 6 is the x, in the second cell; a long cell is cut short.
    expect(changedStoreCell({ kind: 'store', sheet: 'Kho lưu', ...lines }, [{ line: 3, column: 6 }])).toEqual({ place: "'Kho lưu'!A2", text: `1,\n"b": x}${'y'.repeat(50)}…` });
    expect(changedStoreCell(store, [{}])).toBeNull();
    expect(changedStoreCell({ kind: 'none' }, [{ line: 1, column: 1 }])).toBeNull();
  });
});
