/**
 * Arguments, paths and variables the command line echoes back in errors and warnings pass the
 * output gate: a token typed into any of them is shown masked. `runCli` also checks that no
 * generated token appears whole in stdout or stderr.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { maskOf } from '../support/tokens.js';
import { git, initRepo, makeTempDir, removeDir, runCli, secretToken, writeFiles } from './run-cli.js';

const dir = makeTempDir();
afterAll(() => removeDir(dir));
writeFiles(dir, { 'clean.txt': 'nothing here\n' });

describe.concurrent('echoed arguments are masked', () => {
  it('an unknown command', async () => {
    const token = secretToken('test');
    const run = await runCli([token], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(maskOf(token));
  });

  it('a bad choice and an unknown flag, as the usage message echoes them', async () => {
    const token = secretToken('live');
    const given = await runCli(['scan', '--format', token, '.'], { cwd: dir });
    expect(given.status).toBe(2);
    expect(given.stderr).toContain(`--format ${maskOf(token)}`);
    const flag = await runCli(['scan', `--${token}`, '.'], { cwd: dir });
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('mon_');
  });

  it('-o and --baseline paths, and a path that does not exist', async () => {
    const token = secretToken('test');
    const output = await runCli(['scan', '-o', path.join(dir, 'missing', token, 'r.json'), '.'], { cwd: dir });
    expect(output.status).toBe(2);
    expect(output.stderr).toContain(maskOf(token));
    const baseline = await runCli(['scan', '--baseline', `${token}.json`, '.'], { cwd: dir });
    expect(baseline.status).toBe(2);
    expect(baseline.stderr).toContain(maskOf(token));
    const missing = await runCli(['scan', `./${token}`], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(maskOf(token));
  });

  it('a debug stack trace (MONIME_GUARD_DEBUG)', async () => {
    const token = secretToken('live');
    const run = await runCli(['scan', `./${token}`], { cwd: dir, env: { MONIME_GUARD_DEBUG: '1' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\n\s+at /);
    expect(run.stderr).toContain(maskOf(token));
  });

  it('a FIFO named with a token ("not a regular file")', async () => {
    const token = secretToken('test');
    const fifoDir = makeTempDir();
    try {
      execFileSync('mkfifo', [path.join(fifoDir, token)]);
      const run = await runCli(['scan', token], { cwd: fifoDir });
      expect(run.stderr).toContain(`${maskOf(token)}: not a regular file`);
    } finally {
      removeDir(fifoDir);
    }
  });

  it('a --range ref and PRE_COMMIT_TO_REF', async () => {
    const token = secretToken('test');
    const repo = makeTempDir();
    try {
      initRepo(repo);
      fs.writeFileSync(path.join(repo, 'a.txt'), 'a\n');
      git(repo, ['add', '.']);
      git(repo, ['commit', '-qm', 'a']);
      const range = await runCli(['history', '--range', `${token}..HEAD`], { cwd: repo });
      expect(range.status).toBe(2);
      expect(range.stderr).toContain(maskOf(token));
      const push = await runCli(['pre-push', '--pre-commit-framework'], { cwd: repo, env: { PRE_COMMIT_TO_REF: token, PRE_COMMIT_FROM_REF: 'HEAD' } });
      expect(push.status).toBe(2);
      expect(push.stderr).toContain(maskOf(token));
    } finally {
      removeDir(repo);
    }
  });
});
