import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InputError, SourceError } from '../errors.js';
import { mayContainTokenText } from '../detector/prefilter.js';
import { parseCommit, type Signature } from '../sources/git/commits.js';
import { streamLog, type LogCommit } from '../sources/git/log.js';
import { openBatch, readObjects, type GitObject } from '../sources/git/objects.js';
import { openRepository, resolveCommit, treeBlobs, type Repository } from '../sources/git/repo.js';
import { mergeBases, unshallow } from '../sources/git/range.js';
import { git, runGit, spawnError } from '../sources/git/run.js';
import type { Finding, ScanResult } from '../types.js';
import { emptyBatch, scanBytes, scanFile, type BatchResult, type ScanSettings } from './scan-input.js';
import { runSources, type Source } from './pipeline.js';
import type { BaseScanOptions, ScanSetup } from './setup.js';

/** Options for {@link scanHistory}. */
export interface HistoryOptions extends BaseScanOptions {
  /** Only what `A..B` (or `A...B`) adds; tokens already in `A` are not blamed on the range. */
  range?: string;
  /** Only commits more recent than this date (anything `git log --since` takes). */
  since?: string;
  /** Only commits reachable from these refs (default: every ref: branches, tags, remotes, stash). */
  refs?: readonly string[];
  /** Scan commit and tag messages too (default true). */
  messages?: boolean;
  /** In a shallow clone, fetch the history a range needs instead of failing (default false). */
  fetchMissing?: boolean;
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

/** A commit that put a blob at a path. */
interface Introduction {
  commit: LogCommit;
  path: string;
}

/** A token found in a blob or message, before it is tied to the commit that introduced it. */
interface Sighting {
  finding: Finding;
  /** Blob id, for file content. */
  blob?: string;
  /** For messages: the commit or tag and its author. */
  message?: { id: string; author?: Signature };
}

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
  result.findings.push(...attribute(fresh, introductions, current));
}

/**
 * The rev-list arguments for the options, and the commits whose trees count as already there
 * (a range's base). Validates every revision first, so a typo is one clear line.
 */
function historyRevisions(repo: Repository, options: HistoryOptions, result: BatchResult): { revisions: string[]; base: string[] } {
  const revisions: string[] = [];
  let base: string[] = [];
  if (options.range !== undefined) {
    const match = /^(.+?)(\.\.\.?)(.+)$/.exec(options.range);
    if (!match) throw new InputError(`--range must look like A..B (got ${options.range})`);
    const [, from = '', dots, to = ''] = match;
    const fromId = requireCommit(repo, from, '--range', options.fetchMissing === true);
    const toId = requireCommit(repo, to, '--range', options.fetchMissing === true);
    // Either way the commits are those of B that A lacks (rev-list's own A...B would add A's side
    // too); the dots choose the base whose tree's tokens are not B's: A's tip, or the merge base.
    revisions.push(`${fromId}..${toId}`);
    base = dots === '...' ? mergeBases(repo.cwd, fromId, toId) : [fromId];
  }
  for (const ref of options.refs ?? []) revisions.push(requireCommit(repo, ref, '--ref', false));
  if (options.range === undefined && (options.refs ?? []).length === 0) revisions.push('--all');
  if (options.since !== undefined) {
    if (options.since.trim() === '') throw new InputError('--since needs a date');
    revisions.push(`--since=${options.since}`);
  }
  if (repo.shallow && options.range === undefined) {
    result.warnings.push({
      path: '.',
      code: 'shallow',
      message: 'shallow clone: commits before its depth are not scanned (git fetch --unshallow, or fetch-depth: 0 in actions/checkout, scans them)',
    });
  }
  if (!repo.head && git(['for-each-ref', '--count=1'], { cwd: repo.cwd }).stdout.length === 0) {
    result.warnings.push({ path: '.', code: 'empty-repository', message: 'the repository has no commits yet: nothing to scan' });
  }
  return { revisions, base };
}

/**
 * The commit `rev` names. In a shallow clone a missing commit may be cut-off history: with
 * `fetchMissing` the clone is deepened until it appears, otherwise the error says how to fix it.
 */
