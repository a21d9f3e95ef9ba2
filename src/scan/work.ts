import { createNamer, walkSome, type FileEntry } from '../sources/files.js';
import { scanFile, type BatchResult, type ScanSettings } from './scan-input.js';

/** A unit of work for a scanning thread: files to scan, or directories to walk and scan. */
export type WorkItem = { files: FileEntry[] } | { dirs: string[] };

/** Files per work item: large enough to amortise messaging, small enough to balance two threads. */
export const BATCH_FILES = 64;
/**
 * Files a thread scans from a directory item before it hands the unread directories back, so
 * one large subtree is shared out instead of landing on one thread.
 */
export const WALK_BUDGET = 512;
/** Directories per work item when pending directories are shared out again. */
export const DIRS_PER_ITEM = 4;

/**
 * Does one work item on the calling thread (a worker, or the main thread while workers start),
 * adding to `result`. Returns the directories a walk left unread.
 */
export function runWorkItem(item: WorkItem, settings: ScanSettings, result: BatchResult, budget = WALK_BUDGET): string[] {
  if ('files' in item) {
    for (const file of item.files) scanFile(file, settings, result);
    return [];
  }
  const pending = [...item.dirs];
  const namer = createNamer(settings.root, settings.exclude, settings.walkSkip);
  walkSome(pending, budget, namer, (file) => scanFile(file, settings, result), result.warnings);
  return pending;
}
