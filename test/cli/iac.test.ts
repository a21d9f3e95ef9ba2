import { describe, expect, it } from 'vitest';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { liveToken, maskOf } from '../support/tokens.js';
import { linesOf, makeTempDir, runCli, runJson, writeFiles } from './run-cli.js';

describe('monime-guard iac through the built CLI', () => {
  it('checks every manifest it finds, reports in every format, and exits 2 after the rest when one is malformed', async () => {
    const dir = makeTempDir('monime-guard-iac-');
    writeFiles(dir, {
      'ops/monime-tokens.yaml':
        'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n',
      'k8s/payouts-token.yaml':
        'kind: MonimeAccessToken\nspec:\n  name: Payouts Worker\n  mode: live\n  expiry: 2-months\n  whitelist: { spaces: [spc-1], ips: [203.0.113.0/24] }\n  roles: [payouts:write]\n',
      'k8s/deployment.yaml': 'kind: Deployment\nmetadata: { name: web }\n',
    });
    const { run, report } = await runJson(['iac'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(reportErrors(report)).toEqual([]);
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['ops/monime-tokens.yaml', 4, 'iac/no-expiry']]);
    expect(report.stats.filesScanned).toBe(2);
    // The only finding is about a live token: --fail-on test and live still fail, none does not.
    expect((await runCli(['iac', '--fail-on', 'live', '-q'], { cwd: dir })).status).toBe(1);
    expect((await runCli(['iac', '--fail-on', 'none', '-q'], { cwd: dir })).status).toBe(0);
    writeFiles(dir, { 'ops/monime-tokens.yaml': 'tokens:\n  - name: Shop Website Tests\n    mode: test\n    expiry: 1-year\n' });
    expect((await runCli(['iac', '--fail-on', 'live', '-q'], { cwd: dir })).status).toBe(0);
    // A policy finding about a test configuration holds no token: `test` passes it, `any` fails.
    expect((await runCli(['iac', '--fail-on', 'test', '-q'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['iac', '--fail-on', 'any', '-q'], { cwd: dir })).status).toBe(1);
    writeFiles(dir, {
      'ops/monime-tokens.yaml':
        'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n',
    });
    const sarif = await runCli(['iac', '--format', 'sarif'], { cwd: dir });
    expect(sarifErrors(JSON.parse(sarif.stdout))).toEqual([]);

    writeFiles(dir, { 'broken/monime-tokens.json': '{"tokens": [' });
    const broken = await runJson(['iac'], { cwd: dir });
    expect(broken.run.status).toBe(2);
    expect(broken.report.findings.map((f) => f.ruleId)).toEqual(['iac/no-expiry']);
    expect(linesOf(broken.run.stderr)).toEqual([expect.stringMatching(/^monime-guard: error: broken\/monime-tokens\.json:1:\d+: /)]);
  });

  it('reads Terraform modules with their variable files, warns about what it cannot resolve, and exits 2 on malformed HCL after the rest', async () => {
    const dir = makeTempDir('monime-guard-iac-tf-');
    writeFiles(dir, {
      'infra/variables.tf': 'variable "expiry" {}\nvariable "space" {}\n',
      'infra/main.tf':
        'resource "monime_access_token" "shop" {\n  name                = "Shop Checkout"\n  expires_at          = var.expiry\n  whitelist_space_ids = [var.space]\n  whitelist_ips       = ["203.0.113.45"]\n  roles               = ["payments:read"]\n}\n',
      'infra/prod.tfvars': 'expiry = "never"\nspace = "spc-1"\n',
      'infra/dev.tfvars': 'expiry = "2027-01-15"\n',
    });
    const { run, report } = await runJson(['iac'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(reportErrors(report)).toEqual([]);
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['infra/main.tf', 3, 'iac/no-expiry']]);
    expect(report.warnings.map((w) => w.code)).toEqual(['unresolved']);
    expect(report.warnings[0]!.message).toMatch(/monime_access_token\.shop \(with dev\.tfvars\): could not resolve whitelist_space_ids/);

    const dev = await runJson(['iac', '--var-file', 'infra/dev.tfvars', '--var-file', 'infra/prod.tfvars'], { cwd: dir });
    expect(dev.report.findings.map((f) => f.ruleId)).toEqual(['iac/no-expiry']);
    expect(dev.report.warnings).toEqual([]);

    writeFiles(dir, { 'infra/broken.tf': 'locals {\n  x = [\n' });
    const broken = await runJson(['iac'], { cwd: dir });
    expect(broken.run.status).toBe(2);
    expect(broken.report.findings.map((f) => f.ruleId)).toEqual(['iac/no-expiry']);
    expect(linesOf(broken.run.stderr).filter((line) => !line.includes('warning:'))).toEqual([
      expect.stringMatching(/^monime-guard: error: infra\/broken\.tf:\d+:\d+: /),
    ]);

    const missing = await runCli(['iac', '--var-file', 'nope.tfvars'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(linesOf(missing.stderr)).toEqual(['monime-guard: --var-file nope.tfvars: cannot read (ENOENT)']);
  });
  it('reports a token in a provider block of a module without a token resource, masked, and exits 1', async () => {
    const token = liveToken();
    const dir = makeTempDir('monime-guard-iac-provider-');
    writeFiles(dir, { 'infra/providers.tf': `provider "restapi" {\n  headers = {\n    Authorization = "Bearer ${token}"\n  }\n}\n` });
    const run = await runCli(['iac'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('iac/hardcoded-token');
    expect(run.stdout).toContain(maskOf(token));
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(run.stderr).not.toContain('no token configuration found');
  });
});
