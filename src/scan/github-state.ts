import * as fs from 'node:fs';
import { errorCode, errorReason, InputError } from '../errors.js';
import { appendRecord } from '../output/write-file.js';
import type { BatchResult } from './scan-input.js';

/**
 * The state file of a resumable organisation scan (`--state FILE`): one JSON line per finished
 * repository, appended and flushed to disk as each finishes, so a run stopped at any moment (a
 * crash, `kill -9`) loses at most the repositories it was in the middle of. A line cut short by
 * the stop is ignored. Each line holds the repository's result as reports need it (findings are
 * masked: no token is ever in the file) with the digest of the refs its remote advertised and of
 * the settings it was scanned with; a rerun reuses it only when both are unchanged.
 */

/** One finished repository. */
export interface StateEntry {
  /** `owner/name`. */
  repository: string;
  /** Digest of the refs the remote advertised when it was scanned. */
  refs: string;
  /** Digest of the scan settings (rules, exclusions, options) it was scanned with. */
  settings: string;
  /** The commit its default branch was at. */
  revision?: string;
  /** What the scan of it found. */
  result: BatchResult;
}

/** Reads the entries of a state file, the last one of each repository winning; none when it does not exist yet. */
export function readState(file: string): Map<string, StateEntry> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return new Map();
    throw new InputError(`--state ${file}: cannot read (${code ?? String(error)})`);
  }
  const entries = new Map<string, StateEntry>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const entry = JSON.parse(line) as StateEntry;
      if (typeof entry.repository === 'string' && typeof entry.refs === 'string' && entry.result && Array.isArray(entry.result.findings)) {
        entries.set(entry.repository, entry);
      }
    } catch {
      // A line cut short by a stop in the middle of writing it: that repository is scanned again.
    }
  }
  return entries;
}

/** Opens the state file for appending (created with mode 0600); a bad path is a one-line error. */
export function openState(file: string): number {
  try {
    return fs.openSync(file, 'a', 0o600);
  } catch (error) {
    throw new InputError(`--state ${file}: cannot write (${errorReason(error)})`);
  }
}

/**
 * Appends one finished repository and flushes it to disk before the scan goes on: the whole line,
 * or (on a full disk) nothing, the file cut back to the repositories finished before.
 *
 * @throws WriteError naming the file when the line cannot be written.
 */
export function appendState(fd: number, file: string, entry: StateEntry): void {
  appendRecord(fd, `${JSON.stringify(entry)}\n`, { name: `--state ${file}` });
}
