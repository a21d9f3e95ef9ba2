import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MonimeGuardError } from '../errors.js';
import { createNamer, walkSome, type FileEntry, type ListItem } from '../sources/files.js';
import { emptyBatch, scanFile, type BatchResult, type ScanSettings } from './scan-input.js';
import { BATCH_FILES, DIRS_PER_ITEM, runWorkItem, type WorkItem } from './work.js';
/** Below this many files, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 256;

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

/**
 * Scans what a listing yields. The calling thread takes files and walks directories until it has
 * {@link MIN_FILES_FOR_WORKERS} files; if the listing ends first, it scans them itself. Otherwise
 * `threads` workers start and share the rest: the files listed so far in batches, and the
 * directories still to walk, which workers walk and scan in budgeted slices.
 */
export async function scanFiles(
  items: Iterator<ListItem>,
  settings: ScanSettings,
  threads: number,
  progress?: BatchProgress,
): Promise<BatchResult> {
  const result = emptyBatch();
  const useWorkers = workersAvailable && threads > 1;
  const namer = createNamer(settings.root, settings.exclude, settings.walkSkip);
  const head: FileEntry[] = [];
  const dirs: string[] = [];
  let exhausted = false;
  while (!useWorkers || head.length < MIN_FILES_FOR_WORKERS) {
    if (dirs.length > 0) {
      const budget = useWorkers ? MIN_FILES_FOR_WORKERS - head.length : Infinity;
      walkSome(dirs, budget, namer, (entry) => head.push(entry), result.warnings);
      continue;
    }
    const next = items.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    if ('dir' in next.value) dirs.push(next.value.dir);
    else head.push(next.value);
  }
  if (exhausted && dirs.length === 0) {
    scanInThread(head, settings, result, progress);
    return result;
  }
  const queue: WorkItem[] = [];
  for (let i = 0; i < head.length; i += BATCH_FILES) queue.push({ files: head.slice(i, i + BATCH_FILES) });
  queueDirs(queue, dirs);
  await scanInWorkers(queue, exhausted ? undefined : items, settings, threads, result, head.length, progress);
  return result;
}

/** Shares directories out as work items of a few directories each. */
function queueDirs(queue: WorkItem[], dirs: readonly string[]): void {
  for (let i = 0; i < dirs.length; i += DIRS_PER_ITEM) queue.push({ dirs: dirs.slice(i, i + DIRS_PER_ITEM) });
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
 * Feeds work items to worker threads. Each worker asks for the next item when it finishes one,
 * so a large file or subtree does not hold the others up. The calling thread goes on reading the
 * listing (git's file list, further inputs) in slices of one batch, yielding to the event loop
 * between slices so worker messages are handled promptly.
 */
async function scanInWorkers(
  queue: WorkItem[],
  rest: Iterator<ListItem> | undefined,
  settings: ScanSettings,
  threads: number,
  result: BatchResult,
  listedSoFar: number,
  progress?: BatchProgress,
): Promise<void> {
  let listed = listedSoFar;
  let listingDone = rest === undefined;
  let done = 0;
  const idle: Worker[] = [];
  const busy = new Map<Worker, WorkItem>();
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_URL));

  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      reject(error instanceof Error ? error : new MonimeGuardError('internal', String(error)));
    };
    const dispatch = (): void => {
      while (idle.length > 0 && queue.length > 0) {
        const worker = idle.pop()!;
        const item = queue.shift()!;
        busy.set(worker, item);
        worker.postMessage({ settings, item });
      }
      if (listingDone && queue.length === 0 && busy.size === 0) resolve();
    };
    let ready = 0;
    for (const worker of workers) {
      worker.on('message', (message: { ready?: boolean; result?: BatchResult; pending?: string[]; error?: string }) => {
        if (message.ready) {
          ready++;
          idle.push(worker);
          dispatch();
          return;
        }
        if (message.error !== undefined || !message.result) {
          fail(new MonimeGuardError('internal', `scan worker failed: ${message.error ?? 'no result'}`));
          return;
        }
        mergeBatch(result, message.result);
        // Files found by walking in a worker are counted as listed when they come back scanned.
        const scanned = message.result.filesScanned + message.result.binarySkipped;
        done += scanned;
        if ('dirs' in (busy.get(worker) ?? { files: [] })) listed += scanned;
        queueDirs(queue, message.pending ?? []);
        busy.delete(worker);
        idle.push(worker);
        progress?.({ files: done, bytes: result.bytesScanned, listed });
        dispatch();
      });
      worker.on('error', (error) => fail(new MonimeGuardError('internal', `scan worker crashed: ${error.message}`)));
      worker.on('exit', (code) => {
        if (busy.has(worker)) fail(new MonimeGuardError('internal', `scan worker exited with code ${code}`));
      });
    }

    // The calling thread lists what is left, and scans work items itself until every worker has
    // started (loading a worker takes tens of milliseconds), one item per turn of the event loop.
    const pump = (): void => {
      if (failed) return;
      try {
        if (!listingDone && rest) {
          listSlice(rest);
        } else if (ready < workers.length && queue.length > 0) {
          const own = emptyBatch();
          queueDirs(queue, runWorkItem(queue.shift()!, settings, own));
          mergeBatch(result, own);
          done += own.filesScanned + own.binarySkipped;
          progress?.({ files: done, bytes: result.bytesScanned, listed: Math.max(listed, done) });
        }
        dispatch();
        if (!listingDone || (ready < workers.length && queue.length > 0)) setImmediate(pump);
      } catch (error) {
        fail(error);
      }
    };
    const listSlice = (rest: Iterator<ListItem>): void => {
      const files: FileEntry[] = [];
      for (let next = rest.next(); ; next = rest.next()) {
        if (next.done) {
          listingDone = true;
          break;
        }
        if ('dir' in next.value) {
          queueDirs(queue, [next.value.dir]);
          break;
        }
        files.push(next.value);
        if (files.length === BATCH_FILES) break;
      }
      listed += files.length;
      if (files.length > 0) queue.push({ files });
    };
    setImmediate(pump);
  }).finally(() => Promise.all(workers.map((worker) => worker.terminate())));
}
