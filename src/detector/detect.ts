import type { Confidence, Encoding, TokenKind } from '../types.js';
import { ENCODED_NEEDLES, type DecodedWindow } from './decoders.js';
import { CODE_BACKSLASH, CODE_DASH, CODE_PERCENT, CODE_UNDERSCORE, MIN_BODY, parseCandidate, type Candidate } from './grammar.js';
import { judgeBody, placeholderAfter, PLACEHOLDER_REASONS, type RejectReason } from './shape.js';

/**
 * A token the detector found. `start`/`end` locate the evidence in the scanned text: the token
 * itself, or its encoded form when `encoding` is set. The raw `token` never leaves the process:
 * the findings stage turns it into a mask and a fingerprint.
 */
export interface TokenMatch {
  kind: TokenKind;
  /** The decoded token, prefix included. */
  token: string;
  /** Number of characters after the prefix. */
  bodyLength: number;
  confidence: Confidence;
  /** Index of the first character of the evidence in the scanned text. */
  start: number;
  /** Index just past the evidence. */
  end: number;
  /** Set when the token was found by decoding. */
  encoding?: Encoding;
}

/** A token-shaped string rejected as a deliberate placeholder. */
export interface Rejection {
  /** The rejected text: prefix, body, and the marker that follows a short body. */
  text: string;
  /** Index of the prefix in the scanned text. */
  start: number;
  /** Index just past the rejected text. */
  end: number;
  reason: RejectReason;
}

/** Options for {@link detect}. */
export interface DetectOptions {
  /** Report only evidence that starts at or after this index (chunk overlap handling). */
  from?: number;
  /** Report only evidence that starts before this index. */
  to?: number;
  /** Collect placeholder rejections too. */
  placeholders?: boolean;
}

/** What {@link detect} returns: matches sorted by start, and placeholders when asked for. */
export interface DetectResult {
  matches: TokenMatch[];
  rejections: Rejection[];
}

/**
 * Finds Monime tokens in `text`, plain and encoded. Pure and linear: every search is an
 * `indexOf` for a fixed needle, and every parse looks at most one token's length ahead.
 */
export function detect(text: string, options: DetectOptions = {}): DetectResult {
  const from = options.from ?? 0;
  const to = options.to ?? text.length;
  const matches: TokenMatch[] = [];
  const rejections: Rejection[] = [];
  const addWindow = (window: DecodedWindow | undefined): void => {
    const match = window && matchInWindow(window);
    if (match && match.start >= from && match.start < to) matches.push(match);
  };

  // Plain and escaped prefixes all start with `mon`: one search serves them all, and the
  // character after it says which (if any) to try.
  for (let index = text.indexOf('mon', from); index !== -1 && index < to; index = text.indexOf('mon', index + 3)) {
    const next = text.charCodeAt(index + 3);
    if (next === CODE_UNDERSCORE) {
      plainAt(text, index, options.placeholders === true, matches, rejections);
      // `mon_test%5F…`: only the second underscore escaped.
      const after = text.charCodeAt(index + 8);
      if ((after === CODE_PERCENT || after === CODE_BACKSLASH) && text.startsWith('test', index + 4)) {
        addWindow(decodeEscaped(text, index));
      }
    } else if (next === CODE_PERCENT || next === CODE_BACKSLASH) {
      addWindow(decodeEscaped(text, index));
    }
  }

  for (const encoded of BASE64_NEEDLES) {
    // Base64 evidence starts a few characters before its needle (the group holding the byte
    // before the prefix), so the search starts a little early and the window check is on the
    // evidence's start.
    for (let hit = text.indexOf(encoded.needle, Math.max(0, from - 8)); hit !== -1 && hit < to + 8; hit = text.indexOf(encoded.needle, hit + 1)) {
      addWindow(encoded.decode(text, hit));
    }
  }

  matches.sort((a, b) => a.start - b.start);
  return { matches, rejections };
}

const ESCAPED_NEEDLES = ENCODED_NEEDLES.filter((n) => n.needle.startsWith('mon'));
const BASE64_NEEDLES = ENCODED_NEEDLES.filter((n) => !n.needle.startsWith('mon'));

/** Decodes the escaped prefix at `index`, trying the escape needles that match there. */
function decodeEscaped(text: string, index: number): DecodedWindow | undefined {
  const needle = ESCAPED_NEEDLES.find((n) => text.startsWith(n.needle, index));
  return needle?.decode(text, index);
}

/** Judges the plain prefix at `index` and records a match or a placeholder. */
function plainAt(text: string, index: number, placeholders: boolean, matches: TokenMatch[], rejections: Rejection[]): void {
  const candidate = parseCandidate(text, index);
  if (!candidate) return;
  const verdict = judgeCandidate(text, candidate);
  if (verdict.ok) {
    matches.push({
      kind: candidate.kind,
      token: text.slice(candidate.start, candidate.bodyEnd),
      bodyLength: candidate.bodyEnd - candidate.bodyStart,
      confidence: verdict.confidence,
      start: candidate.start,
      end: candidate.bodyEnd,
    });
  } else if (placeholders && PLACEHOLDER_REASONS.has(verdict.reason)) {
    // A short body is followed by the marker that makes it a placeholder (`<your-token>`); a
    // long one (a run of X) is whole already.
    const short = candidate.bodyEnd - candidate.bodyStart < MIN_BODY;
    const end = short ? Math.min(text.length, candidate.bodyEnd + markerLength(text, candidate.bodyEnd)) : candidate.bodyEnd;
    rejections.push({ text: text.slice(candidate.start, end), start: candidate.start, end, reason: verdict.reason });
  }
}

type Verdict = { ok: true; confidence: Confidence } | { ok: false; reason: RejectReason };

/** Applies the boundary rule after the body, then the shape rules to the body. */
function judgeCandidate(text: string, candidate: Candidate): Verdict {
  const { next, bodyStart, bodyEnd } = candidate;
  // `mon_decimal_point`, `mon_test_speed_desc`: the body is one word of a longer identifier.
  if (next === CODE_UNDERSCORE || next === CODE_DASH) return { ok: false, reason: 'word-joined' };
  if (bodyEnd - bodyStart < MIN_BODY) {
    return { ok: false, reason: placeholderAfter(text, bodyEnd) ?? 'too-short' };
  }
  return judgeBody(text.slice(bodyStart, bodyEnd));
}

/** How much of a placeholder marker to show after a short body (`<your-token>`, `${TOKEN}`). */
function markerLength(text: string, index: number): number {
  const marker = text.slice(index, index + 40);
  const closer = /^(?:\$?\{\{?[^}\n]*\}\}?|<[^>\n]*>|\[[^\]\n]*\]|[*•.…]+[A-Za-z0-9]*)/.exec(marker);
  return closer ? closer[0].length : 0;
}

/** Parses the decoded window and maps an accepted token back to its encoded location. */
function matchInWindow(window: DecodedWindow): TokenMatch | undefined {
  const candidate = parseCandidate(window.text, window.prefixAt, window.previous);
  if (!candidate) return undefined;
  const verdict = judgeCandidate(window.text, candidate);
  if (!verdict.ok) return undefined;
  return {
    kind: candidate.kind,
    token: window.text.slice(candidate.start, candidate.bodyEnd),
    bodyLength: candidate.bodyEnd - candidate.bodyStart,
    confidence: verdict.confidence,
    start: window.sourceStart(candidate.start),
    end: window.sourceEnd(candidate.bodyEnd),
    encoding: window.encoding,
  };
}
