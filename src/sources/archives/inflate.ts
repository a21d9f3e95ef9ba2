import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';

/** Output pieces of the decompressors (they hold at most a few of these ahead of the reader). */
const OUT_CHUNK = 64 * 1024;

/** A decompression in progress: its output, and how many compressed bytes it has consumed. */
export interface Decompression {
  output: AsyncGenerator<Buffer>;
  /** Compressed bytes the decompressor has consumed so far (zlib's own count). */
  consumed: () => number;
}

/**
 * `source` decompressed by Node's zlib, streaming: raw deflate (zip's method 8) or gzip (every
 * member of a multi-member file). Errors (corrupt data) are thrown by `output`; stopping early
 * destroys the decompressor.
 */
export function decompress(source: AsyncIterable<Buffer>, format: 'deflate-raw' | 'gzip'): Decompression {
  const z = format === 'gzip' ? zlib.createGunzip({ chunkSize: OUT_CHUNK }) : zlib.createInflateRaw({ chunkSize: OUT_CHUNK });
  const input = Readable.from(source, { objectMode: false, highWaterMark: OUT_CHUNK });
  async function* output(): AsyncGenerator<Buffer> {
    // The pipeline's own failure is the same error the iteration below throws; it is caught here
    // so that it is never an unhandled rejection, however the iteration ends.
    const piped = pipeline(input, z).catch(() => undefined);
    try {
      for await (const chunk of z) yield chunk as Buffer;
    } finally {
      input.destroy();
      z.destroy();
      // Not awaited: a source still waiting on a read settles it later, and nothing depends on it.
      void piped;
    }
  }
  return { output: output(), consumed: () => z.bytesWritten };
}
