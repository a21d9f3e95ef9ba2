/**
 * What a hook run says when it cannot do its job: outside a repository, before the first commit,
 * or under a Node.js too old for it. One clear line and exit 2, never a stack trace; and the
 * command line on the Node.js that GitHub gives `node24` actions.
 */
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, git, initRepo, linesOf, makeTempDir, runCli, runProcess, secretToken, stackLines, writeFiles } from '../cli/run-cli.js';
import { canRunNodeBuilds, nodeRelease } from '../support/node-runtime.js';

describe('hook commands given what they cannot work with', () => {
  it('staged and pre-push outside a git repository: one line naming the directory, exit 2', async () => {
    const plain = makeTempDir('monime-guard-plain-');
    for (const args of [['staged'], ['pre-push', '--pre-commit-framework']]) {
      const run = await runCli(args, { cwd: plain });
      expect(run.status).toBe(2);
      expect(stackLines(run.stderr)).toEqual([]);
      expect(linesOf(run.stderr)).toEqual([`monime-guard: ${plain}: not a git repository (or any of its parents)`]);
    }
  });

  it('before the first commit: staged scans what the first commit would hold; pre-push says there is nothing to push', async () => {
    const dir = makeTempDir('monime-guard-empty-');
    initRepo(dir);
    writeFiles(dir, { 'first.env': `MONIME_ACCESS_TOKEN=${secretToken('live')}\n` });
    git(dir, ['add', '-A']);
    const staged = await runCli(['staged', '--quiet'], { cwd: dir });
    expect(staged.status).toBe(1);
    expect(staged.stdout).toContain('first.env');
    const push = await runCli(['pre-push', '--pre-commit-framework'], { cwd: dir });
    expect(push.status).toBe(2);
    expect(linesOf(push.stderr)).toEqual(['monime-guard: pre-push: the repository has no commits yet, so there is nothing to push']);
  });

  it('inside the .git directory: one line saying to run it in the work tree', async () => {
    const dir = makeTempDir('monime-guard-gitdir-');
    initRepo(dir);
    const run = await runCli(['staged'], { cwd: path.join(dir, '.git') });
    expect(run.status).toBe(2);
    expect(linesOf(run.stderr)).toEqual([
      `monime-guard: ${path.join(dir, '.git')}: inside a git directory, not a work tree; run this in the repository's work tree`,
    ]);
  });
});

describe.skipIf(!canRunNodeBuilds)('the command line on other Node.js releases', () => {
  it('under Node.js 18, says it is too old in one line and exits 2, for any command', { timeout: 300_000 }, async () => {
    const node18 = nodeRelease('18.20.8');
    const dir = makeTempDir('monime-guard-node18-');
    initRepo(dir);
    for (const args of [['staged', '--quiet'], ['--version'], ['scan', '.']]) {
      const run = await runProcess(node18, [CLI_ENTRY, ...args], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(linesOf(run.stderr)).toEqual([
        `monime-guard: Node.js 18.20.8 is too old; monime-guard needs Node.js 20.19 or newer (the Node.js running it is ${node18})`,
      ]);
    }
  });

  it('under Node.js 24 (what GitHub gives node24 actions), stops a staged token', { timeout: 300_000 }, async () => {
    const node24 = nodeRelease('24.11.1');
    const dir = makeTempDir('monime-guard-node24-');
    initRepo(dir);
    writeFiles(dir, { 'app.js': `const key = '${secretToken('test')}';\n` });
    git(dir, ['add', '-A']);
    const version = await runProcess(node24, [CLI_ENTRY, '--version'], { cwd: dir });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    const staged = await runProcess(node24, [CLI_ENTRY, 'staged', '--format', 'json'], { cwd: dir });
    expect(staged.status).toBe(1);
    expect(JSON.parse(staged.stdout).findings.map((f: { path: string }) => f.path)).toEqual(['app.js']);
  });
});
