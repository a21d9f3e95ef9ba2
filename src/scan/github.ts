import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { minimatch } from 'minimatch';
import { MonimeGuardError, SourceError } from '../errors.js';
import type { GitHubTargets, RemoteRepository } from '../sources/github/api.js';
import type { ScanResult, ScanWarning } from '../types.js';
import { packageVersion } from '../version.js';
import { planMatrix, splitShards, type PlanEntry, type ShardChoice } from './github-plan.js';
import { RepositoryWork, type Outcome, type RepositoryJob, type RepositorySetup } from './github-repository.js';
import { appendState, openState, readState, type StateEntry } from './github-state.js';
import { runSources, type Source } from './pipeline.js';
import { mergeBatch } from './scan-input.js';
import type { BaseScanOptions } from './setup.js';

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
      const state = options.state ? { file: options.state, entries: readState(options.state), fd: openState(options.state) } : undefined;
      const { baseline: _baseline, ...shared } = setup;
      const job: RepositoryJob = {
        ...(options.token ? { token: options.token } : {}),
        ...(options.keepClones ? { keepClones: options.keepClones } : {}),
        messages: options.messages !== false,
      };
      const scanner = repositoryScanner(shared, job, Math.max(1, Math.floor(options.concurrency ?? setup.threads)));
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
        await eachAtOnce(chosen, scanner.lanes, async (remote) => {
          current.add(remote.fullName);
          report();
          const outcome = await scanner.scan(remote, state?.entries.get(remote.fullName));
          current.delete(remote.fullName);
          done++;
          counts[outcome.status]++;
          mergeBatch(into, outcome.result);
          if (outcome.status !== 'failed') (into.repositories ??= []).push(outcome.info);
          if (outcome.status === 'scanned' && state) appendState(state.fd, state.file, outcome.entry);
          report();
        });
      } finally {
        await scanner.close();
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

/** Scans repositories, `lanes` at a time. */
interface RepositoryScanner {
  lanes: number;
  scan(remote: RemoteRepository, saved: StateEntry | undefined): Promise<Outcome>;
  close(): Promise<void>;
}

/**
 * The worker entry compiled next to this module. Running from TypeScript sources (the test
 * suite), it does not exist and repositories are scanned on the calling thread.
 */
const WORKER_URL = new URL('./github-worker.js', import.meta.url);

/**
 * Scans repositories `concurrency` at a time. With more than one, and a CPU for each, they run on
 * worker threads (one per CPU at most, each taking several at once when asked for more), so one
 * repository's scanning never waits for another's: each thread runs its own git processes and
 * its own detector. Otherwise, and from TypeScript sources, on the calling thread.
 */
function repositoryScanner(setup: RepositorySetup, job: RepositoryJob, concurrency: number): RepositoryScanner {
  const threads = Math.min(concurrency, setup.threads);
  const available = WORKER_URL.protocol === 'file:' && fs.existsSync(fileURLToPath(WORKER_URL));
  if (threads < 2 || !available) {
    const work = new RepositoryWork(setup, job);
    return { lanes: concurrency, scan: (remote, saved) => work.scan(remote, saved), close: async () => undefined };
  }
  const workers = Array.from({ length: threads }, () => ({ worker: new Worker(WORKER_URL, { workerData: { setup, job } }), busy: 0 }));
  const waiting = new Map<number, { resolve: (outcome: Outcome) => void; reject: (error: Error) => void }>();
  let next = 0;
  for (const { worker } of workers) {
    worker.on('message', (message: { id: number; outcome?: Outcome; secrets?: [string, string][]; error?: string }) => {
      for (const [fingerprint, token] of message.secrets ?? []) setup.settings.secrets?.set(fingerprint, token);
      const pending = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.outcome) pending?.resolve(message.outcome);
      else pending?.reject(new MonimeGuardError('internal', message.error ?? 'a repository worker failed'));
    });
    worker.on('error', (error) => {
      for (const pending of waiting.values()) pending.reject(error);
      waiting.clear();
    });
  }
  return {
    lanes: concurrency,
    scan(remote, saved) {
      const least = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
      const id = next++;
      least.busy++;
      return new Promise<Outcome>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        least.worker.postMessage({ id, remote, saved });
      }).finally(() => least.busy--);
    },
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
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
