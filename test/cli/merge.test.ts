/**
 * `monime-guard merge` driven as a user would: real `scan` and `history` runs write JSON reports
 * to files, and `merge` combines them into one report in each format, without duplicates, with
 * the exit code `--fail-on` asks for; reports it cannot use stop it with one line and exit 2.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/reporters/json.js';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { git, initRepo, linesOf, makeTempDir, runCli, secretToken, stackLines, writeFiles } from './run-cli.js';

/** A workspace with two folders to scan and a git repository, each holding tokens. */
interface Workspace {
  dir: string;
  repo: string;
  live: string;
  test: string;
}

/**
 * `one/` holds a live token, `two/` a test token and the same live token again (the same token at
 * another place), and `repo/` a git repository whose history holds the live token in a file it
 * later deleted.
 */
function workspace(): Workspace {
  const dir = makeTempDir('monime-guard-merge-');
  const live = secretToken('live');
  const test = secretToken('test');
  writeFiles(dir, {
    'one/pay.env': `MONIME_ACCESS_TOKEN=${live}\n`,
    'two/test.env': `MONIME_ACCESS_TOKEN=${test}\n`,
    'two/copy.env': `MONIME_ACCESS_TOKEN=${live}\n`,
  });
  const repo = path.join(dir, 'repo');
  fs.mkdirSync(repo);
  initRepo(repo);
  writeFiles(repo, { 'config.js': `export const token = '${live}';\n` });
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'add config']);
  git(repo, ['rm', '-q', 'config.js']);
  git(repo, ['commit', '-q', '-m', 'remove config']);
  return { dir, repo, live, test };
}

/** Runs a command that writes a JSON report to `file` (in the workspace) and returns the report. */
async function writeReport(cwd: string, args: string[], file: string): Promise<JsonReport> {
  const run = await runCli([...args, '--format', 'json', '--output', file, '--quiet'], { cwd });
  expect(run.status, run.stderr).toBe(1);
  return JSON.parse(fs.readFileSync(path.resolve(cwd, file), 'utf8')) as JsonReport;
}

