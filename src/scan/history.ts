import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mayContainTokenText } from '../detector/prefilter.js';
import { errorCode, SourceError } from '../errors.js';
import { archiveKind } from '../sources/archives/index.js';
import { parseCommit, type Signature } from '../sources/git/commits.js';
import { streamLog } from '../sources/git/log.js';
import { openBatch, readObjects, type GitObject } from '../sources/git/objects.js';
import { openRepository, repositoryInfo, treeBlobs, type Repository } from '../sources/git/repo.js';
import { git, runGit, spawnError } from '../sources/git/run.js';
import type { Finding, ScanResult, ScanWarning } from '../types.js';
import { scanArchive } from './archive.js';
import { emptyBatch, scanBytes, scanFile, type BatchResult, type ScanSettings } from './scan-input.js';
import { attribute, type Introduction, type Sighting } from './history-attribution.js';
import { historyRevisions, type HistoryScope } from './history-scope.js';
import { runSources, type Source } from './pipeline.js';
import type { ScanSetup } from './setup.js';

/** Options for {@link scanHistory}. */
export interface HistoryOptions extends HistoryScope {
  /** Scan commit and tag messages too (default true). */
  messages?: boolean;
  /** Called now and then while objects are read. */
  onProgress?: (progress: HistoryProgress) => void;
}

/** Progress of a history scan. */
export interface HistoryProgress {
  /** Blobs read so far. */
  objectsDone: number;
  /** Blobs to read in all; known once git has listed every commit. */
  objectsTotal?: number;
  /** Bytes read so far. */
  bytes: number;
  /** Milliseconds since the scan started. */
  elapsedMs: number;
}

/** Path that findings in commit and tag messages are reported under. */
export const MESSAGE_PATH = '(commit message)';
/** Blobs larger than this are streamed from git through a temporary file instead of memory. */
export const MAX_BLOB_IN_MEMORY = 32 * 1024 * 1024;

/**
 * Scans git history for Monime tokens: every blob the revisions reach is read once, however
 * many commits or paths hold it, and commit and tag messages too. Each token is reported once,
 * at the earliest commit that brought it in, with how many other commits or paths hold it and
 * whether it is still in the current tree.
 */
export async function scanHistory(options: HistoryOptions = {}): Promise<ScanResult> {
  return runSources(options, () => [historySource(options)]);
}

/**
 * The history of the repository at the root: every blob and message the revisions reach, each
 * token once, attributed to the commit that brought it in.
 */
export function historySource(options: HistoryOptions): Source {
  return {
    name: 'history',
    async read(setup, into) {
      const repo = openRepository(setup.root);
      into.repository = repositoryInfo(repo);
      const { revisions, base } = historyRevisions(repo, options, into);
      await scanRevisions(repo, { revisions, base, messages: options.messages !== false }, setup, into, options.onProgress);
    },
  };
}

/** What {@link scanRevisions} reads. */
export interface RevisionScan {
  /** `git log` arguments: `--all`, refs, `A..B`, `--since=…`. */
  revisions: readonly string[];
  /** Commits whose trees count as already there: their tokens are not blamed on `revisions`. */
  base: readonly string[];
  /** Scan commit and tag messages too. */
  messages: boolean;
  /** The commits are ones a push is about to send (each finding's `git.unpushed`). */
  unpushed?: boolean;
}

/**
 * Scans what `revisions` reach into `result`, each token once and tied to the commit that
 * brought it in. Shared by `history` and `pre-push`.
 */
export async function scanRevisions(
  repo: Repository,
  scope: RevisionScan,
  setup: ScanSetup,
  result: BatchResult,
  onProgress?: (progress: HistoryProgress) => void,
): Promise<void> {
  const { sightings, introductions } = await scanLog(repo, scope, setup.settings, result, setup.started, onProgress);
  if (sightings.length === 0) return;
  // Blobs already scanned need not be read again to know their tokens.
  const known = { scanned: introductions, tokens: new Map<string, string[]>() };
  for (const s of sightings) if (s.blob) known.tokens.set(s.blob, [...(known.tokens.get(s.blob) ?? []), s.finding.fingerprint]);
  const baseTokens = scope.base.length > 0 ? await treeFingerprints(repo, scope.base, setup.settings, known) : new Set<string>();
  const current = repo.head ? await treeFingerprints(repo, [repo.head], setup.settings, known) : new Set<string>();
  const fresh = sightings.filter((s) => !baseTokens.has(s.finding.fingerprint));
  result.findings.push(...attribute(fresh, introductions, current, scope.unpushed === true));
}

