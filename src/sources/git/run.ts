import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import { errorCode, SourceError } from '../../errors.js';

/**
 * Running git. Every call goes through here so that a missing `git`, a directory that is not a
 * repository and git's own failures all become one-line {@link SourceError}s with git's reason.
 */

/** Options for {@link git}. */
export interface GitOptions {
  /** Directory git runs in. */
  cwd: string;
  /** Bytes written to git's standard input. */
  input?: string | Buffer;
  /** Exit codes that are not failures (git's answer is in the code, as with `cat-file -e`). */
  okCodes?: readonly number[];
}

/** What a git call returned. */
export interface GitOutput {
  stdout: Buffer;
  status: number;
}

// Output that is parsed must not depend on the user's git configuration or language.
// Built per call: the library must see PATH as it is when it runs.
const gitEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  ...extra,
  LC_ALL: 'C',
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
});
// Safe defaults for every call: no pager, no colour, raw (unquoted) paths in output.
const GIT_PREFIX = ['-c', 'core.quotePath=false', '-c', 'color.ui=false', '--no-pager'];

/** What {@link runGit} returned: git ran (whatever its exit code), or it could not start. */
export type GitRun = { ran: true; status: number; stdout: Buffer; stderr: Buffer } | { ran: false; error: Error };

/**
 * Runs git to completion and returns what happened, a failing exit code included, for callers
 * that decide by the code (`check-ignore`, a directory that may not be a work tree). With
 * `stdout` set to a file descriptor, git writes its output there instead (a blob too large for
 * memory). Everything else should call {@link git}.
 */
export function runGit(args: readonly string[], options: GitOptions & { stdout?: number }): GitRun {
  const result = spawnSync('git', [...GIT_PREFIX, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    input: options.input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
  });
  if (result.error) return { ran: false, error: result.error };
  return { ran: true, status: result.status ?? 128, stdout: result.stdout ?? Buffer.alloc(0), stderr: result.stderr };
}

/** Runs git to completion and returns its output; throws a {@link SourceError} when it fails. */
export function git(args: readonly string[], options: GitOptions): GitOutput {
  const result = runGit(args, options);
  if (!result.ran) throw spawnError(result.error, options.cwd);
  if (result.status !== 0 && !(options.okCodes ?? []).includes(result.status)) {
    throw new SourceError(`git ${args[0] ?? ''} failed: ${lastLine(result.stderr) || `exit code ${result.status}`}`);
  }
  return { stdout: result.stdout, status: result.status };
}

/** Runs git and returns its standard output as text, without the final newline. */
export function gitText(args: readonly string[], options: GitOptions): string {
  return git(args, options).stdout.toString('utf8').replace(/\n$/, '');
}

/** Starts a long-running git process with piped standard streams (`cat-file --batch`, `rev-list`). */
export function spawnGit(args: readonly string[], cwd: string): ChildProcessWithoutNullStreams {
  return spawn('git', [...GIT_PREFIX, ...args], { cwd, env: gitEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Runs git without blocking the event loop (a clone, a fetch, `ls-remote`), so several
 * repositories can be worked on at once. `env` adds variables for this call only (configuration
 * given through `GIT_CONFIG_*`, which no file and no command line holds).
 */
export function runGitAsync(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<GitRun> {
  return new Promise((resolve) => {
    const child = spawn('git', [...GIT_PREFIX, ...args], { cwd: options.cwd, env: gitEnv(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) => resolve({ ran: false, error }));
    child.on('close', (code) => resolve({ ran: true, status: code ?? 128, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) }));
  });
}

/** The error for a git process that could not start. */
export function spawnError(error: Error, cwd: string): SourceError {
  const code = errorCode(error);
  if (code === 'ENOENT') {
    // spawn reports a missing working directory as ENOENT too.
    return new SourceError(fs.existsSync(cwd) ? 'git is not installed or not on PATH: install git to scan repositories' : `${cwd}: no such directory`);
  }
  return new SourceError(`cannot run git: ${code ?? error.message}`);
}

/** The last non-empty line of git's standard error, prefixes like `fatal:` removed. */
export function lastLine(stderr: Buffer | string): string {
  const lines = stderr
    .toString()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return (lines.at(-1) ?? '').replace(/^(fatal|error):\s*/, '');
}
