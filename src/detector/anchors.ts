/**
 * Where the search for base64-encoded prefixes starts. Base64 of `mon_` has a few characters that
 * the prefix's bits fully determine, different for each of the three byte alignments (`bW9uX`,
 * `1vbl`, `tb25f`); base64 of that base64 has nine such runs (`Ylc5dV` … `0YjI1Z`). Wrapped base64
 * may break a line anywhere inside a run, even between every two characters (and a JSON or
 * JavaScript string writes those breaks as the escapes `\n` or `\r\n`), so the search is for one
 * character of each run (two for `1vbl`, which has no rare one), and a match then reads the rest
 * of the run around it, crossing line breaks.
 *
 * The anchors are characters that are rare in source code (`W`, `Y`, `J`, `Z`, `j`, `5`), because
 * every search visits each occurrence of its anchor: one search per anchor serves all the runs
 * that contain it, and a run that is not there is ruled out by the characters next to the anchor.
 */

const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
/** The letters of the string escapes `\n` and `\r`. */
const ESCAPED_LF = 0x6e;
const ESCAPED_CR = 0x72;

/** A run of base64 characters that every encoding of the prefix at one alignment contains. */
export interface EncodedRun {
  /** The fully determined characters. */
  chars: string;
  /** Index in `chars` of the anchor the search finds. */
  anchorAt: number;
  /** Alignment of `mon_` in the decoded bytes: 0, 1 or 2 bytes into a 3-byte group. */
  alignment: 0 | 1 | 2;
  /**
   * For base64 inside base64: where `chars` starts in the outer text's 4-character group (the
   * inner text's alignment in the outer bytes decides it). Absent for plain base64.
   */
  outerGroupOffset?: 0 | 2 | 3;
}

/** A character or two the search looks for, and the runs that contain it there. */
export interface Anchor {
  text: string;
  /** `text` as the byte search wants it: one byte as a number (a `memchr`), longer as bytes. */
  bytes: number | Buffer;
  runs: readonly EncodedRun[];
  /**
   * For each byte, a bit for each of `runs` (bit k for `runs[k]`) that allows that byte just before
   * the anchor: the run's character before it, or a line break; every byte when the run starts
   * at the anchor. With {@link Anchor.after}, two table reads rule out almost every hit of a
   * one-character anchor before any run is matched.
   */
  before: Uint8Array;
  /** The same for the byte just after the anchor. */
  after: Uint8Array;
}

/** Base64 of `mon_` at each alignment. */
export const BASE64_RUNS: Readonly<Record<0 | 1 | 2, EncodedRun>> = {
  0: { chars: 'bW9uX', anchorAt: 1, alignment: 0 },
  1: { chars: '1vbl', anchorAt: 0, alignment: 1 },
  2: { chars: 'tb25f', anchorAt: 3, alignment: 2 },
};

const RUNS: readonly EncodedRun[] = [
  ...Object.values(BASE64_RUNS),
  // `1vbl` again, found from `vb` when a line break falls between `1` and `v`.
  { chars: '1vbl', anchorAt: 1, alignment: 1 },
  // Base64 of base64: the inner alignment, then the outer one; measured by encoding the prefix
  // after every combination of bytes before it (test/detector/base64.test.ts does it again).
  { chars: 'Ylc5dV', anchorAt: 0, alignment: 0, outerGroupOffset: 0 },
  { chars: 'JXOXVY', anchorAt: 0, alignment: 0, outerGroupOffset: 2 },
  { chars: 'iVzl1W', anchorAt: 5, alignment: 0, outerGroupOffset: 3 },
  { chars: 'xdmJsO', anchorAt: 3, alignment: 1, outerGroupOffset: 3 },
  { chars: 'MXZibD', anchorAt: 2, alignment: 1, outerGroupOffset: 0 },
  { chars: 'F2Ymw', anchorAt: 2, alignment: 1, outerGroupOffset: 2 },
  { chars: 'dGIyNWZ', anchorAt: 5, alignment: 2, outerGroupOffset: 0 },
  { chars: 'RiMjVm', anchorAt: 3, alignment: 2, outerGroupOffset: 2 },
  { chars: '0YjI1Z', anchorAt: 5, alignment: 2, outerGroupOffset: 3 },
];

/** How many characters of `run.chars` the anchor covers. */
function anchorLength(run: EncodedRun): number {
  return run.chars === '1vbl' ? 2 : 1;
}

