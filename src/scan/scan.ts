import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { tokenRules } from '../../rules/index.js';
import { loadBaseline } from '../config/baseline.js';
import { loadConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { applyFilters } from '../filters/index.js';
import { iterateInputs } from '../sources/files.js';
import type { ByteReader } from '../sources/fragments.js';
import { SourceError } from '../errors.js';
import type { Finding, ScanResult, TokenKind } from '../types.js';
import { mergeBatch, scanFiles } from './pool.js';
import type { RuleTable } from './scan-fragment.js';
import { bufferReader, emptyBatch, scanStream, type BatchResult, type ScanSettings } from './scan-input.js';

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

/** Options every kind of scan takes (files, git history, staged changes). */
export interface BaseScanOptions {
  /** Directory that reported paths are relative to and where the config is looked for. Default: cwd. */
  root?: string;
  /** A configuration to use instead of loading one from the root. */
  config?: Config;
  /** A configuration file to load instead of looking in the root. */
  configPath?: string;
  /** Baseline file; findings whose fingerprint it holds are not reported. */
  baseline?: string;
  /** Scan files that look binary (default false). */
  scanBinary?: boolean;
  /** Collect rejected placeholders (default false). */
  placeholders?: boolean;
}

/** Options for {@link scan}. Options given here win over the configuration file. */
export interface ScanOptions extends BaseScanOptions {
  /** Files, directories and globs to scan; `-` is standard input. Default: the root. */
  paths?: readonly string[];
  /** Content of standard input for `-`; by default the process's standard input is read. */
  stdin?: Buffer | string;
  /** Name that findings in standard input are reported under (default `-`). */
  stdinFilename?: string;
  /** Inside a git work tree, skip what git ignores (default true). */
  gitIgnore?: boolean;
  /** Scanning threads, the calling one included; 1 scans on the calling thread only. Default: the number of CPUs. */
  threads?: number;
  /** Called now and then while a scan runs. */
  onProgress?: (progress: ScanProgress) => void;
}

/** What every scan settles before it reads anything. */
export interface ScanSetup {
  /** Absolute scan root. */
  root: string;
  config: Config;
  /** Fingerprints of the baseline in force, if any. */
  baseline?: ReadonlySet<string>;
  settings: ScanSettings;
  /** `performance.now()` when the scan started. */
  started: number;
}

/** Loads the config and baseline and builds the scan settings; throws on a bad config or baseline. */
export async function setUpScan(options: BaseScanOptions): Promise<ScanSetup> {
  const started = performance.now();
  const root = path.resolve(options.root ?? process.cwd());
  const loaded = options.config
    ? { config: options.config, baselinePath: options.config.baseline ? path.resolve(root, options.config.baseline) : undefined }
    : await loadConfig({ root, ...(options.configPath ? { configPath: options.configPath } : {}) });
  const config = loaded.config;
  const baselineFile = options.baseline ? path.resolve(root, options.baseline) : loaded.baselinePath;
  const baseline = baselineFile ? await loadBaseline(baselineFile) : undefined;
  const settings: ScanSettings = {
    root,
    exclude: config.exclude ?? [],
    walkSkip: [],
    rules: ruleTable(config),
    scanBinary: options.scanBinary ?? config.scanBinary ?? false,
    placeholders: options.placeholders ?? false,
  };
  return { root, config, ...(baseline ? { baseline } : {}), settings, started };
}

/** Filters, sorts and counts what a scan collected into the result the library returns. */
export function finishScan(result: BatchResult, setup: ScanSetup): ScanResult {
  const { config, baseline } = setup;
  const filtered = applyFilters(result.findings, { allow: config.allow ?? [], ...(baseline ? { baseline } : {}) });
  const warnings = result.warnings.sort((a, b) => compareText(a.path, b.path));
  return {
    findings: filtered.findings.sort(compareFindings),
    placeholders: result.placeholders.sort(
      (a, b) => compareText(a.path, b.path) || a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column,
    ),
    warnings,
    stats: {
      filesScanned: result.filesScanned,
      bytesScanned: result.bytesScanned,
      binarySkipped: result.binarySkipped,
      allowed: filtered.counts.allowed,
      ignoredInline: filtered.counts.ignoredInline,
      baselined: filtered.counts.baselined,
      warnings: warnings.length,
      durationMs: Math.round(performance.now() - setup.started),
    },
  };
}

/**
 * Scans files, directories, globs and standard input for Monime tokens. Never prints and never
 * exits: it returns findings, per-input warnings and counters, and throws a
 * {@link MonimeGuardError} for a bad configuration, baseline or path.
 */
export async function scan(options: ScanOptions = {}): Promise<ScanResult> {
  const setup = await setUpScan(options);
  const { root, config, settings, started } = setup;
  const exclude = settings.exclude;
  const inputs = options.paths && options.paths.length > 0 ? options.paths : ['.'];
  const fileInputs = inputs.filter((input) => input !== '-');
  const result = emptyBatch();
  const files = iterateInputs(
    fileInputs,
    { root, gitIgnore: options.gitIgnore ?? config.gitIgnore ?? true, exclude, walkSkip: settings.walkSkip },
    result.warnings,
  );
  if (inputs.includes('-')) {
    const read = options.stdin === undefined ? stdinReader() : bufferReader(Buffer.from(options.stdin));
    try {
      scanStream(read, options.stdinFilename ?? '-', settings, result);
    } catch (error) {
      throw new SourceError(`-: cannot read standard input (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }

  const progress = options.onProgress
    ? (done: { files: number; bytes: number; listed: number }): void =>
        options.onProgress?.({ filesDone: done.files, filesTotal: done.listed, bytes: done.bytes, elapsedMs: performance.now() - started })
    : undefined;
  const threads = Math.max(1, options.threads ?? os.availableParallelism());
  mergeBatch(result, await scanFiles(files, settings, threads, progress));

  return finishScan(result, setup);
}

/** Maps each token kind to its rule as configured; disabled rules are left out. */
export function ruleTable(config: Config): RuleTable {
  const table: RuleTable = {};
  for (const rule of tokenRules) {
    const settings = config.rules?.[rule.id];
    if (settings?.enabled === false) continue;
    table[rule.tokenKind as TokenKind] = { ruleId: rule.id, severity: settings?.severity ?? rule.severity };
  }
  return table;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders findings by path, then position, then rule, so reports are stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.path, b.path) ||
    a.span.start.line - b.span.start.line ||
    a.span.start.column - b.span.start.column ||
    compareText(a.ruleId, b.ruleId)
  );
}

/**
 * Reads the process's standard input synchronously through fd 0. A pipe set to non-blocking
 * mode answers EAGAIN while the writer is slow; the reader then waits briefly and tries again.
 */
function stdinReader(): ByteReader {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return (buffer, offset, length) => {
    for (;;) {
      try {
        return fs.readSync(0, buffer, offset, length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 5);
          continue;
        }
        if (code === 'EOF') return 0;
        throw error;
      }
    }
  };
}
