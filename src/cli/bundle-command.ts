import { loadConfig } from '../config/load.js';
import { scanBundle } from '../scan/bundle.js';
import type { PathsFlags } from './command-flags.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

/** Runs `monime-guard bundle`; returns the exit code. */
export async function runBundle(flags: PathsFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  requireVerifyForActive(flags, loaded);
  const result = await scanBundle({ ...baseOptions(flags, root, loaded.config, loaded.baselinePath), paths: flags.paths ?? [] });
  printWarnings(result, flags);
  return reportResult(result, flags, root, loaded.config);
}
