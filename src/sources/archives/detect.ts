import type { ArchiveKind, UnsupportedArchiveKind } from './types.js';

/** Bytes of `head` that {@link archiveKind} may look at: tar's `ustar` magic sits at 257. */
export const HEAD_BYTES = 512;

const startsWith = (head: Buffer, magic: readonly number[], at = 0): boolean =>
  head.length >= at + magic.length && magic.every((byte, i) => head[at + i] === byte);

const ASAR_JSON = Buffer.from('{"files":');

/**
 * The archive format of some bytes, by content (magic bytes), not by name; `head` is the first
 * bytes, at least 512 of them when there are that many (tar's `ustar` magic is at offset 257).
 *
 * - zip: a local file header (`PK\3\4`), or the end record of an empty zip (`PK\5\6`), or the
 *   spanned-archive marker (`PK\7\8`) at offset 0. Self-extracting zips with a stub in front are
 *   not recognised.
 * - tar: `ustar` at offset 257 (POSIX ustar and GNU tar; pre-POSIX v7 tars have no magic).
 * - gzip: `1f 8b 08` (the only compression method gzip defines).
 * - asar: a Chromium pickle holding 4, then a pickle whose string is JSON starting `{"files":`.
 */
export function archiveKind(head: Buffer): ArchiveKind | undefined {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06]) || startsWith(head, [0x50, 0x4b, 0x07, 0x08])) return 'zip';
  if (startsWith(head, [0x1f, 0x8b, 0x08])) return 'gzip';
  if (startsWith(head, [0x75, 0x73, 0x74, 0x61, 0x72], 257)) return 'tar';
  if (startsWith(head, [4, 0, 0, 0]) && head.length >= 16 + ASAR_JSON.length && head.subarray(16, 16 + ASAR_JSON.length).equals(ASAR_JSON)) return 'asar';
  return undefined;
}

/** A compressed or archive format recognised but not read (see {@link UnsupportedArchiveKind}). */
export function unsupportedArchiveKind(head: Buffer): UnsupportedArchiveKind | undefined {
  if (startsWith(head, [0x42, 0x5a, 0x68]) && head[3] !== undefined && head[3] >= 0x31 && head[3] <= 0x39) return 'bzip2';
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz';
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  if (startsWith(head, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'rar';
  return undefined;
}
