import type { PrePushFlags, StagedFlags } from './command-flags.js';

/**
 * The command lines git hooks run, recognised without the flag parser. Every commit pays for
 * what a hook loads, and yargs is half of the command line's code and a fifth of its start-up,
 * so the exact forms that monime-guard's own hooks use (`install-hooks`, the husky lines, the
 * pre-commit framework's manifest) are read here: `staged` and `pre-push` with `--quiet`/`-q`,
 * `pre-push --pre-commit-framework`, and plain positional arguments (the framework's file names,
 * git's remote and URL). Anything else, a flag this does not know included, goes to yargs, which
 * also owns every message about bad usage. A test holds the flags given here equal to yargs'.
 */

/** A hook's command and its flags, as the command line would have parsed them. */
export type HookCommand = { command: 'staged'; flags: StagedFlags } | { command: 'pre-push'; flags: PrePushFlags };

/** The hook command `args` spells, or undefined when yargs must parse it. */
export function parseHookArgs(args: readonly string[]): HookCommand | undefined {
  const [command, ...rest] = args;
  if (command !== 'staged' && command !== 'pre-push') return undefined;
  let quiet = false;
  let framework = false;
  const positional: string[] = [];
  for (const arg of rest) {
    if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg === '--pre-commit-framework' && command === 'pre-push') framework = true;
    // Any other flag (or `-`, or `--`) is the flag parser's to read.
    else if (arg.startsWith('-') || arg === '') return undefined;
    else positional.push(arg);
  }
  const report = { quiet, format: 'text' as const, showPlaceholders: false };
  if (command === 'staged') return { command, flags: { ...report, ...(positional.length > 0 ? { paths: positional } : {}) } };
  if (positional.length > 2) return undefined;
  const [remote, url] = positional;
  return {
    command,
    flags: { ...report, messages: true, preCommitFramework: framework, ...(remote !== undefined ? { remote } : {}), ...(url !== undefined ? { url } : {}) },
  };
}
