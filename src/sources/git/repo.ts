import * as fs from 'node:fs';
import * as path from 'node:path';
import { SourceError } from '../../errors.js';
import type { RepositoryInfo } from '../../types.js';
import { commitId } from './range.js';
import { git, gitText } from './run.js';

/** What a scan needs to know about a repository before it reads anything. */
export interface Repository {
  /** Directory git runs in. */
  cwd: string;
  /** Top of the work tree; absent in a bare repository. */
  workTree?: string;
  /** Whether the repository has no work tree. */
  bare: boolean;
  /** Whether history was cut short by a shallow clone or fetch. */
  shallow: boolean;
  /** The commit HEAD names; absent before the first commit. */
  head?: string;
  /** Id of the empty tree in this repository's hash (SHA-1 or SHA-256). */
  emptyTree: string;
}

/** The empty tree's id in each object format git supports. */
const EMPTY_TREES: Record<string, string> = {
  sha1: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
  sha256: '6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321',
};

/** Opens the repository at `dir`; throws a one-line {@link SourceError} when there is none. */
export function openRepository(dir: string): Repository {
  if (!fs.existsSync(dir)) throw new SourceError(`${dir}: no such directory`);
  // One git call, not five: every command that opens a repository pays for this in start-up.
  // rev-parse prints its answers in order and stops at the first it cannot give: the top level
  // in a bare repository (then the rest is asked again below), HEAD before the first commit.
  const probe = git(['rev-parse', '--is-bare-repository', '--is-shallow-repository', '--show-object-format', '--show-toplevel', 'HEAD^{commit}'], {
    cwd: dir,
    okCodes: [128],
  });
  const [bare, shallow, format = 'sha1', top, head] = probe.stdout.toString('utf8').split('\n');
  if (bare !== 'true' && bare !== 'false') throw new SourceError(`${dir}: not a git repository (or any of its parents)`);
  const emptyTree = EMPTY_TREES[format] ?? gitText(['hash-object', '-t', 'tree', '--stdin'], { cwd: dir, input: '' });
  const repo: Repository = { cwd: dir, bare: bare === 'true', shallow: shallow === 'true', emptyTree };
  if (repo.bare) {
    const bareHead = resolveCommit(repo, 'HEAD');
    if (bareHead) repo.head = bareHead;
    return repo;
  }
  if (!top) throw new SourceError(`${dir}: inside a git directory, not a work tree; run this in the repository's work tree`);
  repo.workTree = path.resolve(top);
  if (probe.status === 0 && head && /^[0-9a-f]{40,64}$/.test(head)) repo.head = head;
  return repo;
}

/** The full id of the commit `rev` names, or undefined when there is no such commit here. */
export function resolveCommit(repo: Repository, rev: string): string | undefined {
  return commitId(repo.cwd, rev);
}

/** Ids of the blobs in `commit`'s tree (submodules and symlinks' targets are not blobs to scan). */
export function treeBlobs(repo: Repository, commit: string): Map<string, string> {
  const out = git(['ls-tree', '-r', '-z', '--full-tree', commit], { cwd: repo.cwd }).stdout.toString('utf8');
  const blobs = new Map<string, string>();
  for (const entry of out.split('\0')) {
    // `<mode> SP <type> SP <id> TAB <path>`
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000' && id) blobs.set(id, entry.slice(tab + 1));
  }
  return blobs;
}

/**
 * Where the repository lives and what HEAD names, for reports: the `origin` remote as a web URL
 * (an `scp`-style `git@host:owner/repo.git` becomes `https://host/owner/repo`; user names and
 * passwords in a URL are dropped, never reported), and the commit.
 */
export function repositoryInfo(repo: Repository): RepositoryInfo {
  const info: RepositoryInfo = {};
  if (repo.head) info.revision = repo.head;
  const remote = git(['remote', 'get-url', 'origin'], { cwd: repo.cwd, okCodes: [2, 128] });
  const uri = remote.status === 0 ? webUri(remote.stdout.toString('utf8').trim()) : undefined;
  if (uri) info.uri = uri;
  return info;
}

/** A remote URL as a web URL without credentials or `.git`, or undefined for a local path. */
export function webUri(remote: string): string | undefined {
  const scp = /^(?:[\w.-]+@)?([\w.-]+):(?!\/\/)(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp && !/^[a-z]+:\/\//i.test(remote)) return `https://${scp[1]}/${scp[2]}`;
  try {
    const url = new URL(remote);
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
    // A web URL keeps its port; an ssh or git one's port is not the web server's.
    const host = url.protocol.startsWith('http') ? url.host : url.hostname;
    return `https://${host}${url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')}`;
  } catch {
    return undefined;
  }
}
