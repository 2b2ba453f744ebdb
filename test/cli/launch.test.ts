import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeOf, LARGE_WORKBOOK_BYTES, relaunched, relaunchFlags, YOUNG_GENERATION_FLAG, type Launcher } from '../../src/cli/launch';
import { comparisonSheetName } from '../../src/sheets/names';
import { WorkbookPackage } from '../../src/workbook/package';
import { pack, readZipDirectory, writeZip, type ZipOutput } from '../../src/workbook/zip';

// The launcher decides, before the CLI is loaded, whether a run goes to a second Node with a larger
// young generation; the binary's runs below go through it (the tests' build: `npm test` builds first).

const LARGE = LARGE_WORKBOOK_BYTES;
const sizes = (table: Record<string, number>) => (path: string): number | null => table[path] ?? null;

describe('relaunchFlags', () => {
  const size = sizes({ 'big.xlsx': LARGE, 'small.xlsx': LARGE - 1, 'old-out.xlsx': 10 * LARGE });

  test('a command that reads a large workbook gets the larger young generation', () => {
    for (const command of ['simulate', 'compare', 'validate', 'suggest']) {
      expect(relaunchFlags([command, 'big.xlsx'], [], size)).toEqual([YOUNG_GENERATION_FLAG]);
    }
    // Options before the input, with their values, are not taken for it.
    expect(relaunchFlags(['simulate', '--lang', 'en', '--out', 'o.xlsx', 'big.xlsx'], [], size)).toEqual([YOUNG_GENERATION_FLAG]);
    expect(relaunchFlags(['simulate', '--quiet', 'big.xlsx', '--out=o.xlsx'], [], size)).toEqual([YOUNG_GENERATION_FLAG]);
  });

  test('a small workbook, another command or a file that is not there runs in this process', () => {
    expect(relaunchFlags(['simulate', 'small.xlsx'], [], size)).toBeNull();
    // An earlier large output named by --out is not the input.
    expect(relaunchFlags(['simulate', 'small.xlsx', '--out', 'old-out.xlsx'], [], size)).toBeNull();
    expect(relaunchFlags(['sample', 'big.xlsx', '--force'], [], size)).toBeNull();
    expect(relaunchFlags(['simulate', 'missing.xlsx'], [], size)).toBeNull();
    expect(relaunchFlags(['simulate'], [], size)).toBeNull();
    expect(relaunchFlags([], [], size)).toBeNull();
    expect(relaunchFlags(['simulate', 'big.xlsx', '--help'], [], size)).toBeNull();
  });

  test('arguments the CLI refuses run in this process, which says what is wrong', () => {
    expect(relaunchFlags(['simulate', 'big.xlsx', '--bogus'], [], size)).toBeNull();
    expect(relaunchFlags(['simulate', 'big.xlsx', '--out'], [], size)).toBeNull();
  });

  test('a Node started with a young generation size already is not started again', () => {
    expect(relaunchFlags(['simulate', 'big.xlsx'], [YOUNG_GENERATION_FLAG], size)).toBeNull();
    expect(relaunchFlags(['simulate', 'big.xlsx'], ['--max-semi-space-size=8'], size)).toBeNull();
    expect(relaunchFlags(['simulate', 'big.xlsx'], ['--max_semi_space_size=8'], size)).toBeNull();
    expect(relaunchFlags(['simulate', 'big.xlsx'], ['--max-old-space-size=8000'], size)).toEqual([YOUNG_GENERATION_FLAG]);
  });

  test('a Node under a debugger runs the command itself, where the debugger is attached', () => {
    for (const flag of ['--inspect', '--inspect-brk', '--inspect=9230', '--inspect-port=0']) {
      expect(relaunchFlags(['simulate', 'big.xlsx'], [flag], size)).toBeNull();
    }
  });
});

test('a second process ends with its own code, or 128 and its signal number', () => {
  expect(exitCodeOf(0, null)).toBe(0);
  expect(exitCodeOf(3, null)).toBe(3);
  expect(exitCodeOf(null, 'SIGINT')).toBe(130);
  expect(exitCodeOf(null, 'SIGTERM')).toBe(143);
  expect(exitCodeOf(null, 'SIGKILL')).toBe(137);
});

