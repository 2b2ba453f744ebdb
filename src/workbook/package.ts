import { WorkbookFileError, type FileFault, type LimitKind } from './fileFaults';
import { XmlError, XmlScanner, type XmlHandler, type XmlTag } from './xml';
import { inflateEntry, inflateWhole, looksLikeZip, readZipDirectory, ZipError, type Codec, type ZipEntry } from './zip';

/**
 * An .xlsx file as an Open Packaging Conventions package: what kind of file it really is, its parts,
 * its relationships and its workbook part, read within limits set before anything is parsed. This is
 * what the command line reads and writes through; ExcelJS never sees the planner's file.
 */

/** Bounds on what is read, documented in docs/limits.md; generous for a province of 300,000 people. */
export interface PackageLimits {
  /** The file itself. */
  readonly fileBytes: number;
  readonly parts: number;
  /** The parts once uncompressed, as the package declares them. */
  readonly totalBytes: number;
  /** Any one part read, as it really inflates. */
  readonly partBytes: number;
  /** The longest text or tag in a part read, in characters. */
  readonly textChars: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  fileBytes: 512 * 1024 * 1024,
  parts: 10_000,
  totalBytes: 4 * 1024 * 1024 * 1024,
  partBytes: 1024 * 1024 * 1024,
  textChars: 1024 * 1024,
};

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;

/** A sheet as the workbook part lists it. */
export interface PackageSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly sheetId: string;
  readonly relId: string;
  /** The worksheet part ('xl/worksheets/sheet1.xml'); null for a chart sheet or a missing target. */
  readonly part: string | null;
}

export interface Relationship {
  readonly id: string;
  /** The type's last segment: 'worksheet', 'sharedStrings', 'styles', 'table'… (Transitional and Strict alike). */
  readonly type: string;
  /** Resolved against the source part: 'xl/worksheets/sheet1.xml'. */
  readonly target: string;
  readonly external: boolean;
}

export class WorkbookPackage {
  private readonly entries: Map<string, ZipEntry>;
  /** Part names by lower case: package part names compare ignoring case. */
  private readonly byLower: Map<string, string>;

  private constructor(readonly bytes: Uint8Array, readonly list: readonly ZipEntry[], readonly limits: PackageLimits, private readonly codec?: Codec) {
    this.entries = new Map(list.map((e) => [e.name, e]));
    this.byLower = new Map(list.map((e) => [e.name.toLowerCase(), e.name]));
  }

  /**
   * Opens the bytes of a file as a workbook package, or throws WorkbookFileError saying what the file
   * is instead (.xls, password-protected, .ods, CSV, a web page, cut short…) or which limit it passes.
   */
  static open(bytes: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS, codec?: Codec): WorkbookPackage {
    if (bytes.length === 0) throw new WorkbookFileError({ kind: 'empty' });
    if (bytes.length > limits.fileBytes) throw tooLarge('file', null, limits.fileBytes);
    if (!looksLikeZip(bytes)) throw new WorkbookFileError(sniffOther(bytes));
    let list: ZipEntry[];
    try {
      list = readZipDirectory(bytes, limits.parts);
    } catch (e) {
      if (e instanceof ZipError && e.fault === 'tooLarge') throw tooLarge('parts', null, limits.parts);
      if (e instanceof ZipError) throw new WorkbookFileError({ kind: 'truncated' });
      throw e;
    }
    const declared = list.reduce((sum, e) => sum + e.size, 0);
    if (declared > limits.totalBytes) throw tooLarge('total', null, limits.totalBytes);
    const pkg = new WorkbookPackage(bytes, list, limits, codec);
    pkg.checkKind();
    return pkg;
  }

  /** Whether the workbook holds macros (.xlsm): its output must keep that extension for Excel to open it. */
  macroEnabled(): boolean {
    if (!this.has('[Content_Types].xml')) return false;
    const main = `/${this.workbookPart()}`.toLowerCase();
    let macro = false;
    this.scanXml('[Content_Types].xml', {
      open: (tag) => {
        if (tag.name === 'Override' && (tag.attr('PartName') ?? '').toLowerCase() === main) macro = /macroEnabled/i.test(tag.attr('ContentType') ?? '');
      },
      close: () => undefined,
    });
    return macro;
  }

  /**
   * Scans every XML part within the limits, for readers that enforce none of their own (ExcelJS in
   * the demo): a bomb, an overlong text or a damaged part is refused here, before it reaches them.
   */
  checkParts(): void {
    for (const entry of this.list) {
      if (/\.(xml|rels|vml)$/i.test(entry.name)) this.scanXml(entry.name, { open: () => undefined, close: () => undefined });
    }
  }

