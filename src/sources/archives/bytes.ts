import type { FileHandle } from 'node:fs/promises';

/** Largest piece read from a file or handed on at once. */
export const CHUNK = 1024 * 1024;

/** Random access to an archive's bytes: a file on disk, or a buffer. */
export interface RandomReader {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer only past the end). */
  read(offset: number, length: number): Promise<Buffer>;
}

/** A reader over bytes in memory; reads are views, not copies. */
export function memoryReader(bytes: Buffer): RandomReader {
  return {
    size: bytes.length,
    read: async (offset, length) => bytes.subarray(Math.min(offset, bytes.length), Math.min(offset + length, bytes.length)),
  };
}

/** A reader over an open file of known size. */
export function fileReader(handle: FileHandle, size: number): RandomReader {
  return {
    size,
    read: async (offset, length) => {
      const want = Math.max(0, Math.min(length, size - offset));
      const buffer = Buffer.allocUnsafe(want);
      let got = 0;
      while (got < want) {
        const { bytesRead } = await handle.read(buffer, got, want - got, offset + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      return got === want ? buffer : buffer.subarray(0, got);
    },
  };
}

/** `[offset, offset + length)` of a reader, in order, in chunks of at most {@link CHUNK}. */
export async function* readRange(reader: RandomReader, offset: number, length: number): AsyncGenerator<Buffer> {
  for (let done = 0; done < length;) {
    const piece = await reader.read(offset + done, Math.min(CHUNK, length - done));
    if (piece.length === 0) return;
    done += piece.length;
    yield piece;
  }
}

/**
 * Sequential reads over chunks: exactly n bytes, a peek, a skip, or the next n bytes as chunks.
 * Holds at most one chunk beyond what was asked.
 */
export class ByteStream {
  private readonly queue: Buffer[] = [];
  private queued = 0;
  private ended = false;
  private readonly iterator: AsyncIterator<Buffer>;

  constructor(source: AsyncIterable<Buffer>) {
    this.iterator = source[Symbol.asyncIterator]();
  }

  /** Pull chunks until `n` bytes are queued or the source ends; whether there are `n`. */
  private async fill(n: number): Promise<boolean> {
    while (this.queued < n && !this.ended) {
      const next = await this.iterator.next();
      if (next.done) {
        this.ended = true;
      } else if (next.value.length > 0) {
        this.queue.push(next.value);
        this.queued += next.value.length;
      }
    }
    return this.queued >= n;
  }

  /** Up to `n` queued bytes without consuming them (fewer at the end). */
  async peek(n: number): Promise<Buffer> {
    await this.fill(n);
    if (this.queue.length > 1) {
      const joined = Buffer.concat(this.queue);
      this.queue.length = 0;
      this.queue.push(joined);
    }
    return (this.queue[0] ?? Buffer.alloc(0)).subarray(0, n);
  }

  /** The next `n` bytes (fewer only at the end), consumed. */
  async read(n: number): Promise<Buffer> {
    const head = await this.peek(n);
    this.drop(head.length);
    return head;
  }

  private drop(n: number): void {
    let left = n;
    while (left > 0 && this.queue.length > 0) {
      const first = this.queue[0]!;
      if (first.length <= left) {
        this.queue.shift();
        left -= first.length;
        this.queued -= first.length;
      } else {
        this.queue[0] = first.subarray(left);
        this.queued -= left;
        left = 0;
      }
    }
  }

  /** The next chunk of at most `max` bytes, consumed; undefined at the end. */
  private async nextChunk(max: number): Promise<Buffer | undefined> {
    if (!(await this.fill(1))) return undefined;
    const first = this.queue[0]!;
    const piece = first.subarray(0, Math.min(max, first.length, CHUNK));
    this.drop(piece.length);
    return piece;
  }

  /**
   * The next `n` bytes as chunks (`state.left` counts down as they are handed out, so a caller can
   * skip what a consumer left unread). Ends early at the end of the source.
   */
  take(n: number): { chunks: AsyncGenerator<Buffer>; state: { left: number } } {
    const state = { left: n };
    const self = this;
    async function* chunks(): AsyncGenerator<Buffer> {
      while (state.left > 0) {
        const piece = await self.nextChunk(state.left);
        if (!piece) return;
        state.left -= piece.length;
        yield piece;
      }
    }
    return { chunks: chunks(), state };
  }

  /** Skip `n` bytes; how many were there to skip. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      const piece = await this.nextChunk(n - skipped);
      if (!piece) break;
      skipped += piece.length;
    }
    return skipped;
  }

  /** Stop reading: the source is closed (a decompressor destroyed, a file range left). */
  async close(): Promise<void> {
    this.ended = true;
    this.queue.length = 0;
    this.queued = 0;
    await Promise.resolve(this.iterator.return?.()).catch(() => undefined);
  }

  /** The rest of the stream as chunks. */
  async *rest(): AsyncGenerator<Buffer> {
    for (;;) {
      const piece = await this.nextChunk(CHUNK);
      if (!piece) return;
      yield piece;
    }
  }
}
