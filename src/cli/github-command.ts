import { loadConfig } from '../config/load.js';
import { InputError } from '../errors.js';
import { parseShard, type ShardChoice } from '../scan/github-plan.js';
import { planGitHub, scanGitHub, type GitHubProgress, type GitHubSelection } from '../scan/github.js';
import type { GitHubFlags } from './command-flags.js';
import { EXIT_CLEAN } from './exit.js';
import { createProgress } from './progress.js';
import { baseOptions, printWarnings, reportResult, writeReport } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

/** The most jobs one GitHub Actions matrix may have. */
const MAX_MATRIX_JOBS = 256;

/** Runs `monime-guard github`; returns the exit code. */
export async function runGitHub(flags: GitHubFlags): Promise<number> {
  const selection = selectionOf(flags);
  const shard = shardOf(flags);
  const notice = flags.quiet ? undefined : (message: string): void => void process.stderr.write(`monime-guard: ${message}\n`);
  if (flags.plan !== undefined) {
    const matrix = await planGitHub({ ...selection, shards: flags.plan, ...(notice ? { onNotice: notice } : {}) });
    writeReport(JSON.stringify(matrix), flags.output);
    return EXIT_CLEAN;
  }
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  requireVerifyForActive(flags, loaded);
  const progress = flags.quiet ? undefined : createProgress<GitHubProgress>(process.stderr, describeRepositories);
  let result;
  try {
    result = await scanGitHub({
      ...baseOptions(flags, root, loaded.config, loaded.baselinePath),
      ...selection,
      ...(shard ? { shard } : {}),
      ...(flags.concurrency !== undefined ? { concurrency: positive(flags.concurrency, '--concurrency') } : {}),
      ...(flags.keepClones !== undefined ? { keepClones: flags.keepClones } : {}),
      ...(flags.state !== undefined ? { state: flags.state } : {}),
      messages: flags.messages,
      ...(notice ? { onNotice: notice } : {}),
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.done();
  }
  printWarnings(result, flags);
  return reportResult(result, flags, root, loaded.config);
}

/** The targets, API and token the flags and environment name; a bad value is a one-line error. */
function selectionOf(flags: GitHubFlags): GitHubSelection {
  const orgs = names(flags.org, '--org');
  const users = names(flags.user, '--user');
  const repos = names(flags.repo, '--repo');
  for (const repo of repos) if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new InputError(`--repo ${repo}: expected OWNER/NAME`);
  if (orgs.length + users.length + repos.length === 0) throw new InputError('github: name what to scan with --org, --user or --repo');
  if (flags.apiUrl !== undefined && !/^https?:\/\/[^/\s]+/i.test(flags.apiUrl)) throw new InputError(`--api-url ${flags.apiUrl}: expected an http(s) URL`);
  const token = tokenOf(flags.tokenEnv);
  return {
    targets: { orgs, users, repos },
    ...(flags.apiUrl ? { apiUrl: flags.apiUrl } : {}),
    ...(token ? { token } : {}),
    includeForks: flags.includeForks,
    excludeArchived: flags.excludeArchived,
    exclude: flags.exclude ?? [],
  };
}

/** The token from the named variable, or from GITHUB_TOKEN / GH_TOKEN; never from a flag's value. */
function tokenOf(variable: string | undefined): string | undefined {
  if (variable !== undefined) {
    const value = process.env[variable];
    if (!value) throw new InputError(`--token-env ${variable}: that environment variable is not set`);
    return value;
  }
  return process.env.GITHUB_TOKEN || process.env.GH_TOKEN || undefined;
}

/** `--shard I/N`, checked; `--plan` is checked here too, since the two do not go together. */
function shardOf(flags: GitHubFlags): ShardChoice | undefined {
  if (flags.plan !== undefined) {
    if (flags.shard !== undefined) throw new InputError('--plan and --shard: give one or the other (plan first, then scan each shard)');
    const plan = positive(flags.plan, '--plan');
    if (plan > MAX_MATRIX_JOBS) throw new InputError(`--plan ${plan}: a GitHub Actions matrix holds at most ${MAX_MATRIX_JOBS} jobs`);
  }
  if (flags.shard === undefined) return undefined;
  const shard = parseShard(flags.shard);
  if (!shard) throw new InputError(`--shard ${flags.shard}: expected I/N with 1 ≤ I ≤ N, as --plan prints it`);
  return shard;
}

/** A repeatable flag's values, each non-empty. */
function names(values: readonly string[] | undefined, flag: string): string[] {
  const given = (values ?? []).map((value) => String(value).trim());
  if (given.some((value) => value === '')) throw new InputError(`${flag}: expected a name, got an empty value`);
  return given;
}

/** A whole number of at least 1. */
function positive(value: number, flag: string): number {
  if (!Number.isInteger(value) || value < 1) throw new InputError(`${flag} ${value}: expected a whole number of at least 1`);
  return value;
}

/** `3/40 repositories, 2 findings (acme/shop, acme/api)`. */
function describeRepositories(progress: GitHubProgress): string {
  const current = progress.current.length > 0 ? ` (${progress.current.join(', ')})` : '';
  return `${progress.done}/${progress.total} repositories, ${progress.findings} finding${progress.findings === 1 ? '' : 's'}${current}`;
}
