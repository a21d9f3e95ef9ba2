import { ENCODED_NEEDLES } from './decoders.js';

/**
 * The cheap gate in front of the detector: a byte search for the prefix and its encoded forms.
 * Plain, percent-encoded and backslash-escaped prefixes all start with `mon`, so one search for
 * `mon` followed by a check of the next byte covers them; each base64 alignment needs its own
 * search. Buffer#indexOf runs in native code, so files without a hit never become strings.
 */
const MON = Buffer.from('mon');
const AFTER_MON = new Set(['_', '%', '\\'].map((c) => c.charCodeAt(0)));
const BASE64_NEEDLES = ENCODED_NEEDLES.filter((n) => !n.needle.startsWith('mon')).map((n) => Buffer.from(n.needle));

/** True when `bytes[start, end)` may hold a token in any form the detector knows. */
export function mayContainToken(bytes: Buffer, start = 0, end = bytes.length): boolean {
  const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
  for (let i = view.indexOf(MON); i !== -1; i = view.indexOf(MON, i + 1)) {
    if (AFTER_MON.has(view[i + 3] ?? -1)) return true;
  }
  for (const needle of BASE64_NEEDLES) if (view.indexOf(needle) !== -1) return true;
  return false;
}

/** The same gate for text that is already a string (stdin, UTF-16 files, other adapters). */
export function mayContainTokenText(text: string): boolean {
  for (let i = text.indexOf('mon'); i !== -1; i = text.indexOf('mon', i + 1)) {
    const next = text[i + 3];
    if (next === '_' || next === '%' || next === '\\') return true;
  }
  return ENCODED_NEEDLES.some((n) => !n.needle.startsWith('mon') && text.includes(n.needle));
}