/** Every anchor with the runs it serves, in the order the searches run. */
export const BASE64_ANCHORS: readonly Anchor[] = (() => {
  const byText = new Map<string, EncodedRun[]>();
  for (const run of RUNS) {
    const text = run.chars.slice(run.anchorAt, run.anchorAt + anchorLength(run));
    byText.set(text, [...(byText.get(text) ?? []), run]);
  }
  return [...byText].map(([text, runs]) => ({
    text,
    bytes: text.length === 1 ? text.charCodeAt(0) : Buffer.from(text, 'latin1'),
    runs,
    // Before an anchor a line break ends in `\n` or in the `n` of its escape; after one it starts
    // with `\n`, `\r` or the backslash of an escape.
    before: neighbourTable(runs, (run) => run.chars.charCodeAt(run.anchorAt - 1), [LF, ESCAPED_LF]),
    after: neighbourTable(runs, (run) => run.chars.charCodeAt(run.anchorAt + anchorLength(run)), [LF, CR, BACKSLASH]),
  }));
})();

/**
 * A neighbour table: bit k of byte b is set when `runs[k]` allows b there, that is when b is the
 * run's neighbouring character (`neighbour` gives it, NaN past the run's end, where any byte
 * goes) or a byte a line break shows on that side (`breaks`).
 */
function neighbourTable(runs: readonly EncodedRun[], neighbour: (run: EncodedRun) => number, breaks: readonly number[]): Uint8Array {
  // One bit per run in a byte: an anchor serves at most eight runs (today three at most).
  if (runs.length > 8) throw new Error(`anchor serves ${runs.length} runs; its neighbour tables hold 8`);
  const table = new Uint8Array(256);
  runs.forEach((run, k) => {
    const code = neighbour(run);
    if (Number.isNaN(code)) {
      for (let b = 0; b < 256; b++) table[b]! |= 1 << k;
      return;
    }
    for (const allowed of [code, ...breaks]) table[allowed]! |= 1 << k;
  });
  return table;
}

/**
 * Whether the bytes next to an anchor's hit allow one of its runs there: the quick test before
 * {@link runAt}. `previous` and `next` are the codes before the anchor and after it (-1 outside).
 */
export function neighboursAllow(anchor: Anchor, previous: number, next: number): boolean {
  return ((anchor.before[previous & 0xff] ?? 0) & (anchor.after[next & 0xff] ?? 0)) !== 0;
}

/**
 * Index of the character before `index`, stepping over one line break: a line feed or CR LF, or
 * the same written as the string escapes `\n` and `\r\n` (a JSON or JavaScript string holding
 * wrapped base64).
 */
function previousAcrossBreak(codeAt: (k: number) => number, index: number): number {
  let k = index - 1;
  if (codeAt(k) === LF) return k - (codeAt(k - 1) === CR ? 2 : 1);
  if (codeAt(k) !== ESCAPED_LF || codeAt(k - 1) !== BACKSLASH) return k;
  k -= 2;
  return codeAt(k) === ESCAPED_CR && codeAt(k - 1) === BACKSLASH ? k - 2 : k;
}

/** Index of the character after `index`, stepping over one line break as {@link previousAcrossBreak} does. */
function nextAcrossBreak(codeAt: (k: number) => number, index: number): number {
  const k = index + 1;
  if (codeAt(k) === LF) return k + 1;
  if (codeAt(k) === CR && codeAt(k + 1) === LF) return k + 2;
  if (codeAt(k) !== BACKSLASH) return k;
  if (codeAt(k + 1) === ESCAPED_LF) return k + 2;
  return codeAt(k + 1) === ESCAPED_CR && codeAt(k + 2) === BACKSLASH && codeAt(k + 3) === ESCAPED_LF ? k + 4 : k;
}

/**
 * Whether `run` is at the anchor found at `hit` (read through `codeAt`, -1 past either end),
 * with at most one line break (real or escaped) between any two of its characters. With `positions`, fills it with
 * where each character of the run is. Each run is reported from exactly one anchor: `1vbl` from
 * `vb` only when a line break separates its `1`.
 */
export function runAt(codeAt: (k: number) => number, hit: number, run: EncodedRun, positions?: number[]): boolean {
  const { chars, anchorAt } = run;
  if (anchorAt === 1 && chars === '1vbl' && codeAt(hit - 1) === 0x31) return false;
  let k = hit;
  for (let j = anchorAt - 1; j >= 0; j--) {
    k = previousAcrossBreak(codeAt, k);
    if (codeAt(k) !== chars.charCodeAt(j)) return false;
    positions?.unshift(k);
  }
  positions?.push(hit);
  k = hit;
  for (let j = anchorAt + 1; j < chars.length; j++) {
    // A two-character anchor holds its second character with no break before it.
    k = j === anchorAt + 1 && anchorLength(run) === 2 ? k + 1 : nextAcrossBreak(codeAt, k);
    if (codeAt(k) !== chars.charCodeAt(j)) return false;
    positions?.push(k);
  }
  return true;
}
