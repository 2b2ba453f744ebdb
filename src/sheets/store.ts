import { NUMBER_FORMATS, type SheetDescription } from './layout';
import { SCENARIO_FORMAT } from '../format/scenarioDocument';
import { STORE_SHEET_NAME } from './storeName';

/** Under Excel's 32,767 characters per cell, with room to spare. */
export const STORE_CHUNK_LENGTH = 32_000;

/**
 * The scenario store: its JSON text in column A of a very hidden sheet, cut into chunks of at most
 * STORE_CHUNK_LENGTH characters, one per row. A chunk never ends inside a surrogate pair, so every
 * cell holds valid text.
 */
export function storeSheet(text: string): SheetDescription {
  // JSON.stringify escapes control characters and unpaired surrogates but not U+FFFE and U+FFFF,
  // which XML cannot hold: escaped in the same way, they read back as they were.
  const json = text.replace(/[\uFFFE\uFFFF]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  const chunks: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + STORE_CHUNK_LENGTH, json.length);
    if (end < json.length && isHighSurrogate(json.charCodeAt(end - 1))) end--;
    chunks.push(json.slice(start, end));
    start = end;
  }
  return {
    name: STORE_SHEET_NAME,
    blocks: chunks.length > 0 ? [{ row: 1, col: 1, values: chunks.map((c) => [c]), numberFormats: [NUMBER_FORMATS.text] }] : [],
    tables: [],
    columnWidths: [],
    visibility: 'veryHidden',
  };
}

/**
 * Whether the first cell of a sheet named like the store holds a store this tool wrote (damaged or
 * from another version, perhaps): its JSON names the store's format near the start.
 */
export function isStoreText(firstCell: unknown): boolean {
  return typeof firstCell === 'string' && /^\s*\{/.test(firstCell) && firstCell.slice(0, 400).includes(`"${SCENARIO_FORMAT}"`);
}

/** The store's text as read, and where each cell's part of it starts: [row, offset] of each non-empty cell. */
export interface StoreContent {
  readonly text: string;
  readonly starts: readonly (readonly [row: number, offset: number])[];
}

/**
 * The JSON text back from the store sheet's cells (a range of column A from row 1, as read). Empty
 * cells are skipped; anything else is joined as text, so a damaged store shows up as invalid JSON,
 * which `storeCellAt` traces back to its cell.
 */
export function storeContent(cells: readonly (readonly unknown[])[]): StoreContent {
  const parts: string[] = [];
  const starts: [number, number][] = [];
  let offset = 0;
  cells.forEach((row, i) => {
    const v = row[0];
    if (v === null || v === undefined || v === '') return;
    const text = String(v);
    starts.push([i + 1, offset]);
    parts.push(text);
    offset += text.length;
  });
  return { text: parts.join(''), starts };
}

/** The store's cell holding the character at `offset` of its text: its row and its text; null past the end. */
export function storeCellAt(content: StoreContent, offset: number): { readonly row: number; readonly text: string } | null {
  const { starts, text } = content;
  for (let i = starts.length - 1; i >= 0; i--) {
    const [row, start] = starts[i];
    if (start > offset) continue;
    const end = i + 1 < starts.length ? starts[i + 1][1] : text.length;
    return offset < end || (offset === end && i === starts.length - 1) ? { row, text: text.slice(start, end) } : null;
  }
  return null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
