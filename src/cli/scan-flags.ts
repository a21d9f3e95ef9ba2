import type { Argv } from 'yargs';
import { reportFormats, type ReportFormat } from '../reporters/formats.js';
import type { FailOn } from '../types.js';

/** Flags of every command that writes a report: `scan`, `history`, `staged`, `pre-push`. */
export interface ReportFlags {
  config?: string;
  format: ReportFormat;
  output?: string;
  quiet: boolean;
  color?: boolean;
  failOn?: FailOn;
  baseline?: string;
  showPlaceholders: boolean;
  includeSuppressed?: boolean;
  scanBinary?: boolean;
  maxArchiveDepth?: number;
  verify?: boolean;
  verifyConcurrency?: number;
  verifyTimeout?: number;
  verifyCacheTtl?: number;
  verifyCache?: boolean;
}

/** Flags shared by `scan` and `baseline`. */
export interface ScanFlags extends ReportFlags {
  reportUnusedDirectives?: boolean;
  paths?: string[];
  gitIgnore?: boolean;
  stdinFilename?: string;
  threads?: number;
}

/** Stands in for `-` while yargs parses (see main.ts); no path can contain a NUL byte. */
export const STDIN_ARGUMENT = '\0-';

/** Declares the flags that choose what is scanned, shared by `scan` and `baseline`. */
function inputFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .positional('paths', {
      type: 'string',
      array: true,
      coerce: (paths: string[]) => paths.map((p) => (p === STDIN_ARGUMENT ? '-' : p)),
      describe: 'Files, directories or globs; - reads standard input (default: ., or standard input when it is piped)',
    })
    .option('git-ignore', { type: 'boolean', describe: 'Inside a git work tree, skip files git ignores (default); --no-git-ignore scans everything' })
    .option('stdin-filename', { type: 'string', describe: 'Name to report standard input under' })
    .option('threads', { type: 'number', describe: 'Scanning threads (default: number of CPUs)' });
}

/** What a command reads: file content scanned for tokens (the default), or token configurations only (`iac`). */
export interface FlagScope {
  /** False for a command that scans no content for tokens: no `--scan-binary`, no `--show-placeholders`. */
  tokens?: boolean;
}

/** Declares the flags every scanning command shares. */
function commonFlags<T>(y: Argv<T>, { tokens = true }: FlagScope = {}): Argv<T> {
  const common = y
    .option('config', { alias: 'c', type: 'string', describe: 'Config file (default: monime-guard.config.json or .yaml in the current directory)' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No progress, no warnings on stderr, no report when clean' });
  return tokens
    ? common
        .option('scan-binary', {
          type: 'boolean',
          describe: 'Scan files with a NUL byte in their first 8 KiB instead of skipping them (archives are always opened)',
        })
        .option('max-archive-depth', {
          type: 'number',
          describe: 'Open archives nested this deep inside others (a jar in a war in a zip is 2; default 8); 0 opens no archive inside another',
        })
    : common;
}

/** Declares the flags of every command that writes a report (the common ones included). */
export function reportFlags<T>(y: Argv<T>, scope: FlagScope = {}): Argv<T> {
  const flags = commonFlags(y, scope)
    .option('format', { alias: 'f', choices: reportFormats, default: 'text' as ReportFormat, describe: 'Report format' })
    .option('output', { alias: 'o', type: 'string', describe: 'Write the report to this file instead of standard output' })
    .option('color', { type: 'boolean', describe: 'Colour the text report (default: on a terminal unless NO_COLOR is set); --no-color turns it off' })
    .option('fail-on', {
      choices: ['live', 'test', 'any', 'none', 'active'] as FailOn[],
      describe: 'Which findings make the exit code 1 (default: any; active: tokens --verify found working)',
    })
    .option('baseline', { type: 'string', describe: 'Report only findings not in this baseline file' })
    .option('include-suppressed', {
      type: 'boolean',
      describe: 'In the JSON report, also list the findings allow entries, inline directives and the baseline took out, with why (SARIF always lists them)',
    });
  return scope.tokens === false
    ? flags
    : flags.option('show-placeholders', { type: 'boolean', default: false, describe: 'Also list token-shaped placeholders that were not reported, and why' });
}

/** Declares the flags of `scan`. */
export function scanFlags<T>(y: Argv<T>): Argv<ScanFlags> {
  return reportFlags(inputFlags(y)).option('report-unused-directives', {
    type: 'boolean',
    describe: 'Warn about each monime-guard-ignore comment that suppresses nothing (default: config reportUnusedDirectives)',
  }) as unknown as Argv<ScanFlags>;
}

/** Declares the flags of `baseline`: what to scan, and where to write the baseline. */
export function baselineFlags<T>(y: Argv<T>): Argv<ScanFlags> {
  return commonFlags(inputFlags(y)).option('output', {
    alias: 'o',
    type: 'string',
    describe: "Baseline file to write (default: the config's `baseline`, else .monime-guard-baseline.json)",
  }) as unknown as Argv<ScanFlags>;
}

/** The most verification requests at once. */
export const MAX_VERIFY_CONCURRENCY = 4;

/** The longest `--verify-timeout`, in seconds: five minutes, far beyond any answer worth waiting for. */
export const MAX_VERIFY_TIMEOUT_SECONDS = 300;

/** The longest `--verify-cache-ttl`, in seconds: 30 days, so a revoked token is not called active for longer. */
export const MAX_VERIFY_CACHE_TTL_SECONDS = 30 * 24 * 60 * 60;

/** Declares `--verify` and its settings, for the commands that can verify the tokens they find. */
export function verifyFlags<T>(y: Argv<T>): Argv<T> {
  return y
    .option('verify', {
      type: 'boolean',
      describe: "Ask Monime's API whether each token found still works (sends each distinct token to https://api.monime.io; see docs/verify.md)",
    })
    .option('verify-concurrency', { type: 'number', describe: `Verification requests at once (default and most: ${MAX_VERIFY_CONCURRENCY})` })
    .option('verify-timeout', {
      type: 'number',
      describe: `Seconds before a verification request gives up (default 10, at most ${MAX_VERIFY_TIMEOUT_SECONDS})`,
    })
    .option('verify-cache-ttl', {
      type: 'number',
      describe: `Seconds a verification answer is reused from the cache (default 3600, at most ${MAX_VERIFY_CACHE_TTL_SECONDS}: 30 days)`,
    })
    .option('verify-cache', { type: 'boolean', describe: 'Keep verification answers in the user cache directory (default); --no-verify-cache turns it off' });
}
