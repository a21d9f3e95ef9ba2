/**
 * The README's husky and lint-staged set-up, run with the real tools from npm (husky 9.1.7,
 * lint-staged 16.4.0, the last major that runs on Node.js 20): `npx husky init`, the README's
 * lines in `.husky/pre-commit` and `.husky/pre-push`, then real commits and a real push.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectNoSecrets, git, initRepo, makeTempDir, runProcess, secretToken, writeFiles } from '../cli/run-cli.js';
import { hookToolModules } from '../support/hook-tools.js';

describe('husky and lint-staged, set up as the README says', () => {
  let dir: string;

  async function run(command: string, args: readonly string[]) {
    const result = await runProcess(command, args, { cwd: dir, timeoutMs: 120_000 });
    const output = result.stdout + result.stderr;
    expectNoSecrets(output, `${command} ${args.join(' ')}`);
    return { ...result, output };
  }

  beforeAll(async () => {
    const modules = hookToolModules();
    dir = makeTempDir('monime-guard-husky-');
    initRepo(dir);
    git(dir, ['checkout', '-q', '-b', 'main']);
    fs.symlinkSync(modules, path.join(dir, 'node_modules'));
    writeFiles(dir, {
      '.gitignore': 'node_modules\n',
      'package.json': `${JSON.stringify({ name: 'app', private: true, 'lint-staged': { '*.js': 'node .git/lint-staged-task.cjs' } }, null, 2)}\n`,
      // A lint-staged task that leaves a trace (in .git, where git does not look) of the files it got.
      '.git/lint-staged-task.cjs': "require('fs').appendFileSync(require('path').join(__dirname, 'lint-staged-ran'), process.argv.slice(2).join(' ') + '\\n');\n",
    });
    const init = await run('npx', ['--no-install', 'husky', 'init']);
    expect(init.status, init.output).toBe(0);
    expect(git(dir, ['config', 'core.hooksPath']).trim()).toBe('.husky/_');
    // The README's lines, as a user pastes them.
    writeFiles(dir, {
      '.husky/pre-commit': 'npx --no-install lint-staged\nnpx --no-install monime-guard staged --quiet\n',
      '.husky/pre-push': 'npx --no-install monime-guard pre-push --quiet "$@"\n',
    });
  }, 300_000);

  it('runs lint-staged, then stops a commit that adds a token; lets a clean one through', async () => {
    const ran = path.join(dir, '.git', 'lint-staged-ran');
    writeFiles(dir, { 'src/pay.js': `export const key = '${secretToken('live')}';\n` });
    git(dir, ['add', '-A']);
    const blocked = await run('git', ['commit', '-m', 'payments']);
    expect(blocked.status).toBe(1);
    expect(blocked.output).toContain('src/pay.js');
    expect(blocked.output).toContain('The commit was stopped before it was made');
    expect(fs.readFileSync(ran, 'utf8')).toContain('src/pay.js');
    writeFiles(dir, { 'src/pay.js': 'export const key = process.env.MONIME_ACCESS_TOKEN;\n' });
    git(dir, ['add', '-A']);
    const clean = await run('git', ['commit', '-m', 'payments from the environment']);
    expect(clean.status, clean.output).toBe(0);
  });

  it('stops a push of a commit holding a token, and lets a clean push through', async () => {
    const remote = makeTempDir('monime-guard-husky-remote-');
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
