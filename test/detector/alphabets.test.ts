import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detector/detect.js';
import { maskOf } from '../support/tokens.js';

const ALPHABETS = {
  'lowercase and digits': 'abcdefghijklmnopqrstuvwxyz0123456789',
  'upper case and digits': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  'letters only': 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
} as const;

/** A random 64-character body from `alphabet`, re-drawn until it uses every class of it and has no run of 4. */
function bodyFrom(alphabet: string): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 64; i++) body += alphabet[randomInt(alphabet.length)];
    const classes = [/[0-9]/, /[A-Z]/, /[a-z]/].filter((re) => re.test(alphabet));
    if (classes.every((re) => re.test(body)) && !/(.)\1{3}/.test(body)) return body;
  }
}

describe('tokens from narrower alphabets', () => {
  for (const [name, alphabet] of Object.entries(ALPHABETS)) {
    for (const prefix of ['mon_', 'mon_test_']) {
      it(`reports a 64-character ${name} body after ${prefix}`, () => {
        for (let i = 0; i < 50; i++) {
          const token = `${prefix}${bodyFrom(alphabet)}`;
          const { matches } = detect(`MONIME_ACCESS_TOKEN=${token}\n`);
          expect(
            matches.map((m) => [maskOf(m.token), m.token === token, m.kind, m.confidence, m.encoding]),
            token.slice(0, 12),
          ).toEqual([[maskOf(token), true, prefix === 'mon_' ? 'live' : 'test', 'high', undefined]]);
        }
      });
    }
    it(`reports a base64-encoded ${name} body`, () => {
      const token = `mon_${bodyFrom(alphabet)}`;
      const { matches } = detect(Buffer.from(`K=${token}\n`).toString('base64'));
      expect(matches.map((m) => [maskOf(m.token), m.encoding])).toEqual([[maskOf(token), 'base64']]);
    });
  }

  it('keeps rejecting single-case bodies of other lengths and hex digests', () => {
    const hex = Array.from({ length: 64 }, () => '0123456789abcdef'[randomInt(16)]).join('');
    for (const body of [hex, hex.toUpperCase(), bodyFrom(ALPHABETS['lowercase and digits']).slice(0, 40), 'K7Q2ZD9XW4PL8RTM3VBN6YHC5FJG']) {
      expect(detect(`x = mon_${body};`).matches, body).toEqual([]);
    }
  });

  const placeholders: Array<[string, string]> = [
    ['x'.repeat(64), 'repeated'],
    ['X'.repeat(64), 'repeated'],
    ['abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01', 'sequential'],
    ['ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ01', 'sequential'],
    ['token123'.repeat(8), 'low-entropy'],
    ['TOKEN123'.repeat(8), 'low-entropy'],
    ['yourToken'.repeat(7).slice(0, 64), 'low-entropy'],
  ];
  it.each(placeholders)('keeps rejecting the narrow-alphabet placeholder %s as %s', (body, reason) => {
    const result = detect(`token: mon_${body}`, { placeholders: true });
    expect(result.matches).toEqual([]);
    expect(result.rejections.map((r) => r.reason)).toEqual([reason]);
  });

  it('keeps rejecting a 64-character letters-only identifier', () => {
    const name = 'getTransactionHistoryForAccountWithPaginationAndSortingEnabledOk';
    expect(name).toHaveLength(64);
    expect(detect(`mon_${name}`).matches).toEqual([]);
  });
});
