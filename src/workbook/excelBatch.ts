/// <reference types="office-js" />

/**
 * How the office-js adapter talks to Excel: through a `run` function of the shape of `Excel.run` (the
 * task pane passes `Excel.run`, the tests an in-memory fake), in batches whose size is measured the way
 * Excel on the web limits them: each request and each response at most 5 MB of JSON.
 */

/** `Excel.run`, or anything with its shape. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelOptions {
  /**
   * Bytes of JSON (UTF-8) one batch of values may carry, read or written: well under Excel on the
   * web's 5 MB per request and per response. Default 1.5 MB.
   */
  readonly chunkBytes?: number;
  /** Cells one read may load at most (Excel returns no values above 5,000,000). Default 1,000,000. */
  readonly maxCellsPerChunk?: number;
  /** Cells `selection()` reads at most; a larger selection gives its top rows. Default 10,000. */
  readonly selectionCells?: number;
  /**
   * `Office.context.requirements.isSetSupported`, passed in by the task pane so that this code never
   * touches the global Office object. Default: ExcelApi 1.9 and below, the manifest's minimum.
   */
  readonly supports?: (set: string, version: string) => boolean;
}

export type ExcelSettings = Required<ExcelOptions>;

export const DEFAULT_CHUNK_BYTES = 1_500_000;

export function excelSettings(options: ExcelOptions = {}): ExcelSettings {
  return {
    chunkBytes: options.chunkBytes ?? DEFAULT_CHUNK_BYTES,
    maxCellsPerChunk: options.maxCellsPerChunk ?? 1_000_000,
    selectionCells: options.selectionCells ?? 10_000,
    supports: options.supports ?? minimumApi,
  };
}

/** What the manifest guarantees: ExcelApi up to 1.9. */
function minimumApi(set: string, version: string): boolean {
  if (set !== 'ExcelApi') return false;
  const [major, minor = 0] = version.split('.').map(Number);
  return major < 1 || (major === 1 && minor <= 9);
}

/** Bytes of a value's JSON text, as UTF-8 (the payload limit counts bytes; Vietnamese takes 2–3 each). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}

export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    // Two bytes up to U+07FF, three for the rest of the BMP; a surrogate pair (4 bytes) is two units.
    bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
