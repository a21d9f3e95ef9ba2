import { loadConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import type { Config } from '../config/types.js';
import { scan } from '../scan/scan.js';
import { readPipedStdin } from '../sources/stdin.js';
import type { ScanResult } from '../types.js';
import { createProgress } from './progress.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import type { ScanFlags } from './scan-flags.js';
import { requireVerifyForActive } from './fail-on.js';

/** Runs `monime-guard scan`; returns the exit code. */
export async function runScan(flags: ScanFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  requireVerifyForActive(flags, loaded);
  // With no path, piped standard input is what to scan (`cat f | monime-guard scan`), as ripgrep
  // reads it; an empty one leaves the scan at `.`.
  const stdinHead = flags.paths && flags.paths.length > 0 ? undefined : readPipedStdin();
  const result = await scanWithFlags(flags, root, loaded.config, flags.baseline ?? loaded.baselinePath, stdinHead);
  return reportResult(result, flags, root, loaded.config);
}

/**
 * Runs the library scan with the flags shared by `scan` and `baseline`, showing progress on a
 * terminal and each warning as one line on stderr (unless `--quiet`). With `stdinHead` (the
 * first bytes of piped standard input), standard input is scanned instead of the paths.
 */
export async function scanWithFlags(flags: ScanFlags, root: string, config: Config, baseline: string | undefined, stdinHead?: Buffer): Promise<ScanResult> {
  const progress = flags.quiet ? undefined : createProgress(process.stderr);
  if (flags.threads !== undefined && (!Number.isInteger(flags.threads) || flags.threads < 1)) {
    throw new InputError(`--threads must be a whole number of at least 1 (got ${flags.threads})`);
  }
  let result: ScanResult;
  try {
    result = await scan({
      ...baseOptions(flags, root, config, baseline),
      ...(flags.reportUnusedDirectives !== undefined ? { reportUnusedDirectives: flags.reportUnusedDirectives } : {}),
      paths: stdinHead ? ['-'] : (flags.paths ?? []),
      ...(stdinHead ? { stdinHead } : {}),
      ...(flags.stdinFilename !== undefined ? { stdinFilename: flags.stdinFilename } : {}),
      ...(flags.gitIgnore !== undefined ? { gitIgnore: flags.gitIgnore } : {}),
      ...(flags.threads !== undefined ? { threads: flags.threads } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.done();
  }
  printWarnings(result, flags);
  return result;
}
