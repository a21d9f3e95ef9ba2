/**
 * What the command line says must be true and say what to do (issue 24, §5): flags in the units
 * the docs give, with their ranges; a typo answered with the nearest name; `merge --quiet` quiet;
 * hook advice that fits the moment (before a push, for a client-prefixed variable); the Node.js
 * version message naming the binary that runs; and the README's quick start, `scan .` on this
 * repository, clean.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, REPO_ROOT, git, initRepo, linesOf, makeTempDir, runCli, runProcess, secretToken, writeFiles } from './run-cli.js';

describe.concurrent('flag values and their ranges', () => {
  it('takes --verify-timeout and --verify-cache-ttl in seconds, and refuses values out of range naming the flag', async () => {
    const dir = makeTempDir('monime-guard-messages-verify-');
    writeFiles(dir, { 'a.txt': 'nothing here\n' });
    const cases: [string[], string][] = [
      [['--verify-timeout', '10000'], '--verify-timeout 10000: expected a number of seconds above 0 and at most 300'],
      [['--verify-timeout', '0'], '--verify-timeout 0: expected a number of seconds above 0 and at most 300'],
      [['--verify-cache-ttl', '2592001'], '--verify-cache-ttl 2592001: expected a number of seconds above 0 and at most 2592000'],
    ];
    for (const [flags, message] of cases) {
      const run = await runCli(['scan', '.', '--verify', ...flags], { cwd: dir });
      expect(run.status).toBe(2);
      expect(linesOf(run.stderr)).toEqual([`monime-guard: ${message}`]);
    }
    // The largest values accepted: nothing is sent, as the directory holds no token.
    const most = await runCli(['scan', '.', '--verify', '--verify-timeout', '300', '--verify-cache-ttl', '2592000', '--no-verify-cache'], { cwd: dir });
    expect(most.status).toBe(0);
  });
});

describe.concurrent('typos and missing values', () => {
  const dir = (): string => makeTempDir('monime-guard-messages-usage-');

  it('answers a misspelt command with the nearest one, and an unknown one with the list', async () => {
    const typo = await runCli(['scna', '.'], { cwd: dir() });
    expect(typo.status).toBe(2);
    expect(linesOf(typo.stderr)).toEqual(['monime-guard: unknown command scna; did you mean scan? (see --help)']);
    const unknown = await runCli(['frobnicate'], { cwd: dir() });
    expect(unknown.status).toBe(2);
    expect(linesOf(unknown.stderr)).toEqual([
      'monime-guard: unknown command frobnicate; the commands are scan, baseline, history, staged, pre-push, bundle, iac, github, merge or install-hooks (see --help)',
    ]);
  });

  it('answers a misspelt flag with the nearest flag of that command, on the hooks’ fast path too', async () => {
    for (const [args, line] of [
      [['scan', '.', '--formt', 'json'], 'monime-guard: unknown flag --formt; did you mean --format? (see --help)'],
      [['scan', '.', '--no-colr'], 'monime-guard: unknown flag --no-colr; did you mean --no-color? (see --help)'],
      // `staged` and `pre-push` are read without yargs when their flags are the hooks' own.
      [['staged', '--qiet'], 'monime-guard: unknown flag --qiet; did you mean --quiet? (see --help)'],
      [['pre-push', '--pre-comit-framework'], 'monime-guard: unknown flag --pre-comit-framework; did you mean --pre-commit-framework? (see --help)'],
    ] as const) {
      const run = await runCli(args, { cwd: dir() });
      expect(run.status, args.join(' ')).toBe(2);
      expect(linesOf(run.stderr)).toEqual([line]);
    }
  });

  it('says --fail-on (or any flag that takes a value) needs a value and lists the values, and names the nearest for a misspelt one', async () => {
    for (const args of [
      ['scan', '.', '--fail-on'],
      ['scan', '--fail-on', '--quiet', '.'],
    ]) {
      const run = await runCli(args, { cwd: dir() });
      expect(run.status).toBe(2);
      expect(linesOf(run.stderr)).toEqual(['monime-guard: --fail-on needs a value: live, test, any, none or active (see --help)']);
    }
    // Any flag that takes a value: without one, yargs would use the default (`--format` alone is text) or ''.
    for (const [args, line] of [
      [['scan', '.', '--format'], 'monime-guard: --format needs a value: text, json, sarif, github, markdown or html (see --help)'],
      [['scan', '-o', '--quiet', '.'], 'monime-guard: -o needs a value (see --help)'],
      [['history', '--since'], 'monime-guard: --since needs a value (see --help)'],
      [['staged', '--fail-on'], 'monime-guard: --fail-on needs a value: live, test, any, none or active (see --help)'],
    ] as const) {
      const run = await runCli(args, { cwd: dir() });
      expect(run.status, args.join(' ')).toBe(2);
      expect(linesOf(run.stderr)).toEqual([line]);
    }
    const typo = await runCli(['scan', '.', '--fail-on', 'lve'], { cwd: dir() });
    expect(linesOf(typo.stderr)).toEqual(['monime-guard: --fail-on lve: expected live, test, any, none or active; did you mean live? (see --help)']);
  });
});

describe.concurrent('merge --quiet', () => {
  it('prints nothing but errors: the exit code is the verdict', async () => {
    const dir = makeTempDir('monime-guard-messages-merge-');
    writeFiles(dir, { 'app.env': `MONIME_TOKEN=${secretToken('test')}\n` });
    const scan = await runCli(['scan', 'app.env', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    expect(scan.status).toBe(1);
    const quiet = await runCli(['merge', 'report.json', '--quiet'], { cwd: dir });
    expect(quiet).toMatchObject({ status: 1, stdout: '', stderr: '' });
    const below = await runCli(['merge', 'report.json', '--quiet', '--fail-on', 'live'], { cwd: dir });
    expect(below).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const missing = await runCli(['merge', 'missing.json', '--quiet'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(linesOf(missing.stderr)).toHaveLength(1);
  });
});

describe.concurrent('hook advice', () => {
  it('pre-push: a token a later commit deletes is to be rewritten out, not called leaked', async () => {
    const dir = makeTempDir('monime-guard-messages-push-');
    initRepo(dir);
    writeFiles(dir, { 'README.md': 'shop\n' });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'init']);
    const remote = git(dir, ['rev-parse', 'HEAD']).trim();
    writeFiles(dir, { 'pay.js': `const key = '${secretToken('live')}';\n` });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'pay']);
    git(dir, ['rm', '-q', 'pay.js']);
    git(dir, ['commit', '-qm', 'remove the key']);
    const local = git(dir, ['rev-parse', 'HEAD']).trim();
    const input = `refs/heads/main ${local} refs/heads/main ${remote}\n`;
    const run = await runCli(['pre-push', 'origin', 'https://example.invalid/shop.git', '--no-color'], { cwd: dir, input });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('a later commit deletes it, but the push would still send this commit: rewrite the commits before pushing');
    expect(run.stdout).toContain('Remove the token from the commits that add it (git rebase -i');
    expect(run.stdout).not.toMatch(/un-leak|in history only/);
    const json = await runCli(['pre-push', 'origin', 'https://example.invalid/shop.git', '--format', 'json'], { cwd: dir, input });
    expect(JSON.parse(json.stdout).findings[0].git).toMatchObject({ historyOnly: true, unpushed: true });
    // `history` of the same commits, after the fact, still says to revoke.
    const history = await runCli(['history', '--no-color'], { cwd: dir });
    expect(history.stdout).toContain('in history only: revoke it');
  });

  it('staged: a client-prefixed variable is to hold no token, not to move to a git-ignored .env', async () => {
    const dir = makeTempDir('monime-guard-messages-staged-');
    initRepo(dir);
    writeFiles(dir, { '.env': `VITE_MONIME_API_KEY=${secretToken('live')}\n`, 'server.env': `MONIME_ACCESS_TOKEN=${secretToken('live')}\n` });
    git(dir, ['add', '.env']);
    const client = await runCli(['staged', '--no-color'], { cwd: dir });
    expect(client.status).toBe(1);
    expect(client.stdout).toContain('client-exposed-token');
    expect(client.stdout).toContain('is built into the client bundle even from a git-ignored .env, so it must hold no token at all');
    expect(client.stdout).not.toContain('read the token from the environment or a git-ignored .env');
    git(dir, ['rm', '-q', '--cached', '.env']);
    git(dir, ['add', 'server.env']);
    const server = await runCli(['staged', '--no-color'], { cwd: dir });
    expect(server.status).toBe(1);
    expect(server.stdout).toContain('read the token from the environment or a git-ignored .env instead');
  });
});

describe.concurrent('the Node.js version message', () => {
  it('names the binary that runs, not the node on PATH', async () => {
    // The running Node.js made to report an old version before the entry point reads it.
    const old = 'data:text/javascript,Object.defineProperty(process,"versions",{value:{...process.versions,node:"18.20.8"}})';
    const run = await runProcess(process.execPath, ['--import', old, CLI_ENTRY, 'scan', '.'], { cwd: makeTempDir('monime-guard-messages-node-') });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toEqual([
      `monime-guard: Node.js 18.20.8 is too old; monime-guard needs Node.js 20.19 or newer (the Node.js running it is ${process.execPath})`,
    ]);
  });
});

describe('warnings', () => {
  it('are said once: on stderr, and a text report on stdout only counts them', async () => {
    const dir = makeTempDir('monime-guard-messages-warnings-');
    const directive = ['monime-guard', 'ignore'].join('-');
    writeFiles(dir, { 'a.py': `x = 1  # ${directive} live-tokn -- stale\n` });
    const run = await runCli(['scan', '.', '--no-color'], { cwd: dir });
    expect(run.status).toBe(0);
    const said = 'a.py:1: monime-guard-ignore names live-tokn, which is no rule; did you mean live-token? It suppresses nothing.';
    expect(linesOf(run.stderr)).toEqual([`monime-guard: warning: ${said}`]);
    expect(run.stdout).not.toContain(said);
    expect(run.stdout).toContain('1 warning');
    // Written to a file, the report lists it, as the reader of the file saw no stderr.
    await runCli(['scan', '.', '--no-color', '-o', 'report.txt'], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain(said);
  });

  it('leave out a tracked file deleted from the work tree: it is not there to scan, nor did it disappear', async () => {
    const dir = makeTempDir('monime-guard-messages-deleted-');
    initRepo(dir);
    writeFiles(dir, { 'old.js': 'const a = 1;\n', 'new.js': `const key = '${secretToken('test')}';\n` });
    git(dir, ['add', 'old.js']);
    git(dir, ['commit', '-qm', 'old']);
    fs.rmSync(path.join(dir, 'old.js'));
    const run = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { path: string }[]; warnings: unknown[] };
    expect(report.findings.map((f) => f.path)).toEqual(['new.js']);
    expect(report.warnings).toEqual([]);
  });

  it('the README quick start, scan . on this repository with no --config, is clean', { timeout: 120_000 }, async () => {
    const run = await runCli(['scan', '.'], { cwd: REPO_ROOT, timeoutMs: 110_000 });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^No findings; none at or above --fail-on any\nScanned \d+ files .*, 0 warnings,/);
    expect(run.status).toBe(0);
  });
});
