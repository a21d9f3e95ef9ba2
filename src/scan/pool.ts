import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MonimeGuardError } from '../errors.js';
import type { FileEntry } from '../sources/files.js';
import { emptyBatch, scanFile, type BatchResult, type ScanSettings } from './scan-input.js';

/** Files per message to a worker: large enough to amortise messaging, small enough to balance. */
const BATCH_FILES = 48;

/** Called after each batch with the running totals. */
export type BatchProgress = (done: { files: number; bytes: number }) => void;

/** Merges `from` into `into`. */
export function mergeBatch(into: BatchResult, from: BatchResult): void {
  into.findings.push(...from.findings);
  into.placeholders.push(...from.placeholders);
  into.warnings.push(...from.warnings);
  into.filesScanned += from.filesScanned;
  into.bytesScanned += from.bytesScanned;
  into.binarySkipped += from.binarySkipped;
}

/**
 * The worker entry compiled next to this module. Running from TypeScript sources (the test
 * suite), it does not exist and scanning stays on the calling thread.
 */
const WORKER_URL = new URL('./worker.js', import.meta.url);
const workersAvailable = WORKER_URL.protocol === 'file:' && fs.existsSync(fileURLToPath(WORKER_URL));

/** Scans `files` on the calling thread, one after another. */
export function scanInThread(files: readonly FileEntry[], settings: ScanSettings, progress?: BatchProgress): BatchResult {
  const result = emptyBatch();
  let done = 0;
  for (const file of files) {
    scanFile(file, settings, result);
    done++;
    if (progress && done % BATCH_FILES === 0) progress({ files: done, bytes: result.bytesScanned });
  }
  return result;
}

/**
 * Scans `files` on `threads` worker threads. Each worker asks for the next batch when it finishes
 * one, so a large file in one batch does not hold the others up. Falls back to the calling thread
 * when workers are not available.
 */
export async function scanInWorkers(
  files: readonly FileEntry[],
  settings: ScanSettings,
  threads: number,
  progress?: BatchProgress,
): Promise<BatchResult> {
  if (!workersAvailable || threads < 2) return scanInThread(files, settings, progress);
  const batches: FileEntry[][] = [];
  for (let i = 0; i < files.length; i += BATCH_FILES) batches.push(files.slice(i, i + BATCH_FILES));
  const result = emptyBatch();
  let next = 0;
  let done = 0;
  const workers = Array.from({ length: Math.min(threads, batches.length) }, () => new Worker(WORKER_URL, { workerData: settings }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = (): void => {
              if (next >= batches.length) {
                resolve();
                return;
              }
              const id = next++;
              worker.postMessage({ id, files: batches[id] });
            };
            worker.on('message', (message: { id: number; result?: BatchResult; error?: string }) => {
              if (message.error !== undefined || !message.result) {
                reject(new MonimeGuardError('internal', `scan worker failed: ${message.error ?? 'no result'}`));
                return;
              }
              mergeBatch(result, message.result);
              done += batches[message.id]?.length ?? 0;
              progress?.({ files: done, bytes: result.bytesScanned });
              feed();
            });
            worker.on('error', (error) => reject(new MonimeGuardError('internal', `scan worker crashed: ${error.message}`)));
            worker.on('exit', (code) => {
              if (code !== 0) reject(new MonimeGuardError('internal', `scan worker exited with code ${code}`));
            });
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return result;
}