describe('relaunched', () => {
  const launcher = (result: { status: number | null; signal: string | null; error?: Error }, calls: [string, readonly string[]][]): Launcher => ({
    execPath: '/usr/bin/node',
    execArgv: ['--stack-size=2000'],
    sizeOf: sizes({ 'big.xlsx': LARGE }),
    run: async (command, args) => {
      calls.push([command, args]);
      return result;
    },
  });

  test('starts the same script in Node with this process\'s flags, the young generation and the arguments', async () => {
    const calls: [string, readonly string[]][] = [];
    expect(await relaunched(['simulate', 'big.xlsx', '--out', 'o.xlsx'], '/app/bin/cli.js', launcher({ status: 1, signal: null }, calls))).toBe(1);
    expect(calls).toEqual([['/usr/bin/node', ['--stack-size=2000', YOUNG_GENERATION_FLAG, '/app/bin/cli.js', 'simulate', 'big.xlsx', '--out', 'o.xlsx']]]);
  });

  test('runs here when the workbook is small or no second process starts', async () => {
    const calls: [string, readonly string[]][] = [];
    expect(await relaunched(['simulate', 'small.xlsx'], 'cli.js', launcher({ status: 0, signal: null }, calls))).toBeNull();
    expect(calls).toEqual([]);
    expect(await relaunched(['simulate', 'big.xlsx'], 'cli.js', launcher({ status: null, signal: null, error: new Error('spawn EAGAIN') }, calls))).toBeNull();
    expect(calls).toHaveLength(1);
  });
});

describe('the binary on a large workbook', () => {
  const bin = join(__dirname, '..', '..', 'bin', 'staffing-planner.js');
  const dir = mkdtempSync(join(tmpdir(), 'sp-launch-'));
  const big = join(dir, 'big.xlsx');

  beforeAll(() => {
    const sample = join(dir, 'sample.xlsx');
    const made = spawnSync(process.execPath, [bin, 'sample', sample, '--three-level', '--people', '6000', '--start', '2026-01']);
    expect(made.status).toBe(0);
    // The sample, made large by a part of its own that nothing reads (as a workbook's embedded files are).
    const bytes = new Uint8Array(readFileSync(sample));
    const outputs: ZipOutput[] = readZipDirectory(bytes, 1000).map((entry) => ({ kind: 'copy', name: entry.name, source: bytes, entry }));
    outputs.push(pack('xl/embeddings/padding.bin', new Uint8Array(randomBytes(LARGE))));
    writeFileSync(big, writeZip(outputs));
    expect(readFileSync(big).length).toBeGreaterThanOrEqual(LARGE);
  }, 60_000);

  test('simulate writes the same sheets through the second process, and its exit codes are the CLI\'s', () => {
    const out = join(dir, 'out.xlsx');
    const run = spawnSync(process.execPath, [bin, 'simulate', big, '--out', out, '--lang', 'en', '--quiet', '--start', '2026-01'], { encoding: 'utf8' });
    expect(run.stderr).not.toMatch(/Error|at /);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Wrote 3\d sheets to/);
    const names = WorkbookPackage.open(new Uint8Array(readFileSync(out))).workbook().sheets.map((s) => s.name);
    expect(names).toContain(comparisonSheetName('en'));
    // The padding is kept, byte for byte, as every part the tool does not own.
    const kept = readZipDirectory(new Uint8Array(readFileSync(out)), 1000).find((e) => e.name === 'xl/embeddings/padding.bin');
    expect(kept?.compressedSize).toBe(LARGE);
    // Bad usage (2) comes back from the second process as it would from this one.
    expect(spawnSync(process.execPath, [bin, 'simulate', big, '--out', join(dir, 'out.txt')]).status).toBe(2);
  }, 60_000);

  /**
   * The exit code of a run on the large workbook sent `signal` once its first scenario is simulated
   * (the others and the writing still to come): to its whole process group, as a terminal's Ctrl-C,
   * or to the first process alone, as a job runner's kill. Whether the output was written after all.
   */
  async function stopped(signal: NodeJS.Signals, to: 'group' | 'first', out: string): Promise<{ code: number | null; written: boolean }> {
    const child = spawn(process.execPath, [bin, 'simulate', big, '--out', out, '--start', '2026-01'], { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let sent = false;
    const code = await new Promise<number | null>((done) => {
      let said = '';
      child.stderr.on('data', (d: Buffer) => {
        said += d.toString();
        if (sent || !/\[2\/\d\]/.test(said) || child.pid === undefined) return;
        sent = true;
        process.kill(to === 'group' ? -child.pid : child.pid, signal);
      });
      child.on('exit', (status) => done(status));
    });
    expect(sent).toBe(true);
    return { code, written: existsSync(out) };
  }

  test('Ctrl-C ends the run with 130 and writes nothing', async () => {
    expect(await stopped('SIGINT', 'group', join(dir, 'stopped.xlsx'))).toEqual({ code: 130, written: false });
  }, 60_000);

  test('a signal sent to the first process alone ends the second too, with nothing written', async () => {
    // The first ends only once the second has: nothing can be written after this.
    expect(await stopped('SIGTERM', 'first', join(dir, 'killed.xlsx'))).toEqual({ code: 143, written: false });
  }, 60_000);
});
