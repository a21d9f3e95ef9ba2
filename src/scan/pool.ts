import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { MonimeGuardError } from '../errors.js';
import { createNamer, walkSome, type FileEntry, type ListItem } from '../sources/files.js';
import { emptyBatch, mergeBatch, scanFile, type BatchResult, type ScanSettings } from './scan-input.js';
import { BATCH_FILES, DIRS_PER_ITEM, runWorkItem, type WorkItem } from './work.js';
/** Below this many files, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 256;

/**
 * The worker entry compiled next to this module. Running from TypeScript sources (the test
 * suite), it does not exist and scanning stays on the calling thread.
 */
const WORKER_URL = new URL('./worker.js', import.meta.url);
const workersAvailable = WORKER_URL.protocol === 'file:' && fs.existsSync(fileURLToPath(WORKER_URL));

/** A scan worker and whether it has said it is loaded (its first message). */
interface ScanWorker {
  worker: Worker;
  ready: boolean;
}

/** Called after each batch with the running totals. */
export type BatchProgress = (done: { files: number; bytes: number; listed: number }) => void;

/**
 * Scans what a listing yields. The calling thread takes files and walks directories until it has
 * {@link MIN_FILES_FOR_WORKERS} files; if the listing ends first, it scans them itself. Otherwise
 * it shares the rest with `threads - 1` workers: the files listed so far in batches, and the
 * directories still to walk, which are walked and scanned in budgeted slices.
 */
export async function scanFiles(items: Iterator<ListItem>, settings: ScanSettings, threads: number, progress?: BatchProgress): Promise<BatchResult> {
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

/** Work items a worker holds at once: one to do and one queued, so it never waits for the next. */
const IN_FLIGHT = 3;
/**
 * Files the calling thread scans from a directory item before it handles worker messages again;
 * smaller than a worker's budget, so workers are not kept waiting for their next item.
 */
const OWN_WALK_BUDGET = 2 * BATCH_FILES;

/**
 * Shares work items between the calling thread and `threads - 1` workers. Each worker holds up
 * to {@link IN_FLIGHT} items and gets the next as it finishes one, so a large file or subtree does
 * not hold the others up. The calling thread reads the rest of the listing (git's file list,
 * further inputs) and scans items itself, one per turn of the event loop, so worker messages are
 * handled between items.
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
  const workers: ScanWorker[] = Array.from({ length: threads - 1 }, () => ({ worker: new Worker(WORKER_URL), ready: false }));
  const inFlight = new Map<Worker, WorkItem[]>(workers.map(({ worker }) => [worker, []]));
  const report = (): void => progress?.({ files: done, bytes: result.bytesScanned, listed: Math.max(listed, done) });

  // A worker gets an empty map of its own for the tokens it finds (with --verify), and hands them back with each result.
  const forWorker: ScanSettings = settings.secrets ? { ...settings, secrets: new Map() } : settings;
  await new Promise<void>((resolve, reject) => {
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      reject(error instanceof Error ? error : new MonimeGuardError('internal', String(error)));
    };
    const dispatch = (): void => {
      for (const started of workers) {
        const items = inFlight.get(started.worker)!;
        while (started.ready && items.length < IN_FLIGHT && queue.length > 0) {
          const item = queue.shift()!;
          items.push(item);
          started.worker.postMessage({ settings: forWorker, item });
        }
      }
    };
    const finishIfDone = (): void => {
      if (listingDone && queue.length === 0 && [...inFlight.values()].every((items) => items.length === 0)) resolve();
    };
    const merge = (batch: BatchResult, walked: boolean, pending: readonly string[]): void => {
      mergeBatch(result, batch);
      // Files found by walking are counted as listed when they come back scanned.
      const scanned = batch.filesScanned + batch.binarySkipped;
      done += scanned;
      if (walked) listed += scanned;
      queueDirs(queue, pending);
      report();
    };

    for (const started of workers) {
      const { worker } = started;
      worker.on('message', (message: { ready?: boolean; result?: BatchResult; pending?: string[]; secrets?: [string, string][]; error?: string }) => {
        if (message.ready) {
          started.ready = true;
          dispatch();
          return;
        }
        if (message.error !== undefined || !message.result) {
          fail(new MonimeGuardError('internal', `scan worker failed: ${message.error ?? 'no result'}`));
          return;
        }
        const item = inFlight.get(worker)!.shift();
        for (const [fingerprint, token] of message.secrets ?? []) settings.secrets?.set(fingerprint, token);
        merge(message.result, item !== undefined && 'dirs' in item, message.pending ?? []);
        dispatch();
        finishIfDone();
      });
      worker.on('error', (error) => fail(new MonimeGuardError('internal', `scan worker crashed: ${error.message}`)));
      worker.on('exit', (code) => {
        if ((inFlight.get(worker)?.length ?? 0) > 0) fail(new MonimeGuardError('internal', `scan worker exited with code ${code}`));
      });
    }

    const pump = (): void => {
      if (failed) return;
      try {
        dispatch();
        if (!listingDone && rest) {
          listSlice(rest);
        } else if (queue.length > 0) {
          const item = queue.shift()!;
          const own = emptyBatch();
          const pending = runWorkItem(item, settings, own, OWN_WALK_BUDGET);
          merge(own, 'dirs' in item, pending);
        }
        dispatch();
        if (!listingDone || queue.length > 0) setImmediate(pump);
        else finishIfDone();
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
    pump();
  }).finally(() => Promise.all(workers.map(({ worker }) => worker.terminate())));
}
