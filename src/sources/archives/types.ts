/**
 * The public shapes of the archive readers (see `index.ts` for the walk itself). Kept in their own
 * module so the format readers can share them without importing the walker.
 */

/**
 * Bounds on what one walk of an archive may cost. Every archive is hostile input: these keep
 * memory and work bounded whatever it holds. {@link DEFAULT_ARCHIVE_LIMITS} gives the defaults.
 */
export interface ArchiveLimits {
  /**
   * Archives nested inside the outermost one are opened down to this depth; the outermost archive
   * is depth 0 and every layer opened inside it (a zip, a tar, or a gzip wrapper) adds one. An
   * archive deeper than this is not opened: an `archive-depth` warning names its path.
   */
  maxDepth: number;
  /**
   * Bytes of entry content the walk may read in total, summed over every level (a stored entry of
   * a nested archive is read, and counted, again at its own level, as is a tar entry inside a
   * gzip). When the sum would pass this, the entry being read is cut off there, an `archive-limit`
   * warning names it, and the rest of the archive is skipped.
   */
  maxTotalBytes: number;
  /**
   * Cap on one entry's compression ratio (bytes out of the decompressor per byte into it). An entry
   * that passes it, once it has produced more than 1 MiB, is cut off with an `archive-bomb` warning.
   */
  maxRatio: number;
  /**
   * Entries up to this size are delivered as one Buffer; larger ones as chunks. It is also the
   * largest nested zip or asar opened (both need random access, so they are held in memory) and the
   * largest asar header read. At most `maxDepth + 1` such buffers are held at once.
   */
  maxEntryInMemory: number;
}

/** The archive formats read (detected by content: see `archiveKind`). */
export type ArchiveKind = 'zip' | 'tar' | 'gzip' | 'asar';

/**
 * Compressed or archive formats recognised by their magic bytes but not read: each gives an
 * `archive-unsupported` warning naming the file, never a silent skip.
 */
export type UnsupportedArchiveKind = 'bzip2' | 'xz' | 'zstd' | '7z' | 'rar';

/** One regular file inside an archive (nested archives are opened, not delivered). */
export interface ArchiveEntry {
  /**
   * Names from the outermost archive's entry down to this one, e.g.
   * `['lib/app.war', 'WEB-INF/lib/x.jar', 'config.properties']`; the outer archive's own name is not
   * included. Raw names as stored, decoded (zip: UTF-8 when flagged, else CP437; tar: UTF-8; asar:
   * its JSON), never sanitised here: escape them before printing. A gzip layer adds no name: the
   * content of `logs/a.log.gz` has the path `[..., 'logs/a.log.gz']`, and the content of a
   * top-level `.gz` file has the path `[]`.
   */
  path: string[];
  /**
   * Size in bytes as the archive declares it (zip's central directory, tar's header, asar's JSON),
   * or, for gzip content, as read; `-1` for gzip content larger than `maxEntryInMemory`, whose size
   * is known only once read. Fewer bytes may be delivered when a limit or corruption cuts the
   * entry short (with a warning).
   */
  size: number;
  /** The whole content, when the entry is at most `maxEntryInMemory` bytes. */
  bytes?: Buffer;
  /**
   * Otherwise the content in order, in chunks of at most 1 MiB. Read it before the promise
   * `onEntry` returned settles: the walk then moves on and drains what was left unread. It never
   * throws: corruption or a limit ends it early, with a warning.
   */
  chunks?: AsyncIterable<Buffer>;
}

/** Why part of an archive was not read, or what about it a user should know. */
export type ArchiveWarningCode =
  'archive-depth' | 'archive-limit' | 'archive-bomb' | 'archive-encrypted' | 'archive-corrupt' | 'archive-name' | 'archive-unsupported';

/** A problem with an archive, reported instead of thrown. */
export interface ArchiveWarning {
  /** The entry concerned, as in {@link ArchiveEntry.path}; `[]` for the outermost archive itself. */
  path: string[];
  code: ArchiveWarningCode;
  /** One sentence for people; names are not escaped in it either. */
  message: string;
}

/** What to walk: a file on disk (read with random access), or bytes already in memory. */
export type ArchiveInput = { file: string } | { bytes: Buffer };

/** Called for each entry; the walk waits for it. */
export type OnArchiveEntry = (entry: ArchiveEntry) => Promise<void> | void;

/** Called for each warning. */
export type OnArchiveWarning = (warning: ArchiveWarning) => void;
