/**
 * Zip and its family (jar, war, aar, apk, aab, ipa, xpi, vsix, whl, nupkg), read from the central
 * directory with random access (PKWARE APPNOTE 6.3.10): zip64, stored and deflated entries. Every
 * count and offset in the file is untrusted: loops run over bytes that are there, and each entry's
 * data must lie inside the archive and overlap no other entry's.
 */
import * as zlib from 'node:zlib';
import { readRange, type RandomReader } from './bytes.js';
import type { Walk } from './context.js';
import { decompress } from './inflate.js';
import { decodeCp437, decodeUtf8, nameProblems } from './names.js';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** Compression methods by number, for the warning that names one not read. */
const METHODS: Record<number, string> = {
  1: 'Shrink',
  6: 'Implode',
  9: 'Deflate64',
  12: 'bzip2',
  14: 'LZMA',
  19: 'LZ77',
  93: 'Zstandard',
  95: 'xz',
  96: 'JPEG',
  97: 'WavPack',
  98: 'PPMd',
};

interface CentralEntry {
  name: string;
  /** Bytes of the name as stored (the local header's name is normally the same length). */
  nameLength: number;
  validUtf8: boolean;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  symlink: boolean;
  /** Set when the entry's data overlaps another's: not read. */
  overlaps?: string;
}

const u64 = (buffer: Buffer, at: number): number => {
  const value = buffer.readBigUInt64LE(at);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : Number.POSITIVE_INFINITY;
};

/** Where the central directory is, from the end records (zip64 when there is one). */
async function findDirectory(reader: RandomReader): Promise<{ offset: number; size: number; end: number } | string> {
  const tailLength = Math.min(reader.size, 22 + 0xffff);
  const tail = await reader.read(reader.size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) return 'no end of central directory record (truncated, or not a zip)';
  const eocdOffset = reader.size - tailLength + at;
  if (tail.readUInt16LE(at + 4) !== 0 || (tail.readUInt16LE(at + 6) !== 0 && tail.readUInt16LE(at + 6) !== 0xffff)) return 'a multi-disk (spanned) zip';
  let size = tail.readUInt32LE(at + 12);
  let offset = tail.readUInt32LE(at + 16);
  let end = eocdOffset;
  if (eocdOffset >= 20) {
    const locator = await reader.read(eocdOffset - 20, 20);
    if (locator.length === 20 && locator.readUInt32LE(0) === ZIP64_LOCATOR) {
      const recordOffset = u64(locator, 8);
      const record = recordOffset + 56 <= reader.size ? await reader.read(recordOffset, 56) : Buffer.alloc(0);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) return 'a zip64 locator pointing at no zip64 end record';
      size = u64(record, 40);
      offset = u64(record, 48);
      end = recordOffset;
    }
  }
  if (size > end) return 'a central directory larger than the archive';
  return { offset, size, end };
}

/** The central directory's entries; stops with a warning at the first record that is not one. */
function parseDirectory(walk: Walk, path: string[], directory: Buffer): CentralEntry[] {
  const entries: CentralEntry[] = [];
  let at = 0;
  while (at + 46 <= directory.length) {
    if (directory.readUInt32LE(at) !== CENTRAL) {
      walk.warn(path, 'archive-corrupt', `the central directory is corrupt after ${entries.length} entries; the rest are not read`);
      break;
    }
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > directory.length) {
      walk.warn(path, 'archive-corrupt', `the central directory is truncated after ${entries.length} entries`);
      break;
    }
    const flags = directory.readUInt16LE(at + 8);
    const rawName = directory.subarray(at + 46, at + 46 + nameLength);
    const decoded = flags & 0x800 ? decodeUtf8(rawName) : { text: decodeCp437(rawName), valid: true };
    let compressedSize = directory.readUInt32LE(at + 20);
    let size = directory.readUInt32LE(at + 24);
    let localOffset = directory.readUInt32LE(at + 42);
    // The zip64 extra field holds, in this order, each of these that is 0xffffffff in the record.
    const extra = directory.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
      if (extra.readUInt16LE(e) !== 0x0001) continue;
      const field = extra.subarray(e + 4, e + 4 + extra.readUInt16LE(e + 2));
      let f = 0;
      const take = (value: number): number => {
        if (value !== MAX32) return value;
        if (f + 8 > field.length) return Number.POSITIVE_INFINITY;
        f += 8;
        return u64(field, f - 8);
      };
      size = take(size);
      compressedSize = take(compressedSize);
      localOffset = take(localOffset);
      break;
    }
    const host = directory.readUInt16LE(at + 4) >> 8;
    const mode = directory.readUInt32LE(at + 38) >>> 16;
    entries.push({
      name: decoded.text,
      nameLength,
      validUtf8: decoded.valid,
      flags,
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize,
      size,
      localOffset,
      symlink: host === 3 && (mode & 0o170000) === 0o120000,
    });
    at = next;
  }
  return entries;
}

/**
 * Mark entries whose data overlaps an earlier one's (in file order): the trick behind zip bombs
 * that reuse one compressed stream for many entries, and never found in an honest zip.
 */
