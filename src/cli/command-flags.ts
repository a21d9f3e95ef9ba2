import type { Argv } from 'yargs';
import { reportFlags, type FlagScope, type ReportFlags } from './scan-flags.js';

/** Flags of `monime-guard history`. */
export interface HistoryFlags extends ReportFlags {
  range?: string;
  since?: string;
  ref?: string[];
  messages: boolean;
  fetchMissing: boolean;
}

/** Flags of `monime-guard pre-push` (git passes the remote's name and URL). */
export interface PrePushFlags extends ReportFlags {
  remote?: string;
  url?: string;
  messages: boolean;
  preCommitFramework: boolean;
}

const messagesFlag = { type: 'boolean', default: true, describe: 'Scan commit and tag messages too; --no-messages skips them' } as const;

/** Declares the flags of `history`. */
export function historyFlags<T>(y: Argv<T>): Argv<HistoryFlags> {
  return reportFlags(y)
    .option('range', { type: 'string', describe: 'Only what A..B adds (tokens already in A are not reported); A...B: since the merge base' })
    .option('since', { type: 'string', describe: 'Only commits more recent than this date (as git log --since takes it)' })
    .option('ref', { type: 'string', array: true, describe: 'Only commits reachable from this ref (repeatable; default: all refs)' })
    .option('messages', messagesFlag)
    .option('fetch-missing', {
      type: 'boolean',
      default: false,
      describe: 'In a shallow clone, fetch the history --range needs instead of failing',
    }) as unknown as Argv<HistoryFlags>;
}

/** Flags of `monime-guard staged`. */
export interface StagedFlags extends ReportFlags {
  paths?: string[];
}

/** Declares the flags of `staged`. */
export function stagedFlags<T>(y: Argv<T>): Argv<StagedFlags> {
  return reportFlags(y).positional('paths', {
    type: 'string',
    array: true,
    describe: 'Only these paths (as the pre-commit framework passes them): staged changes among them, and the others whole as staged',
  }) as unknown as Argv<StagedFlags>;
}

/** Declares the flags of `pre-push`. */
export function prePushFlags<T>(y: Argv<T>): Argv<PrePushFlags> {
  return reportFlags(y)
    .positional('remote', { type: 'string', describe: 'Name of the remote (git passes it to the hook)' })
    .positional('url', { type: 'string', describe: 'URL of the remote (git passes it to the hook)' })
    .option('messages', messagesFlag)
    .option('pre-commit-framework', {
      type: 'boolean',
      default: false,
      describe: "Read what is pushed from the pre-commit framework's PRE_COMMIT_* variables, not from standard input",
    }) as unknown as Argv<PrePushFlags>;
}

/** Flags of the commands that take paths and report: `bundle` and `iac`. */
export interface PathsFlags extends ReportFlags {
  paths?: string[];
}

function pathsFlags<T>(y: Argv<T>, describe: string, scope: FlagScope = {}): Argv<PathsFlags> {
  return reportFlags(y, scope).positional('paths', { type: 'string', array: true, describe }) as unknown as Argv<PathsFlags>;
}

/** Declares the flags of `bundle`. */
export function bundleFlags<T>(y: Argv<T>): Argv<PathsFlags> {
  return pathsFlags(y, 'Build folders, files or site URLs (default: dist, build, out, .next, … when present)');
}

/** Flags of `monime-guard iac`. */
export interface IacFlags extends PathsFlags {
  varFile?: string[];
}

/** Declares the flags of `iac`. */
export function iacFlags<T>(y: Argv<T>): Argv<IacFlags> {
  return pathsFlags(y, 'Token manifests, Terraform files or plans, or directories to search for them (default: .)', { tokens: false }).option('var-file', {
    type: 'string',
    array: true,
    describe: 'Terraform variable file to apply, as terraform -var-file does (repeatable; default: each *.tfvars beside a module in turn)',
  }) as unknown as Argv<IacFlags>;
}

/** Flags of `monime-guard github`. */
export interface GitHubFlags extends ReportFlags {
  org?: string[];
  user?: string[];
  repo?: string[];
  apiUrl?: string;
  tokenEnv?: string;
  includeForks: boolean;
  excludeArchived: boolean;
  exclude?: string[];
  concurrency?: number;
  keepClones?: string;
  state?: string;
  plan?: number;
  shard?: string;
  messages: boolean;
}

/** Declares the flags of `github`. */
export function githubFlags<T>(y: Argv<T>): Argv<GitHubFlags> {
  return reportFlags(y)
    .option('org', { type: 'string', array: true, describe: 'Scan every repository of this organisation (repeatable)' })
    .option('user', { type: 'string', array: true, describe: 'Scan every repository this user owns (repeatable)' })
    .option('repo', { type: 'string', array: true, describe: 'Scan this repository, OWNER/NAME (repeatable)' })
    .option('api-url', { type: 'string', describe: 'GitHub API URL; for GitHub Enterprise Server https://HOST/api/v3 (default https://api.github.com)' })
    .option('token-env', { type: 'string', describe: 'Read the token from this environment variable (default: GITHUB_TOKEN, then GH_TOKEN)' })
    .option('include-forks', { type: 'boolean', default: false, describe: 'Scan forks too' })
    .option('exclude-archived', {
      type: 'boolean',
      default: false,
      describe: 'Leave archived repositories out (by default they are scanned: their tokens may still work)',
    })
    .option('exclude', { type: 'string', array: true, describe: 'Leave out repositories whose OWNER/NAME this glob matches (repeatable)' })
    .option('concurrency', { type: 'number', describe: 'Repositories worked on at once (default: number of CPUs)' })
    .option('keep-clones', { type: 'string', describe: 'Keep clones in this directory and fetch only what is new next time' })
    .option('state', { type: 'string', describe: 'Record finished repositories in this file; a rerun skips those unchanged since' })
    .option('plan', { type: 'number', describe: 'Print a GitHub Actions matrix of at most N shards (JSON) instead of scanning' })
    .option('shard', { type: 'string', describe: 'Scan only shard I of N (I/N), as --plan split them' })
    .option('messages', messagesFlag) as unknown as Argv<GitHubFlags>;
}
