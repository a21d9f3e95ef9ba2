import * as path from 'node:path';
import { toBaseline } from '../config/baseline.js';
import { loadConfig } from '../config/load.js';
import { EXIT_CLEAN } from './exit.js';
import { writeReport } from './report.js';
import { scanWithFlags } from './scan-command.js';
import type { ScanFlags } from './scan-flags.js';

/** Where `baseline` writes when neither `--output` nor the config names a file. */
const DEFAULT_BASELINE = '.monime-guard-baseline.json';

/**
 * Runs `monime-guard baseline`: scans without any baseline and writes every current finding's
 * fingerprint to the baseline file. Allowlisted and inline-ignored findings stay out of it.
 */
export async function runBaseline(flags: ScanFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  // A baseline is written from everything found, so none is applied, even one the config names
  // (which need not exist yet: this is what creates it).
  const { baseline: configured, ...config } = loaded.config;
  const result = await scanWithFlags({ ...flags, baseline: undefined }, root, config, undefined);
  const output = flags.output ?? (configured !== undefined ? loaded.baselinePath : undefined) ?? DEFAULT_BASELINE;
  writeReport(toBaseline(result.findings), output);
  if (!flags.quiet) process.stderr.write(`monime-guard: wrote ${result.findings.length} finding(s) to ${path.relative(root, path.resolve(root, output)) || output}\n`);
  return EXIT_CLEAN;
}
