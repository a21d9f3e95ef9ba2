import * as fs from 'node:fs';
import { errorCode } from '../errors.js';
import type { FileEntry } from '../sources/files.js';
import { gateBytes, type GateVerdict } from '../detector/prefilter.js';
import { archiveKind } from '../sources/archives/index.js';
import { directivesIn, type WrittenDirective } from '../filters/inline.js';
import { bufferForThread, readFragments, sniffEncoding, type ByteReader } from '../sources/fragments.js';
import type { Finding, RepositoryCounts, RepositoryInfo, ScanWarning, SuppressedFinding } from '../types.js';
import { exposureApplies, exposureFindings, replaceTokenFindings } from './scan-exposure.js';
import { scanFragment, scanPath, type FragmentFindings, type RuleTable } from './scan-fragment.js';

/** Settings every scanning thread needs; plain data so it can be posted to workers. */
export interface ScanSettings {
  rules: RuleTable;
  scanBinary: boolean;
  placeholders: boolean;
  /** Absolute scan root, for paths relative to it. */
  root: string;
  /** minimatch globs never walked into reports. */
  exclude: readonly string[];
  /** Files named on their own that walkers must skip (see `ListOptions.walkSkip`). */
  walkSkip: string[];
  /** How deep nested archives are opened; default {@link DEFAULT_ARCHIVE_LIMITS}' depth. */
  maxArchiveDepth?: number;
  /** Collect the inline directives written in what is scanned (the files source), for their checks. */
  directives?: boolean;
  /**
   * With `--verify`: each token found, by its finding's fingerprint, kept in memory for the
   * requests; never in a result. Worker threads fill their own and hand them back.
   */
  secrets?: Map<string, string>;
}

/** What scanning a batch of inputs produced, merged across files. */
export interface BatchResult extends FragmentFindings {
  warnings: ScanWarning[];
  filesScanned: number;
  bytesScanned: number;
  binarySkipped: number;
  /** Findings a source's own suppressions took out (a token manifest's comments), with why. */
  suppressed?: SuppressedFinding[];
  /** The git repository a source read, if any (the first source to say so wins). */
  repository?: RepositoryInfo;
  /** The repositories a source of many read (`github`), each by name. */
  repositories?: RepositoryInfo[];
  /** What became of them. */
  repositoryCounts?: RepositoryCounts;
  /** Archives met while listing, left for the source to open: absolute and reported paths. */
  archives?: { abs: string; rel: string }[];
  /** Git-ignored dotenv files read for client-prefixed variables only (see `ignoredEnvFiles`). */
  ignoredEnvFiles?: number;
  /** With `settings.directives`: every inline directive written in what was scanned, by path. */
  directives?: (WrittenDirective & { path: string })[];
}

/** An empty batch result to merge into. */
export function emptyBatch(): BatchResult {
  return { findings: [], placeholders: [], warnings: [], filesScanned: 0, bytesScanned: 0, binarySkipped: 0 };
}

/** Merges `from` into `into`. */
export function mergeBatch(into: BatchResult, from: BatchResult): void {
  into.findings.push(...from.findings);
  into.placeholders.push(...from.placeholders);
  into.warnings.push(...from.warnings);
  into.filesScanned += from.filesScanned;
  into.bytesScanned += from.bytesScanned;
  into.binarySkipped += from.binarySkipped;
  if (from.ignoredEnvFiles) into.ignoredEnvFiles = (into.ignoredEnvFiles ?? 0) + from.ignoredEnvFiles;
  if (from.suppressed?.length) (into.suppressed ??= []).push(...from.suppressed);
  if (from.repository && !into.repository) into.repository = from.repository;
  if (from.repositories?.length) (into.repositories ??= []).push(...from.repositories);
  if (from.archives?.length) (into.archives ??= []).push(...from.archives);
  if (from.directives?.length) (into.directives ??= []).push(...from.directives);
  if (from.repositoryCounts) {
    const counts = (into.repositoryCounts ??= { listed: 0, scanned: 0, unchanged: 0, failed: 0 });
    for (const key of ['listed', 'scanned', 'unchanged', 'failed'] as const) counts[key] += from.repositoryCounts[key];
  }
}

