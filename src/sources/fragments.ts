import { isAscii, isUtf8 } from 'node:buffer';
import { mayContainToken, mayContainTokenText } from '../detector/prefilter.js';
import { MAX_TOKEN_LENGTH } from '../detector/grammar.js';

/**
 * A window of decoded text handed to the detector, with the part of it the detector should report
 * on and where that part starts in its source. Everything outside `[from, to)` is context shared
 * with the neighbouring windows, so a token across a chunk boundary is reported exactly once.
 */
export interface Fragment {
  /** Decoded text of the window. */
  text: string;
  /** Index in `text` from which evidence is reported. */
  from: number;
  /** Index in `text` before which evidence must start to be reported. */
  to: number;
  /** 1-based line of `text[from]` in the source. */
  line: number;
  /** 0-based column (UTF-16 units) of `text[from]` within its line. */
  column: number;
}

/** Reads up to `length` bytes into `buffer` at `offset`; returns 0 at end of input. */
export type ByteReader = (buffer: Buffer, offset: number, length: number) => number;

/** How a source's bytes become text. */
export type TextMode = 'utf8' | 'utf16le' | 'utf16be' | 'latin1';

/** Options for {@link readFragments}. */
export interface FragmentOptions {
  /** Treat inputs with a NUL byte in their first 8 KiB as text instead of skipping them. */
  scanBinary: boolean;
  /**
   * The input is a regular file, where a read shorter than asked means end of file; saves the
   * extra empty read per file that pipes need.
   */
  regularFile?: boolean;
  /** Bytes the caller already read into {@link bufferForThread} from the start of the input. */
  preloaded?: number;
}

/** What {@link readFragments} reports once the input is consumed. */
export interface FragmentSummary {
  /** Bytes read. */
  bytes: number;
  /** True when the input was skipped as binary. */
  binary: boolean;
  /**
   * True when the input starts with a UTF-16 byte-order mark that its bytes contradict (see
   * {@link sniffEncoding}): it was read as UTF-8 after the mark, and the caller should say so.
   */
  bomMismatch?: boolean;
}

/** Bytes looked at to decide whether an input is binary (the same rule git and ripgrep use). */
const BINARY_SNIFF = 8192;
/**
 * Bytes after a window's reported part that are still decoded, so evidence that starts in the
 * reported part is whole. An escaped token is at most six source characters per character.
 */
const OVERLAP = 8 * MAX_TOKEN_LENGTH * 4;
/** Bytes before a window's reported part kept as context (the byte before a prefix, the line before). */
const MARGIN = 2048;

/**
 * One read buffer per thread: small files are read into it whole and big files stream through
 * it, so memory stays bounded by its size whatever the input.
 */
let sharedBuffer: Buffer | undefined;
/** Size of the per-thread read buffer. */
export const CHUNK_BYTES = 2 * 1024 * 1024;

/** The calling thread's read buffer (a source may read the first chunk into it itself). */
export function bufferForThread(): Buffer {
  sharedBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES);
  return sharedBuffer;
}

/**
 * Streams an input through the prefilter and yields a {@link Fragment} for each window that may
 * hold a token. Windows without a hit are never decoded into strings. Line and column bookkeeping
 * runs on bytes for every window so positions stay right in later windows.
 */
