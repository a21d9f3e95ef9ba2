import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detector/detect.js';
import { mayContainToken, mayContainTokenText } from '../../src/detector/prefilter.js';
import { liveToken, randomBody, testToken } from '../support/tokens.js';

describe('detect: plain tokens', () => {
  it('tells live from test and reports exact spans', () => {
    const live = liveToken();
    const test = testToken();
    const text = `A=${live}\nB="${test}"`;
    const { matches } = detect(text);
    expect(matches.map((m) => [m.kind, m.start, m.end, m.confidence, m.token === live || m.token === test])).toEqual([
      ['live', 2, 2 + live.length, 'high', true],
      ['test', text.indexOf(test), text.indexOf(test) + test.length, 'high', true],
    ]);
  });

  it.each([20, 31, 40, 63, 65, 100, 128])('finds %i-character bodies at medium confidence', (length) => {
    const { matches } = detect(` ${liveToken(length)} `);
    expect(matches).toHaveLength(1);
    expect(matches[0]?.confidence).toBe('medium');
    expect(matches[0]?.bodyLength).toBe(length);
  });

  it.each([19, 129, 400])('ignores %i-character bodies', (length) => {
    expect(detect(` mon_${randomBody(length)} `).matches).toEqual([]);
  });

  it('requires a boundary before the prefix and after the body', () => {
    const body = randomBody();
    for (const before of ['a', 'Z', '7', '_']) expect(detect(`${before}mon_${body}`).matches).toEqual([]);
    for (const after of ['_x', '-x']) expect(detect(`mon_${body}${after}`).matches).toEqual([]);
    for (const before of ['', ' ', '"', '=', ':', '\n', '(', '/', '-', '.']) {
      expect(detect(`${before}mon_${body};`).matches).toHaveLength(1);
    }
  });

  it('reads `mon_test_` as a test token but `mon_testX…` as live', () => {
    expect(detect(`mon_test_${randomBody()}`).matches[0]?.kind).toBe('test');
    expect(detect(`mon_testQ${randomBody(50)}`).matches[0]?.kind).toBe('live');
  });
});

describe('detect: placeholders and non-tokens', () => {
  const placeholders: Array<[string, string]> = [
    [`mon_${'X'.repeat(31)}`, 'repeated'],
    [`mon_test_${'X'.repeat(31)}`, 'repeated'],
    [`mon_${'x'.repeat(64)}`, 'repeated'],
    ['mon_abcdefghijklmnopqrstuvwxyzABCDEF', 'sequential'],
    ['mon_0123456789012345678901234567890123', 'sequential'],
    ['mon_ABCDEF0123456789GHIJKL4567MNOPQRabc', 'sequential'],
    [`mon_${'aB1c'.repeat(10)}`, 'low-entropy'],
    ['mon_<your-token>', 'template'],
    ['mon_${MONIME_TOKEN}', 'template'],
    ['mon_{{ token }}', 'template'],
    ['mon_[REDACTED]', 'template'],
    ['mon_test_aB3d****wXy9', 'redacted'],
    ['mon_test_…', 'ellipsis'],
    ['mon_...', 'ellipsis'],
  ];
  it.each(placeholders)('rejects %s as %s and lists it when asked', (text, reason) => {
    const result = detect(`token: ${text}`, { placeholders: true });
    expect(result.matches).toEqual([]);
    expect(result.rejections.map((r) => r.reason)).toEqual([reason]);
  });

  it.each([
    'mon_decimal_point',
    'mon_allow_pool_delete',
    'mon_test_speed_desc_base_immobile',
    'mon_token',
    'mon_test_42',
    'mon_getTransactionHistoryForAccount',
    'mon_ThisIsMyTokenNameForTesting',
    `mon_${'9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'}`,
    'mon_K7Q2ZD9XW4PL8RTM3VBN6YHC5FJG',
  ])('does not report or list %s', (text) => {
    const result = detect(`x = ${text};`, { placeholders: true });
    expect(result.matches).toEqual([]);
    expect(result.rejections).toEqual([]);
  });
});

