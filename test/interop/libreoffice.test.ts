import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { TIMELINE_METRICS } from '../../src/sheets/timeline';
import { sheetName } from '../../src/sheets/names';
import type { ResultDocument } from '../../src/format/resultDocument';
import { partsOf } from '../hostile/fixtures';

/*
 * The CLI's output opened by a real spreadsheet application: LibreOffice re-saves the workbook, and the
 * figures read back from its copy equal the result JSON; a unit named "=1+1" comes back as text.
 */
const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const dir = mkdtempSync(join(tmpdir(), 'sp-interop-'));
const quiet = { out: () => undefined, err: () => undefined, tty: false, now: () => new Date('2026-11-28T10:00:00Z') };

function excelSerialToMonth(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

function plain(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return v;
  if (v !== null && typeof v === 'object' && 'result' in v) return (v as { result: unknown }).result;
  return v;
}

(soffice ? describe : describe.skip)('LibreOffice reads what the CLI writes', () => {
  const input = join(dir, 'in.xlsx');
  const output = join(dir, 'out.xlsx');
  const json = join(dir, 'result.json');
  let reread: ExcelJS.Workbook;
  let result: ResultDocument;

  beforeAll(async () => {
    if (process.env.CI && !soffice) throw new Error('LibreOffice is required in CI');
    expect(await main(['sample', join(dir, 'sample.xlsx'), '--people', '1500', '--start', '2026-01'], quiet)).toBe(0);
    // A planner's unit named like a formula must stay text everywhere.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'sample.xlsx'));
    wb.getWorksheet('Đơn vị')!.getCell('B2').value = '=1+1';
    await wb.xlsx.writeFile(input);
    expect(await main(['simulate', input, '--out', output, '--json', json, '--start', '2026-01', '--quiet'], quiet)).toBe(0);
    execFileSync(soffice as string, ['--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'lo'), output], { stdio: 'ignore', timeout: 180_000 });
    reread = new ExcelJS.Workbook();
    await reread.xlsx.readFile(join(dir, 'lo', 'out.xlsx'));
    result = JSON.parse(readFileSync(json, 'utf8')) as ResultDocument;
  }, 300_000);

  test('every timeline figure by level equals the result JSON', () => {
    expect(result.scenarios.length).toBeGreaterThanOrEqual(5);
    for (const scenario of result.scenarios) {
      const ws = reread.getWorksheet(sheetName(scenario.code, 'timeline', 'vi'));
      expect(ws).toBeDefined();
      let checked = 0;
      for (let r = 5; r <= ws!.rowCount; r++) {
        const month = plain(ws!.getCell(r, 1).value);
        const level = plain(ws!.getCell(r, 2).value);
        if (typeof level !== 'string' || !(level in scenario.byLevel)) break;
        const m = month instanceof Date ? `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}` : excelSerialToMonth(month as number);
        const t = scenario.months.indexOf(m);
        TIMELINE_METRICS.forEach((metric, i) => {
          expect([scenario.code, m, level, metric, plain(ws!.getCell(r, 3 + i).value)]).toEqual([scenario.code, m, level, metric, scenario.byLevel[level][metric][t]]);
        });
        checked++;
      }
      expect(checked).toBe(scenario.months.length * Object.keys(scenario.byLevel).length);
    }
  });

  test('the comparison sheet holds each scenario\'s end-of-horizon roster', () => {
    const ws = reread.getWorksheet('So sánh');
    expect(ws).toBeDefined();
    const numbers = new Set<number>();
    ws!.eachRow((row) => row.eachCell((c) => {
      const v = plain(c.value);
      if (typeof v === 'number') numbers.add(v);
    }));
    for (const s of result.scenarios) expect(numbers).toContain(s.kpis.find((k) => k.metric === 'roster')!.end);
  });

  test('a unit named "=1+1" comes back as the text "=1+1", never as a formula', () => {
    const found: unknown[] = [];
    reread.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => {
      const v = c.value;
      if (v === '=1+1') found.push(v);
      if (v !== null && typeof v === 'object' && 'formula' in v && String((v as { formula: string }).formula).includes('1+1')) found.push(v);
    })));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((v) => v === '=1+1')).toBe(true);
  });

  test('the comparison chart is read by LibreOffice, which saves it again with its series over the sheet\'s cells', () => {
    const bytes = readFileSync(join(dir, 'lo', 'out.xlsx'));
    const parts = partsOf(bytes);
    const charts = [...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(1);
    const chart = new TextDecoder().decode(parts.get(charts[0]));
    expect(chart).toContain('barChart');
    expect((chart.match(/<c:ser>/g) ?? []).length).toBe(3);
    expect(chart.replace(/&apos;/g, "'")).toMatch(/<c:f>'So sánh'!\$B\$\d+:\$B\$\d+<\/c:f>/);
  });

  test('each result sheet keeps its page setup through LibreOffice: A4 landscape, one page wide, its print titles', () => {
    const bytes = readFileSync(join(dir, 'lo', 'out.xlsx'));
    const workbook = new TextDecoder().decode(partsOf(bytes).get('xl/workbook.xml'));
    expect(workbook).toMatch(/_xlnm\.Print_Titles/);
    const timeline = reread.getWorksheet(sheetName(result.scenarios[0].code, 'timeline', 'vi'))!;
    expect(timeline.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
  });
});
