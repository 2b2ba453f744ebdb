import fc from 'fast-check';
import { attrIn, attrsIn, decodeEntities, XmlError, XmlScanner } from '../../src/workbook/xml';

/** One attribute read by slicing each name, as the reader first did: the oracle. */
function sliced(raw: string, name: string): string | null {
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && space(raw.charCodeAt(i))) i++;
    const start = i;
    while (i < raw.length && raw[i] !== '=' && !space(raw.charCodeAt(i))) i++;
    const full = raw.slice(start, i);
    while (i < raw.length && space(raw.charCodeAt(i))) i++;
    if (raw[i] !== '=') return null;
    i++;
    while (i < raw.length && space(raw.charCodeAt(i))) i++;
    const quote = raw[i];
    if (quote !== '"' && quote !== "'") return null;
    const end = raw.indexOf(quote, i + 1);
    if (end < 0) return null;
    const colon = full.indexOf(':');
    const local = colon < 0 ? full : full.slice(colon + 1);
    if (local === name && full !== 'xmlns' && !full.startsWith('xmlns:')) return decodeEntities(raw.slice(i + 1, end));
    i = end + 1;
  }
  return null;
}

describe('attrsIn: several attributes in one pass', () => {
  it("reads a cell's reference, type and style, decoded, by local name", () => {
    const out: (string | null)[] = ['stale', 'stale', 'stale'];
    attrsIn(' r="B12" s="3" x:t="s" xmlns:r="urn:r"', ['r', 't', 's'], out);
    expect(out).toEqual(['B12', 's', '3']);
    attrsIn(' r="C1" t="a &amp; b"', ['r', 't', 's'], out);
    expect(out).toEqual(['C1', 'a & b', null]);
    // Damaged after the first: what came before it is read.
    attrsIn(' t="n" s=3 r="A1"', ['r', 't', 's'], out);
    expect(out).toEqual([null, 'n', null]);
  });

  it('gives, for every name, what reading it alone by slicing gives, on any attribute text; attrIn too', () => {
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
      expect(out).toEqual(wanted.map((n) => sliced(text, n)));
      expect(wanted.map((n) => attrIn(text, n))).toEqual(out);
    }), { numRuns: 3000 });
  });
});

describe('XmlScanner', () => {
  /** Every open and close, with the attributes read, from a text fed in pieces of `size` characters. */
  function events(xml: string, size: number): string[] {
    const seen: string[] = [];
    const scanner = new XmlScanner({
      open: (tag, selfClosing) => seen.push(`<${tag.name}${tag.raw}${selfClosing ? '/' : ''}>`),
      close: (name) => seen.push(`</${name}>`),
      text: (t) => seen.push(t),
      wantsText: () => true,
    }, 1000);
    for (let at = 0; at < xml.length; at += size) scanner.push(xml.slice(at, at + size));
    scanner.end();
    return seen;
  }

  it('names elements by local name, whatever their prefix and however the text is cut', () => {
    const xml = '<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>3</x:v></x:c ><c r="B1"/><is><t>a &amp; b</t></is></x:row></x:sheetData></x:worksheet>';
    const expected = ['<worksheet xmlns:x="urn:x">', '<sheetData>', '<row r="1">', '<c r="A1" t="s">', '<v>', '3', '</v>', '</c>',
      '<c r="B1"/>', '</c>', '<is>', '<t>', 'a & b', '</t>', '</is>', '</row>', '</sheetData>', '</worksheet>'];
    for (const size of [1, 2, 7, 1000]) expect([size, events(xml, size)]).toEqual([size, expected]);
  });

  it('refuses an element closed by another name, even one a sheet repeats', () => {
    expect(() => events('<row><c></v></row>', 1000)).toThrow(XmlError);
    expect(() => events('<si><t>x</t></is>', 3)).toThrow(/closes nothing open/);
    expect(() => events('<rowx></row>', 1000)).toThrow(XmlError);
  });
});
