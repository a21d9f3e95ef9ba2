import { iterateInputs } from '../sources/files.js';
import { SCAN_STDIN_LIMIT, stdinReader } from '../sources/stdin.js';
import { errorReason, SourceError } from '../errors.js';
import type { ScanResult } from '../types.js';
import { compareText } from '../findings/order.js';
import { scanArchive } from './archive.js';
import { scanFiles } from './pool.js';
import { bufferReader, emptyBatch, mergeBatch, scanStream } from './scan-input.js';
import { runSources, type Source } from './pipeline.js';
import type { BaseScanOptions } from './setup.js';

/** Progress of a running scan, reported to {@link ScanOptions.onProgress}. */
export interface ScanProgress {
  /** Files scanned so far. */
  filesDone: number;
  /** Files to scan in all. */
  filesTotal: number;
  /** Bytes read so far. */
  bytes: number;
  /** Milliseconds since the scan started. */
  elapsedMs: number;
}

/** Options for {@link scan}. Options given here win over the configuration file. */
export interface ScanOptions extends BaseScanOptions {
  /** Files, directories and globs to scan; `-` is standard input. Default: the root. */
  paths?: readonly string[];
  /** Content of standard input for `-`; by default the process's standard input is read. */
  stdin?: Buffer | string;
  /**
   * Bytes already read from the process's standard input (see {@link readPipedStdin}), scanned
   * as its start before the rest of it is read. Ignored when `stdin` is given.
   */
  stdinHead?: Buffer;
  /** Name that findings in standard input are reported under (default `-`). */
  stdinFilename?: string;
  /** Inside a git work tree, skip what git ignores (default true). */
  gitIgnore?: boolean;
  /** Called now and then while a scan runs. */
  onProgress?: (progress: ScanProgress) => void;
}

/**
 * Scans files, directories, globs and standard input for Monime tokens. Never prints and never
 * exits: it returns findings, per-input warnings and counters, and throws a
 * {@link MonimeGuardError} for a bad configuration, baseline or path.
 */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const inputs = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const files = inputs.filter((input) => input !== '-');
  return runSources(options, () => [...(inputs.includes('-') ? [stdinSource(options)] : []), filesSource(files, options)]);
}

/** What to do with standard input larger than {@link SCAN_STDIN_LIMIT}. */
const STDIN_ADVICE = 'write it to a file and scan that';

/**
 * Standard input (the content given in `options.stdin`, else the process's), reported under
 * `--stdin-filename` or `-`.
 */
export function stdinSource(options: Pick<ScanOptions, 'stdin' | 'stdinFilename' | 'stdinHead'>): Source {
  return {
    name: 'standard input',
    async read(setup, into) {
      const read = options.stdin === undefined ? stdinReader(SCAN_STDIN_LIMIT, STDIN_ADVICE, options.stdinHead) : bufferReader(Buffer.from(options.stdin));
      const name = options.stdinFilename ?? '-';
      const own = emptyBatch();
      try {
        scanStream(read, name, setup.settings, own);
      } catch (error) {
        if (error instanceof SourceError) throw error;
        throw new SourceError(`-: cannot read standard input (${errorReason(error)})`);
      }
      for (const finding of own.findings) finding.origin = { kind: 'stdin', name };
      mergeBatch(into, own);
    },
  };
}

/**
 * Files, directories and globs under the root: listed by git inside a work tree (so what it
 * ignores is skipped), walked elsewhere, and read on the scan's threads.
 */
export function filesSource(paths: readonly string[], options: Pick<ScanOptions, 'gitIgnore' | 'onProgress'>): Source {
  return {
    name: 'files',
    async read(setup, into) {
      const { root, config, settings, started } = setup;
      const files = await iterateInputs(
        paths,
        { root, gitIgnore: options.gitIgnore ?? config.gitIgnore ?? true, exclude: settings.exclude, walkSkip: settings.walkSkip },
        into.warnings,
      );
      const progress = options.onProgress
        ? (done: { files: number; bytes: number; listed: number }): void =>
            options.onProgress?.({ filesDone: done.files, filesTotal: done.listed, bytes: done.bytes, elapsedMs: performance.now() - started })
        : undefined;
      // Directives are checked where people write them: in the files of the tree.
      const scanned = await scanFiles(files, { ...settings, directives: true }, setup.threads, progress);
      const archives = scanned.archives ?? [];
      delete scanned.archives;
      mergeBatch(into, scanned);
      for (const archive of archives.sort((a, b) => compareText(a.rel, b.rel))) {
        await scanArchive(
          { source: { file: archive.abs }, path: archive.rel, origin: (entry) => ({ kind: 'file', path: archive.rel, entry }) },
          settings,
          into,
        );
      }
    },
  };
}
