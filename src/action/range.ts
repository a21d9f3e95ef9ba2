import { InputError, SourceError } from '../errors.js';
import { fetchHistory, hasCommit, isShallow, mergeBases } from '../sources/git/range.js';
import { git } from '../sources/git/run.js';
import type { ActionMode, RunnerContext } from './inputs.js';

/**
 * What the action scans for an event, and the git work that makes it scannable: a pull request's
 * `base...head`, a push's `before..after` (a new branch: what it adds to the default branch; the
 * first push of the default branch itself: its whole history), or the full history. A shallow
 * checkout is deepened until the range's merge base is present, so a PR of any length is covered
 * whole.
 */

/** The scan an event calls for. */
export type ScanPlan =
  | { kind: 'range'; base: string; head: string; dots: '..' | '...'; description: string; pullRequest?: number; fallback?: ScannablePlan }
  | {
      kind: 'full';
      description: string;
      /** Only the history this commit reaches (a pushed branch's); absent: every ref's. */
      head?: string;
    }
  | { kind: 'none'; reason: string; pullRequest?: number };

/** A plan with something to scan. */
export type ScannablePlan = Exclude<ScanPlan, { kind: 'none' }>;

/** A commit id of all zeros: the `before` of a new branch, the `after` of a deleted one. */
const NULL_SHA = /^0+$/;

type Payload = Record<string, unknown>;
const field = (value: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Payload)[k] : undefined), value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Decides the scan from the mode and the event. */
export function planScan(mode: ActionMode, context: RunnerContext): ScanPlan {
  const effective = mode !== 'auto' ? mode : /^pull_request/.test(context.eventName) ? 'pr' : context.eventName === 'push' ? 'push' : 'full';
  const payload = context.payload;
  if (effective === 'pr') {
    const base = text(field(payload, 'pull_request', 'base', 'sha'));
    const head = text(field(payload, 'pull_request', 'head', 'sha'));
    const number = field(payload, 'pull_request', 'number');
    if (!base || !head)
      throw new InputError(`input mode: pr needs a pull_request event, and this is a ${context.eventName} event without pull_request.base.sha and head.sha`);
    const pullRequest = typeof number === 'number' ? number : undefined;
    if (base === head)
      return {
        kind: 'none',
        reason: `the pull request's base and head are the same commit (${base.slice(0, 12)}): nothing to scan`,
        ...(pullRequest ? { pullRequest } : {}),
      };
    return {
      kind: 'range',
      base,
      head,
      dots: '...',
      description: `pull request #${number ?? '?'}: what ${head.slice(0, 12)} adds to ${base.slice(0, 12)}`,
      ...(pullRequest ? { pullRequest } : {}),
    };
  }
  if (effective === 'push') {
    const before = text(field(payload, 'before'));
    const after = text(field(payload, 'after')) ?? context.sha;
    if (!after) throw new InputError(`input mode: push needs a push event, and this ${context.eventName} event has no after commit`);
    if (NULL_SHA.test(after)) return { kind: 'none', reason: 'the push deleted a branch: nothing to scan' };
    if (before === after) return { kind: 'none', reason: 'the push did not move the branch: nothing to scan' };
    if (!before || NULL_SHA.test(before)) {
      const defaultBranch = text(field(payload, 'repository', 'default_branch')) ?? 'main';
      const whole: ScannablePlan = { kind: 'full', head: after, description: `the whole history of ${after.slice(0, 12)}` };
      // The first push of the default branch (a codebase imported into a new repository) adds
      // nothing to the default branch: it is the default branch. Its whole history is what it
      // brings. Other refs of the remote are not subtracted: an import pushes its branches and
      // tags at once, and each would leave the history they share to the others' runs.
      if (text(field(payload, 'ref')) === `refs/heads/${defaultBranch}`)
        return { ...whole, description: `the first push of ${defaultBranch}: the whole history of ${after.slice(0, 12)}` };
      return {
        kind: 'range',
        base: `refs/remotes/origin/${defaultBranch}`,
        head: after,
        dots: '...',
        description: `new branch: what ${after.slice(0, 12)} adds to ${defaultBranch}`,
        // A remote without its default branch has nothing to compare with.
        fallback: whole,
      };
    }
    // After a force push `before` may be gone from the remote; then the branch is scanned as new
    // (against the default branch), or whole when it is the default branch.
    const defaultBranch = text(field(payload, 'repository', 'default_branch')) ?? 'main';
    const fallback: ScannablePlan =
      text(field(payload, 'ref')) === `refs/heads/${defaultBranch}`
        ? { kind: 'full', description: 'the full history' }
        : {
            kind: 'range',
            base: `refs/remotes/origin/${defaultBranch}`,
            head: after,
            dots: '...',
            description: `what ${after.slice(0, 12)} adds to ${defaultBranch}`,
          };
    return { kind: 'range', base: before, head: after, dots: '..', description: `push: ${before.slice(0, 12)}..${after.slice(0, 12)}`, fallback };
  }
  return { kind: 'full', description: 'the full history' };
}

