import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { constants } from 'node:os';
import { parseArgs } from './options';

/**
 * How the command line starts on a large workbook. A run on a province (100,000 people and more)
 * allocates hundreds of MB that live for seconds: the tables read, each run's people and results, the
 * sheets. In V8's default young generation (16 MB semi-spaces) much of it is copied twice before it is
 * promoted; with 64 MB, less dies young by being copied first. Measured in runs taken in turns: at
 * 100,000 people 5.7 → 5.4 s, at 300,000 people 22.2 → 21.2 s, the peak memory within a tenth. At
 * 10,000 people it gains nothing. The size is fixed when Node starts, so the CLI starts Node again with
 * it, for large workbooks only: the second start costs about 45 ms.
 */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=64';

/** About 60,000 people in a workbook as spreadsheet programs write it. */
export const LARGE_WORKBOOK_BYTES = 4 * 1024 * 1024;

/** The commands that read the workbook named by their first argument. */
const READING = new Set(['validate', 'simulate', 'compare', 'suggest']);

/**
 * The flags to start Node again with, or null to run in this process: when this process was started
 * with a young generation size already, or under a debugger (attached to this process), or for
 * arguments the CLI will refuse (it says why itself).
 */
export function relaunchFlags(argv: readonly string[], execArgv: readonly string[], sizeOf: (path: string) => number | null): string[] | null {
  if (execArgv.some((a) => /^--(max[-_]semi[-_]space[-_]size|inspect)/.test(a))) return null;
  let args;
  try {
    args = parseArgs(argv);
  } catch {
    return null;
  }
  const input = args.positional[0];
  if (!READING.has(args.command ?? '') || args.flags.has('help') || input === undefined) return null;
  const size = sizeOf(input);
  return size !== null && size >= LARGE_WORKBOOK_BYTES ? [YOUNG_GENERATION_FLAG] : null;
}

/** A second process's exit code: its own, or 128 and the number of the signal that ended it (as shells say). */
export function exitCodeOf(status: number | null, signal: string | null): number {
  if (status !== null) return status;
  const number = signal === null ? undefined : (constants.signals as Record<string, number>)[signal];
  return 128 + (number ?? 0);
}

export interface Launcher {
  readonly execPath: string;
  readonly execArgv: readonly string[];
  readonly sizeOf: (path: string) => number | null;
  /** Runs the command to its end with the terminal shared; `error` when it could not start. */
  readonly run: (command: string, args: readonly string[]) => Promise<{ status: number | null; signal: string | null; error?: Error }>;
}

/** The signals that end a run: passed on to the second process, which this one outlives. */
const PASSED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

const NODE: Launcher = {
  execPath: process.execPath,
  execArgv: process.execArgv,
  sizeOf: (path) => {
    try {
      return statSync(path).size;
    } catch {
      return null;
    }
  },
  run: (command, args) =>
    new Promise((done) => {
      const child = spawn(command, args, { stdio: 'inherit' });
      // A signal sent to this process alone (a job runner's SIGTERM) would leave the second running
      // and writing: it is passed on, and this one ends with the second. (Ctrl-C from the terminal
      // reaches both already; a second SIGINT changes nothing.)
      const pass = (signal: NodeJS.Signals): void => {
        child.kill(signal);
      };
      for (const signal of PASSED) process.on(signal, pass);
      const end = (result: { status: number | null; signal: string | null; error?: Error }): void => {
        for (const signal of PASSED) process.off(signal, pass);
        done(result);
      };
      child.once('error', (error) => end({ status: null, signal: null, error }));
      child.once('exit', (status, signal) => end({ status, signal }));
    }),
};

/**
 * Runs `script` again in a Node started with the flags a large workbook wants, and gives its exit code;
 * null when this process should run the command itself (a small workbook, or no second process could
 * be started).
 */
export async function relaunched(argv: readonly string[], script: string, launcher: Launcher = NODE): Promise<number | null> {
  const flags = relaunchFlags(argv, launcher.execArgv, launcher.sizeOf);
  if (flags === null) return null;
  const result = await launcher.run(launcher.execPath, [...launcher.execArgv, ...flags, script, ...argv]);
  return result.error ? null : exitCodeOf(result.status, result.signal);
}
