import { Inflate, deflateSync } from 'fflate';

/**
 * The zip container of an .xlsx package, read and written here so that the parts this tool does not
 * own travel from input to output exactly as they came, still compressed, and so that every limit is
 * checked before a byte is inflated. fflate does the (de)compression; the container is simple enough
 * to read and write directly: local headers, the central directory, its end record (and Zip64's).
 */

/** One part of the package as the central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** As declared: checked against what inflating really gives. */
  readonly size: number;
  readonly localOffset: number;
  /** DOS time and date of the entry, kept when it is copied. */
  readonly time: number;
  readonly date: number;
}

/** Why a file cannot be read as a zip package. */
export type ZipFault = 'notZip' | 'truncated' | 'encryptedEntry' | 'unsupportedMethod' | 'corruptEntry' | 'tooLarge';

export class ZipError extends Error {
  constructor(readonly fault: ZipFault, readonly part: string | null, detail: string) {
    super(detail);
  }
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;

/** Is this the start of a zip file (a local header, or an empty archive's end record)? */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const sig = u32(bytes, 0);
  return sig === LOCAL_HEADER || sig === END_OF_DIRECTORY;
}

/**
 * The entries of the central directory, in the order it lists them. Throws ZipError: 'truncated' when
 * the end record or the directory lies beyond the file, 'notZip' when there is no end record at all,
 * 'tooLarge' above `maxEntries`.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const end = findEndRecord(bytes);
  if (end < 0) throw new ZipError(looksLikeZip(bytes) ? 'truncated' : 'notZip', null, 'no end of central directory');
  let count = u16(bytes, end + 10);
  let directorySize = u32(bytes, end + 12);
  let directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || directorySize === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(bytes, locator) !== ZIP64_LOCATOR) throw new ZipError('truncated', null, 'Zip64 locator missing');
    const at = Number(u64(bytes, locator + 8));
    if (at + 56 > bytes.length || u32(bytes, at) !== ZIP64_END) throw new ZipError('truncated', null, 'Zip64 end record missing');
    count = Number(u64(bytes, at + 32));
    directorySize = Number(u64(bytes, at + 40));
    directoryOffset = Number(u64(bytes, at + 48));
  }
  if (count > maxEntries) throw new ZipError('tooLarge', null, `${count} parts`);
  if (directoryOffset + directorySize > bytes.length) throw new ZipError('truncated', null, 'central directory beyond the end of the file');

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let p = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL_HEADER) throw new ZipError('truncated', null, `central directory entry ${i + 1}`);
    const flags = u16(bytes, p + 8);
    const nameLength = u16(bytes, p + 28);
    const extraLength = u16(bytes, p + 30);
    const commentLength = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localOffset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise CP437, of which the names of a package use the ASCII part.
    const name = decoder.decode(nameBytes);
    if (size === 0xffffffff || compressedSize === 0xffffffff || localOffset === 0xffffffff) {
      const z = zip64Extra(bytes, p + 46 + nameLength, extraLength, size === 0xffffffff, compressedSize === 0xffffffff, localOffset === 0xffffffff);
      size = z.size ?? size;
      compressedSize = z.compressedSize ?? compressedSize;
      localOffset = z.localOffset ?? localOffset;
    }
    entries.push({
      name,
      method: u16(bytes, p + 10),
      flags,
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize,
      size,
      localOffset,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's compressed bytes, found through its local header. */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER) throw new ZipError('truncated', entry.name, 'local header missing');
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipError('truncated', entry.name, 'data beyond the end of the file');
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Compressed bytes given to the inflater at a time: each push yields at most ~1,000 times as much. */
const PUSH_BYTES = 16 * 1024;

