import type { Encoding } from '../types.js';
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
  /** Source index of the first encoded character that produced decoded index `i`. */
  sourceStart(i: number): number;
  /** Source index just past the encoded characters that produced decoded indexes below `i`. */
  sourceEnd(i: number): number;
}

/** One encoded form of the prefix that the detector searches for. */
export interface EncodedNeedle {
  /** The literal to search for in the text. */
  needle: string;
  /** Decodes the window around a hit at `index`; undefined when it does not decode to a prefix. */
  decode(text: string, index: number): DecodedWindow | undefined;
}

/** How many decoded characters a window needs: a whole token plus its boundary character. */
const WINDOW_CHARS = MAX_TOKEN_LENGTH + 2;

// ---------------------------------------------------------------------------------------------
// base64 and base64url

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
 * Builds the needle for `mon_` starting `alignment` bytes into a 3-byte group. The characters
 * fully determined by the prefix's bits are `bW9uX`, `1vbl` and `tb25f`; the needles keep a part of
 * each that starts with an uncommon character (`W9uX`, `1vbl`, `b25f`), because the byte search
 * runs fastest when its first byte is rare. `offset` is how far the needle starts after the
 * 4-character group holding the first prefix byte.
 */
function base64Needle(alignment: 0 | 1 | 2): EncodedNeedle {
  const needle = (['W9uX', '1vbl', 'b25f'] as const)[alignment];
  const offset = [1, 2, 4][alignment] ?? 0;
  return {
    needle,
    decode(text, index) {
      // The characters of the needle's group before it, and one group earlier, which supplies
      // the byte before the prefix; either may end the line before (`base64` wraps its output
      // at 76 characters, a multiple of 4).
      const head = base64Before(text, index, offset);
      if (head.length < offset) return undefined;
      const earlier = base64Before(text, head[0] ?? index, 4);
      const extra = earlier.length === 4 ? 3 : 0;
      const positions = extra > 0 ? [...earlier, ...head] : head;
      const wanted = Math.ceil(((WINDOW_CHARS + extra + 3) * 4) / 3);
      for (let i = index; i < text.length && positions.length < wanted;) {
        if (base64Value(text.charCodeAt(i)) >= 0) {
          positions.push(i++);
          continue;
        }
        const next = lineBreakEnd(text, i);
        if (next === i || base64Value(text.charCodeAt(next)) < 0) break;
        i = next;
      }
      const urlSafe = positions.some((p) => text.charCodeAt(p) === 0x2d || text.charCodeAt(p) === 0x5f);
      const prefixAt = extra + alignment;
      const bytes: number[] = [];
      let bits = 0;
      let width = 0;
      for (const position of positions) {
        bits = ((bits << 6) | base64Value(text.charCodeAt(position))) & 0xffffff;
        width += 6;
        if (width < 8) continue;
        width -= 8;
        const byte = (bits >> width) & 0xff;
        bytes.push(byte);
        // Stop after the first byte that cannot continue a token, as the escape decoder does.
        const at = bytes.length - 1 - prefixAt;
        if (at === 0 && byte !== 0x6d) return undefined;
        if (at >= 4 && !isAlnum(byte) && !(at === 8 && byte === 0x5f)) break;
      }
      const decoded = String.fromCharCode(...bytes);
      if (!decoded.startsWith('mon_', prefixAt)) return undefined;
      const last = positions.length - 1;
      return {
        text: decoded,
        prefixAt,
        previous: -1,
        encoding: urlSafe ? 'base64url' : 'base64',
        sourceStart: (i) => positions[Math.min(last, Math.floor((i * 4) / 3))]!,
        sourceEnd: (i) => positions[Math.min(last, Math.ceil((i * 4) / 3) - 1)]! + 1,
      };
    },
  };
}

/** Index just past a line break (`\n` or `\r\n`) at `index`, or `index` when there is none. */
function lineBreakEnd(text: string, index: number): number {
  if (text.charCodeAt(index) === 0x0a) return index + 1;
  if (text.charCodeAt(index) === 0x0d && text.charCodeAt(index + 1) === 0x0a) return index + 2;
  return index;
}

/**
 * Positions of the `count` base64 characters just before `index`, crossing at most one line
 * break into a line of base64 only; fewer when the run is shorter.
 */
