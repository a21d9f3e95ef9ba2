import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { SourceError } from '../errors.js';
import { isManifestName } from '../iac/manifest.js';
import { readObjects } from '../sources/git/objects.js';
import { openRepository, treeBlobs, type Repository } from '../sources/git/repo.js';
import { git } from '../sources/git/run.js';
import type { GitHubTargets, RemoteRepository } from '../sources/github/api.js';
import { mirrorRepository, remoteState } from '../sources/github/clone.js';
import type { Finding, RepositoryInfo, ScanResult, ScanWarning } from '../types.js';
import { packageVersion } from '../version.js';
import { planMatrix, splitShards, type PlanEntry, type ShardChoice } from './github-plan.js';
import { appendState, openState, readState, type StateEntry } from './github-state.js';
import { MAX_BLOB_IN_MEMORY, scanRevisions } from './history.js';
import { iacSource } from './iac.js';
import { runSources, type Source } from './pipeline.js';
import { emptyBatch, mergeBatch, type BatchResult } from './scan-input.js';
import type { BaseScanOptions, ScanSetup } from './setup.js';

/** Which repositories of GitHub to scan, and how to reach them. */
export interface GitHubSelection {
  /** Organisations, users and single repositories. */
  targets: GitHubTargets;
  /** API base URL (GitHub Enterprise Server: `https://HOST/api/v3`); default `https://api.github.com`. */
  apiUrl?: string;
  /** Token for the API and for cloning; without one only public repositories are listed. */
  token?: string;
  /** Scan forks too (default false). */
  includeForks?: boolean;
  /** Leave archived repositories out (default false: their tokens may still work). */
  excludeArchived?: boolean;
  /** Globs on `owner/name`; a repository a glob matches is left out. */
  exclude?: readonly string[];
  /** Told about rate-limit waits and retries, one line each. */
  onNotice?: (message: string) => void;
}

/** Options for {@link scanGitHub}. */
export interface GitHubOptions extends BaseScanOptions, GitHubSelection {
  /** Scan only this shard of the split (`--shard I/N`). */
  shard?: ShardChoice;
  /** Repositories worked on at once (default: the number of CPUs). */
  concurrency?: number;
  /** Keep clones in this directory and fetch only what is new on the next run (default: temporary clones, removed after their scan). */
  keepClones?: string;
  /** A state file: finished repositories are recorded there, and a rerun skips those whose remote has not changed. */
  state?: string;
  /** Scan commit and tag messages (default true). */
  messages?: boolean;
  /** Called as repositories start and finish. */
  onProgress?: (progress: GitHubProgress) => void;
}

/** Progress of an organisation scan. */
export interface GitHubProgress {
  /** Repositories finished (scanned, unchanged or failed). */
  done: number;
  /** Repositories to do. */
  total: number;
  /** Bytes scanned so far. */
  bytes: number;
  /** Findings so far (before filters). */
  findings: number;
  /** The repositories being worked on now. */
  current: string[];
  /** Milliseconds since the scan started. */
  elapsedMs: number;
}

/**
 * Scans every repository of GitHub organisations, users or a list: each one's whole history
 * (every ref the server advertises, pull requests' included, commit messages, each blob once)
 * and the token configurations of its default branch. Findings name their repository
 * (`origin.repository`). A repository that cannot be listed, cloned or read is a warning naming
 * it; the scan throws only when none could be scanned.
 */
export async function scanGitHub(options: GitHubOptions): Promise<ScanResult> {
  return runSources(options, () => [githubSource(options)]);
}

/**
 * The matrix of at most `shards` shards for a GitHub Actions job (`{"include":[{"shard":"1/N"},…]}`),
 * from the same listing and selection a shard's scan makes.
 */
export async function planGitHub(options: GitHubSelection & { shards: number }): Promise<{ include: PlanEntry[] }> {
  const { selected } = await selectRepositories(options);
  return planMatrix(selected, options.shards);
}

/** The repositories of GitHub as a source: listed, selected, and each cloned and scanned. */
export function githubSource(options: GitHubOptions): Source {
  return {
    name: 'GitHub repositories',
    async read(setup, into) {
      const { selected, warnings } = await selectRepositories(options);
      into.warnings.push(...warnings);
      const chosen = options.shard ? (splitShards(selected, options.shard.count)[options.shard.index - 1] ?? []) : selected;
      const counts = { listed: chosen.length, scanned: 0, unchanged: 0, failed: warnings.filter((w) => w.code === 'github').length };
      into.repositoryCounts = { ...counts, listed: 0, failed: 0 };
      const state = options.state ? { entries: readState(options.state), fd: openState(options.state) } : undefined;
      const work = new RepositoryWork(setup, options, state?.entries);
      let done = 0;
      const current = new Set<string>();
      const report = (): void =>
        options.onProgress?.({
          done,
          total: chosen.length,
          bytes: into.bytesScanned,
          findings: into.findings.length,
          current: [...current],
          elapsedMs: performance.now() - setup.started,
        });
      try {
        await eachAtOnce(chosen, Math.max(1, Math.floor(options.concurrency ?? setup.threads)), async (remote) => {
          current.add(remote.fullName);
          report();
          const outcome = await work.scan(remote);
          current.delete(remote.fullName);
          done++;
          counts[outcome.status]++;
          mergeBatch(into, outcome.result);
          if (outcome.status !== 'failed') (into.repositories ??= []).push(outcome.info);
          if (outcome.status === 'scanned' && state) appendState(state.fd, outcome.entry);
          report();
        });
      } finally {
        if (state) fs.closeSync(state.fd);
      }
      into.repositoryCounts = counts;
      if (counts.scanned + counts.unchanged === 0 && counts.failed > 0) {
        const first = into.warnings.find((warning) => warning.code === 'github');
        throw new SourceError(`no repository could be scanned (${counts.failed} failed${first ? `; first: ${first.message}` : ''})`);
      }
    },
  };
}

