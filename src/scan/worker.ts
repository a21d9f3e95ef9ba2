import { parentPort } from 'node:worker_threads';
import { createNamer, walkSome, type FileEntry } from '../sources/files.js';
import { emptyBatch, scanFile, type ScanSettings } from './scan-input.js';
import { WALK_BUDGET, type WorkItem } from './work.js';

/**
 * Worker thread entry: scans the files, or walks and scans the directories, the main thread
 * posts, and answers with plain data and the directories it left for others. Raw tokens never
 * cross the thread boundary; findings are already masked.
 */
parentPort?.on('message', ({ settings, item }: { settings: ScanSettings; item: WorkItem }) => {
  try {
    const result = emptyBatch();
    let pending: string[] = [];
    if ('files' in item) {
      for (const file of item.files) scanFile(file, settings, result);
    } else {
      pending = [...item.dirs];
      const scan = (file: FileEntry): void => scanFile(file, settings, result);
      walkSome(pending, WALK_BUDGET, createNamer(settings.root, settings.exclude, settings.walkSkip), scan, result.warnings);
    }
    parentPort?.postMessage({ result, pending });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
