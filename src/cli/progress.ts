import type { ScanProgress } from '../scan/scan.js';

/** Scans shorter than this show no progress line at all. */
const SHOW_AFTER_MS = 1000;
/** Redraw at most this often. */
const REDRAW_MS = 200;

/**
 * A one-line progress display on stderr, only on a terminal and only for scans that take longer
 * than a second; `done` erases it so the report starts on a clean line.
 */
export function createProgress<P extends { elapsedMs: number; bytes: number }>(
  stream: NodeJS.WriteStream,
  describe: (progress: P) => string = describeFiles as unknown as (progress: P) => string,
): { update: (p: P) => void; done: () => void } {
  let drawn = false;
  let lastDraw = 0;
  return {
    update(progress) {
      if (!stream.isTTY || progress.elapsedMs < SHOW_AFTER_MS || progress.elapsedMs - lastDraw < REDRAW_MS) return;
      lastDraw = progress.elapsedMs;
      const megabytes = progress.bytes / 1e6;
      const rate = megabytes / (progress.elapsedMs / 1000);
      stream.write(`\r\x1b[2Kscanning ${describe(progress)}, ${megabytes.toFixed(1)} MB, ${rate.toFixed(1)} MB/s`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** `12/340 files` for a file scan. */
function describeFiles(progress: ScanProgress): string {
  return `${progress.filesDone}/${progress.filesTotal} files`;
}
