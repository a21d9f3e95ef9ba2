import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detector/detect.js';
import { BASE64_ANCHORS } from '../../src/detector/anchors.js';
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
  expect(mayContainToken(Buffer.from(text)), label).toBe(true);
}

/** Where the first character of the prefix's encoded run is in `flat` (base64 of something holding a token). */
function runIndex(flat: string): number {
  return Math.min(...BASE64_RUN_TEXTS.map((n) => flat.indexOf(n)).filter((i) => i !== -1));
}

const BASE64_RUN_TEXTS = ['bW9uX', '1vbl', 'tb25f'];

/** Random bytes, so the bytes around an encoded prefix are whatever a real blob has there. */
function randomBytes(length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => Math.floor(Math.random() * 256)));
}

describe('base64 anywhere', () => {
  it('the runs it searches for are in every encoding of the prefix, once and twice, at every alignment', () => {
    const runs = BASE64_ANCHORS.flatMap((anchor) => anchor.runs.map((run) => run.chars));
    for (let round = 0; round < 300; round++) {
      for (const lead of [0, 1, 2]) {
        const inner = Buffer.concat([randomBytes(lead), Buffer.from(liveToken())]).toString(round % 2 ? 'base64' : 'base64url');
        expect(runs.filter((run) => inner.includes(run)).length, inner).toBeGreaterThan(0);
        for (const outerLead of [0, 1, 2]) {
          const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
          const before = Array.from({ length: outerLead }, () => alphabet[Math.floor(Math.random() * 64)]).join('');
          const outer = Buffer.from(before + inner).toString('base64');
          expect(runs.filter((run) => outer.includes(run)).length, outer).toBeGreaterThan(0);
        }
      }
    }
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

  it('finds wrapped base64 at every width from 2 to 80, every line break position, LF and CRLF', () => {
    let split = 0;
    for (let width = 2; width <= 80; width++) {
      for (const lead of [0, 1, 2, 7, 31]) {
        for (const eol of ['\n', '\r\n']) {
          const token = (width + lead) % 2 ? liveToken() : testToken();
          const flat = Buffer.from(`${'#'.repeat(lead)}\nMONIME_ACCESS_TOKEN=${token}\nOTHER=1\n`).toString('base64');
          const at = runIndex(flat);
          if (Math.floor(at / width) !== Math.floor((at + 3) / width)) split++;
          expectToken(`data: |\n${wrap(flat, width, eol)}\n`, token, 'base64', `width ${width} lead ${lead} ${JSON.stringify(eol)}`);
        }
      }
    }
    // Many of these had a line break inside the encoded prefix, which used to hide the token.
    expect(split).toBeGreaterThan(50);
  });

  it('finds wrapped base64 in a JSON or JavaScript string, its line breaks written as \\n or \\r\\n escapes', () => {
    for (let width = 2; width <= 80; width += width < 12 ? 1 : 7) {
      for (const lead of [0, 1, 2, 5]) {
        for (const eol of ['\\n', '\\r\\n']) {
          const token = (width + lead) % 2 ? liveToken() : testToken();
          const flat = Buffer.from(`${'#'.repeat(lead)}\nMONIME_ACCESS_TOKEN=${token}\n`).toString('base64');
          const label = `width ${width} lead ${lead} ${eol}`;
          expectToken(`{"env": "${wrap(flat, width, eol)}"}\n`, token, 'base64', label);
          expectToken(`const env = '${wrap(flat, width, eol)}';\n`, token, 'base64', label);
        }
      }
    }
  });

  it('joins base64 across escaped line breaks only, and not into a placeholder', () => {
    const token = liveToken();
    const flat = Buffer.from(`k=${token}`).toString('base64');
    // A backslash that starts no line break (`\\t`) ends the run: what is decoded stops there.
    const text = `"${flat.slice(0, 40)}\\t${flat.slice(40)}"`;
    const matches = detect(text).matches;
    expect(matches.every((m) => m.token !== token && m.end <= text.indexOf('\\t'))).toBe(true);
    const placeholder = Buffer.from(`mon_${'X'.repeat(40)}`).toString('base64');
    expect(detect(`"${wrap(placeholder, 8, '\\n')}"`).matches).toEqual([]);
  });

  it('finds a token whose encoded prefix is split at each of its characters, and at two of them two apart', () => {
    for (const lead of [0, 1, 2]) {
      const token = liveToken();
      const flat = Buffer.from(`${'='.repeat(lead)}${token}`).toString('base64');
      const at = runIndex(flat);
      for (let k = 1; k <= 4; k++) {
        for (const eol of ['\n', '\r\n']) {
          expectToken(`${flat.slice(0, at + k)}${eol}${flat.slice(at + k)}`, token, 'base64', `lead ${lead} split ${k}`);
        }
        for (let j = k + 2; j <= 4; j++) {
          const text = `${flat.slice(0, at + k)}\n${flat.slice(at + k, at + j)}\n${flat.slice(at + j)}`;
          expectToken(text, token, 'base64', `lead ${lead} splits ${k} ${j}`);
        }
      }
    }
  });

  it('does not report a wrapped base64 placeholder', () => {
    const flat = Buffer.from(`mon_${'X'.repeat(31)} mon_test_${'x'.repeat(64)}`).toString('base64');
    for (let width = 1; width < 40; width++) expect(detect(wrap(flat, width)).matches).toEqual([]);
  });

  it('stays linear on megabytes of split runs and anchors', () => {
    for (const unit of ['W9\nuX', 'bW\n9u', '1v\nbl', 'Ylc5d', 'J\nX', 'Z', '5\n']) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(detect(text).matches, unit).toEqual([]);
    }
  });
});

describe('base64 inside base64', () => {
  it('finds a token at every inner and outer alignment, standard and URL-safe', () => {
    for (let lead = 0; lead < 9; lead++) {
      for (let outerLead = 0; outerLead < 6; outerLead++) {
        const token = (lead + outerLead) % 2 ? liveToken() : testToken();
        const inner = Buffer.from(`${'k'.repeat(lead)}=${token}\n`).toString(outerLead % 2 ? 'base64url' : 'base64');
        const outer = Buffer.from(`${'x'.repeat(outerLead)}:${inner}`).toString(lead % 2 ? 'base64url' : 'base64');
        expectToken(`data:\n  config: ${outer}\n`, token, 'double-base64', `lead ${lead} outer lead ${outerLead}`);
      }
    }
  });

  it('finds it in a Kubernetes Secret holding a base64 config, wrapped at any width', () => {
    for (const width of [2, 3, 5, 60, 64, 76]) {
      const token = liveToken();
      const config = `{"auths":{"registry.example":{"auth":"${Buffer.from(`ci:${token}`).toString('base64')}"}}}`;
      const outer = Buffer.from(config).toString('base64');
      expectToken(`kind: Secret\ndata:\n  .dockerconfigjson: |\n${wrap(outer, width)}\n`, token, 'double-base64', `width ${width}`);
    }
  });

  it('finds it when the inner base64 was wrapped (the base64 command wraps at 76) before the outer encoding', () => {
    for (let lead = 0; lead < 12; lead++) {
      const token = lead % 2 ? liveToken() : testToken();
      const inner = wrap(Buffer.from(`${'#'.repeat(lead)}=${token}`).toString('base64'), 76);
      const outer = Buffer.from(`TOKEN_B64=${inner}\n`).toString('base64');
      expectToken(`data:\n  app.env: ${outer}\n`, token, 'double-base64', `lead ${lead}`);
    }
  });

  it('finds it wrapped inside a JSON string, with escaped line breaks', () => {
    for (const width of [3, 64, 76]) {
      const token = testToken();
      const outer = Buffer.from(`{"auth":"${Buffer.from(`ci:${token}`).toString('base64')}"}`).toString('base64');
      expectToken(`{"data": {".dockerconfigjson": "${wrap(outer, width, '\\n')}"}}`, token, 'double-base64', `width ${width}`);
    }
  });

  it('locates the evidence at the outer characters and does not also report the inner layer', () => {
    const token = liveToken();
    const outer = Buffer.from(Buffer.from(`t=${token}`).toString('base64')).toString('base64');
    const text = `value: ${outer}\n`;
    const [match] = detect(text).matches;
    expect(match?.start).toBeGreaterThanOrEqual(text.indexOf(outer));
    expect(match?.end).toBeLessThanOrEqual(text.indexOf(outer) + outer.length);
    expect(match!.end - match!.start).toBeGreaterThan(((token.length * 4) / 3) * (4 / 3) - 4);
  });
});
