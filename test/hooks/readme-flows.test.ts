/**
 * The docs' set-up blocks (hooks, ESLint), run as they are in fresh projects: `npm init -y`, `git init`, this
 * repository "cloned next to it" (a link to it), then the blocks through `sh -e`, installing the
 * tools from npm. The husky and lint-staged block is followed by real commits and a real push;
 * the ESLint blocks by a real lint.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets, git, initRepo, makeTempDir, REPO_ROOT, runProcess, secretToken, writeFiles } from '../cli/run-cli.js';
import { markedBlocks } from '../support/doc-blocks.js';

/** A fresh project next to a link to this repository, as `npm init -y` and `git init` make it. */
async function freshProject(prefix: string): Promise<string> {
  const parent = makeTempDir(prefix);
  fs.symlinkSync(REPO_ROOT, path.join(parent, 'monime-guard'));
  const dir = path.join(parent, 'my-app');
  fs.mkdirSync(dir);
  initRepo(dir);
  git(dir, ['checkout', '-q', '-b', 'main']);
  const init = await runProcess('npm', ['init', '-y'], { cwd: dir, timeoutMs: 60_000 });
  expect(init.status, init.stderr).toBe(0);
  writeFiles(dir, { '.gitignore': 'node_modules\n' });
  return dir;
}

describe("the README's husky and lint-staged block, in a fresh project", () => {
  let dir: string;

  async function run(command: string, args: readonly string[]) {
    const result = await runProcess(command, args, { cwd: dir, timeoutMs: 300_000 });
    const output = result.stdout + result.stderr;
    expectNoSecrets(output, `${command} ${args.join(' ')}`);
    return { ...result, output };
  }

  beforeAll(async () => {
    dir = await freshProject('monime-guard-readme-');
    const [block] = markedBlocks('docs/commands/install-hooks.md', 'test/hooks/readme-flows.test.ts', 1);
    const ran = await run('sh', ['-e', '-c', block!.text]);
    expect(ran.status, ran.output).toBe(0);
  }, 600_000);

  it('runs lint-staged, stops a commit that adds a token, and lets a clean one through', async () => {
    writeFiles(dir, { 'src/broken.js': 'const = ;\n' });
    git(dir, ['add', '-A']);
    const lint = await run('git', ['commit', '-m', 'broken']);
    expect(lint.status).toBe(1);
    expect(lint.output).toContain('node --check');
    writeFiles(dir, { 'src/broken.js': 'exports.fine = 1;\n', 'src/pay.js': `exports.key = '${secretToken('live')}';\n` });
    git(dir, ['add', '-A']);
    const blocked = await run('git', ['commit', '-m', 'payments']);
    expect(blocked.status).toBe(1);
    expect(blocked.output).toContain('src/pay.js');
    expect(blocked.output).toContain('The commit was stopped before it was made');
    writeFiles(dir, { 'src/pay.js': 'exports.key = process.env.MONIME_ACCESS_TOKEN;\n' });
    git(dir, ['add', '-A']);
    const clean = await run('git', ['commit', '-m', 'payments from the environment']);
    expect(clean.status, clean.output).toBe(0);
  });

  it('stops a push of a commit holding a token, and lets a clean push through', async () => {
    const remote = makeTempDir('monime-guard-readme-remote-');
    git(remote, ['init', '-q', '--bare']);
    git(dir, ['remote', 'add', 'origin', remote]);
    const clean = await run('git', ['push', 'origin', 'main']);
    expect(clean.status, clean.output).toBe(0);
    writeFiles(dir, { 'deploy.env': `MONIME_ACCESS_TOKEN=${secretToken('test')}\n` });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--no-verify', '-m', 'deploy']);
    const blocked = await run('git', ['push', 'origin', 'main']);
    expect(blocked.status).toBe(1);
    expect(blocked.output).toContain('deploy.env');
    expect(blocked.output).toContain('The push was stopped');
  });
});

describe("the README's ESLint blocks, in a fresh project", () => {
  it('install ESLint and the plugin, and the config as shown reports a token and honours a directive', { timeout: 600_000 }, async () => {
    const dir = await freshProject('monime-guard-readme-eslint-');
    const [install, config, lint] = markedBlocks('docs/eslint.md', 'test/hooks/readme-flows.test.ts', 3);
    expect([install!.language, config!.language, lint!.language]).toEqual(['sh', 'js', 'sh']);
    const installed = await runProcess('sh', ['-e', '-c', install!.text], { cwd: dir, timeoutMs: 300_000 });
    expect(installed.status, installed.stderr).toBe(0);
    // The config block's first line names its file.
    const name = /^\/\/ (\S+)/.exec(config!.text)![1]!;
    writeFiles(dir, {
      [name]: config!.text,
      'src/pay.js': `exports.key = '${secretToken('live')}';\n`,
      'src/sample.js': `exports.key = '${secretToken('test')}'; // monime-guard-ignore test-token -- sandbox sample\n`,
    });
    const linted = await runProcess('sh', ['-e', '-c', lint!.text], { cwd: dir, timeoutMs: 120_000 });
    expectNoSecrets(linted.stdout + linted.stderr, 'npx eslint .');
    expect(linted.status).toBe(1);
    expect(linted.stdout).toContain('monime-guard/no-hardcoded-token');
    expect(linted.stdout).toContain('pay.js');
    expect(linted.stdout).not.toContain('sample.js');
  });
});
