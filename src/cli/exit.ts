import { MonimeGuardError } from '../errors.js';
import { EXIT_ERROR } from '../exit-codes.js';
import { escapeControlChars } from '../reporters/control-chars.js';

export { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../exit-codes.js';

/**
 * Prints one line for an error and exits 2. Library errors carry a message written for users;
 * anything else is unexpected, so its message is shown with a hint, but never a stack trace
 * unless MONIME_GUARD_DEBUG is set.
 */
export function exitWithError(error: unknown, code = EXIT_ERROR): never {
  const message =
    error instanceof MonimeGuardError || typeof error === 'string'
      ? String(error instanceof MonimeGuardError ? error.message : error)
      : `internal error: ${error instanceof Error ? error.message : String(error)} (set MONIME_GUARD_DEBUG=1 for details)`;
  // One line, and a path with control characters in it (a file or entry name) shown escaped.
  process.stderr.write(`monime-guard: ${escapeControlChars(message.split('\n')[0]!)}\n`);
  if (process.env.MONIME_GUARD_DEBUG && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exit(code);
}
