import { printableRuns } from './printable-runs.js';
import { ReadBudget } from './read-budget.js';
import type { ExtractedString, StringsRead } from './types.js';

/** The Hermes bytecode magic, 0x1F1903C103BC1FC6 as a little-endian u64. */
const MAGIC = Buffer.from([0xc6, 0x1f, 0xbc, 0x03, 0xc1, 0x03, 0x19, 0x1f]);
/** Oldest and newest bytecode versions whose layout this reader knows. */
export const HERMES_MIN_VERSION = 84;
export const HERMES_MAX_VERSION = 99;
/** Every version from 84 to 99 has a 128-byte file header (its padding keeps it so). */
const FILE_HEADER_SIZE = 128;

/** Whether `bytes` starts with the Hermes bytecode magic. */
export function isHermes(bytes: Buffer): boolean {
  return bytes.length >= 8 && bytes.subarray(0, 8).equals(MAGIC);
}

/**
 * Size of one small function header: 16 bytes up to version 96 (React Native up to 0.8x ships
 * 96), 12 from 97 on (the Static Hermes line, which dropped `infoOffset`).
 */
function functionHeaderSize(version: number): number {
  return version >= 97 ? 12 : 16;
}

/** Rounds up to the 4-byte alignment that every segment of the file starts at. */
const align4 = (n: number): number => n + ((4 - (n % 4)) % 4);

/**
 * The strings of a Hermes bytecode file (`.hbc`, or React Native's `index.android.bundle` when
 * compiled by Hermes). Strings sit in one storage blob with no separator between them, and may
 * even share bytes (the compiler packs a string into the tail of another), so only the string
 * table says where each one starts and ends: this reads that table.
 *
 * Layout (versions {@link HERMES_MIN_VERSION}–{@link HERMES_MAX_VERSION}): a 128-byte header whose
 * counts at bytes 40–63 (functions, string kinds, identifiers, strings, overflow strings, storage
 * size) are at the same place in every one of these versions; then, each 4-byte aligned, the
 * function headers, string kinds (u32), identifier hashes (u32), the small string table (u32:
 * bit 0 UTF-16, bits 1–23 offset, bits 24–31 length; length 255 means the offset indexes the
 * overflow table), the overflow table (u32 offset, u32 length) and the storage. ASCII strings take
 * one byte per character, UTF-16 strings two (little-endian), their length counted in characters.
 *
 * Other versions (older than 84, newer than 99) and files whose table does not fit fall back to
 * printable runs over the whole file, with a problem saying so: strings glued together in storage
 * then come out as one run, and the detector's grammar decides where a token ends.
 */
export function readHermesStrings(bytes: Buffer): StringsRead {
  const problems: string[] = [];
  const fallback = (why: string): StringsRead => {
    problems.push(`hermes: ${why}; read printable runs instead`);
    return { strings: printableRuns(bytes), problems };
  };
  if (bytes.length < FILE_HEADER_SIZE) return fallback(`header truncated (${bytes.length} of ${FILE_HEADER_SIZE} bytes)`);
  const version = bytes.readUInt32LE(8);
  if (version < HERMES_MIN_VERSION || version > HERMES_MAX_VERSION)
    return fallback(`bytecode version ${version} is not one this reader knows (${HERMES_MIN_VERSION}–${HERMES_MAX_VERSION})`);

  const functionCount = bytes.readUInt32LE(40);
  const stringKindCount = bytes.readUInt32LE(44);
  const identifierCount = bytes.readUInt32LE(48);
  const stringCount = bytes.readUInt32LE(52);
  const overflowCount = bytes.readUInt32LE(56);
  const storageSize = bytes.readUInt32LE(60);
  // Plain numbers: these sums stay far below 2^53 whatever the counts say.
  let at = FILE_HEADER_SIZE;
  at = align4(at + functionCount * functionHeaderSize(version));
  at = align4(at + stringKindCount * 4);
  at = align4(at + identifierCount * 4);
  const smallTable = at;
  at = align4(at + stringCount * 4);
  const overflowTable = at;
  at = align4(at + overflowCount * 8);
  const storage = at;
  if (storage > bytes.length) return fallback(`the string table (${stringCount} strings) runs past the end of the file`);
  const storageEnd = Math.min(bytes.length, storage + storageSize);
  if (storage + storageSize > bytes.length)
    problems.push(`hermes: string storage claims ${storageSize} bytes, ${bytes.length - storage} left; read what is there`);

  const strings: ExtractedString[] = [];
  const budget = new ReadBudget(bytes.length);
  for (let i = 0; i < stringCount; i++) {
    const entry = bytes.readUInt32LE(smallTable + 4 * i);
    const utf16 = (entry & 1) === 1;
    let offset = (entry >>> 1) & 0x7fffff;
    let length = entry >>> 24;
    if (length === 0xff) {
      if (offset >= overflowCount) {
        problems.push(`hermes: string ${i} names overflow entry ${offset} of ${overflowCount}`);
        continue;
      }
      length = bytes.readUInt32LE(overflowTable + 8 * offset + 4);
      offset = bytes.readUInt32LE(overflowTable + 8 * offset);
    }
    const byteLength = utf16 ? 2 * length : length;
    const start = storage + offset;
    if (start + byteLength > storageEnd) {
      problems.push(`hermes: string ${i} (${byteLength} bytes at storage offset ${offset}) runs past the storage`);
      continue;
    }
    if (!budget.take(byteLength)) {
      problems.push('hermes: string data exceeds the read budget; stopped');
      break;
    }
    if (length === 0) continue;
    strings.push({ text: bytes.toString(utf16 ? 'utf16le' : 'latin1', start, start + byteLength), offset: start, encoding: utf16 ? 'utf16le' : 'utf8' });
  }
  strings.sort((a, b) => a.offset - b.offset);
  return { strings, problems };
}
