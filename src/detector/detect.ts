import type { Confidence, Encoding, TokenKind } from '../types.js';
import { BASE64_ANCHORS, neighboursAllow, runAt } from './anchors.js';
import { decodeBase64Run, decodeBase64TwiceAt, decodeEscapedAt, escapeEndingAt, escapedPrefixStart, readEscape, type DecodedWindow } from './decoders.js';
import {
  CODE_AMPERSAND,
  CODE_BACKSLASH,
  CODE_DASH,
  CODE_PERCENT,
  CODE_UNDERSCORE,
  MAX_BODY,
  MIN_BODY,
  isAlnum,
  parseCandidate,
  type Candidate,
} from './grammar.js';
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

  // Plain prefixes, and those whose `_` alone is escaped, start with `mon`: one search serves
  // them, and the character after it says which (if any) to try.
  for (let index = text.indexOf('mon', from); index !== -1 && index < to; index = text.indexOf('mon', index + 3)) {
    const next = text.charCodeAt(index + 3);
    if (next === CODE_UNDERSCORE) {
      // `&#97;mon_…` and `\u{61}mon_…` are `amon_…`: glued to a word through an escape.
      if (gluedByEscape(text, index)) continue;
      if (plainAt(text, index, options.placeholders === true, matches, rejections)) continue;
      // `mon_test%5F…`, `mon_t\u0065st_…`: escapes later in the prefix or in the body; and
      // `\x3dmon_…`, a prefix that only looks glued to the word before because that is an escape.
      if (isIntroducer(text.charCodeAt(alnumRunEnd(text, index + 4))) || (isHexDigit(text.charCodeAt(index - 1)) && escapeEndingAt(text, index))) {
        addWindow(decodeEscapedAt(text, index));
      }
    } else if (isIntroducer(next)) {
      addWindow(decodeEscapedAt(text, index));
    }
  }

  // Prefixes with an escaped `m`, `o` or `n` (`\u006don_`, `m%6Fn_`, `&#109;on&lowbar;`): every
  // escape starts with `%`, `\\` or `&`, and only an escape of one of the prefix's first letters
  // can start one that the search above has not tried.
  for (const introducer of INTRODUCERS) {
    for (let index = text.indexOf(introducer, Math.max(0, from - 2)); index !== -1 && index < to; index = text.indexOf(introducer, index + 1)) {
      const escape = readEscape(text, index);
      if (!escape) continue;
      const start = escapedPrefixStart(text, index, escape.code);
      if (start >= 0) addWindow(decodeEscapedAt(text, start));
    }
  }

  // Base64, once or twice: each anchor's search finds the runs that contain it, across line
  // breaks. Evidence starts a little before its anchor (the run's group and one more), so the
  // search starts early and the window check is on the evidence's start.
  const codeAt = (k: number): number => (k >= 0 && k < text.length ? text.charCodeAt(k) : -1);
  for (const anchor of BASE64_ANCHORS) {
    for (
      let hit = text.indexOf(anchor.text, Math.max(0, from - ANCHOR_REACH));
      hit !== -1 && hit < to + ANCHOR_REACH;
      hit = text.indexOf(anchor.text, hit + 1)
    ) {
      if (!neighboursAllow(anchor, codeAt(hit - 1), codeAt(hit + anchor.text.length))) continue;
      for (const run of anchor.runs) {
        const positions: number[] = [];
        if (!runAt(codeAt, hit, run, positions)) continue;
        addWindow(run.outerGroupOffset === undefined ? decodeBase64Run(text, run, positions) : decodeBase64TwiceAt(text, run, positions));
      }
    }
  }

  matches.sort((a, b) => a.start - b.start);
  return { matches, rejections };
}

/**
 * How far before its anchor base64 evidence may start: base64 inside base64 reads four groups and
 * its run before the anchor, and a line break (up to four characters when escaped) may follow
 * every character.
 */
const ANCHOR_REACH = 128;

/** The characters every escape the detector decodes starts with. */
const INTRODUCERS = ['%', '\\', '&'] as const;

/** True for `%`, `\\` and `&`, which start escapes. */
function isIntroducer(code: number): boolean {
  return code === CODE_PERCENT || code === CODE_BACKSLASH || code === CODE_AMPERSAND;
}

/**
 * True when the prefix at `index` follows an escape ending in `;` or `}` that stands for a
 * letter, digit or `_`, which glues the prefix to a word as a plain one would.
 */
function gluedByEscape(text: string, index: number): boolean {
  const before = text.charCodeAt(index - 1);
  if (before !== 0x3b && before !== 0x7d) return false;
  const escape = escapeEndingAt(text, index);
  return escape !== undefined && (isAlnum(escape.code) || escape.code === CODE_UNDERSCORE);
}

/** True for `[0-9A-Fa-f]`, which ends `\\x3d`-style escapes. */
function isHexDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

/** Index just past the alphanumerics (and one `test_`) from `index`, looking no further than a body. */
function alnumRunEnd(text: string, index: number): number {
  let i = index;
  const limit = Math.min(text.length, index + MAX_BODY + 6);
  while (i < limit && (isAlnum(text.charCodeAt(i)) || (i === index + 4 && text.charCodeAt(i) === CODE_UNDERSCORE))) i++;
  return i;
}

/** Judges the plain prefix at `index` and records a match or a placeholder; true on a match. */
function plainAt(text: string, index: number, placeholders: boolean, matches: TokenMatch[], rejections: Rejection[]): boolean {
  const candidate = parseCandidate(text, index);
  if (!candidate) return false;
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
    return true;
  }
  if (placeholders && PLACEHOLDER_REASONS.has(verdict.reason)) {
    // A short body is followed by the marker that makes it a placeholder (`<your-token>`); a
    // long one (a run of X) is whole already.
    const short = candidate.bodyEnd - candidate.bodyStart < MIN_BODY;
    const end = short ? Math.min(text.length, candidate.bodyEnd + markerLength(text, candidate.bodyEnd)) : candidate.bodyEnd;
    rejections.push({ text: text.slice(candidate.start, end), start: candidate.start, end, reason: verdict.reason });
  }
  return false;
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
  const match: TokenMatch = {
    kind: candidate.kind,
    token: window.text.slice(candidate.start, candidate.bodyEnd),
    bodyLength: candidate.bodyEnd - candidate.bodyStart,
    confidence: verdict.confidence,
    start: window.sourceStart(candidate.start),
    end: window.sourceEnd(candidate.bodyEnd),
  };
  const encoding = window.encodingOf ? window.encodingOf(candidate.start, candidate.bodyEnd) : window.encoding;
  return encoding === undefined ? match : { ...match, encoding };
}
