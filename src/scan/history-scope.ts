import { InputError, SourceError } from '../errors.js';
import { mergeBases, unshallow } from '../sources/git/range.js';
import { resolveCommit, type Repository } from '../sources/git/repo.js';
import { git } from '../sources/git/run.js';
import type { BaseScanOptions } from './setup.js';
import type { BatchResult } from './scan-input.js';

/**
 * What a history scan reads, from its options: the revisions for `git log` and the commits whose
 * trees count as already there, each revision checked first so that a typo is one clear line
 * naming the flag. In a shallow clone a missing commit may be history cut off: with
 * `fetchMissing` the clone is deepened, otherwise the error says how.
 */

/** The options that choose what a history scan reads. */
export interface HistoryScope extends BaseScanOptions {
  /** Only what `A..B` (or `A...B`) adds; tokens already in `A` are not blamed on the range. */
  range?: string;
  /** Only commits more recent than this date (anything `git log --since` takes). */
  since?: string;
  /** Only commits reachable from these refs (default: every ref: branches, tags, remotes, stash). */
  refs?: readonly string[];
  /** In a shallow clone, fetch the history a range needs instead of failing (default false). */
  fetchMissing?: boolean;
}

/**
 * The rev-list arguments for the options, and the commits whose trees count as already there
 * (a range's base). Validates every revision first, so a typo is one clear line.
 */
export function historyRevisions(repo: Repository, options: HistoryScope, result: BatchResult): { revisions: string[]; base: string[] } {
  const revisions: string[] = [];
  let base: string[] = [];
  if (options.range !== undefined) {
    const match = /^(.+?)(\.\.\.?)(.+)$/.exec(options.range);
    if (!match) throw new InputError(`--range must look like A..B (got ${options.range})`);
    const [, from = '', dots, to = ''] = match;
    const fromId = requireCommit(repo, from, '--range', options.fetchMissing === true);
    const toId = requireCommit(repo, to, '--range', options.fetchMissing === true);
    // Either way the commits are those of B that A lacks (rev-list's own A...B would add A's side
    // too); the dots choose the base whose tree's tokens are not B's: A's tip, or the merge base.
    revisions.push(`${fromId}..${toId}`);
    base = dots === '...' ? mergeBases(repo.cwd, fromId, toId) : [fromId];
  }
  for (const ref of options.refs ?? []) revisions.push(requireCommit(repo, ref, '--ref', false));
  if (options.range === undefined && (options.refs ?? []).length === 0) revisions.push('--all');
  if (options.since !== undefined) {
    if (options.since.trim() === '') throw new InputError('--since needs a date');
    requireDate(repo, options.since);
    revisions.push(`--since=${options.since}`);
  }
  if (repo.shallow && options.range === undefined) {
    result.warnings.push({
      path: '.',
      code: 'shallow',
      message: 'shallow clone: commits before its depth are not scanned (git fetch --unshallow, or fetch-depth: 0 in actions/checkout, scans them)',
    });
  }
  if (!repo.head && git(['for-each-ref', '--count=1'], { cwd: repo.cwd }).stdout.length === 0) {
    result.warnings.push({ path: '.', code: 'empty-repository', message: 'the repository has no commits yet: nothing to scan' });
  }
  return { revisions, base };
}

/**
 * Checks that git reads `since` as a date. `git log --since` reads anything, a word it does not
 * know as "now" (so `--since foo` would scan nothing and pass); git's careful date parser, the one
 * behind its expiry settings, takes the same dates (`2026-01-01`, `2 weeks ago`, `yesterday`)
 * and refuses the rest.
 */
function requireDate(repo: Repository, since: string): void {
  const checked = git(['-c', `monime-guard.since=${since}`, 'config', '--type=expiry-date', 'monime-guard.since'], { cwd: repo.cwd, okCodes: [128] });
  if (checked.status !== 0) throw new InputError(`--since: git cannot read ${JSON.stringify(since)} as a date (for example 2026-01-01 or "2 weeks ago")`);
}

/**
 * The commit `rev` names. In a shallow clone a missing commit may be cut-off history: with
 * `fetchMissing` the clone is deepened until it appears, otherwise the error says how to fix it.
 */
function requireCommit(repo: Repository, rev: string, flag: string, fetchMissing: boolean): string {
  const id = resolveCommit(repo, rev);
  if (id) return id;
  if (repo.shallow && fetchMissing) {
    const fetched = unshallow(repo.cwd);
    repo.shallow = false;
    const again = fetched ? resolveCommit(repo, rev) : undefined;
    if (again) return again;
    throw new SourceError(`${flag}: ${rev} is not in this repository, even after fetching the full history`);
  }
  if (repo.shallow) {
    throw new SourceError(
      `${flag}: ${rev} is not in this shallow clone; fetch more history (fetch-depth: 0 in actions/checkout, or git fetch --unshallow) or pass --fetch-missing`,
    );
  }
  throw new SourceError(`${flag}: unknown revision ${rev}`);
}