/** Reads every object the revisions reach and returns what the detector found, unattributed. */
/**
 * Reads the log of the revisions and, as it goes, every blob their changes introduce, each once,
 * through one `cat-file --batch`. Returns what the detector found and, for every blob, the
 * commits and paths that introduced it.
 */
async function scanLog(
  repo: Repository,
  scope: RevisionScan,
  settings: ScanSettings,
  result: BatchResult,
  started: number,
  onProgress?: (progress: HistoryProgress) => void,
): Promise<{ sightings: Sighting[]; introductions: Map<string, Introduction[]> }> {
  const sightings: Sighting[] = [];
  const introductions = new Map<string, Introduction[]>();
  const big: GitObject[] = [];
  const archives: { id: string; path: string }[] = [];
  // Submodules met, by path, with the first commit that recorded one there.
  const submodules = new Map<string, string>();
  let done = 0;
  let total: number | undefined;
  let lastReport = 0;
  const batch = openBatch({
    cwd: repo.cwd,
    maxInMemory: MAX_BLOB_IN_MEMORY,
    onMissing: (id, blobPath) => result.warnings.push(missingObjectWarning(id, blobPath, introductions.get(id)?.[0]?.commit.id)),
    onObject: (object) => {
      done++;
      if (object.type !== 'blob') return;
      // An archive in git (a committed APK, jar or tarball) is opened once the log is read.
      if (isArchiveBlob(object)) archives.push({ id: object.id, path: object.path });
      else if (object.content) scanBlob(object.id, object.content, object.path, settings, result, sightings);
      else big.push(object);
      const now = performance.now();
      if (!onProgress || now - lastReport < 100) return;
      lastReport = now;
      onProgress({ objectsDone: done, ...(total === undefined ? {} : { objectsTotal: total }), bytes: result.bytesScanned, elapsedMs: now - started });
    },
  });
  try {
    await streamLog(repo.cwd, scope.revisions, {
      onCommit: (commit, message) => {
        if (scope.messages && mayContainTokenText(message)) {
          scanMessageText(message, { id: commit.id, ...(commit.author ? { author: commit.author } : {}) }, settings, result, sightings);
        }
      },
      onChange: ({ commit, blob, path: blobPath }) => {
        const intro: Introduction = { commit, path: blobPath };
        const seen = introductions.get(blob);
        if (seen) {
          seen.push(intro);
          return;
        }
        introductions.set(blob, [intro]);
        batch.request(blob, blobPath);
      },
      onSubmodule: ({ commit, path: modulePath }) => {
        if (!submodules.has(modulePath)) submodules.set(modulePath, commit.id);
      },
      onChunk: () => (batch.flush() ? undefined : batch.drained()),
    });
  } catch (error) {
    batch.kill();
    throw error;
  }
  total = introductions.size;
  await batch.end();
  for (const [modulePath, commit] of submodules) result.warnings.push(submoduleWarning(modulePath, commit));
  if (scope.messages && scope.revisions.includes('--all')) await scanTagMessages(repo, settings, result, sightings);
  for (const object of big) {
    const own = emptyBatch();
    await scanBlobThroughFile(repo.cwd, object, settings, own, true);
    addBatch(result, own, (finding) => sightings.push({ finding, blob: object.id }));
  }
  for (const archive of archives) {
    const own = emptyBatch();
    await scanArchiveBlob(repo.cwd, archive.id, archive.path, settings, own);
    addBatch(result, own, (finding) => sightings.push({ finding, blob: archive.id }));
  }
  return { sightings, introductions };
}

/** Whether a blob `cat-file` delivered in memory is an archive, to be opened with {@link scanArchiveBlob}. */
export function isArchiveBlob(object: GitObject): boolean {
  return object.content !== undefined && archiveKind(object.content.subarray(0, 1024)) !== undefined;
}

/** Opens an archive blob (read from git again, in memory) and scans its entries, each named after the blob's path. */
export async function scanArchiveBlob(cwd: string, id: string, blobPath: string, settings: ScanSettings, into: BatchResult): Promise<void> {
  const content = git(['cat-file', 'blob', id], { cwd }).stdout;
  await scanArchive({ source: { bytes: content }, path: blobPath, origin: (entry) => ({ kind: 'blob', path: blobPath, entry, blob: id }) }, settings, into);
}

