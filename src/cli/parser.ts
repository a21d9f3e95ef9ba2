import yargs, { type Argv, type MiddlewareFunction } from 'yargs';
import { packageVersion } from '../version.js';
import { bundleFlags, githubFlags, historyFlags, iacFlags, prePushFlags, stagedFlags } from './command-flags.js';
import { mergeFlags } from './merge-flags.js';
import { COMMAND_NAMES, UsageError } from './run-command.js';
import { baselineFlags, scanFlags, STDIN_ARGUMENT, verifyFlags } from './scan-flags.js';
import { explainUsage, missingValue, type DeclaredOptions } from './usage-message.js';

/**
 * The command line's flags, declared with yargs: every command, flag, default and check. Parsing
 * only: the command that runs is chosen from the result (see run-command.ts), and a usage failure
 * throws a {@link UsageError}.
 */
export function commandLine(argv: string[]): Argv {
  return (
    yargs(argv)
      .scriptName('monime-guard')
      .usage('$0 <command> [options]\n\nFind Monime API tokens (mon_… live, mon_test_… test) before they leak.')
      .command('scan [paths..]', 'Scan files, directories, globs or standard input (-) for Monime tokens', (y) => verifyFlags(scanFlags(y)))
      .command('baseline [paths..]', 'Record the current findings in a baseline file, so later scans report only new ones', (y) => baselineFlags(y))
      .command('history', 'Scan git history: every blob and commit message reachable from any ref, each blob once', (y) => verifyFlags(historyFlags(y)))
      .command('staged [paths..]', 'Scan the staged changes (the index), as a pre-commit hook does', (y) => verifyFlags(stagedFlags(y)))
      .command('pre-push [remote] [url]', "Scan the commits a push would send (reads git's pre-push lines on standard input)", (y) =>
        verifyFlags(prePushFlags(y)),
      )
      .command('bundle [paths..]', 'Scan build output (bundles, source maps, HTML) for tokens shipped to clients, mapped back to source', (y) =>
        verifyFlags(bundleFlags(y)),
      )
      .command('iac [paths..]', 'Check token configurations as code (token manifests, Terraform, plan JSON) against the iac/ policies', (y) => iacFlags(y))
      .command('github', 'Scan every repository of a GitHub organisation or user: all history, every ref (pull requests too), commit messages', (y) =>
        verifyFlags(githubFlags(y)),
      )
      .command('merge <reports..>', 'Combine JSON reports (from shards, or from any commands) into one report in any format, without duplicates', (y) =>
        mergeFlags(y),
      )
      .command('install-hooks', 'Install git hooks: pre-commit runs `staged`, pre-push runs `pre-push` (both unless one is named)', (y) =>
        y
          .option('pre-commit', { type: 'boolean', describe: 'Install the pre-commit hook' })
          .option('pre-push', { type: 'boolean', describe: 'Install the pre-push hook' })
          .option('force', { type: 'boolean', default: false, describe: 'Replace hooks monime-guard did not write' })
          .option('chain', { type: 'boolean', default: false, describe: 'Keep hooks monime-guard did not write and run them first' })
          .option('uninstall', { type: 'boolean', default: false, describe: "Take monime-guard's hooks (or its lines in husky's files) out again" }),
      )
      .example('$0 scan .', 'Scan the current repository (git-ignored files are skipped)')
      .example('$0 scan src config/*.yaml --format sarif -o monime.sarif', 'Write SARIF for code scanning')
      .example('cat app.log | $0 scan - --stdin-filename app.log', 'Scan standard input')
      .example('$0 baseline && $0 scan --baseline .monime-guard-baseline.json', 'Accept what is there today, fail on new tokens')
      .example('$0 history --range origin/main..HEAD', 'Scan what a branch adds to main, commit messages included')
      .example('GITHUB_TOKEN=… $0 github --org acme --format sarif -o acme.sarif', 'Scan every repository of an organisation')
      .epilogue('Exit codes: 0 no findings at or above --fail-on, 1 findings, 2 usage, configuration or runtime error.')
      .demandCommand(1, 'name a command: scan, baseline, history, staged, pre-push, bundle, iac, github, merge or install-hooks')
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
      // Runs once the command's own flags are declared, so it knows which of them repeat.
      .middleware(((flags: Record<string, unknown>, parser: { getOptions(): DeclaredOptions }) => {
        const declared = parser.getOptions();
        const missing = missingValue(argv, declared);
        if (missing) throw new UsageError(missing);
        onlyOnce(flags, new Set(declared.array));
      }) as unknown as MiddlewareFunction)
      // The third argument is yargs' usage object, whose descriptions name every flag of the
      // command that was parsed: an unknown one is matched against them.
      .fail((message, error, usage) => {
        if (error) throw error;
        const flags = Object.keys((usage as unknown as { getDescriptions(): Record<string, string> }).getDescriptions());
        throw new UsageError(explainUsage(message, argv, { commands: COMMAND_NAMES, flags }));
      })
  );
}

/**
 * yargs turns a flag given twice into a list of values; only flags declared repeatable take
 * one, so for any other it is a usage error naming the flag, not a list a command cannot read.
 */
function onlyOnce(flags: Record<string, unknown>, repeatable: ReadonlySet<string>): void {
  // yargs keeps each flag under every name it has (`api-url`, `apiUrl`, an alias such as `f`).
  const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const repeated = Object.keys(flags).filter(
    (key) => key !== '_' && key !== '$0' && Array.isArray(flags[key]) && !repeatable.has(kebab(key)) && !repeatable.has(key),
  );
  if (repeated.length === 0) return;
  const name = repeated.find((key) => key.includes('-')) ?? [...repeated].sort((a, b) => b.length - a.length)[0]!;
  throw new UsageError(`${name.length === 1 ? '-' : '--'}${name} was given more than once; it takes one value`);
}

/** True when the command line asks for help (before any `--`). */
function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/**
 * yargs drops a lone `-` from positional arguments, so it is swapped for a name no file can have
 * (it holds a NUL byte) before parsing and swapped back by the scan flags.
 */
export function protectStdinArgument(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => (arg === '-' && (end === -1 || i < end) ? STDIN_ARGUMENT : arg));
}