  has(part: string): boolean {
    return this.byLower.has(part.toLowerCase());
  }

  entry(part: string): ZipEntry | undefined {
    const name = this.byLower.get(part.toLowerCase());
    return name === undefined ? undefined : this.entries.get(name);
  }

  /** The part's bytes, within the part limit. */
  bytesOf(part: string): Uint8Array {
    const entry = this.requireEntry(part);
    return this.guard(part, () => inflateWhole(this.bytes, entry, this.limits.partBytes, this.codec));
  }

  /** Scans an XML part piece by piece with `handler`, within the part and text limits. */
  scanXml(part: string, handler: XmlHandler): void {
    const entry = this.requireEntry(part);
    this.guard(part, () => {
      const scanner = new XmlScanner(handler, this.limits.textChars);
      let decoder: TextDecoder | null = null;
      inflateEntry(this.bytes, entry, this.limits.partBytes, (chunk) => {
        // UTF-16 parts announce themselves with a byte-order mark; the rest is UTF-8.
        decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
        scanner.push(decoder.decode(chunk, { stream: true }));
      }, this.codec);
      scanner.push(decoder === null ? '' : (decoder as TextDecoder).decode());
      scanner.end();
    });
  }

  /** The relationships of a part ('' for the package's own), resolved to part names. */
  relationships(source: string): Relationship[] {
    const slash = source.lastIndexOf('/');
    const dir = source.slice(0, slash + 1);
    const relsPart = `${dir}_rels/${source.slice(slash + 1)}.rels`;
    if (!this.has(relsPart)) return [];
    const rels: Relationship[] = [];
    this.scanXml(relsPart, {
      open: (tag) => {
        if (tag.name !== 'Relationship') return;
        const id = tag.attr('Id') ?? '';
        const type = (tag.attr('Type') ?? '').replace(/.*\//, '');
        const rawTarget = tag.attr('Target') ?? '';
        const external = tag.attr('TargetMode') === 'External';
        rels.push({ id, type, target: external ? rawTarget : resolvePart(dir, rawTarget), external });
      },
      close: () => undefined,
    });
    return rels;
  }

  /** The workbook part's name ('xl/workbook.xml' usually), from the package's relationships. */
  workbookPart(): string {
    const rel = this.relationships('').find((r) => REL_OFFICE_DOCUMENT.test(`/${r.type}`) && !r.external);
    const part = rel?.target ?? 'xl/workbook.xml';
    if (!this.has(part)) throw new WorkbookFileError({ kind: 'missingPart', part });
    return this.entry(part)!.name;
  }

  /**
   * The workbook's sheets in tab order, its date system, and whether its structure is protected.
   * Two sheets whose names differ only by case are refused: Excel never writes them, and every
   * reader after this one would trip on them.
   */
  workbook(): { sheets: PackageSheet[]; date1904: boolean; structureLocked: boolean } {
    const part = this.workbookPart();
    const rels = new Map(this.relationships(part).map((r) => [r.id, r]));
    const listed: { name: string; state: PackageSheet['state']; sheetId: string; relId: string }[] = [];
    let date1904 = false;
    let structureLocked = false;
    this.scanXml(part, {
      open: (tag) => {
        if (tag.name === 'sheet') {
          const state = tag.attr('state');
          listed.push({
            name: tag.attr('name') ?? '',
            state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
            sheetId: tag.attr('sheetId') ?? '',
            relId: tag.attr('id') ?? '',
          });
        } else if (tag.name === 'workbookPr') {
          date1904 = isTrue(tag.attr('date1904'));
        } else if (tag.name === 'workbookProtection') {
          structureLocked = isTrue(tag.attr('lockStructure'));
        }
      },
      close: () => undefined,
    });
    const seen = new Map<string, string>();
    for (const s of listed) {
      const key = s.name.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) throw new WorkbookFileError({ kind: 'duplicateSheetNames', first, second: s.name });
      seen.set(key, s.name);
    }
    const sheets = listed.map((s) => {
      const rel = rels.get(s.relId);
      // A chart sheet has no cells (part null); a worksheet whose part is missing is a damaged file.
      if (rel === undefined || rel.type !== 'worksheet' || rel.external) return { ...s, part: null };
      if (!this.has(rel.target)) throw new WorkbookFileError({ kind: 'missingPart', part: rel.target });
      return { ...s, part: this.entry(rel.target)!.name };
    });
    return { sheets, date1904, structureLocked };
  }

