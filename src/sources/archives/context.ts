import type { ArchiveEntry, ArchiveLimits, ArchiveWarning, ArchiveWarningCode, OnArchiveEntry, OnArchiveWarning } from './types.js';

/** Warnings reported per walk; past this, one last `archive-limit` warning says the rest are not. */
export const MAX_WARNINGS = 1000;

/**
 * Entries are checked against `maxRatio` only once they have produced this much: small files never
 * trip it, and a bomb costs at most this (plus one chunk) before it is cut off.
 */
export const RATIO_FLOOR = 1024 * 1024;

/** An error thrown by the caller's callback: passed on, never turned into a warning. */
export class CallbackError extends Error {
  constructor(override readonly cause: unknown) {
    super('archive callback failed');
  }
}

/** Where some content is and what is known of it, for {@link Walk.content}. */
export interface Content {
  path: string[];
  /** Depth of the archive holding it (the outermost archive is 0). */
  depth: number;
  /** Declared size, or undefined when unknown until read (gzip). */
  size: number | undefined;
  /** The bytes, already metered, in order. */
  source: AsyncIterable<Buffer>;
}

/** The state of one walk of an outermost archive, shared by every level. */
export class Walk {
  /** Entry content bytes read so far, at every level (see `ArchiveLimits.maxTotalBytes`). */
  total = 0;
  /** Set once `maxTotalBytes` is reached: every loop stops. */
  stopped = false;
  private warnings = 0;

  constructor(
    readonly limits: ArchiveLimits,
    private readonly onEntry: OnArchiveEntry,
    private readonly onWarning: OnArchiveWarning,
    /** Reads one piece of content: opens it when it is an archive, delivers it otherwise. */
    readonly content: (walk: Walk, content: Content) => Promise<void>,
  ) {}

  warn(path: string[], code: ArchiveWarningCode, message: string): void {
    this.warnings++;
    if (this.warnings > MAX_WARNINGS + 1) return;
    const warning: ArchiveWarning =
      this.warnings === MAX_WARNINGS + 1
        ? { path: [], code: 'archive-limit', message: `more than ${MAX_WARNINGS} warnings for this archive; the rest are not reported` }
        : { path: [...path], code, message };
    try {
      this.onWarning(warning);
    } catch (error) {
      throw error instanceof CallbackError ? error : new CallbackError(error);
    }
  }

  async deliver(entry: ArchiveEntry): Promise<void> {
    try {
      await this.onEntry(entry);
    } catch (error) {
      // A CallbackError here is onWarning's, thrown while the consumer read the chunks.
      throw error instanceof CallbackError ? error : new CallbackError(error);
    }
  }

  /**
   * `source` metered: counted against `maxTotalBytes` (cut off there, stopping the walk), against
   * `maxRatio` when `consumed` tells how many compressed bytes went in, and against `declared`
   * when the archive declared a size the output must not pass. It never throws: a failing source
   * (a corrupt deflate stream, a read error) ends it with an `archive-corrupt` warning.
   */
  async *metered(path: string[], source: AsyncIterable<Buffer>, consumed?: () => number, declared?: number): AsyncGenerator<Buffer> {
    let produced = 0;
    const iterator = source[Symbol.asyncIterator]();
    try {
      for (;;) {
        if (this.stopped) return;
        let next: IteratorResult<Buffer>;
        try {
          next = await iterator.next();
        } catch (error) {
          this.warn(path, 'archive-corrupt', `unreadable: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        if (next.done) return;
        let chunk = next.value;
        if (declared !== undefined && produced + chunk.length > declared) {
          chunk = chunk.subarray(0, declared - produced);
          if (chunk.length > 0) {
            produced += chunk.length;
            this.total += chunk.length;
            yield chunk;
          }
          this.warn(path, 'archive-corrupt', `holds more than the ${declared} bytes its header declares; cut off there`);
          return;
        }
        if (this.total + chunk.length > this.limits.maxTotalBytes) {
          const room = this.limits.maxTotalBytes - this.total;
          this.stopped = true;
          this.warn(path, 'archive-limit', `the archive's total of ${this.limits.maxTotalBytes} uncompressed bytes was reached here; the rest is skipped`);
          if (room > 0) {
            this.total += room;
            yield chunk.subarray(0, room);
          }
          return;
        }
        produced += chunk.length;
        this.total += chunk.length;
        yield chunk;
        if (consumed && produced > RATIO_FLOOR && produced > this.limits.maxRatio * Math.max(1, consumed())) {
          this.warn(path, 'archive-bomb', `decompresses at more than ${this.limits.maxRatio}:1; cut off after ${produced} bytes`);
          return;
        }
      }
    } finally {
      // Closing the source (a decompressor, a file range) must not fail the walk either.
      await Promise.resolve(iterator.return?.()).catch(() => undefined);
    }
  }
}
