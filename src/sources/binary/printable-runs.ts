import type { ExtractedString } from './types.js';

/** Shortest run reported: shorter runs are noise in a binary, and far shorter than any token. */
export const MIN_RUN_CHARS = 8;

/** Printable ASCII, plus tab. */
function isPrintableAscii(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e) || byte === 0x09;
}

/**
 * Length in bytes of the well-formed UTF-8 sequence for a printable non-ASCII character at `i`
 * (no overlong forms, no surrogates, nothing above U+10FFFF, no C1 controls), or 0.
 */
function printableUtf8Width(bytes: Buffer, i: number): number {
  const lead = bytes[i]!;
  const end = bytes.length;
  const continuation = (k: number): boolean => k < end && (bytes[k]! & 0xc0) === 0x80;
  if (lead >= 0xc2 && lead <= 0xdf) {
    if (!continuation(i + 1)) return 0;
    // U+0080–U+009F are C1 control characters.
    return lead === 0xc2 && bytes[i + 1]! < 0xa0 ? 0 : 2;
  }
  if (lead >= 0xe0 && lead <= 0xef) {
    if (!continuation(i + 1) || !continuation(i + 2)) return 0;
    const second = bytes[i + 1]!;
    if (lead === 0xe0 && second < 0xa0) return 0;
    if (lead === 0xed && second >= 0xa0) return 0;
    return 3;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    if (!continuation(i + 1) || !continuation(i + 2) || !continuation(i + 3)) return 0;
    const second = bytes[i + 1]!;
    if (lead === 0xf0 && second < 0x90) return 0;
    if (lead === 0xf4 && second >= 0x90) return 0;
    return 4;
  }
  return 0;
}

/**
 * Runs of printable UTF-8 (ASCII and well-formed multi-byte characters) of at least
 * {@link MIN_RUN_CHARS} characters. A run ends at any other byte, so a string is split from its
 * neighbour only when a non-printable byte sits between them: `mon_test_…` followed directly by
 * more printable text stays one run, and the detector's grammar decides where the token ends.
 */
export function utf8Runs(bytes: Buffer, minChars = MIN_RUN_CHARS): ExtractedString[] {
  const runs: ExtractedString[] = [];
  let start = -1;
  let chars = 0;
  const close = (end: number): void => {
    if (start >= 0 && chars >= minChars) runs.push({ text: bytes.toString('utf8', start, end), offset: start, encoding: 'utf8' });
    start = -1;
    chars = 0;
  };
  for (let i = 0; i < bytes.length;) {
    const byte = bytes[i]!;
    const width = byte < 0x80 ? (isPrintableAscii(byte) ? 1 : 0) : printableUtf8Width(bytes, i);
    if (width === 0) {
      close(i);
      i++;
      continue;
    }
    if (start < 0) start = i;
    chars++;
    i += width;
  }
  close(bytes.length);
  return runs;
}

/**
 * Runs of printable ASCII stored as UTF-16LE (each character followed by a zero byte), at even
 * and at odd offsets, of at least {@link MIN_RUN_CHARS} characters. Only ASCII counts: allowing
 * every UTF-16 code unit would turn almost any pair of bytes into a character, and tokens are
 * ASCII, so a run ending at a non-ASCII character loses nothing a scanner looks for.
 */
export function utf16leRuns(bytes: Buffer, minChars = MIN_RUN_CHARS): ExtractedString[] {
  const runs: ExtractedString[] = [];
  for (const alignment of [0, 1]) {
    let start = -1;
    const close = (end: number): void => {
      if (start >= 0 && isCStringTail(bytes, start, end)) start += 2;
      if (start >= 0 && (end - start) / 2 >= minChars) runs.push({ text: bytes.toString('utf16le', start, end), offset: start, encoding: 'utf16le' });
      start = -1;
    };
    let i = alignment;
    for (; i + 1 < bytes.length; i += 2) {
      if (bytes[i + 1] === 0 && isPrintableAscii(bytes[i]!)) {
        if (start < 0) start = i;
      } else {
        close(i);
      }
    }
    close(i);
  }
  return runs.sort((a, b) => a.offset - b.offset);
}

/**
 * Whether the first unit of the UTF-16LE run `[start, end)` is really the last character of a
 * NUL-terminated 8-bit string just before it (`…t\0` then `m\0o\0n\0…` reads as `tmon…`): the byte
 * before the run is printable too. Such a character glued in front of a prefix would hide the
 * token from the detector, which requires no letter or digit before `mon_`; so it is dropped,
 * unless the run itself starts with the prefix, which a dropped character would break instead.
 */
function isCStringTail(bytes: Buffer, start: number, end: number): boolean {
  if (start === 0 || !isPrintableAscii(bytes[start - 1]!) || end - start < 4) return false;
  for (let k = 0; k < PREFIX_UTF16.length && start + k < end; k++) if (bytes[start + k] !== PREFIX_UTF16[k]) return true;
  return false;
}

/** The token prefix `mon_` in UTF-16LE. */
const PREFIX_UTF16 = Buffer.from('mon_', 'utf16le');

/** Both kinds of runs, in order of offset. */
export function printableRuns(bytes: Buffer): ExtractedString[] {
  return [...utf8Runs(bytes), ...utf16leRuns(bytes)].sort((a, b) => a.offset - b.offset || (a.encoding < b.encoding ? -1 : 1));
}

/**
 * The runs of a binary whose string tables could not be read, each also cut at every token prefix
 * glued to a letter or digit before it. A table's strings sit side by side with their length
 * fields, which are often printable (DEX stores a 64-character body's length, 68, as `D`; Hermes
 * packs strings with nothing between them), and the detector rejects a prefix with a letter or
 * digit before it. Reading the tables would have kept the strings apart; without them, a run is
 * also looked at from each glued prefix on. A run whose prefix is not glued is left as it is, so
 * no token is reported twice.
 */
export function runsAtPrefixes(runs: readonly ExtractedString[]): ExtractedString[] {
  const out: ExtractedString[] = [];
  for (const run of runs) {
    out.push(run);
    const width = run.encoding === 'utf16le' ? 2 : 1;
    for (let i = run.text.indexOf('mon_', 1); i !== -1; i = run.text.indexOf('mon_', i + 1)) {
      if (/[A-Za-z0-9]/.test(run.text[i - 1]!)) out.push({ text: run.text.slice(i), offset: run.offset + i * width, encoding: run.encoding });
    }
  }
  return out;
}
