/**
 * An organisation to scan, built with real git: bare repositories holding tokens where an
 * organisation scan must look (a deleted file, an unmerged branch, only a pull request's ref, a
 * commit message, an archived repository, a fork, a private repository, the default branch's
 * token configuration) and the cases it must survive (an empty repository, one whose clone
 * fails). Tokens are made at run time.
 */
import * as path from 'node:path';
import { git, initRepo, writeFiles } from '../cli/run-cli.js';
import type { ServedRepository } from './github-org.js';
import { tokenOf } from './tokens.js';

/** Where each planted token is, by what the test expects of it. */
export interface OrgTokens {
  deletedFile: string;
  unmergedBranch: string;
  pullRequestOnly: string;
  commitMessage: string;
  archived: string;
  fork: string;
  privateRepo: string;
  fileTransport: string;
}

/** The organisation `acme`, its repositories under `root`, and its tokens. */
export interface OrgFixture {
  org: string;
  repositories: ServedRepository[];
  tokens: OrgTokens;
}

/** Builds a bare repository `root/NAME.git` from a work tree the steps fill in. */
export function bareRepository(root: string, name: string, build: (work: string) => void): string {
  const work = path.join(root, 'work', name);
  git(root, ['init', '-q', '-b', 'main', work]);
  initRepo(work);
  build(work);
  const bare = path.join(root, 'served', `${name}.git`);
  git(root, ['clone', '-q', '--bare', work, bare]);
  return bare;
}

/** Commits everything in `work` with `message`. */
export function commitAll(work: string, files: Record<string, string>, message: string): void {
  writeFiles(work, files);
  git(work, ['add', '-A']);
  git(work, ['commit', '-q', '--allow-empty', '-m', message]);
}

/** Builds the organisation fixture under `root`. */
export function buildOrg(root: string): OrgFixture {
  const tokens: OrgTokens = {
    deletedFile: tokenOf('live'),
    unmergedBranch: tokenOf('test'),
    pullRequestOnly: tokenOf('live'),
    commitMessage: tokenOf('test'),
    archived: tokenOf('live'),
    fork: tokenOf('live'),
    privateRepo: tokenOf('live'),
    fileTransport: tokenOf('test'),
  };
  const shop = bareRepository(root, 'shop', (work) => {
    commitAll(work, { 'README.md': '# shop\n', 'config/pay.js': `export const key = '${tokens.deletedFile}';\n` }, 'add payments');
    git(work, ['rm', '-q', 'config/pay.js']);
    commitAll(
      work,
      { 'monime-tokens.yaml': 'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    roles: [payments:*]\n' },
      'use a manifest',
    );
    commitAll(work, {}, `rotate key\n\nold one was ${tokens.commitMessage}`);
    git(work, ['checkout', '-q', '-b', 'feature/unmerged']);
    commitAll(work, { 'src/feature.js': `const k = "${tokens.unmergedBranch}";\n` }, 'wip');
    git(work, ['checkout', '-q', 'main']);
  });
  // A pull request whose branch was deleted: its commits stay under refs/pull/1/head only.
  const pull = path.join(root, 'work', 'shop');
  git(pull, ['checkout', '-q', '-b', 'contributor']);
  commitAll(pull, { 'src/contrib.js': `const k = "${tokens.pullRequestOnly}";\n` }, 'contribution');
  git(pull, ['push', '-q', shop, 'HEAD:refs/pull/1/head']);
  git(pull, ['checkout', '-q', 'main']);
  const legacy = bareRepository(root, 'legacy', (work) => commitAll(work, { 'old.env': `MONIME_TOKEN=${tokens.archived}\n` }, 'old'));
  const fork = bareRepository(root, 'sdk-fork', (work) => commitAll(work, { 'example.js': `token("${tokens.fork}")\n` }, 'fork'));
  const internal = bareRepository(root, 'internal', (work) => commitAll(work, { 'deploy/.env': `MONIME_TOKEN=${tokens.privateRepo}\n` }, 'deploy'));
  const local = bareRepository(root, 'tools', (work) => commitAll(work, { 'tools.py': `TOKEN = "${tokens.fileTransport}"\n` }, 'tools'));
  const empty = path.join(root, 'served', 'empty.git');
  git(root, ['init', '-q', '--bare', '-b', 'main', empty]);
  return {
    org: 'acme',
    tokens,
    repositories: [
      { owner: 'acme', name: 'shop', dir: shop, size: 40 },
      { owner: 'acme', name: 'legacy', dir: legacy, archived: true, size: 5 },
      { owner: 'acme', name: 'sdk-fork', dir: fork, fork: true, size: 5 },
      { owner: 'acme', name: 'internal', dir: internal, private: true, size: 5 },
      { owner: 'acme', name: 'tools', dir: local, transport: 'file', size: 5 },
      { owner: 'acme', name: 'empty', dir: empty, size: 0 },
      { owner: 'acme', name: 'gone', size: 3 },
    ],
  };
}
