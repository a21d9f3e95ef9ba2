/**
 * Input that would scan nothing and pass green is refused or read (issue 24 §2): a date git
 * cannot read, a named path the index does not hold, piped standard input without `-`, and
 * `pre-push` run by hand in a terminal.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI_ENTRY, cliEnv, git, initRepo, linesOf, makeTempDir, runCli, runJson, secretToken, stackLines, writeFiles } from './run-cli.js';

function newRepo(): string {
  const dir = makeTempDir('monime-guard-silent-');
  initRepo(dir);
  git(dir, ['checkout', '-q', '-b', 'main']);
  writeFiles(dir, { 'README.md': 'shop\n' });
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'readme']);
  return dir;
}

/** Whether util-linux `script` is here to run a command on a terminal (it is on Debian: bsdutils). */
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.concurrent('usage errors instead of a scan of nothing', () => {
  it('history --since with a date git cannot read exits 2 naming the flag', async () => {
    const dir = newRepo();
    const run = await runCli(['history', '--since', 'foo'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(linesOf(run.stderr)).toEqual(['monime-guard: --since: git cannot read "foo" as a date (for example 2026-01-01 or "2 weeks ago")']);
    expect(stackLines(run.stderr)).toEqual([]);
    // Dates git reads still work, relative ones included.
    expect((await runCli(['history', '--since', '2 weeks ago'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['history', '--since', '2020-01-01'], { cwd: dir })).status).toBe(0);
  });

  it('staged with a path the index does not hold exits 2 naming it; a staged deletion is no error', async () => {
    const dir = newRepo();
    const missing = await runCli(['staged', 'nonexist.py'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(linesOf(missing.stderr)).toEqual(['monime-guard: nonexist.py: no such file in the index or the working tree']);
    writeFiles(dir, { 'new.py': `KEY = '${secretToken('live')}'\n` });
    const untracked = await runCli(['staged', 'new.py'], { cwd: dir });
    expect(untracked.status).toBe(2);
    expect(linesOf(untracked.stderr)).toEqual([
      'monime-guard: new.py: not in the index, so nothing of it is staged (git add it first, or scan the working tree with monime-guard scan new.py)',
    ]);
    git(dir, ['rm', '-q', 'README.md']);
    expect((await runCli(['staged', 'README.md'], { cwd: dir })).status).toBe(0);
    git(dir, ['add', 'new.py']);
    expect((await runCli(['staged', 'new.py'], { cwd: dir })).status).toBe(1);
  });
});

describe.concurrent('standard input', () => {
  it('piped to scan with no path is scanned, as ripgrep reads it; an empty one leaves the scan at .', async () => {
    const dir = makeTempDir('monime-guard-stdin-');
    writeFiles(dir, { 'clean.txt': 'nothing here\n' });
    const piped = await runJson(['scan'], { cwd: dir, input: `token: ${secretToken('live')}\n` });
    expect(piped.run.status).toBe(1);
    expect(piped.report.findings.map((f) => f.path)).toEqual(['-']);
    expect(piped.report.stats).toMatchObject({ filesScanned: 1 });
    // An empty, closed pipe (what the test runner and some CI runners hand over) is no input.
    writeFiles(dir, { 'app.env': `MONIME_TOKEN=${secretToken('test')}\n` });
    const empty = await runJson(['scan'], { cwd: dir, input: '' });
    expect(empty.run.status).toBe(1);
    expect(empty.report.findings.map((f) => f.path)).toEqual(['app.env']);
    expect(empty.report.stats).toMatchObject({ filesScanned: 2 });
  });

  it.skipIf(!hasScript)('pre-push run by hand on a terminal says what it reads and how to run it, exit 2', () => {
    const dir = newRepo();
    // `script` runs the command on a pseudo-terminal: standard input is a TTY, as in a shell.
    const run = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI_ENTRY)} pre-push`, '/dev/null'], {
      cwd: dir,
      env: cliEnv(),
      encoding: 'utf8',
      input: '',
      timeout: 30_000,
    });
    expect(run.status).toBe(2);
    expect(linesOf(run.stdout.replace(/\r/g, ''))).toEqual([
      'monime-guard: pre-push: reads the lines git gives a pre-push hook on standard input (<local ref> <local sha> <remote ref> <remote sha>), and standard input is a terminal; to check a push by hand, pipe one in: echo "refs/heads/main $(git rev-parse main) refs/heads/main $(git rev-parse origin/main)" | monime-guard pre-push',
    ]);
  });
});
