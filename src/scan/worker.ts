import { parentPort, workerData } from 'node:worker_threads';
import type { FileEntry } from '../sources/files.js';
import { emptyBatch, scanFile, type ScanSettings } from './scan-input.js';

/**
 * Worker thread entry: scans the batches of files the main thread posts and answers with plain
 * data. Raw tokens never cross the thread boundary; findings are already masked.
 */
const settings = workerData as ScanSettings;

parentPort?.on('message', (message: { id: number; files: FileEntry[] }) => {
  try {
    const result = emptyBatch();
    for (const file of message.files) scanFile(file, settings, result);
    parentPort?.postMessage({ id: message.id, result });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
