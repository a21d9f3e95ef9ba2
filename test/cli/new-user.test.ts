/**
 * What a new user ran into, following the README in a fresh project: each case failed before
 * its fix.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { linesOf, makeTempDir, runCli, secretToken, writeFiles } from './run-cli.js';

describe.concurrent('a new user', () => {
  it('creates the baseline file the config names with `baseline`, and is told how when `scan` cannot find it', async () => {
    const dir = makeTempDir('monime-guard-new-baseline-');
    writeFiles(dir, { 'monime-guard.config.json': '{ "baseline": ".monime-guard-baseline.json" }\n', 'old.env': `KEY=${secretToken('test')}\n` });
    const missing = await runCli(['scan', '.'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(linesOf(missing.stderr)).toEqual([
      'monime-guard: .monime-guard-baseline.json: baseline file not found; create it with `monime-guard baseline` (it records today\'s findings), or take "baseline" out of the config',
    ]);
    const created = await runCli(['baseline'], { cwd: dir });
    expect(created.status, created.stderr).toBe(0);
    expect(created.stderr).toBe('monime-guard: wrote 1 finding(s) to .monime-guard-baseline.json\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.monime-guard-baseline.json'), 'utf8')).findings).toHaveLength(1);
    // With -o too, and again once it exists (a baseline is never read to write a baseline).
    expect((await runCli(['baseline', '-o', 'other.json'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['baseline'], { cwd: dir })).status).toBe(0);
    const scanned = await runCli(['scan', '.'], { cwd: dir });
    expect(scanned.status).toBe(0);
    expect(scanned.stdout).toContain('1 baselined');
  });

  it('iac checks a file named on the command line by its content, whatever its name', async () => {
    const dir = makeTempDir('monime-guard-new-iac-');
    writeFiles(dir, {
      'deploy/tokens.yaml':
        'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n',
      'deploy/compose.yaml': 'services:\n  web: { image: nginx }\n',
      'infra/network.tf': 'resource "aws_vpc" "main" {\n  cidr_block = "10.0.0.0/16"\n}\n',
      'empty/README.md': '# nothing\n',
    });
    const named = await runCli(['iac', 'deploy/tokens.yaml'], { cwd: dir });
    expect(named.status).toBe(1);
    expect(named.stdout).toContain('iac/no-expiry');
    expect(named.stdout).toContain('Scanned 1 file');
    for (const file of ['deploy/compose.yaml', 'infra/network.tf']) {
      const other = await runCli(['iac', file], { cwd: dir });
      expect(other.status).toBe(2);
      expect(linesOf(other.stderr)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^monime-guard: error: ${file.replace('.', '\\.')}: (not a token configuration|declares no \`monime_access_token\` resource) \\(monime-guard iac checks `,
          ),
        ),
      ]);
      expect(other.stdout).toContain('Incomplete: 1 input could not be checked');
    }
    const empty = await runCli(['iac', 'empty'], { cwd: dir });
    expect(empty.status).toBe(0);
    expect(linesOf(empty.stderr)).toEqual([expect.stringMatching(/^monime-guard: warning: empty: no token configuration found to check/)]);
  });

  it('iac with a malformed file says in every format that it could not be checked, and exits 2', async () => {
    const dir = makeTempDir('monime-guard-new-iac-broken-');
    writeFiles(dir, { 'monime-tokens.yaml': 'tokens: [\n' });
    const text = await runCli(['iac'], { cwd: dir });
    expect(text.status).toBe(2);
    expect(text.stdout).not.toMatch(/^No findings/m);
    // Said once: on stderr, and counted by the text report on stdout; a report file lists it.
    expect(linesOf(text.stderr)).toEqual([expect.stringMatching(/^monime-guard: error: monime-tokens\.yaml:2:1: /)]);
    expect(text.stdout).not.toContain('Could not check');
    expect(text.stdout).toContain('Incomplete: 1 input could not be checked; no findings in the rest');
    await runCli(['iac', '-o', 'report.txt'], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'report.txt'), 'utf8')).toContain('Could not check (1)');
    const json = JSON.parse((await runCli(['iac', '--format', 'json'], { cwd: dir })).stdout) as { warnings: { path: string; code: string; level?: string }[] };
    expect(json.warnings).toEqual([expect.objectContaining({ path: 'monime-tokens.yaml', code: 'malformed', level: 'error' })]);
    const sarif = JSON.parse((await runCli(['iac', '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string }[] }[] }[];
    };
    expect(sarif.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.level)).toEqual(['error']);
    const github = (await runCli(['iac', '--format', 'github'], { cwd: dir })).stdout;
    expect(github).toMatch(/^::error title=monime-guard%3A malformed::monime-tokens\.yaml: /m);
    expect(github).toContain('Incomplete: 1 input could not be checked');
    const markdown = (await runCli(['iac', '--format', 'markdown'], { cwd: dir })).stdout;
    expect(markdown).toContain('**Incomplete: 1 input could not be checked; no findings in the rest');
    expect(markdown).toContain('**could not check** `monime-tokens.yaml`');
  });

  it('baselines token configurations too: one baseline file serves scan and iac', async () => {
    const dir = makeTempDir('monime-guard-new-iac-baseline-');
    writeFiles(dir, {
      'monime-guard.config.json': '{ "baseline": ".monime-guard-baseline.json" }\n',
      'ops/monime-tokens.yaml':
        'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n',
      'old.env': `KEY=${secretToken('test')}\n`,
    });
    expect((await runCli(['iac'], { cwd: dir })).status).toBe(2);
    const created = await runCli(['baseline'], { cwd: dir });
    expect(created.status, created.stderr).toBe(0);
    expect(created.stderr).toBe('monime-guard: wrote 2 finding(s) to .monime-guard-baseline.json\n');
    const entries = JSON.parse(fs.readFileSync(path.join(dir, '.monime-guard-baseline.json'), 'utf8')).findings as { ruleId: string }[];
    expect(entries.map((e) => e.ruleId).sort()).toEqual(['iac/no-expiry', 'test-token']);
    const iac = await runCli(['iac'], { cwd: dir });
    expect(iac.status, iac.stdout).toBe(0);
    expect(iac.stdout).toContain('1 baselined');
    expect((await runCli(['scan', '.'], { cwd: dir })).status).toBe(0);
    // A new problem in the same entry is not covered by the old decision.
    writeFiles(dir, {
      'ops/monime-tokens.yaml':
        'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read, payments:*]\n',
    });
    const worse = await runCli(['iac', '--format', 'json'], { cwd: dir });
    expect(worse.status).toBe(1);
    expect((JSON.parse(worse.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toEqual(['iac/wildcard-role']);
  });

  it('sees suppressed findings where reviewers look: SARIF marks them suppressed with the reason, JSON lists them on request, text counts them', async () => {
    const dir = makeTempDir('monime-guard-new-suppressed-');
    const baselined = secretToken('test');
    writeFiles(dir, {
      'fixtures/sample.env': `KEY=${secretToken('test')}\n`,
      'src/old.js': `const key = '${baselined}';\n`,
      'src/docs.js': `const key = '${secretToken('live')}'; // monime-guard-ignore live-token -- sandbox account in the tutorial\n`,
      'monime-tokens.yaml':
        'tokens:\n  # monime-guard-ignore iac/no-expiry -- legacy shop, retired in March\n  - name: Legacy Shop Checkout\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n',
    });
    writeFiles(dir, { 'monime-guard.config.json': JSON.stringify({ allow: [{ path: 'fixtures/**', reason: 'generated test fixtures' }] }) });
    expect((await runCli(['baseline', 'src/old.js', '-o', 'baseline.json'], { cwd: dir })).status).toBe(0);
    const args = ['scan', '.', '--baseline', 'baseline.json'];
    const text = await runCli(args, { cwd: dir });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('1 baselined, 1 allowed, 1 ignored inline');
    const sarif = JSON.parse((await runCli([...args, '--format', 'sarif'], { cwd: dir })).stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          suppressions?: { kind: string; status: string; justification: string }[];
        }[];
      }[];
    };
    expect(sarifErrors(sarif)).toEqual([]);
    const byFile = Object.fromEntries(sarif.runs[0]!.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.suppressions]));
    expect(byFile).toEqual({
      'fixtures/sample.env': [{ kind: 'external', status: 'accepted', justification: 'generated test fixtures (allowed by the config)' }],
      'src/docs.js': [{ kind: 'inSource', status: 'accepted', justification: 'sandbox account in the tutorial (ignored by a monime-guard-ignore comment)' }],
      'src/old.js': [{ kind: 'external', status: 'accepted', justification: 'accepted in the baseline file' }],
    });
    const plain = JSON.parse((await runCli([...args, '--format', 'json'], { cwd: dir })).stdout) as Record<string, unknown>;
    expect(plain.suppressed).toBeUndefined();
    const listed = JSON.parse((await runCli([...args, '--format', 'json', '--include-suppressed'], { cwd: dir })).stdout) as {
      suppressed: { finding: { path: string }; suppression: { by: string; reason?: string } }[];
    };
    expect(reportErrors(listed as never)).toEqual([]);
    expect(listed.suppressed.map((s) => [s.finding.path, s.suppression])).toEqual([
      ['fixtures/sample.env', { by: 'allow', reason: 'generated test fixtures' }],
      ['src/docs.js', { by: 'inline', reason: 'sandbox account in the tutorial' }],
      ['src/old.js', { by: 'baseline' }],
    ]);
    const iac = JSON.parse((await runCli(['iac', 'monime-tokens.yaml', '--format', 'sarif'], { cwd: dir })).stdout) as typeof sarif;
    expect(iac.runs[0]!.results.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['iac/no-expiry', [{ kind: 'inSource', status: 'accepted', justification: 'legacy shop, retired in March (ignored by a monime-guard-ignore comment)' }]],
    ]);
  });
});
