import { createHash } from 'node:crypto';
import { errorReason } from '../../errors.js';
import { lastLine, runGitAsync, type GitRun } from '../git/run.js';

/**
 * Copies of remote repositories for scanning: bare mirrors holding every ref the server
 * advertises (`refs/pull/*` too: a closed pull request's commits are still served). A token goes
 * to git as an `Authorization` header for the clone URL's origin only, through `GIT_CONFIG_*`
 * variables of that one process: never in the URL, so never in `.git/config`, a log or a report.
 */

/** What a git step against a remote answered: done, or why not in one line. */
export type RemoteStep<T = undefined> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Variables that give git the header for the URL's origin (and nothing for `file://`), added
 * after any `GIT_CONFIG_*` the user set.
 */
export function authEnv(url: string, token: string | undefined): NodeJS.ProcessEnv {
  if (!token || !/^https?:\/\//i.test(url)) return {};
  const origin = new URL(url).origin;
  const index = Number.parseInt(process.env.GIT_CONFIG_COUNT ?? '0', 10) || 0;
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: `http.${origin}/.extraHeader`,
    [`GIT_CONFIG_VALUE_${index}`]: `Authorization: Basic ${basic}`,
  };
}

/**
 * The refs the remote advertises, as a digest: two runs that see the same digest see the same
 * history, so a finished repository whose digest has not changed need not be scanned again.
 */
export async function remoteState(url: string, token: string | undefined, cwd: string): Promise<RemoteStep<{ digest: string; refs: number }>> {
  const run = await runGitAsync(['ls-remote', '--', url], { cwd, env: authEnv(url, token) });
  const failed = failure(run, token);
  if (failed) return failed;
  const lines = (run as { stdout: Buffer }).stdout
    .toString('utf8')
    .split('\n')
    .filter((line) => line !== '')
    .sort();
  return { ok: true, value: { digest: createHash('sha256').update(lines.join('\n')).digest('hex'), refs: lines.length } };
}

/**
 * Makes `dir` a bare mirror of `url`: clones it, or when `dir` already holds one (kept from an
 * earlier run), fetches only what is new, dropping refs the remote no longer has.
 */
export async function mirrorRepository(url: string, dir: string, token: string | undefined, existing: boolean): Promise<RemoteStep> {
  const env = authEnv(url, token);
  if (existing) {
    // The URL may have changed (a renamed repository); it is set before fetching.
    const set = await runGitAsync(['remote', 'set-url', 'origin', url], { cwd: dir });
    const setFailed = failure(set, token);
    if (setFailed) return setFailed;
    const fetched = await runGitAsync(['fetch', '--quiet', '--prune', '--no-write-fetch-head', 'origin'], { cwd: dir, env });
    return failure(fetched, token) ?? { ok: true, value: undefined };
  }
  const cloned = await runGitAsync(['clone', '--mirror', '--quiet', '--', url, dir], { cwd: process.cwd(), env });
  return failure(cloned, token) ?? { ok: true, value: undefined };
}

/** Why a git run failed, in one line with the token taken out; undefined when it succeeded. */
function failure(run: GitRun, token: string | undefined): { ok: false; message: string } | undefined {
  if (!run.ran) return { ok: false, message: `cannot run git (${errorReason(run.error)})` };
  if (run.status === 0) return undefined;
  const said = lastLine(run.stderr) || `git exited with code ${run.status}`;
  return { ok: false, message: token ? withoutSecret(said, token) : said };
}

/**
 * `text` with each whole-word occurrence of `secret` replaced by `***`. Only whole words: a
 * secret that is also a piece of ordinary words (a one-letter test token `x`) must not turn
 * "exists" into "e***ists", while a real token (letters, digits and `_`) is always a word of its
 * own in git's messages (a URL, a header, an argument).
 */
function withoutSecret(text: string, secret: string): string {
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`, 'g'), '***');
}
