import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanIac } from '../../src/scan/iac.js';
import { liveToken, maskOf, testToken } from '../support/tokens.js';

const today = new Date('2026-11-28T00:00:00Z');

/** A temporary scan root holding the given files. */
function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-iac-hardcoded-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** The hardcoded-token findings of a scan, as [path, line, masked]. */
async function hardcoded(files: Record<string, string>, paths?: string[]): Promise<[string, number, string][]> {
  const result = await scanIac({ root: tree(files), today, ...(paths ? { paths } : {}) });
  expect(result.errors).toEqual([]);
  return result.findings.filter((f) => f.ruleId === 'iac/hardcoded-token').map((f) => [f.path, f.span.start.line, f.masked]);
}

describe('iac/hardcoded-token wherever Terraform and manifests hold a token', () => {
  it('a provider block, in a module without a token resource', async () => {
    const token = liveToken();
    const dir = tree({ 'infra/providers.tf': `provider "monime" {\n  space_id     = "spc-1"\n  access_token = "${token}"\n}\n` });
    const result = await scanIac({ root: dir, today });
    expect(result.findings.map((f) => [f.ruleId, f.path, f.span.start.line, f.masked, f.tokenKind])).toEqual([
      ['iac/hardcoded-token', 'infra/providers.tf', 3, maskOf(token), 'live'],
    ]);
    expect(result.findings[0]!.detail).toMatch(/sensitive = true.*secret store \(Vault, AWS Secrets Manager/);
    expect(JSON.stringify(result)).not.toContain(token);
    // Something was checked: no "nothing to check" warning.
    expect(result.warnings.map((w) => w.code)).not.toContain('nothing-to-check');
    expect(result.stats.filesScanned).toBe(1);
  });

  it('an http data source Authorization header and a restapi provider header', async () => {
    const a = testToken();
    const b = liveToken();
    expect(
      await hardcoded({
        'net/http.tf': `data "http" "balance" {\n  url = "https://api.monime.io/v1/financial-accounts"\n  request_headers = {\n    Accept        = "application/json"\n    Authorization = "Bearer ${a}"\n  }\n}\n`,
        'net/restapi.tf': `provider "restapi" {\n  uri = "https://api.monime.io"\n  headers = {\n    "Authorization"   = "Bearer ${b}"\n    "Monime-Space-Id" = "spc-1"\n  }\n}\n`,
      }),
    ).toEqual([
      ['net/http.tf', 5, maskOf(a)],
      ['net/restapi.tf', 4, maskOf(b)],
    ]);
  });

  it('a variable default, locals, module arguments and .tfvars files', async () => {
    const [v, l, m, t, j] = [liveToken(), liveToken(), testToken(), liveToken(), liveToken()];
    expect(
      await hardcoded({
        'app/variables.tf': `variable "monime_token" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n`,
        'app/locals.tf': `locals {\n  env   = "prod"\n  token = "${l}"\n}\n`,
        'app/main.tf': `module "payments" {\n  source       = "./payments"\n  monime_token = "${m}"\n}\n`,
        'app/prod.tfvars': `region       = "eu-west-1"\nmonime_token = "${t}"\n`,
        'app/terraform.tfvars.json': `{\n  "monime_token": "${j}"\n}\n`,
      }),
    ).toEqual(
      [
        ['app/locals.tf', 3, maskOf(l)],
        ['app/main.tf', 3, maskOf(m)],
        ['app/variables.tf', 4, maskOf(v)],
        ['app/prod.tfvars', 2, maskOf(t)],
        ['app/terraform.tfvars.json', 2, maskOf(j)],
      ].sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0)) as [string, number, string][],
    );
  });

  it('a .tfvars file named on the command line, and encoded tokens (the detector decides)', async () => {
    const token = liveToken();
    const encoded = Buffer.from(`Authorization: Bearer ${token}`).toString('base64');
    expect(await hardcoded({ 'env/prod.tfvars': `basic = "${encoded}"\n` }, ['env/prod.tfvars'])).toEqual([['env/prod.tfvars', 1, maskOf(token)]]);
  });

  it('any field of a manifest, outside the token entries too', async () => {
    const [a, b] = [liveToken(), testToken()];
    const findings = await hardcoded({
      'monime-tokens.yaml': `x-notes:\n  bootstrap: "${a}"\ntokens:\n  - name: Shop Website\n    mode: live\n    expiry: 2-months\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n`,
      'k8s/token.yaml': `apiVersion: monime.io/v1\nkind: MonimeAccessToken\nmetadata:\n  name: shop\n  annotations:\n    seed: "${b}"\nspec:\n  name: Shop Website\n  mode: test\n  roles: [payments:read]\n`,
    });
    expect(findings).toEqual([
      ['k8s/token.yaml', 6, maskOf(b)],
      ['monime-tokens.yaml', 2, maskOf(a)],
    ]);
  });

  it('a placeholder is not a token, and a file holding only one is nothing to check', async () => {
    const dir = tree({
      'infra/providers.tf': `provider "monime" {\n  access_token = "mon_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"\n  other        = "mon_test_\${var.token}"\n}\n`,
    });
    const result = await scanIac({ root: dir, today });
    expect(result.findings).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['nothing-to-check']);
  });

  it('a token the resource check reports is not reported a second time', async () => {
    const token = liveToken();
    const findings = await hardcoded({
      'infra/variables.tf': `variable "note" {\n  default = "${token}"\n}\n`,
      'infra/main.tf': `resource "monime_access_token" "shop" {\n  name        = "Shop Website"\n  description = var.note\n  expires_at  = "2027-01-15"\n  roles       = ["payments:read"]\n}\n`,
    });
    expect(findings).toEqual([['infra/main.tf', 3, 'monime_access_token.shop']]);
  });

  it('is suppressed by an inline directive with a reason on the line above', async () => {
    const token = liveToken();
    const files = { 'p.tf': `provider "monime" {\n  # monime-guard-ignore iac/hardcoded-token -- revoked fixture\n  access_token = "${token}"\n}\n` };
    const result = await scanIac({ root: tree(files), today });
    expect(result.findings).toEqual([]);
    expect(result.suppressed?.map((f) => [f.ruleId, f.span.start.line])).toEqual([['iac/hardcoded-token', 3]]);
  });
});

