import { exitWithError, EXIT_ERROR } from './exit.js';
import type { InstallHooksFlags } from './install-hooks-command.js';
import type { IacFlags, PathsFlags, HistoryFlags, PrePushFlags, StagedFlags } from './command-flags.js';
import type { ScanFlags } from './scan-flags.js';

/** Imports the command that runs (only it) and runs it; returns its exit code. */
export async function runCommand(command: string, flags: unknown): Promise<number> {
  switch (command) {
    case 'scan':
      return (await import('./scan-command.js')).runScan(flags as ScanFlags);
    case 'baseline':
      return (await import('./baseline-command.js')).runBaseline(flags as ScanFlags);
    case 'history':
      return (await import('./history-command.js')).runHistory(flags as HistoryFlags);
    case 'bundle':
      return (await import('./bundle-command.js')).runBundle(flags as PathsFlags);
    case 'iac':
      return (await import('./iac-command.js')).runIac(flags as IacFlags);
    case 'install-hooks':
      return (await import('./install-hooks-command.js')).runInstallHooks(flags as InstallHooksFlags);
    case 'staged':
      return (await import('./staged-command.js')).runStaged(flags as StagedFlags);
    default:
      return (await import('./pre-push-command.js')).runPrePush(flags as PrePushFlags);
  }
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
