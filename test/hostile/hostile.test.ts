import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readInput } from '../../src/app/planner';
import { main } from '../../src/cli/main';
import { PackageWorkbookReader } from '../../src/workbook/packageRead';
import { HOSTILE, type HostileCase, type Lang } from './cases';
import { sha } from './fixtures';

/**
 * Runs the hostile corpus through the command line, in-process, in both languages, and checks what
 * every case must show besides its own expectations: the exit code; the message's words and cell;
 * every input byte for byte as it was; nothing temporary left behind and no output on failure; and
 * for an accepted input, an output that reopens in ExcelJS, where no text became a formula and every
 * person of the input is still there.
 */

const root = mkdtempSync(join(tmpdir(), 'sp-hostile-'));

async function run(c: HostileCase, lang: Lang): Promise<{ code: number; printed: string; dir: string }> {
  const dir = mkdtempSync(join(root, `${c.name}-${lang}-`));
  const prepared = await c.prepare(dir);
  const before = new Map(prepared.inputs.map((p) => [p, sha(readFileSync(p))]));
  const filesBefore = listFiles(dir);
  const lines: string[] = [];
  const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), tty: false, now: () => new Date('2026-03-15T08:00:00') };
  const code = await main(prepared.argv(lang), io);
  const printed = lines.join('\n');

  for (const [path, hash] of before) expect([path, sha(readFileSync(path))]).toEqual([path, hash]);
  const after = listFiles(dir);
  expect(after.filter((f) => /\.(tmp|old)$/.test(f))).toEqual([]);
  if (code !== 0) {
    // A failed command writes nothing: the folder holds what it held.
    expect(after).toEqual(filesBefore);
  }
  if (code === 0 && prepared.output !== undefined) await checkOutput(prepared.output, prepared.workbook);
  return { code, printed, dir };
}

function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string, prefix: string): void => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path, `${prefix}${name}/`);
      else found.push(`${prefix}${name}:${statSync(path).size}:${statSync(path).mtimeMs}`);
    }
  };
  walk(dir, '');
  return found.sort();
}

/** Only the totals rows' SUBTOTAL formulas are formulas: no text of the planner's became one. */
const OUR_FORMULA = /^SUBTOTAL\(109,[A-Za-z0-9_.]+\[[^\]]+\]\)$/;

async function checkOutput(output: string, workbook: string | undefined): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  expect(wb.worksheets.length).toBeGreaterThan(0);
  for (const ws of wb.worksheets) {
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) expect([ws.name, cell.address, cell.formula]).toEqual([ws.name, cell.address, expect.stringMatching(OUR_FORMULA)]);
    }));
  }
  if (workbook === undefined) return;
  const today = '2026-03-15';
  const read = async (path: string) => {
    const reader = PackageWorkbookReader.open(readFileSync(path));
    return (await readInput(reader, null, today)).staffing?.people.map((p) => [p.id, p.name, p.unitId]);
  };
  const people = await read(workbook);
  if (people !== undefined) expect(await read(output)).toEqual(people);
}

function where(at: NonNullable<HostileCase['at']>, lang: Lang): RegExp {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = lang === 'vi'
    ? [`Trang tính “${esc(at.sheet)}”`, at.row !== undefined ? `dòng ${at.row}` : null, at.column !== undefined ? `cột ${at.column}` : null]
    : [`Sheet “${esc(at.sheet)}”`, at.row !== undefined ? `row ${at.row}` : null, at.column !== undefined ? `column ${at.column}` : null];
  return new RegExp(parts.filter(Boolean).join(', '));
}

test('the corpus holds at least 100 cases, each named once, of every kind', () => {
  expect(HOSTILE.length).toBeGreaterThanOrEqual(100);
  expect(new Set(HOSTILE.map((c) => c.name)).size).toBe(HOSTILE.length);
  expect(new Set(HOSTILE.map((c) => c.kind))).toEqual(new Set(['file', 'limit', 'workbook', 'store', 'text', 'scenarios', 'paths', 'usage']));
});

describe.each(HOSTILE.filter((c) => !(process.env.SKIP_CASES ?? '').split(',').includes(c.name)).map((c) => [c.kind, c.name, c] as const))('%s: %s', (_kind, _name, c) => {
  it.each(['vi', 'en'] as const)('answers in %s', async (lang) => {
    const { code, printed, dir } = await run(c, lang);
    expect({ code, printed }).toEqual({ code: c.exit, printed: expect.any(String) });
    for (const word of (lang === 'vi' ? c.vi : c.en) ?? []) expect(printed).toMatch(word);
    if (c.at) expect(printed).toMatch(where(c.at, lang));
    // Never a library's words or a stack trace in place of a message.
    expect(printed).not.toMatch(/Can't find end of central directory|Worksheet name already exists|\n\s+at .+\(.+:\d+:\d+\)/);
    await c.check?.(dir, printed, lang);
  });
});
