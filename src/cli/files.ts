import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * The command line's files: inputs read whole and checked for what they are, outputs written so that
 * a planner's file is never damaged. Every output goes to a temporary file in its own folder, is
 * flushed to disk, then renamed over the target; several outputs are committed together, or none is.
 * The file system is passed in, so that tests can make any step fail (a full disk, a locked file).
 */

/** The calls used here, as node:fs has them. */
export interface FileSystem {
  openSync(path: string, flags: string, mode?: number): number;
  writeSync(fd: number, data: Uint8Array, offset?: number, length?: number): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  unlinkSync(path: string): void;
  linkSync(existing: string, alias: string): void;
  mkdirSync(path: string, options: { recursive: true }): unknown;
  statSync(path: string): nodeFs.Stats;
  realpathSync(path: string): string;
  readFileSync(path: string): Buffer;
}

export const nodeFileSystem: FileSystem = nodeFs;

/** A path the planner gave, with the option that gave it ('--out'), for messages. */
export interface NamedPath {
  readonly option: string;
  readonly path: string;
}

/** Two paths that are the same file (by real path, or by device and inode: a hard link). */
export class SamePathError extends Error {
  constructor(readonly output: NamedPath, readonly other: NamedPath) {
    super(`${output.path} is the same file as ${other.path}`);
  }
}

/** An input that is not there or not a file. */
export class InputPathError extends Error {
  constructor(readonly path: string, readonly reason: 'missing' | 'folder' | 'unreadable', readonly code: string | null) {
    super(`${path}: ${reason}`);
  }
}

export type WriteFault = 'diskFull' | 'denied' | 'readOnly' | 'isFolder' | 'noFolder' | 'busy' | 'nameTooLong' | 'tooManyFiles' | 'other';

/** An output that could not be written; nothing was replaced. */
export class WriteError extends Error {
  constructor(readonly path: string, readonly fault: WriteFault, readonly code: string | null) {
    super(`${path}: ${fault}${code ? ` (${code})` : ''}`);
  }
}

/** Reads an input whole, after checking it is a file of at most `maxBytes` (else `tooLarge` is called). */
export function readInput(fs: FileSystem, path: string, maxBytes: number, tooLarge: () => Error): Uint8Array {
  let stat: nodeFs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    throw new InputPathError(path, errno(e) === 'ENOENT' || errno(e) === 'ENOTDIR' ? 'missing' : 'unreadable', errno(e));
  }
  if (stat.isDirectory()) throw new InputPathError(path, 'folder', null);
  if (stat.size > maxBytes) throw tooLarge();
  try {
    return fs.readFileSync(path);
  } catch (e) {
    throw new InputPathError(path, errno(e) === 'EISDIR' ? 'folder' : 'unreadable', errno(e));
  }
}

interface Identity {
  readonly real: string;
  readonly inode: string | null;
}

/** Who a path really is: its real path (symbolic links followed) and, if it exists, its device and inode. */
function identity(fs: FileSystem, path: string): Identity {
  const absolute = resolve(path);
  try {
    const stat = fs.statSync(absolute);
    return { real: fs.realpathSync(absolute), inode: `${stat.dev}:${stat.ino}` };
  } catch {
    // Not there yet: its folder's real path and its own name.
    try {
      return { real: join(fs.realpathSync(dirname(absolute)), basename(absolute)), inode: null };
    } catch {
      return { real: absolute, inode: null };
    }
  }
}

/**
 * Every output compared with every input and with every other output, by real path and by device
 * and inode: writing one must never replace another. Case-insensitive file systems are covered by
 * the inode of an existing file.
 */
export function checkDistinct(fs: FileSystem, inputs: readonly NamedPath[], outputs: readonly NamedPath[]): void {
  const ids = new Map<NamedPath, Identity>();
  const id = (p: NamedPath): Identity => {
    let found = ids.get(p);
    if (found === undefined) {
      found = identity(fs, p.path);
      ids.set(p, found);
    }
    return found;
  };
  const same = (a: Identity, b: Identity): boolean => a.real === b.real || (a.inode !== null && a.inode === b.inode);
  outputs.forEach((out, i) => {
    for (const other of [...inputs, ...outputs.slice(0, i)]) if (same(id(out), id(other))) throw new SamePathError(out, other);
  });
}

/** Fails early, before any work, for an output that is an existing folder. */
export function checkNotFolder(fs: FileSystem, path: string): void {
  let stat: nodeFs.Stats | null = null;
  try {
    stat = fs.statSync(path);
  } catch {
    return;
  }
  if (stat.isDirectory()) throw new WriteError(path, 'isFolder', 'EISDIR');
}

export interface OutputFile {
  readonly path: string;
  readonly data: Uint8Array;
}

/**
 * Writes the files all or nothing. Each is written in full to a temporary file beside its target and
 * flushed; only when all are on disk are they renamed into place, each earlier version kept aside
 * until the last rename succeeds, and put back if one fails. Nothing temporary is left behind.
 */
