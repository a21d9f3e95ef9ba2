// Fake Monime tokens made at run time (crypto-random base62 bodies), their masked form, and a
// redactor for any text the benchmark prints. A token is never printed whole.

import { randomBytes, randomInt } from 'node:crypto';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `n` random characters from [A-Za-z0-9], uniformly (rejection sampling over random bytes). */
export function randomBase62(n) {
  const out = Buffer.allocUnsafe(n);
  let filled = 0;
  while (filled < n) {
    const bytes = randomBytes(Math.max(64, Math.ceil((n - filled) * 1.1)));
    for (let i = 0; i < bytes.length && filled < n; i++) {
      // 248 = 4 × 62: bytes above it would bias the first characters.
      if (bytes[i] < 248) out[filled++] = BASE62.charCodeAt(bytes[i] % 62);
    }
  }
  return out.toString('latin1');
}

/**
 * A token that looks like a real one: a body with upper and lower case letters and digits and no
 * run of four equal characters, so no sane placeholder or entropy filter can reject it.
 */
export function makeToken(kind, length = 64) {
  let body;
  do body = randomBase62(length);
  while (!/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/[0-9]/.test(body) || /(.)\1\1\1/.test(body));
  return (kind === 'test' ? 'mon_test_' : 'mon_') + body;
}

/** The token shortened as DESIGN §4 says reports show it: prefix, first and last four of the body. */
export function mask(token) {
  const prefix = token.startsWith('mon_test_') ? 'mon_test_' : 'mon_';
  const body = token.slice(prefix.length);
  return `${prefix}${body.slice(0, 4)}…${body.slice(-4)}`;
}

const TOKENISH = /mon_(?:test_)?[A-Za-z0-9]{12,}/g;

/** Masks anything token-shaped in `text` (and any of `secrets`, e.g. encoded forms) before printing. */
export function redact(text, secrets = []) {
  let out = String(text);
  for (const s of secrets) if (s && out.includes(s)) out = out.split(s).join(`${s.slice(0, 4)}…${s.slice(-4)}`);
  return out.replace(TOKENISH, (t) => mask(t));
}

export const b64 = (s) => Buffer.from(s).toString('base64');
export const b64url = (s) => Buffer.from(s).toString('base64url');

export const pick = (list) => list[randomInt(list.length)];

/** Fisher-Yates shuffle with crypto randomness, in place. */
export function shuffle(list) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}
