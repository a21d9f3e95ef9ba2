import * as path from 'node:path';
import { loadBaseline } from '../config/baseline.js';
import { loadConfig } from '../config/load.js';
import type { JsonReport } from '../reporters/json.js';
import { mergeReports } from '../scan/merge.js';
import { parseJsonReport, readJsonReport } from '../scan/read-report.js';
import { MERGE_STDIN_LIMIT, readStdin } from '../sources/stdin.js';
import { EXIT_ERROR } from './exit.js';
import { printWarnings, reportResult, verdict } from './report.js';
import type { MergeFlags } from './merge-flags.js';

/**
 * Runs `monime-guard merge`; returns the exit code: 1 for findings at or above `--fail-on`, else
 * 2 when a report says an input could not be checked at all (as the command that wrote it did),
 * else 0.
 */
export async function runMerge(flags: MergeFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  const baselineFile = flags.baseline ?? loaded.baselinePath;
  const baseline = baselineFile ? await loadBaseline(path.resolve(root, baselineFile)) : undefined;
  const reports: JsonReport[] = [];
  for (const file of flags.reports) reports.push(file === '-' ? parseJsonReport(readStdinReport(), 'standard input') : await readJsonReport(file));
  const result = mergeReports(reports, { allow: loaded.config.allow ?? [], ...(baseline ? { baseline } : {}) });
  printWarnings(result, flags);
  // `--quiet` asks merge for its verdict alone (the exit code): no text report, only errors.
  const verdictOnly = flags.quiet && flags.format === 'text' && flags.output === undefined;
  const code = verdictOnly ? verdict(result, flags, loaded.config) : reportResult(result, flags, root, loaded.config);
  return code === 0 && result.warnings.some((warning) => warning.level === 'error') ? EXIT_ERROR : code;
}

/** A report piped in, read up to {@link MERGE_STDIN_LIMIT}. */
function readStdinReport(): string {
  return readStdin(MERGE_STDIN_LIMIT, 'write the report to a file and name it').toString('utf8');
}
