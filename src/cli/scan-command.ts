import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import { formatReport } from '../reporters/index.js';
import { scan, type ScanOptions } from '../scan/scan.js';
import { exceedsThreshold } from '../scan/threshold.js';
import type { ScanResult } from '../types.js';
import { packageVersion } from '../version.js';
import { EXIT_CLEAN, EXIT_FINDINGS } from './exit.js';
import { createProgress } from './progress.js';
import type { ScanFlags } from './scan-flags.js';

/** Runs `monime-guard scan`; returns the exit code. */
export async function runScan(flags: ScanFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  const result = await scanWithFlags(flags, root, loaded.config, flags.baseline ?? loaded.baselinePath);
  const failOn = flags.failOn ?? loaded.config.failOn ?? 'any';

  const toTerminal = flags.output === undefined && process.stdout.isTTY === true;
  const color = flags.color ?? (toTerminal && !process.env.NO_COLOR);
  const clean = result.findings.length === 0;
  if (!(flags.quiet && clean && flags.format === 'text')) {
    const report = formatReport(result, flags.format, {
      toolVersion: packageVersion(),
      color,
      rootUri: pathToFileURL(root + path.sep).href,
      showPlaceholders: flags.showPlaceholders,
      failOn,
    });
    writeReport(report, flags.output);
  }
  return result.findings.some((finding) => exceedsThreshold(finding, failOn)) ? EXIT_FINDINGS : EXIT_CLEAN;
}

/**
 * Runs the library scan with the flags shared by `scan` and `baseline`, showing progress on a
 * terminal and each warning as one line on stderr (unless `--quiet`).
 */
export async function scanWithFlags(
  flags: ScanFlags,
  root: string,
  config: ScanOptions['config'],
  baseline: string | undefined,
): Promise<ScanResult> {
  const progress = flags.quiet ? undefined : createProgress(process.stderr);
  if (flags.threads !== undefined && (!Number.isInteger(flags.threads) || flags.threads < 1)) {
    throw new InputError(`--threads must be a whole number of at least 1 (got ${flags.threads})`);
  }
  let result: ScanResult;
  try {
    result = await scan({
      root,
      paths: flags.paths ?? [],
      ...(config ? { config } : {}),
      ...(baseline ? { baseline: path.resolve(root, baseline) } : {}),
      ...(flags.stdinFilename !== undefined ? { stdinFilename: flags.stdinFilename } : {}),
      ...(flags.gitIgnore !== undefined ? { gitIgnore: flags.gitIgnore } : {}),
      ...(flags.scanBinary !== undefined ? { scanBinary: flags.scanBinary } : {}),
      ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
      placeholders: flags.showPlaceholders,
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.done();
  }
  if (!flags.quiet) for (const warning of result.warnings) process.stderr.write(`monime-guard: warning: ${warning.message}\n`);
  return result;
}

/** Writes a report to a file or standard output, ending it with exactly one newline. */
export function writeReport(report: string, output: string | undefined): void {
  const text = report.endsWith('\n') || report === '' ? report : `${report}\n`;
  if (output === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    fs.writeFileSync(output, text);
  } catch (error) {
    throw new InputError(`--output ${output}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
