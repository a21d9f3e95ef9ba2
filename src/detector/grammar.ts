import type { TokenKind } from '../types.js';

/** The prefix every Monime token starts with. A test token continues with `test_`. */
export const LIVE_PREFIX = 'mon_';
/** Prefix of test-mode tokens. */
export const TEST_PREFIX = 'mon_test_';
/** Shortest body the detector considers; shorter ones are ids and words, not tokens. */
export const MIN_BODY = 20;
/** Longest body the detector considers; longer alphanumeric runs are hashes or data. */
export const MAX_BODY = 128;
/** Length of every real token body seen so far. */
export const CANONICAL_BODY = 64;
/** Longest text a token can occupy when written plainly. */
export const MAX_TOKEN_LENGTH = TEST_PREFIX.length + MAX_BODY;

/**
 * A prefix occurrence parsed into its parts. `bodyEnd` is where the alphanumeric run stops, which
 * may be past {@link MAX_BODY} for over-long runs (the parser stops counting at one past the limit).
 */
export interface Candidate {
  kind: TokenKind;
  /** Index of the `m` of the prefix. */
  start: number;
  /** Index of the first body character. */
  bodyStart: number;
  /** Index just past the last body character. */
  bodyEnd: number;
  /** Character code just after the body, or -1 at the end of the text. */
  next: number;
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_A = 65;
const CODE_Z = 90;
const CODE_a = 97;
const CODE_z = 122;
/** `_` */
export const CODE_UNDERSCORE = 95;
/** `-` */
export const CODE_DASH = 45;
/** `%`, which starts a percent-encoded character. */
export const CODE_PERCENT = 0x25;
/** `&`, which starts an HTML character reference. */
export const CODE_AMPERSAND = 0x26;
/** `\\`, which starts a backslash escape. */
export const CODE_BACKSLASH = 0x5c;

/** True for `[A-Za-z0-9]`, the body alphabet. */
export function isAlnum(code: number): boolean {
  return (code >= CODE_a && code <= CODE_z) || (code >= CODE_A && code <= CODE_Z) || (code >= CODE_0 && code <= CODE_9);
}

/** Character class used by the shape checks: 0 digit, 1 upper, 2 lower, -1 anything else. */
export function charClass(code: number): number {
  if (code >= CODE_0 && code <= CODE_9) return 0;
  if (code >= CODE_A && code <= CODE_Z) return 1;
  if (code >= CODE_a && code <= CODE_z) return 2;
  return -1;
}

/**
 * Parses the prefix occurrence at `index` (where `text` has `mon_`). Returns undefined when the
 * prefix is glued to a longer word (`daemon_`, `x_mon_`), which is never a token nor a placeholder.
 *
 * `previous` is the character code before the prefix when it is not in `text` itself (decoders
 * pass the decoded character before their window); -1 means start of input.
 */
export function parseCandidate(text: string, index: number, previous?: number): Candidate | undefined {
  const before = index > 0 ? text.charCodeAt(index - 1) : (previous ?? -1);
  if (isAlnum(before) || before === CODE_UNDERSCORE) return undefined;
  let bodyStart = index + LIVE_PREFIX.length;
  let kind: TokenKind = 'live';
  if (text.startsWith('test_', bodyStart)) {
    kind = 'test';
    bodyStart += 5;
  }
  // Stop one past the limit: enough to know the run is too long, and it keeps the scan linear on
  // megabytes of alphanumerics after a prefix.
  const limit = Math.min(text.length, bodyStart + MAX_BODY + 1);
  let bodyEnd = bodyStart;
  while (bodyEnd < limit && isAlnum(text.charCodeAt(bodyEnd))) bodyEnd++;
  const next = bodyEnd < text.length ? text.charCodeAt(bodyEnd) : -1;
  return { kind, start: index, bodyStart, bodyEnd, next };
}
