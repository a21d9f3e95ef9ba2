import { parentPort } from 'node:worker_threads';
import { emptyBatch, type ScanSettings } from './scan-input.js';
import { runWorkItem, type WorkItem } from './work.js';

/**
 * Worker thread entry: does the work items the main thread posts and answers with plain data and
 * the directories it left for others. Findings are already masked; raw tokens cross the thread
 * boundary only when the scan verifies them (`--verify`), in memory, for its requests.
 */
parentPort?.on('message', ({ settings, item }: { settings: ScanSettings; item: WorkItem }) => {
  try {
    const result = emptyBatch();
    const pending = runWorkItem(item, settings, result);
    // With --verify, the tokens found go back to the main thread for its requests, then are dropped here.
    const secrets = settings.secrets ? [...settings.secrets] : undefined;
    settings.secrets?.clear();
    parentPort?.postMessage({ result, pending, ...(secrets ? { secrets } : {}) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});

// Loaded and listening: the main thread stops scanning on its own once every worker says so.
parentPort?.postMessage({ ready: true });
