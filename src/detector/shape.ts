import type { Confidence } from '../types.js';
import { CANONICAL_BODY, charClass, MAX_BODY, MIN_BODY } from './grammar.js';

/**
 * Why a token-shaped string was not reported. Placeholder reasons describe stand-ins people write
 * in docs and examples; the others describe ordinary identifiers and data.
 */
export type RejectReason =
  'template' | 'redacted' | 'ellipsis' | 'repeated' | 'sequential' | 'low-entropy' | 'too-short' | 'too-long' | 'word-joined' | 'single-case' | 'identifier';

/** Reasons that mark a deliberate stand-in for a token, listed by `--show-placeholders`. */
export const PLACEHOLDER_REASONS: ReadonlySet<RejectReason> = new Set(['template', 'redacted', 'ellipsis', 'repeated', 'sequential', 'low-entropy']);

/** The verdict on one body. */
export type ShapeVerdict = { ok: true; confidence: Confidence } | { ok: false; reason: RejectReason };

/**
 * The longest run of one character that random base62 bodies practically never contain: with 62
 * symbols a run of 6 in a 64-character body has a probability near 1e-7.
 */
const MAX_RANDOM_RUN = 5;

/**
 * Judges a body by its shape alone (no list of known strings). The thresholds sit many standard
 * deviations away from what uniformly random base62 bodies of the same length produce, so real
 * tokens pass while runs, sequences, words and hashes do not.
 */
export function judgeBody(body: string): ShapeVerdict {
  const n = body.length;
  if (n < MIN_BODY) return { ok: false, reason: 'too-short' };
  if (n > MAX_BODY) return { ok: false, reason: 'too-long' };

  const counts = new Map<number, number>();
  let run = 1;
  let maxRun = 1;
  let steps = 0;
  let transitions = 0;
  const classSeen = [false, false, false];
  let previous = -1;
  let previousClass = -1;
  for (let i = 0; i < n; i++) {
    const code = body.charCodeAt(i);
    const cls = charClass(code);
    counts.set(code, (counts.get(code) ?? 0) + 1);
    if (cls >= 0) classSeen[cls] = true;
    if (i > 0) {
      run = code === previous ? run + 1 : 1;
      if (run > maxRun) maxRun = run;
      if (Math.abs(code - previous) === 1) steps++;
      if (cls !== previousClass) transitions++;
    }
    previous = code;
    previousClass = cls;
  }

  if (maxRun > MAX_RANDOM_RUN) return { ok: false, reason: 'repeated' };
  // Random bodies step by ±1 about 3% of the time; `abcdef…`, `0123…` nearly always do.
  if (steps / (n - 1) > 0.5) return { ok: false, reason: 'sequential' };
  // A random base62 body of 20 or more characters lacks upper or lower case with a probability
  // below 1e-4; hex digests and SCREAMING_IDS lack one of them by construction. A generator can
  // be set to a narrower alphabet, though (lowercase and digits, upper case and digits), so a
  // body of the canonical length with digits and one case is a token unless it is hex.
  const narrow = n === CANONICAL_BODY && classSeen[0] && !isHex(body);
  if ((!classSeen[1] || !classSeen[2]) && !narrow) return { ok: false, reason: 'single-case' };
  // Judge the spread of characters against the alphabet the body draws from, not always base62:
  // 64 draws from 36 symbols cannot reach the entropy of 64 draws from 62.
  const alphabet = (classSeen[0] ? 10 : 0) + (classSeen[1] ? 26 : 0) + (classSeen[2] ? 26 : 0);
  if (shannonEntropy(counts, n) < 0.75 * Math.log2(Math.min(n, alphabet))) return { ok: false, reason: 'low-entropy' };
  // Random base62 bodies switch between digit, upper and lower on about 62% of adjacent pairs;
  // those of two classes (lowercase and digits) on about 40%, so they get a lower bar.
  const minTransitions = alphabet === 62 ? 0.2 : 0.12;
  if (transitions / (n - 1) < minTransitions) return { ok: false, reason: 'identifier' };
  // camelCase names have no digits and long lowercase runs (words); random bodies without a
  // digit average under two lowercase letters per run. At the canonical length the average is
  // steady enough (about 2 ± 0.3) to allow a letters-only token a wider margin; names that long
  // are made of words and average over 4.5.
  const maxMeanRun = n === CANONICAL_BODY ? 4.5 : 2.5;
  if (!classSeen[0] && meanLowercaseRun(body) >= maxMeanRun) return { ok: false, reason: 'identifier' };
  return { ok: true, confidence: n === CANONICAL_BODY ? 'high' : 'medium' };
}

/** True when the body is all hex digits of one case: a digest, not a token. */
function isHex(body: string): boolean {
  return /^(?:[0-9a-f]+|[0-9A-F]+)$/.test(body);
}

/** Average length of the maximal runs of lowercase letters in a body. */
function meanLowercaseRun(body: string): number {
  const runs = body.match(/[a-z]+/g) ?? [];
  return runs.length === 0 ? 0 : runs.reduce((sum, run) => sum + run.length, 0) / runs.length;
}

/** Shannon entropy in bits per character of a string, from its character counts. */
function shannonEntropy(counts: Map<number, number>, n: number): number {
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * Classifies what follows a short or empty body: template syntax, redaction marks and ellipses
 * make a placeholder (`mon_<your-token>`, `mon_${TOKEN}`, `mon_aB3d****wXy9`, `mon_test_…`).
 * Returns undefined when nothing marks it as one, so it is an ordinary short id or word.
 */
export function placeholderAfter(text: string, index: number): RejectReason | undefined {
  const code = text.charCodeAt(index);
  switch (code) {
    case 0x3c: // <
    case 0x5b: // [
      return 'template';
    case 0x24: // $
    case 0x7b: // {
      return text.charCodeAt(index + 1) === 0x7b || code === 0x24 ? 'template' : undefined;
    case 0x2a: // *
    case 0x2022: // •
      return 'redacted';
    case 0x2026: // …
      return 'ellipsis';
    case 0x2e: // .
      return text.startsWith('...', index) ? 'ellipsis' : undefined;
    default:
      return undefined;
  }
}