export function* readFragments(read: ByteReader, options: FragmentOptions): Generator<Fragment, FragmentSummary> {
  const buffer = bufferForThread();
  let length = options.preloaded ?? 0;
  let total = length;
  let eof = options.preloaded !== undefined && options.regularFile === true && length < buffer.length;
  const fill = (): void => {
    while (length < buffer.length) {
      const wanted = buffer.length - length;
      const n = read(buffer, length, wanted);
      length += n;
      total += n;
      if (n === 0 || (options.regularFile && n < wanted)) {
        eof = true;
        return;
      }
    }
  };

  if (!eof) fill();
  const sniffed = sniffEncoding(buffer, length, options.scanBinary);
  // Skipped without reading further: the caller knows the size of a file, and the rest of a
  // binary stream is of no use.
  if (sniffed.mode === 'binary') return { bytes: total, binary: true, ...(sniffed.bomMismatch ? { bomMismatch: true } : {}) };
  const mode = sniffed.mode;
  let reportStart = sniffed.skip;
  const codec = CODECS[mode];
  let swappedTo = 0;
  let line = 1;
  let column = 0;

  for (;;) {
    if (mode === 'utf16be') {
      // Swap only the bytes not swapped yet; an odd byte at the end waits for its partner.
      const end = length - ((length - swappedTo) % 2);
      buffer.subarray(swappedTo, end).swap16();
      swappedTo = end;
    }
    let reportEnd = eof ? length : codec.boundary(buffer, length - OVERLAP, reportStart);
    if (eof && mode !== 'utf8' && mode !== 'latin1') reportEnd -= (reportEnd - reportStart) % 2;
    const hit = codec.prefilter(buffer, Math.max(0, reportStart - MARGIN), length);
    if (hit) {
      // ASCII decodes the same as UTF-8 and Latin-1; Latin-1 decoding is a plain copy.
      const encoding = codec.encoding === 'utf8' && isAscii(buffer.subarray(0, length)) ? 'latin1' : codec.encoding;
      const before = buffer.toString(encoding, 0, reportStart);
      const middle = buffer.toString(encoding, reportStart, reportEnd);
      const after = buffer.toString(encoding, reportEnd, length - (mode === 'utf16le' || mode === 'utf16be' ? length % 2 : 0));
      yield {
        text: before + middle + after,
        from: before.length,
        to: before.length + middle.length,
        line,
        column,
      };
    }
    if (eof) break;
    [line, column] = codec.advance(buffer, reportStart, reportEnd, line, column);
    // Keep the overlap and some context before it; read the next chunk after them.
    const keepFrom = codec.boundary(buffer, reportEnd - MARGIN, 0);
    buffer.copy(buffer, 0, keepFrom, length);
    length -= keepFrom;
    swappedTo -= keepFrom;
    reportStart = reportEnd - keepFrom;
    fill();
  }
  return { bytes: total, binary: false, ...(sniffed.bomMismatch ? { bomMismatch: true } : {}) };
}

/**
 * How an input's first `length` bytes (in `buffer`) say it should be read: a byte-order mark
 * picks UTF-8 or UTF-16 and is skipped; a NUL byte in the first 8 KiB makes it binary, read as
 * Latin-1 when binary files are scanned. The buffer is shared between inputs, so bytes past
 * `length` belong to an earlier one and are never looked at.
 *
 * A UTF-16 mark is not believed when the first 8 KiB after it hold no zero byte and are valid
 * UTF-8 (see {@link contradictsUtf16}). A stray `FF FE` before ASCII (an editor's or a tool's
 * mistake) would otherwise turn the whole file into CJK-looking characters and hide every token
 * in it; such a file is read as UTF-8 after the mark, with `bomMismatch` set so that the caller
 * can warn.
 */
