import { fill, formatCount, type Lang } from '../i18n/messages';
import { FILE_TEXTS_EN } from '../i18n/en/files';
import { FILE_TEXTS_VI } from '../i18n/vi/files';

/**
 * Why a file cannot be read as the planner's workbook, found before anything is parsed: what the
 * file is, or which limit it passes. Each has its own message saying what to do (src/i18n/{vi,en}/files.ts).
 */
export type FileFault =
  | { readonly kind: 'empty' }
  | { readonly kind: 'truncated' }
  /** .xls, the binary format of Excel 97–2003. */
  | { readonly kind: 'legacyExcel' }
  /** A workbook saved with a password to open it. */
  | { readonly kind: 'encrypted' }
  /** A zip whose entries a zip tool encrypted with a password (not Excel's own protection). */
  | { readonly kind: 'zipPassword' }
  /** .xlsb, Excel's binary workbook. */
  | { readonly kind: 'binaryExcel' }
  /** .ods, LibreOffice's or another OpenDocument spreadsheet. */
  | { readonly kind: 'openDocument' }
  | { readonly kind: 'wordDocument' }
  | { readonly kind: 'presentation' }
  | { readonly kind: 'otherZip' }
  | { readonly kind: 'csv' }
  /** A web page, as some systems export "Excel" files. */
  | { readonly kind: 'html' }
  /** XML Spreadsheet 2003. */
  | { readonly kind: 'xml2003' }
  | { readonly kind: 'pdf' }
  | { readonly kind: 'text' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'corruptPart'; readonly part: string }
  | { readonly kind: 'missingPart'; readonly part: string }
  | { readonly kind: 'tooLarge'; readonly limit: LimitKind; readonly part: string | null; readonly max: number }
  /** Two sheets whose names differ only by case, which Excel never writes. */
  | { readonly kind: 'duplicateSheetNames'; readonly first: string; readonly second: string };

export type LimitKind = 'file' | 'parts' | 'total' | 'part' | 'text';

export class WorkbookFileError extends Error {
  constructor(readonly fault: FileFault) {
    super(`${fault.kind}: ${JSON.stringify(fault)}`);
  }
}

export interface FileTexts {
  readonly faults: { readonly [K in FileFault['kind']]: string };
  readonly limits: { readonly [K in LimitKind]: string };
}

const TEXTS: Readonly<Record<Lang, FileTexts>> = { vi: FILE_TEXTS_VI, en: FILE_TEXTS_EN };

/** What the file is and what to do, for `path` (as the planner typed it or picked it). */
export function fileFaultMessage(fault: FileFault, path: string, lang: Lang): string {
  const t = TEXTS[lang];
  const params: Record<string, string> = { path };
  if (fault.kind === 'corruptPart' || fault.kind === 'missingPart') params.part = fault.part;
  if (fault.kind === 'duplicateSheetNames') Object.assign(params, { first: fault.first, second: fault.second });
  if (fault.kind === 'tooLarge') {
    params.limit = fill(t.limits[fault.limit], { max: formatCount(fault.max, lang), part: fault.part ?? '' });
  }
  return fill(t.faults[fault.kind], params);
}