/** The listing, narrowed by forks, archived and `--exclude`, with warnings for what failed. */
async function selectRepositories(options: GitHubSelection): Promise<{ selected: RemoteRepository[]; warnings: ScanWarning[] }> {
  // Octokit loads only when a scan of GitHub runs, not with the library.
  const { listRepositories } = await import('../sources/github/api.js');
  const listing = await listRepositories(options.targets, {
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.token ? { token: options.token } : {}),
    userAgent: `monime-guard/${packageVersion()}`,
    ...(options.onNotice ? { onNotice: options.onNotice } : {}),
  });
  const warnings: ScanWarning[] = listing.failures.map((failure) => ({
    path: failure.target,
    code: 'github',
    message: `${failure.target}: could not be listed (${failure.message})`,
  }));
  const targetCount = (options.targets.orgs?.length ?? 0) + (options.targets.users?.length ?? 0) + (options.targets.repos?.length ?? 0);
  if (listing.failures.length === targetCount && targetCount > 0) {
    throw new SourceError(`nothing could be listed: ${warnings.map((w) => w.message).join('; ')}`);
  }
  if (!options.token) {
    warnings.push({
      path: options.apiUrl ?? 'github',
      code: 'unauthenticated',
      message: 'no GitHub token (GITHUB_TOKEN or GH_TOKEN): only public repositories were listed and scanned',
    });
  }
  const excluded = (name: string): boolean => (options.exclude ?? []).some((glob) => minimatch(name, glob, { nocase: true, dot: true }));
  const selected = listing.repositories.filter(
    (remote) => (options.includeForks || !remote.fork) && !(options.excludeArchived && remote.archived) && !excluded(remote.fullName),
  );
  return { selected, warnings };
}

/** What became of one repository. */
type Outcome =
  | { status: 'scanned'; result: BatchResult; info: RepositoryInfo; entry: StateEntry }
  | { status: 'unchanged'; result: BatchResult; info: RepositoryInfo }
  | { status: 'failed'; result: BatchResult };

/** Scans repositories one at a time each, sharing the scan's settings and the saved state. */
class RepositoryWork {
  private readonly settingsDigest: string;

  constructor(
    private readonly setup: ScanSetup,
    private readonly options: GitHubOptions,
    private readonly saved: ReadonlyMap<string, StateEntry> | undefined,
  ) {
    const { rules, scanBinary, placeholders, exclude } = setup.settings;
    this.settingsDigest = digest(JSON.stringify({ version: packageVersion(), rules, scanBinary, placeholders, exclude, messages: options.messages !== false }));
  }

