import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '../config/types.js';
import { InputError } from '../errors.js';
import { writeFileWhole } from '../output/write-file.js';
import { escapeControlChars } from '../reporters/control-chars.js';
import { formatReport } from '../reporters/index.js';
import { exceedsThreshold } from '../scan/threshold.js';
import type { BaseScanOptions } from '../scan/setup.js';
import type { VerifySettings } from '../scan/verify-findings.js';
import type { ScanResult } from '../types.js';
import { packageVersion } from '../version.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from './exit.js';
import { MAX_VERIFY_CACHE_TTL_SECONDS, MAX_VERIFY_CONCURRENCY, MAX_VERIFY_TIMEOUT_SECONDS, type ReportFlags } from './scan-flags.js';

/** The library options every scanning command derives from its flags and the loaded config. */
export function baseOptions(flags: ReportFlags, root: string, config: Config, baselinePath: string | undefined): BaseScanOptions {
  const baseline = flags.baseline ?? baselinePath;
  return {
    root,
    config,
    ...(baseline ? { baseline: path.resolve(root, baseline) } : {}),
    ...(flags.scanBinary !== undefined ? { scanBinary: flags.scanBinary } : {}),
    ...(flags.maxArchiveDepth !== undefined ? { maxArchiveDepth: archiveDepth(flags.maxArchiveDepth) } : {}),
    ...(flags.verify ? { verify: verifySettings(flags) } : {}),
    placeholders: flags.showPlaceholders,
  };
}

/**
 * Writes the report for a finished scan as the flags ask, and returns the exit code the
 * findings call for. Shared by every command that reports findings.
 */
export function reportResult(result: ScanResult, flags: ReportFlags, root: string, config: Config, advice?: readonly string[]): number {
  const failOn = flags.failOn ?? config.failOn ?? 'any';
  const toTerminal = flags.output === undefined && process.stdout.isTTY === true;
  const color = flags.color ?? (toTerminal && !process.env.NO_COLOR);
  const clean = result.findings.length === 0;
  if (!(flags.quiet && clean && flags.format === 'text')) {
    const report = formatReport(result, flags.format, {
      toolVersion: packageVersion(),
      color,
      rootUri: pathToFileURL(root + path.sep).href,
      showPlaceholders: flags.showPlaceholders,
      ...(flags.includeSuppressed ? { includeSuppressed: true } : {}),
      failOn,
      ...(advice ? { advice } : {}),
      // A text report on standard output reaches the reader who saw printWarnings' lines on stderr.
      ...(flags.format === 'text' && flags.output === undefined ? { warningsShown: flags.quiet ? ('errors' as const) : ('all' as const) } : {}),
      now: new Date().toISOString(),
    });
    writeReport(report, flags.output);
  }
  return verdict(result, flags, config);
}

/** The exit code the findings call for: 1 when one is at or above `--fail-on` (or the config's `failOn`), else 0. */
export function verdict(result: ScanResult, flags: ReportFlags, config: Config): number {
  const failOn = flags.failOn ?? config.failOn ?? 'any';
  return result.findings.some((finding) => exceedsThreshold(finding, failOn)) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/** `--verify`'s settings from their flags, each checked. */
function verifySettings(flags: ReportFlags): VerifySettings {
  // Both flags are seconds (the library takes milliseconds); a value out of range is an error, not
  // a wait of hours or a cache that outlives a revocation by months.
  const seconds = (value: number | undefined, flag: string, most: number): number | undefined => {
    if (value === undefined) return undefined;
    if (!Number.isFinite(value) || value <= 0 || value > most)
      throw new InputError(`${flag} ${value}: expected a number of seconds above 0 and at most ${most}`);
    return Math.round(value * 1000);
  };
  const concurrency = flags.verifyConcurrency;
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > MAX_VERIFY_CONCURRENCY)) {
    throw new InputError(`--verify-concurrency ${concurrency}: expected a whole number from 1 to ${MAX_VERIFY_CONCURRENCY}`);
  }
  const timeoutMs = seconds(flags.verifyTimeout, '--verify-timeout', MAX_VERIFY_TIMEOUT_SECONDS);
  const cacheTtlMs = seconds(flags.verifyCacheTtl, '--verify-cache-ttl', MAX_VERIFY_CACHE_TTL_SECONDS);
  return {
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(cacheTtlMs !== undefined ? { cacheTtlMs } : {}),
    ...(flags.verifyCache === false ? { cache: false } : {}),
  };
}

/** `--max-archive-depth`: a whole number from 0. */
function archiveDepth(value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new InputError(`--max-archive-depth ${value}: expected a whole number from 0`);
  return value;
}

/**
 * Prints each warning as one line on stderr, unless `--quiet` (errors always). A text report on
 * standard output then leaves them out (see `warningsShown` in reportResult), so each is said once.
 */
export function printWarnings(result: ScanResult, flags: { quiet: boolean }): void {
  for (const warning of result.warnings) {
    // An input that could not be checked is an error, said even under --quiet.
    // Messages name paths from the scanned input (archive entries included): control characters
    // are shown escaped, never sent to the terminal.
    if (warning.level === 'error') process.stderr.write(`monime-guard: error: ${escapeControlChars(warning.message)}\n`);
    else if (!flags.quiet) process.stderr.write(`monime-guard: warning: ${escapeControlChars(warning.message)}\n`);
  }
}

/**
 * Writes a report to a file (whole or not at all, masked) or standard output (through the output
 * gate), ending it with exactly one newline.
 */
export function writeReport(report: string, output: string | undefined): void {
  const text = report.endsWith('\n') || report === '' ? report : `${report}\n`;
  if (output === undefined) {
    process.stdout.write(text);
    return;
  }
  writeFileWhole(output, text, { name: `--output ${output}` });
}