/** Runs `merge` with `--format json` to stdout and returns the run and the merged report. */
async function mergeJson(cwd: string, args: string[]): Promise<{ status: number | null; stderr: string; report: JsonReport }> {
  const run = await runCli(['merge', ...args, '--format', 'json'], { cwd });
  let report: JsonReport;
  try {
    report = JSON.parse(run.stdout) as JsonReport;
  } catch {
    throw new Error(`merge did not print JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  expect(reportErrors(report)).toEqual([]);
  return { status: run.status, stderr: run.stderr, report };
}

/** A finding as a place: path, line, column, rule and origin kind. */
const places = (report: JsonReport): string[] =>
  report.findings.map((f) => `${f.origin.kind} ${f.path ?? f.origin.kind} ${f.line}:${f.column} ${f.ruleId}`).sort();

describe.concurrent('merge', () => {
  it('combines the reports of scan and history into one, with every finding of each', async () => {
    const ws = workspace();
    const one = await writeReport(ws.dir, ['scan', 'one'], 'one.json');
    const two = await writeReport(ws.dir, ['scan', 'two'], 'two.json');
    const history = await writeReport(ws.repo, ['history'], '../history.json');
    const { status, report } = await mergeJson(ws.dir, ['one.json', 'two.json', 'history.json']);
    expect(status).toBe(1);
    expect(places(report)).toEqual([...places(one), ...places(two), ...places(history)].sort());
    expect(report.findings).toHaveLength(4);
    // The same live token at three places is kept at each: two files and a blob in history.
    const live = report.findings.filter((f) => f.ruleId === 'live-token');
    expect(live).toHaveLength(3);
    expect(new Set(live.map((f) => f.fingerprint)).size).toBe(1);
    expect(live.find((f) => f.origin.kind === 'blob')).toMatchObject({ path: 'config.js', git: { historyOnly: true } });
    // Sorted as a scan sorts: by path.
    expect(report.findings.map((f) => f.path)).toEqual(['config.js', 'one/pay.env', 'two/copy.env', 'two/test.env']);
    expect(report.stats.filesScanned).toBe(one.stats.filesScanned + two.stats.filesScanned + history.stats.filesScanned);
    expect(report.summary).toMatchObject({ findings: 4, failOn: 'any', failing: 4 });
  });

  it('keeps each finding once: the same report twice, and overlapping reports', async () => {
    const ws = workspace();
    const both = await writeReport(ws.dir, ['scan', 'one', 'two'], 'both.json');
    await writeReport(ws.dir, ['scan', 'one'], 'one.json');
    const twice = await mergeJson(ws.dir, ['both.json', 'both.json']);
    expect(twice.report.findings).toEqual(both.findings);
    const overlapping = await mergeJson(ws.dir, ['one.json', 'both.json', 'one.json']);
    expect(overlapping.report.findings).toEqual(both.findings);
    // Standard input is one more report.
    const stdin = await runCli(['merge', '-', 'one.json', '--format', 'json'], { cwd: ws.dir, input: fs.readFileSync(path.join(ws.dir, 'both.json')) });
    expect((JSON.parse(stdin.stdout) as JsonReport).findings).toEqual(both.findings);
  });

  it('writes valid SARIF, and every other format, to a file or stdout', async () => {
    const ws = workspace();
    await writeReport(ws.dir, ['scan', 'one', 'two'], 'files.json');
    await writeReport(ws.repo, ['history'], '../history.json');
    const sarif = await runCli(['merge', 'files.json', 'history.json', '--format', 'sarif', '--output', 'merged.sarif'], { cwd: ws.dir });
    expect(sarif.status).toBe(1);
    expect(sarif.stdout).toBe('');
    const log = JSON.parse(fs.readFileSync(path.join(ws.dir, 'merged.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toHaveLength(4);
    const markdown = await runCli(['merge', 'files.json', 'history.json', '--format', 'markdown'], { cwd: ws.dir });
    expect(markdown.stdout.split('\n')[0]).toBe('<!-- monime-guard-report -->');
    const github = await runCli(['merge', 'files.json', 'history.json', '--format', 'github'], { cwd: ws.dir });
    expect(github.stdout).toMatch(/^::error file=one\/pay\.env,line=1/m);
    const text = await runCli(['merge', 'files.json', 'history.json', '--no-color'], { cwd: ws.dir });
    expect(text.stdout).toContain('4 findings');
    for (const run of [markdown, github, text]) expect(run.status).toBe(1);
  });

  it('exits as --fail-on (or the config) says', async () => {
    const ws = workspace();
    await writeReport(ws.dir, ['scan', 'one', 'two'], 'both.json');
    await writeReport(ws.dir, ['scan', 'two/test.env'], 'test-only.json');
    const exit = async (args: string[]): Promise<number | null> => (await runCli(['merge', ...args, '--quiet'], { cwd: ws.dir })).status;
    expect(await exit(['both.json', '--fail-on', 'live'])).toBe(1);
    expect(await exit(['both.json', '--fail-on', 'test'])).toBe(1);
    expect(await exit(['both.json', '--fail-on', 'none'])).toBe(0);
    expect(await exit(['test-only.json', '--fail-on', 'live'])).toBe(0);
    expect(await exit(['test-only.json', '--fail-on', 'test'])).toBe(1);
    expect(await exit(['test-only.json'])).toBe(1);
    writeFiles(ws.dir, { 'monime-guard.config.json': '{ "failOn": "live" }\n' });
    expect(await exit(['test-only.json'])).toBe(0);
    const json = await mergeJson(ws.dir, ['test-only.json']);
    expect(json.report.summary).toMatchObject({ failOn: 'live', failing: 0 });
  });

  it('applies a baseline and the config allow entries on top', async () => {
    const ws = workspace();
    await writeReport(ws.dir, ['scan', 'one', 'two'], 'both.json');
    const baseline = await runCli(['baseline', 'one', '--output', 'baseline.json'], { cwd: ws.dir });
    expect(baseline.status, baseline.stderr).toBe(0);
    // The baseline holds the live token's fingerprint, so both of its places go.
    const merged = await mergeJson(ws.dir, ['both.json', '--baseline', 'baseline.json', '--include-suppressed']);
    expect(merged.report.findings.map((f) => f.path)).toEqual(['two/test.env']);
    expect(merged.report.stats.baselined).toBe(2);
    expect(merged.report.suppressed!.map((s) => s.suppression.by)).toEqual(['baseline', 'baseline']);
    writeFiles(ws.dir, { 'monime-guard.config.json': '{ "allow": [{ "path": "two/**", "reason": "fixtures" }] }\n' });
    const allowed = await mergeJson(ws.dir, ['both.json']);
    expect(allowed.report.findings.map((f) => f.path)).toEqual(['one/pay.env']);
    expect(allowed.report.stats.allowed).toBe(2);
  });

  it('stops with one line naming the file, and exit 2, for a report it cannot use', async () => {
    const ws = workspace();
    await writeReport(ws.dir, ['scan', 'one'], 'good.json');
    await runCli(['scan', 'one', '--format', 'sarif', '--output', 'scan.sarif'], { cwd: ws.dir });
    writeFiles(ws.dir, {
      'truncated.json': '{"version": 2, "tool": {',
      'old.json': JSON.stringify({ version: 1, tool: { name: 'monime-guard', version: '0.0.1' }, findings: [] }),
      'other.json': JSON.stringify({ name: 'not a report' }),
      'invalid.json': fs.readFileSync(path.join(ws.dir, 'good.json'), 'utf8').replace('"line": 1', '"line": "one"'),
    });
    const cases: [string, string][] = [
      ['missing.json', 'monime-guard: missing.json: JSON report not found'],
      [
        'truncated.json',
        'monime-guard: truncated.json: is not JSON (unexpected end of input at line 1 column 25); merge reads reports written with --format json',
      ],
      ['old.json', 'monime-guard: old.json: is a version 1 report; merge reads version 2 (write it again with this monime-guard)'],
      ['other.json', 'monime-guard: other.json: is not a monime-guard JSON report (it needs "version" and "tool": {"name": "monime-guard"})'],
      ['scan.sarif', 'monime-guard: scan.sarif: is a SARIF log, not a monime-guard JSON report; write reports for merge with --format json'],
      ['invalid.json', 'monime-guard: invalid.json: is not a valid version 2 report: /findings/0/line must be an integer (got "one")'],
      ['one', `monime-guard: one: is a directory, not a JSON report`],
    ];
    await Promise.all(
      cases.map(async ([file, line]) => {
        const run = await runCli(['merge', 'good.json', file, '--format', 'sarif', '--output', 'out.sarif'], { cwd: ws.dir });
        expect(run.status, file).toBe(2);
        expect(stackLines(run.stderr)).toEqual([]);
        expect(linesOf(run.stderr)).toEqual([line]);
        expect(run.stdout).toBe('');
      }),
    );
    const none = await runCli(['merge'], { cwd: ws.dir });
    expect(none.status).toBe(2);
    expect(linesOf(none.stderr)).toHaveLength(1);
  });

  it('prints the warnings the reports hold, and exits 2 for an input a report says was not checked', async () => {
    const ws = workspace();
    const report = await writeReport(ws.dir, ['scan', 'one'], 'one.json');
    report.warnings.push({ path: 'infra/main.tf', code: 'malformed', message: 'infra/main.tf is not valid HCL', level: 'error' });
    report.warnings.push({ path: 'vendor/x.bin', code: 'unreadable', message: 'vendor/x.bin: permission denied' });
    report.stats.warnings = 2;
    fs.writeFileSync(path.join(ws.dir, 'incomplete.json'), JSON.stringify(report));
    const run = await runCli(['merge', 'incomplete.json', '--fail-on', 'none', '--format', 'json', '--output', 'out.json'], { cwd: ws.dir });
    expect(run.status).toBe(2);
    expect(linesOf(run.stderr)).toEqual(['monime-guard: error: infra/main.tf is not valid HCL', 'monime-guard: warning: vendor/x.bin: permission denied']);
    const merged = JSON.parse(fs.readFileSync(path.join(ws.dir, 'out.json'), 'utf8')) as JsonReport;
    expect(merged.warnings).toHaveLength(2);
    // Findings at or above --fail-on decide first.
    expect((await runCli(['merge', 'incomplete.json', '--quiet'], { cwd: ws.dir })).status).toBe(1);
  });
});

describe('merge masks as the command that made the report did', () => {
  it('a token in a path and a git author reads the same in the report and in its merge', async () => {
    const repo = makeTempDir('monime-guard-merge-mask-');
    const [inName, inAuthor] = [secretToken('test'), secretToken('live')];
    initRepo(repo);
    writeFiles(repo, { [`${inName}.txt`]: 'nothing\n', 'pay.js': `const key = '${secretToken('live')}';\n` });
    git(repo, ['add', '-A']);
    git(repo, ['-c', `user.name=${inAuthor}`, 'commit', '-qm', 'add']);
    const made = await runCli(['history', '--format', 'json', '-o', 'history.json'], { cwd: repo });
    expect(made.status, made.stderr).toBe(1);
    const report = JSON.parse(fs.readFileSync(path.join(repo, 'history.json'), 'utf8')) as JsonReport;
    const merged = await runCli(['merge', '--format', 'json', 'history.json'], { cwd: repo });
    const again = JSON.parse(merged.stdout) as JsonReport;
    const shown = (r: JsonReport) => r.findings.map((f) => ({ path: f.path, origin: f.origin, masked: f.masked, author: f.git?.author, place: f.place }));
    expect(shown(again)).toEqual(shown(report));
    expect(shown(report).find((f) => f.place === 'path')?.path).toContain('mon_test_');
    expect(shown(report).every((f) => f.author?.startsWith('mon_') && f.author.includes('…'))).toBe(true);
  });
});
