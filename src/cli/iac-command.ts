import { loadConfig } from '../config/load.js';
import { scanIac } from '../scan/iac.js';
import type { IacFlags } from './command-flags.js';
import { EXIT_ERROR } from './exit.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

/** Runs `monime-guard iac`; returns the exit code (2 when a file was malformed, after reporting the rest). */
export async function runIac(flags: IacFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  requireVerifyForActive(flags, loaded, false);
  const result = await scanIac({
    ...baseOptions(flags, root, loaded.config, loaded.baselinePath),
    paths: flags.paths ?? [],
    ...(flags.varFile ? { varFiles: flags.varFile } : {}),
  });
  printWarnings(result, flags);
  // Files that could not be checked are in the report (and on stderr) as warnings at level error.
  const code = reportResult(result, flags, root, loaded.config);
  return result.errors.length > 0 ? EXIT_ERROR : code;
}