function markOverlaps(entries: CentralEntry[]): void {
  const byOffset = entries.filter((e) => Number.isFinite(e.localOffset) && Number.isFinite(e.compressedSize)).sort((a, b) => a.localOffset - b.localOffset);
  let end = -1;
  let owner: CentralEntry | undefined;
  for (const entry of byOffset) {
    if (owner && entry.localOffset < end) {
      entry.overlaps = owner.name;
      continue;
    }
    end = entry.localOffset + 30 + entry.nameLength + entry.compressedSize;
    owner = entry;
  }
}

/** Entry bytes with their CRC-32 checked at the end (a mismatch is a warning; the bytes stand). */
async function* checked(walk: Walk, path: string[], source: AsyncIterable<Buffer>, crc: number, size: number): AsyncGenerator<Buffer> {
  let value = 0;
  let length = 0;
  for await (const chunk of source) {
    value = zlib.crc32(chunk, value);
    length += chunk.length;
    yield chunk;
  }
  if (length === size && value !== crc) walk.warn(path, 'archive-corrupt', 'its CRC-32 does not match its content');
}

/**
 * Walk a zip: every file entry's content goes to `walk.content`. When there is no readable
 * central directory it warns nothing and returns why, so the caller decides what that means (an
 * entry that merely starts like a zip is then read as a plain file).
 */
export async function walkZip(walk: Walk, reader: RandomReader, path: string[], depth: number): Promise<string | undefined> {
  const found = await findDirectory(reader);
  if (typeof found === 'string') return found;
  if (found.size > walk.limits.maxEntryInMemory) {
    walk.warn(
      path,
      'archive-limit',
      `its central directory (${found.size} bytes) is larger than the ${walk.limits.maxEntryInMemory} bytes read into memory; not read`,
    );
    return undefined;
  }
  // A zip with data in front (a self-extractor stub, or one concatenated without fixing its
  // offsets) has every offset shifted by the same amount: the directory ends where the end record
  // begins, whatever its stated offset.
  let shift = 0;
  const stated = await reader.read(found.offset, 4);
  if (stated.length < 4 || stated.readUInt32LE(0) !== CENTRAL) {
    const actual = await reader.read(found.end - found.size, 4);
    if (found.size > 0 && actual.length === 4 && actual.readUInt32LE(0) === CENTRAL) shift = found.end - found.size - found.offset;
    else if (found.size > 0) return 'its central directory is not where its end record says';
  }
  const directory = await reader.read(found.offset + shift, found.size);
  const entries = parseDirectory(walk, path, directory);
  markOverlaps(entries);
  const directoryStart = found.offset + shift;
  for (const entry of entries) {
    if (walk.stopped) return undefined;
    if (entry.name.endsWith('/') || entry.symlink) continue;
    const entryPath = [...path, entry.name];
    const problems = nameProblems(entry.name, entry.validUtf8);
    if (problems.length > 0) walk.warn(entryPath, 'archive-name', `its name has ${problems.join(', ')}`);
    if (entry.flags & 0x1 || entry.method === 99) {
      walk.warn(entryPath, 'archive-encrypted', 'it is encrypted; not read');
      continue;
    }
    if (entry.method !== 0 && entry.method !== 8) {
      walk.warn(
        entryPath,
        'archive-unsupported',
        `its compression method ${entry.method}${METHODS[entry.method] ? ` (${METHODS[entry.method]})` : ''} is not supported; not read`,
      );
      continue;
    }
    if (entry.overlaps !== undefined) {
      walk.warn(entryPath, 'archive-bomb', `its data overlaps that of entry ${JSON.stringify(entry.overlaps)} (a zip bomb's trick); not read`);
      continue;
    }
    if (!Number.isFinite(entry.size) || !Number.isFinite(entry.compressedSize) || !Number.isFinite(entry.localOffset)) {
      walk.warn(entryPath, 'archive-corrupt', 'its zip64 sizes or offset are missing or impossibly large; not read');
      continue;
    }
    const localOffset = entry.localOffset + shift;
    const local = await reader.read(localOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) {
      walk.warn(entryPath, 'archive-corrupt', 'no local header where the central directory says; not read');
      continue;
    }
    const dataStart = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataStart + entry.compressedSize > Math.min(reader.size, directoryStart)) {
      walk.warn(entryPath, 'archive-corrupt', 'its data runs past the end of the archive (truncated?); not read');
      continue;
    }
    const raw = readRange(reader, dataStart, entry.compressedSize);
    let source: AsyncIterable<Buffer>;
    if (entry.method === 8) {
      const inflating = decompress(raw, 'deflate-raw');
      source = walk.metered(entryPath, checked(walk, entryPath, inflating.output, entry.crc, entry.size), inflating.consumed, entry.size);
    } else {
      source = walk.metered(entryPath, checked(walk, entryPath, raw, entry.crc, entry.size), undefined, entry.size);
    }
    await walk.content(walk, { path: entryPath, depth, size: entry.size, source });
  }
  return undefined;
}