function base64Before(text: string, index: number, count: number): number[] {
  const positions: number[] = [];
  if (count === 0) return positions;
  let i = index - 1;
  if (text.charCodeAt(i) === 0x0a) {
    i -= text.charCodeAt(i - 1) === 0x0d ? 2 : 1;
    // Only a line that is base64 from its start continues the run (`data: …` lines do not).
    const lineStart = text.lastIndexOf('\n', i) + 1;
    for (let k = lineStart; k <= i; k++) if (base64Value(text.charCodeAt(k)) < 0) return positions;
  }
  for (; i >= 0 && positions.length < count && base64Value(text.charCodeAt(i)) >= 0; i--) positions.unshift(i);
  return positions;
}

// ---------------------------------------------------------------------------------------------
// Escapes: percent-encoding (`%5F`), `\u005f` and `\x5f`

/** Reads one escape at `index`: returns [char code, width] or undefined when there is none. */
type EscapeReader = (text: string, index: number) => [number, number] | undefined;

function hexAt(text: string, index: number, digits: number): number {
  let value = 0;
  for (let i = index; i < index + digits; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 48 && code <= 57 ? code - 48 : code >= 97 && code <= 102 ? code - 87 : code >= 65 && code <= 70 ? code - 55 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

const readPercent: EscapeReader = (text, index) => {
  if (text.charCodeAt(index) !== 0x25) return undefined;
  const value = hexAt(text, index + 1, 2);
  return value < 0 ? undefined : [value, 3];
};

const readBackslash: EscapeReader = (text, index) => {
  if (text.charCodeAt(index) !== 0x5c) return undefined;
  const kind = text.charCodeAt(index + 1);
  if (kind === 0x75) {
    // \uXXXX
    const value = hexAt(text, index + 2, 4);
    return value < 0 ? undefined : [value, 6];
  }
  if (kind === 0x78) {
    // \xXX
    const value = hexAt(text, index + 2, 2);
    return value < 0 ? undefined : [value, 4];
  }
  return undefined;
};

/**
 * A needle for `mon` followed by an escaped `_`. The window is decoded escape by escape, keeping
 * for every decoded character the source index it came from, so locations stay exact.
 */
function escapeNeedle(needle: string, encoding: Encoding, read: EscapeReader): EncodedNeedle {
  return {
    needle,
    decode(text, index) {
      // The character before the prefix may itself be escaped (`%3Dmon%5F…` is `=mon_…`).
      let previous = -1;
      if (index > 0) {
        previous = text.charCodeAt(index - 1);
        for (const width of [3, 4, 6]) {
          const escaped = index >= width ? read(text, index - width) : undefined;
          if (escaped && escaped[1] === width) {
            previous = escaped[0];
            break;
          }
        }
      }
      const chars: number[] = [];
      const starts: number[] = [];
      let i = index;
      while (i < text.length && chars.length < WINDOW_CHARS) {
        const escaped = read(text, i);
        starts.push(i);
        const code = escaped ? escaped[0] : text.charCodeAt(i);
        chars.push(code);
        i += escaped ? escaped[1] : 1;
        // Stop at the first character that cannot be part of a token (it is kept: the parser
        // looks at the character after the body), so runs of escaped prefixes cost little.
        const at = chars.length - 1;
        if (at >= 4 && !isAlnum(code) && !(at === 8 && code === 0x5f)) break;
      }
      starts.push(i);
      const decoded = String.fromCharCode(...chars);
      if (!decoded.startsWith('mon_')) return undefined;
      return {
        text: decoded,
        prefixAt: 0,
        previous,
        encoding,
        sourceStart: (k) => starts[k] ?? i,
        sourceEnd: (k) => starts[k] ?? i,
      };
    },
  };
}

/**
 * Every encoded form the detector looks for. Plain `mon_` is not here: the detector handles it
 * directly. The prefilter searches for exactly these needles plus `mon_`.
 */
export const ENCODED_NEEDLES: readonly EncodedNeedle[] = [
  base64Needle(0),
  base64Needle(1),
  base64Needle(2),
  escapeNeedle('mon%5F', 'percent', readPercent),
  escapeNeedle('mon%5f', 'percent', readPercent),
  escapeNeedle('mon\\u005f', 'unicode-escape', readBackslash),
  escapeNeedle('mon\\u005F', 'unicode-escape', readBackslash),
  escapeNeedle('mon\\x5f', 'hex-escape', readBackslash),
  escapeNeedle('mon\\x5F', 'hex-escape', readBackslash),
  // Only the second underscore escaped: `mon_test%5F…`, as URL encoders that keep `_` but
  // were handed an already half-encoded value produce.
  escapeNeedle('mon_test%5F', 'percent', readPercent),
  escapeNeedle('mon_test%5f', 'percent', readPercent),
  escapeNeedle('mon_test\\u005f', 'unicode-escape', readBackslash),
  escapeNeedle('mon_test\\x5f', 'hex-escape', readBackslash),
];
