import { git, gitText } from './run.js';

/**
 * What a range of history needs from a repository, in one place for the command line and the
 * GitHub Action: whether commits are there, whether the clone is shallow, the merge bases of two
 * commits, and fetching more of the history.
 */

/** The full id of the commit `rev` names, or undefined when this repository has no such commit. */
export function commitId(cwd: string, rev: string): string | undefined {
  if (rev.startsWith('-')) return undefined;
  const out = git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`], { cwd, okCodes: [1, 128] });
  return out.status === 0 ? out.stdout.toString('utf8').trim() : undefined;
}

/** Whether `rev` names a commit this repository has. */
export function hasCommit(cwd: string, rev: string): boolean {
  return commitId(cwd, rev) !== undefined;
}

/** Whether the repository is a shallow clone (its history cut at some depth). */
export function isShallow(cwd: string): boolean {
  return gitText(['rev-parse', '--is-shallow-repository'], { cwd }) === 'true';
}

/** The merge bases of two commits; empty when they share no history (or a shallow clone hides it). */
export function mergeBases(cwd: string, a: string, b: string): string[] {
  return git(['merge-base', '--all', a, b], { cwd, okCodes: [1, 128] })
    .stdout.toString('utf8')
    .split('\n')
    .filter((line) => line !== '');
}

/** Runs `git fetch --quiet --no-tags` with the arguments; throws a SourceError when it fails. */
export function fetchHistory(cwd: string, args: readonly string[]): void {
  git(['fetch', '--quiet', '--no-tags', ...args], { cwd });
}

/** Fetches the whole history of a shallow clone from its default remote; false when that failed. */
export function unshallow(cwd: string): boolean {
  return git(['fetch', '--quiet', '--unshallow'], { cwd, okCodes: [1, 128] }).status === 0;
}
