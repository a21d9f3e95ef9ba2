import { SourceError } from '../../errors.js';
import { parseSignature, type Signature } from './commits.js';
import { lastLine, spawnError, spawnGit } from './run.js';

/**
 * One `git log --raw` stream over the revisions to scan. For every commit it gives the author and
 * message, and every blob the commit's change put at a path (against its first parent; a root
 * commit against nothing). Every blob any scanned commit holds was put there by one of these
 * changes, so this is at once the list of blobs to read and, for each, the commits and paths that
 * introduced it: no second walk is needed to tie a token to its commit.
 */

/**
 * A commit as the log shows it. The author is parsed on first use: only the few commits that
 * brought a token in are ever asked.
 */
export class LogCommit {
  private parsed: Signature | null | undefined;

  constructor(
    readonly id: string,
    private readonly who: string,
  ) {}

  get author(): Signature | undefined {
    if (this.parsed === undefined) {
      const [name = '', email = '', when = ''] = this.who.split('\x1f');
      const [seconds, , , zone] = when.split(' ');
      this.parsed = (seconds && zone ? parseSignature(`${name} <${email}> ${seconds} ${zone}`) : undefined) ?? null;
    }
    return this.parsed ?? undefined;
  }
}

/** A blob a commit put at a path. */
export interface LogChange {
  commit: LogCommit;
  blob: string;
  path: string;
}

/** What {@link streamLog} reports to. A promise from `onChunk` pauses the stream until it settles. */
export interface LogHandlers {
  /** Every commit, with its full message. */
  onCommit(commit: LogCommit, message: string): void;
  onChange(change: LogChange): void;
  /** A submodule (a gitlink: a commit of another repository) a commit put at a path. */
  onSubmodule?(change: LogChange): void;
  /** Called after each chunk of output has been reported. */
  onChunk?(): Promise<void> | void;
}

// Records start with \x01; fields are separated by \x1f; the message ends with \x02. Raw diff
// entries follow, NUL-separated: `:<old mode> <new mode> <old id> <new id> <status>`, then the path.
const FORMAT = '--format=%x01%H%x1f%an%x1f%ae%x1f%at %ai%x1f%B%x02';
const LOG_ARGS = ['log', '--raw', '--no-abbrev', '-z', '--root', '--diff-merges=first-parent', '--no-renames', '--no-color', FORMAT];
const GITLINK = '160000';
const SYMLINK = '120000';

/** Streams the log of `revisions` (anything `git log` takes) through `handlers`. */
export async function streamLog(cwd: string, revisions: readonly string[], handlers: LogHandlers): Promise<void> {
  const log = spawnGit([...LOG_ARGS, ...revisions, '--'], cwd);
  const stderr: Buffer[] = [];
  const failures: Error[] = [];
  log.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const closed = new Promise<number | null>((resolve) => {
    log.once('close', (code: number | null) => resolve(code));
    log.once('error', (error) => {
      failures.push(spawnError(error, cwd));
      resolve(null);
    });
  });
  let pending = '';
  const handle = async (chunk: Buffer): Promise<void> => {
    const text = pending + chunk.toString('utf8');
    const last = text.lastIndexOf('\x01');
    // The record after the last \x01 may be incomplete: it waits for the next chunk.
    pending = last === -1 ? text : text.slice(last);
    if (last > 0) parseRecords(text.slice(0, last), handlers);
    const waiting = handlers.onChunk?.();
    if (waiting) await waiting;
  };
  let chain = Promise.resolve();
  log.stdout.on('data', (chunk: Buffer) => {
    log.stdout.pause();
    chain = chain
      .then(() => handle(chunk))
      .then(
        () => void log.stdout.resume(),
        (error: unknown) => {
          failures.push(error as Error);
          log.kill();
        },
      );
  });
  const code = await closed;
  await chain;
  if (failures.length === 0 && pending !== '') parseRecords(pending, handlers);
  if (failures.length > 0) throw failures[0];
  if (code !== 0) throw new SourceError(`git log failed: ${lastLine(Buffer.concat(stderr)) || `exit code ${String(code)}`}`);
}

/** Parses complete records (each starting with \x01) and reports them. */
function parseRecords(text: string, handlers: LogHandlers): void {
  for (const record of text.split('\x01')) {
    if (record === '') continue;
    const end = record.indexOf('\x02');
    if (end === -1) throw new SourceError('unexpected git log output: a commit record without its end marker');
    // id, name, email and date come first; the message is the rest, and may hold any character.
    let at = 0;
    for (let field = 0; field < 4 && at !== -1; field++) at = record.indexOf('\x1f', at + 1);
    if (at === -1 || at > end) throw new SourceError('unexpected git log output: a commit record with missing fields');
    const idEnd = record.indexOf('\x1f');
    const commit = new LogCommit(record.slice(0, idEnd), record.slice(idEnd + 1, at));
    handlers.onCommit(commit, record.slice(at + 1, end));
    const fields = record
      .slice(end + 1)
      .replace(/^[\0\n]+/, '')
      .split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const meta = fields[i]!.replace(/^\n/, '');
      if (!meta.startsWith(':')) break;
      const [, newMode, , newId, status] = meta.slice(1).split(' ');
      if (!newId || /^0+$/.test(newId) || status === 'D' || newMode === SYMLINK) continue;
      if (newMode === GITLINK) {
        handlers.onSubmodule?.({ commit, blob: newId, path: fields[i + 1]! });
        continue;
      }
      handlers.onChange({ commit, blob: newId, path: fields[i + 1]! });
    }
  }
}
