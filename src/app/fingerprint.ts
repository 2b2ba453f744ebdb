import type { Staffing } from '../domain/model';

/**
 * Fingerprints of the input tables as read (FNV-1a over 64 bits, as two 32-bit lanes): stored with each
 * run so a colleague's copy can tell that the tables changed since the sheets were written.
 */

/** The fingerprint of a text. */
export function fingerprint(text: string): string {
  const h = new Fnv();
  h.text(text);
  return h.digest();
}

/**
 * The fingerprint of the tables as read: every value of every record but its `source` (where it was
 * read). Fed value by value: the JSON text of a province (33 million characters, built in pieces that
 * the first read joins) took half a second to make and hash, this a tenth of that. Types, keys and ends
 * are fed too, so no two values feed the same.
 */
export function tablesFingerprint(staffing: Staffing | null): string {
  const h = new Fnv();
  h.value(staffing ?? '', 0);
  return h.digest();
}

/** How deep the records of the staffing's lists are (staffing, list, record): only theirs is a `source`. */
const RECORD_DEPTH = 2;

class Fnv {
  private h1 = 0x811c9dc5;
  private h2 = 0x050c5d1f;

  code(c: number): void {
    this.h1 = Math.imul(this.h1 ^ c, 0x01000193);
    this.h2 = Math.imul(this.h2 ^ c, 0x01000193) ^ (this.h1 >>> 13);
  }

  text(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 13);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** Codes above 0xffff never occur in a text's UTF-16 units: they mark types and ends. */
  value(v: unknown, depth: number): void {
    if (v === null || v === undefined) this.code(0x10000);
    else if (typeof v === 'string') {
      this.code(0x10001);
      this.text(v);
      this.code(0x10002);
    } else if (typeof v === 'number' || typeof v === 'boolean') {
      this.code(typeof v === 'number' ? 0x10003 : 0x10004);
      this.text(String(v));
      this.code(0x10002);
    } else if (Array.isArray(v)) {
      this.code(0x10005);
      for (let i = 0; i < v.length; i++) this.value(v[i], depth + 1);
      this.code(0x10006);
    } else if (typeof v === 'object') {
      this.code(0x10007);
      const record = v as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        // Deeper, a key is a column's header (an extra column headed "source" is the planner's data).
        if (key === 'source' && depth === RECORD_DEPTH) continue;
        this.text(key);
        this.code(0x10008);
        this.value(record[key], depth + 1);
      }
      this.code(0x10006);
    }
  }

  digest(): string {
    return (this.h1 >>> 0).toString(16).padStart(8, '0') + (this.h2 >>> 0).toString(16).padStart(8, '0');
  }
}
