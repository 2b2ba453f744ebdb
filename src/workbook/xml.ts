/**
 * A small, fast, non-validating XML scanner for the parts of a SpreadsheetML package: it is fed text
 * in pieces (a part is inflated and decoded piece by piece, never whole) and calls back for each
 * element opened and closed, and for text only where the handler asks for it. Prefixes are dropped
 * ('x:c' is 'c'), as SpreadsheetML is read by local name. Elements must nest and close as they
 * opened, so a damaged part is refused rather than half read. A document type declaration is refused (no
 * entity of the file's own is ever expanded), and a run of text or a tag longer than `maxRun`
 * characters stops the scan: no single cell or attribute can make it hold more.
 */

export class XmlError extends Error {
  constructor(readonly fault: 'malformed' | 'tooLong', detail: string) {
    super(detail);
  }
}

/** The element just opened; valid only during the callback. */
export interface XmlTag {
  /** Local name. */
  readonly name: string;
  /** The attributes as written, for readers that look at a few of them on hot paths (see attrIn). */
  readonly raw: string;
  /** An attribute's decoded value by local name, or null. */
  attr(name: string): string | null;
}

export interface XmlHandler {
  open(tag: XmlTag, selfClosing: boolean): void;
  close(name: string): void;
  /** Decoded text, given only while `wantsText()` is true. */
  text?(text: string): void;
  wantsText?(): boolean;
  /**
   * A fast path: at each '<', the handler may read whole, balanced elements itself and return the
   * index after them, or `at` to leave them to the scanner (see RowSkimmer).
   */
  skim?(text: string, at: number): number;
}

/** The tag being opened: its attributes are sliced from the text only when a handler reads them. */
class Tag implements XmlTag {
  name = '';
  source = '';
  from = 0;
  to = 0;

  get raw(): string {
    return this.source.slice(this.from, this.to);
  }

  attr(name: string): string | null {
    return attrIn(this.raw, name);
  }
}

/** An attribute's decoded value, by local name, in the raw attribute text of a tag; null when absent. */
export function attrIn(raw: string, name: string): string | null {
  const out: (string | null)[] = [null];
  attrsIn(raw, [name], out);
  return out[0];
}

/**
 * The values of several attributes in one pass: `out[k]` is the first value of `names[k]` by local
 * name (xmlns declarations aside), decoded, or null; reading stops at text that is not an attribute.
 * A sheet's cells each have three read (r, s, t): one pass instead of three.
 */
export function attrsIn(raw: string, names: readonly string[], out: (string | null)[]): void {
  out.fill(null, 0, names.length);
  let left = names.length;
  let i = 0;
  while (i < raw.length && left > 0) {
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    const start = i;
    let colon = -1;
    while (i < raw.length && raw[i] !== '=' && !isSpace(raw.charCodeAt(i))) {
      if (colon < 0 && raw.charCodeAt(i) === 58 /* : */) colon = i;
      i++;
    }
    const end = i;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    if (raw[i] !== '=') return;
    i++;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    const quote = raw[i];
    if (quote !== '"' && quote !== "'") return;
    const close = raw.indexOf(quote, i + 1);
    if (close < 0) return;
    const local = colon < 0 ? start : colon + 1;
    // xmlns declarations are not attributes of the element.
    const xmlns = raw.startsWith('xmlns', start) && (colon < 0 ? end - start === 5 : colon - start === 5);
    if (!xmlns) {
      for (let k = 0; k < names.length; k++) {
        if (out[k] === null && end - local === names[k].length && raw.startsWith(names[k], local)) {
          out[k] = decodeEntities(raw.slice(i + 1, close));
          left--;
          break;
        }
      }
    }
    i = close + 1;
  }
}

export class XmlScanner {
  private buffer = '';
  private readonly tag = new Tag();
  private started = false;
  /** Names of the elements open, innermost last. */
  private readonly open: string[] = [];

  constructor(private readonly handler: XmlHandler, private readonly maxRun: number) {}

  push(chunk: string): void {
    const left = this.buffer;
    if (left.length > 0) {
      // Markup cut at the end of the last piece is finished in a short joined text, to the piece's
      // first '<'; the rest of the piece is then read where it stands. Reading a whole piece through
      // a joined text cost every read of it a quarter more.
      const head = chunk.indexOf('<') + 1;
      if (head > 0 && head < chunk.length) {
        this.feed(left + chunk.slice(0, head));
        const rest = this.buffer.length;
        this.feed(rest <= head ? chunk.slice(head - rest) : this.buffer + chunk.slice(head));
        return;
      }
    }
    this.feed(left.length === 0 ? chunk : left + chunk);
  }

