/**
 * `install-hooks` in repositories whose git hooks a hook manager runs, each the real tool from
 * npm: under husky it adds its line to husky's own files (never renaming or replacing them) and
 * takes it out again with `--uninstall`; under lefthook and simple-git-hooks it changes nothing
 * and prints the configuration to add, which the test then applies as a user would.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectNoSecrets, git, initRepo, linesOf, makeTempDir, runCli, runProcess, secretToken, writeFiles } from '../cli/run-cli.js';
import { HOOK_TOOLS, hookToolModules } from '../support/hook-tools.js';

/** A repository with the hook tools in node_modules, a package.json and a bare remote. */
function project(manifest: Record<string, unknown> = {}): { dir: string; remote: string } {
  const modules = hookToolModules();
  const dir = makeTempDir('monime-guard-managed-');
  initRepo(dir);
  git(dir, ['checkout', '-q', '-b', 'main']);
  fs.symlinkSync(modules, path.join(dir, 'node_modules'));
  writeFiles(dir, { '.gitignore': 'node_modules\n', 'package.json': `${JSON.stringify({ name: 'app', private: true, ...manifest }, null, 2)}\n` });
  const remote = makeTempDir('monime-guard-managed-remote-');
  git(remote, ['init', '-q', '--bare']);
  git(dir, ['remote', 'add', 'origin', remote]);
  return { dir, remote };
}

async function run(dir: string, command: string, args: readonly string[]) {
  const result = await runProcess(command, args, { cwd: dir, timeoutMs: 120_000 });
  const output = result.stdout + result.stderr;
  expectNoSecrets(output, `${command} ${args.join(' ')}`);
  return { ...result, output };
}

/** A commit that adds a token is stopped, a clean one goes through, and so for pushes. */
async function expectHooksWork(dir: string): Promise<void> {
  writeFiles(dir, { 'src/pay.js': `export const key = '${secretToken('live')}';\n` });
  git(dir, ['add', '-A']);
  const blocked = await run(dir, 'git', ['commit', '-m', 'payments']);
  expect(blocked.status, blocked.output).toBe(1);
  expect(blocked.output).toContain('The commit was stopped before it was made');
  writeFiles(dir, { 'src/pay.js': 'export const key = process.env.MONIME_ACCESS_TOKEN;\n' });
  git(dir, ['add', '-A']);
  const clean = await run(dir, 'git', ['commit', '-m', 'payments from the environment']);
  expect(clean.status, clean.output).toBe(0);
  const pushed = await run(dir, 'git', ['push', 'origin', 'main']);
  expect(pushed.status, pushed.output).toBe(0);
  writeFiles(dir, { 'deploy.env': `MONIME_ACCESS_TOKEN=${secretToken('test')}\n` });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--no-verify', '-m', 'deploy']);
  const push = await run(dir, 'git', ['push', 'origin', 'main']);
  expect(push.status, push.output).toBe(1);
  expect(push.output).toContain('The push was stopped');
  git(dir, ['reset', '-q', '--hard', 'HEAD~1']);
}