/**
 * Whether the event is a push that brought commits (GitHub lists them, up to 20, and names the
 * head commit): a scan of it that reads no file is then worth a warning, not a green pass.
 */
export function pushBroughtCommits(context: RunnerContext): boolean {
  if (context.eventName !== 'push') return false;
  const commits = field(context.payload, 'commits');
  return (Array.isArray(commits) && commits.length > 0) || Boolean(text(field(context.payload, 'head_commit', 'id')));
}

const mergeBase = (cwd: string, a: string, b: string): boolean => mergeBases(cwd, a, b).length > 0;

/**
 * Fetches what the plan needs that the checkout lacks, deepening a shallow clone as far as the
 * range needs. Returns the plan to scan: the plan's fallback when its base cannot be fetched
 * (a push's `before` that a force push removed), after saying so through `warn`.
 */
export function prepareHistory(plan: ScannablePlan, cwd: string, log: (line: string) => void, warn: (line: string) => void): ScannablePlan {
  if (git(['rev-parse', '--git-dir'], { cwd, okCodes: [128] }).status !== 0) {
    throw new InputError(`GITHUB_WORKSPACE ${cwd} is not a git repository: run actions/checkout before this step`);
  }
  if (plan.kind === 'full') {
    if (plan.head && !hasCommit(cwd, plan.head)) {
      log(`fetching ${plan.head.slice(0, 12)}, which the checkout does not have`);
      fetch(cwd, ['origin', plan.head]);
    }
    if (isShallow(cwd)) {
      log('shallow checkout: fetching the full history (git fetch --unshallow)');
      fetch(cwd, ['--unshallow', 'origin']);
    }
    return plan;
  }
  const shallow = isShallow(cwd);
  for (const rev of [plan.base, plan.head]) {
    if (hasCommit(cwd, rev)) continue;
    const branch = /^refs\/remotes\/origin\/(.+)$/.exec(rev)?.[1];
    log(`fetching ${branch ? `the ${branch} branch` : rev.slice(0, 12)}, which the checkout does not have`);
    let failure = '';
    try {
      fetch(cwd, [...(shallow ? ['--depth=1'] : []), 'origin', branch ? `+refs/heads/${branch}:${rev}` : rev]);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      failure = `: ${error.message}`;
    }
    if (hasCommit(cwd, rev)) continue;
    if (rev === plan.base && plan.fallback) {
      const why = branch ? `the remote has no ${branch} branch` : 'a force push may have removed it';
      warn(`cannot fetch ${branch ? `the ${branch} branch` : rev.slice(0, 12)} from origin (${why}); scanning ${plan.fallback.description} instead`);
      return prepareHistory(plan.fallback, cwd, log, warn);
    }
    throw new SourceError(`cannot fetch ${rev} from origin${failure}: the ${plan.description} cannot be scanned`);
  }
  let depth = 50;
  while (!mergeBase(cwd, plan.base, plan.head) && isShallow(cwd)) {
    if (depth > 6400) {
      log('shallow checkout: the merge base is deeper still; fetching the full history (git fetch --unshallow)');
      fetch(cwd, ['--unshallow', 'origin']);
      break;
    }
    log(`shallow checkout: deepening by ${depth} commits to reach the merge base of ${plan.base.slice(0, 12)} and ${plan.head.slice(0, 12)}`);
    fetch(cwd, [`--deepen=${depth}`, 'origin', plan.head, ...(plan.base.startsWith('refs/') ? [] : [plan.base])]);
    depth *= 2;
  }
  if (plan.dots === '...' && !mergeBase(cwd, plan.base, plan.head)) {
    throw new SourceError(`${plan.base.slice(0, 12)} and ${plan.head.slice(0, 12)} share no history: the ${plan.description} cannot be scanned`);
  }
  return plan;
}

const fetch = fetchHistory;
