import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MonimeGuardError } from '../errors.js';
import type { FileEntry } from '../sources/files.js';
import { emptyBatch, scanFile, type BatchResult, type ScanSettings } from './scan-input.js';

/** Files per message to a worker: large enough to amortise messaging, small enough to balance. */
const BATCH_FILES = 64;
/** Below this many files, starting worker threads costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 256;

/** Called after each batch with the running totals. */
export type BatchProgress = (done: { files: number; bytes: number; listed: number }) => void;

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

/** Workers started ahead of need by {@link prewarmWorkers}, waiting for a scan to use them. */
let warmWorkers: Worker[] = [];

/**
 * Starts `count` workers now, so their start-up (loading the detector) overlaps the caller's own
 * start-up. A scan that turns out too small for workers leaves them unused; they are unref'd and
 * never keep the process alive.
 */
export function prewarmWorkers(count: number): void {
  if (!workersAvailable || count < 2 || warmWorkers.length > 0) return;
  warmWorkers = Array.from({ length: count }, () => new Worker(WORKER_URL));
  for (const worker of warmWorkers) worker.unref();
}

/** Takes `count` workers, the pre-started ones first. */
function takeWorkers(count: number): Worker[] {
  const workers = warmWorkers.splice(0, count);
  for (const worker of workers) worker.ref();
  while (workers.length < count) workers.push(new Worker(WORKER_URL));
  return workers;
}

/**
 * Scans the files a listing yields. Small listings are scanned on the calling thread. Once a
 * listing passes {@link MIN_FILES_FOR_WORKERS}, `threads` workers start and take batches while
 * the calling thread goes on listing, so a large tree is walked and scanned at the same time.
 */
export async function scanFiles(
  files: Iterator<FileEntry>,
  settings: ScanSettings,
  threads: number,
  progress?: BatchProgress,
): Promise<BatchResult> {
  const result = emptyBatch();
  const head: FileEntry[] = [];
  const useWorkers = workersAvailable && threads > 1;
  while (!useWorkers || head.length < MIN_FILES_FOR_WORKERS) {
    const next = files.next();
    if (next.done) break;
    head.push(next.value);
  }
  if (!useWorkers || head.length < MIN_FILES_FOR_WORKERS) {
    scanInThread(head, settings, result, progress);
    await Promise.all(warmWorkers.splice(0).map((worker) => worker.terminate()));
    return result;
  }
  await scanInWorkers(head, files, settings, threads, result, progress);
  return result;
}

/** Scans `files` on the calling thread, one after another. */
function scanInThread(files: readonly FileEntry[], settings: ScanSettings, result: BatchResult, progress?: BatchProgress): void {
  let done = 0;
  for (const file of files) {
    scanFile(file, settings, result);
    done++;
    if (progress && done % BATCH_FILES === 0) progress({ files: done, bytes: result.bytesScanned, listed: files.length });
  }
  progress?.({ files: done, bytes: result.bytesScanned, listed: files.length });
}

/**
 * Feeds batches to worker threads. Each worker asks for the next batch when it finishes one, so a
 * large file in one batch does not hold the others up. The calling thread lists in slices of one
 * batch and yields to the event loop between slices so worker messages are handled promptly.
 */
async function scanInWorkers(
  head: FileEntry[],
  rest: Iterator<FileEntry>,
  settings: ScanSettings,
  threads: number,
  result: BatchResult,
  progress?: BatchProgress,
): Promise<void> {
  const queue: FileEntry[][] = [];
  for (let i = 0; i < head.length; i += BATCH_FILES) queue.push(head.slice(i, i + BATCH_FILES));
  let listed = head.length;
  let listingDone = false;
  let done = 0;
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();
  const workers = takeWorkers(threads);

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (message: string): void => {
      if (failed) return;
      failed = true;
      reject(new MonimeGuardError('internal', message));
    };
    const dispatch = (): void => {
      while (idle.length > 0 && queue.length > 0) {
        const worker = idle.pop()!;
        const batch = queue.shift()!;
        busy.set(worker, batch.length);
        worker.postMessage({ settings, files: batch });
      }
      if (listingDone && queue.length === 0 && busy.size === 0) resolve();
    };
    for (const worker of workers) {
      worker.on('message', (message: { result?: BatchResult; error?: string }) => {
        if (message.error !== undefined || !message.result) {
          fail(`scan worker failed: ${message.error ?? 'no result'}`);
          return;
        }
        mergeBatch(result, message.result);
        done += busy.get(worker) ?? 0;
        busy.delete(worker);
        idle.push(worker);
        progress?.({ files: done, bytes: result.bytesScanned, listed });
        dispatch();
      });
      worker.on('error', (error) => fail(`scan worker crashed: ${error.message}`));
      worker.on('exit', (code) => {
        if (busy.has(worker)) fail(`scan worker exited with code ${code}`);
      });
      idle.push(worker);
    }
    dispatch();

    const listSlice = (): void => {
      if (failed) return;
      try {
        const batch: FileEntry[] = [];
        for (let next = rest.next(); ; next = rest.next()) {
          if (next.done) {
            listingDone = true;
            break;
          }
          batch.push(next.value);
          if (batch.length === BATCH_FILES) break;
        }
        listed += batch.length;
        if (batch.length > 0) queue.push(batch);
        dispatch();
        if (!listingDone) setImmediate(listSlice);
      } catch (error) {
        failed = true;
        reject(error);
      }
    };
    setImmediate(listSlice);
  }).finally(() => Promise.all(workers.map((worker) => worker.terminate())));
}