export function sniffEncoding(buffer: Buffer, length: number, scanBinary: boolean): { mode: TextMode | 'binary'; skip: number; bomMismatch?: true } {
  if (length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return { mode: 'utf8', skip: 3 };
  const utf16: TextMode | undefined =
    length >= 2 && buffer[0] === 0xff && buffer[1] === 0xfe ? 'utf16le' : length >= 2 && buffer[0] === 0xfe && buffer[1] === 0xff ? 'utf16be' : undefined;
  if (utf16) {
    if (!contradictsUtf16(buffer, length)) return { mode: utf16, skip: 2 };
    return { mode: 'utf8', skip: 2, bomMismatch: true };
  }
  if (buffer.subarray(0, Math.min(length, BINARY_SNIFF)).includes(0)) return { mode: scanBinary ? 'latin1' : 'binary', skip: 0 };
  return { mode: 'utf8', skip: 0 };
}

/**
 * Whether the bytes after a UTF-16 byte-order mark say they are not UTF-16. UTF-16 spells every
 * ASCII character (a space, a line break, a digit, every character of a token) with a zero byte,
 * so a sample without one is either no UTF-16 or UTF-16 made only of characters above U+00FF; the
 * latter's byte pairs are almost never valid UTF-8 (`中文` is `2D 4E 87 65`, a stray continuation
 * byte), so both tests together leave real UTF-16 alone.
 */
function contradictsUtf16(buffer: Buffer, length: number): boolean {
  if (length <= 2) return false;
  let end = Math.min(length, 2 + BINARY_SNIFF);
  if (buffer.subarray(2, end).includes(0)) return false;
  // A sample cut inside a character ends before that character.
  if (end < length) for (let k = 0; k < 3 && end > 2 && ((buffer[end] ?? 0) & 0xc0) === 0x80; k++) end--;
  return isUtf8(buffer.subarray(2, end));
}

/** Per-mode byte handling. */
interface Codec {
  encoding: BufferEncoding;
  /** Moves `index` back to the start of a character, never below `floor`. */
  boundary(buffer: Buffer, index: number, floor: number): number;
  /** The prefilter over raw window bytes. */
  prefilter(buffer: Buffer, start: number, end: number): boolean;
  /** Line and 0-based column after the bytes `[start, end)`, given those before them. */
  advance(buffer: Buffer, start: number, end: number, line: number, column: number): [number, number];
}

const NEWLINE = 0x0a;

function advanceBytes(buffer: Buffer, start: number, end: number, line: number, column: number, units: (s: number, e: number) => number): [number, number] {
  let last = -1;
  for (let i = buffer.indexOf(NEWLINE, start); i !== -1 && i < end; i = buffer.indexOf(NEWLINE, i + 1)) {
    line++;
    last = i;
  }
  return last === -1 ? [line, column + units(start, end)] : [line, units(last + 1, end)];
}

const utf8Codec: Codec = {
  encoding: 'utf8',
  boundary(buffer, index, floor) {
    let i = Math.max(index, floor);
    while (i > floor && ((buffer[i] ?? 0) & 0xc0) === 0x80) i--;
    return i;
  },
  prefilter: (buffer, start, end) => mayContainToken(buffer, start, end),
  // Columns count what the decoder produces (one U+FFFD per invalid sequence), so the length of
  // the decoded text is the only count that agrees with positions inside a fragment.
  advance: (buffer, start, end, line, column) => advanceBytes(buffer, start, end, line, column, (s, e) => buffer.toString('utf8', s, e).length),
};

const latin1Codec: Codec = {
  encoding: 'latin1',
  boundary: (_buffer, index, floor) => Math.max(index, floor),
  prefilter: (buffer, start, end) => mayContainToken(buffer, start, end),
  advance: (buffer, start, end, line, column) => advanceBytes(buffer, start, end, line, column, (s, e) => e - s),
};

/** UTF-16 input is byte-swapped to little-endian in place, so both byte orders share one codec. */
const utf16Codec: Codec = {
  encoding: 'utf16le',
  boundary: (_buffer, index, floor) => {
    const i = Math.max(index, floor);
    return i - ((i - floor) % 2);
  },
  prefilter: (buffer, start, end) => mayContainTokenText(buffer.toString('utf16le', start, end - ((end - start) % 2))),
  advance(buffer, start, end, line, column) {
    const text = buffer.toString('utf16le', start, end);
    let last = -1;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      line++;
      last = i;
    }
    return last === -1 ? [line, column + text.length] : [line, text.length - last - 1];
  },
};

const CODECS: Record<TextMode, Codec> = { utf8: utf8Codec, latin1: latin1Codec, utf16le: utf16Codec, utf16be: utf16Codec };
