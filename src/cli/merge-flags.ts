import type { Argv } from 'yargs';
import { reportFlags, STDIN_ARGUMENT, type ReportFlags } from './scan-flags.js';

/** Flags of `monime-guard merge`. */
export interface MergeFlags extends ReportFlags {
  reports: string[];
}

/**
 * Declares the flags of `merge`: the report flags of every command (`--config` for `failOn`,
 * `allow` and `baseline`), and `--show-placeholders` for the placeholders the reports list.
 */
export function mergeFlags<T>(y: Argv<T>): Argv<MergeFlags> {
  return reportFlags(y, { tokens: false })
    .positional('reports', {
      type: 'string',
      array: true,
      coerce: (reports: string[]) => reports.map((report) => (report === STDIN_ARGUMENT ? '-' : report)),
      describe: 'JSON reports (written with --format json); - reads one from standard input',
    })
    .option('show-placeholders', {
      type: 'boolean',
      default: false,
      describe: 'Also list the placeholders the reports list (written with --show-placeholders)',
    })
    .example('$0 merge shards/*.json --format sarif -o monime-guard.sarif', 'One SARIF log from the reports of every shard') as unknown as Argv<MergeFlags>;
}
