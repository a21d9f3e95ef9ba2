/**
 * The one way the tool writes a file: reports (`--output`, the Action's SARIF file), baselines,
 * the verify cache, the `--state` file and the Action's job summary. The text is masked first
 * ({@link redactTokens}), then written whole or not at all: a file is written to a temporary file
 * in the same directory, flushed to disk and renamed over the old one; a record appended to a
 * file is appended whole, or the file is cut back to where it was. A full disk or any other
 * failure is one {@link WriteError} naming the file, with the old file intact.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WriteError, errorCode } from '../errors.js';
import { redactTokens } from '../findings/mask.js';

/** How a failed write is told. */
export interface WriteOptions {
  /** How the file is named in the error line: a flag and its value (`--output r.json`) or the path as shown. */
  name: string;
  /** What the file is (`the baseline file`), when the name alone does not say it. */
  what?: string;
  /** Mode of a new file (default: 0o666 less the umask); a replaced file keeps its own. */
  mode?: number;
}

/** Plain words for the failures a user can act on, after their code. */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
};

function failure(error: unknown, options: WriteOptions, kept: string | undefined): WriteError {
  const code = errorCode(error);
  const reason = code === undefined ? String((error as Error)?.message ?? error) : REASONS[code] ? `${code}: ${REASONS[code]}` : code;
  return new WriteError(`${options.name}: cannot write${options.what ? ` ${options.what}` : ''} (${reason})${kept ? `; ${kept}` : ''}`, { cause: error });
}

/**
 * Writes `text`, masked, to `file` whole or not at all, replacing what was there.
 *
 * @throws WriteError with one line naming the file; the old file is then as it was.
 */
export function writeFileWhole(file: string, text: string, options: WriteOptions): void {
  const bytes = Buffer.from(redactTokens(text), 'utf8');
  let target = path.resolve(file);
  let mode = options.mode;
  let existed = false;
  try {
    // A symbolic link is followed, so the file it points to is replaced and the link kept.
    target = fs.realpathSync(target);
    const stat = fs.statSync(target);
    existed = stat.isFile();
    if (existed) mode = stat.mode & 0o7777;
  } catch {
    // A new file.
  }
  const kept = existed ? 'the previous file is left as it was' : undefined;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temporary, 'wx', mode ?? 0o666);
    if (mode !== undefined) fs.fchmodSync(fd, mode);
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) closeQuietly(fd);
    // The temporary file may not exist (the open failed): then there is nothing to remove.
    fs.rmSync(temporary, { force: true });
    throw failure(error, options, kept);
  }
  syncDirectory(path.dirname(target));
}

/**
 * Appends `text`, masked, to the file open at `fd` (opened for appending) as one record, and
 * flushes it to disk: the whole record is in the file, or the file is cut back to its length
 * before, so a reader never meets half a record.
 *
 * @throws WriteError with one line naming the file; the file then holds what it held before.
 */
export function appendRecord(fd: number, text: string, options: WriteOptions): void {
  const bytes = Buffer.from(redactTokens(text), 'utf8');
  let before: number | undefined;
  try {
    before = fs.fstatSync(fd).size;
    writeAll(fd, bytes);
    fs.fsyncSync(fd);
  } catch (error) {
    if (before === undefined) throw failure(error, options, undefined);
    try {
      fs.ftruncateSync(fd, before);
      fs.fsyncSync(fd);
    } catch {
      throw failure(error, options, 'its last record may be cut short');
    }
    throw failure(error, options, 'the records written before are kept');
  }
}

/**
 * Appends `text`, masked, to `file` (created when missing) as one record: see {@link appendRecord}.
 *
 * @throws WriteError with one line naming the file.
 */
export function appendFileWhole(file: string, text: string, options: WriteOptions): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'a', options.mode ?? 0o666);
  } catch (error) {
    throw failure(error, options, undefined);
  }
  try {
    appendRecord(fd, text, options);
  } finally {
    closeQuietly(fd);
  }
}

/** Writes every byte, however many calls it takes (a write may be short). */
function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // Already failed; the write's own error is the one to tell.
  }
}

/**
 * Flushes a directory, so the rename is on disk too. Not every file system lets a directory be
 * opened or flushed; the file itself is already safe then, so a failure here is ignored.
 */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
    // See above.
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}
