import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { HOSTILE } from '../hostile/cases';
import { partsOf } from '../hostile/fixtures';

/*
 * A handful of the hostile corpus's accepted inputs, their outputs opened by a real spreadsheet
 * application: LibreOffice reads each (it would refuse XML that a control character broke) and saves
 * it again; what it read is checked in its copy.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'sp-interop-hostile-'));
const quiet = { out: () => undefined, err: () => undefined, tty: false, now: () => new Date('2026-03-15T08:00:00') };

const CASES = [
  'bell-escape-in-a-unit-name',
  'nonchar-fffe-escape-in-a-unit-name',
  'unit-name-of-40000-characters',
  'formula-like-unit-names-stay-text',
  'literal-escape-text-kept-literal',
  'planner-parts-kept-byte-for-byte',
  'damaged-store-carried-over-untouched',
];

function text(wb: ExcelJS.Workbook): string[] {
  const found: string[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => {
    if (typeof c.value === 'string') found.push(c.value);
  }));
  return found;
}

(soffice ? describe : describe.skip)('LibreOffice opens what the CLI writes from hostile inputs', () => {
  const reread = new Map<string, ExcelJS.Workbook>();

  beforeAll(async () => {
    if (process.env.CI && !soffice) throw new Error('LibreOffice is required in CI');
    const outputs: string[] = [];
    for (const name of CASES) {
      const c = HOSTILE.find((h) => h.name === name)!;
      const caseDir = join(dir, name);
      mkdirSync(caseDir);
      const prepared = await c.prepare(caseDir);
      expect([name, await main(prepared.argv('en'), quiet)]).toEqual([name, 0]);
      const output = join(dir, `${name}.xlsx`);
      copyFileSync(prepared.output!, output);
      outputs.push(output);
    }
    execFileSync(soffice as string, ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'lo'), ...outputs], { stdio: 'ignore', timeout: 300_000 });
    for (const name of CASES) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(dir, 'lo', `${name}.xlsx`));
      reread.set(name, wb);
    }
  }, 600_000);

  test('every output opens, with the planner\'s sheets and the scenario\'s', () => {
    for (const name of CASES) {
      const names = reread.get(name)!.worksheets.map((w) => w.name);
      expect([name, names]).toEqual([name, expect.arrayContaining(['Đơn vị', 'Cán bộ', 'Q1 Summary', 'Comparison'])]);
    }
  });

  test('control characters show as U+FFFD, never breaking the file', () => {
    expect(text(reread.get('bell-escape-in-a-unit-name')!)).toContain('UBND xã\ufffd Tùng Ảnh');
    expect(text(reread.get('nonchar-fffe-escape-in-a-unit-name')!)).toContain('UBND xã\ufffd Tùng Ảnh');
  });

  test('a 40,000-character name is cut to what a cell holds', () => {
    const long = text(reread.get('unit-name-of-40000-characters')!).filter((t) => t.startsWith('UBND xã Tùng Ảnh Tùng'));
    expect(long.length).toBeGreaterThan(0);
    for (const t of long) expect(t.length).toBeLessThanOrEqual(32_767);
  });

  test('names typed like formulas stay text, and a literal escape stays literal', () => {
    expect(text(reread.get('formula-like-unit-names-stay-text')!)).toContain('=HYPERLINK("http://x","y")');
    expect(text(reread.get('literal-escape-text-kept-literal')!)).toContain('UBND _x0041_ Tùng Ảnh');
  });

  test('the planner\'s pivot table and chart survive, and the scenario\'s chart is there too', () => {
    expect(reread.get('planner-parts-kept-byte-for-byte')!.worksheets.map((w) => w.name)).toContain('Tổng hợp của tôi');
    const parts = [...partsOf(readFileSync(join(dir, 'lo', 'planner-parts-kept-byte-for-byte.xlsx'))).keys()];
    expect(parts.filter((p) => p.startsWith('xl/pivotTables/pivotTable')).length).toBe(1);
    expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length).toBe(2);
  });
});
