import { BASE64_ANCHORS, neighboursAllow, runAt } from './anchors.js';
import { escapedPrefixStart, escapeEndingAt, readEscape } from './decoders.js';
import { CODE_AMPERSAND, CODE_BACKSLASH, CODE_PERCENT, CODE_UNDERSCORE, isAlnum } from './grammar.js';

/**
 * The cheap gate in front of the detector: native searches for the prefix and its encoded forms,
 * and a look at the few bytes around each hit. Files without a hit never become strings.
 *
 * - Plain prefixes, and those whose `_` alone is escaped (`mon%5F`, `mon\u005f`), start with
 *   `mon`: one search, and the byte after it says which. A plain `mon_` glued to the word before
 *   it (`common_`, `daemon_`) can never start a token, and such words are common in code, so they
 *   do not pass. The same search finds the marker of an inline directive (`monime-guard-ignore`),
 *   which the files source wants to know about even in a file without a token.
 * - A prefix with `m`, `o` or `n` escaped (`\u006don_`, `m%6Fn_`, `&#109;on_`) holds an escape of
 *   that letter; every escape starts with `%`, `\\` or `&`, each a one-byte search, and two or
 *   three byte reads after most of them settle it without making a string.
 * - Base64, once or twice, wrapped or not: one search per anchor (`anchors.ts`).
 *
 * Each search costs a pass over the bytes: the set is as small as the forms allow, and each
 * search is for bytes that are rare in code, so the passes are mostly `memchr` at memory speed.
 */
const MON = Buffer.from('mon');
const DIRECTIVE_MARKER = Buffer.from('monime-guard-ignore');
const TEST = [...'test'].map((c) => c.charCodeAt(0));

/** What the gate saw in some bytes. */
export interface GateVerdict {
  /** The bytes may hold a token, in some form the detector knows. */
  token: boolean;
  /** The bytes hold the marker of an inline directive; only looked for when `token` is false. */
  directive: boolean;
}

const MAY_HOLD_TOKEN: GateVerdict = { token: true, directive: false };
const DIRECTIVE_ONLY: GateVerdict = { token: false, directive: true };
const NOTHING: GateVerdict = { token: false, directive: false };

