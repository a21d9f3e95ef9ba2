/**
 * `--format html` through the built CLI: every command that reports writes one page, to a file
 * with `--output` or to standard output, with masked tokens only, hostile file names escaped, and
 * the ages of introducing commits counted to the time of the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskOf } from '../support/tokens.js';
import { expectNoSecrets, git, initRepo, makeTempDir, runCli, secretToken, writeFiles } from './run-cli.js';

/** The rows of findings a page holds. */
function findingRows(page: string): string[] {
  return page.match(/<tr class="finding"[^>]*>/g) ?? [];
}

/** A page, checked to be a whole document that holds no token. */
function expectPage(page: string, where: string): void {
  expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
  expect(page.trimEnd().endsWith('</html>')).toBe(true);
  expectNoSecrets(page, where);
}

function newRepo(): string {
  const dir = makeTempDir('monime-guard-html-cli-');
  initRepo(dir);
  git(dir, ['checkout', '-q', '-b', 'main']);
  return dir;
}

describe.concurrent('--format html', () => {
  it('scan . --format html -o report.html writes the page, prints nothing and exits 1', async () => {
    const dir = makeTempDir('monime-guard-html-cli-');
    const live = secretToken('live');
    const test = secretToken('test');
    const hostile = secretToken('live');
    writeFiles(dir, {
      'src/pay.ts': `export const key = '${live}';\n`,
      '.env': `MONIME_ACCESS_TOKEN=${test}\n`,
      '<script>alert(1)</script>.env': `MONIME_TOKEN=${hostile}\n`,
    });
    const run = await runCli(['scan', '.', '--format', 'html', '-o', 'report.html', '--fail-on', 'live'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const page = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    expectPage(page, 'report.html');
    expect(findingRows(page)).toHaveLength(3);
    for (const token of [live, test, hostile]) expect(page).toContain(`<td><code>${maskOf(token)}</code></td>`);
    expect(page).toContain('<h3><code>&lt;script&gt;alert(1)&lt;/script&gt;.env</code>');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('<dt>Fails on</dt><dd><code>--fail-on live</code></dd>');
    expect(page).toMatch(/<dt>Generated<\/dt><dd><time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z">/);
  });

  it('history --format html names each introducing commit with its date and age, and a message under its commit', async () => {
    const dir = newRepo();
    const old = secretToken('live');
    const inMessage = secretToken('test');
    writeFiles(dir, { 'config/prod.env': `MONIME_ACCESS_TOKEN=${old}\n` });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '--date', '2020-01-15T10:00:00Z', '-m', 'add config']);
    const first = git(dir, ['rev-parse', 'HEAD']).trim();
    fs.rmSync(path.join(dir, 'config/prod.env'));
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `remove config\n\nwas ${inMessage}`]);
    const second = git(dir, ['rev-parse', 'HEAD']).trim();

    const run = await runCli(['history', '--format', 'html'], { cwd: dir });
    expect(run.status).toBe(1);
    expectPage(run.stdout, 'history --format html');
    const page = run.stdout;
    expect(findingRows(page)).toHaveLength(2);
    expect(page).toContain('<h3><code>config/prod.env</code>');
    expect(page).toContain(`<h3>Message of commit <code title="${second}">${second.slice(0, 12)}</code>`);
    expect(page).toContain(`<code title="${first}">${first.slice(0, 12)}</code> · monime-guard tests · <time datetime="2020-01-15T10:00:00+00:00"`);
    // The age is counted to the time of the run, which is after 2026.
    expect(page).toMatch(/2020-01-15<\/time> <strong class="age">\(\d+ years ago\)<\/strong>/);
    expect(page).toContain('history only');
    expect(page).toContain(`<td><code>${maskOf(old)}</code></td>`);
    expect(page).toContain(`<td><code>${maskOf(inMessage)}</code></td>`);
  });

  it('staged, bundle, iac and pre-push write a page too', async () => {
    const repo = newRepo();
    const staged = secretToken('test');
    writeFiles(repo, { 'a.env': `MONIME_TOKEN=${staged}\n` });
    git(repo, ['add', '-A']);
    const stagedRun = await runCli(['staged', '--format', 'html'], { cwd: repo });
    expect(stagedRun.status).toBe(1);
    expectPage(stagedRun.stdout, 'staged --format html');
    expect(stagedRun.stdout).toContain(`<td><code>${maskOf(staged)}</code></td>`);

    const site = makeTempDir('monime-guard-html-cli-');
    const shipped = secretToken('live');
    writeFiles(site, { 'dist/app.js': `fetch(u,{headers:{Authorization:"Bearer ${shipped}"}});\n` });
    const bundleRun = await runCli(['bundle', 'dist', '--format', 'html'], { cwd: site });
    expect(bundleRun.status).toBe(1);
    expectPage(bundleRun.stdout, 'bundle --format html');
    expect(bundleRun.stdout).toContain(maskOf(shipped));

    const iacRun = await runCli(['iac', '--format', 'html'], { cwd: makeTempDir('monime-guard-html-cli-') });
    expectPage(iacRun.stdout, 'iac --format html');
    expect(iacRun.stdout).toContain('<p>No findings.</p>');

    const pushRun = await runCli(['pre-push', 'origin', 'https://example.invalid/repo.git', '--format', 'html'], { cwd: repo });
    expect(pushRun.status).toBe(0);
    expectPage(pushRun.stdout, 'pre-push --format html');
  });
});