describe('a token in a manifest field the format does not know', () => {
  it('is reported as iac/hardcoded-token, masked, beside the error that names the unknown field', async () => {
    const token = liveToken();
    const dir = tree({ 'monime-tokens.yaml': `tokens:\n  - name: Main Website Integration\n    mode: live\n    token: ${token}\n` });
    const result = await scanIac({ root: dir, today });
    expect(result.errors).toEqual([
      'monime-tokens.yaml:4:5: unknown field `token` in a token entry: its fields are name, mode, expiry, apiRelease, whitelist, services, roles, owner, purpose, rotateEveryDays (and x-… for other tools)',
    ]);
    expect(result.findings.map((f) => [f.ruleId, f.path, f.span.start.line, f.masked, f.tokenKind])).toEqual([
      ['iac/hardcoded-token', 'monime-tokens.yaml', 4, maskOf(token), 'live'],
    ]);
    expect(result.stats.filesScanned).toBe(1);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('in a kind: MonimeAccessToken document and a JSON manifest too', async () => {
    const [a, b] = [testToken(), liveToken()];
    const dir = tree({
      'k8s/token.yaml': `kind: MonimeAccessToken\nspec:\n  name: Inventory Sync Script\n  accessToken: ${a}\n`,
      'monime-tokens.json': `{"tokens": [{"name": "Payouts Worker", "secret": "${b}"}]}\n`,
    });
    const result = await scanIac({ root: dir, today });
    expect(result.errors).toHaveLength(2);
    expect(result.errors.every((error) => /unknown field `(accessToken|secret)`/.test(error))).toBe(true);
    expect(result.findings.filter((f) => f.ruleId === 'iac/hardcoded-token').map((f) => [f.path, f.masked])).toEqual([
      ['k8s/token.yaml', maskOf(a)],
      ['monime-tokens.json', maskOf(b)],
    ]);
  });
});