/** Annotated tags are not in the log: their messages are read on their own. */
async function scanTagMessages(repo: Repository, settings: ScanSettings, result: BatchResult, sightings: Sighting[]): Promise<void> {
  const refs = git(['for-each-ref', '--format=%(objectname) %(objecttype)', 'refs/tags'], { cwd: repo.cwd }).stdout.toString('utf8');
  const tags = new Map(
    refs
      .split('\n')
      .filter((line) => line.endsWith(' tag'))
      .map((line) => [line.slice(0, line.indexOf(' ')), ''] as const),
  );
  if (tags.size === 0) return;
  await readObjects(
    repo.cwd,
    tags,
    MAX_BLOB_IN_MEMORY,
    (object) => {
      if (object.type !== 'tag' || !object.content) return;
      const info = parseCommit(object.content, 'tag');
      if (mayContainTokenText(info.message)) {
        scanMessageText(info.message, { id: object.id, ...(info.author ? { author: info.author } : {}) }, settings, result, sightings);
      }
    },
    (id) => result.warnings.push(missingObjectWarning(id, '')),
  );
}

/**
 * The warning for a submodule the history records: its content is another repository's, with a
 * history of its own that this scan does not read, so it says how to scan that one.
 */
function submoduleWarning(modulePath: string, commit: string): ScanWarning {
  return {
    path: modulePath,
    code: 'submodule',
    message: `${modulePath}: a submodule (recorded in commit ${commit}) is another repository with its own history, not scanned here; run monime-guard history inside it, or git submodule foreach monime-guard history`,
  };
}

/**
 * The warning for an object git's store lacks (a damaged repository, a pruned or never-fetched
 * object): named by path, id and the commit that brought it in, with how to look further.
 */
export function missingObjectWarning(id: string, blobPath: string, commit?: string): ScanWarning {
  const what = blobPath === '' ? `object ${id}` : `${blobPath}: blob ${id}`;
  return {
    path: blobPath === '' ? '.' : blobPath,
    code: 'missing-object',
    message: `${what}${commit ? ` (commit ${commit})` : ''} is missing from git's object store, so it was not scanned; git fsck lists what is missing, and fetching it again may restore it`,
  };
}

function scanBlob(id: string, content: Buffer, blobPath: string, settings: ScanSettings, result: BatchResult, sightings: Sighting[]): void {
  const own = emptyBatch();
  scanBytes(content, blobPath, settings, own);
  addBatch(result, own, (finding) => sightings.push({ finding, blob: id }));
}

function scanMessageText(
  message: string,
  origin: { id: string; author?: Signature },
  settings: ScanSettings,
  result: BatchResult,
  sightings: Sighting[],
): void {
  const own = emptyBatch();
  scanBytes(Buffer.from(message), MESSAGE_PATH, settings, own);
  // Messages are not files: they count in no file statistics.
  for (const finding of own.findings) sightings.push({ finding, message: origin });
  for (const placeholder of own.placeholders) result.placeholders.push({ ...placeholder, commit: origin.id });
}

/**
 * Scans a blob `cat-file` delivered: from memory, or through a file when it was too big for
 * memory, archives opened. The content is read again from git when needed, so the caller need not
 * keep it (`cat-file`'s callback cannot wait).
 */
export async function scanGitBlob(cwd: string, object: GitObject, settings: ScanSettings, into: BatchResult): Promise<void> {
  if (isArchiveBlob(object)) await scanArchiveBlob(cwd, object.id, object.path, settings, into);
  else if (object.content) scanBytes(object.content, object.path, settings, into);
  else await scanBlobThroughFile(cwd, object, settings, into, true);
}

/**
 * Scans a blob too big for memory through a private temporary file and the file scanner; with
 * `openArchives`, an archive (a large committed APK) is opened from that file before it goes.
 */
export function scanBlobThroughFile(cwd: string, object: GitObject, settings: ScanSettings, into: BatchResult): void;
export function scanBlobThroughFile(cwd: string, object: GitObject, settings: ScanSettings, into: BatchResult, openArchives: true): Promise<void>;
export function scanBlobThroughFile(cwd: string, object: GitObject, settings: ScanSettings, into: BatchResult, openArchives = false): void | Promise<void> {
  const temp = os.tmpdir();
  let dir: string;
  try {
    dir = fs.mkdtempSync(path.join(temp, 'monime-guard-blob-'));
  } catch (error) {
    throw tempFileError(error, object, temp);
  }
  const remove = (): void => fs.rmSync(dir, { recursive: true, force: true });
  let archive: string | undefined;
  try {
    const file = path.join(dir, 'blob');
    let fd: number;
    try {
      fd = fs.openSync(file, 'w', 0o600);
    } catch (error) {
      throw tempFileError(error, object, temp);
    }
    let run;
    let written = 0;
    try {
      run = runGit(['cat-file', 'blob', object.id], { cwd, stdout: fd });
      if (run.ran && run.status !== 0) written = fs.fstatSync(fd).size;
    } finally {
      fs.closeSync(fd);
    }
    if (!run.ran) throw spawnError(run.error, cwd);
    // git says only that it could not write; the file system says why. A full disk fails every
    // blob after this one too, so it stops the run rather than warn blob by blob.
    if (run.status !== 0 && written < object.size && freeBytes(dir) < object.size - written) {
      throw new SourceError(noSpaceMessage(object, temp));
    }
    if (run.status !== 0) {
      into.warnings.push({ path: object.path, code: 'git', message: `${object.path}: could not read blob ${object.id} from git` });
      return openArchives ? Promise.resolve() : undefined;
    }
    scanFile({ abs: file, rel: object.path, explicit: true }, settings, into);
    archive = into.archives?.length ? file : undefined;
    delete into.archives;
  } finally {
    if (!archive || !openArchives) remove();
  }
  if (!archive || !openArchives) return openArchives ? Promise.resolve() : undefined;
  const origin = (entry: string[]): Finding['origin'] => ({ kind: 'blob', path: object.path, entry, blob: object.id });
  return scanArchive({ source: { file: archive }, path: object.path, origin }, settings, into).finally(remove);
}

