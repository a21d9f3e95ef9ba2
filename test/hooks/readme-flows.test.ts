/**
 * The README's husky and lint-staged block, run as it is in a fresh project: `npm init -y`,
 * `git init`, this repository "cloned next to it" (a link to it), then each line of the block
 * through `sh -e`, installing husky and lint-staged from npm. Then real commits and a real push.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets, git, initRepo, makeTempDir, REPO_ROOT, runProcess, secretToken, writeFiles } from '../cli/run-cli.js';

/** The shell block that follows the README's marker naming this test. */
function readmeBlock(): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const marker = readme.indexOf('<!-- test/hooks/readme-flows.test.ts runs this block as it is. -->');
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(marker));
  if (marker === -1 || !block) throw new Error('README: the husky and lint-staged block (with its marker) is missing');
  return block[1]!;
}

describe('the README\'s husky and lint-staged block, in a fresh project', () => {
  let dir: string;

  async function run(command: string, args: readonly string[]) {
    const result = await runProcess(command, args, { cwd: dir, timeoutMs: 300_000 });
    const output = result.stdout + result.stderr;
    expectNoSecrets(output, `${command} ${args.join(' ')}`);
    return { ...result, output };
  }

  beforeAll(async () => {
    const parent = makeTempDir('monime-guard-readme-');
    fs.symlinkSync(REPO_ROOT, path.join(parent, 'monime-guard'));
    dir = path.join(parent, 'my-app');
    fs.mkdirSync(dir);
    initRepo(dir);
    git(dir, ['checkout', '-q', '-b', 'main']);
    expect((await run('npm', ['init', '-y'])).status).toBe(0);
    writeFiles(dir, { '.gitignore': 'node_modules\n' });
    const block = await run('sh', ['-e', '-c', readmeBlock()]);
    expect(block.status, block.output).toBe(0);
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
