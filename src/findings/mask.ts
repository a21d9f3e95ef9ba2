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

/**
 * Where a token may start (a regular expression's source; see below), and anything shaped like a
 * Monime token whose body is long enough to matter. The threshold is low on
 * purpose: this is a safety net for every string on its way out of the process, not the detector,
 * so over-masking is harmless. A masked token (`mon_test_aB3d…wXy9`) no longer matches, so
 * redacting twice changes nothing.
 *
 * Like the detector, it wants no letter or digit just before the prefix (`daemon_…` is a word),
 * except where that letter or digit ends an escape that output formats write: a percent-encoded
 * byte (`%40mon_…` in a SARIF uri), `\xHH` and `\uHHHH` (escaped control characters in a path),
 * and JSON's `\n`, `\t` and the like (a token after a line break in a message). Otherwise
 * escaping the character before a token would carry it past the mask whole.
 */
export const TOKEN_START = String.raw`(?:(?<![A-Za-z0-9])|(?<=%[0-9A-Fa-f]{2}|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\[nrtbfv0]))`;

/**
 * The token shape, led by its literal prefix so that the engine skips ahead to each `mon_` instead
 * of trying the boundary's lookbehinds at every position (about 25 times faster on text without
 * tokens); the boundary is checked at each match with {@link AT_TOKEN_START}.
 */
const TOKEN_SHAPED = /mon_(?:test_)?[A-Za-z0-9]{9,}/g;

/** The boundary before a token, tried only at the index it is set to (sticky). */
const AT_TOKEN_START = new RegExp(`${TOKEN_START}mon_`, 'y');

function startsToken(text: string, index: number): boolean {
  AT_TOKEN_START.lastIndex = index;
  return AT_TOKEN_START.test(text);
}

/**
 * Masks every token-shaped substring of `text` the way findings are masked ({@link maskToken}):
 * the prefix and the first and last four characters of the body, or only the prefix and `…` when
 * the body is too short (under 16 characters) for that to hide most of it. Every string the tool
 * sends out (reports, stderr, written files, pull request comments) passes through it.
 */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_SHAPED, (match: string, index: number) => (startsToken(text, index) ? maskToken(match) : match));
}
