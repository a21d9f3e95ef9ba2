/**
 * The process's standard input, read synchronously through fd 0 and never past a cap: standard
 * input has no size of its own, and `merge - < /dev/zero` would otherwise grow until the process
 * dies. What runs over the cap is one `SourceError` line saying what to do instead.
 */
import * as fs from 'node:fs';
import { errorCode, errorReason, SourceError } from '../errors.js';
import type { ByteReader } from './fragments.js';

/** One mebibyte, for the caps below. */
const MIB = 1024 * 1024;
/** The most `scan -` reads: a log or a file piped in; anything larger is better named as a file. */
export const SCAN_STDIN_LIMIT = 1024 * MIB;
/** The most `merge -` reads: a JSON report is held in memory whole, and real ones are far smaller. */
export const MERGE_STDIN_LIMIT = 256 * MIB;

/** A byte count for messages: `256 MiB`. */
function mebibytes(bytes: number): string {
  return `${Math.round(bytes / MIB)} MiB`;
}

/** The error for standard input that went past `limit` bytes; `advice` says what to do instead. */
function overLimit(limit: number, advice: string): SourceError {
  return new SourceError(`standard input: more than ${mebibytes(limit)}, the most it is read for; ${advice}`);
}

/**
 * A {@link ByteReader} over fd 0 that throws once more than `limit` bytes have come, after
 * `head` (bytes already read from it, which count toward the limit). A pipe set to non-blocking
 * mode answers EAGAIN while the writer is slow; the reader then waits briefly and tries again.
 */
export function stdinReader(limit: number, advice: string, head?: Buffer): ByteReader {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let total = head?.length ?? 0;
  let headAt = 0;
  return (buffer, offset, length) => {
    if (head && headAt < head.length) {
      const n = head.copy(buffer, offset, headAt, headAt + Math.min(length, head.length - headAt));
      headAt += n;
      return n;
    }
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(0, buffer, offset, length, null);
      } catch (error) {
        const code = errorCode(error);
        if (code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 5);
          continue;
        }
        if (code === 'EOF') return 0;
        throw error;
      }
      total += n;
      if (total > limit) throw overLimit(limit, advice);
      return n;
    }
  };
}

/**
 * With no path named, what standard input holds when it is a pipe, a socket or a file (as
 * `cat f | monime-guard scan` gives), as ripgrep decides: by what fd 0 is (`fstat`), not by its
 * not being a terminal, so `/dev/null` (a device, as hooks and `docker run` give) is never read.
 * Returns the first bytes read, or undefined when standard input is none of those or holds
 * nothing: an empty or closed pipe (as some CI runners hand over) leaves the scan at `.`, never
 * an empty pass. A pipe that stays open without data blocks, as it does for ripgrep: name the
 * path (`scan .`) in programs that spawn the scan with a pipe they never close.
 */
export function readPipedStdin(): Buffer | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.fstatSync(0);
  } catch {
    return undefined;
  }
  if (!stat.isFIFO() && !stat.isSocket() && !stat.isFile()) return undefined;
  const head = Buffer.alloc(64 * 1024);
  let n: number;
  try {
    n = stdinReader(Number.POSITIVE_INFINITY, '')(head, 0, head.length);
  } catch {
    return undefined;
  }
  return n > 0 ? head.subarray(0, n) : undefined;
}

/**
 * All of standard input, at most `limit` bytes of it.
 *
 * @throws SourceError when more than `limit` bytes come, or the read fails.
 */
export function readStdin(limit: number, advice: string): Buffer {
  const read = stdinReader(limit, advice);
  const chunks: Buffer[] = [];
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let n: number;
    try {
      n = read(chunk, 0, chunk.length);
    } catch (error) {
      if (error instanceof SourceError) throw error;
      throw new SourceError(`standard input: cannot read it (${errorReason(error)})`, { cause: error });
    }
    if (n === 0) return Buffer.concat(chunks);
    chunks.push(chunk.subarray(0, n));
  }
}
