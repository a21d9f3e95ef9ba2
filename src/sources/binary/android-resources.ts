import { ReadBudget } from './read-budget.js';
import type { ExtractedString, StringsRead } from './types.js';

/** Chunk types of Android's resource formats (`ResourceTypes.h`). */
const RES_STRING_POOL_TYPE = 0x0001;
const RES_TABLE_TYPE = 0x0002;
const RES_XML_TYPE = 0x0003;
const RES_TABLE_PACKAGE_TYPE = 0x0200;
/** Size of a `ResChunk_header`. */
const CHUNK_HEADER = 8;
/** Size of a `ResStringPool_header`. */
const STRING_POOL_HEADER = 28;
/** `ResStringPool_header.flags`: strings are UTF-8 (else UTF-16LE). */
const UTF8_FLAG = 0x100;
/** Containers whose children are chunks; nothing real nests deeper than table → package → pool. */
const MAX_DEPTH = 4;

/** Whether `bytes` starts with the chunk header of a compiled XML file (`AndroidManifest.xml`). */
export function isAxml(bytes: Buffer): boolean {
  return bytes.length >= CHUNK_HEADER && bytes.readUInt16LE(0) === RES_XML_TYPE && bytes.readUInt16LE(2) === 8;
}

/** Whether `bytes` starts with the chunk header of a resource table (`resources.arsc`). */
export function isArsc(bytes: Buffer): boolean {
  return bytes.length >= 12 && bytes.readUInt16LE(0) === RES_TABLE_TYPE && bytes.readUInt16LE(2) === 12;
}

/**
 * The strings of every string pool (`ResStringPool`) in a compiled XML file or a resource table:
 * element and attribute names, attribute values (raw values are pool references), resource
 * values, type and key names. Pools are found by walking the chunk tree (file → package → pool).
 *
 * Hostile input: chunk sizes are clamped to their parent, a chunk smaller than its header ends the
 * walk at that level, offsets and lengths out of range skip that string, and all decoding is bounded
 * by a {@link ReadBudget}; whatever was readable is returned, with `problems` saying what was not.
 */
export function readResourceStrings(bytes: Buffer): StringsRead {
  const strings: ExtractedString[] = [];
  const problems: string[] = [];
  const budget = new ReadBudget(bytes.length);
  walkChunks(bytes, 0, bytes.length, 0, strings, problems, budget);
  return { strings, problems };
}

/** Reads the chunks in `[start, end)`, descending into containers. */
function walkChunks(bytes: Buffer, start: number, end: number, depth: number, strings: ExtractedString[], problems: string[], budget: ReadBudget): void {
  for (let at = start; at + CHUNK_HEADER <= end;) {
    const type = bytes.readUInt16LE(at);
    const headerSize = bytes.readUInt16LE(at + 2);
    let size = bytes.readUInt32LE(at + 4);
    if (size < CHUNK_HEADER || headerSize < CHUNK_HEADER || headerSize > size) {
      problems.push(`resources: chunk at ${at} has header size ${headerSize} and size ${size}; stopped reading this level`);
      return;
    }
    if (size > end - at) {
      problems.push(`resources: chunk at ${at} claims ${size} bytes, ${end - at} left; read what is there`);
      size = end - at;
    }
    if (type === RES_STRING_POOL_TYPE) {
      readStringPool(bytes, at, size, headerSize, strings, problems, budget);
    } else if (type === RES_XML_TYPE || type === RES_TABLE_TYPE || type === RES_TABLE_PACKAGE_TYPE) {
      if (depth < MAX_DEPTH) walkChunks(bytes, at + headerSize, at + size, depth + 1, strings, problems, budget);
      else problems.push(`resources: chunks nested deeper than ${MAX_DEPTH} at ${at}; skipped`);
    }
    at += size;
  }
}

/** Reads one `ResStringPool` chunk of `size` bytes at `chunk`. */
function readStringPool(
  bytes: Buffer,
  chunk: number,
  size: number,
  headerSize: number,
  strings: ExtractedString[],
  problems: string[],
  budget: ReadBudget,
): void {
  if (headerSize < STRING_POOL_HEADER) {
    problems.push(`resources: string pool at ${chunk} has a ${headerSize}-byte header`);
    return;
  }
  const end = chunk + size;
  const count = bytes.readUInt32LE(chunk + 8);
  const utf8 = (bytes.readUInt32LE(chunk + 16) & UTF8_FLAG) !== 0;
  const stringsStart = chunk + bytes.readUInt32LE(chunk + 20);
  const indexStart = chunk + headerSize;
  const available = Math.max(0, Math.floor((end - indexStart) / 4));
  if (count > available) problems.push(`resources: string pool at ${chunk} claims ${count} strings; its index has room for ${available}`);
  if (stringsStart > end) {
    problems.push(`resources: string pool at ${chunk} has its strings past its end`);
    return;
  }
  for (let i = 0; i < Math.min(count, available); i++) {
    const at = stringsStart + bytes.readUInt32LE(indexStart + 4 * i);
    const read = utf8 ? readUtf8Entry(bytes, at, end) : readUtf16Entry(bytes, at, end);
    if (!read) {
      problems.push(`resources: string ${i} of the pool at ${chunk} is out of range`);
      continue;
    }
    if (!budget.take(read.byteLength)) {
      problems.push('resources: string data exceeds the read budget; stopped');
      return;
    }
    const text = bytes.toString(utf8 ? 'utf8' : 'utf16le', read.offset, read.offset + read.byteLength);
    if (text.length > 0) strings.push({ text, offset: read.offset, encoding: utf8 ? 'utf8' : 'utf16le' });
  }
}

/**
 * A UTF-16 pool entry: a u16 length in code units (high bit set: 15 more bits follow in the next
 * u16), the code units, then a u16 NUL.
 */
function readUtf16Entry(bytes: Buffer, at: number, end: number): { offset: number; byteLength: number } | undefined {
  if (at + 2 > end) return undefined;
  let length = bytes.readUInt16LE(at);
  let offset = at + 2;
  if (length & 0x8000) {
    if (offset + 2 > end) return undefined;
    length = ((length & 0x7fff) << 16) | bytes.readUInt16LE(offset);
    offset += 2;
  }
  return offset + 2 * length <= end ? { offset, byteLength: 2 * length } : undefined;
}

/**
 * A UTF-8 pool entry: the length in UTF-16 units, then in bytes (each a u8; high bit set: 7 bits
 * then 8 more in the next byte), the bytes, then a NUL.
 */
function readUtf8Entry(bytes: Buffer, at: number, end: number): { offset: number; byteLength: number } | undefined {
  let offset = at;
  const length = (): number | undefined => {
    if (offset >= end) return undefined;
    const first = bytes[offset++]!;
    if ((first & 0x80) === 0) return first;
    if (offset >= end) return undefined;
    return ((first & 0x7f) << 8) | bytes[offset++]!;
  };
  if (length() === undefined) return undefined;
  const byteLength = length();
  if (byteLength === undefined || offset + byteLength > end) return undefined;
  return { offset, byteLength };
}
