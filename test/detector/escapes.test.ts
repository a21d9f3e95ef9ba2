import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detector/detect.js';
import { mayContainToken, mayContainTokenText } from '../../src/detector/prefilter.js';
import type { Encoding } from '../../src/types.js';
import { liveToken, maskOf, randomBody, testToken } from '../support/tokens.js';

/** Escapes one character the way a format writes it. */
const escapes = {
  u4: (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  U4: (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  braces: (c: string) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  bracesPadded: (c: string) => `\\u{${c.charCodeAt(0).toString(16).toUpperCase().padStart(6, '0')}}`,
  x: (c: string) => `\\x${c.charCodeAt(0).toString(16)}`,
  X: (c: string) => `\\x${c.charCodeAt(0).toString(16).toUpperCase()}`,
  dec: (c: string) => `&#${c.charCodeAt(0)};`,
  decBare: (c: string) => `&#${c.charCodeAt(0)}`,
  hexRef: (c: string) => `&#x${c.charCodeAt(0).toString(16)};`,
  HexRef: (c: string) => `&#X${c.charCodeAt(0).toString(16).toUpperCase()};`,
  pct: (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  pctLower: (c: string) => `%${c.charCodeAt(0).toString(16)}`,
} satisfies Record<string, (c: string) => string>;

type Escaper = (c: string) => string;

/** Escapes the characters of `token` at the given indexes with `escape`. */
function escapeAt(token: string, indexes: number[], escape: Escaper): string {
  return [...token].map((c, i) => (indexes.includes(i) ? escape(c) : c)).join('');
}

/** Asserts exactly one finding: the token (by its mask and value), its encoding and its exact span. */
function expectOne(text: string, encoded: string, token: string, encoding: Encoding | undefined): void {
  const { matches } = detect(text);
  expect(matches, text).toHaveLength(1);
  const match = matches[0]!;
  expect(maskOf(match.token)).toBe(maskOf(token));
  expect(match.token === token).toBe(true);
  expect(match.encoding).toBe(encoding);
  expect([match.start, match.end]).toEqual([text.indexOf(encoded), text.indexOf(encoded) + encoded.length]);
  expect(mayContainTokenText(text)).toBe(true);
  expect(mayContainToken(Buffer.from(text))).toBe(true);
}

describe('escapes of any prefix character', () => {
  const cases: Array<[string, Escaper, Encoding, (e: string) => string]> = [
    ['JSON \\u006d', escapes.u4, 'unicode-escape', (e) => `{"token": "${e}"}`],
    ['JSON \\u006D (upper-case hex)', escapes.U4, 'unicode-escape', (e) => `{"token": "${e}"}`],
    ['.properties \\u006d', escapes.u4, 'unicode-escape', (e) => `monime.token=${e}\n`],
    ['JavaScript \\u{6d}', escapes.braces, 'unicode-escape', (e) => `const t = "${e}";`],
    ['JavaScript \\u{00006D}', escapes.bracesPadded, 'unicode-escape', (e) => `const t = '${e}';`],
    ['JavaScript \\x6d', escapes.x, 'hex-escape', (e) => `const t = '${e}';`],
    ['JavaScript \\x6D', escapes.X, 'hex-escape', (e) => `const t = '${e}';`],
    ['HTML &#109;', escapes.dec, 'html-entity', (e) => `<code>${e}</code>`],
    ['HTML &#109 without ;', escapes.decBare, 'html-entity', (e) => `<code>${e}</code>`],
    ['HTML &#x6d;', escapes.hexRef, 'html-entity', (e) => `<input value="${e}">`],
    ['HTML &#X6D;', escapes.HexRef, 'html-entity', (e) => `<input value="${e}">`],
    ['URL %6D', escapes.pct, 'percent', (e) => `https://x.test/cb?token=${e}&next=1`],
    ['URL %6d', escapes.pctLower, 'percent', (e) => `https://x.test/cb?token=${e}&next=1`],
  ];
  // Which prefix characters are escaped: each alone, several, all, and (for test tokens) `test_`.
  const patterns: Array<[string, number[]]> = [
    ['m', [0]],
    ['o', [1]],
    ['n', [2]],
    ['_', [3]],
    ['m and _', [0, 3]],
    ['o and n', [1, 2]],
    ['all of mon_', [0, 1, 2, 3]],
  ];
  for (const [format, escape, encoding, wrap] of cases) {
    for (const [which, indexes] of patterns) {
      // A bare `&#95` before a body that starts with a digit reads on into it, as browsers do.
      if (escape === escapes.decBare && indexes.includes(3)) continue;
      it(`${format}: ${which} escaped, live and test`, () => {
        for (const token of [liveToken(), testToken()]) {
          const encoded = escapeAt(token, indexes, escape);
          expectOne(wrap(encoded), encoded, token, encoding);
        }
      });
    }
    // `&#95` before a digit would read as `&#950`, as a browser reads it; a bare reference is
    // only tried where a letter follows.
    if (escape === escapes.decBare) continue;
    it(`${format}: every character of a test token's prefix escaped`, () => {
      const token = testToken();
      const encoded = escapeAt(token, [0, 1, 2, 3, 4, 5, 6, 7, 8], escape);
      expectOne(wrap(encoded), encoded, token, encoding);
    });
    it(`${format}: the whole token escaped`, () => {
      const token = liveToken();
      const encoded = escapeAt(
        token,
        [...token].map((_, i) => i),
        escape,
      );
      expectOne(wrap(encoded), encoded, token, encoding);
    });
  }

  it.each([
    ['&lowbar;', 'html-entity'],
    ['&UnderBar;', 'html-entity'],
    ['&#95;', 'html-entity'],
  ] as const)('HTML named and numeric underscores: %s', (underscore, encoding) => {
    const token = testToken();
    const encoded = token.replaceAll('_', underscore);
    expectOne(`<pre>MONIME_ACCESS_TOKEN=${encoded}</pre>`, encoded, token, encoding);
  });

  it('only a test token’s `test` escaped after a plain `mon_`', () => {
    const token = testToken();
    const encoded = `mon_t${escapes.u4('e')}st_${token.slice(9)}`;
    expectOne(`"${encoded}"`, encoded, token, 'unicode-escape');
  });

  it.each([
    ['\\u006d&#111;n%5F', 'JSON, HTML and URL escapes'],
    ['%6D\\x6Fn&lowbar;', 'URL, \\x and HTML escapes'],
    ['\\u{6d}o\\u006e\\x5f', '\\u{…}, \\u and \\x escapes'],
  ])('mixed escapes %s (%s) are one token, `mixed-escape`', (prefix) => {
    const token = liveToken();
    const encoded = `${prefix}${token.slice(4)}`;
    expectOne(`value: "${encoded}"`, encoded, token, 'mixed-escape');
  });

  it('reads an escaped character before the prefix as the boundary', () => {
    const token = liveToken();
    // `\x3d` is `=`, so `\x3dmon_…` is `=mon_…`: a plain token after an escaped boundary.
    expectOne(`"k\\x3d${token}"`, token, token, undefined);
    expectOne(`k%3D${escapes.pct('m')}${token.slice(1)}`, `${escapes.pct('m')}${token.slice(1)}`, token, 'percent');
    expectOne(`k&#61;&#109;${token.slice(1)}`, `&#109;${token.slice(1)}`, token, 'html-entity');
    // An escaped letter before it glues it to a word, as a plain one does.
    for (const before of ['\\x61', '\\u0061', '%61', '&#97;', 'a']) {
      expect(detect(`${before}${escapes.u4('m')}${token.slice(1)}`).matches, before).toEqual([]);
    }
    for (const before of ['\\x61', '\\u{61}', '%31', '&#97;', '&#x5f;', '&lowbar;']) {
      expect(detect(`${before}${token}`).matches, before).toEqual([]);
    }
    for (const before of ['&quot;', '&#61;', '\\u{3d}', '{}', '&amp;']) {
      expect(
        detect(`${before}${token}`).matches.map((m) => m.token === token),
        before,
      ).toEqual([true]);
    }
  });

  it('does not report escaped placeholders or escaped identifiers', () => {
    for (const escape of Object.values(escapes)) {
      for (const text of [`mon_${'X'.repeat(31)}`, `mon_test_${'x'.repeat(64)}`, 'mon_decimal_point', `mon_${randomBody(10)}`]) {
        expect(detect(escapeAt(text, [0, 3], escape)).matches, escapeAt(text, [0, 3], escape)).toEqual([]);
      }
    }
  });

  it('lets ordinary escapes through the detector without findings and stops them at the prefilter', () => {
    const text = 'a\\nb %20 &amp; &nbsp; \\u00e9 \\x41 &#65; %2F mo%3D \\u{1F600}';
    expect(detect(`${text} m&#111;re`).matches).toEqual([]);
    expect(mayContainTokenText(text)).toBe(false);
    expect(mayContainToken(Buffer.from(text))).toBe(false);
  });

  it('stays linear on megabytes of escaped prefixes', () => {
    for (const prefix of ['\\u006d\\u006f\\u006e\\u005f', '&#109;', '%6D%6F', 'm\\x6f']) {
      expect(detect(prefix.repeat(100_000)).matches).toEqual([]);
    }
  });
});

describe('escapes: property', () => {
  it('finds a token with any of its characters escaped in any mix of forms, at its exact span, and the prefilter passes it', () => {
    // Bare `&#NN` is left out: before a digit it reads on into it, as browsers read it.
    const forms = Object.entries(escapes).filter(([name]) => name !== 'decBare');
    fc.assert(
      fc.property(
        fc.constantFrom('live', 'test'),
        fc.array(fc.integer({ min: -1, max: forms.length - 1 }), { minLength: 80, maxLength: 80 }),
        fc.constantFrom('', ' ', '"', '=', '\n', '>', '\\x3d', '%3D', '&quot;'),
        fc.constantFrom('', ' ', '"', ';', '<', '&', '%22'),
        (kind, picks, before, after) => {
          const token = kind === 'test' ? testToken() : liveToken();
          const encoded = [...token]
            .map((c, i) => {
              const pick = picks[i] ?? -1;
              return pick < 0 ? c : forms[pick]![1](c);
            })
            .join('');
          const text = `(${before}${encoded}${after})`;
          const { matches } = detect(text);
          const start = 1 + before.length;
          expect(matches.map((m) => [m.token === token, m.start, m.end])).toEqual([[true, start, start + encoded.length]]);
          expect(mayContainTokenText(text)).toBe(true);
          expect(mayContainToken(Buffer.from(text))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
