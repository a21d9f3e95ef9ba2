/**
 * `--verify` through the scans: each distinct token is asked about once, findings carry the
 * answer, active ones lead, `--fail-on active` fails on them only, reports say so, and a
 * verification URL that is not loopback stops the run before anything is sent. The endpoint is
 * a local server on 127.0.0.1 that answers as Monime's API root does.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../src/reporters/json.js';
import { buildSarifLog } from '../../src/reporters/sarif.js';
import { scanHistory } from '../../src/scan/history.js';
import { mergeReports } from '../../src/scan/merge.js';
import { scan } from '../../src/scan/scan.js';
import { exceedsThreshold } from '../../src/scan/threshold.js';
import type { ScanResult } from '../../src/types.js';
import { expectNoSecrets, git, initRepo, makeTempDir, runCli, writeFiles } from '../cli/run-cli.js';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { maskOf, tokenOf } from '../support/tokens.js';

/** A stand-in for `GET https://api.monime.io/`: active tokens by environment, anything else not authenticated. */
async function startEndpoint(active: Map<string, 'live' | 'test'>): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    requests.push(token);
    const environment = active.get(token);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        success: true,
        status: { isAuthenticated: environment !== undefined, environment: environment ?? null },
        apiVersion: 'caph.2025-08-23',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('scans with verify', () => {
  const live = tokenOf('live');
  const revoked = tokenOf('live');
  const mislabelled = tokenOf('test');
  let endpoint: Awaited<ReturnType<typeof startEndpoint>>;
  let dir: string;
  let result: ScanResult;
  const saved = { url: process.env.MONIME_GUARD_VERIFY_URL, cache: process.env.XDG_CACHE_HOME };

  beforeAll(async () => {
    endpoint = await startEndpoint(
      new Map([
        [live, 'live'],
        [mislabelled, 'live'],
      ]),
    );
    process.env.MONIME_GUARD_VERIFY_URL = endpoint.url;
    process.env.XDG_CACHE_HOME = makeTempDir('monime-guard-verify-cache-');
    dir = makeTempDir('monime-guard-verify-');
    writeFiles(dir, {
      'a/old.env': `MONIME_TOKEN=${revoked}\n`,
      'b/pay.js': `const key = "${live}";\n`,
      'c/copy.js': `const again = "${live}";\n`,
      'd/sandbox.env': `MONIME_TEST_TOKEN=${mislabelled}\n`,
    });
    result = await scan({ root: dir, config: {}, threads: 1, verify: { cache: false } });
  });
  afterAll(async () => {
    await endpoint.close();
  });
  afterAll(() => {
    for (const [name, value] of [
      ['MONIME_GUARD_VERIFY_URL', saved.url],
      ['XDG_CACHE_HOME', saved.cache],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('asks once per distinct token and gives every finding its answer, active ones first', () => {
    expect(endpoint.requests.sort()).toEqual([live, revoked, mislabelled].sort());
    expect(result.findings.map((f) => [f.path, f.verification?.state])).toEqual([
      ['b/pay.js', 'active'],
      ['c/copy.js', 'active'],
      ['d/sandbox.env', 'active'],
      ['a/old.env', 'inactive'],
    ]);
    const sandbox = result.findings.find((f) => f.masked === maskOf(mislabelled))!;
    expect(sandbox.verification).toMatchObject({ environment: 'live', detail: 'authenticated (live), although its prefix says test' });
  });

  it('fails on active tokens only with --fail-on active, and says so in every report', () => {
    expect(result.findings.filter((f) => exceedsThreshold(f, 'active')).map((f) => f.path)).toEqual(['b/pay.js', 'c/copy.js', 'd/sandbox.env']);
    const json = JSON.parse(toJson(result, { toolVersion: '0.0.0', color: false, failOn: 'active' })) as {
      findings: { message: string; verification: unknown }[];
    };
    expect(reportErrors(json)).toEqual([]);
    expect(json.findings[0]!.message).toContain('ACTIVE (live): revoke it in the Monime dashboard now');
    const sarif = buildSarifLog(result, { toolVersion: '0.0.0', color: false });
    expect(sarifErrors(sarif)).toEqual([]);
    const properties = (sarif.runs[0] as unknown as { results: { properties: Record<string, unknown> }[] }).results.map(
      (r) => r.properties['security-severity'],
    );
    expect(properties).toEqual(['10.0', '10.0', '10.0', undefined]);
    expectNoSecrets(JSON.stringify(json) + JSON.stringify(sarif), 'reports');
  });

  it('keeps the answers through a merge', () => {
    const report = JSON.parse(toJson(result, { toolVersion: '0.0.0', color: false }));
    expect(mergeReports([report]).findings.map((f) => f.verification?.state)).toEqual(['active', 'active', 'active', 'inactive']);
  });

  it('verifies what history finds too, and reuses its cache on a second run', async () => {
    const repo = makeTempDir('monime-guard-verify-history-');
    initRepo(repo);
    writeFiles(repo, { 'config.js': `export const key = "${live}";\n` });
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'add']);
    const before = endpoint.requests.length;
    const first = await scanHistory({ root: repo, config: {}, verify: true });
    expect(first.findings[0]?.verification?.state).toBe('active');
    expect(endpoint.requests.length).toBe(before + 1);
    const second = await scanHistory({ root: repo, config: {}, verify: true });
    expect(second.findings[0]?.verification).toMatchObject({ state: 'active', cached: true });
    expect(endpoint.requests.length).toBe(before + 1);
    const cache = fs.readdirSync(process.env.XDG_CACHE_HOME!, { recursive: true, encoding: 'utf8' });
    for (const file of cache) {
      const full = path.join(process.env.XDG_CACHE_HOME!, file);
      if (fs.statSync(full).isFile()) expect(fs.readFileSync(full, 'utf8')).not.toContain(live.slice(4));
    }
  });

  it('through the CLI: --fail-on active, and a verification URL that is not loopback stops the run with nothing sent', async () => {
    const run = await runCli(['scan', '.', '--verify', '--no-verify-cache', '--fail-on', 'active'], {
      cwd: dir,
      env: { MONIME_GUARD_VERIFY_URL: endpoint.url },
    });
    expect(run.status).toBe(1);
    expectNoSecrets(run.stdout + run.stderr, 'scan --verify');
    expect(run.stdout).toContain('ACTIVE (live)');
    const before = endpoint.requests.length;
    const refused = await runCli(['scan', '.', '--verify'], { cwd: dir, env: { MONIME_GUARD_VERIFY_URL: 'https://verify.example.com' } });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/^monime-guard: .*MONIME_GUARD_VERIFY_URL/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(endpoint.requests.length).toBe(before);
    const tooMany = await runCli(['scan', '.', '--verify', '--verify-concurrency', '9'], { cwd: dir, env: { MONIME_GUARD_VERIFY_URL: endpoint.url } });
    expect(tooMany.stderr.trim()).toBe('monime-guard: --verify-concurrency 9: expected a whole number from 1 to 4');
    expect(tooMany.status).toBe(2);
  });
});
