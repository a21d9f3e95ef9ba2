import { exitWithError, EXIT_ERROR } from './exit.js';
import type { InstallHooksFlags } from './install-hooks-command.js';
import type { MergeFlags } from './merge-flags.js';
import type { GitHubFlags, IacFlags, PathsFlags, HistoryFlags, PrePushFlags, StagedFlags } from './command-flags.js';
import type { ScanFlags } from './scan-flags.js';

/**
 * Every command, and how to load and run it: one table, so a command the parser accepts but this
 * does not know is an error, never another command. Each entry imports only its own module.
 */
const COMMANDS: Record<string, (flags: unknown) => Promise<number>> = {
  scan: async (flags) => (await import('./scan-command.js')).runScan(flags as ScanFlags),
  baseline: async (flags) => (await import('./baseline-command.js')).runBaseline(flags as ScanFlags),
  history: async (flags) => (await import('./history-command.js')).runHistory(flags as HistoryFlags),
  staged: async (flags) => (await import('./staged-command.js')).runStaged(flags as StagedFlags),
  'pre-push': async (flags) => (await import('./pre-push-command.js')).runPrePush(flags as PrePushFlags),
  bundle: async (flags) => (await import('./bundle-command.js')).runBundle(flags as PathsFlags),
  iac: async (flags) => (await import('./iac-command.js')).runIac(flags as IacFlags),
  github: async (flags) => (await import('./github-command.js')).runGitHub(flags as GitHubFlags),
  merge: async (flags) => (await import('./merge-command.js')).runMerge(flags as MergeFlags),
  'install-hooks': async (flags) => (await import('./install-hooks-command.js')).runInstallHooks(flags as InstallHooksFlags),
};

/** The command names, in the order help lists them. */
export const COMMAND_NAMES = Object.keys(COMMANDS);

/** Imports the command that runs (only it) and runs it; returns its exit code. */
export async function runCommand(command: string, flags: unknown): Promise<number> {
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  return run(flags);
}

/** A yargs usage failure: unknown flag, missing argument, bad choice. */
export class UsageError extends Error {}

/** Ends the process for an error that stopped a command: one line on stderr, exit code 2. */
export function failed(error: unknown): never {
  if (error instanceof UsageError) {
    // yargs spreads some messages over lines ("Invalid values:\n  Argument: format, Given: …");
    // they are joined so the one line names the flag.
    exitWithError(`${error.message.replace(/\s*\n\s*/g, ' ').trim()} (see --help)`, EXIT_ERROR);
  }
  exitWithError(error);
}
