import { parentPort } from 'node:worker_threads';
import { emptyBatch, type ScanSettings } from './scan-input.js';
import { runWorkItem, type WorkItem } from './work.js';

/**
 * Worker thread entry: does the work items the main thread posts and answers with plain data and
 * the directories it left for others. Raw tokens never cross the thread boundary; findings are
 * already masked.
 */
parentPort?.on('message', ({ settings, item }: { settings: ScanSettings; item: WorkItem }) => {
  try {
    const result = emptyBatch();
    const pending = runWorkItem(item, settings, result);
    parentPort?.postMessage({ result, pending });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});

// Loaded and listening: the main thread stops scanning on its own once every worker says so.
parentPort?.postMessage({ ready: true });
