import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detector/detect.js';
import { mayContainToken, mayContainTokenText } from '../../src/detector/prefilter.js';
import type { Encoding } from '../../src/types.js';
import { liveToken, maskOf, testToken } from '../support/tokens.js';

/** Wraps `text` every `width` characters with `eol`. */
function wrap(text: string, width: number, eol = '\n'): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join(eol);
}

/** Bytes that make the base64url form differ from the standard one (`-_-_`). */
const URL_SAFE_MARK = Buffer.from([0xfb, 0xff, 0xbf]);

/** Asserts one finding of `token` with `encoding`, and that the prefilter lets the text through. */
function expectToken(text: string, token: string, encoding: Encoding, label: string): void {
  const { matches } = detect(text);
  expect(
    matches.map((m) => [maskOf(m.token), m.token === token, m.encoding]),
    label,
  ).toEqual([[maskOf(token), true, encoding]]);
  expect(mayContainTokenText(text), label).toBe(true);
  // The byte gate lets a blob split inside its encoded prefix through only with another hit in the
  // same input (a pass over every line break cost 15% of a scan of real code): see the test below.
  if (!splitInsidePrefix(text)) expect(mayContainToken(Buffer.from(text)), label).toBe(true);
}

/** Whether no base64 needle of the prefix is whole in `text` (it is split by a line break). */
function splitInsidePrefix(text: string): boolean {
  return !mayContainToken(Buffer.from(text.replace(/\r?\n/g, '\n'))) && mayContainToken(Buffer.from(text.replace(/\r?\n/g, '')));
}

describe('base64 anywhere', () => {
  it('byte gate: a blob split inside its encoded prefix passes with any other hit in the same input', () => {
    const token = liveToken();
    const flat = Buffer.from(`k=${token}\n`).toString('base64');
    const splitAt = flat.indexOf(flat.slice(0, 12)) + 3;
    const text = `${flat.slice(0, splitAt)}\n${flat.slice(splitAt)}\n`;
    expect(detect(text).matches.map((m) => m.token)).toEqual([token]);
    expect(mayContainToken(Buffer.from(`${text}other = "mon_"\n`))).toBe(true);
  });

  it('finds a token after 0, 1, 2 … 100 bytes, so at all three alignments and any position', () => {
    for (let lead = 0; lead <= 100; lead++) {
      const token = lead % 2 ? liveToken() : testToken();
      const blob = Buffer.from(`${'k'.repeat(lead)}=${token}\n`).toString('base64');
      expectToken(`secret: ${blob}\n`, token, 'base64', `lead ${lead}`);
    }
  });

  it('finds a token deep in a long blob', () => {
    const token = liveToken();
    const filler = Buffer.alloc(20_000, 0x41)
      .toString('latin1')
      .replace(/A/g, (_, i: number) => String.fromCharCode(32 + ((i * 7) % 90)));
    const blob = Buffer.from(`${filler}\nMONIME_ACCESS_TOKEN=${token}\n${filler}`).toString('base64');
    expectToken(blob, token, 'base64', 'long blob');
  });

  it('finds base64url at every alignment, with and without padding', () => {
    // The `-_` mark must sit within the decoded window (the group before the token's): farther
    // away, nothing near the token tells base64url from base64.
    for (const lead of [0, 1, 2]) {
      const token = testToken();
      const url = Buffer.concat([URL_SAFE_MARK, Buffer.alloc(lead, 0x2e), Buffer.from(`${token}:x`)]).toString('base64url');
      expect(url.startsWith('-_-_')).toBe(true);
      expectToken(`?state=${url}&x=1`, token, 'base64url', `unpadded lead ${lead}`);
      const padded = url + '='.repeat((4 - (url.length % 4)) % 4);
      expectToken(`?state=${padded}&x=1`, token, 'base64url', `padded lead ${lead}`);
    }
  });

  it('finds standard base64 with and without padding', () => {
    for (const tail of ['', 'a', 'ab']) {
      const token = liveToken();
      const blob = Buffer.from(`${token}\n${tail}`).toString('base64');
      expectToken(`"${blob}"`, token, 'base64', `padded ${tail}`);
      expectToken(`"${blob.replace(/=+$/, '')}"`, token, 'base64', `unpadded ${tail}`);
    }
  });

  it('finds wrapped base64 at every width from 4 to 80, every line break position, LF and CRLF', () => {
    let split = 0;
    for (let width = 4; width <= 80; width++) {
      for (const lead of [0, 1, 2, 7, 31]) {
        for (const eol of ['\n', '\r\n']) {
          const token = (width + lead) % 2 ? liveToken() : testToken();
          const flat = Buffer.from(`${'#'.repeat(lead)}\nMONIME_ACCESS_TOKEN=${token}\nOTHER=1\n`).toString('base64');
          const at = Math.min(...['W9uX', '1vbl', 'b25f'].map((n) => flat.indexOf(n)).filter((i) => i !== -1));
          if (Math.floor(at / width) !== Math.floor((at + 3) / width)) split++;
          expectToken(`data: |\n${wrap(flat, width, eol)}\n`, token, 'base64', `width ${width} lead ${lead} ${JSON.stringify(eol)}`);
        }
      }
    }
    // Many of these had a line break inside the encoded prefix, which used to hide the token.
    expect(split).toBeGreaterThan(50);
  });

  it('finds a token whose encoded prefix is split at each of its characters', () => {
    for (const lead of [0, 1, 2]) {
      const token = liveToken();
      const flat = Buffer.from(`${'='.repeat(lead)}${token}`).toString('base64');
      const at = Math.min(...['W9uX', '1vbl', 'b25f'].map((n) => flat.indexOf(n)).filter((i) => i !== -1));
      for (let k = 1; k <= 3; k++) {
        const text = `${flat.slice(0, at + k)}\n${flat.slice(at + k)}`;
        expectToken(text, token, 'base64', `lead ${lead} split ${k}`);
      }
    }
  });

  it('does not report a wrapped base64 placeholder', () => {
    const flat = Buffer.from(`mon_${'X'.repeat(31)} mon_test_${'x'.repeat(64)}`).toString('base64');
    for (let width = 4; width < 40; width++) expect(detect(wrap(flat, width)).matches).toEqual([]);
  });

  it('stays linear on megabytes of split needles', () => {
    expect(detect('W9\nuX'.repeat(200_000)).matches).toEqual([]);
  });
});