describe(`install-hooks under hook managers (husky ${HOOK_TOOLS.husky}, lefthook ${HOOK_TOOLS.lefthook}, simple-git-hooks ${HOOK_TOOLS['simple-git-hooks']})`, () => {
  it("husky: adds its line to the user's .husky files, keeps theirs running, is idempotent, and --uninstall takes it out", { timeout: 300_000 }, async () => {
    const { dir } = project({ devDependencies: { husky: HOOK_TOOLS.husky } });
    expect((await run(dir, 'npx', ['--no-install', 'husky', 'init'])).status).toBe(0);
    // The user's own pre-commit line (husky init writes `npm test`).
    writeFiles(dir, { '.husky/pre-commit': 'echo ran >> .git/user-hook-ran\n' });
    const installed = await runCli(['install-hooks'], { cwd: dir });
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stdout).toBe('pre-commit: added a line to .husky/pre-commit (husky runs it)\npre-push: created .husky/pre-push (husky runs it)\n');
    const hook = fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8');
    expect(hook).toMatch(/^monime-guard staged --quiet # added by monime-guard install-hooks/);
    expect(hook).toContain('echo ran >> .git/user-hook-ran\n');
    expect(fs.readdirSync(path.join(dir, '.husky')).sort()).toEqual(['_', 'pre-commit', 'pre-push']);
    const again = await runCli(['install-hooks'], { cwd: dir });
    expect(again.stdout).toBe('pre-commit: already in .husky/pre-commit (husky runs it)\npre-push: already in .husky/pre-push (husky runs it)\n');
    expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toBe(hook);

    await expectHooksWork(dir);
    // The user's line ran for the clean commit.
    expect(fs.readFileSync(path.join(dir, '.git/user-hook-ran'), 'utf8')).toBe('ran\n');

    const chain = await runCli(['install-hooks', '--chain'], { cwd: dir });
    expect(chain.status).toBe(2);
    expect(linesOf(chain.stderr)).toEqual([
      "monime-guard: --chain does not apply here: husky runs this repository's git hooks (.husky), and monime-guard works through it",
    ]);

    const removed = await runCli(['install-hooks', '--uninstall'], { cwd: dir });
    expect(removed.stdout).toBe('pre-commit: removed from .husky/pre-commit (husky runs it)\npre-push: removed from .husky/pre-push (husky runs it)\n');
    expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toBe('echo ran >> .git/user-hook-ran\n');
    expect(fs.existsSync(path.join(dir, '.husky/pre-push'))).toBe(false);
    writeFiles(dir, { 'later.js': `export const key = '${secretToken('test')}';\n` });
    git(dir, ['add', '-A']);
    expect((await run(dir, 'git', ['commit', '-m', 'no check any more'])).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.git/user-hook-ran'), 'utf8')).toBe('ran\nran\n');
  });

  it(
    'husky, lefthook, simple-git-hooks: refuse when the project does not have monime-guard, naming the install command, and write nothing',
    { timeout: 300_000 },
    async () => {
      const modules = hookToolModules();
      const dir = makeTempDir('monime-guard-managed-');
      initRepo(dir);
      git(dir, ['checkout', '-q', '-b', 'main']);
      // husky alone in node_modules, as `npm install --save-dev husky` leaves it.
      fs.mkdirSync(path.join(dir, 'node_modules/.bin'), { recursive: true });
      fs.symlinkSync(path.join(modules, 'husky'), path.join(dir, 'node_modules/husky'));
      fs.symlinkSync('../husky/bin.js', path.join(dir, 'node_modules/.bin/husky'));
      const manifest = { name: 'app', private: true, devDependencies: { husky: HOOK_TOOLS.husky } };
      writeFiles(dir, { '.gitignore': 'node_modules\n', 'package.json': `${JSON.stringify(manifest, null, 2)}\n` });
      expect((await run(dir, 'npx', ['--no-install', 'husky', 'init'])).status).toBe(0);
      const before = fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8');
      const refused = await runCli(['install-hooks'], { cwd: dir });
      expect(refused.status).toBe(2);
      expect(linesOf(refused.stderr)).toEqual([
        "monime-guard: package.json does not list monime-guard and node_modules/.bin has none, so husky's hooks could not run it: install it with `npm install --save-dev git+https://github.com/monime-guard/monime-guard.git`, then run install-hooks again",
      ]);
      expect(fs.readdirSync(path.join(dir, '.husky')).sort()).toEqual(['_', 'pre-commit']);
      expect(fs.readFileSync(path.join(dir, '.husky/pre-commit'), 'utf8')).toBe(before);
      // Taking monime-guard's lines out needs no monime-guard in the project.
      expect((await runCli(['install-hooks', '--uninstall'], { cwd: dir })).status).toBe(0);

      // Listed in package.json, as the install command leaves it: the lines go in (npm install puts it in node_modules).
      writeFiles(dir, {
        'package.json': `${JSON.stringify({ ...manifest, devDependencies: { ...manifest.devDependencies, 'monime-guard': 'github:monime-guard/monime-guard' } }, null, 2)}\n`,
      });
      expect((await runCli(['install-hooks'], { cwd: dir })).status).toBe(0);

      for (const [file, text] of [
        ['lefthook.yml', 'pre-commit:\n  commands: {}\n'],
        ['.simple-git-hooks.json', '{}\n'],
      ] as const) {
        const other = makeTempDir('monime-guard-managed-');
        initRepo(other);
        writeFiles(other, { [file]: text, 'package.json': '{ "name": "app", "private": true }\n' });
        const printed = await runCli(['install-hooks'], { cwd: other });
        expect(printed.status).toBe(2);
        expect(printed.stdout).toBe('');
        expect(printed.stderr).toContain(`could not run it: install it with \`npm install --save-dev git+https://github.com/monime-guard/monime-guard.git\``);
      }
    },
  );

  it('lefthook: changes nothing and prints the configuration, which works once added', { timeout: 300_000 }, async () => {
    const { dir } = project({ devDependencies: { lefthook: HOOK_TOOLS.lefthook } });
    const config = 'post-commit:\n  commands:\n    note:\n      run: echo committed >> .git/user-hook-ran\n';
    writeFiles(dir, { 'lefthook.yml': config });
    expect((await run(dir, 'npx', ['--no-install', 'lefthook', 'install'])).status).toBe(0);
    const hooksBefore = fs.readdirSync(path.join(dir, '.git/hooks')).sort();
    const printed = await runCli(['install-hooks'], { cwd: dir });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain(
      "lefthook runs this repository's git hooks, so monime-guard leaves its files alone. Nothing was installed: add this to lefthook.yml, then run `npx lefthook install`:",
    );
    expect(fs.readFileSync(path.join(dir, 'lefthook.yml'), 'utf8')).toBe(config);
    expect(fs.readdirSync(path.join(dir, '.git/hooks')).sort()).toEqual(hooksBefore);
    const snippet = printed.stdout.split('\n\n')[1]!;
    expect(snippet).toBe(
      [
        'pre-commit:',
        '  commands:',
        '    monime-guard:',
        '      run: npx --no-install monime-guard staged --quiet',
        'pre-push:',
        '  commands:',
        '    monime-guard:',
        '      run: npx --no-install monime-guard pre-push --quiet',
        '      use_stdin: true',
      ].join('\n'),
    );
    fs.appendFileSync(path.join(dir, 'lefthook.yml'), `${snippet}\n`);
    expect((await run(dir, 'npx', ['--no-install', 'lefthook', 'install'])).status).toBe(0);
    await expectHooksWork(dir);
    expect(fs.readFileSync(path.join(dir, '.git/user-hook-ran'), 'utf8')).toContain('committed');
  });

  it('simple-git-hooks: changes nothing and prints the package.json entry, which works once added', { timeout: 300_000 }, async () => {
    const manifest = {
      devDependencies: { 'simple-git-hooks': HOOK_TOOLS['simple-git-hooks'] },
      'simple-git-hooks': { 'post-commit': 'echo committed >> .git/user-hook-ran' },
    };
    const { dir } = project(manifest);
    const before = fs.readFileSync(path.join(dir, 'package.json'), 'utf8');
    const printed = await runCli(['install-hooks'], { cwd: dir });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain(
      "simple-git-hooks runs this repository's git hooks, so monime-guard leaves its files alone. Nothing was installed: add this to package.json, then run `npx simple-git-hooks`:",
    );
    expect(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).toBe(before);
    const entry = JSON.parse(printed.stdout.split('\n\n')[1]!) as { 'simple-git-hooks': Record<string, string> };
    expect(entry).toEqual({
      'simple-git-hooks': { 'pre-commit': 'npx --no-install monime-guard staged --quiet', 'pre-push': 'npx --no-install monime-guard pre-push --quiet' },
    });
    // Merged into package.json as a user would.
    writeFiles(dir, {
      'package.json': `${JSON.stringify({ ...JSON.parse(before), 'simple-git-hooks': { ...manifest['simple-git-hooks'], ...entry['simple-git-hooks'] } }, null, 2)}\n`,
    });
    expect((await run(dir, 'npx', ['--no-install', 'simple-git-hooks'])).status).toBe(0);
    await expectHooksWork(dir);
    expect(fs.readFileSync(path.join(dir, '.git/user-hook-ran'), 'utf8')).toContain('committed');
  });

  it('without a manager: --uninstall removes its hooks and puts back what they chained', async () => {
    const dir = makeTempDir('monime-guard-plain-hooks-');
    initRepo(dir);
    writeFiles(dir, { '.git/hooks/pre-commit': '#!/bin/sh\necho mine\n' });
    fs.chmodSync(path.join(dir, '.git/hooks/pre-commit'), 0o755);
    expect((await runCli(['install-hooks', '--chain'], { cwd: dir })).status).toBe(0);
    const removed = await runCli(['install-hooks', '--uninstall'], { cwd: dir });
    expect(removed.stdout).toBe(
      'pre-commit: removed .git/hooks/pre-commit; the hook it chained is back in its place\npre-push: removed from .git/hooks/pre-push\n',
    );
    expect(fs.readFileSync(path.join(dir, '.git/hooks/pre-commit'), 'utf8')).toBe('#!/bin/sh\necho mine\n');
    expect(fs.existsSync(path.join(dir, '.git/hooks/pre-push'))).toBe(false);
    const nothing = await runCli(['install-hooks', '--uninstall'], { cwd: dir });
    expect(nothing.stdout).toBe("pre-commit: nothing of monime-guard's in .git/hooks/pre-commit\npre-push: nothing of monime-guard's in .git/hooks/pre-push\n");
  });
});