  /** Scans `text`, the markup left unfinished before it included. */
  private feed(text: string): void {
    this.buffer = text;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.buffer.trim() !== '') throw new XmlError('malformed', 'unfinished markup at the end of the part');
    if (this.open.length > 0) throw new XmlError('malformed', `<${this.open[this.open.length - 1]}> is never closed`);
  }

  private scan(final: boolean): void {
    const b = this.buffer;
    const handler = this.handler;
    const skim = handler.skim?.bind(handler);
    let i = 0;
    if (!this.started) {
      // A byte-order mark decoded as text.
      if (b.charCodeAt(0) === 0xfeff) i = 1;
      this.started = true;
    }
    const n = b.length;
    while (i < n) {
      const lt = b.indexOf('<', i);
      if (lt < 0) {
        if (n - i > this.maxRun) throw new XmlError('tooLong', `a text of more than ${this.maxRun} characters`);
        if (final) break;
        this.buffer = b.slice(i);
        return;
      }
      if (lt > i && handler.text && handler.wantsText?.()) handler.text(decodeEntities(b.slice(i, lt)));
      if (lt - i > this.maxRun) throw new XmlError('tooLong', `a text of more than ${this.maxRun} characters`);
      if (skim !== undefined) {
        const after = skim(b, lt);
        if (after !== lt) {
          i = after;
          continue;
        }
      }
      const next = b.charCodeAt(lt + 1);
      if (next === 33 /* ! */) {
        // Comment, CDATA or DOCTYPE.
        if (b.startsWith('<!--', lt)) {
          const end = b.indexOf('-->', lt + 4);
          if (end < 0) return this.keep(b, lt, final);
          i = end + 3;
          continue;
        }
        if (b.startsWith('<![CDATA[', lt)) {
          const end = b.indexOf(']]>', lt + 9);
          if (end < 0) return this.keep(b, lt, final);
          if (handler.text && handler.wantsText?.()) handler.text(b.slice(lt + 9, end));
          i = end + 3;
          continue;
        }
        if (lt + 9 > n && !final) return this.keep(b, lt, final);
        throw new XmlError('malformed', 'a document type declaration (not allowed in a workbook)');
      }
      const gt = findTagEnd(b, lt + 1);
      if (gt === MALFORMED) throw new XmlError('malformed', 'a tag holding "<"');
      if (gt < 0) return this.keep(b, lt, final);
      if (next === 63 /* ? */) {
        i = gt + 1;
        continue;
      }
      if (next === 47 /* / */) {
        let from = lt + 2;
        let to = gt;
        while (from < to && isSpace(b.charCodeAt(from))) from++;
        while (to > from && isSpace(b.charCodeAt(to - 1))) to--;
        const name = nameAt(b, from, to);
        if (this.open.pop() !== name) throw new XmlError('malformed', `</${name}> closes nothing open`);
        handler.close(name);
        i = gt + 1;
        continue;
      }
      const selfClosing = b.charCodeAt(gt - 1) === 47;
      const innerEnd = selfClosing ? gt - 1 : gt;
      let nameEnd = lt + 1;
      while (nameEnd < innerEnd && !isSpace(b.charCodeAt(nameEnd))) nameEnd++;
      const tag = this.tag;
      tag.name = nameAt(b, lt + 1, nameEnd);
      tag.source = b;
      tag.from = nameEnd;
      tag.to = innerEnd;
      handler.open(tag, selfClosing);
      if (selfClosing) handler.close(tag.name);
      else this.open.push(tag.name);
      i = gt + 1;
    }
    this.buffer = '';
  }

  /** Keeps unfinished markup from `from` for the next piece; at the end of the part it is an error. */
  private keep(b: string, from: number, final: boolean): void {
    if (final) throw new XmlError('malformed', 'unfinished markup at the end of the part');
    if (b.length - from > this.maxRun) throw new XmlError('tooLong', `a tag of more than ${this.maxRun} characters`);
    this.buffer = b.slice(from);
  }
}

const MALFORMED = -2;

/**
 * The '>' closing a tag that starts at `from`, skipping quoted attribute values; -1 if not yet there,
 * MALFORMED at a '<' inside the tag.
 */
function findTagEnd(b: string, from: number): number {
  let i = from;
  const n = b.length;
  while (i < n) {
    const c = b.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 60 /* < */) return MALFORMED;
    if (c === 34 || c === 39) {
      const end = b.indexOf(c === 34 ? '"' : "'", i + 1);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    i++;
  }
  return -1;
}

/**
 * The local name of the qualified name in text[from, to). The names a sheet repeats for every cell
 * are given as constants rather than sliced anew each time.
 */
function nameAt(text: string, from: number, to: number): string {
  let start = from;
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) === 58 /* : */) {
      start = i + 1;
      break;
    }
  }
  const c = text.charCodeAt(start);
  switch (to - start) {
    case 1:
      if (c === 99) return 'c';
      if (c === 118) return 'v';
      if (c === 116) return 't';
      if (c === 102) return 'f';
      if (c === 114) return 'r';
      break;
    case 2:
      if (c === 105 && text.charCodeAt(start + 1) === 115) return 'is';
      if (c === 115 && text.charCodeAt(start + 1) === 105) return 'si';
      break;
    case 3:
      if (text.startsWith('row', start)) return 'row';
      break;
  }
  return text.slice(start, to);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is kept as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Text escaped for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * SpreadsheetML's own escape for characters XML cannot hold: `_xHHHH_` (ECMA-376 22.4.2.4), decoded
 * as Excel does: a lowercase x, four hexadecimal digits of either case; `_x005F_` is the underscore,
 * which is how a literal `_x0041_` is written.
 */
export function decodeXString(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The reverse of decodeXString for text that holds no character XML refuses: literal escapes kept literal. */
export function encodeXString(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}
