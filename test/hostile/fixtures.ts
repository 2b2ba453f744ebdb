import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { CURRENT_VERSION, SCENARIO_FORMAT, serializeScenarioDocument, type ScenarioDocument } from '../../src/format/scenarioDocument';
import { storeSheet } from '../../src/sheets/store';
import { inflateWhole, readZipDirectory, writeZip, type ZipOutput } from '../../src/workbook/zip';
import { XlsxWorkbookWriter } from '../../src/workbook/xlsxWrite';
import { PEOPLE_HEADER, UNIT_HEADER, peopleRows, unitRows } from '../tables/corpus/cases';

/**
 * Building blocks of the hostile corpus: a small planner's workbook (five units, seven people, one
 * scenario in its store), and ways to take its package apart and put it back with a part changed.
 */

export type Row = ExcelJS.CellValue[];

/** One scenario that runs on the small workbook: a quota cut at the commune's people's committee. */
export const CUT: ScenarioDocument = {
  format: SCENARIO_FORMAT,
  version: CURRENT_VERSION,
  scenarios: [{
    code: 'Q1',
    name: 'Cắt 1 biên chế UBND xã',
    settings: { startMonth: '2026-01' },
    operations: [{ type: 'quotaChange', month: '2026-06', units: { ids: ['X02'] }, change: { mode: 'cut', value: 1 } }],
  }],
};

export const CUT_JSON = serializeScenarioDocument(CUT);

export interface WorkbookChange {
  readonly units?: (rows: Row[]) => Row[];
  readonly people?: (rows: Row[]) => Row[];
  /** The store's JSON text; null for none. Default: CUT. */
  readonly store?: string | null;
  /** Anything else the case adds with ExcelJS. */
  readonly more?: (wb: ExcelJS.Workbook) => void;
}

function put(ws: ExcelJS.Worksheet, rows: readonly Row[]): void {
  rows.forEach((values, r) => values.forEach((value, c) => {
    if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
  }));
}

/** The small workbook as ExcelJS writes it, changed by the case. */
export async function workbookBytes(change: WorkbookChange = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  put(wb.addWorksheet('Đơn vị'), (change.units ?? ((r) => r))([UNIT_HEADER, ...unitRows()]));
  put(wb.addWorksheet('Cán bộ'), (change.people ?? ((r) => r))([PEOPLE_HEADER, ...peopleRows()]));
  change.more?.(wb);
  const store = change.store === undefined ? CUT_JSON : change.store;
  if (store !== null) await new XlsxWorkbookWriter(wb).writeSheet(storeSheet(store));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every part of a package, inflated, in the order of its directory. */
export function partsOf(bytes: Uint8Array): Map<string, Uint8Array> {
  const parts = new Map<string, Uint8Array>();
  for (const entry of readZipDirectory(bytes, 100_000)) parts.set(entry.name, inflateWhole(bytes, entry, 2 ** 31));
  return parts;
}

export function partText(bytes: Uint8Array, part: string): string {
  const data = partsOf(bytes).get(part);
  if (data === undefined) throw new Error(`no part ${part}`);
  return new TextDecoder().decode(data);
}

/** A package from parts (text or bytes), deflated. */
export function zipOf(parts: ReadonlyMap<string, Uint8Array | string> | readonly (readonly [string, Uint8Array | string])[]): Uint8Array {
  const encoder = new TextEncoder();
  const outputs: ZipOutput[] = [...parts].map(([name, data]) => ({ kind: 'content', name, data: typeof data === 'string' ? encoder.encode(data) : data }));
  return writeZip(outputs);
}

/** The package with parts replaced (a function of the old text), added, or removed (null). */
export function editParts(bytes: Uint8Array, edits: Readonly<Record<string, string | Uint8Array | null | ((old: string) => string)>>): Uint8Array {
  const parts = partsOf(bytes);
  for (const [name, edit] of Object.entries(edits)) {
    if (edit === null) parts.delete(name);
    else if (typeof edit === 'function') {
      const old = parts.get(name);
      if (old === undefined) throw new Error(`no part ${name}`);
      parts.set(name, new TextEncoder().encode(edit(new TextDecoder().decode(old))));
    } else parts.set(name, typeof edit === 'string' ? new TextEncoder().encode(edit) : edit);
  }
  return zipOf(parts);
}

export function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Bytes of an OLE2 compound file (the container of .xls and of password-protected workbooks) naming a stream. */
export function ole2(stream: string): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) out[1024 + i * 2] = stream.charCodeAt(i);
  return out;
}

/** A minimal package whose main part is `target` (for .xlsb, .docx, .pptx look-alikes). */
export function officeZip(target: string, more: Readonly<Record<string, string>> = {}): Uint8Array {
  return zipOf([
    ['[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'],
    ['_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`],
    [target, 'x'],
    ...Object.entries(more),
  ]);
}
