import { LIVE_PREFIX, TEST_PREFIX } from '../detector/grammar.js';

/** How many body characters a mask keeps at each end. */
const KEEP = 4;

/**
 * Shortens a token to its prefix and the first and last four characters of its body
 * (`mon_test_aB3d…wXy9`), the most any output may show. Bodies too short to keep 8 characters
 * and still hide most of the secret show only the prefix and an ellipsis.
 */
export function maskToken(token: string): string {
  const prefix = token.startsWith(TEST_PREFIX) ? TEST_PREFIX : token.startsWith(LIVE_PREFIX) ? LIVE_PREFIX : '';
  const body = token.slice(prefix.length);
  if (body.length < KEEP * 4) return `${prefix}…`;
  return `${prefix}${body.slice(0, KEEP)}…${body.slice(-KEEP)}`;
}