/**
 * Inflates an entry in pieces, handing each to `onChunk`, and stops with ZipError('tooLarge') as soon
 * as the output passes `maxBytes`, whatever the entry declares: a zip bomb never reaches memory. The
 * CRC is checked at the end.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, onChunk: (chunk: Uint8Array) => void, codec?: Codec): void {
  if (entry.flags & 1) throw new ZipError('encryptedEntry', entry.name, 'encrypted entry');
  const data = rawData(bytes, entry);
  if (codec?.inflateRaw && entry.method === 8 && entry.size <= Math.min(maxBytes, NATIVE_INFLATE_MAX)) {
    let whole: Uint8Array | null = null;
    try {
      whole = codec.inflateRaw(data, entry.size);
    } catch {
      // More than declared, or damaged: the portable inflater below says which, within the limit.
    }
    if (whole !== null && whole.length === entry.size) {
      if (codec.crc32(whole) >>> 0 !== entry.crc >>> 0) throw new ZipError('corruptEntry', entry.name, 'CRC mismatch');
      for (let i = 0; i < whole.length; i += NATIVE_CHUNK) onChunk(whole.subarray(i, Math.min(whole.length, i + NATIVE_CHUNK)));
      return;
    }
  }
  let total = 0;
  // The codec's CRC where there is one (native: a part past the native inflater's size is hundreds of MB).
  const crc32 = (codec ?? PORTABLE_CODEC).crc32;
  let crc = 0;
  // What the reader of the chunks throws is its own, not a fault of the compressed data.
  let readerError: unknown = null;
  const take = (chunk: Uint8Array): void => {
    total += chunk.length;
    if (total > maxBytes) throw new ZipError('tooLarge', entry.name, `more than ${maxBytes} bytes`);
    crc = crc32(chunk, crc);
    try {
      onChunk(chunk);
    } catch (e) {
      readerError = e;
      throw e;
    }
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += PUSH_BYTES) take(data.subarray(i, Math.min(data.length, i + PUSH_BYTES)));
  } else if (entry.method === 8) {
    const inflater = new Inflate((chunk) => take(chunk));
    try {
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
      for (let i = 0; i < data.length; i += PUSH_BYTES) inflater.push(data.subarray(i, Math.min(data.length, i + PUSH_BYTES)), i + PUSH_BYTES >= data.length);
    } catch (e) {
      if (e instanceof ZipError || e === readerError) throw e;
      throw new ZipError('corruptEntry', entry.name, (e as Error).message);
    }
  } else {
    throw new ZipError('unsupportedMethod', entry.name, `compression method ${entry.method}`);
  }
  if (crc >>> 0 !== entry.crc >>> 0) throw new ZipError('corruptEntry', entry.name, 'CRC mismatch');
}

/** The whole entry inflated, within `maxBytes`. */
export function inflateWhole(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, codec?: Codec): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  inflateEntry(bytes, entry, maxBytes, (c) => {
    chunks.push(c);
    length += c.length;
  }, codec);
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** An entry of the archive being written: copied as it was (still compressed), or new content. */
export type ZipOutput =
  | { readonly kind: 'copy'; readonly name: string; readonly source: Uint8Array; readonly entry: ZipEntry }
  | { readonly kind: 'content'; readonly name: string; readonly data: Uint8Array }
  /** Content already compressed by `pack`, so that only the compressed bytes are kept meanwhile. */
  | Packed;

export interface Packed {
  readonly kind: 'packed';
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
}

/** Content compressed now (or stored, when deflating would not make it smaller). */
export function pack(name: string, content: Uint8Array, codec: Codec = PORTABLE_CODEC): Packed {
  return packed(name, content, codec.deflate(content), codec);
}

/**
 * Content compressed by the codec's deflater in the background where it has one (Node's zlib, on its
 * thread pool): the caller goes on making the next part meanwhile.
 */
export async function packLater(name: string, content: Uint8Array, codec: Codec = PORTABLE_CODEC): Promise<Packed> {
  return codec.deflateLater === undefined ? pack(name, content, codec) : packed(name, content, await codec.deflateLater(content), codec);
}

function packed(name: string, content: Uint8Array, deflated: Uint8Array, codec: Codec): Packed {
  const crc = codec.crc32(content);
  // Tiny parts come out larger deflated: those are stored.
  return deflated.length < content.length
    ? { kind: 'packed', name, method: 8, crc, size: content.length, data: deflated }
    : { kind: 'packed', name, method: 0, crc, size: content.length, data: content };
}

/**
 * How new parts are compressed: raw DEFLATE (no zlib or gzip wrapper) and the zip's CRC-32. The
 * portable one runs anywhere; Node's zlib (the command line's) is several times faster.
 */
export interface Codec {
  readonly deflate: (data: Uint8Array) => Uint8Array;
  /** The same, off this thread, where the host can (`packLater`). */
  readonly deflateLater?: (data: Uint8Array) => Promise<Uint8Array>;
  /** The CRC-32 of `data`; with `previous`, the CRC of what came before it, that of both together. */
  readonly crc32: (data: Uint8Array, previous?: number) => number;
  /**
   * A native inflater, where the host has one (Node's zlib): the whole raw-deflate stream, refusing
   * (throwing) past `maxBytes` of output. Used for parts of a bounded declared size only.
   */
  readonly inflateRaw?: (data: Uint8Array, maxBytes: number) => Uint8Array;
}

/**
 * The declared size up to which a part is inflated whole by the codec's native inflater: more memory
 * at once (at most this much), several times faster than the portable inflater, piece by piece.
 */
const NATIVE_INFLATE_MAX = 64 * 1024 * 1024;

/** What the native inflater hands the reader at a time, as the portable one does. */
const NATIVE_CHUNK = 64 * 1024;

export const PORTABLE_CODEC: Codec = {
  deflate: (data) => deflateSync(data, { level: 6 }),
  crc32: (data, previous = 0) => (crcUpdate((previous ^ CRC_START) >>> 0, data) ^ CRC_START) >>> 0,
};

/**
 * The archive's bytes. Copied entries keep their compressed data, CRC and times; new content is
 * deflated. Written without data descriptors, with Zip64 records only when sizes or offsets need them.
 */
