import { loadConfig } from '../config/load.js';
import { scanStaged } from '../scan/staged.js';
import type { StagedFlags } from './command-flags.js';
import { stagedAdvice } from './hook-advice.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

/** Runs `monime-guard staged` (the pre-commit hook's command); returns the exit code. */
export async function runStaged(flags: StagedFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  requireVerifyForActive(flags, loaded);
  const result = await scanStaged({
    ...baseOptions(flags, root, loaded.config, loaded.baselinePath),
    ...(flags.paths && flags.paths.length > 0 ? { paths: flags.paths } : {}),
  });
  printWarnings(result, flags);
  return reportResult(result, flags, root, loaded.config, stagedAdvice(result.findings));
}
