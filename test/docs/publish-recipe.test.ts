/**
 * The `prepublishOnly` recipe of docs/commands/scan.md, run as npm runs it, in a package that holds
 * a token and in one that does not: the first stops before publishing, naming the token's place
 * inside the tarball; the second passes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, expectNoSecrets, makeTempDir, REPO_ROOT, runProcess, secretToken, writeFiles } from '../cli/run-cli.js';

/** The recipe's script, as the page gives it. */
function recipe(): string {
  const page = fs.readFileSync(path.join(REPO_ROOT, 'docs/commands/scan.md'), 'utf8');
  const block = /### Before `npm publish`[\s\S]*?```json\n([\s\S]*?)```/.exec(page);
  expect(block, 'the recipe block').not.toBeNull();
  return (JSON.parse(block![1]!) as { scripts: { prepublishOnly: string } }).scripts.prepublishOnly;
}

/** A package with the recipe, `monime-guard` on the path npm gives scripts, and `index.js` as given. */
function library(index: string): string {
  const dir = makeTempDir('monime-guard-publish-');
  writeFiles(dir, {
    'package.json': `${JSON.stringify({ name: 'pay-lib', version: '1.0.0', files: ['index.js'], scripts: { prepublishOnly: recipe() } }, null, 2)}\n`,
    'index.js': index,
    'node_modules/.bin/monime-guard': `#!/bin/sh\nexec "${process.execPath}" "${CLI_ENTRY}" "$@"\n`,
  });
  fs.chmodSync(path.join(dir, 'node_modules/.bin/monime-guard'), 0o755);
  return dir;
}

describe('the prepublishOnly recipe', () => {
  it('stops a publish whose tarball holds a token, and names where', async () => {
    const run = await runProcess('npm', ['run', '--silent', 'prepublishOnly'], {
      cwd: library(`module.exports = "${secretToken('live')}";\n`),
      timeoutMs: 120_000,
    });
    expectNoSecrets(run.stdout + run.stderr, 'the recipe');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('pay-lib-1.0.0.tgz!/package/index.js');
  });

  it('stops `npm publish --dry-run` too, whose dry run npm passes on to the scripts', async () => {
    const run = await runProcess('npm', ['run', '--silent', 'prepublishOnly'], {
      cwd: library(`module.exports = "${secretToken('live')}";\n`),
      env: { ...process.env, npm_config_dry_run: 'true' },
      timeoutMs: 120_000,
    });
    expectNoSecrets(run.stdout + run.stderr, 'the recipe');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('pay-lib-1.0.0.tgz!/package/index.js');
  });

  it('lets a clean package through', async () => {
    const run = await runProcess('npm', ['run', '--silent', 'prepublishOnly'], { cwd: library('module.exports = 42;\n'), timeoutMs: 120_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});
