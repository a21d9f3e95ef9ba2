/**
 * The git commands driven through the built CLI as a user would: real repositories, hooks
 * installed by `install-hooks`, a real `git commit` and a real `git push` to a local bare remote.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { cliEnv, expectNoSecrets, git, initRepo, linesOf, makeTempDir, runCli, runJson, secretToken, stackLines, writeFiles } from './run-cli.js';

/** Runs git and returns its status and output instead of throwing, so blocked commits can be checked. */
function tryGit(cwd: string, args: readonly string[]): { status: number | null; output: string } {
  const r = spawnSync('git', args, { cwd, env: cliEnv(), encoding: 'utf8', timeout: 60_000 });
  const output = `${r.stdout}${r.stderr}`;
  expectNoSecrets(output, `git ${args.join(' ')}`);
  return { status: r.status, output };
}

function newRepo(): string {
  const dir = makeTempDir('monime-guard-git-cli-');
  initRepo(dir);
  git(dir, ['checkout', '-q', '-b', 'main']);
  return dir;
}

describe.concurrent('history, staged and pre-push through the CLI', () => {
  it('history reports the introducing commit in every format, and exits 1', async () => {
    const dir = newRepo();
    writeFiles(dir, { 'app.js': `const k = '${secretToken('live')}';\n` });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'add']);
    const commit = git(dir, ['rev-parse', 'HEAD']).trim();
    const { run, report } = await runJson(['history'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(reportErrors(report)).toEqual([]);
    expect(report.findings[0]).toMatchObject({ path: 'app.js', git: { commit, source: 'blob', historyOnly: false } });
    const sarif = await runCli(['history', '--format', 'sarif'], { cwd: dir });
    expect(sarifErrors(JSON.parse(sarif.stdout))).toEqual([]);
    const text = await runCli(['history', '--no-color'], { cwd: dir });
    expect(text.stdout).toContain(`in commit ${commit.slice(0, 12)}`);
  });

  it('fails with one line and exit 2 outside a repository or on a bad range', async () => {
    const plain = makeTempDir('monime-guard-plain-');
    const outside = await runCli(['history'], { cwd: plain });
    expect(outside.status).toBe(2);
    expect(linesOf(outside.stderr)).toEqual([`monime-guard: ${plain}: not a git repository (or any of its parents)`]);
    const dir = newRepo();
    git(dir, ['commit', '-q', '--allow-empty', '-m', 'one']);
    const range = await runCli(['history', '--range', 'nope..HEAD'], { cwd: dir });
    expect(range.status).toBe(2);
    expect(stackLines(range.stderr)).toEqual([]);
    expect(linesOf(range.stderr)).toEqual(['monime-guard: --range: unknown revision nope']);
    const noGit = await runCli(['staged'], {
      cwd: dir,
      env: { PATH: path.dirname(process.execPath) === '/usr/bin' ? makeTempDir('monime-guard-path-') : path.dirname(process.execPath) },
    });
    expect(noGit.status).toBe(2);
    expect(linesOf(noGit.stderr)).toEqual(['monime-guard: git is not installed or not on PATH: install git to scan repositories']);
    const push = await runCli(['pre-push'], { cwd: dir, input: 'garbage\n' });
    expect(push.status).toBe(2);
    expect(linesOf(push.stderr)).toHaveLength(1);
  });

  it('an installed pre-commit hook blocks a real commit that adds a token and lets a clean one through', async () => {
    const dir = newRepo();
    const install = await runCli(['install-hooks', '--pre-commit'], { cwd: dir });
    expect(install.status).toBe(0);
    expect(install.stdout).toBe('pre-commit: created .git/hooks/pre-commit\n');
    writeFiles(dir, { 'settings.env': `MONIME_TOKEN=${secretToken('live')}\n` });
    git(dir, ['add', '-A']);
    const blocked = tryGit(dir, ['commit', '-m', 'leak']);
    expect(blocked.status).toBe(1);
    expect(blocked.output).toContain('settings.env');
    expect(blocked.output).toContain('git restore --staged');
    expect(tryGit(dir, ['rev-parse', '--verify', '-q', 'HEAD']).status).not.toBe(0);
    git(dir, ['rm', '-q', '--cached', 'settings.env']);
    writeFiles(dir, { 'clean.txt': 'nothing secret\n' });
    git(dir, ['add', 'clean.txt']);
    const clean = tryGit(dir, ['commit', '-q', '-m', 'clean']);
    expect(clean.status).toBe(0);
    expect(clean.output).toBe('');
  });

  it('an installed pre-push hook blocks a real push of a token to a local bare remote', async () => {
    const remote = makeTempDir('monime-guard-remote-');
    git(remote, ['init', '-q', '--bare']);
    const dir = newRepo();
    git(dir, ['remote', 'add', 'origin', remote]);
    writeFiles(dir, { 'README.md': 'hi\n' });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'readme']);
    expect((await runCli(['install-hooks', '--pre-push'], { cwd: dir })).status).toBe(0);
    expect(tryGit(dir, ['push', '-q', 'origin', 'main']).status).toBe(0);
    writeFiles(dir, { 'deploy.sh': `export T=${secretToken('test')}\n` });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'deploy']);
    const blocked = tryGit(dir, ['push', 'origin', 'main']);
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toContain('deploy.sh');
    expect(git(remote, ['rev-list', '--count', 'main']).trim()).toBe('1');
  });

  it('install-hooks respects core.hooksPath, keeps foreign hooks unless --force, and chains them on request', async () => {
    const dir = newRepo();
    git(dir, ['config', 'core.hooksPath', '.githooks']);
    writeFiles(dir, { '.githooks/pre-commit': '#!/bin/sh\necho foreign hook ran\n' });
    fs.chmodSync(path.join(dir, '.githooks/pre-commit'), 0o755);
    const refused = await runCli(['install-hooks'], { cwd: dir });
    expect(refused.status).toBe(2);
    expect(linesOf(refused.stderr)).toEqual([expect.stringMatching(/\.githooks\/pre-commit exists and was not written by monime-guard: pass --chain/)]);
    expect(fs.readFileSync(path.join(dir, '.githooks/pre-commit'), 'utf8')).toContain('foreign hook ran');
    const chained = await runCli(['install-hooks', '--pre-commit', '--chain'], { cwd: dir });
    expect(chained.status).toBe(0);
    expect(chained.stdout).toContain('chained .githooks/pre-commit');
    writeFiles(dir, { 'ok.txt': 'ok\n' });
    git(dir, ['add', '-A']);
    const commit = tryGit(dir, ['commit', '-m', 'ok']);
    expect(commit.status).toBe(0);
    expect(commit.output).toContain('foreign hook ran');
    // Reinstalling updates its own hook and keeps the chain.
    const again = await runCli(['install-hooks', '--pre-commit'], { cwd: dir });
    expect(again.stdout).toBe('pre-commit: updated .githooks/pre-commit\n');
    expect(fs.readFileSync(path.join(dir, '.githooks/pre-commit'), 'utf8')).toContain('pre-commit.before-monime-guard');
    const forced = await runCli(['install-hooks', '--pre-push', '--force'], { cwd: dir });
    expect(forced.status).toBe(0);
  });
});
