import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_VERSION, SCENARIO_FORMAT } from '../../src/format/scenarioDocument';
import { PackageWorkbookReader } from '../../src/workbook/packageRead';
import { CUT, CUT_JSON, editParts, officeZip, ole2, partsOf, partText, richWorkbookBytes, RICH_PLANNER_PARTS, sha, workbookBytes, zipOf, type Row } from './fixtures';

/**
 * The hostile corpus: files, scenario documents, paths and arguments a careless or hostile user could
 * give the command line. Each case says what the CLI must answer (its exit code, the words of its
 * message in both languages, the cell it points to); the runner (hostile.test.ts) also checks, for
 * every case, that no input changed, that nothing half-written is left, and for every accepted input
 * that the output reopens, that no text became a formula and that every person is still there.
 */

export type Lang = 'vi' | 'en';

/** What a case has written into its folder, and the command to run. */
export interface Prepared {
  readonly argv: (lang: Lang) => string[];
  /** Files the command must leave exactly as they were. */
  readonly inputs: readonly string[];
  /** The workbook written when the case succeeds (to reopen and check). */
  readonly output?: string;
  /** The workbook read (to compare its people with the output's). */
  readonly workbook?: string;
}

export interface HostileCase {
  readonly name: string;
  readonly kind: 'file' | 'limit' | 'workbook' | 'store' | 'text' | 'scenarios' | 'paths' | 'usage';
  readonly prepare: (dir: string) => Promise<Prepared>;
  readonly exit: 0 | 1 | 2 | 3;
  /** Words the printed text must hold, in each language. */
  readonly vi?: readonly RegExp[];
  readonly en?: readonly RegExp[];
  /** The cell a problem points to, as both languages print it. */
  readonly at?: { readonly sheet: string; readonly row?: number; readonly column?: string };
  /** Further checks, given the case's folder and what was printed. */
  readonly check?: (dir: string, printed: string, lang: Lang) => Promise<void> | void;
}

/** Writes the file and runs `simulate` on it with the one-scenario document, to `out.xlsx`. */
function simulateFile(bytes: Uint8Array | string | (() => Promise<Uint8Array>), name = 'in.xlsx', extra: readonly string[] = []): (dir: string) => Promise<Prepared> {
  return async (dir) => {
    const input = join(dir, name);
    const data = typeof bytes === 'function' ? await bytes() : bytes;
    writeFileSync(input, data);
    const scenarios = join(dir, 'cut.json');
    writeFileSync(scenarios, CUT_JSON);
    const output = join(dir, 'out.xlsx');
    return {
      argv: (lang) => ['simulate', input, '--scenarios', scenarios, '--out', output, '--quiet', '--lang', lang, '--start', '2026-01', ...extra],
      inputs: [input, scenarios],
      output,
      workbook: input,
    };
  };
}

/** Runs `simulate` on a workbook with its own stored scenarios. */
function simulateStored(bytes: () => Promise<Uint8Array>): (dir: string) => Promise<Prepared> {
  return async (dir) => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, await bytes());
    const output = join(dir, 'out.xlsx');
    return { argv: (lang) => ['simulate', input, '--out', output, '--quiet', '--lang', lang, '--start', '2026-01'], inputs: [input], output, workbook: input };
  };
}

function validateFile(bytes: () => Promise<Uint8Array>): (dir: string) => Promise<Prepared> {
  return async (dir) => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, await bytes());
    return { argv: (lang) => ['validate', input, '--lang', lang], inputs: [input] };
  };
}

/** A scenario document with one change to CUT, run on the small workbook. */
function scenarioFile(text: string | Uint8Array): (dir: string) => Promise<Prepared> {
  return async (dir) => {
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, await workbookBytes());
    const scenarios = join(dir, 's.json');
    writeFileSync(scenarios, text);
    const output = join(dir, 'out.xlsx');
    return { argv: (lang) => ['simulate', input, '--scenarios', scenarios, '--out', output, '--quiet', '--lang', lang, '--start', '2026-01'], inputs: [input, scenarios], output, workbook: input };
  };
}

const cutWith = (edit: (scenario: Record<string, unknown>) => void): string => {
  const doc = JSON.parse(CUT_JSON) as { scenarios: Record<string, unknown>[] };
  edit(doc.scenarios[0]);
  return JSON.stringify(doc);
};

const small = (change: Parameters<typeof workbookBytes>[0] = {}) => () => workbookBytes(change);
const set = (rows: Row[], row: number, col: number, value: Row[number]): Row[] => {
  rows[row][col] = value;
  return rows;
};

/** The small workbook with one of its sheet parts' XML edited. */
const sheetXml = (part: string, edit: (xml: string) => string) => async () => editParts(await workbookBytes(), { [part]: edit });

function fileCase(name: string, bytes: Uint8Array | string, vi: RegExp[], en: RegExp[]): HostileCase {
  return { name, kind: 'file', prepare: simulateFile(bytes), exit: 1, vi, en };
}

const csv = 'Mã đơn vị,Tên đơn vị,Cấp,Biên chế\nT01,Ban Tổ chức,Tỉnh,25\n';

