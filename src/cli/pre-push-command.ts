import * as fs from 'node:fs';
import { loadConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import { parsePushUpdates, readFrameworkPush, scanPush } from '../scan/pre-push.js';
import type { PrePushFlags } from './command-flags.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

/** What a pre-push hook's reader should do next, shown above the per-rule advice. */
export const PUSH_ADVICE = [
  'The push was stopped: the remote does not have these commits yet.',
  'Remove the token from the commits (git rebase -i, or git commit --amend for the last one) and push again; keep tokens in the environment or a git-ignored .env.',
  'If these commits were shared in any other way, revoke the token in the Monime dashboard.',
];

/**
 * Runs `monime-guard pre-push` with git's pre-push lines on standard input (or, with
 * `--pre-commit-framework`, what the framework's variables say); returns the exit code.
 */
export async function runPrePush(flags: PrePushFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  requireVerifyForActive(flags, loaded);
  const what = flags.preCommitFramework ? { framework: readFrameworkPush(process.env) } : { updates: parsePushUpdates(readStdin()) };
  const result = await scanPush({ ...baseOptions(flags, root, loaded.config, loaded.baselinePath), ...what, messages: flags.messages });
  printWarnings(result, flags);
  return reportResult(result, flags, root, loaded.config, PUSH_ADVICE);
}

/** Git's pre-push lines, read whole from standard input. */
function readStdin(): string {
  try {
    return fs.readFileSync(0, 'utf8');
  } catch (error) {
    throw new InputError(`pre-push: cannot read standard input (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
