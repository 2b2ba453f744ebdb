import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { inflateEntry, readZipDirectory, writeZip, ZipError, type Codec, type ZipEntry } from '../../src/workbook/zip';

/** Node's codec, as the command line's: native deflate, CRC and inflate. */
const NATIVE: Codec = {
  deflate: (d) => deflateRawSync(d),
  crc32: (d) => crc32(d),
  inflateRaw: (d, max) => inflateRawSync(d, { maxOutputLength: Math.max(1, max) }),
};

const text = new TextEncoder().encode('<row r="1"><c r="A1" t="inlineStr"><is><t>Phòng Nội vụ</t></is></c></row>'.repeat(2_000));
const zip = writeZip([{ kind: 'content', name: 'xl/worksheets/sheet1.xml', data: text }]);
const [entry] = readZipDirectory(zip, 10);

function inflated(e: ZipEntry, max: number, codec?: Codec): { chunks: number; bytes: Uint8Array } {
  const parts: Uint8Array[] = [];
  inflateEntry(zip, e, max, (c) => parts.push(c.slice()), codec);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { chunks: parts.length, bytes };
}

describe('inflating a part', () => {
  it('gives the same bytes with the native inflater, in pieces as the portable one does', () => {
    const portable = inflated(entry, 1e9);
    const native = inflated(entry, 1e9, NATIVE);
    expect(native.bytes).toEqual(text);
    expect(portable.bytes).toEqual(text);
    expect(native.chunks).toBeGreaterThan(1);
  });

  it('refuses a part that inflates past its declared size at the limit, whichever inflater', () => {
    // The directory says 1,000 bytes: the native inflater stops there, the portable one goes on to the limit.
    const lying = { ...entry, size: 1000 };
    expect(() => inflated(lying, 50_000, NATIVE)).toThrow(ZipError);
    expect(() => inflated(lying, 50_000, NATIVE)).toThrow(/more than 50000 bytes/);
  });

  it('checks the CRC on the native path too', () => {
    expect(() => inflated({ ...entry, crc: (entry.crc + 1) >>> 0 }, 1e9, NATIVE)).toThrow(/CRC mismatch/);
  });
});