  private requireEntry(part: string): ZipEntry {
    const entry = this.entry(part);
    if (entry === undefined) throw new WorkbookFileError({ kind: 'missingPart', part });
    return entry;
  }

  /** Turns the container's and the scanner's faults into the planner's terms, naming the part. */
  private guard<T>(part: string, read: () => T): T {
    try {
      return read();
    } catch (e) {
      if (e instanceof ZipError) {
        if (e.fault === 'tooLarge') throw tooLarge('part', part, this.limits.partBytes);
        if (e.fault === 'encryptedEntry') throw new WorkbookFileError({ kind: 'zipPassword' });
        throw new WorkbookFileError({ kind: e.fault === 'truncated' ? 'truncated' : 'corruptPart', part });
      }
      if (e instanceof XmlError) {
        if (e.fault === 'tooLong') throw tooLarge('text', part, this.limits.textChars);
        throw new WorkbookFileError({ kind: 'corruptPart', part });
      }
      throw e;
    }
  }

  /** A zip that is not an .xlsx package: say what it is. */
  private checkKind(): void {
    if (this.has('mimetype')) {
      const type = new TextDecoder().decode(this.bytesOf('mimetype')).trim();
      if (type.startsWith('application/vnd.oasis.opendocument.spreadsheet')) throw new WorkbookFileError({ kind: 'openDocument' });
    }
    const main = this.has('_rels/.rels')
      ? this.relationships('').find((r) => REL_OFFICE_DOCUMENT.test(`/${r.type}`) && !r.external)?.target ?? null
      : null;
    const target = main ?? (this.has('xl/workbook.xml') ? 'xl/workbook.xml' : null);
    if (target !== null && /\.bin$/i.test(target)) throw new WorkbookFileError({ kind: 'binaryExcel' });
    if (target !== null && /^xl\//i.test(target)) {
      if (!this.has(target)) throw new WorkbookFileError({ kind: 'missingPart', part: target });
      return;
    }
    if (this.has('word/document.xml') || (target !== null && /^word\//i.test(target))) throw new WorkbookFileError({ kind: 'wordDocument' });
    if (this.has('ppt/presentation.xml') || (target !== null && /^ppt\//i.test(target))) throw new WorkbookFileError({ kind: 'presentation' });
    if (this.has('xl/workbook.bin')) throw new WorkbookFileError({ kind: 'binaryExcel' });
    throw new WorkbookFileError({ kind: 'otherZip' });
  }
}

function tooLarge(limit: LimitKind, part: string | null, max: number): WorkbookFileError {
  return new WorkbookFileError({ kind: 'tooLarge', limit, part, max });
}

function isTrue(value: string | null): boolean {
  return value === '1' || value === 'true';
}

/** A relationship's target resolved against the folder of its source part, without a leading '/'. */
export function resolvePart(dir: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : dir + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return decodeURIComponent(out.join('/'));
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What a file that is not a zip is: Excel 97–2003, a password-protected workbook, CSV, a web page… */
function sniffOther(bytes: Uint8Array): FileFault {
  if (OLE2.every((b, i) => bytes[i] === b)) {
    // A password-protected .xlsx is an OLE2 container holding the encrypted package.
    return containsUtf16(bytes, 'EncryptedPackage') ? { kind: 'encrypted' } : { kind: 'legacyExcel' };
  }
  // Excel's "Unicode Text" is UTF-16 with a byte-order mark.
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  const head = new TextDecoder(utf16 ?? 'utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (head.startsWith('%PDF')) return { kind: 'pdf' };
  const text = head.replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (text.startsWith('<')) {
    if (text.includes('urn:schemas-microsoft-com:office:spreadsheet')) return { kind: 'xml2003' };
    if (/<(html|!doctype html|table|meta|head|body)\b/.test(text)) return { kind: 'html' };
    return { kind: 'text' };
  }
  if (utf16 === null && bytes.subarray(0, 4096).includes(0)) return { kind: 'unknown' };
  const firstLine = text.split(/\r?\n/)[0] ?? '';
  return /[,;\t]/.test(firstLine) ? { kind: 'csv' } : { kind: 'text' };
}

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  const pattern = new Uint8Array(word.length * 2);
  for (let i = 0; i < word.length; i++) pattern[i * 2] = word.charCodeAt(i);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/** An XML handler that only collects attributes of elements of one name. */
export function collect(name: string, into: (tag: XmlTag) => void): XmlHandler {
  return { open: (tag) => (tag.name === name ? into(tag) : undefined), close: () => undefined };
}
