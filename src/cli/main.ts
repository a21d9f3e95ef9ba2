#!/usr/bin/env node
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { packageVersion } from '../version.js';
import { exitWithError, EXIT_ERROR } from './exit.js';
import { baselineFlags, scanFlags, STDIN_ARGUMENT, type ScanFlags } from './scan-flags.js';

/**
 * The command line. It parses flags, lazily imports the one command that runs, and turns thrown
 * errors into one line on stderr and exit code 2. Commands print and pick exit codes; the
 * library they call never does.
 */
async function main(argv: string[]): Promise<void> {
  const cli = yargs(argv)
    .scriptName('monime-guard')
    .usage('$0 <command> [options]\n\nFind Monime API tokens (mon_… live, mon_test_… test) before they leak.')
    .command(
      'scan [paths..]',
      'Scan files, directories, globs or standard input (-) for Monime tokens',
      (y) => scanFlags(y),
    )
    .command(
      'baseline [paths..]',
      'Record the current findings in a baseline file, so later scans report only new ones',
      (y) => baselineFlags(y),
    )
    .example('$0 scan .', 'Scan the current repository (git-ignored files are skipped)')
    .example('$0 scan src config/*.yaml --format sarif -o monime.sarif', 'Write SARIF for code scanning')
    .example('cat app.log | $0 scan - --stdin-filename app.log', 'Scan standard input')
    .example('$0 baseline && $0 scan --baseline .monime-guard-baseline.json', 'Accept what is there today, fail on new tokens')
    .epilogue('Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage, configuration or runtime error.')
    .demandCommand(1, 'name a command: scan or baseline')
    .strict()
    // Our own messages are English; yargs' would otherwise follow LANG and mix languages in one line.
    .locale('en')
    .version(packageVersion())
    .alias('version', 'V')
    .help()
    .alias('help', 'h')
    // yargs lays out the whole help text after every command it runs, in case it is asked for
    // later; unwrapped, that costs little. Help itself is wrapped to the terminal.
    .wrap(wantsHelp(argv) ? Math.min(100, process.stdout.columns || 100) : null)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  const flags = (await cli.parseAsync()) as unknown as ScanFlags & { _: (string | number)[] };
  if (flags._[0] === 'scan') {
    const { runScan } = await import('./scan-command.js');
    process.exitCode = await runScan(flags);
  } else {
    const { runBaseline } = await import('./baseline-command.js');
    process.exitCode = await runBaseline(flags);
  }
}

/** True when the command line asks for help (before any `--`). */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** A yargs usage failure: unknown flag, missing argument, bad choice. */
class UsageError extends Error {}

/**
 * yargs drops a lone `-` from positional arguments, so it is swapped for a name no file can have
 * (it holds a NUL byte) before parsing and swapped back by the scan flags.
 */
function protectStdinArgument(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => (arg === '-' && (end === -1 || i < end) ? STDIN_ARGUMENT : arg));
}

main(protectStdinArgument(hideBin(process.argv))).catch((error: unknown) => {
  if (error instanceof UsageError) {
    // yargs spreads some messages over lines ("Invalid values:\n  Argument: format, Given: …");
    // they are joined so the one line names the flag.
    exitWithError(`${error.message.replace(/\s*\n\s*/g, ' ').trim()} (see --help)`, EXIT_ERROR);
  }
  exitWithError(error);
});
