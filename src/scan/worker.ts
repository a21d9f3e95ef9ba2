import { parentPort } from 'node:worker_threads';
import type { FileEntry } from '../sources/files.js';
import { emptyBatch, scanFile, type ScanSettings } from './scan-input.js';

/**
 * Worker thread entry: scans the batches of files the main thread posts and answers with plain
 * data. Raw tokens never cross the thread boundary; findings are already masked.
 */
parentPort?.on('message', (message: { settings: ScanSettings; files: FileEntry[] }) => {
  try {
    const result = emptyBatch();
    for (const file of message.files) scanFile(file, message.settings, result);
    parentPort?.postMessage({ result });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