export function writeAll(fs: FileSystem, files: readonly OutputFile[]): void {
  // Ctrl-C (or the terminal closing) while the files are written waits for the writing to end: ended
  // between two renames, an earlier version kept aside would be left there. Before this, it ends the
  // run at once, with nothing written.
  const wait = (): void => undefined;
  for (const signal of HELD_SIGNALS) process.on(signal, wait);
  try {
    writeFiles(fs, files);
  } finally {
    for (const signal of HELD_SIGNALS) process.off(signal, wait);
  }
}

const HELD_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function writeFiles(fs: FileSystem, files: readonly OutputFile[]): void {
  const temps: { target: string; temp: string }[] = [];
  const cleanup = (): void => {
    for (const t of temps) tryUnlink(fs, t.temp);
  };
  try {
    for (const file of files) {
      const target = resolve(file.path);
      const folder = dirname(target);
      try {
        fs.mkdirSync(folder, { recursive: true });
      } catch (e) {
        // A part of the path that is a file, not a folder (EEXIST, ENOTDIR), or one that cannot be reached.
        const why = writeError(target, e, true);
        throw why.fault === 'other' ? new WriteError(target, 'noFolder', why.code) : why;
      }
      checkNotFolder(fs, target);
      const temp = join(folder, `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
      let fd: number;
      try {
        fd = fs.openSync(temp, 'wx', 0o644);
      } catch (e) {
        throw writeError(target, e, true);
      }
      temps.push({ target, temp });
      try {
        let at = 0;
        while (at < file.data.length) at += fs.writeSync(fd, file.data, at, file.data.length - at);
        fs.fsyncSync(fd);
      } catch (e) {
        throw writeError(target, e, false);
      } finally {
        try {
          fs.closeSync(fd);
        } catch {
          // Closing fails only if the descriptor is gone; the write error is what matters.
        }
      }
    }
  } catch (e) {
    cleanup();
    throw e;
  }

  // Every file is on disk: now the renames, with the earlier versions kept aside until all are done.
  const done: { target: string; aside: string | null }[] = [];
  try {
    for (const { target, temp } of temps) {
      const aside = keepAside(fs, target);
      try {
        fs.renameSync(temp, target);
      } catch (e) {
        if (aside !== null) restore(fs, aside, target);
        throw writeError(target, e, false);
      }
      done.push({ target, aside });
    }
  } catch (e) {
    for (const d of done.reverse()) {
      if (d.aside !== null) restore(fs, d.aside, d.target);
      else tryUnlink(fs, d.target);
    }
    cleanup();
    throw e;
  }
  for (const d of done) if (d.aside !== null) tryUnlink(fs, d.aside);
}

/** A hard link to the target's current version, so that a failed commit can put it back. */
function keepAside(fs: FileSystem, target: string): string | null {
  try {
    fs.statSync(target);
  } catch {
    return null;
  }
  const aside = join(dirname(target), `.${basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.old`);
  try {
    fs.linkSync(target, aside);
    return aside;
  } catch {
    // No hard links on this file system: the earlier version is moved aside instead.
    try {
      fs.renameSync(target, aside);
      return aside;
    } catch (e) {
      throw writeError(target, e, false);
    }
  }
}

/** Puts the earlier version back under its name (a hard link still naming it is just removed). */
function restore(fs: FileSystem, aside: string, target: string): void {
  try {
    const a = fs.statSync(aside);
    const t = fs.statSync(target);
    // Renaming a link onto another link of the same file does nothing, and leaves both.
    if (a.dev === t.dev && a.ino === t.ino) {
      tryUnlink(fs, aside);
      return;
    }
  } catch {
    // The target is gone (moved aside): rename puts it back.
  }
  try {
    fs.renameSync(aside, target);
  } catch {
    // The earlier version stays under its aside name; nothing better can be done.
  }
}

function tryUnlink(fs: FileSystem, path: string): void {
  try {
    fs.unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function errno(e: unknown): string | null {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : null;
}

/** What a file system error means for the planner. */
function writeError(target: string, e: unknown, creating: boolean): WriteError {
  const code = errno(e);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new WriteError(target, 'diskFull', code);
    case 'EACCES':
    case 'EPERM':
      return new WriteError(target, 'denied', code);
    case 'EROFS':
      return new WriteError(target, 'readOnly', code);
    case 'EISDIR':
      return new WriteError(target, 'isFolder', code);
    case 'ENOTDIR':
    case 'ENOENT':
      return new WriteError(target, creating ? 'noFolder' : 'other', code);
    case 'EBUSY':
    case 'ETXTBSY':
      return new WriteError(target, 'busy', code);
    case 'ENAMETOOLONG':
      return new WriteError(target, 'nameTooLong', code);
    case 'EMFILE':
    case 'ENFILE':
      return new WriteError(target, 'tooManyFiles', code);
    default:
      return new WriteError(target, 'other', code);
  }
}
