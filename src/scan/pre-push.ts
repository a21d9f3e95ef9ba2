import { InputError } from '../errors.js';
import { openRepository, resolveCommit, type Repository } from '../sources/git/repo.js';
import { git } from '../sources/git/run.js';
import type { ScanResult } from '../types.js';
import { scanRevisions } from './history.js';
import { emptyBatch, mergeBatch } from './scan-input.js';
import { runSources, type Source } from './pipeline.js';
import type { BaseScanOptions } from './setup.js';

/** One line git hands a pre-push hook: what is pushed where. */
export interface PushUpdate {
  localRef: string;
  localId: string;
  remoteRef: string;
  remoteId: string;
}

/**
 * What the pre-commit framework tells its pre-push hooks, in its `PRE_COMMIT_*` variables, for
 * the first ref of the push that sends anything (the framework looks no further). Which are set
 * depends on the push: an update (or a force push) sets `from` (the remote's tip) and `to`; a new
 * branch sets `from` to the parent of its first commit the remote lacks, unless that commit is a
 * root commit, when only the branch and remote are set; a deletion runs no hook at all. Run by
 * hand (`pre-commit run --hook-stage push`), none is set, or `from` and `to` alone.
 */
export interface FrameworkPush {
  /** `PRE_COMMIT_FROM_REF`: a commit the remote has (or the user named). */
  from?: string;
  /** `PRE_COMMIT_TO_REF`: the local commit pushed. */
  to?: string;
  /** `PRE_COMMIT_LOCAL_BRANCH`: the local ref pushed, as git named it to the hook. */
  localBranch?: string;
  /** `PRE_COMMIT_REMOTE_NAME`: the remote pushed to. */
  remoteName?: string;
}

/** Reads {@link FrameworkPush} from an environment (empty values count as unset). */
export function readFrameworkPush(env: NodeJS.ProcessEnv): FrameworkPush {
  const value = (name: string): string | undefined => (env[name] ? env[name] : undefined);
  const push: FrameworkPush = {};
  const from = value('PRE_COMMIT_FROM_REF') ?? value('PRE_COMMIT_ORIGIN');
  const to = value('PRE_COMMIT_TO_REF') ?? value('PRE_COMMIT_SOURCE');
  const localBranch = value('PRE_COMMIT_LOCAL_BRANCH');
  const remoteName = value('PRE_COMMIT_REMOTE_NAME');
  if (from) push.from = from;
  if (to) push.to = to;
  if (localBranch) push.localBranch = localBranch;
  if (remoteName) push.remoteName = remoteName;
  return push;
}

/** Options for {@link scanPush}. */
export interface PushOptions extends BaseScanOptions {
  /** What is being pushed: the hook's standard input, parsed by {@link parsePushUpdates}. */
  updates?: readonly PushUpdate[];
  /** What is being pushed, as the pre-commit framework tells it (instead of `updates`). */
  framework?: FrameworkPush;
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
  return runSources(options, () => [pushSource(options)]);
}

/** The commits a push sends that the remote does not have, as git or the pre-commit framework tells them. */
export function pushSource(options: PushOptions): Source {
  return {
    name: 'pre-push',
    async read(setup, into) {
      const repo = openRepository(setup.root);
      const pushes = options.framework
        ? [frameworkRevisions(repo, options.framework)]
        : (options.updates ?? []).flatMap((update) => updateRevisions(repo, update));
      const seen = new Set<string>();
      for (const revisions of pushes) {
        const own = emptyBatch();
        await scanRevisions(repo, { revisions, base: boundary(repo, revisions), messages: options.messages !== false, unpushed: true }, setup, own);
        // Several refs pushed at once may share commits: each token is reported once.
        own.findings = own.findings.filter((f) => !seen.has(f.fingerprint));
        for (const f of own.findings) seen.add(f.fingerprint);
        mergeBatch(into, own);
      }
    },
  };
}

/** The commits one of git's pre-push lines sends (none for a deletion). */
function updateRevisions(repo: Repository, update: PushUpdate): string[][] {
  if (isZero(update.localId)) return [];
  return !isZero(update.remoteId) && resolveCommit(repo, update.remoteId)
    ? [[`${update.remoteId}..${update.localId}`]]
    : [[update.localId, '--not', '--remotes']];
}

/**
 * The commits a push sends, from what the pre-commit framework tells: what `to` (or the pushed
 * branch, or HEAD when nothing is told) has that neither `from` nor any ref of the remote has.
 */
export function frameworkRevisions(repo: Repository, push: FrameworkPush): string[] {
  const tip = push.to ?? push.localBranch ?? 'HEAD';
  if (tip === 'HEAD' && !repo.head) throw new InputError('pre-push: the repository has no commits yet, so there is nothing to push');
  for (const rev of [tip, push.from]) {
    if (rev !== undefined && !resolveCommit(repo, rev))
      throw new InputError(`pre-push: ${rev} (from the pre-commit framework's PRE_COMMIT_* variables) is not a commit in this repository`);
  }
  const remotes = push.remoteName ? `--remotes=${push.remoteName}` : '--remotes';
  return [tip, '--not', ...(push.from ? [push.from] : []), remotes];
}

/** The commits just outside `revisions` (what the remote already has), whose trees are the base. */
function boundary(repo: Repository, revisions: readonly string[]): string[] {
  const out = git(['rev-list', '--boundary', ...revisions, '--'], { cwd: repo.cwd }).stdout.toString('utf8');
  return out
    .split('\n')
    .filter((line) => line.startsWith('-'))
    .map((line) => line.slice(1));
}
