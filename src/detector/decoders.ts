import type { Encoding } from '../types.js';
import { BASE64_RUNS, type EncodedRun } from './anchors.js';
import { isAlnum, MAX_TOKEN_LENGTH } from './grammar.js';

/**
 * A decoded stretch of text around one prefilter hit. The detector parses `text` at `prefixAt`
 * exactly as it parses plain text, then maps the token back to where its encoded form sits.
 */
export interface DecodedWindow {
  /** Decoded characters (tokens are ASCII, so bytes map to char codes one to one). */
  text: string;
  /** Index in `text` where the `mon_` prefix should start. */
  prefixAt: number;
  /** Decoded character before `text`, or -1 at the start of the input. */
  previous: number;
  /** Which encoding was undone. */
  encoding: Encoding;
  /**
   * The encoding of the decoded characters `[from, to)`, when it depends on which of them were
   * encoded (escapes may cover only some characters of a token, or none: `\\x3dmon_…` is
   * `=mon_…`, a plain token after an escaped boundary); `encoding` when absent.
   */
  encodingOf?(from: number, to: number): Encoding | undefined;
  /** Source index of the first encoded character that produced decoded index `i`. */
  sourceStart(i: number): number;
  /** Source index just past the encoded characters that produced decoded indexes below `i`. */
  sourceEnd(i: number): number;
}

/** How many decoded characters a window needs: a whole token plus its boundary character. */
const WINDOW_CHARS = MAX_TOKEN_LENGTH + 2;

// ---------------------------------------------------------------------------------------------
// base64 and base64url, once or twice

const BASE64_VALUES = new Int16Array(128).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => {
  BASE64_VALUES[c.charCodeAt(0)] = i;
});
// base64url's two symbols decode to the same values, so one table reads both alphabets.
BASE64_VALUES['-'.charCodeAt(0)] = 62;
BASE64_VALUES['_'.charCodeAt(0)] = 63;

function base64Value(code: number): number {
  return code < 128 ? (BASE64_VALUES[code] ?? -1) : -1;
}

/**
 * Decodes the window around base64 of `mon_` whose determined run (`bW9uX`, `1vbl`, `tb25f`) is at
 * `positions`, which may be spread over several lines. The decoder reads from the run's group
 * start, one group earlier (the byte before the prefix), and on for a whole token.
 */
export function decodeBase64Run(text: string, run: EncodedRun, positions: readonly number[]): DecodedWindow | undefined {
  const { alignment } = run;
  // How many characters of the run come before the group holding the prefix's second byte, and
  // how far into its group the run starts.
  const groupOffset = [0, 2, 3][alignment] ?? 0;
  const first = positions[0];
  if (first === undefined) return undefined;
  const head = base64Before(text, first, groupOffset);
  if (head.length < groupOffset) return undefined;
  const earlier = base64Before(text, head[0] ?? first, 4);
  const extra = earlier.length === 4 ? 3 : 0;
  const wanted = Math.ceil(((WINDOW_CHARS + extra + 3) * 4) / 3);
  const found = base64After(text, first, wanted - head.length - (extra > 0 ? 4 : 0));
  const chars = [...(extra > 0 ? earlier : []), ...head, ...found];
  const urlSafe = chars.some((p) => text.charCodeAt(p) === 0x2d || text.charCodeAt(p) === 0x5f);
  const prefixAt = extra + alignment;
  // Stop after the first byte that cannot continue a token, as the escape decoder does, and at
  // once when the prefix's first byte is not `m`.
  const decoded = base64Bytes(text, chars, (byte, index) => {
    const at = index - prefixAt;
    return at === 0 ? byte === 0x6d : at < 4 || isAlnum(byte) || (at === 8 && byte === 0x5f);
  });
  if (!decoded.startsWith('mon_', prefixAt)) return undefined;
  return { text: decoded, prefixAt, previous: -1, encoding: urlSafe ? 'base64url' : 'base64', ...groupMapping(chars) };
}

/**
 * Decodes base64 of base64 of `mon_`: the outer characters around the run at `positions` are
 * decoded into the inner base64 text, which is then decoded as {@link decodeBase64Run} does. The
 * window maps the token back through both layers to the outer characters.
 */
