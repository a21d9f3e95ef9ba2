import { parseSignature, type Signature } from './commits.js';
import type { Repository } from './repo.js';
import { git } from './run.js';

/** A commit that brought a blob in at a path. */
export interface Introduction {
  commit: string;
  path: string;
  author?: Signature;
}

// One record per commit: \x01 id \x1f name \x1f email \x1f date, then NUL-separated raw diff entries.
const FORMAT = '--format=%x01%H%x1f%an%x1f%ae%x1f%at %ai';
const LOG = ['log', '--root', '--diff-merges=first-parent', '--no-renames', '--raw', '--no-abbrev', '-z', FORMAT];

/**
 * Finds, for each blob, the commits in `revisions` whose change put that blob at a path, newest
 * first. Only blobs with findings get here, and the log is limited to their paths, so this costs
 * a fraction of a full history walk. A blob whose path could not be passed to git (rev-list names
 * cut at a newline) is looked up by id instead.
 */
export function findIntroductions(repo: Repository, revisions: readonly string[], blobs: ReadonlyMap<string, string>): Map<string, Introduction[]> {
  const found = new Map<string, Introduction[]>();
  const paths = [...new Set(blobs.values())].filter((p) => p !== '');
  if (paths.length > 0) {
    // Paths go through standard input: there may be more than a command line holds.
    const out = git(['--literal-pathspecs', ...LOG, ...revisions, '--stdin'], { cwd: repo.cwd, input: `--\n${paths.join('\n')}\n` });
    collect(out.stdout, blobs, found);
  }
  for (const id of blobs.keys()) {
    if (found.has(id)) continue;
    const out = git([...LOG, `--find-object=${id}`, ...revisions, '--'], { cwd: repo.cwd });
    collect(out.stdout, new Map([[id, '']]), found);
  }
  return found;
}

/** Adds the introductions of `blobs` that a log record stream shows to `into`. */
function collect(stdout: Buffer, blobs: ReadonlyMap<string, string>, into: Map<string, Introduction[]>): void {
  for (const record of stdout.toString('utf8').split('\x01')) {
    const headerEnd = record.indexOf('\0');
    if (headerEnd === -1) continue;
    const [commit = '', name = '', email = '', when = ''] = record.slice(0, headerEnd).split('\x1f');
    const fields = record.slice(headerEnd + 1).replace(/^\n/, '').split('\0');
    // Raw entries: `:<old mode> <new mode> <old id> <new id> <status>` then the path.
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const meta = fields[i]!.split(' ');
      const newId = meta[3];
      const status = meta[4];
      if (!newId || !blobs.has(newId) || status === 'D') continue;
      const list = into.get(newId) ?? [];
      const author = signatureOf(name, email, when);
      list.push({ commit, path: fields[i + 1]!, ...(author ? { author } : {}) });
      into.set(newId, list);
    }
  }
}

/** `%at %ai` (seconds, then `2026-01-02 03:04:05 +0100`) as a signature. */
function signatureOf(name: string, email: string, when: string): Signature | undefined {
  const [seconds, , , zone] = when.split(' ');
  return seconds && zone ? parseSignature(`${name} <${email}> ${seconds} ${zone}`) : undefined;
}
