/**
 * Issue 24 §2: nothing passes green by construction. `--fail-on active` (flag or config) without
 * `--verify` could never fail, so it is a usage error naming `--verify`; `pre-push` takes every
 * flag its page documents (`--verify` included, so `active` works there too); and a JSON report
 * given as a baseline is named as a report, with how to make a baseline.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMonimeRoot, type MonimeRoot } from '../verify/monime-root.js';
import { git, initRepo, makeTempDir, REPO_ROOT, runCli, secretToken, writeFiles, expectOneErrorLine } from './run-cli.js';

/** A repository with one commit that holds a live token, and git's pre-push line for pushing it as a new branch. */
function repoWithToken(token: string): { dir: string; pushLine: string } {
  const dir = makeTempDir();
  initRepo(dir);
  writeFiles(dir, { 'pay.env': `MONIME_ACCESS_TOKEN=${token}\n` });
  git(dir, ['add', '.']);
  git(dir, ['commit', '-qm', 'add payments']);
  const head = git(dir, ['rev-parse', 'HEAD']).trim();
  return { dir, pushLine: `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n` };
}

describe.concurrent('--fail-on active without --verify is a usage error', () => {
  it('from the flag, on every command that reports tokens', async () => {
    const { dir, pushLine } = repoWithToken(secretToken('live'));
    for (const args of [['scan', '.'], ['history'], ['staged'], ['bundle', '.'], ['pre-push']]) {
      const run = await runCli([...args, '--fail-on', 'active'], { cwd: dir, input: pushLine });
      expectOneErrorLine(run, '--fail-on active', '--verify');
    }
  });

  it('from the config, naming the config file', async () => {
    const { dir } = repoWithToken(secretToken('live'));
    writeFiles(dir, { 'monime-guard.config.json': JSON.stringify({ failOn: 'active' }) });
    expectOneErrorLine(await runCli(['scan', '.'], { cwd: dir }), 'monime-guard.config.json', 'failOn "active"', '--verify');
    // The flag wins over the config, so another level runs as usual.
    expect((await runCli(['scan', '.', '--fail-on', 'live'], { cwd: dir })).status).toBe(1);
  });

  it('iac, which cannot verify, says to choose another level', async () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'monime-tokens.yaml': 'tokens:\n  - name: Main Website Integration\n    mode: test\n    expiry: 2-months\n    roles: [payments:read]\n',
    });
    expectOneErrorLine(await runCli(['iac', '--fail-on', 'active'], { cwd: dir }), '--fail-on active', 'does not verify', '--fail-on live');
  });
});

describe('pre-push with --verify', () => {
  let root: MonimeRoot;
  beforeAll(async () => {
    root = await startMonimeRoot();
  });
  afterAll(async () => {
    await root.close();
  });

  it('fails on a pushed token the API says is active, with --fail-on active', async () => {
    const token = secretToken('live');
    root.answers.set(token, { kind: 'root', isAuthenticated: true, environment: 'live' });
    const { dir, pushLine } = repoWithToken(token);
    const env = { MONIME_GUARD_VERIFY_URL: root.url, XDG_CACHE_HOME: makeTempDir('monime-guard-cache-') };
    const run = await runCli(['pre-push', 'origin', 'https://example.invalid/shop.git', '--verify', '--fail-on', 'active', '--format', 'json'], {
      cwd: dir,
      input: pushLine,
      env,
    });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { verification?: { state: string } }[] };
    expect(report.findings.map((f) => f.verification?.state)).toEqual(['active']);
  });
});

describe('pre-push takes every flag its page documents', () => {
  const page = fs.readFileSync(path.join(REPO_ROOT, 'docs/commands/pre-push.md'), 'utf8');
  // The sentence that lists the flags, from "Flags:" to the end of its paragraph.
  const listed = /Flags:([\s\S]*?)\n\n/.exec(page)?.[1] ?? '';
  const flags = [...new Set([...listed.matchAll(/`(--?[a-z][a-z-]*)`/g)].map((m) => m[1]!))];
  /** A value for each flag that takes one. */
  const values: Record<string, string[]> = {
    '-f': ['json'],
    '-o': ['report.txt'],
    '-c': ['monime-guard.config.json'],
    '--fail-on': ['live'],
    '--baseline': ['accepted.json'],
    '--max-archive-depth': ['2'],
    '--verify-concurrency': ['2'],
    '--verify-timeout': ['5'],
    '--verify-cache-ttl': ['60'],
  };

  it('lists the report flags of scan', () => {
    expect(flags).toEqual(expect.arrayContaining(['--messages', '--no-messages', '-f', '-o', '--fail-on', '--baseline', '-c', '-q', '--verify']));
  });

  it.each(flags)('%s', async (flag) => {
    const dir = makeTempDir();
    initRepo(dir);
    writeFiles(dir, { 'README.md': 'hello\n', 'monime-guard.config.json': '{}\n', 'accepted.json': '{"version":1,"tool":"monime-guard","findings":[]}\n' });
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'first']);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    const args = ['pre-push', 'origin', 'https://example.invalid/shop.git', flag, ...(values[flag] ?? [])];
    // `--pre-commit-framework` reads what is pushed from the framework's variables instead.
    const env = flag === '--pre-commit-framework' ? { PRE_COMMIT_TO_REF: head, PRE_COMMIT_REMOTE_NAME: 'origin' } : {};
    const run = await runCli(args, { cwd: dir, input: `refs/heads/main ${head} refs/heads/main ${'0'.repeat(40)}\n`, env });
    expect(run.stderr).not.toMatch(/Unknown argument|Not enough arguments|Invalid values/);
    expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
  });
});

describe('a JSON report given as --baseline', () => {
  it('is named as a report, with how to make a baseline', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'pay.env': `MONIME_ACCESS_TOKEN=${secretToken('live')}\n` });
    const written = await runCli(['scan', '.', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    expect(written.status).toBe(1);
    const run = await runCli(['scan', '.', '--baseline', 'report.json'], { cwd: dir });
    expectOneErrorLine(run, 'report.json', 'is a monime-guard JSON report', 'not a baseline', 'monime-guard baseline');
    expect(run.stderr).not.toMatch(/newer|upgrade/);
  });
});