export function decodeBase64TwiceAt(text: string, run: EncodedRun, positions: readonly number[]): DecodedWindow | undefined {
  const groupOffset = run.outerGroupOffset ?? 0;
  const first = positions[0];
  if (first === undefined) return undefined;
  // From four groups before the run's own: twelve inner characters, more than the seven the inner
  // decoder looks back from its run.
  const before = base64Before(text, first, groupOffset + 16);
  if (before.length < groupOffset) return undefined;
  const head = before.slice((before.length - groupOffset) % 4);
  const innerWanted = 16 + Math.ceil(((WINDOW_CHARS + 6) * 4) / 3);
  const chars = [...head, ...base64After(text, first, Math.ceil(innerWanted / 3) * 4 + 4 - head.length)];
  const innerText = base64Bytes(text, chars, () => true);
  const innerRun = BASE64_RUNS[run.alignment];
  const at = innerText.indexOf(innerRun.chars);
  if (at === -1) return undefined;
  const decoded = decodeBase64Run(
    innerText,
    innerRun,
    [...innerRun.chars].map((_, k) => at + k),
  );
  if (!decoded) return undefined;
  const outer = groupMapping(chars);
  return {
    ...decoded,
    encoding: 'double-base64',
    sourceStart: (i) => outer.sourceStart(decoded.sourceStart(i)),
    sourceEnd: (i) => outer.sourceEnd(decoded.sourceEnd(i)),
  };
}

/**
 * Decodes the base64 characters at `chars` (source positions, in order, from a group boundary)
 * into a string of bytes, one character per byte. `more` sees each byte and its index as it is
 * decoded: false stops the decoding after that byte.
 */
function base64Bytes(text: string, chars: readonly number[], more: (byte: number, index: number) => boolean): string {
  const bytes: number[] = [];
  let bits = 0;
  let width = 0;
  for (const position of chars) {
    bits = ((bits << 6) | base64Value(text.charCodeAt(position))) & 0xffffff;
    width += 6;
    if (width < 8) continue;
    width -= 8;
    const byte = (bits >> width) & 0xff;
    bytes.push(byte);
    if (!more(byte, bytes.length - 1)) break;
  }
  return String.fromCharCode(...bytes);
}

/**
 * Maps decoded byte indexes to the base64 characters at `chars` (source positions, in order,
 * starting at a group boundary) that produced them.
 */
function groupMapping(chars: readonly number[]): Pick<DecodedWindow, 'sourceStart' | 'sourceEnd'> {
  const last = chars.length - 1;
  return {
    sourceStart: (i) => chars[Math.min(last, Math.floor((i * 4) / 3))]!,
    sourceEnd: (i) => chars[Math.min(last, Math.ceil((i * 4) / 3) - 1)]! + 1,
  };
}

/**
 * Index just past a line break at `index`, or `index` when there is none: a line feed or CR LF,
 * or the same written as the string escapes `\n` and `\r\n`, as a JSON or JavaScript string
 * holds wrapped base64.
 */
function lineBreakEnd(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code === 0x0a) return index + 1;
  if (code === 0x0d) return text.charCodeAt(index + 1) === 0x0a ? index + 2 : index;
  if (code !== 0x5c) return index;
  if (text.startsWith('n', index + 1)) return index + 2;
  return text.startsWith('r\\n', index + 1) ? index + 4 : index;
}

/** Index of the first character of an escaped line break (`\n`, `\r\n`) that ends at `end`, or -1. */
function escapedBreakStart(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== 0x6e || text.charCodeAt(end - 2) !== 0x5c) return -1;
  return text.startsWith('\\r', end - 4) ? end - 4 : end - 2;
}

/** Positions of up to `count` base64 characters from `index` on, crossing single line breaks. */
function base64After(text: string, index: number, count: number): number[] {
  const positions: number[] = [];
  for (let i = index; i < text.length && positions.length < count;) {
    if (base64Value(text.charCodeAt(i)) >= 0) {
      positions.push(i++);
      continue;
    }
    const next = lineBreakEnd(text, i);
    if (next === i || base64Value(text.charCodeAt(next)) < 0) break;
    i = next;
  }
  return positions;
}

/**
 * Positions of the `count` base64 characters just before `index`, crossing line breaks into
 * lines of base64 only (wrapped base64 may break lines every few characters); fewer when the
 * run is shorter.
 */