/** The gate for `bytes[start, end)`. */
export function gateBytes(bytes: Buffer, start = 0, end = bytes.length): GateVerdict {
  const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
  const codeAt = (k: number): number => view[k] ?? -1;
  let directive = false;
  for (let i = view.indexOf(MON); i !== -1; i = view.indexOf(MON, i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return MAY_HOLD_TOKEN;
    if (!directive && view[i + 3] === 0x69 && i + DIRECTIVE_MARKER.length <= view.length) {
      directive = view.compare(DIRECTIVE_MARKER, 0, DIRECTIVE_MARKER.length, i, i + DIRECTIVE_MARKER.length) === 0;
    }
  }
  for (const introducer of INTRODUCERS) {
    for (let i = view.indexOf(introducer); i !== -1; i = view.indexOf(introducer, i + 1)) {
      if (!opensLetterEscape(introducer, view[i + 1] ?? -1, view[i + 2] ?? -1)) continue;
      const from = Math.max(0, i - 2);
      if (escapeStartsPrefix(view.toString('latin1', from, i + ESCAPE_READ), i - from)) return MAY_HOLD_TOKEN;
    }
  }
  if (bytesMayHoldBase64Prefix(view, codeAt)) return MAY_HOLD_TOKEN;
  return directive ? DIRECTIVE_ONLY : NOTHING;
}

/** True when `bytes[start, end)` may hold a token in any form the detector knows. */
export function mayContainToken(bytes: Buffer, start = 0, end = bytes.length): boolean {
  return gateBytes(bytes, start, end).token;
}

/** True when `bytes` may hold the prefix base64-encoded (once or twice, wrapped or not). */
export function mayContainBase64Prefix(bytes: Buffer): boolean {
  return bytesMayHoldBase64Prefix(bytes, (k) => bytes[k] ?? -1);
}

/**
 * Whether `view` may hold the prefix base64-encoded: each anchor's hits, ruled out by the bytes
 * beside them or matched to a run. It runs on every file, so its loop reads bytes directly.
 */
function bytesMayHoldBase64Prefix(view: Buffer, codeAt: (k: number) => number): boolean {
  for (const anchor of BASE64_ANCHORS) {
    const length = anchor.text.length;
    for (let hit = view.indexOf(anchor.bytes); hit !== -1; hit = view.indexOf(anchor.bytes, hit + 1)) {
      if (!neighboursAllow(anchor, view[hit - 1] ?? -1, view[hit + length] ?? -1)) continue;
      for (const run of anchor.runs) if (runAt(codeAt, hit, run)) return true;
    }
  }
  return false;
}

/** The same gate for text that is already a string (stdin, UTF-16 files, other adapters). */
export function mayContainTokenText(text: string): boolean {
  const codeAt = (k: number): number => (k >= 0 && k < text.length ? text.charCodeAt(k) : -1);
  for (let i = text.indexOf('mon'); i !== -1; i = text.indexOf('mon', i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return true;
  }
  for (const introducer of INTRODUCERS) {
    const search = String.fromCharCode(introducer);
    for (let i = text.indexOf(search); i !== -1; i = text.indexOf(search, i + 1)) {
      if (opensLetterEscape(introducer, codeAt(i + 1), codeAt(i + 2)) && escapeStartsPrefix(text, i)) return true;
    }
  }
  for (const anchor of BASE64_ANCHORS) {
    const length = anchor.text.length;
    for (let hit = text.indexOf(anchor.text); hit !== -1; hit = text.indexOf(anchor.text, hit + 1)) {
      if (!neighboursAllow(anchor, codeAt(hit - 1), codeAt(hit + length))) continue;
      for (const run of anchor.runs) if (runAt(codeAt, hit, run)) return true;
    }
  }
  return false;
}

/** Bytes that start an escape: `%`, `\\`, `&`. */
const INTRODUCERS = [CODE_PERCENT, CODE_BACKSLASH, CODE_AMPERSAND] as const;
/** The longest escape the detector reads (`&#x0000006d;`, `\\u{00006d}`, `&UnderBar;`). */
const ESCAPE_READ = 16;

/**
 * Whether an escape that starts with `introducer`, `next` and `after` can stand for `m`, `o` or
 * `n`: `%6…`, `\\x6…`, `\\u0…`, `\\u{…` or `&#…`. Escapes of `_` need not pass: after a plain `mon`
 * the `mon` search sees them. Two byte reads settle almost every `%`, `\\` and `&` in code.
 */
function opensLetterEscape(introducer: number, next: number, after: number): boolean {
  if (introducer === CODE_PERCENT) return next === 0x36;
  if (introducer === CODE_AMPERSAND) return next === 0x23;
  return next === 0x78 ? after === 0x36 : next === 0x75 && (after === 0x30 || after === 0x7b);
}

/**
 * Whether the escape at `index` in `text` stands for `m`, or for `o` after a plain `m`, or for
 * `n` after a plain `mo`: the escapes that start a prefix the `mon` search does not see.
 */
function escapeStartsPrefix(text: string, index: number): boolean {
  const escape = readEscape(text, index);
  return escape !== undefined && escapedPrefixStart(text, index, escape.code) >= 0;
}

/** True for `[0-9A-Fa-f]`. */
function isHexDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

/** Whether the `mon` at `i` (read through `codeAt`, -1 past the end) may start a token. */
function prefixMayStartAt(codeAt: (k: number) => number, i: number): boolean {
  const next = codeAt(i + 3);
  if (next === CODE_PERCENT || next === CODE_BACKSLASH || next === CODE_AMPERSAND) return true;
  if (next !== CODE_UNDERSCORE) return false;
  // The start of the input has no character before it here; the detector sees it, so it decides.
  const before = i === 0 ? -1 : codeAt(i - 1);
  if (!isAlnum(before) && before !== CODE_UNDERSCORE) return true;
  // `\\x3dmon_…` is `=mon_…`: the word before may be an escape that ends in a hex digit.
  if (isHexDigitCode(before) && codeAt(i - 2) !== -1) {
    let head = '';
    for (let k = Math.max(0, i - ESCAPE_READ); k < i; k++) head += String.fromCharCode(codeAt(k));
    if (escapeEndingAt(head, head.length)) return true;
  }
  // `xmon_test%5F…`: only the second underscore escaped, decoded with its own boundary rule.
  const after = codeAt(i + 8);
  return (after === CODE_PERCENT || after === CODE_BACKSLASH || after === CODE_AMPERSAND) && TEST.every((c, k) => codeAt(i + 4 + k) === c);
}
