/**
 * The fast path of reading a worksheet's cells: a whole <row> of the shape spreadsheet programs write
 * (cells with r, s and t, each holding a <v>, an inline <is><t>, or a formula with its cached value) is
 * read straight from the text, without the general scanner's events for every element. Anything else
 * (prefixes, comments, CDATA, rich text, phonetic guides, entities in attributes, overlong text, a row
 * cut at the end of a piece) is left to the scanner: the skimmer then consumes nothing, so the two
 * paths never disagree about what was read. Only complete, balanced rows are consumed.
 */

/** Where a row's cells go once the whole row has been read. */
export interface RowSink {
  /** A row begins: its number, or 0 when it has none (it follows the row before). */
  row(r: number): void;
  /** A cell holding a value element: its column (1-based), type as written ('n' when none), style, text. */
  cell(col: number, type: string, style: number, text: string): void;
}

/** A cell's type as the constants the readers compare with, or null for one the skimmer leaves alone. */
function typeAt(b: string, from: number, to: number): string | null {
  const c = b.charCodeAt(from);
  switch (to - from) {
    case 1:
      return c === 115 ? 's' : c === 110 ? 'n' : c === 98 ? 'b' : c === 101 ? 'e' : c === 100 ? 'd' : null;
    case 3:
      return b.startsWith('str', from) ? 'str' : null;
    case 9:
      return b.startsWith('inlineStr', from) ? 'inlineStr' : null;
  }
  return null;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Decimal digits as a number, or -1 for anything else (an empty value included). */
function digitsAt(b: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The column of a cell reference as the general reader reads it: its leading letters, 0 without. */
function columnAt(b: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = b.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    n = n * 26 + (c - 96);
  }
  return n;
}

const BAIL = -1;
/** What `attribute` returns at the end of a start tag. */
const END = -2;

export class RowSkimmer {
  // The attribute just read by `attribute`: local name and value bounds in the text.
  private nameFrom = 0;
  private nameTo = 0;
  private valueFrom = 0;
  private valueTo = 0;
  /** Where the row being read ends: after its '</row>' (or '/>' for an empty one). */
  private limit = 0;
  /** At a start tag's end (END): the index after it, and whether it closes itself ('/>'). */
  private tagClose = 0;
  private selfClosing = false;
  /** The column of the cell just read. */
  private lastCol = 0;
  // The row being read, committed to the sink only once it is whole.
  private readonly cols: number[] = [];
  private readonly types: string[] = [];
  private readonly styles: number[] = [];
  private readonly texts: string[] = [];

  constructor(private readonly sink: RowSink, private readonly maxRun: number) {}

  /**
   * Reads the <row> element starting at `at` (where a '<' stands) and returns the index after it, or
   * `at` when the row is not of the shape read here: the scanner then reads it.
   */
  skim(b: string, at: number): number {
    const end = this.row(b, at);
    return end < 0 ? at : end;
  }

  /** The character code at `i`, or -1 past the row's end: nothing past it is ever read. */
  private code(b: string, i: number): number {
    return i < this.limit ? b.charCodeAt(i) : -1;
  }

  private row(b: string, at: number): number {
    if (!b.startsWith('<row', at)) return BAIL;
    // The row's end bounds every read: reading past the text's end would cost the optimised code.
    const close = b.indexOf('</row>', at);
    if (close >= 0) this.limit = close + 6;
    else {
      const empty = b.indexOf('/>', at);
      if (empty < 0) return BAIL;
      this.limit = empty + 2;
    }
    let i = at + 4;
    let r = 0;
    // The row's attributes: only r matters.
    for (;;) {
      i = this.attribute(b, i);
      if (i === END) break;
      if (i === BAIL) return BAIL;
      if (r === 0 && this.nameTo - this.nameFrom === 1 && b.charCodeAt(this.nameFrom) === 114 /* r */) {
        r = digitsAt(b, this.valueFrom, this.valueTo);
        if (r <= 0) return BAIL;
      }
    }
    this.cols.length = 0;
    this.types.length = 0;
    this.styles.length = 0;
    this.texts.length = 0;
    i = this.tagClose;
    if (this.selfClosing) return this.commit(r, i);
    let col = 0;
    for (;;) {
      i = this.spaces(b, i);
      if (i < 0) return BAIL;
      if (b.startsWith('</row>', i)) return this.commit(r, i + 6);
      if (!b.startsWith('<c', i)) return BAIL;
      i = this.cell(b, i + 2, col);
      if (i < 0) return BAIL;
      col = this.lastCol;
    }
  }

  /** A <c> element from after its name; records its value and returns the index after it. */
  private cell(b: string, from: number, previous: number): number {
    let i = from;
    let col = -1;
    let type: string | null = null;
    let style = -1;
    for (;;) {
      i = this.attribute(b, i);
      if (i === END) break;
      if (i === BAIL) return BAIL;
      if (this.nameTo - this.nameFrom !== 1) continue;
      const name = b.charCodeAt(this.nameFrom);
      if (name === 114 /* r */ && col < 0) col = columnAt(b, this.valueFrom, this.valueTo);
      else if (name === 116 /* t */ && type === null) {
        type = typeAt(b, this.valueFrom, this.valueTo);
        if (type === null) return BAIL;
      } else if (name === 115 /* s */ && style < 0) {
        style = digitsAt(b, this.valueFrom, this.valueTo);
        if (style < 0) return BAIL;
      }
    }
    this.lastCol = col < 0 ? previous + 1 : col;
    i = this.tagClose;
    if (this.selfClosing) return i;
    let text: string | null = null;
    let formula = false;
    for (;;) {
      i = this.spaces(b, i);
      if (i < 0 || this.code(b, i) !== 60) return BAIL;
      if (b.startsWith('</c>', i)) {
        i += 4;
        break;
      }
      if (b.startsWith('<v>', i)) {
        const close = this.closing(b, i + 3, '</v>');
        if (close < 0) return BAIL;
        text = this.textOf(b, i + 3, close);
        if (text === null) return BAIL;
        i = close + 4;
      } else if (b.startsWith('<is>', i)) {
        i = this.spaces(b, i + 4);
        if (i < 0 || !b.startsWith('<t', i)) return BAIL;
        const after = this.code(b, i + 2);
        // <t> or <t xml:space="preserve">: attributes of a text element change nothing read.
        if (after !== 62 && !isSpace(after)) return BAIL;
        const open = this.tagEnd(b, i + 2);
        if (open < 0 || b.charCodeAt(open - 1) === 47) return BAIL;
        const close = this.closing(b, open + 1, '</t>');
        if (close < 0) return BAIL;
        text = this.textOf(b, open + 1, close);
        if (text === null) return BAIL;
        i = this.spaces(b, close + 4);
        if (i < 0 || !b.startsWith('</is>', i)) return BAIL;
        i += 5;
      } else if (b.startsWith('<f', i) && (this.code(b, i + 2) === 62 || this.code(b, i + 2) === 47 || isSpace(this.code(b, i + 2)))) {
        // A formula: its text is not read, its cached <v> is.
        formula = true;
        const open = this.tagEnd(b, i + 2);
        if (open < 0) return BAIL;
        if (b.charCodeAt(open - 1) === 47) {
          i = open + 1;
          continue;
        }
        const close = this.closing(b, open + 1, '</f>');
        if (close < 0 || close - open > this.maxRun) return BAIL;
        i = close + 4;
      } else {
        return BAIL;
      }
    }
    // A formula without a cached value is noted by the scanner's events (readSheetCells).
    if (text === null && formula) return BAIL;
    if (text !== null) {
      this.cols.push(this.lastCol);
      this.types.push(type ?? 'n');
      this.styles.push(style < 0 ? 0 : style);
      this.texts.push(text);
    }
    return i;
  }

  /** Where `tag` closes a text starting at `from`: BAIL when another '<' comes first. */
  private closing(b: string, from: number, tag: string): number {
    const close = b.indexOf('<', from);
    return close >= 0 && close < this.limit && b.startsWith(tag, close) ? close : BAIL;
  }

  /** The index after the white space from `i` between elements; BAIL for a run the scanner refuses. */
  private spaces(b: string, i: number): number {
    const from = i;
    const limit = this.limit;
    for (let c = 0; i < limit && ((c = b.charCodeAt(i)) === 32 || c === 9 || c === 10 || c === 13);) i++;
    return i - from > this.maxRun ? BAIL : i;
  }

  /** A value's text, or null for one the scanner should read (entities, or longer than its limit). */
  private textOf(b: string, from: number, to: number): string | null {
    if (to - from > this.maxRun) return null;
    const text = b.slice(from, to);
    return text.indexOf('&') < 0 ? text : null;
  }

  /** The '>' of a tag, skipping quoted values; BAIL at a '<' or the row's end. */
  private tagEnd(b: string, from: number): number {
    for (let i = from; i < this.limit; i++) {
      const c = b.charCodeAt(i);
      if (c === 62) return i;
      if (c === 60) return BAIL;
      if (c === 34 || c === 39) {
        const end = b.indexOf(c === 34 ? '"' : "'", i + 1);
        if (end < 0 || end >= this.limit) return BAIL;
        i = end;
      }
    }
    return BAIL;
  }

  /**
   * The next attribute of a start tag from `from` (just after its name, or after the attribute
   * before): white space skipped, its local name and value bounds left in the fields, the index after
   * it returned. At the tag's end, END, with the index after the tag and whether it closes itself in
   * the fields. BAIL for a tag or an attribute of another shape: no space after the name, spaces
   * around '=', xmlns declarations, values holding entities. (Spaces are tested in line, not through
   * isSpace: the CLI runs without V8's inlining.)
   */
  private attribute(b: string, from: number): number {
    const limit = this.limit;
    let i = from;
    let next = -1;
    while (i < limit && ((next = b.charCodeAt(i)) === 32 || next === 9 || next === 10 || next === 13)) i++;
    if (i >= limit) return BAIL;
    next = b.charCodeAt(i);
    if (next === 62 /* > */ || next === 47 /* / */) {
      this.selfClosing = next === 47;
      if (this.selfClosing && this.code(b, i + 1) !== 62) return BAIL;
      this.tagClose = this.selfClosing ? i + 2 : i + 1;
      return END;
    }
    // An attribute must follow the name, or the attribute before, after white space.
    if (i === from) return BAIL;
    const start = i;
    let local = i;
    for (;;) {
      if (i >= limit) return BAIL;
      const c = b.charCodeAt(i);
      if (c === 61 /* = */) break;
      if (c === 58 /* : */) local = i + 1;
      else if (c === 32 || c === 9 || c === 10 || c === 13 || c === 62 || c === 47 || c === 60) return BAIL;
      i++;
    }
    if (i === start || b.startsWith('xmlns', start)) return BAIL;
    this.nameFrom = local;
    this.nameTo = i;
    const quote = this.code(b, i + 1);
    if (quote !== 34 && quote !== 39) return BAIL;
    let close = i + 2;
    for (;;) {
      if (close >= limit) return BAIL;
      const c = b.charCodeAt(close);
      if (c === quote) break;
      if (c === 38 /* & */) return BAIL;
      close++;
    }
    this.valueFrom = i + 2;
    this.valueTo = close;
    return close + 1;
  }

  private commit(r: number, end: number): number {
    const sink = this.sink;
    sink.row(r);
    const n = this.cols.length;
    for (let k = 0; k < n; k++) sink.cell(this.cols[k], this.types[k], this.styles[k], this.texts[k]);
    return end;
  }
}