function base64Before(text: string, index: number, count: number): number[] {
  const positions: number[] = [];
  let i = index - 1;
  while (i >= 0 && positions.length < count) {
    // An escaped break is read first: its `n` is also a base64 character. The stretch before it
    // is the string's previous line, whatever comes before that (its opening quote) ends it.
    const escaped = escapedBreakStart(text, i + 1);
    if (escaped >= 0) {
      i = escaped - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    if (base64Value(code) >= 0) {
      positions.unshift(i--);
      continue;
    }
    if (code !== 0x0a) break;
    const lineEnd = i - (text.charCodeAt(i - 1) === 0x0d ? 2 : 1);
    // Only a line that is base64 from its start continues the run (`data: …` lines do not).
    const lineStart = text.lastIndexOf('\n', lineEnd) + 1;
    if (lineEnd < lineStart) break;
    for (let k = lineStart; k <= lineEnd; k++) if (base64Value(text.charCodeAt(k)) < 0) return positions;
    i = lineEnd;
  }
  return positions;
}

// ---------------------------------------------------------------------------------------------
// Escapes: percent-encoding (`%6D`), `\u006d`, `\u{6d}`, `\x6d`, HTML character references
// (`&#109;`, `&#x6d;`, `&lowbar;`), of any character, mixed freely

/** One escape read from the text: the character it stands for, how wide it is, and its kind. */
export interface Escape {
  code: number;
  width: number;
  encoding: Encoding;
}

/** Value of the hex digit `code`, or -1. */
function hexDigit(code: number): number {
  return code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : code >= 65 && code <= 70 ? code - 55 : -1;
}

function hexAt(text: string, index: number, digits: number): number {
  let value = 0;
  for (let i = index; i < index + digits; i++) {
    const digit = hexDigit(text.charCodeAt(i));
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

/**
 * Reads a run of 1 to `max` digits (hex or decimal) at `index`: [value, digits], or undefined.
 * Escapes only matter here when they stand for ASCII, so larger values need not be exact.
 */
function digitsAt(text: string, index: number, hex: boolean, max: number): [number, number] | undefined {
  let value = 0;
  let i = index;
  for (; i < index + max; i++) {
    const code = text.charCodeAt(i);
    const digit = hex ? hexDigit(code) : code >= 48 && code <= 57 ? code - 48 : -1;
    if (digit < 0) break;
    value = Math.min(0x110000, value * (hex ? 16 : 10) + digit);
  }
  return i === index ? undefined : [value, i - index];
}

/** HTML named references that stand for characters a token or its boundary can hold. */
const NAMED_REFERENCES: ReadonlyMap<string, number> = new Map([
  ['lowbar', 0x5f],
  ['UnderBar', 0x5f],
  ['quot', 0x22],
  ['apos', 0x27],
  ['equals', 0x3d],
  ['colon', 0x3a],
  ['amp', 0x26],
  ['lt', 0x3c],
  ['gt', 0x3e],
  ['nbsp', 0xa0],
  ['sol', 0x2f],
]);

/**
 * Reads the escape at `index`, in any form the detector knows, or returns undefined when there is
 * none. Called at every `%`, `\\` and `&` the detector meets, so it looks at few characters.
 */
export function readEscape(text: string, index: number): Escape | undefined {
  const first = text.charCodeAt(index);
  if (first === 0x25) {
    // %6D
    const value = hexAt(text, index + 1, 2);
    return value < 0 ? undefined : { code: value, width: 3, encoding: 'percent' };
  }
  if (first === 0x5c) {
    const kind = text.charCodeAt(index + 1);
    if (kind === 0x75) {
      if (text.charCodeAt(index + 2) === 0x7b) {
        // \u{6d}, as JavaScript (ES2015) writes any code point.
        const digits = digitsAt(text, index + 3, true, 6);
        if (!digits || text.charCodeAt(index + 3 + digits[1]) !== 0x7d) return undefined;
        return { code: digits[0], width: digits[1] + 4, encoding: 'unicode-escape' };
      }
      // \u006d: JSON, JavaScript, Java `.properties`.
      const value = hexAt(text, index + 2, 4);
      return value < 0 ? undefined : { code: value, width: 6, encoding: 'unicode-escape' };
    }
    if (kind === 0x78) {
      // \x6d
      const value = hexAt(text, index + 2, 2);
      return value < 0 ? undefined : { code: value, width: 4, encoding: 'hex-escape' };
    }
    return undefined;
  }
  if (first === 0x26) return readCharacterReference(text, index);
  return undefined;
}

/** Reads an HTML character reference at `index` (which holds `&`). */
function readCharacterReference(text: string, index: number): Escape | undefined {
  if (text.charCodeAt(index + 1) === 0x23) {
    // &#109; and &#x6d; (browsers also accept them without the `;`).
    const x = text.charCodeAt(index + 2) | 0x20;
    const hex = x === 0x78;
    const from = index + (hex ? 3 : 2);
    const digits = digitsAt(text, from, hex, 8);
    if (!digits) return undefined;
    const end = from + digits[1];
    return { code: digits[0], width: end - index + (text.charCodeAt(end) === 0x3b ? 1 : 0), encoding: 'html-entity' };
  }
  // Named references need their `;` (none of those that matter here is a legacy one without).
  const semicolon = text.indexOf(';', index + 2);
  if (semicolon === -1 || semicolon - index > 10) return undefined;
  const code = NAMED_REFERENCES.get(text.slice(index + 1, semicolon));
  return code === undefined ? undefined : { code, width: semicolon - index + 1, encoding: 'html-entity' };
}

/** The escape that ends just before `index`, if any: the decoded character before a prefix. */
export function escapeEndingAt(text: string, index: number): Escape | undefined {
  const last = text.charCodeAt(index - 1);
  // Variable-width forms end in `}` or `;`; look back a little for where they start.
  const lookBack = last === 0x7d || last === 0x3b ? 16 : 6;
  for (let start = index - 2; start >= Math.max(0, index - lookBack); start--) {
    const escape = readEscape(text, start);
    if (escape && start + escape.width === index) return escape;
  }
  return undefined;
}

/** Characters of the prefix `mon_`, which escapes of any of them may spell. */
const PREFIX_CODES = [0x6d, 0x6f, 0x6e, 0x5f] as const;

/**
 * Where an escaped prefix would start, given an escape at `index` that stands for `code`: an
 * escaped `m` starts one; an escaped `o` or `n` does when a plain `m` or `mo` comes just before.
 * An escaped `_` after a plain `mon` is the plain search's to find, and any other escape belongs
 * to a prefix whose escaped `m` starts it. So each escaped prefix is tried exactly once.
 */
export function escapedPrefixStart(text: string, index: number, code: number): number {
  if (code === PREFIX_CODES[0]) return index;
  if (code === PREFIX_CODES[1] && text.charCodeAt(index - 1) === 0x6d) return index - 1;
  if (code === PREFIX_CODES[2] && text.charCodeAt(index - 1) === 0x6f && text.charCodeAt(index - 2) === 0x6d) return index - 2;
  return -1;
}

/**
 * Decodes the window from `index`, where a prefix that has at least one escaped character may
 * start. Every character may be plain or escaped in any form; every decoded character keeps the
 * source index it came from, so locations stay exact. The encoding is the escapes' kind, or
 * `mixed-escape` when the token mixes kinds.
 */
export function decodeEscapedAt(text: string, index: number): DecodedWindow | undefined {
  // The character before the prefix may itself be escaped (`%3Dmon%5F…` is `=mon_…`).
  let previous = -1;
  if (index > 0) previous = escapeEndingAt(text, index)?.code ?? text.charCodeAt(index - 1);
  const chars: number[] = [];
  const starts: number[] = [];
  const kinds: Array<Encoding | undefined> = [];
  let i = index;
  while (i < text.length && chars.length < WINDOW_CHARS) {
    const escaped = readEscape(text, i);
    starts.push(i);
    const code = escaped ? escaped.code : text.charCodeAt(i);
    chars.push(code);
    kinds.push(escaped?.encoding);
    i += escaped ? escaped.width : 1;
    const at = chars.length - 1;
    // Give up early on anything that is not the prefix, so escapes of `m` in other text cost little.
    if (at < 4 && code !== PREFIX_CODES[at]) return undefined;
    // Stop at the first character that cannot be part of a token (it is kept: the parser looks
    // at the character after the body), so runs of escaped prefixes cost little.
    if (at >= 4 && !isAlnum(code) && !(at === 8 && code === 0x5f)) break;
  }
  starts.push(i);
  if (chars.length < 4) return undefined;
  const decoded = String.fromCharCode(...chars);
  return {
    text: decoded,
    prefixAt: 0,
    previous,
    encoding: 'percent',
    encodingOf(from, to) {
      let found: Encoding | undefined;
      for (let k = from; k < to; k++) {
        const kind = kinds[k];
        if (kind === undefined || kind === found) continue;
        if (found !== undefined) return 'mixed-escape';
        found = kind;
      }
      return found;
    },
    sourceStart: (k) => starts[k] ?? i,
    sourceEnd: (k) => starts[k] ?? i,
  };
}
