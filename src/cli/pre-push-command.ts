import * as fs from 'node:fs';
import * as tty from 'node:tty';
import { loadConfig } from '../config/load.js';
import { errorReason, InputError } from '../errors.js';
import { parsePushUpdates, readFrameworkPush, scanPush } from '../scan/pre-push.js';
import type { PrePushFlags } from './command-flags.js';
import { pushAdvice } from './hook-advice.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

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
  return reportResult(result, flags, root, loaded.config, pushAdvice(result.findings));
}

/**
 * Git's pre-push lines, read whole from standard input. Run by hand in a terminal no line will
 * come (reading would wait for the user to type them): that is a usage error saying what the
 * command expects and how to run it by hand.
 */
function readStdin(): string {
  if (tty.isatty(0)) {
    throw new InputError(
      'pre-push: reads the lines git gives a pre-push hook on standard input (<local ref> <local sha> <remote ref> <remote sha>), and standard input is a terminal; ' +
        'to check a push by hand, pipe one in: echo "refs/heads/main $(git rev-parse main) refs/heads/main $(git rev-parse origin/main)" | monime-guard pre-push',
    );
  }
  try {
    return fs.readFileSync(0, 'utf8');
  } catch (error) {
    throw new InputError(`pre-push: cannot read standard input (${errorReason(error)})`);
  }
}
