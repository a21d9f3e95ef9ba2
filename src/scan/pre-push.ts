import { InputError } from '../errors.js';
import { openRepository, resolveCommit, type Repository } from '../sources/git/repo.js';
import { git } from '../sources/git/run.js';
import type { ScanResult } from '../types.js';
import { scanRevisions } from './history.js';
import { emptyBatch, mergeBatch } from './scan-input.js';
import { finishScan, setUpScan, type BaseScanOptions } from './setup.js';

/** One line git hands a pre-push hook: what is pushed where. */
export interface PushUpdate {
  localRef: string;
  localId: string;
  remoteRef: string;
  remoteId: string;
}

/** Options for {@link scanPush}. */
export interface PushOptions extends BaseScanOptions {
  /** What is being pushed: the hook's standard input, parsed by {@link parsePushUpdates}. */
  updates: readonly PushUpdate[];
  /** Scan commit messages too (default true). */
  messages?: boolean;
}

/**
 * Parses the lines git writes to a pre-push hook's standard input:
 * `<local ref> SP <local id> SP <remote ref> SP <remote id>`.
 */
export function parsePushUpdates(text: string): PushUpdate[] {
  const updates: PushUpdate[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const parts = line.trim().split(' ');
    const [localRef, localId, remoteRef, remoteId] = parts;
    const id = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
    if (parts.length !== 4 || !localRef || !remoteRef || !id.test(localId ?? '') || !id.test(remoteId ?? '')) {
      throw new InputError(`standard input line ${index + 1} is not a git pre-push line (<local ref> <local sha> <remote ref> <remote sha>)`);
    }
    updates.push({ localRef, localId: localId!, remoteRef, remoteId: remoteId! });
  }
  return updates;
}

const isZero = (id: string): boolean => /^0+$/.test(id);

/**
 * Scans the commits a push would give the remote that it does not have yet. A deleted branch
 * sends nothing; a new branch (or one whose remote tip is not known here) sends the commits on
 * no remote-tracking ref; an update sends `remote..local`. Tokens the remote side already holds
 * are not reported.
 */
export async function scanPush(options: PushOptions): Promise<ScanResult> {
  const setup = await setUpScan(options);
  const repo = openRepository(setup.root);
  const result = emptyBatch();
  const seen = new Set<string>();
  for (const update of options.updates) {
    if (isZero(update.localId)) continue;
    const revisions =
      !isZero(update.remoteId) && resolveCommit(repo, update.remoteId)
        ? [`${update.remoteId}..${update.localId}`]
        : [update.localId, '--not', '--remotes'];
    const own = emptyBatch();
    await scanRevisions(repo, { revisions, base: boundary(repo, revisions), messages: options.messages !== false }, setup, own);
    // Several refs pushed at once may share commits: each token is reported once.
    own.findings = own.findings.filter((f) => !seen.has(f.fingerprint));
    for (const f of own.findings) seen.add(f.fingerprint);
    mergeBatch(result, own);
  }
  return finishScan(result, setup);
}

/** The commits just outside `revisions` (what the remote already has), whose trees are the base. */
function boundary(repo: Repository, revisions: readonly string[]): string[] {
  const out = git(['rev-list', '--boundary', ...revisions, '--'], { cwd: repo.cwd }).stdout.toString('utf8');
  return out.split('\n').filter((line) => line.startsWith('-')).map((line) => line.slice(1));
}
