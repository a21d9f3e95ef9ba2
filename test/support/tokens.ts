import { randomInt } from 'node:crypto';
import type { ExampleTokens } from '../../rules/index.js';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random base62 body. Bodies are re-drawn until they have upper and lower case, a digit and no
 * long runs, so a test never fails on the astronomically rare random body the detector rejects.
 */
export function randomBody(length = 64): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < length; i++) body += BASE62[randomInt(62)];
    if (/[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body) && !/(.)\1{3}/.test(body)) return body;
  }
}

/** A fresh live token. */
export function liveToken(length = 64): string {
  return `mon_${randomBody(length)}`;
}

/** A fresh test token. */
export function testToken(length = 64): string {
  return `mon_test_${randomBody(length)}`;
}

/** A fresh token of either kind. */
export function tokenOf(kind: 'live' | 'test', length = 64): string {
  return kind === 'test' ? testToken(length) : liveToken(length);
}

/**
 * The masked form of a token, as every output must show it: the prefix, the first and last four
 * characters of the body (docs/output.md, "Masking and fingerprints"). Written out here rather
 * than imported from the code, so tests check the code against the contract.
 */
export function maskOf(token: string): string {
  const prefix = token.startsWith('mon_test_') ? 'mon_test_' : 'mon_';
  const body = token.slice(prefix.length);
  return `${prefix}${body.slice(0, 4)}…${body.slice(-4)}`;
}

/** The generator handed to rule examples. */
export const exampleTokens: ExampleTokens = { live: liveToken, test: testToken };
