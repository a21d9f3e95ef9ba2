/**
 * `monime-guard github` as a user runs it: the built CLI against a local GitHub (REST listing and
 * git's smart HTTP on 127.0.0.1), its reports, its plan and shards, a run killed with SIGKILL and
 * resumed from its state file, and its answers to bad input.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/reporters/json.js';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { buildOrg, type OrgFixture } from '../support/github-fixtures.js';
import { startFakeGitHubOrg, type FakeGitHubOrg } from '../support/github-org.js';
import { maskOf } from '../support/tokens.js';
import { CLI_ENTRY, cliEnv, expectNoSecrets, makeTempDir, runCli, stackLines } from './run-cli.js';

const TOKEN = 'ghs_cli_fixture_not_a_real_token_42';

describe('monime-guard github', () => {
  let root: string;
  let work: string;
  let fixture: OrgFixture;
  let server: FakeGitHubOrg;
  const env = { GITHUB_TOKEN: TOKEN, GH_TOKEN: undefined };
  const github = (args: string[], extra: { env?: Record<string, string | undefined> } = {}) =>
    runCli(['github', ...(args.includes('--api-url') ? [] : ['--api-url', server.url]), ...args], {
      cwd: work,
      env: { ...env, ...extra.env },
      timeoutMs: 120_000,
    });

  beforeAll(async () => {
    root = makeTempDir('monime-guard-github-cli-');
    work = path.join(root, 'cwd');
    fs.mkdirSync(work);
    fixture = buildOrg(root);
    server = await startFakeGitHubOrg({ repositories: fixture.repositories, token: TOKEN });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reports findings grouped by repository, masked, and never prints either token', async () => {
    const run = await github(['--org', 'acme']);
    expect(run.status, run.stderr).toBe(1);
    expectNoSecrets(run.stdout + run.stderr, 'github');
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(run.stdout).toMatch(/^acme\/internal\n {2}deploy\/\.env\n/m);
    expect(run.stdout).toContain(maskOf(fixture.tokens.pullRequestOnly));
    expect(run.stderr).toMatch(/^monime-guard: warning: acme\/gone: could not be (read|cloned)/m);
  });

  it('writes JSON and SARIF that validate, with the repositories scanned and counted', async () => {
    const json = await github(['--org', 'acme', '--format', 'json']);
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(reportErrors(report)).toEqual([]);
    expect(report.stats.repositories).toEqual({ listed: 6, scanned: 5, unchanged: 0, failed: 1 });
    expect(report.repositories?.map((r) => r.name)).toEqual(['acme/empty', 'acme/internal', 'acme/legacy', 'acme/shop', 'acme/tools']);
    expect(new Set(report.findings.map((f) => ('repository' in f.origin ? f.origin.repository : undefined)))).toEqual(
      new Set(['acme/internal', 'acme/legacy', 'acme/shop', 'acme/tools']),
    );
    const sarif = await github(['--org', 'acme', '--format', 'sarif']);
    const log = JSON.parse(sarif.stdout) as { runs: { versionControlProvenance: { mappedTo: { uriBaseId: string } }[]; results: unknown[] }[] };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.versionControlProvenance.map((v) => v.mappedTo.uriBaseId)).toContain('acme/shop');
    expect(JSON.stringify(log)).toContain('"uriBaseId":"acme/shop"');
  });

  it('plans shards, and the shards, each in its own process, find what one run finds', async () => {
    const plan = await github(['--org', 'acme', '--plan', '3']);
    expect(plan.status, plan.stderr).toBe(0);
    const matrix = JSON.parse(plan.stdout) as { include: { shard: string; repositories: number }[] };
    expect(matrix.include.map((entry) => entry.shard)).toEqual(['1/3', '2/3', '3/3']);
    const whole = JSON.parse((await github(['--org', 'acme', '--format', 'json'])).stdout) as JsonReport;
    const shards = await Promise.all(matrix.include.map((entry) => github(['--org', 'acme', '--shard', entry.shard, '--format', 'json'])));
    const found = shards.flatMap((run) => (JSON.parse(run.stdout) as JsonReport).findings.map((f) => JSON.stringify([f.origin, f.line, f.fingerprint])));
    expect(found.sort()).toEqual(whole.findings.map((f) => JSON.stringify([f.origin, f.line, f.fingerprint])).sort());
  });

  it('after a kill -9 in the middle, a rerun with --state scans each repository once in total', async () => {
    const state = path.join(root, 'killed.state');
    // The first repository's clone is answered, every other one hangs: the scan records the first
    // and is then killed while the rest are still to do, however fast or slow the machine.
    let first: string | undefined;
    server.holdGit = (repository) => (first ??= repository) !== repository;
    try {
      const child = spawn(process.execPath, [CLI_ENTRY, 'github', '--api-url', server.url, '--org', 'acme', '--state', state, '--concurrency', '1', '-q'], {
        cwd: work,
        env: cliEnv(env),
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      // Killed once the first repository is recorded.
      while (!(fs.existsSync(state) && fs.readFileSync(state, 'utf8').includes('\n'))) await new Promise((resolve) => setTimeout(resolve, 10));
      child.kill('SIGKILL');
      await exited;
    } finally {
      server.holdGit = undefined;
    }
    const finished = fs
      .readFileSync(state, 'utf8')
      .split('\n')
      .filter((line) => line.endsWith('}')).length;
    expect(finished).toBe(1);
    const rerun = JSON.parse((await github(['--org', 'acme', '--state', state, '--format', 'json'])).stdout) as JsonReport;
    expect(rerun.stats.repositories).toEqual({ listed: 6, scanned: 5 - finished, unchanged: finished, failed: 1 });
    const whole = JSON.parse((await github(['--org', 'acme', '--format', 'json'])).stdout) as JsonReport;
    expect(rerun.findings.map((f) => f.fingerprint)).toEqual(whole.findings.map((f) => f.fingerprint));
  });

  it('turns bad input into one line and exit code 2', async () => {
    const cases: [string[], RegExp, Record<string, string | undefined>?][] = [
      [[], /name what to scan with --org, --user or --repo/],
      [['--repo', 'not-a-repo'], /--repo not-a-repo: expected OWNER\/NAME/],
      [['--org', 'acme', '--shard', '4/3'], /--shard 4\/3: expected I\/N/],
      [['--org', 'acme', '--plan', '2', '--shard', '1/2'], /--plan and --shard/],
      [['--org', 'acme', '--plan', '0'], /--plan 0: expected a whole number/],
      [['--org', 'acme', '--concurrency', '-1'], /--concurrency -1: expected a whole number/],
      [['--org', 'acme', '--token-env', 'NO_SUCH_TOKEN_VARIABLE'], /--token-env NO_SUCH_TOKEN_VARIABLE: that environment variable is not set/],
      [['--org', 'nobody'], /nothing could be listed: organisation nobody: could not be listed \(HTTP 404/],
      [['--repo', 'acme/gone'], /no repository could be scanned/],
      [['--org', 'acme', '--api-url', 'ftp://example'], /--api-url ftp:\/\/example: expected an http\(s\) URL/],
      [['--org', 'acme', '--api-url', 'http://127.0.0.1:1', '--api-url', 'http://127.0.0.1:2'], /--api-url was given more than once; it takes one value/],
    ];
    for (const [args, message, extra] of cases) {
      const run = await github(args, extra ? { env: extra } : {});
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(stackLines(run.stderr)).toEqual([]);
      expect(run.stderr).not.toContain(TOKEN);
    }
  });
});