/** Bytes an unprivileged process may still write on the file system that holds `dir`. */
function freeBytes(dir: string): number {
  const stats = fs.statfsSync(dir);
  return stats.bavail * stats.bsize;
}

function noSpaceMessage(object: GitObject, temp: string): string {
  return `no space left on device (ENOSPC) for the temporary copy of ${object.path} (blob ${object.id}, ${object.size} bytes) in ${temp}: free space there, or set TMPDIR to a directory on a disk with room`;
}

/** The error for a temporary file that could not be made: a full disk named as such. */
function tempFileError(error: unknown, object: GitObject, temp: string): SourceError {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new SourceError(noSpaceMessage(object, temp));
  return new SourceError(`cannot make a temporary file in ${temp} for ${object.path} (blob ${object.id}): ${code ?? String(error)}`);
}

/**
 * Scans each blob once: those `cat-file` hands over in memory at once, then (the callback cannot
 * wait) the archives and the blobs too big for memory, read from git again.
 */
export async function scanBlobs(cwd: string, blobs: ReadonlyMap<string, string>, settings: ScanSettings): Promise<Map<string, BatchResult>> {
  const scanned = new Map<string, BatchResult>();
  const later: GitObject[] = [];
  await readObjects(
    cwd,
    blobs,
    MAX_BLOB_IN_MEMORY,
    (object) => {
      if (!object.content || isArchiveBlob(object)) {
        // Only what tells an archive from a big blob is kept; the content is read again.
        const { content, ...rest } = object;
        later.push(content ? { ...rest, content: content.subarray(0, 1024) } : rest);
        return;
      }
      const own = emptyBatch();
      scanBytes(object.content, object.path, settings, own);
      scanned.set(object.id, own);
    },
    (id, blobPath) => scanned.set(id, { ...emptyBatch(), warnings: [missingObjectWarning(id, blobPath)] }),
  );
  for (const object of later) {
    const own = emptyBatch();
    await scanGitBlob(cwd, object, settings, own);
    scanned.set(object.id, own);
  }
  return scanned;
}

/** Adds a blob's counters, placeholders and warnings to `result`, and hands its findings on. */
function addBatch(result: BatchResult, own: BatchResult, onFinding: (finding: Finding) => void): void {
  result.filesScanned += own.filesScanned;
  result.bytesScanned += own.bytesScanned;
  result.binarySkipped += own.binarySkipped;
  result.placeholders.push(...own.placeholders);
  result.warnings.push(...own.warnings);
  for (const finding of own.findings) onFinding(finding);
}

/** Fingerprints of every token in the trees of `commits`. */
async function treeFingerprints(
  repo: Repository,
  commits: readonly string[],
  settings: ScanSettings,
  known: { scanned: { has(id: string): boolean }; tokens: ReadonlyMap<string, readonly string[]> },
): Promise<Set<string>> {
  const fingerprints = new Set<string>();
  const unread = new Map<string, string>();
  for (const commit of commits) {
    for (const [id, blobPath] of treeBlobs(repo, commit)) {
      if (!known.scanned.has(id)) unread.set(id, blobPath);
      for (const fingerprint of known.tokens.get(id) ?? []) fingerprints.add(fingerprint);
    }
  }
  if (unread.size === 0) return fingerprints;
  for (const own of (await scanBlobs(repo.cwd, unread, settings)).values()) for (const finding of own.findings) fingerprints.add(finding.fingerprint);
  return fingerprints;
}
