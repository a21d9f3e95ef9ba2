import { BASE64_NEEDLES, escapeEndingAt, isPrefixCode, readEscape, splitNeedleAt } from './decoders.js';
import { CODE_AMPERSAND, CODE_BACKSLASH, CODE_PERCENT, CODE_UNDERSCORE, isAlnum } from './grammar.js';

/**
 * The cheap gate in front of the detector: a byte search for the prefix and its encoded forms.
 * Plain, percent-encoded and backslash-escaped prefixes all start with `mon`, so one search for
 * `mon` followed by a check of the bytes around it covers them; each base64 alignment needs its
 * own search. Buffer#indexOf runs in native code, so files without a hit never become strings.
 *
 * A plain `mon_` glued to the word before it (`common_`, `daemon_`) can never start a token, and
 * such words are common in code, so they do not pass the gate. An escaped prefix always passes:
 * the character before it may itself be escaped (`%3Dmon%5F` is `=mon_`).
 *
 * A prefix with any of its characters escaped (`\u006don_`, `m%6Fn%5F`, `&#109;on&lowbar;`) holds
 * an escape of `m`, `o`, `n` or `_`; every escape starts with `%`, `\\` or `&`, which native code
 * finds fast, and reading the escape after one is a handful of byte reads. Escapes of exactly
 * these four characters are rare outside such prefixes, so the gate stays tight.
 */
const MON = Buffer.from('mon');
const BASE64_NEEDLE_BYTES = BASE64_NEEDLES.map((n) => Buffer.from(n.needle));
const TEST = [...'test'].map((c) => c.charCodeAt(0));

/** True when `bytes[start, end)` may hold a token in any form the detector knows. */
export function mayContainToken(bytes: Buffer, start = 0, end = bytes.length): boolean {
  const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
  const codeAt = (k: number): number => view[k] ?? -1;
  for (let i = view.indexOf(MON); i !== -1; i = view.indexOf(MON, i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return true;
  }
  if (mayContainBase64Prefix(view)) return true;
  // A wrapped base64 blob split inside its encoded prefix passes only with another hit in the same
  // input: a pass over every line break cost 15% of a whole scan of real code (docs/benchmarks.md).
  for (const introducer of INTRODUCERS) {
    for (let i = view.indexOf(introducer); i !== -1; i = view.indexOf(introducer, i + 1)) {
      // Most `%`, `\\` and `&` start no escape of a prefix character: a look at the next byte
      // settles those without making a string.
      if (!mayStartPrefixEscape(view[i + 1] ?? -1)) continue;
      // Escapes are ASCII: a short latin1 slice reads the same as the text the detector sees.
      const escape = readEscape(view.toString('latin1', i, i + ESCAPE_READ), 0);
      if (escape && isPrefixCode(escape.code)) return true;
    }
  }
  return false;
}

/** True when `bytes` holds the prefix base64-encoded, at any of the three alignments. */
export function mayContainBase64Prefix(bytes: Buffer): boolean {
  return BASE64_NEEDLE_BYTES.some((needle) => bytes.includes(needle));
}

/** The same gate for text that is already a string (stdin, UTF-16 files, other adapters). */
export function mayContainTokenText(text: string): boolean {
  const codeAt = (k: number): number => (k < text.length ? text.charCodeAt(k) : -1);
  for (let i = text.indexOf('mon'); i !== -1; i = text.indexOf('mon', i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return true;
  }
  if (BASE64_NEEDLES.some((n) => text.includes(n.needle))) return true;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (splitNeedleAt(codeAt, i)) return true;
  for (const introducer of INTRODUCERS) {
    for (let i = text.indexOf(String.fromCharCode(introducer)); i !== -1; i = text.indexOf(String.fromCharCode(introducer), i + 1)) {
      const escape = readEscape(text, i);
      if (escape && isPrefixCode(escape.code)) return true;
    }
  }
  return false;
}

/**
 * Whether the character after an introducer can continue an escape of `m`, `o`, `n` or `_`:
 * `%5F`/`%6D`, `\\u`/`\\x`, `&#`/`&lowbar;`/`&UnderBar;`.
 */
function mayStartPrefixEscape(code: number): boolean {
  return code === 0x35 || code === 0x36 || code === 0x75 || code === 0x78 || code === 0x23 || code === 0x6c || code === 0x55;
}

/** True for `[0-9A-Fa-f]`. */
function isHexDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 102);
}

/** Bytes that start an escape: `%`, `\\`, `&`. */
const INTRODUCERS = [CODE_PERCENT, CODE_BACKSLASH, CODE_AMPERSAND] as const;
/** The longest escape the detector reads (`&#x0000006d;`, `\\u{00006d}`, `&UnderBar;`). */
const ESCAPE_READ = 16;

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
