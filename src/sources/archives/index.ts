/**
 * Safe archive readers: pure readers that walk an archive and hand each regular file inside it to
 * a callback, opening nested archives in memory. Nothing here scans, prints or writes to disk.
 *
 * ```ts
 * await walkArchive({ file: 'app-release.apk' }, DEFAULT_ARCHIVE_LIMITS,
 *   async (entry) => { ... entry.path, entry.bytes ?? entry.chunks ... },
 *   (warning) => { ... warning.path, warning.code, warning.message ... });
 * ```
 *
 * Formats, detected by content (magic bytes, {@link archiveKind}), never by name:
 * - zip and its family (`.zip .apk .aab .ipa .jar .war .aar .xpi .vsix .whl .nupkg`), zip64,
 *   stored and deflated entries, read from the central directory with random access (`zip.ts`);
 *   other methods (Deflate64, bzip2, LZMA, Zstandard, …) give `archive-unsupported` naming the
 *   method; encrypted entries `archive-encrypted`.
 * - tar: ustar, GNU long names, pax `path`/`size` (`tar.ts`); `.tgz`/`.tar.gz` as a tar inside
 *   gzip.
 * - gzip: the content is one entry (with the gzip's own path; see {@link ArchiveEntry.path}), or,
 *   when it is itself an archive (a tar), that archive is walked.
 * - Electron asar (`asar.ts`); `unpacked: true` files are skipped silently, since their bytes are
 *   not in the archive but in `app.asar.unpacked/` beside it, where a directory scan reads them.
 * - bzip2, xz, Zstandard, 7z and rar are recognised and each gives `archive-unsupported` naming the
 *   file (never a silent skip): Node's zlib reads none of them, and we add no decompressor that
 *   needs a native binary.
 *
 * Hostile input gives warnings, never exceptions: a truncated or corrupt archive
 * (`archive-corrupt`, the entries before the damage still read), zip entries whose data overlap
 * (`archive-bomb`: the trick of bombs that reuse one stream; the later entries are not read),
 * a ratio bomb (`archive-bomb`, cut off), a nested bomb (`archive-depth`, `archive-limit`), names
 * with `..`, an absolute path, control characters or invalid UTF-8 (`archive-name`: the entry is
 * still read, the name delivered as stored; escape it before printing). Every loop over a count
 * or size from the archive is bounded by the bytes actually there. Errors thrown by the callbacks
 * are passed on unchanged.
 *
 * Memory: at most `maxDepth + 1` buffers of `maxEntryInMemory` bytes (the nested zips and asars
 * being walked, which need random access, and the entry being delivered), plus a zip's central
 * directory (also at most `maxEntryInMemory`) and a few MiB of read and decompression buffers.
 * Work: at most `maxTotalBytes` of entry content per walk, plus the archive's own metadata.
 */
import * as fs from 'node:fs/promises';
import { walkAsar } from './asar.js';
import { ByteStream, fileReader, memoryReader, readRange, type RandomReader } from './bytes.js';
import { CallbackError, Walk, type Content } from './context.js';
import { archiveKind, HEAD_BYTES, unsupportedArchiveKind } from './detect.js';
import { decompress } from './inflate.js';
import { walkTar } from './tar.js';
import type { ArchiveInput, ArchiveLimits, OnArchiveEntry, OnArchiveWarning } from './types.js';
import { walkZip } from './zip.js';

export { archiveKind, unsupportedArchiveKind } from './detect.js';
export type {
  ArchiveEntry,
  ArchiveInput,
  ArchiveKind,
  ArchiveLimits,
  ArchiveWarning,
  ArchiveWarningCode,
  OnArchiveEntry,
  OnArchiveWarning,
  UnsupportedArchiveKind,
} from './types.js';

const MiB = 1024 * 1024;

/**
 * The default limits, and why:
 * - `maxDepth` 8: real nesting is shallow (a jar in a war in a zip is 2; an APK in an AAB set in
 *   a zip 2 or 3); a 42.zip-style bomb needs depth to multiply, and 8 leaves room for the honest
 *   cases while the byte cap bounds the rest.
 * - `maxTotalBytes` 4 GiB: larger than any app package or npm tarball in practice, so only a bomb
 *   reaches it; at zlib's speed it is seconds to tens of seconds of work, not hours.
 * - `maxRatio` 1000: text compresses 3–10:1, minified JavaScript and DEX 3–6:1, the most
 *   repetitive logs and data a few hundred to 1. Deflate itself cannot pass about 1032:1, which
 *   it reaches only on runs of one byte (the stuff of bombs): 1000 cuts those off after 1 MiB
 *   rather than after `maxTotalBytes`, and passes everything with content worth scanning.
 * - `maxEntryInMemory` 64 MiB: a React Native bundle, a DEX file or a `libapp.so` fits whole (so it
 *   is scanned in one piece), and nested zips up to that size (an APK in an AAB set) are opened; with
 *   `maxDepth` buffers at most, memory stays bounded.
 */
export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxDepth: 8,
  maxTotalBytes: 4 * 1024 * MiB,
  maxRatio: 1000,
  maxEntryInMemory: 64 * MiB,
});

/** Chunks from a stream, gathered while they fit in `max` bytes; `complete` when all of it did. */
async function gather(stream: ByteStream, max: number): Promise<{ chunks: Buffer[]; length: number; complete: boolean }> {
  const chunks: Buffer[] = [];
  let length = 0;
  const rest = stream.rest();
  for (;;) {
    const next = await rest.next();
    if (next.done) return { chunks, length, complete: true };
    chunks.push(next.value);
    length += next.value.length;
    if (length > max) return { chunks, length, complete: false };
  }
}

async function* concatenated(first: Buffer[], rest: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield* first;
  yield* rest;
}