export const HOSTILE: readonly HostileCase[] = [
  // ——— Files that are not .xlsx workbooks ———
  fileCase('empty-file', new Uint8Array(0), [/rỗng/, /0 byte/], [/empty/, /0 bytes/]),
  { name: 'truncated-half', kind: 'file', prepare: simulateFile(async () => (await workbookBytes()).subarray(0, 3000)), exit: 1, vi: [/thiếu phần cuối/], en: [/cut short/] },
  { name: 'truncated-header-only', kind: 'file', prepare: simulateFile(async () => (await workbookBytes()).subarray(0, 40)), exit: 1, vi: [/thiếu phần cuối/], en: [/cut short/] },
  fileCase('xls-97-2003', ole2('Workbook'), [/97–2003/, /\.xlsx/], [/97–2003/, /Save As/]),
  fileCase('password-protected', ole2('EncryptedPackage'), [/mật khẩu/], [/password/, /remove the password/]),
  fileCase('xlsb-renamed', officeZip('xl/workbook.bin'), [/\.xlsb/, /Lưu như/], [/\.xlsb/, /Save As/]),
  fileCase('ods-renamed', zipOf([['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']]), [/OpenDocument/, /\.xlsx/], [/OpenDocument/, /\.xlsx/]),
  fileCase('docx-renamed', officeZip('word/document.xml'), [/Word/], [/Word document/]),
  fileCase('pptx-renamed', officeZip('ppt/presentation.xml'), [/PowerPoint/], [/PowerPoint/]),
  fileCase('plain-zip', zipOf([['readme.txt', 'hello']]), [/zip/, /giải nén/], [/zip archive/, /extract/]),
  fileCase('csv-comma', csv, [/CSV/], [/CSV/]),
  fileCase('csv-semicolon', csv.replace(/,/g, ';'), [/CSV/], [/CSV/]),
  fileCase('tab-separated', csv.replace(/,/g, '\t'), [/CSV/], [/CSV/]),
  fileCase('unicode-text-utf16', new Uint8Array([0xff, 0xfe, ...[...csv.replace(/,/g, '\t')].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]), [/CSV/], [/CSV/]),
  fileCase('html-export', '<html><body><table><tr><td>Mã đơn vị</td></tr></table></body></html>', [/trang web/, /HTML/], [/web page/, /HTML/]),
  fileCase('html-table-only', '<table border=1><tr><td>Mã cán bộ</td></tr></table>', [/HTML/], [/HTML/]),
  fileCase('xml-spreadsheet-2003', '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>', [/XML Spreadsheet 2003/], [/XML Spreadsheet 2003/]),
  fileCase('pdf-renamed', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n', [/PDF/], [/PDF/]),
  fileCase('plain-text', 'Danh sách cán bộ năm 2026\n', [/văn bản/], [/text file/]),
  fileCase('random-binary', new Uint8Array(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 251)), [/không phải sổ Excel/], [/not an Excel workbook/]),
  {
    name: 'encrypted-zip-entry',
    kind: 'file',
    prepare: simulateFile(async () => {
      // The general-purpose flag's bit 0 (encrypted) set on every entry of the central directory.
      const bytes = await workbookBytes();
      const copy = new Uint8Array(bytes);
      for (let i = 0; i + 4 <= copy.length; i++) {
        if (copy[i] === 0x50 && copy[i + 1] === 0x4b && copy[i + 2] === 0x01 && copy[i + 3] === 0x02) copy[i + 8] |= 1;
      }
      return copy;
    }),
    exit: 1,
    // A zip tool's password, not Excel's: the advice is not Excel's File → Info.
    vi: [/công cụ nén đặt mật khẩu/],
    en: [/password by a zip tool/],
  },
  {
    name: 'corrupt-deflate-data',
    kind: 'file',
    prepare: simulateFile(async () => {
      const bytes = editParts(await workbookBytes(), {});
      const copy = new Uint8Array(bytes);
      // Garbage in the middle of the first part's compressed data.
      for (let i = 200; i < 260; i++) copy[i] ^= 0x5a;
      return copy;
    }),
    exit: 1,
    vi: [/hỏng/],
    en: [/damaged/],
  },
  { name: 'missing-workbook-part', kind: 'file', prepare: simulateFile(async () => editParts(await workbookBytes(), { 'xl/workbook.xml': null })), exit: 1, vi: [/thiếu phần xl\/workbook\.xml/], en: [/part xl\/workbook\.xml is missing/] },
  { name: 'missing-sheet-part', kind: 'file', prepare: simulateFile(async () => editParts(await workbookBytes(), { 'xl/worksheets/sheet2.xml': null })), exit: 1, vi: [/sheet2\.xml/], en: [/xl\/worksheets\/sheet2\.xml is missing/] },
  { name: 'malformed-sheet-xml', kind: 'file', prepare: simulateFile(sheetXml('xl/worksheets/sheet1.xml', (x) => x.replace('</sheetData>', '<row r="99"><c r="A99"'))), exit: 1, vi: [/hỏng/, /sheet1\.xml/], en: [/damaged/, /sheet1\.xml/] },
  {
    name: 'entity-expansion-doctype',
    kind: 'file',
    prepare: simulateFile(sheetXml('xl/workbook.xml', (x) => x.replace('?>', '?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'))),
    exit: 1,
    vi: [/hỏng/, /workbook\.xml/],
    en: [/damaged/, /workbook\.xml/],
  },
  {
    name: 'two-sheets-differing-by-case',
    kind: 'file',
    prepare: simulateFile(sheetXml('xl/workbook.xml', (x) => x.replace('name="Cán bộ"', 'name="ĐƠN VỊ"'))),
    exit: 1,
    vi: [/"Đơn vị" và "ĐƠN VỊ"/, /chữ hoa chữ thường/],
    en: [/"Đơn vị" and "ĐƠN VỊ"/, /upper and lower case/],
  },
  {
    name: 'two-store-sheets-differing-by-case',
    kind: 'store',
    prepare: simulateFile(async () => {
      const bytes = await workbookBytes();
      return editParts(bytes, {
        'xl/workbook.xml': (x) => x.replace('</sheets>', '<sheet name="_STAFFING_PLANNER" sheetId="9" state="veryHidden" r:id="rIdX"/></sheets>'),
        'xl/_rels/workbook.xml.rels': (x) => x.replace('</Relationships>', '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet3.xml"/></Relationships>'),
      });
    }),
    exit: 1,
    vi: [/"_staffing_planner" và "_STAFFING_PLANNER"/],
    en: [/"_staffing_planner" and "_STAFFING_PLANNER"/],
  },
  { name: 'input-is-a-folder', kind: 'paths', prepare: async (dir) => ({ argv: (lang) => ['validate', dir, '--lang', lang], inputs: [] }), exit: 2, vi: [/là một thư mục/], en: [/is a folder/] },
  { name: 'input-missing', kind: 'paths', prepare: async (dir) => ({ argv: (lang) => ['simulate', join(dir, 'nope.xlsx'), '--lang', lang], inputs: [] }), exit: 2, vi: [/không có tệp/], en: [/there is no file/] },

  // ——— Limits, checked before anything is parsed ———
  {
    name: 'shared-string-bomb-150-million-characters',
    kind: 'limit',
    prepare: simulateFile(async () => {
      const bytes = await workbookBytes();
      const head = new TextEncoder().encode('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>');
      const tail = new TextEncoder().encode('</t></si></sst>');
      const bomb = new Uint8Array(head.length + 150_000_000 + tail.length);
      bomb.set(head);
      bomb.fill(0x61, head.length, head.length + 150_000_000);
      bomb.set(tail, head.length + 150_000_000);
      return editParts(bytes, { 'xl/sharedStrings.xml': bomb });
    }),
    exit: 1,
    vi: [/sharedStrings\.xml/, /32\.767/],
    en: [/sharedStrings\.xml/, /32,767/],
  },
  {
    name: 'declared-size-beyond-limit',
    kind: 'limit',
    prepare: simulateFile(async () => {
      const copy = new Uint8Array(await workbookBytes());
      // Every entry of the central directory declares 0xFFFFFFF0 bytes uncompressed.
      for (let i = 0; i + 4 <= copy.length; i++) {
        if (copy[i] === 0x50 && copy[i + 1] === 0x4b && copy[i + 2] === 0x01 && copy[i + 3] === 0x02) copy.set([0xf0, 0xff, 0xff, 0xff], i + 24);
      }
      return copy;
    }),
    exit: 1,
    vi: [/khi giải nén/],
    en: [/once uncompressed/],
  },
  {
    name: 'ten-thousand-and-one-parts',
    kind: 'limit',
    prepare: simulateFile(async () => editParts(await workbookBytes(), Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`junk/${i}.txt`, 'x'])))),
    exit: 1,
    vi: [/10\.000 phần/],
    en: [/10,000 parts/],
  },
  {
    name: 'file-over-512-mib',
    kind: 'limit',
    prepare: async (dir) => {
      const input = join(dir, 'huge.xlsx');
      writeFileSync(input, '');
      truncateSync(input, 600 * 1024 * 1024);
      return { argv: (lang) => ['validate', input, '--lang', lang], inputs: [input] };
    },
    exit: 1,
    vi: [/lớn hơn 536\.870\.912 byte/],
    en: [/larger than 536,870,912 bytes/],
  },
  {
    name: 'deeply-nested-xml-in-an-extension',
    kind: 'limit',
    prepare: simulateFile(sheetXml('xl/worksheets/sheet1.xml', (x) => x.replace('</worksheet>', `<extLst>${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}</extLst></worksheet>`))),
    exit: 0,
  },
  {
    name: 'million-styled-empty-rows-below-the-table',
    kind: 'limit',
    prepare: simulateFile(sheetXml('xl/worksheets/sheet2.xml', (x) => {
      const rows: string[] = [];
      for (let r = 20; r < 1_000_020; r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="A${r}" s="1"/><c r="B${r}" s="1"/></row>`);
      return x.replace('</sheetData>', `${rows.join('')}</sheetData>`);
    })),
    exit: 0,
  },
  {
    name: 'stray-value-far-below-and-right',
    kind: 'limit',
    prepare: validateFile(small({ more: (wb) => wb.getWorksheet('Cán bộ')!.getCell('XFD1048576').value = 'x' })),
    exit: 1,
    vi: [/XFD1048576/],
    en: [/XFD1048576/],
  },

  // ——— The planner's tables: errors at their cells, in both languages ———
  { name: 'birth-date-in-the-future', kind: 'workbook', prepare: validateFile(small({ people: (r) => set(r, 3, 3, new Date(Date.UTC(2099, 0, 1))) })), exit: 1, at: { sheet: 'Cán bộ', row: 4, column: 'D' } },
  { name: 'quota-beyond-sane-bound', kind: 'workbook', prepare: validateFile(small({ units: (r) => set(r, 2, 6, 250_000) })), exit: 1, at: { sheet: 'Đơn vị', row: 3, column: 'G' }, vi: [/100\.000/], en: [/100,000/] },
  {
    name: 'subtotal-row-in-mid-table',
    kind: 'workbook',
    prepare: validateFile(small({ people: (r) => [...r.slice(0, 3), [null, null, 'Cộng', null, null, null, null], ...r.slice(3)] })),
    exit: 0,
    at: { sheet: 'Cán bộ', row: 4 },
    vi: [/dòng tổng “Cộng”/, /5 dòng dữ liệu bên dưới \(dòng đầu tiên là dòng 5\)/, /chuyển chúng xuống dưới/],
    en: [/totals row “Cộng”/, /not read: 5, the first in row 5/, /move them below/],
  },
  {
    name: 'zero-width-space-in-unit-ids',
    kind: 'text',
    prepare: validateFile(small({ people: (r) => set(set(r, 1, 5, 'T01\u200B'), 2, 5, 'T0\u200B9') })),
    exit: 1,
    at: { sheet: 'Cán bộ', row: 3, column: 'F' },
    vi: [/“T0⟨U\+200B⟩9”/],
    en: [/“T0⟨U\+200B⟩9”/],
    check: (_, printed) => expect(printed).not.toMatch(/Cán bộ”, (dòng|row) 2\b/),
  },
  {
    name: 'old-tone-placement-in-unit-names',
    kind: 'text',
    prepare: validateFile(small({ people: (r) => set(r, 1, 5, 'Ban Tổ chức Tỉnh uỷ') })),
    exit: 0,
  },
  {
    name: 'merged-unit-cells-in-people-table',
    kind: 'workbook',
    prepare: validateFile(small({ people: (r) => set(r, 2, 5, null), more: (wb) => wb.getWorksheet('Cán bộ')!.mergeCells('F2:F3') })),
    exit: 1,
    at: { sheet: 'Cán bộ', row: 3, column: 'F' },
    vi: [/vùng ô gộp F2:F3/, /Hủy gộp ô/],
    en: [/merged range F2:F3/, /Unmerge/],
  },
  { name: 'full-width-duplicate-id', kind: 'workbook', prepare: validateFile(small({ people: (r) => set(r, 2, 1, 'ＣＢ００１') })), exit: 1, at: { sheet: 'Cán bộ', row: 3, column: 'B' } },
  { name: 'person-past-retirement-age-at-start', kind: 'workbook', prepare: validateFile(small({ people: (r) => set(r, 1, 3, new Date(Date.UTC(1950, 0, 1))) })), exit: 0, at: { sheet: 'Cán bộ', row: 2, column: 'D' } },
  {
    name: 'only-tool-sheets-named-with-underscore',
    kind: 'workbook',
    prepare: validateFile(async () => editParts(await workbookBytes({ store: null }), { 'xl/workbook.xml': (x) => x.replace('name="Đơn vị"', 'name="_Đơn vị"').replace('name="Cán bộ"', 'name="_Cán bộ"') })),
    exit: 1,
    vi: [/_Đơn vị/, /_Cán bộ/],
    en: [/_Đơn vị/, /_Cán bộ/],
  },
  {
    name: 'second-people-table',
    kind: 'workbook',
    prepare: validateFile(small({ more: (wb) => {
      const ws = wb.addWorksheet('Cán bộ cũ');
      [['Mã cán bộ', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị', 'Chức vụ'], ['CB101', 'Lê Văn A', '01/01/1970', 'Nam', 'T01', 'Chuyên viên']].forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    } })),
    exit: 0,
    vi: [/Cán bộ cũ/],
    en: [/Cán bộ cũ/],
  },
  {
    name: 'blank-unit-id-one-error',
    kind: 'workbook',
    prepare: validateFile(small({ units: (r) => set(r, 5, 0, null) })),
    exit: 1,
    at: { sheet: 'Đơn vị', row: 6, column: 'A' },
    check: (_, printed) => {
      expect(printed.split('\n').filter((l) => /^(Lỗi|Error):/.test(l))).toHaveLength(1);
    },
  },
  {
    name: 'missing-required-column-names-its-headers',
    kind: 'workbook',
    prepare: validateFile(small({ units: (rows) => rows.map((r) => r.slice(0, 6)) })),
    exit: 1,
    vi: [/Biên chế/],
    en: [/Quota/],
  },
  { name: 'error-value-in-a-quota', kind: 'workbook', prepare: validateFile(small({ units: (r) => set(r, 1, 6, { error: '#N/A' } as Row[number]) })), exit: 1, at: { sheet: 'Đơn vị', row: 2, column: 'G' } },
  { name: 'unknown-unit-of-a-person', kind: 'workbook', prepare: validateFile(small({ people: (r) => set(r, 7, 5, 'ZZZ') })), exit: 1, at: { sheet: 'Cán bộ', row: 8, column: 'F' } },
  { name: 'two-heads-in-one-unit', kind: 'workbook', prepare: validateFile(small({ people: (r) => set(r, 7, 6, 'Chủ tịch UBND xã') })), exit: 1, at: { sheet: 'Cán bộ', row: 8 } },
  { name: 'negative-quota', kind: 'workbook', prepare: validateFile(small({ units: (r) => set(r, 4, 6, -3) })), exit: 1, at: { sheet: 'Đơn vị', row: 5, column: 'G' } },
  { name: 'unreadable-birth-date', kind: 'workbook', prepare: validateFile(small({ people: (r) => set(r, 2, 3, '31/02/1975') })), exit: 1, at: { sheet: 'Cán bộ', row: 3, column: 'D' } },
  { name: 'no-tables-at-all', kind: 'workbook', prepare: validateFile(async () => workbookBytes({ units: () => [], people: () => [], store: null })), exit: 1 },

  // ——— Text that a workbook cannot hold, and text that looks like formulas ———
  {
    name: 'formula-like-unit-names-stay-text',
    kind: 'text',
    prepare: simulateFile(small({ units: (r) => set(set(r, 5, 1, '=HYPERLINK("http://x","y")'), 4, 1, '+84 912 345 678') })),
    exit: 0,
  },
  { name: 'formula-like-person-names-stay-text', kind: 'text', prepare: simulateFile(small({ people: (r) => set(set(r, 6, 2, '@SUM(A1:A9)'), 7, 2, '-1+1') })), exit: 0 },
  {
    name: 'bell-escape-in-a-unit-name',
    kind: 'text',
    prepare: simulateFile(async () => {
      const bytes = await workbookBytes();
      return editParts(bytes, { 'xl/sharedStrings.xml': (x) => x.replace('UBND xã Tùng Ảnh', 'UBND xã_x0007_ Tùng Ảnh') });
    }),
    exit: 0,
    vi: [/ký tự điều khiển/],
    en: [/control characters/],
  },
  {
    name: 'literal-escape-text-kept-literal',
    kind: 'text',
    prepare: simulateFile(async () => editParts(await workbookBytes(), { 'xl/sharedStrings.xml': (x) => x.replace('UBND xã Tùng Ảnh', 'UBND _x005F_x0041_ Tùng Ảnh') })),
    exit: 0,
    check: async (dir, _, lang) => {
      const out = PackageWorkbookReader.open(readFileSync(join(dir, 'out.xlsx')));
      const cells = (await out.readRange(lang === 'vi' ? 'Q1 Tóm tắt' : 'Q1 Summary', 1, 1, 200, 12)).flat();
      expect(cells).toContain('UBND _x0041_ Tùng Ảnh');
    },
  },
  {
    name: 'nonchar-fffe-escape-in-a-unit-name',
    kind: 'text',
    prepare: simulateFile(async () => editParts(await workbookBytes(), { 'xl/sharedStrings.xml': (x) => x.replace('UBND xã Tùng Ảnh', 'UBND xã_xFFFE_ Tùng Ảnh') })),
    exit: 0,
    vi: [/ký tự điều khiển/],
    en: [/control characters/],
  },
  {
    name: 'unit-name-of-40000-characters',
    kind: 'text',
    prepare: simulateFile(small({ units: (r) => set(r, 5, 1, `UBND xã ${'Tùng Ảnh '.repeat(4500)}`) })),
    exit: 0,
    vi: [/32\.767/, /cắt/],
    en: [/32,767/, /cut/],
  },
  { name: 'nfd-decomposed-names', kind: 'text', prepare: simulateFile(small({ units: (rows) => rows.map((r) => r.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v))) })), exit: 0 },
  {
    name: 'inline-strings-and-rich-text-with-phonetic-guides',
    kind: 'text',
    prepare: simulateFile(sheetXml('xl/worksheets/sheet1.xml', (x) => x.replace(/<c r="B6"([^>]*?) t="s"><v>\d+<\/v><\/c>/, '<c r="B6"$1 t="inlineStr"><is><r><t>UBND xã </t></r><r><t>Tùng Ảnh</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></is></c>'))),
    exit: 0,
  },

  // ——— The store: the planner's sheet named like it, damaged, newer ———
  ...(['visible', 'hidden', 'veryHidden'] as const).map((state): HostileCase => ({
    name: `planner-sheet-named-like-the-store-${state}`,
    kind: 'store',
    prepare: simulateFile(small({ store: null, more: (wb) => (wb.addWorksheet('_Staffing_Planner', { state }).getCell('A1').value = 'Ghi chú riêng') })),
    exit: 1,
    vi: [/_Staffing_Planner/, /Đổi tên/],
    en: [/_Staffing_Planner/, /Rename/],
  })),
  {
    name: 'planner-sheet-named-like-the-store-validate-warns',
    kind: 'store',
    prepare: validateFile(small({ store: null, more: (wb) => (wb.addWorksheet('_staffing_planner').getCell('A1').value = 'của tôi') })),
    exit: 0,
    vi: [/_staffing_planner/],
    en: [/_staffing_planner/],
  },
  {
    name: 'damaged-store-carried-over-untouched',
    kind: 'store',
    prepare: simulateFile(small({ store: `{"format": "${SCENARIO_FORMAT}", "version": 1, "scenarios": [{"code": "X"` })),
    exit: 0,
    vi: [/bị hỏng/, /giữ nguyên/],
    en: [/damaged/, /carried over unchanged/],
    check: (dir) => {
      expect(partText(readFileSync(join(dir, 'out.xlsx')), 'xl/worksheets/sheet3.xml')).toBe(partText(readFileSync(join(dir, 'in.xlsx')), 'xl/worksheets/sheet3.xml'));
    },
  },
  {
    // The proposal cannot join stored scenarios that are damaged: refused before anything is written.
    name: 'damaged-store-suggest-into',
    kind: 'store',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await small({ store: `{"format": "${SCENARIO_FORMAT}", "version": 1, "scenarios": [{"code": "X"` })());
      return { argv: (lang) => ['suggest', input, '--into', join(dir, 'out.xlsx'), '--out', join(dir, 'p.json'), '--quiet', '--lang', lang, '--start', '2026-01'], inputs: [input] };
    },
    exit: 1,
    vi: [/bị hỏng nên không thể thêm đề xuất/, /không ghi tệp nào/],
    en: [/damaged, so the proposal cannot be added/, /nothing was written/],
    check: (dir) => {
      expect(readdirSync(dir).sort()).toEqual(['in.xlsx']);
    },
  },
  {
    // A note typed under the store's JSON (its sheet unhidden in LibreOffice): the cell is named.
    name: 'store-with-a-note-typed-under-it',
    kind: 'store',
    prepare: simulateFile(sheetXml('xl/worksheets/sheet3.xml', (x) => x.replace('</sheetData>', '<row r="3"><c r="A3" t="inlineStr"><is><t>Ghi chú: đã duyệt</t></is></c></row></sheetData>'))),
    exit: 0,
    vi: [/bị hỏng/, /ô _staffing_planner!A3/, /“Ghi chú: đã duyệt”/],
    en: [/damaged/, /cell _staffing_planner!A3/, /“Ghi chú: đã duyệt”/],
  },
  { name: 'damaged-store-without-scenario-file', kind: 'store', prepare: simulateStored(small({ store: `{"format": "${SCENARIO_FORMAT}", "version": 1, "scen` })), exit: 1, vi: [/bị hỏng/, /--scenarios/], en: [/damaged/, /--scenarios/] },
  {
    name: 'newer-store-read-only-carried-over',
    kind: 'store',
    prepare: simulateStored(small({ store: JSON.stringify({ ...CUT, version: CURRENT_VERSION + 5 }) })),
    exit: 0,
    vi: [/phiên bản mới hơn/],
    en: [/newer version/],
    check: (dir) => {
      expect(partText(readFileSync(join(dir, 'out.xlsx')), 'xl/worksheets/sheet3.xml')).toBe(partText(readFileSync(join(dir, 'in.xlsx')), 'xl/worksheets/sheet3.xml'));
    },
  },
  { name: 'store-holding-a-nonchar-escaped', kind: 'store', prepare: simulateStored(small({ store: CUT_JSON.replace('Cắt 1 biên chế UBND xã', 'Cắt \\uffff biên chế') })), exit: 1, vi: [/U\+FFFF/], en: [/U\+FFFF/] },
  {
    name: 'planner-parts-kept-byte-for-byte',
    kind: 'store',
    prepare: simulateFile(richWorkbookBytes),
    exit: 0,
    check: (dir) => {
      const before = partsOf(readFileSync(join(dir, 'in.xlsx')));
      const after = partsOf(readFileSync(join(dir, 'out.xlsx')));
      for (const part of RICH_PLANNER_PARTS) expect([part, sha(after.get(part) ?? new Uint8Array())]).toEqual([part, sha(before.get(part)!)]);
      const text = (part: string) => new TextDecoder().decode(after.get(part));
      // The index parts still lead to the pivot cache, the planner's sheet and their properties.
      expect(text('xl/workbook.xml')).toMatch(/<pivotCaches><pivotCache cacheId="7" r:id="rId91"\/><\/pivotCaches>/);
      expect(text('xl/workbook.xml')).toContain('name="Tổng hợp của tôi"');
      expect(text('xl/_rels/workbook.xml.rels')).toContain('Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"');
      expect(text('_rels/.rels')).toContain('docProps/custom.xml');
      for (const part of ['xl/pivotTables/pivotTable1.xml', 'xl/pivotCache/pivotCacheDefinition1.xml', 'xl/pivotCache/pivotCacheRecords1.xml', 'xl/charts/chart1.xml', 'docProps/custom.xml']) {
        expect(text('[Content_Types].xml')).toContain(`PartName="/${part}"`);
      }
      // The comparison's chart is a part of its own beside the planner's.
      const charts = [...after.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
      expect(charts.length).toBe(2);
    },
  },
  {
    name: 'macro-workbook-keeps-its-extension',
    kind: 'store',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsm');
      writeFileSync(input, editParts(await workbookBytes(), {
        '[Content_Types].xml': (x) => x.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml'),
        'xl/vbaProject.bin': new Uint8Array([9, 9, 9]),
      }));
      return { argv: (lang) => ['simulate', input, '--quiet', '--lang', lang, '--start', '2026-01'], inputs: [input], output: join(dir, 'in.scenarios.xlsm'), workbook: input };
    },
    exit: 0,
  },
  {
    name: 'macro-workbook-to-xlsx-refused',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsm');
      writeFileSync(input, editParts(await workbookBytes(), { '[Content_Types].xml': (x) => x.replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml') }));
      return { argv: (lang) => ['simulate', input, '--out', join(dir, 'o.xlsx'), '--lang', lang], inputs: [input] };
    },
    exit: 2,
    vi: [/\.xlsm/],
    en: [/\.xlsm/],
  },

  // ——— Scenario documents ———
  ...([
    ['nul-in-name', (s: Record<string, unknown>) => (s.name = 'Cắt\u0000biên chế'), 'U+0000', '$.scenarios[0].name'],
    ['bell-in-description', (s: Record<string, unknown>) => (s.description = 'Ghi chú\u0007'), 'U+0007', '$.scenarios[0].description'],
    ['escape-in-an-operation-note', (s: Record<string, unknown>) => ((s.operations as Record<string, unknown>[])[0].note = '\u001b[31mđỏ'), 'U+001B', '$.scenarios[0].operations[0].note'],
    ['fffe-in-a-unit-id', (s: Record<string, unknown>) => ((s.operations as { units: { ids: string[] } }[])[0].units.ids = ['X02\ufffe']), 'U+FFFE', '$.scenarios[0].operations[0].units.ids[0]'],
    ['lone-surrogate-in-a-name', (s: Record<string, unknown>) => (s.name = 'Cắt \ud800 biên chế'), 'U+D800', '$.scenarios[0].name'],
  ] as const).map(([name, edit, char, path]): HostileCase => ({
    name: `scenario-${name}`,
    kind: 'scenarios',
    prepare: scenarioFile(cutWith(edit)),
    exit: 1,
    vi: [new RegExp(char.replace('+', '\\+')), new RegExp(path.replace(/[.[\]$]/g, '\\$&'))],
    en: [new RegExp(char.replace('+', '\\+')), new RegExp(path.replace(/[.[\]$]/g, '\\$&'))],
  })),
  { name: 'scenario-control-character-in-a-key', kind: 'scenarios', prepare: scenarioFile(CUT_JSON.replace('"settings"', '"set\\u0001tings"')), exit: 1, vi: [/U\+0001/], en: [/U\+0001/] },
  { name: 'scenario-file-not-utf8', kind: 'scenarios', prepare: scenarioFile(new Uint8Array([0x7b, 0x22, 0xe9, 0xff, 0xfe, 0x22, 0x7d])), exit: 1, vi: [/không phải tệp văn bản/], en: [/is not text/] },
  { name: 'scenario-file-is-a-workbook', kind: 'scenarios', prepare: async (dir) => scenarioFile(await workbookBytes())(dir), exit: 1, vi: [/không phải tệp văn bản/, /tệp Excel/], en: [/is not text/, /a workbook/] },
  { name: 'scenario-file-empty', kind: 'scenarios', prepare: scenarioFile(''), exit: 1, vi: [/JSON/], en: [/JSON/] },
  { name: 'scenario-file-with-byte-order-mark', kind: 'scenarios', prepare: scenarioFile(`\uFEFF${CUT_JSON}`), exit: 0 },
  { name: 'scenario-nested-200000-deep', kind: 'scenarios', prepare: scenarioFile(`{"format":"${SCENARIO_FORMAT}","version":1,"scenarios":[],"mapping":${'['.repeat(200_000)}${']'.repeat(200_000)}}`), exit: 1 },
  {
    name: 'scenario-rule-field-named-constructor',
    kind: 'scenarios',
    prepare: scenarioFile(cutWith((s) => ((s.operations as Record<string, unknown>[])[0].units = { where: [{ field: 'constructor', value: 'x' }] }))),
    exit: 0,
    vi: [/constructor/],
    en: [/constructor/],
    check: (_, printed) => expect(printed).not.toMatch(/function|native code/),
  },
  { name: 'scenario-result-document-instead', kind: 'scenarios', prepare: scenarioFile('{"format":"staffing-planner/result","version":1}'), exit: 1, vi: [/staffing-planner\/result/], en: [/staffing-planner\/result/] },
  { name: 'scenario-duplicate-codes-by-case', kind: 'scenarios', prepare: scenarioFile(JSON.stringify({ ...CUT, scenarios: [CUT.scenarios[0], { ...CUT.scenarios[0], code: 'q1', name: 'khác' }] })), exit: 1 },
  { name: 'scenario-month-out-of-range', kind: 'scenarios', prepare: scenarioFile(cutWith((s) => ((s.operations as Record<string, unknown>[])[0].month = '2300-01'))), exit: 1, vi: [/2300-01/], en: [/2300-01/] },
  { name: 'scenario-unknown-operation-type', kind: 'scenarios', prepare: scenarioFile(cutWith((s) => ((s.operations as Record<string, unknown>[])[0].type = 'teleport'))), exit: 1, vi: [/teleport/], en: [/teleport/] },
  {
    name: 'scenario-file-over-50-mib',
    kind: 'scenarios',
    prepare: async (dir) => {
      const prepared = await scenarioFile('')(dir);
      truncateSync(join(dir, 's.json'), 60 * 1024 * 1024);
      return prepared;
    },
    exit: 2,
    vi: [/lớn hơn/],
    en: [/larger than/],
  },
  { name: 'scenario-names-an-unknown-unit', kind: 'scenarios', prepare: scenarioFile(cutWith((s) => ((s.operations as { units: { ids: string[] } }[])[0].units.ids = ['NOPE']))), exit: 0 },

  // ——— Paths: outputs never replace inputs or each other ———
  {
    name: 'json-onto-the-input',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      return { argv: (lang) => ['simulate', input, '--json', input, '--lang', lang], inputs: [input] };
    },
    exit: 2,
    vi: [/--json/, /sổ vào/],
    en: [/--json/, /the input workbook/],
  },
  {
    name: 'out-through-a-symbolic-link-to-the-input',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      symlinkSync(input, join(dir, 'link.xlsx'));
      return { argv: (lang) => ['simulate', input, '--out', join(dir, 'link.xlsx'), '--lang', lang], inputs: [input] };
    },
    exit: 2,
    vi: [/link\.xlsx/],
    en: [/link\.xlsx/],
  },
  {
    name: 'out-is-a-hard-link-to-the-input',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      linkSync(input, join(dir, 'hard.xlsx'));
      return { argv: (lang) => ['simulate', input, '--out', join(dir, 'hard.xlsx'), '--lang', lang], inputs: [input, join(dir, 'hard.xlsx')] };
    },
    exit: 2,
  },
  {
    name: 'out-equal-to-the-scenario-file',
    kind: 'paths',
    prepare: async (dir) => {
      const prepared = await scenarioFile(CUT_JSON)(dir);
      return { ...prepared, argv: (lang) => ['simulate', join(dir, 'in.xlsx'), '--scenarios', join(dir, 's.json'), '--out', join(dir, 's.json'), '--lang', lang], output: undefined };
    },
    exit: 2,
    vi: [/--scenarios/],
    en: [/--scenarios/],
  },
  {
    name: 'json-equal-to-out',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      return { argv: (lang) => ['simulate', input, '--out', join(dir, 'o.xlsx'), '--json', join(dir, 'o.xlsx'), '--lang', lang], inputs: [input] };
    },
    exit: 2,
    vi: [/hai tệp ra/],
    en: [/the two outputs/],
  },
  {
    name: 'json-equal-to-out-by-another-spelling',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      mkdirSync(join(dir, 'sub'));
      return { argv: (lang) => ['simulate', input, '--out', join(dir, 'o.xlsx'), '--json', join(dir, 'sub', '..', 'o.xlsx'), '--lang', lang], inputs: [input] };
    },
    exit: 2,
  },
  {
    name: 'out-is-a-folder',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      mkdirSync(join(dir, 'o.xlsx'));
      return { argv: (lang) => ['simulate', input, '--out', join(dir, 'o.xlsx'), '--lang', lang], inputs: [input] };
    },
    exit: 3,
    vi: [/thư mục/],
    en: [/folder/],
  },
  {
    name: 'out-under-a-file-not-a-folder',
    kind: 'paths',
    prepare: async (dir) => {
      const prepared = await simulateFile(await workbookBytes())(dir);
      writeFileSync(join(dir, 'plain'), 'x');
      const output = join(dir, 'plain', 'out.xlsx');
      return { ...prepared, argv: (lang) => ['simulate', join(dir, 'in.xlsx'), '--scenarios', join(dir, 'cut.json'), '--out', output, '--lang', lang, '--quiet'], output: undefined };
    },
    exit: 3,
    vi: [/không tạo được thư mục/],
    en: [/folder cannot be created/],
  },
  {
    name: 'out-into-a-new-folder',
    kind: 'paths',
    prepare: async (dir) => {
      const prepared = await simulateFile(await workbookBytes())(dir);
      const output = join(dir, 'new', 'deeper', 'out.xlsx');
      return { ...prepared, argv: (lang) => ['simulate', join(dir, 'in.xlsx'), '--scenarios', join(dir, 'cut.json'), '--out', output, '--lang', lang, '--quiet', '--start', '2026-01'], output };
    },
    exit: 0,
  },
  {
    name: 'out-replaces-an-earlier-result',
    kind: 'paths',
    prepare: async (dir) => {
      const prepared = await simulateFile(await workbookBytes())(dir);
      writeFileSync(join(dir, 'out.xlsx'), 'an earlier result');
      return prepared;
    },
    exit: 0,
  },
  {
    name: 'out-with-a-text-extension',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      return { argv: (lang) => ['simulate', input, '--out', join(dir, 'o.txt'), '--lang', lang], inputs: [input] };
    },
    exit: 2,
    vi: [/\.xlsx/],
    en: [/must end in \.xlsx/],
  },
  // A JSON output named like a workbook would replace the planner's workbook with text.
  ...([['json-named-like-a-workbook', 'simulate', '--json'], ['suggest-out-named-like-a-workbook', 'suggest', '--out']] as const).map(([name, command, option]): HostileCase => ({
    name,
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      const theirs = join(dir, 'keep.xlsx');
      writeFileSync(theirs, await workbookBytes());
      return { argv: (lang) => [command, input, option, theirs, '--lang', lang], inputs: [input, theirs] };
    },
    exit: 2,
    vi: [/keep\.xlsx phải có đuôi \.json/],
    en: [/keep\.xlsx must end in \.json/],
  })),
  {
    // The goals file is an input: the proposal written over it would lose the planner's goals.
    name: 'suggest-out-onto-its-constraints',
    kind: 'paths',
    prepare: async (dir) => {
      const input = join(dir, 'in.xlsx');
      writeFileSync(input, await workbookBytes());
      const goals = join(dir, 'goals.json');
      writeFileSync(goals, JSON.stringify([{ mode: 'move' }]));
      return { argv: (lang) => ['suggest', input, '--constraints', goals, '--out', goals, '--lang', lang], inputs: [input, goals] };
    },
    exit: 2,
    vi: [/--constraints/],
    en: [/--constraints/],
  },
  {
    name: 'sample-will-not-overwrite',
    kind: 'paths',
    prepare: async (dir) => {
      const target = join(dir, 'mine.xlsx');
      writeFileSync(target, 'the planner\'s own file');
      return { argv: (lang) => ['sample', target, '--lang', lang], inputs: [target] };
    },
    exit: 2,
    vi: [/--force/],
    en: [/--force/],
  },
  {
    name: 'sample-with-force-replaces',
    kind: 'paths',
    prepare: async (dir) => {
      const target = join(dir, 'mine.xlsx');
      writeFileSync(target, 'old');
      return { argv: (lang) => ['sample', target, '--force', '--people', '50', '--lang', lang], inputs: [], output: target };
    },
    exit: 0,
  },
  {
    name: 'sample-to-a-folder',
    kind: 'paths',
    prepare: async (dir) => {
      mkdirSync(join(dir, 'x.xlsx'));
      return { argv: (lang) => ['sample', join(dir, 'x.xlsx'), '--lang', lang], inputs: [] };
    },
    exit: 3,
  },
  {
    name: 'validate-never-writes',
    kind: 'paths',
    prepare: validateFile(small()),
    exit: 0,
    check: (dir) => {
      expect(readdirSync(dir).sort()).toEqual(['in.xlsx']);
    },
  },

  // ——— Arguments ———
  ...([
    ['unknown-command', ['frobnicate'], /frobnicate/, /frobnicate/],
    ['unknown-option', ['validate', 'x.xlsx', '--bogus'], /--bogus/, /--bogus/],
    ['missing-option-value', ['simulate', 'x.xlsx', '--out'], /--out cần một giá trị/, /--out needs a value/],
    ['people-zero', ['sample', 'x.xlsx', '--people', '0'], /--people/, /--people must be a positive/],
    ['people-beyond-bound', ['sample', 'x.xlsx', '--people', '600000'], /500\.000|500000/, /500,000|500000/],
    ['people-not-a-number', ['sample', 'x.xlsx', '--people', '1e9'], /--people/, /--people/],
    ['start-month-13', ['simulate', 'x.xlsx', '--start', '2026-13'], /YYYY-MM/, /YYYY-MM/],
    ['seed-not-a-number', ['sample', 'x.xlsx', '--seed', 'abc'], /--seed/, /--seed/],
    ['too-many-arguments', ['validate', 'a.xlsx', 'b.xlsx'], /cách dùng/, /usage/],
    ['sample-not-xlsx', ['sample', 'x.csv'], /\.xlsx/, /\.xlsx/],
    ['timeline-unknown', ['simulate', 'x.xlsx', '--timeline', 'commune'], /auto, locality hoặc parent/, /auto, locality or parent/],
    // An option of another command would be dropped unseen: compare writes no JSON.
    ['option-of-another-command', ['compare', 'x.xlsx', '--json', 'r.json'], /lệnh compare không có tùy chọn --json/, /compare has no option --json/],
    ['force-on-simulate', ['simulate', 'x.xlsx', '--force'], /lệnh simulate không có tùy chọn --force/, /simulate has no option --force/],
    ['start-year-zero', ['suggest', 'x.xlsx', '--start', '0000-01'], /--start phải là một tháng từ 1900-01 đến 2199-12/, /--start must be a month from 1900-01 to 2199-12/],
    ['month-beyond-the-format', ['suggest', 'x.xlsx', '--start', '2026-01', '--month', '2200-01'], /--month phải là một tháng từ 1900-01/, /--month must be a month from 1900-01/],
    ['month-before-start', ['suggest', 'x.xlsx', '--start', '2026-01', '--month', '1950-01'], /trước tháng bắt đầu mô phỏng 2026-01/, /before the first month simulated, 2026-01/],
  ] as const).map(([name, args, vi, en]): HostileCase => ({
    name: `usage-${name}`,
    kind: 'usage',
    prepare: async (dir) => ({ argv: (lang) => ['--lang', lang, ...args.map((a) => (a.endsWith('.xlsx') || a.endsWith('.csv') ? join(dir, a) : a))], inputs: [] }),
    exit: 2,
    vi: [vi],
    en: [en],
  })),
  { name: 'usage-lang-unknown-answers-in-vietnamese', kind: 'usage', prepare: async () => ({ argv: () => ['validate', 'x.xlsx', '--lang', 'fr'], inputs: [] }), exit: 2, vi: [/vi hoặc en/], en: [/vi hoặc en/] },
];