// Not followed: a symlink found while listing is skipped. Non-blocking: opening a FIFO must not
// wait for a writer (it is then rejected as not a regular file).
const LISTED_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK;
const EXPLICIT_FLAGS = fs.constants.O_RDONLY | fs.constants.O_NONBLOCK;

/**
 * Scans one file into `into`. Every failure is a warning: a file that vanished after listing,
 * one that cannot be read, a symlink or FIFO met while listing.
 */
export function scanFile(entry: FileEntry, settings: ScanSettings, into: BatchResult): void {
  scanPath(entry.rel, settings.rules, into, settings.secrets);
  let fd: number;
  try {
    fd = fs.openSync(entry.abs, entry.explicit ? EXPLICIT_FLAGS : LISTED_FLAGS);
  } catch (error) {
    const code = errorCode(error);
    // O_NOFOLLOW reports a symlink as ELOOP: listed symlinks are skipped on purpose, quietly.
    if (code === 'ELOOP' && !entry.explicit) return;
    if (code === 'ENOENT') {
      into.warnings.push({ path: entry.rel, code: 'vanished', message: `${entry.rel}: disappeared before it could be read` });
    } else if (code === 'ELOOP') {
      into.warnings.push({ path: entry.rel, code: 'symlink-loop', message: `${entry.rel}: symlink loop, skipped` });
    } else {
      into.warnings.push({ path: entry.rel, code: 'unreadable', message: `${entry.rel}: cannot open (${code ?? String(error)})` });
    }
    return;
  }
  try {
    // Walking and git list regular files only; a named path may be anything, so it is checked.
    if (entry.explicit && !fs.fstatSync(fd).isFile()) {
      into.warnings.push({ path: entry.rel, code: 'not-regular', message: `${entry.rel}: not a regular file, skipped` });
      return;
    }
    // Most files are small and hold no prefix: one read and the prefilter settle them, without
    // the streaming machinery. The rest go through it, starting from the bytes already read.
    const buffer = bufferForThread();
    const first = fs.readSync(fd, buffer, 0, buffer.length, null);
    if (entry.ignoredEnv) {
      readIgnoredEnv(buffer, first, entry.rel, settings, into);
      return;
    }
    // An archive (an APK, a jar, a tarball) is opened after the listing's files are scanned: its
    // entries are read asynchronously, on the calling thread.
    if (archiveKind(buffer.subarray(0, first))) {
      (into.archives ??= []).push({ abs: entry.abs, rel: entry.rel });
      return;
    }
    // Dotenv files and framework config are read whole by the client-exposure rule, before the
    // token scan reuses the buffer. They are small; one that fills the buffer is not judged.
    const exposures = first < buffer.length ? fileExposures(buffer, first, entry.rel, settings) : [];
    const before = into.findings.length;
    const miss = first < buffer.length ? plainMiss(buffer, first, settings.scanBinary) : undefined;
    if (miss) {
      into.filesScanned++;
      into.bytesScanned += first;
      if (settings.directives && miss.directive) {
        const text = buffer.toString('utf8', 0, first);
        keepDirectives(directivesIn(text, 0, text.length, 1), entry.rel, into);
      }
    } else {
      const read: ByteReader = (target, offset, length) => fs.readSync(fd, target, offset, length, null);
      scanStream(read, entry.rel, settings, into, true, first);
    }
    addExposures(into, before, exposures);
  } catch (error) {
    const code = errorCode(error);
    // git lists submodules as paths; they are directories and have their own repositories.
    if (code === 'EISDIR') return;
    into.warnings.push({ path: entry.rel, code: 'unreadable', message: `${entry.rel}: read failed (${code ?? String(error)})` });
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A git-ignored dotenv file: only its client-prefixed variables that hold a token are reported
 * (a front-end build inlines them whatever git ignores); a server variable there is where a token
 * belongs, so nothing else in it is. Counted apart, so the summary can say these files were read.
 */
function readIgnoredEnv(buffer: Buffer, length: number, rel: string, settings: ScanSettings, into: BatchResult): void {
  if (!exposureApplies(rel, settings.rules)) return;
  into.ignoredEnvFiles = (into.ignoredEnvFiles ?? 0) + 1;
  into.bytesScanned += length;
  into.findings.push(...fileExposures(buffer, length, rel, settings).filter((finding) => finding.tokenKind !== undefined));
}

/** Scans any byte stream (a file, stdin, a buffer) named `path` into `into`. */
export function scanStream(read: ByteReader, path: string, settings: ScanSettings, into: BatchResult, regularFile = false, preloaded?: number): void {
  const fragments = readFragments(read, { scanBinary: settings.scanBinary, regularFile, ...(preloaded === undefined ? {} : { preloaded }) });
  for (let step = fragments.next(); ; step = fragments.next()) {
    if (step.done) {
      if (step.value.bomMismatch) {
        into.warnings.push({
          path,
          code: 'bom-mismatch',
          message: `${path}: starts with a UTF-16 byte-order mark, but its bytes are not UTF-16 (no zero bytes); read as UTF-8 after the mark`,
        });
      }
      if (step.value.binary) {
        into.binarySkipped++;
      } else {
        into.filesScanned++;
        into.bytesScanned += step.value.bytes;
      }
      return;
    }
    scanFragment(step.value, path, settings.rules, settings.placeholders, into, settings.secrets);
    if (settings.directives) keepDirectives(directivesIn(step.value.text, step.value.from, step.value.to, step.value.line), path, into);
  }
}

function keepDirectives(found: readonly WrittenDirective[], path: string, into: BatchResult): void {
  if (found.length > 0) (into.directives ??= []).push(...found.map((directive) => ({ ...directive, path })));
}

/**
 * The gate's verdict when a whole input of `length` bytes in `buffer` is read byte for byte
 * (UTF-8, or binary scanned as Latin-1) and the gate finds no token in it; undefined otherwise.
 * UTF-16 and skipped binary inputs take the streaming path, which handles and counts them (and
 * warns about a byte-order mark the bytes contradict).
 */
function plainMiss(buffer: Buffer, length: number, scanBinary: boolean): GateVerdict | undefined {
  const { mode, bomMismatch } = sniffEncoding(buffer, length, scanBinary);
  // A contradicted byte-order mark is warned about on the streaming path.
  if ((mode !== 'utf8' && mode !== 'latin1') || bomMismatch) return undefined;
  const verdict = gateBytes(buffer, 0, length);
  return verdict.token ? undefined : verdict;
}

/**
 * Scans bytes already in memory (a git blob) named `path` into `into`. The common case, no
 * prefix anywhere, is settled on the bytes themselves without copying them.
 */
export function scanBytes(bytes: Buffer, path: string, settings: ScanSettings, into: BatchResult): void {
  scanPath(path, settings.rules, into, settings.secrets);
  const exposures = fileExposures(bytes, bytes.length, path, settings);
  const before = into.findings.length;
  if (plainMiss(bytes, bytes.length, settings.scanBinary)) {
    into.filesScanned++;
    into.bytesScanned += bytes.length;
  } else {
    scanStream(bufferReader(bytes), path, settings, into);
  }
  addExposures(into, before, exposures);
}

/** Client-exposure findings of a whole input of `length` bytes, when the rule applies to its path. */
function fileExposures(bytes: Buffer, length: number, path: string, settings: ScanSettings): Finding[] {
  if (!exposureApplies(path, settings.rules)) return [];
  const { mode } = sniffEncoding(bytes, length, false);
  return mode === 'utf8' ? exposureFindings(bytes.toString('utf8', 0, length), path, settings.rules) : [];
}

/** Adds exposure findings, replacing the token findings since `before` that they report again. */
function addExposures(into: BatchResult, before: number, exposures: Finding[]): void {
  if (exposures.length === 0) return;
  replaceTokenFindings(into.findings, before, exposures);
  into.findings.push(...exposures);
}

/** A {@link ByteReader} over bytes already in memory. */
export function bufferReader(bytes: Buffer): ByteReader {
  let position = 0;
  return (buffer, offset, length) => {
    const n = bytes.copy(buffer, offset, position, Math.min(bytes.length, position + length));
    position += n;
    return n;
  };
}
