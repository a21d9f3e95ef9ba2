import { loadConfig } from '../config/load.js';
import { scanStaged } from '../scan/staged.js';
import type { StagedFlags } from './command-flags.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

/** What a pre-commit hook's reader should do next, shown above the per-rule advice. */
export const STAGED_ADVICE = [
  'The commit was stopped before it was made: nothing has leaked yet.',
  'Unstage the file (git restore --staged <file>) and read the token from the environment or a git-ignored .env instead.',
  'If this token was ever pushed or shared, revoke it in the Monime dashboard as well.',
];

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
  return reportResult(result, flags, root, loaded.config, STAGED_ADVICE);
}
