import { readStoreCells, storeSheet, STORE_CHUNK_LENGTH } from '../../src/sheets/store';
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
    expect(readStoreCells(block.values)).toBe(json);
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
    expect(readStoreCells([['{"a":'], [null], ['1}'], []])).toBe('{"a":1}');
  });
});