function requireCommit(repo: Repository, rev: string, flag: string, fetchMissing: boolean): string {
  const id = resolveCommit(repo, rev);
  if (id) return id;
  if (repo.shallow && fetchMissing) {
    const fetched = unshallow(repo.cwd);
    repo.shallow = false;
    const again = fetched ? resolveCommit(repo, rev) : undefined;
    if (again) return again;
    throw new SourceError(`${flag}: ${rev} is not in this repository, even after fetching the full history`);
  }
  if (repo.shallow) {
    throw new SourceError(
      `${flag}: ${rev} is not in this shallow clone; fetch more history (fetch-depth: 0 in actions/checkout, or git fetch --unshallow) or pass --fetch-missing`,
    );
  }
  throw new SourceError(`${flag}: unknown revision ${rev}`);
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
  let done = 0;
  let total: number | undefined;
  let lastReport = 0;
  const batch = openBatch({
    cwd: repo.cwd,
    maxInMemory: MAX_BLOB_IN_MEMORY,
    onObject: (object) => {
      done++;
      if (object.type !== 'blob') return;
      if (object.content) scanBlob(object.id, object.content, object.path, settings, result, sightings);
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
      onChunk: () => (batch.flush() ? undefined : batch.drained()),
    });
  } catch (error) {
    batch.kill();
    throw error;
  }
  total = introductions.size;
  await batch.end();
  if (scope.messages && scope.revisions.includes('--all')) await scanTagMessages(repo, settings, result, sightings);
  for (const object of big) {
    const own = emptyBatch();
    scanBlobThroughFile(repo.cwd, object, settings, own);
    addBatch(result, own, (finding) => sightings.push({ finding, blob: object.id }));
  }
  return { sightings, introductions };
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
  await readObjects(repo.cwd, tags, MAX_BLOB_IN_MEMORY, (object) => {
    if (object.type !== 'tag' || !object.content) return;
    const info = parseCommit(object.content, 'tag');
    if (mayContainTokenText(info.message)) {
      scanMessageText(info.message, { id: object.id, ...(info.author ? { author: info.author } : {}) }, settings, result, sightings);
    }
  });
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
  result.placeholders.push(...own.placeholders);
}

/** Scans a blob `cat-file` delivered: from memory, or through a file when it was too big for memory. */
export function scanGitBlob(cwd: string, object: GitObject, settings: ScanSettings, into: BatchResult): void {
  if (object.content) scanBytes(object.content, object.path, settings, into);
  else scanBlobThroughFile(cwd, object, settings, into);
}

/** Scans a blob too big for memory through a private temporary file and the file scanner. */
export function scanBlobThroughFile(cwd: string, object: GitObject, settings: ScanSettings, into: BatchResult): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-blob-'));
  try {
    const file = path.join(dir, 'blob');
    const fd = fs.openSync(file, 'w', 0o600);
    let run;
    try {
      run = runGit(['cat-file', 'blob', object.id], { cwd, stdout: fd });
    } finally {
      fs.closeSync(fd);
    }
    if (!run.ran) throw spawnError(run.error, cwd);
    if (run.status !== 0) {
      into.warnings.push({ path: object.path, code: 'git', message: `${object.path}: could not read blob ${object.id} from git` });
      return;
    }
    scanFile({ abs: file, rel: object.path, explicit: true }, settings, into);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  await readObjects(repo.cwd, unread, MAX_BLOB_IN_MEMORY, (object) => {
    const own = emptyBatch();
    scanGitBlob(repo.cwd, object, settings, own);
    for (const finding of own.findings) fingerprints.add(finding.fingerprint);
  });
  return fingerprints;
}

/** When a place's commit was authored, in milliseconds; places without a date sort last. */
function timeOf(place: { sighting: Sighting; intro?: Introduction }): number {
  const date = place.intro?.commit.author?.date ?? place.sighting.message?.author?.date;
  const time = date === undefined ? NaN : Date.parse(date);
  return Number.isNaN(time) ? Infinity : time;
}

/**
 * Ties each token to the earliest commit that brought it in, reporting each token once: the
 * other commits and paths that hold it are counted, not listed.
 */
function attribute(sightings: readonly Sighting[], introductions: ReadonlyMap<string, Introduction[]>, current: ReadonlySet<string>): Finding[] {
  // Every place each token came in: blob introductions, and messages.
  const byToken = new Map<string, { sighting: Sighting; intro?: Introduction }[]>();
  for (const sighting of sightings) {
    const places = byToken.get(sighting.finding.fingerprint) ?? [];
    const intros = sighting.blob ? (introductions.get(sighting.blob) ?? []) : [];
    if (intros.length === 0) places.push({ sighting });
    for (const intro of intros) places.push({ sighting, intro });
    byToken.set(sighting.finding.fingerprint, places);
  }

  const findings: Finding[] = [];
  for (const [fingerprint, places] of byToken) {
    const distinct = new Map(places.map((p) => [`${p.intro?.commit.id ?? p.sighting.message?.id ?? ''}\0${p.intro?.path ?? p.sighting.finding.path}`, p]));
    const earliest = [...distinct.values()].reduce((a, b) => (timeOf(b) <= timeOf(a) ? b : a));
    const { sighting, intro } = earliest;
    const author = intro?.commit.author ?? sighting.message?.author;
    const path = intro?.path ?? sighting.finding.path;
    const commit = intro?.commit.id ?? sighting.message?.id ?? '';
    findings.push({
      ...sighting.finding,
      path,
      origin: sighting.blob ? { kind: 'blob', path, ...(commit ? { commit } : {}), blob: sighting.blob } : { kind: 'message', commit },
      git: {
        commit: intro?.commit.id ?? sighting.message?.id ?? '',
        ...(author ? { author: author.name, email: author.email, date: author.date } : {}),
        source: sighting.blob ? 'blob' : 'message',
        ...(sighting.blob ? { blob: sighting.blob } : {}),
        historyOnly: !current.has(fingerprint),
        otherOccurrences: distinct.size - 1,
      },
    });
  }
  return findings;
}