describe('detect: encodings', () => {
  it('finds base64 at every byte alignment inside larger blobs, and points at the encoded text', () => {
    for (const lead of ['', '=', 'a=', 'ab=', 'MONIME_ACCESS_TOKEN=', 'x\n']) {
      const token = liveToken();
      const blob = Buffer.from(`${lead}${token}\nOTHER=1\n`).toString('base64');
      const text = `data: ${blob} # end`;
      const { matches } = detect(text);
      expect(matches, `lead ${JSON.stringify(lead)}`).toHaveLength(1);
      const match = matches[0]!;
      expect(match.token).toBe(token);
      expect(match.encoding).toBe('base64');
      // The span decodes back to text holding the token.
      const start = 6 + Math.floor((match.start - 6) / 4) * 4;
      const decoded = Buffer.from(text.slice(start, match.end + 4), 'base64').toString('latin1');
      expect(decoded).toContain(token.slice(0, 20));
    }
  });

  it('finds base64url and HTTP Basic credentials', () => {
    const token = testToken();
    // Bytes 0xfb 0xff 0xbf encode to `-_-_` in base64url, so the encoding is unambiguous.
    const blob = Buffer.concat([Buffer.from([0xfb, 0xff, 0xbf]), Buffer.from(`${token}:`)]).toString('base64url');
    expect(blob.startsWith('-_-_')).toBe(true);
    expect(detect(`?state=${blob}`).matches.map((m) => [m.token === token, m.encoding])).toEqual([[true, 'base64url']]);
    const basic = Buffer.from(`${token}:`).toString('base64');
    expect(detect(`Authorization: Basic ${basic}`).matches.map((m) => [m.kind, m.encoding])).toEqual([['test', 'base64']]);
  });

  it('finds percent-encoded and escaped tokens with exact spans', () => {
    const token = liveToken();
    const cases: Array<[string, string]> = [
      [token.replace('_', '%5F'), 'percent'],
      [token.replace('_', '%5f'), 'percent'],
      [token.replace('_', '\\u005f'), 'unicode-escape'],
      [token.replace('_', '\\x5F'), 'hex-escape'],
    ];
    for (const [encoded, encoding] of cases) {
      const text = `"${encoded}"`;
      const { matches } = detect(text);
      expect(matches.map((m) => [m.token, m.encoding, m.start, m.end])).toEqual([[token, encoding, 1, 1 + encoded.length]]);
    }
    const test = testToken();
    expect(detect(`%3D${test.replaceAll('_', '%5F')}`).matches.map((m) => m.token)).toEqual([test]);
    expect(detect(`x${test.replaceAll('_', '%5F')}`).matches).toEqual([]);
  });

  it('finds base64 wrapped over lines, as `base64` writes it, also where a line break splits the prefix', () => {
    let checked = 0;
    for (const width of [76, 64]) {
      for (let lead = 0; lead < 80; lead++) {
        const token = lead % 2 ? liveToken() : testToken();
        const flat = Buffer.from(`${'#'.repeat(lead)}\nMONIME_ACCESS_TOKEN=${token}\nOTHER=1\n`).toString('base64');
        const wrapped = flat.replace(new RegExp(`(.{${width}})`, 'g'), '$1\n');
        const matches = detect(`data: |\n${wrapped}`).matches;
        checked++;
        expect(matches.map((m) => [m.token === token, m.encoding])).toEqual([[true, 'base64']]);
      }
    }
    expect(checked).toBe(160);
  });

  it('does not report encoded placeholders', () => {
    expect(detect(Buffer.from(`mon_${'X'.repeat(31)}`).toString('base64')).matches).toEqual([]);
    expect(detect(`mon%5F${'Y'.repeat(31)}`).matches).toEqual([]);
  });
});

describe('prefilter', () => {
  it('passes every form the detector knows and rejects plain text', () => {
    const token = liveToken();
    const forms = [
      token,
      token.replace('_', '%5F'),
      token.replace('_', '\\u005f'),
      token.replace('_', '\\x5f'),
      ...['', 'a', 'ab'].map((lead) => Buffer.from(lead + token).toString('base64')),
    ];
    for (const form of forms) {
      expect(mayContainToken(Buffer.from(`... ${form} ...`))).toBe(true);
      expect(mayContainTokenText(`... ${form} ...`)).toBe(true);
    }
    expect(mayContainToken(Buffer.from('common monday money month daemon'))).toBe(false);
    expect(mayContainTokenText('common monday money month daemon')).toBe(false);
  });

  it('lets no prefix glued to a word through, since the detector would reject it', () => {
    const glued = `common_${randomBody(64)} daemon_test_${randomBody(64)} x_mon_${randomBody(64)}`;
    expect(detect(glued).matches).toEqual([]);
    expect(mayContainToken(Buffer.from(glued))).toBe(false);
    expect(mayContainTokenText(glued)).toBe(false);
  });

  it('never rejects an input in which the detector finds a token', () => {
    const token = liveToken();
    const pieces = [
      'mon_',
      'mon',
      '_',
      '%5F',
      '%3D',
      '\\x3d',
      '\\u005f',
      'test',
      'test_',
      'm',
      'o',
      'n',
      '\\u006d',
      '\\u{6D}',
      '&#111;',
      '&#x6e;',
      '%6E',
      '&lowbar;',
      '&#61;',
      'x',
      '=',
      ' ',
      '\n',
      token,
      token.slice(4),
      token.slice(0, 10),
      Buffer.from(token).toString('base64').slice(0, 12),
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (detect(text).matches.length === 0) return;
        expect(mayContainTokenText(text)).toBe(true);
        expect(mayContainToken(Buffer.from(text))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('adversarial input stays linear', () => {
  it('handles megabytes of repeated prefixes and prefix-led base62 without findings', () => {
    expect(detect('mon_'.repeat(500_000)).matches).toEqual([]);
    expect(detect(`mon_${randomBody(64).repeat(30_000)}`).matches).toEqual([]);
    expect(detect('mon%5F'.repeat(200_000)).matches).toEqual([]);
    expect(detect('bW9uX'.repeat(200_000)).matches).toEqual([]);
  });
});
