/**
 * The organisation scan through the library, against a local GitHub (REST listing and smart
 * HTTP clones on 127.0.0.1) serving real bare repositories.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planGitHub, scanGitHub } from '../../src/scan/github.js';
import { splitShards } from '../../src/scan/github-plan.js';
import type { Finding, ScanResult } from '../../src/types.js';
import { makeTempDir } from '../cli/run-cli.js';
import { buildOrg, type OrgFixture } from '../support/github-fixtures.js';
import { startFakeGitHubOrg, type FakeGitHubOrg } from '../support/github-org.js';
import { maskOf } from '../support/tokens.js';

const TOKEN = 'ghs_fixture_not_a_real_token_0123456789';

describe('scanGitHub', () => {
  let root: string;
  let fixture: OrgFixture;
  let server: FakeGitHubOrg;
  let full: ScanResult;

  const options = (extra: Record<string, unknown> = {}) => ({
    root,
    config: {},
    targets: { orgs: [fixture.org] },
    apiUrl: server.url,
    token: TOKEN,
    ...extra,
  });
  const where = (result: ScanResult, token: string): Finding | undefined => result.findings.find((finding) => finding.masked === maskOf(token));

  beforeAll(async () => {
    root = makeTempDir('monime-guard-github-');
    fixture = buildOrg(root);
    server = await startFakeGitHubOrg({ repositories: fixture.repositories, token: TOKEN });
    full = await scanGitHub(options());
  });
  afterAll(async () => {
    await server.close();
  });

  it('finds tokens in deleted files, unmerged branches, pull request refs and commit messages, naming the repository', () => {
    const { tokens } = fixture;
    for (const token of [tokens.deletedFile, tokens.unmergedBranch, tokens.pullRequestOnly]) {
      expect(where(full, token)?.origin).toMatchObject({ kind: 'blob', repository: 'acme/shop' });
    }
    expect(where(full, tokens.deletedFile)?.git?.historyOnly).toBe(true);
    expect(where(full, tokens.commitMessage)?.origin).toMatchObject({ kind: 'message', repository: 'acme/shop' });
  });

  it('scans archived and private repositories, over HTTP and file://, and skips forks', () => {
    const { tokens } = fixture;
    expect(where(full, tokens.archived)?.origin).toMatchObject({ repository: 'acme/legacy', path: 'old.env' });
    expect(where(full, tokens.privateRepo)?.origin).toMatchObject({ repository: 'acme/internal' });
    expect(where(full, tokens.fileTransport)?.origin).toMatchObject({ repository: 'acme/tools' });
    expect(where(full, tokens.fork)).toBeUndefined();
  });

  it('checks token configurations on the default branch', () => {
    const policy = full.findings.filter((finding) => finding.ruleId.startsWith('iac/'));
    expect(policy.length).toBeGreaterThan(0);
    for (const finding of policy) expect(finding.origin).toMatchObject({ kind: 'blob', path: 'monime-tokens.yaml', repository: 'acme/shop' });
  });

  it('says which repositories could not be scanned and counts them', () => {
    expect(full.warnings.filter((w) => w.code === 'github').map((w) => w.message)).toEqual([
      expect.stringMatching(/^acme\/gone: could not be (read|cloned) \(.*not found/),
    ]);
    expect(full.warnings.some((w) => w.code === 'empty-repository' && w.message.startsWith('acme/empty:'))).toBe(true);
    expect(full.stats.repositories).toEqual({ listed: 6, scanned: 5, unchanged: 0, failed: 1 });
    expect(full.repositories?.map((r) => r.name)).toEqual(['acme/empty', 'acme/internal', 'acme/legacy', 'acme/shop', 'acme/tools']);
  });

  it('sends the token to git only as a header, never in a URL', () => {
    const internal = server.gitRequests.filter((request) => request.url.includes('/acme/internal.git/'));
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.every((request) => request.authorization === `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`)).toBe(true);
    expect(server.gitRequests.some((request) => request.url.includes(TOKEN))).toBe(false);
    expect(JSON.stringify(full)).not.toContain(TOKEN);
  });

  it('keeps clones without the token in their config, and fetches into them next time', async () => {
    const keep = path.join(root, 'clones');
    const first = await scanGitHub(options({ keepClones: keep, targets: { repos: ['acme/internal', 'acme/shop'] } }));
    const config = fs.readFileSync(path.join(keep, 'acme', 'internal.git', 'config'), 'utf8');
    expect(config).toContain(`${server.url}/git/acme/internal.git`);
    expect(config).not.toContain(TOKEN);
    expect(config).not.toMatch(/extraheader/i);
    const second = await scanGitHub(options({ keepClones: keep, targets: { repos: ['acme/internal', 'acme/shop'] } }));
    expect(second.findings.map((f) => f.fingerprint)).toEqual(first.findings.map((f) => f.fingerprint));
  });

  it('scans forks with includeForks and leaves archived ones out with excludeArchived, and --exclude globs', async () => {
    const result = await scanGitHub(options({ includeForks: true, excludeArchived: true, exclude: ['acme/sh*', 'acme/gone'] }));
    expect(where(result, fixture.tokens.fork)).toBeDefined();
    expect(where(result, fixture.tokens.archived)).toBeUndefined();
    expect(where(result, fixture.tokens.deletedFile)).toBeUndefined();
    expect(result.stats.repositories?.failed).toBe(0);
  });

  it('without a token lists public repositories only and says so', async () => {
    const result = await scanGitHub(options({ token: undefined }));
    expect(where(result, fixture.tokens.privateRepo)).toBeUndefined();
    expect(where(result, fixture.tokens.archived)).toBeDefined();
    expect(result.warnings.some((w) => w.code === 'unauthenticated')).toBe(true);
  });

  it('rides out a primary and a secondary rate limit and a 502 while listing', async () => {
    const notices: string[] = [];
    server.faults.push('primary-rate-limit', 'secondary-rate-limit', 'bad-gateway');
    const before = server.apiRequests.length;
    const result = await scanGitHub(options({ onNotice: (message: string) => notices.push(message), targets: { repos: ['acme/legacy'] } }));
    expect(where(result, fixture.tokens.archived)).toBeDefined();
    expect(server.faults).toEqual([]);
    expect(server.apiRequests.length - before).toBe(4);
    expect(notices.join('\n')).toMatch(/primary rate limit/);
    expect(notices.join('\n')).toMatch(/secondary rate limit/);
  });

  it('names an organisation that cannot be listed, and fails when nothing could be', async () => {
    await expect(scanGitHub(options({ targets: { orgs: ['nobody'] } }))).rejects.toThrow(/organisation nobody: could not be listed \(HTTP 404/);
    const partly = await scanGitHub(options({ targets: { orgs: ['nobody'], repos: ['acme/legacy'] } }));
    expect(partly.warnings.some((w) => w.code === 'github' && w.path === 'organisation nobody')).toBe(true);
    await expect(scanGitHub(options({ targets: { repos: ['acme/gone'] } }))).rejects.toThrow(/no repository could be scanned \(1 failed; first: acme\/gone/);
  });

  it('resumes from a state file: unchanged repositories are not scanned again, changed ones are', async () => {
    const state = path.join(root, 'state.jsonl');
    const first = await scanGitHub(options({ state }));
    expect(first.stats.repositories).toMatchObject({ scanned: 5, unchanged: 0 });
    expect(fs.statSync(state).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(state, 'utf8')).not.toContain(fixture.tokens.deletedFile);
    const again = await scanGitHub(options({ state }));
    expect(again.stats.repositories).toMatchObject({ scanned: 0, unchanged: 5 });
    expect(again.findings.map((f) => `${f.fingerprint} ${f.path}`)).toEqual(first.findings.map((f) => `${f.fingerprint} ${f.path}`));
    // A push to one repository: only it is scanned again.
    const work = path.join(root, 'work', 'legacy');
    fs.writeFileSync(path.join(work, 'new.txt'), 'new\n');
    const { git } = await import('../cli/run-cli.js');
    git(work, ['add', '-A']);
    git(work, ['commit', '-q', '-m', 'new']);
    git(work, ['push', '-q', fixture.repositories.find((r) => r.name === 'legacy')!.dir!, 'main']);
    const third = await scanGitHub(options({ state }));
    expect(third.stats.repositories).toMatchObject({ scanned: 1, unchanged: 4 });
  });

  it('plans shards that together hold every repository once, and a shard scans its part', async () => {
    const matrix = await planGitHub({ targets: { orgs: ['acme'] }, apiUrl: server.url, token: TOKEN, shards: 3 });
    expect(matrix.include.map((entry) => entry.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(matrix.include.reduce((sum, entry) => sum + entry.repositories, 0)).toBe(6);
    const shards = await Promise.all([1, 2, 3].map((index) => scanGitHub(options({ shard: { index, count: 3 } }))));
    const union = shards.flatMap((shard) => shard.findings.map((f) => `${f.fingerprint} ${f.path}`)).sort();
    expect(union).toEqual(full.findings.map((f) => `${f.fingerprint} ${f.path}`).sort());
  });
});

describe('listing 1,000 repositories', () => {
  it('follows the Link header page by page, through rate limits, and plans shards that hold each repository once', async () => {
    const repositories = Array.from({ length: 1000 }, (_, i) => ({
      owner: 'big',
      name: `service-${String(i).padStart(4, '0')}`,
      size: ((i * 7919) % 5000) + 1,
    }));
    const server = await startFakeGitHubOrg({ repositories, token: TOKEN });
    try {
      server.faults.push('secondary-rate-limit');
      const matrix = await planGitHub({ targets: { orgs: ['big'] }, apiUrl: server.url, token: TOKEN, shards: 7 });
      expect(matrix.include).toHaveLength(7);
      expect(matrix.include.reduce((sum, entry) => sum + entry.repositories, 0)).toBe(1000);
      const sizes = matrix.include.map((entry) => entry.size);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(5000);
      // Ten pages of 100 (the first asked for twice: once answered with the rate limit), each after
      // the first at the URL the previous page's Link header gave, and each with the token.
      const pages = server.apiRequests.map((request) => request.url);
      expect(pages).toHaveLength(11);
      expect(pages[0]).toBe('/orgs/big/repos?type=all&per_page=100');
      expect(pages.slice(2)).toEqual(Array.from({ length: 9 }, (_, i) => `/organizations/big/repos?type=all&per_page=100&page=${i + 2}`));
      expect(server.apiRequests.every((request) => request.authorized)).toBe(true);
      // The same listing gives the same plan.
      expect(await planGitHub({ targets: { orgs: ['big'] }, apiUrl: server.url, token: TOKEN, shards: 7 })).toEqual(matrix);
    } finally {
      await server.close();
    }
  });
});

describe('splitShards', () => {
  it('balances 1,000 repositories by size, each in exactly one shard, the same way every time', () => {
    const repositories = Array.from({ length: 1000 }, (_, i) => ({ fullName: `acme/repo-${String(i).padStart(4, '0')}`, size: ((i * 7919) % 5000) + 1 }));
    const shards = splitShards(repositories, 7);
    const names = shards.flat().map((r) => r.fullName);
    expect(new Set(names).size).toBe(1000);
    const sizes = shards.map((shard) => shard.reduce((sum, r) => sum + r.size, 0));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(5000);
    expect(splitShards([...repositories].reverse(), 7)).toEqual(shards);
  });
});
