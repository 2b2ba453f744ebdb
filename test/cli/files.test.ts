import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { nodeFileSystem, writeAll, WriteError, type FileSystem } from '../../src/cli/files';
import { CUT_JSON, sha, workbookBytes } from '../hostile/fixtures';

/**
 * Fault injection for the command line's writer: each file system call can fail as a full disk, a
 * refused permission, a read-only folder, a locked file. Whatever fails, no target is half written,
 * every earlier file is intact, and nothing temporary is left behind.
 */

const root = mkdtempSync(join(tmpdir(), 'sp-files-'));

function failure(code: string): Error {
  return Object.assign(new Error(`${code}: injected`), { code });
}

type Call = keyof FileSystem;

/** node:fs with the `nth` call (1-based) of `call` failing with `code`. */
function failing(call: Call, code: string, nth = 1): FileSystem & { calls: Call[] } {
  let count = 0;
  const calls: Call[] = [];
  const wrapped = { calls } as FileSystem & { calls: Call[] };
  for (const name of Object.keys(nodeFileSystem) as Call[]) {
    if (!['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'unlinkSync', 'linkSync', 'mkdirSync', 'statSync', 'realpathSync', 'readFileSync'].includes(name)) continue;
    (wrapped as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      calls.push(name);
      if (name === call && ++count === nth) throw failure(code);
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return wrapped;
}

function folder(): string {
  return mkdtempSync(join(root, 'case-'));
}

const leftovers = (dir: string): string[] => readdirSync(dir).filter((f) => /\.(tmp|old)$/.test(f));

describe('writeAll under faults', () => {
  const cases: [Call, string, number, WriteError['fault']][] = [
    ['writeSync', 'ENOSPC', 1, 'diskFull'],
    ['writeSync', 'ENOSPC', 2, 'diskFull'],
    ['writeSync', 'EDQUOT', 1, 'diskFull'],
    ['openSync', 'EACCES', 1, 'denied'],
    ['openSync', 'EACCES', 2, 'denied'],
    ['openSync', 'EROFS', 1, 'readOnly'],
    ['openSync', 'EMFILE', 2, 'tooManyFiles'],
    ['fsyncSync', 'EIO', 1, 'other'],
    ['fsyncSync', 'ENOSPC', 2, 'diskFull'],
    ['renameSync', 'EACCES', 1, 'denied'],
    ['renameSync', 'EBUSY', 2, 'busy'],
    ['renameSync', 'EPERM', 2, 'denied'],
    ['mkdirSync', 'EACCES', 1, 'denied'],
  ];

  it.each(cases)('%s failing with %s (call %d): nothing replaced, nothing left', (call, code, nth, fault) => {
    const dir = folder();
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.json');
    writeFileSync(a, 'earlier a');
    writeFileSync(b, 'earlier b');
    const fsx = failing(call, code, nth);
    let error: unknown = null;
    try {
      writeAll(fsx, [{ path: a, data: new TextEncoder().encode('new a') }, { path: b, data: new TextEncoder().encode('new b') }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).fault).toBe(fault);
    expect((error as WriteError).code).toBe(code);
    expect([readFileSync(a, 'utf8'), readFileSync(b, 'utf8')]).toEqual(['earlier a', 'earlier b']);
    expect(leftovers(dir)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['a.xlsx', 'b.json']);
  });

  it('puts the first file back when the second rename fails, and removes a first file that did not exist', () => {
    const dir = folder();
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.json');
    writeFileSync(b, 'earlier b');
    expect(() => writeAll(failing('renameSync', 'EIO', 2), [{ path: a, data: new Uint8Array([1]) }, { path: b, data: new Uint8Array([2]) }])).toThrow(WriteError);
    expect(readdirSync(dir).sort()).toEqual(['b.json']);
    expect(readFileSync(b, 'utf8')).toBe('earlier b');
  });

  it('moves the earlier version aside when the file system has no hard links', () => {
    const dir = folder();
    const a = join(dir, 'a.xlsx');
    writeFileSync(a, 'earlier');
    writeAll(failing('linkSync', 'EPERM'), [{ path: a, data: new TextEncoder().encode('new') }]);
    expect(readFileSync(a, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.xlsx']);
  });

  it('flushes each file to disk before any rename, and renames only when all are written', () => {
    const dir = folder();
    const fsx = failing('readFileSync', 'never', 0);
    writeAll(fsx, [{ path: join(dir, 'a'), data: new Uint8Array([1]) }, { path: join(dir, 'b'), data: new Uint8Array([2]) }]);
    const order = fsx.calls.filter((c) => ['fsyncSync', 'renameSync'].includes(c));
    expect(order).toEqual(['fsyncSync', 'fsyncSync', 'renameSync', 'renameSync']);
  });

  it('refuses a target that is a folder, before writing anything', () => {
    const dir = folder();
    fs.mkdirSync(join(dir, 'out.xlsx'));
    expect(() => writeAll(nodeFileSystem, [{ path: join(dir, 'out.xlsx'), data: new Uint8Array([1]) }])).toThrow(expect.objectContaining({ fault: 'isFolder' }));
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });
});

describe('the command line when its outputs cannot be written', () => {
  it.each([
    ['vi', 'ENOSPC', /ổ đĩa đã đầy/],
    ['en', 'ENOSPC', /the disk is full/],
    ['vi', 'EACCES', /không có quyền ghi/],
    ['en', 'EACCES', /open in Excel/],
    ['en', 'EROFS', /read-only/],
  ] as const)('in %s, %s: exit 3, the input and the earlier outputs intact, nothing left', async (lang, code, words) => {
    const dir = folder();
    const input = join(dir, 'in.xlsx');
    writeFileSync(input, await workbookBytes());
    const scenarios = join(dir, 'cut.json');
    writeFileSync(scenarios, CUT_JSON);
    const out = join(dir, 'out.xlsx');
    const json = join(dir, 'out.json');
    writeFileSync(out, 'earlier result');
    writeFileSync(json, 'earlier json');
    const before = sha(readFileSync(input));
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), tty: false, now: () => new Date('2026-03-15T08:00:00'), fs: failing(code === 'ENOSPC' ? 'writeSync' : 'openSync', code, 2) };
    const exit = await main(['simulate', input, '--scenarios', scenarios, '--out', out, '--json', json, '--lang', lang, '--quiet', '--start', '2026-01'], io);
    expect(exit).toBe(3);
    expect(lines.join('\n')).toMatch(words);
    expect(lines.join('\n')).toContain(code);
    expect(sha(readFileSync(input))).toBe(before);
    expect([readFileSync(out, 'utf8'), readFileSync(json, 'utf8')]).toEqual(['earlier result', 'earlier json']);
    expect(leftovers(dir)).toEqual([]);
  });
});

test('Ctrl-C, or the terminal closing, while the files are written waits for them all', () => {
  // In a process of its own, from the build: the signals are sent to that process between the writes
  // and the renames; without the wait, the first would end it with one file renamed and one not.
  const out = mkdtempSync(join(root, 'signals-'));
  const files = join(__dirname, '..', '..', 'dist', 'cli', 'files.js');
  const script = `
    const fs = require('node:fs');
    const { writeAll, nodeFileSystem } = require(${JSON.stringify(files)});
    let renames = 0;
    const signalling = { ...nodeFileSystem, renameSync: (a, b) => {
      if (renames++ === 0) for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.kill(process.pid, s);
      return nodeFileSystem.renameSync(a, b);
    } };
    const dir = ${JSON.stringify(out)};
    writeAll(signalling, [{ path: dir + '/a.xlsx', data: Buffer.from('a') }, { path: dir + '/b.json', data: Buffer.from('b') }]);
    setTimeout(() => process.stdout.write('listeners ' + process.listenerCount('SIGINT')), 20);
  `;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  expect(run.signal).toBeNull();
  expect(run.status).toBe(0);
  // The signals arrived while the files were written and were let go once they were.
  expect(run.stdout).toBe('listeners 0');
  expect(readdirSync(out).sort()).toEqual(['a.xlsx', 'b.json']);
  expect(readFileSync(join(out, 'b.json'), 'utf8')).toBe('b');
});
