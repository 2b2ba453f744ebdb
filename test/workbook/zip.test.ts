import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { inflateEntry, PORTABLE_CODEC, readZipDirectory, writeZip, ZipError, type Codec, type ZipEntry } from '../../src/workbook/zip';

/** Node's codec, as the command line's: native deflate, CRC and inflate. */
const NATIVE: Codec = {
  deflate: (d) => deflateRawSync(d),
  crc32: (d, previous) => crc32(d, previous),
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

  it("checks the CRC piece by piece with the codec's, where a part is read in pieces", () => {
    // Past the native inflater's size (here: declared as more than the limit allows it), the part is read in pieces.
    const big = { ...entry, size: 1e9 };
    let pieces = 0;
    const counted: Codec = { ...NATIVE, crc32: (d, previous) => (pieces++, crc32(d, previous)) };
    const read = inflated(big, 2e9, counted);
    expect(read.bytes).toEqual(text);
    expect([pieces, read.chunks]).toEqual([read.chunks, pieces]);
    expect(pieces).toBeGreaterThan(0);
    expect(() => inflated({ ...big, crc: (entry.crc + 1) >>> 0 }, 2e9, NATIVE)).toThrow(/CRC mismatch/);
    expect(() => inflated({ ...big, crc: (entry.crc + 1) >>> 0 }, 2e9)).toThrow(/CRC mismatch/);
  });
});

describe('the portable CRC-32', () => {
  it('is zlib\'s, whole or continued piece by piece', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (data, cut) => {
      const at = Math.min(cut, data.length);
      const whole = PORTABLE_CODEC.crc32(data);
      expect(whole).toBe(crc32(data));
      expect(PORTABLE_CODEC.crc32(data.subarray(at), PORTABLE_CODEC.crc32(data.subarray(0, at)))).toBe(whole);
    }));
  });
});