/** Deliver content as an entry: whole when it fits in memory, as chunks otherwise. */
async function deliver(walk: Walk, content: Content, stream: ByteStream): Promise<void> {
  const max = walk.limits.maxEntryInMemory;
  if (content.size === undefined || content.size <= max) {
    const gathered = await gather(stream, max);
    if (gathered.complete) {
      const bytes = Buffer.concat(gathered.chunks);
      await walk.deliver({ path: content.path, size: content.size ?? bytes.length, bytes });
      return;
    }
    await walk.deliver({ path: content.path, size: content.size ?? -1, chunks: concatenated(gathered.chunks, stream.rest()) });
    return;
  }
  await walk.deliver({ path: content.path, size: content.size, chunks: stream.rest() });
}

/** Read some content: walk it when it is an archive (to `maxDepth`), deliver it otherwise. */
async function readContent(walk: Walk, content: Content): Promise<void> {
  const stream = new ByteStream(content.source);
  try {
    const head = await stream.peek(HEAD_BYTES);
    const kind = archiveKind(head);
    if (kind === undefined) {
      const unsupported = unsupportedArchiveKind(head);
      if (unsupported) walk.warn(content.path, 'archive-unsupported', `${unsupported}-compressed content is not supported; not read`);
      else await deliver(walk, content, stream);
      return;
    }
    const depth = content.depth + 1;
    if (depth > walk.limits.maxDepth) {
      walk.warn(content.path, 'archive-depth', `a ${kind} nested deeper than ${walk.limits.maxDepth} archives; not opened`);
      return;
    }
    if (kind === 'tar') {
      await walkTar(walk, stream, content.path, depth);
    } else if (kind === 'gzip') {
      const gunzip = decompress(stream.rest(), 'gzip');
      await readContent(walk, { path: content.path, depth, size: undefined, source: walk.metered(content.path, gunzip.output, gunzip.consumed) });
    } else {
      // Zip and asar need random access: they are opened in memory, up to maxEntryInMemory.
      const gathered = await gather(stream, walk.limits.maxEntryInMemory);
      if (!gathered.complete) {
        walk.warn(content.path, 'archive-limit', `a nested ${kind} larger than ${walk.limits.maxEntryInMemory} bytes (the most held in memory); not opened`);
        return;
      }
      if (walk.stopped) return;
      const bytes = Buffer.concat(gathered.chunks);
      await walkRandom(walk, kind, memoryReader(bytes), content.path, depth, bytes);
    }
  } finally {
    await stream.close();
  }
}

/**
 * Walk a zip or asar. A nested zip without a readable directory (truncated, or a file that only
 * starts like one) is warned about and delivered as a plain entry, so its bytes are still scanned.
 */
async function walkRandom(walk: Walk, kind: 'zip' | 'asar', reader: RandomReader, path: string[], depth: number, bytes?: Buffer): Promise<void> {
  if (kind === 'asar') return walkAsar(walk, reader, path, depth);
  const unreadable = await walkZip(walk, reader, path, depth);
  if (unreadable === undefined) return;
  walk.warn(path, 'archive-corrupt', `not read as a zip: ${unreadable}${bytes ? '; its bytes are delivered as they are' : ''}`);
  if (bytes) await walk.deliver({ path, size: bytes.length, bytes });
}

/**
 * Walk an archive (a file on disk, read with random access, or bytes in memory): `onEntry` is
 * called, and awaited, for every regular file entry that is not itself an archive, in the
 * archive's order; entries that are archives (by content) are opened in memory and walked in
 * turn, down to `limits.maxDepth`. Never writes to disk and never throws for hostile input: every
 * problem is a warning to `onWarning`. Input that is no archive this reads gives one
 * `archive-unsupported` warning. Limits left out take {@link DEFAULT_ARCHIVE_LIMITS}.
 */
export async function walkArchive(input: ArchiveInput, limits: Partial<ArchiveLimits>, onEntry: OnArchiveEntry, onWarning: OnArchiveWarning): Promise<void> {
  const walk = new Walk({ ...DEFAULT_ARCHIVE_LIMITS, ...limits }, onEntry, onWarning, readContent);
  let handle: fs.FileHandle | undefined;
  try {
    let reader: RandomReader;
    if ('file' in input) {
      // Checked before opening: opening a FIFO for reading would wait for a writer.
      if (!(await fs.stat(input.file)).isFile()) {
        walk.warn([], 'archive-unsupported', 'not a regular file');
        return;
      }
      handle = await fs.open(input.file, 'r');
      reader = fileReader(handle, (await handle.stat()).size);
    } else {
      reader = memoryReader(input.bytes);
    }
    const head = await reader.read(0, HEAD_BYTES);
    const kind = archiveKind(head);
    if (kind === 'zip' || kind === 'asar') {
      await walkRandom(walk, kind, reader, [], 0);
    } else if (kind === 'tar') {
      await walkTar(walk, new ByteStream(readRange(reader, 0, reader.size)), [], 0);
    } else if (kind === 'gzip') {
      const gunzip = decompress(readRange(reader, 0, reader.size), 'gzip');
      await readContent(walk, { path: [], depth: 0, size: undefined, source: walk.metered([], gunzip.output, gunzip.consumed) });
    } else {
      const unsupported = unsupportedArchiveKind(head);
      walk.warn(
        [],
        'archive-unsupported',
        unsupported ? `${unsupported}-compressed archives are not supported; not read` : 'not an archive this reads (zip, tar, gzip or asar)',
      );
    }
  } catch (error) {
    if (error instanceof CallbackError) throw error.cause;
    try {
      walk.warn([], 'archive-corrupt', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
    } catch (callbackError) {
      throw callbackError instanceof CallbackError ? callbackError.cause : callbackError;
    }
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
