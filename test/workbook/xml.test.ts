import fc from 'fast-check';
import { attrIn, attrsIn } from '../../src/workbook/xml';

describe('attrsIn: several attributes in one pass', () => {
  it("reads a cell's reference, type and style, decoded, by local name", () => {
    const out: (string | null)[] = ['stale', 'stale', 'stale'];
    attrsIn(' r="B12" s="3" x:t="s" xmlns:r="urn:r"', ['r', 't', 's'], out);
    expect(out).toEqual(['B12', 's', '3']);
    attrsIn(' r="C1" t="a &amp; b"', ['r', 't', 's'], out);
    expect(out).toEqual(['C1', 'a & b', null]);
    // Damaged after the first: what came before it is read, as attrIn reads each.
    attrsIn(' t="n" s=3 r="A1"', ['r', 't', 's'], out);
    expect(out).toEqual([null, 'n', null]);
  });

  it('gives, for every name, what attrIn gives, on any attribute text', () => {
    const name = fc.constantFrom('r', 's', 't', 'id', 'xmlns', 'rr', '');
    const prefix = fc.constantFrom('', 'x:', 'r:', 'xmlns:', ':', 'a:b:');
    const value = fc.string({ maxLength: 5 }).map((v) => v.replace(/["']/g, '')).chain((v) => fc.constantFrom(v, `${v}&amp;`, `&#x41;${v}`));
    const attr = fc.tuple(prefix, name, fc.constantFrom('=', ' = ', '=\t', ''), fc.constantFrom('"', "'"), value, fc.boolean())
      .map(([p, n, eq, q, v, closed]) => ` ${p}${n}${eq}${q}${v}${closed ? q : ''}`);
    const raw = fc.array(fc.oneof(attr, fc.constantFrom(' ', ' junk', '\n')), { maxLength: 6 }).map((parts) => parts.join(''));
    const names = fc.uniqueArray(name, { minLength: 1, maxLength: 3 });
    fc.assert(fc.property(raw, names, (text, wanted) => {
      const out: (string | null)[] = new Array(wanted.length).fill('stale');
      attrsIn(text, wanted, out);
      expect(out).toEqual(wanted.map((n) => attrIn(text, n)));
    }), { numRuns: 3000 });
  });
});