export function writeZip(outputs: readonly ZipOutput[], options: { readonly now?: Date; readonly codec?: Codec } = {}): Uint8Array {
  const now = options.now ?? new Date(1980, 0, 1);
  const codec = options.codec ?? PORTABLE_CODEC;
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const { time: nowTime, date: nowDate } = dosTime(now);
  for (const out of outputs) {
    const name = encoder.encode(out.name);
    let method: number;
    let crc: number;
    let size: number;
    let data: Uint8Array;
    let time = nowTime;
    let date = nowDate;
    if (out.kind === 'copy') {
      data = rawData(out.source, out.entry);
      ({ method, crc, size, time, date } = out.entry);
    } else {
      const packed = out.kind === 'packed' ? out : pack(out.name, out.data, codec);
      ({ method, crc, size, data } = packed);
    }
    const big = size >= 0xffffffff || data.length >= 0xffffffff || offset >= 0xffffffff;
    const extra = big ? zip64ExtraField(size, data.length, offset) : new Uint8Array(0);
    const local = new Uint8Array(30 + name.length + extra.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL_HEADER, true);
    lv.setUint16(4, big ? 45 : 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, big ? 0xffffffff : data.length, true);
    lv.setUint32(22, big ? 0xffffffff : size, true);
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, extra.length, true);
    local.set(name, 30);
    local.set(extra, 30 + name.length);

    const header = new Uint8Array(46 + name.length + extra.length);
    const cv = new DataView(header.buffer);
    cv.setUint32(0, CENTRAL_HEADER, true);
    cv.setUint16(4, big ? 45 : 20, true);
    cv.setUint16(6, big ? 45 : 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, big ? 0xffffffff : data.length, true);
    cv.setUint32(24, big ? 0xffffffff : size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(30, extra.length, true);
    cv.setUint32(42, big ? 0xffffffff : offset, true);
    header.set(name, 46);
    header.set(extra, 46 + name.length);

    pieces.push(local, data);
    central.push(header);
    offset += local.length + data.length;
  }
  const directoryOffset = offset;
  const directorySize = central.reduce((n, c) => n + c.length, 0);
  pieces.push(...central);
  const zip64 = outputs.length >= 0xffff || directoryOffset >= 0xffffffff || directorySize >= 0xffffffff;
  if (zip64) {
    const record = new Uint8Array(56);
    const rv = new DataView(record.buffer);
    rv.setUint32(0, ZIP64_END, true);
    rv.setBigUint64(4, 44n, true);
    rv.setUint16(12, 45, true);
    rv.setUint16(14, 45, true);
    rv.setBigUint64(24, BigInt(outputs.length), true);
    rv.setBigUint64(32, BigInt(outputs.length), true);
    rv.setBigUint64(40, BigInt(directorySize), true);
    rv.setBigUint64(48, BigInt(directoryOffset), true);
    const locator = new Uint8Array(20);
    const lv = new DataView(locator.buffer);
    lv.setUint32(0, ZIP64_LOCATOR, true);
    lv.setBigUint64(8, BigInt(directoryOffset + directorySize), true);
    lv.setUint32(16, 1, true);
    pieces.push(record, locator);
  }
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END_OF_DIRECTORY, true);
  ev.setUint16(8, Math.min(outputs.length, 0xffff), true);
  ev.setUint16(10, Math.min(outputs.length, 0xffff), true);
  ev.setUint32(12, Math.min(directorySize, 0xffffffff), true);
  ev.setUint32(16, Math.min(directoryOffset, 0xffffffff), true);
  pieces.push(end);

  const total = pieces.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function findEndRecord(bytes: Uint8Array): number {
  // The end record is 22 bytes, followed by a comment of at most 65,535.
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      if (i + 22 + u16(bytes, i + 20) <= bytes.length) return i;
    }
  }
  return -1;
}

function zip64Extra(bytes: Uint8Array, start: number, length: number, hasSize: boolean, hasCompressed: boolean, hasOffset: boolean) {
  let p = start;
  while (p + 4 <= start + length) {
    const id = u16(bytes, p);
    const size = u16(bytes, p + 2);
    if (id === 1) {
      let q = p + 4;
      const read = (): number => {
        const v = Number(u64(bytes, q));
        q += 8;
        return v;
      };
      return {
        size: hasSize ? read() : undefined,
        compressedSize: hasCompressed ? read() : undefined,
        localOffset: hasOffset ? read() : undefined,
      };
    }
    p += 4 + size;
  }
  throw new ZipError('truncated', null, 'Zip64 sizes missing');
}

function zip64ExtraField(size: number, compressed: number, offset: number): Uint8Array {
  const field = new Uint8Array(28);
  const v = new DataView(field.buffer);
  v.setUint16(0, 1, true);
  v.setUint16(2, 24, true);
  v.setBigUint64(4, BigInt(size), true);
  v.setBigUint64(12, BigInt(compressed), true);
  v.setBigUint64(20, BigInt(offset), true);
  return field;
}

function dosTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function u64(b: Uint8Array, i: number): bigint {
  return BigInt(u32(b, i)) | (BigInt(u32(b, i + 4)) << 32n);
}

const CRC_START = 0xffffffff;
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crcUpdate(crc: number, data: Uint8Array): number {
  let c = crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return c;
}