  async scan(remote: RemoteRepository): Promise<Outcome> {
    const name = remote.fullName;
    const failed = (message: string): Outcome => {
      const result = emptyBatch();
      result.warnings.push({ path: name, code: 'github', message: `${name}: ${message}` });
      return { status: 'failed', result };
    };
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-github-'));
    try {
      const refs = await remoteState(remote.cloneUrl, this.options.token, scratch);
      if (!refs.ok) return failed(`could not be read (${refs.message})`);
      const saved = this.saved?.get(name);
      if (saved && saved.refs === refs.value.digest && saved.settings === this.settingsDigest) {
        return { status: 'unchanged', result: saved.result, info: infoOf(remote, saved.revision) };
      }
      const keep = this.options.keepClones;
      const dir = keep ? path.join(keep, ...name.split('/').slice(0, -1), `${name.split('/').at(-1)}.git`) : path.join(scratch, 'clone.git');
      const existing = keep !== undefined && fs.existsSync(path.join(dir, 'HEAD'));
      if (keep && !existing) fs.mkdirSync(path.dirname(dir), { recursive: true });
      const mirrored = await mirrorRepository(remote.cloneUrl, dir, this.options.token, existing);
      if (!mirrored.ok) return failed(`could not be cloned (${mirrored.message})`);
      let result: BatchResult;
      let revision: string | undefined;
      try {
        const repo = openRepository(dir);
        revision = repo.head;
        result = await this.scanClone(repo, name, scratch);
      } catch (error) {
        return failed(`could not be read (${error instanceof Error ? error.message : String(error)})`);
      }
      const entry: StateEntry = { repository: name, refs: refs.value.digest, settings: this.settingsDigest, ...(revision ? { revision } : {}), result };
      return { status: 'scanned', result, info: infoOf(remote, revision), entry };
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }

  /** History (every ref) and the default branch's token configurations, named after the repository. */
  private async scanClone(repo: Repository, name: string, scratch: string): Promise<BatchResult> {
    const own = emptyBatch();
    if (!repo.head && !hasRefs(repo)) {
      own.warnings.push({ path: name, code: 'empty-repository', message: `${name}: the repository has no commits; nothing to scan` });
      return own;
    }
    await scanRevisions(repo, { revisions: ['--all'], base: [], messages: this.options.messages !== false }, this.setup, own);
    if (repo.head) await this.scanConfigurations(repo, name, repo.head, path.join(scratch, 'tree'), own);
    for (const finding of own.findings) nameRepository(finding, name);
    for (const warning of own.warnings) {
      if (!warning.message.startsWith(`${name}:`)) warning.message = `${name}: ${warning.message}`;
      warning.path = `${name}/${warning.path}`;
    }
    return own;
  }

  /**
   * The IaC checks on the default branch: the files that can hold token configuration are read
   * from git into a private directory (only those; never the whole tree), checked there, and
   * reported at their path in the repository at that commit.
   */
  private async scanConfigurations(repo: Repository, name: string, head: string, dir: string, into: BatchResult): Promise<void> {
    const candidates = new Map<string, string>();
    for (const [id, file] of treeBlobs(repo, head)) if (mayHoldConfiguration(file)) candidates.set(id, file);
    if (candidates.size === 0) return;
    let written = 0;
    await readObjects(repo.cwd, candidates, MAX_BLOB_IN_MEMORY, (object) => {
      if (!object.content) return;
      // YAML and JSON files are many (lock files, CI): only those that name Monime are checked.
      const base = path.posix.basename(object.path);
      if (!/\.tf(vars)?(\.json)?$/.test(base) && !isManifestName(base) && !/onime/i.test(object.content.toString('utf8'))) return;
      const target = path.join(dir, ...object.path.split('/'));
      if (!target.startsWith(dir + path.sep)) return;
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, object.content, { mode: 0o600 });
      written++;
    });
    if (written === 0) return;
    const own = emptyBatch();
    await iacSource({ paths: ['.'] }).read({ ...this.setup, root: dir, settings: { ...this.setup.settings, root: dir } }, own);
    for (const finding of own.findings) {
      const file = 'path' in finding.origin ? finding.origin.path : finding.path;
      finding.origin = { kind: 'blob', path: file, commit: head };
    }
    for (const finding of own.suppressed ?? []) finding.origin = { kind: 'blob', path: finding.path, commit: head };
    for (const finding of own.suppressed ?? []) nameRepository(finding, name);
    // In a scan of many repositories, a configuration that could not be checked is a warning
    // about that repository, not a verdict on the whole run; finding none is no news at all.
    own.warnings = own.warnings.filter((warning) => warning.code !== 'nothing-to-check').map(({ level: _level, ...warning }) => warning);
    own.filesScanned = 0;
    own.bytesScanned = 0;
    mergeBatch(into, own);
  }
}

/** Whether a path in a tree can hold token configuration for the IaC checks. */
function mayHoldConfiguration(file: string): boolean {
  const base = path.posix.basename(file);
  if (file.split('/').some((part) => part === '..' || part === '.git' || part === 'node_modules' || part === '.terraform')) return false;
  return /\.(tf|tfvars|ya?ml|json)$/.test(base) || /\.tfvars\.json$/.test(base) || isManifestName(base);
}

/** Whether the repository has any ref at all (a bare clone whose HEAD names an unborn branch may still have others). */
function hasRefs(repo: Repository): boolean {
  return git(['for-each-ref', '--count=1', '--format=%(refname)'], { cwd: repo.cwd }).stdout.length > 0;
}

/** Puts the repository's name on a finding (and on the finding's own suppressed copies). */
function nameRepository(finding: Finding, name: string): void {
  if (finding.origin.kind === 'file' || finding.origin.kind === 'blob' || finding.origin.kind === 'message') finding.origin.repository = name;
}

/** The repository as reports name it: its name, its web address, the commit its default branch was at. */
function infoOf(remote: RemoteRepository, revision: string | undefined): RepositoryInfo {
  const web = remote.cloneUrl.replace(/\.git$/, '');
  return {
    name: remote.fullName,
    ...(/^https?:\/\//.test(web) ? { uri: web } : {}),
    ...(revision ? { revision } : {}),
  };
}

/** Runs `task` over `items` with at most `limit` at once, in order of start. */
async function eachAtOnce<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
