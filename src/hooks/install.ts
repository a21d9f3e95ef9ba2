import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, SourceError } from '../errors.js';
import { openRepository } from '../sources/git/repo.js';
import { git, gitText } from '../sources/git/run.js';

/** The git hooks monime-guard can install, and the command each runs. */
export const HOOKS = {
  'pre-commit': 'staged',
  'pre-push': 'pre-push',
} as const;

/** A hook name monime-guard installs. */
export type HookName = keyof typeof HOOKS;

/** Options for {@link installHooks}. */
export interface InstallOptions {
  /** A directory inside the repository (default: cwd). */
  cwd?: string;
  /** Which hooks to write (default: pre-commit). */
  hooks?: readonly HookName[];
  /** Replace a hook monime-guard did not write. */
  force?: boolean;
  /** Keep a hook monime-guard did not write and run it first. */
  chain?: boolean;
  /**
   * Command words that start monime-guard when neither the repository's `node_modules` nor PATH
   * has it (the CLI passes its own node and script).
   */
  fallback?: readonly string[];
}

/** What happened to one hook. */
export interface InstalledHook {
  hook: HookName;
  /** Absolute path of the hook file. */
  path: string;
  /** `created`, `updated` (ours, rewritten), `replaced` (--force), or `chained` (the old one runs first). */
  action: 'created' | 'updated' | 'replaced' | 'chained';
  /** Where a chained hook was moved to. */
  chainedTo?: string;
}

/** The first line after the shebang of every hook monime-guard writes: how it knows its own. */
const MARKER = '# monime-guard hook: written by `monime-guard install-hooks`; rerun it to update this file.';

/**
 * Writes git hooks that run monime-guard: `pre-commit` scans the staged changes, `pre-push` the
 * commits a push would send. Hooks go where git looks for them (`core.hooksPath`, as husky sets
 * it, or the repository's hooks directory). A hook monime-guard did not write is never
 * overwritten unless `force`; with `chain` it is kept and run first.
 */
export function installHooks(options: InstallOptions = {}): InstalledHook[] {
  if (options.force && options.chain) throw new InputError('--force and --chain contradict each other: pick one');
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const repo = openRepository(cwd);
  if (repo.bare) throw new SourceError(`${cwd}: a bare repository runs no commit hooks`);
  const dir = hooksDirectory(repo.cwd, repo.workTree!);
  fs.mkdirSync(dir, { recursive: true });
  const installed: InstalledHook[] = [];
  for (const hook of options.hooks ?? ['pre-commit']) {
    installed.push(writeHook(dir, hook, options));
  }
  return installed;
}

/** Where git runs hooks from: `core.hooksPath` (relative to the work tree) or `<git dir>/hooks`. */
export function hooksDirectory(cwd: string, workTree: string): string {
  const configured = git(['config', '--get', 'core.hooksPath'], { cwd, okCodes: [1] }).stdout.toString('utf8').trim();
  if (configured !== '') return path.resolve(workTree, configured.replace(/^~(?=\/)/, process.env.HOME ?? '~'));
  return path.resolve(cwd, gitText(['rev-parse', '--git-path', 'hooks'], { cwd }));
}

function writeHook(dir: string, hook: HookName, options: InstallOptions): InstalledHook {
  const file = path.join(dir, hook);
  const existing = readIfExists(file);
  const ours = existing?.includes(MARKER) ?? false;
  let action: InstalledHook['action'] = existing === undefined ? 'created' : ours ? 'updated' : 'replaced';
  let chainedTo: string | undefined;
  if (existing !== undefined && !ours) {
    if (options.chain) {
      chainedTo = `${file}.before-monime-guard`;
      if (fs.existsSync(chainedTo)) throw new SourceError(`${chainedTo} already exists: move it away, or install with --force`);
      fs.renameSync(file, chainedTo);
      action = 'chained';
    } else if (!options.force) {
      throw new SourceError(`${file} exists and was not written by monime-guard: pass --chain to run it first, or --force to replace it`);
    }
  }
  // An updated hook keeps chaining what it chained before.
  const previous = ours ? /^chained=(.*)$/m.exec(existing!)?.[1] : undefined;
  const chained = chainedTo ?? (previous ? unquote(previous) : undefined);
  fs.writeFileSync(file, hookScript(hook, chained, options.fallback), { mode: 0o755 });
  fs.chmodSync(file, 0o755);
  return { hook, path: file, action, ...(chainedTo ? { chainedTo } : {}) };
}

function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SourceError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

/** Quotes a value for a POSIX shell. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function unquote(value: string): string {
  return value.startsWith("'") ? value.slice(1, -1).replace(/'\\''/g, "'") : value;
}

/**
 * The hook script. It prefers the repository's own install (`node_modules/.bin`), then one on
 * PATH, then the command that installed it, and says how to fix things when none is there.
 * A pre-push hook reads git's lines once and hands them to the chained hook and to monime-guard.
 */
function hookScript(hook: HookName, chained: string | undefined, fallback: readonly string[] | undefined): string {
  const quoted = fallback?.map(shellQuote) ?? [];
  const lines = [
    '#!/bin/sh',
    MARKER,
    `chained=${chained ? shellQuote(chained) : ''}`,
    'run() {',
    '  top=$(git rev-parse --show-toplevel)',
    '  if [ -x "$top/node_modules/.bin/monime-guard" ]; then "$top/node_modules/.bin/monime-guard" "$@"',
    '  elif command -v monime-guard >/dev/null 2>&1; then monime-guard "$@"',
    ...(quoted.length > 0 ? [`  elif [ -e ${quoted.at(-1)!} ]; then ${quoted.join(' ')} "$@"`] : []),
    `  else echo "monime-guard ${hook} hook: monime-guard is not installed (npm install --save-dev monime-guard); git ${hook === 'pre-push' ? 'push' : 'commit'} --no-verify skips the check once" >&2; return 1`,
    '  fi',
    '}',
  ];
  if (hook === 'pre-push') {
    lines.push(
      'input=$(cat)',
      'if [ -n "$chained" ]; then printf \'%s\\n\' "$input" | "$chained" "$@" || exit $?; fi',
      'printf \'%s\\n\' "$input" | run pre-push --quiet "$@"',
    );
  } else {
    lines.push('if [ -n "$chained" ]; then "$chained" "$@" || exit $?; fi', `run ${HOOKS[hook]} --quiet "$@"`);
  }
  return `${lines.join('\n')}\n`;
}
