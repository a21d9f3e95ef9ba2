import { ReadBudget } from './read-budget.js';
import type { ExtractedString, StringsRead } from './types.js';

/** Size of the trailer at the end of a binary property list. */
const TRAILER_SIZE = 32;
/** Size of the `bplist00` magic. */
const MAGIC_SIZE = 8;

/** Whether `bytes` starts with the binary property list magic `bplist00`. */
export function isBplist(bytes: Buffer): boolean {
  return bytes.length >= MAGIC_SIZE && bytes.toString('latin1', 0, MAGIC_SIZE) === 'bplist00';
}

/** Reads a big-endian unsigned integer of `size` bytes (1–8) as a number; past 2^53 it is inexact, which only makes it out of range. */
function readUIntBE(bytes: Buffer, at: number, size: number): number {
  let value = 0;
  for (let k = 0; k < size; k++) value = value * 256 + bytes[at + k]!;
  return value;
}

/**
 * The strings of a binary property list (an iOS `Info.plist`, `GoogleService-Info.plist`, or
 * any plist an app ships): every ASCII (marker `0x5X`) and UTF-16BE (`0x6X`) string object, dictionary
 * keys and values alike, found through the offset table named by the trailer. A length of 15 in
 * the marker means the length follows as an integer object (`0x1N`, 2^N bytes, big-endian).
 *
 * Hostile input: a trailer with sizes out of range yields nothing; an offset table or object
 * out of range is read as far as it is in range; total work is bounded by a {@link ReadBudget}.
 */
export function readBplistStrings(bytes: Buffer): StringsRead {
  const strings: ExtractedString[] = [];
  const problems: string[] = [];
  if (bytes.length < MAGIC_SIZE + TRAILER_SIZE) {
    problems.push('bplist: too short for a trailer');
    return { strings, problems };
  }
  const trailer = bytes.length - TRAILER_SIZE;
  const offsetSize = bytes[trailer + 6]!;
  const objectCount = readUIntBE(bytes, trailer + 8, 8);
  const tableOffset = readUIntBE(bytes, trailer + 24, 8);
  if (offsetSize < 1 || offsetSize > 8) {
    problems.push(`bplist: offset size ${offsetSize} is not 1 to 8`);
    return { strings, problems };
  }
  if (tableOffset < MAGIC_SIZE || tableOffset > trailer) {
    problems.push(`bplist: offset table at ${tableOffset} is outside the file`);
    return { strings, problems };
  }
  const available = Math.floor((trailer - tableOffset) / offsetSize);
  if (objectCount > available) problems.push(`bplist: ${objectCount} objects claimed, the offset table has room for ${available}`);
  const budget = new ReadBudget(bytes.length);
  const seen = new Set<number>();
  for (let i = 0; i < Math.min(objectCount, available); i++) {
    const at = readUIntBE(bytes, tableOffset + i * offsetSize, offsetSize);
    if (seen.has(at)) continue;
    seen.add(at);
    if (at < MAGIC_SIZE || at >= trailer) {
      problems.push(`bplist: object ${i} at ${at} is outside the object area`);
      continue;
    }
    const marker = bytes[at]!;
    const kind = marker >> 4;
    if (kind !== 0x5 && kind !== 0x6) continue;
    let length = marker & 0x0f;
    let start = at + 1;
    if (length === 0x0f) {
      const intMarker = bytes[start]!;
      const intSize = 1 << (intMarker & 0x0f);
      if (intMarker >> 4 !== 0x1 || intSize > 8 || start + 1 + intSize > trailer) {
        problems.push(`bplist: string object ${i} at ${at} has a malformed length`);
        continue;
      }
      length = readUIntBE(bytes, start + 1, intSize);
      start += 1 + intSize;
    }
    const byteLength = kind === 0x6 ? 2 * length : length;
    if (start + byteLength > trailer) {
      problems.push(`bplist: string object ${i} at ${at} runs past the object area`);
      continue;
    }
    if (!budget.take(byteLength)) {
      problems.push('bplist: string data exceeds the read budget; stopped');
      break;
    }
    if (length === 0) continue;
    if (kind === 0x5) {
      // "ASCII" strings are written by Apple's encoders only for 7-bit text; Latin-1 keeps any
      // other byte as one character, so offsets within the string stay byte offsets.
      strings.push({ text: bytes.toString('latin1', start, start + byteLength), offset: start, encoding: 'utf8' });
    } else {
      const swapped = Buffer.from(bytes.subarray(start, start + byteLength)).swap16();
      strings.push({ text: swapped.toString('utf16le'), offset: start, encoding: 'utf16be' });
    }
  }
  strings.sort((a, b) => a.offset - b.offset);
  return { strings, problems };
}
