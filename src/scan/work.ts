import type { FileEntry } from '../sources/files.js';

/** A unit of work for a scanning thread: files to scan, or directories to walk and scan. */
export type WorkItem = { files: FileEntry[] } | { dirs: string[] };

/** Files per work item: large enough to amortise messaging, small enough to balance two threads. */
export const BATCH_FILES = 64;
/**
 * Files a worker scans from a directory item before it hands the unread directories back, so
 * one large subtree is shared out instead of landing on one thread.
 */
export const WALK_BUDGET = 512;
/** Directories per work item when pending directories are shared out again. */
export const DIRS_PER_ITEM = 4;
