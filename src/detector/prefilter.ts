import { ENCODED_NEEDLES } from './decoders.js';
import { CODE_BACKSLASH, CODE_PERCENT, CODE_UNDERSCORE, isAlnum } from './grammar.js';

/**
 * The cheap gate in front of the detector: a byte search for the prefix and its encoded forms.
 * Plain, percent-encoded and backslash-escaped prefixes all start with `mon`, so one search for
 * `mon` followed by a check of the bytes around it covers them; each base64 alignment needs its
 * own search. Buffer#indexOf runs in native code, so files without a hit never become strings.
 *
 * A plain `mon_` glued to the word before it (`common_`, `daemon_`) can never start a token, and
 * such words are common in code, so they do not pass the gate. An escaped prefix always passes:
 * the character before it may itself be escaped (`%3Dmon%5F` is `=mon_`).
 */
const MON = Buffer.from('mon');
const BASE64_NEEDLES = ENCODED_NEEDLES.filter((n) => !n.needle.startsWith('mon'));
const BASE64_NEEDLE_BYTES = BASE64_NEEDLES.map((n) => Buffer.from(n.needle));
const TEST = [...'test'].map((c) => c.charCodeAt(0));

/** True when `bytes[start, end)` may hold a token in any form the detector knows. */
export function mayContainToken(bytes: Buffer, start = 0, end = bytes.length): boolean {
  const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
  const codeAt = (k: number): number => view[k] ?? -1;
  for (let i = view.indexOf(MON); i !== -1; i = view.indexOf(MON, i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return true;
  }
  return BASE64_NEEDLE_BYTES.some((needle) => view.includes(needle));
}

/** The same gate for text that is already a string (stdin, UTF-16 files, other adapters). */
export function mayContainTokenText(text: string): boolean {
  const codeAt = (k: number): number => (k < text.length ? text.charCodeAt(k) : -1);
  for (let i = text.indexOf('mon'); i !== -1; i = text.indexOf('mon', i + 3)) {
    if (prefixMayStartAt(codeAt, i)) return true;
  }
  return BASE64_NEEDLES.some((n) => text.includes(n.needle));
}

/** Whether the `mon` at `i` (read through `codeAt`, -1 past the end) may start a token. */
function prefixMayStartAt(codeAt: (k: number) => number, i: number): boolean {
  const next = codeAt(i + 3);
  if (next === CODE_PERCENT || next === CODE_BACKSLASH) return true;
  if (next !== CODE_UNDERSCORE) return false;
  // The start of the input has no character before it here; the detector sees it, so it decides.
  const before = i === 0 ? -1 : codeAt(i - 1);
  if (!isAlnum(before) && before !== CODE_UNDERSCORE) return true;
  // `xmon_test%5F…`: only the second underscore escaped, decoded with its own boundary rule.
  const after = codeAt(i + 8);
  return (after === CODE_PERCENT || after === CODE_BACKSLASH) && TEST.every((c, k) => codeAt(i + 4 + k) === c);
}
