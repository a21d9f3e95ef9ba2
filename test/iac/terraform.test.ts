import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConfigs } from '../../src/iac/check.js';
import { evaluate, type Scope } from '../../src/iac/expression.js';
import { resourceBlocks } from '../../src/iac/hcl-layout.js';
import { UNKNOWN, type TokenConfig } from '../../src/iac/model.js';
import { readTerraform, type ModuleFile } from '../../src/iac/terraform.js';
import { scanIac } from '../../src/scan/iac.js';
import { liveToken } from '../support/tokens.js';

const today = new Date('2026-11-28T00:00:00Z');

/** Reads one module made of the given files (all reported). */
async function module(files: Record<string, string>, varFiles: ModuleFile[] = [], environments: ModuleFile[] = []) {
  return readTerraform({ files: Object.entries(files).map(([file, text]) => ({ file, text, report: true })), varFiles, environments });
}

const only = async (files: Record<string, string>, varFiles: ModuleFile[] = []): Promise<TokenConfig[]> => {
  const read = await module(files, varFiles);
  expect(read.errors).toEqual([]);
  expect(read.variants).toHaveLength(1);
  return read.variants[0]!.configs;
};

describe('Terraform expressions', () => {
  const scope: Scope = {
    variable: (name) => ({ env: 'prod', shops: ['north', 'south'], map: { a: 'payments:read' } })[name] ?? UNKNOWN,
    local: (name) => (name === 'service' ? 'payments' : UNKNOWN),
  };
  it.each([
    ['${var.env}', 'prod'],
    ['shop-${var.env}-${local.service}', 'shop-prod-payments'],
    ['${var.shops}', ['north', 'south']],
    ['${var.shops[1]}', 'south'],
    ['${var.map.a}', 'payments:read'],
    ['${var.map["a"]}', 'payments:read'],
    ['${toset(["b", "a", "b"])}', ['a', 'b']],
    ['${concat(var.shops, ["east"])}', ['north', 'south', 'east']],
    ['${join(",", var.shops)}', 'north,south'],
    ['${upper(var.env)}', 'PROD'],
    ['${"${local.service}:write"}', 'payments:write'],
    ['$${literal}', '${literal}'],
    ['${{ a = 1, "b" : [true, null] }}', { a: 1, b: [true, null] }],
  ])('%s resolves', (expression, value) => {
    expect(evaluate(expression, scope)).toEqual(value);
  });
  it.each([
    '${var.missing}',
    '${monime_space.main.id}',
    '${var.env == "prod" ? 1 : 2}',
    '${[for s in var.shops : s]}',
    '${timestamp()}',
    '${var.shops[5]}',
    '%{ if true }x%{ endif }',
    'x-${data.monime_space.main.id}',
    '${var.env',
  ])('%s stays unknown', (expression) => {
    expect(evaluate(expression, scope)).toBe(UNKNOWN);
  });
});

describe('HCL layout', () => {
  it('finds resource blocks and their attributes past strings, comments and heredocs', () => {
    const text = [
      'locals { x = "}" } # {',
      '/* resource "monime_access_token" "fake" { */',
      'resource "monime_access_token" "real" {',
      '  name = "a { b"',
      '  description = <<-EOT',
      '    roles = ["*"] }',
      '  EOT',
      '  roles = ["${join("}", ["x"])}"]',
      '  nested {',
      '    expires_at = null',
      '  }',
      '}',
    ].join('\n');
    const [block, ...rest] = resourceBlocks(text, 'monime_access_token');
    expect(rest).toEqual([]);
    expect(block).toMatchObject({ name: 'real', at: { line: 3, column: 1 }, endLine: 12 });
    expect([...block!.attributes.keys()]).toEqual(['name', 'description', 'roles']);
    expect(block!.attributes.get('roles')).toEqual({ line: 8, column: 11 });
  });
});

describe('Terraform modules', () => {
  it('resolves variable defaults, tfvars (later files win), locals that use each other, and templates', async () => {
    const configs = await only(
      {
        'variables.tf': 'variable "env" {\n  default = "dev"\n}\nvariable "expiry" {}\nvariable "ips" {\n  default = ["203.0.113.45"]\n}\n',
        'main.tf': [
          'locals {',
          '  prefix  = "shop-${var.env}"',
          '  name    = "${local.prefix} checkout"',
          '  loop    = local.loop',
          '}',
          'resource "monime_access_token" "shop" {',
          '  name                = local.name',
          '  expires_at          = var.expiry',
          '  whitelist_ips       = var.ips',
          '  whitelist_space_ids = [local.loop]',
          '  roles               = ["payments:read"]',
          '}',
        ].join('\n'),
      },
      [
        { file: 'terraform.tfvars', text: 'env = "staging"\nexpiry = "2027-01-01"\n' },
        { file: 'prod.auto.tfvars', text: 'env = "prod"\n' },
      ],
    );
    expect(configs).toHaveLength(1);
    expect(configs[0]).toMatchObject({
      label: 'monime_access_token.shop',
      name: 'shop-prod checkout',
      mode: 'live',
      expiry: { kind: 'date', date: '2027-01-01' },
      ips: ['203.0.113.45'],
      spaces: UNKNOWN,
      unresolved: ['whitelist_space_ids'],
    });
    expect(configs[0]!.positions.expiry).toEqual({ line: 8, column: 25 });
  });

  it('expands count and for_each over literal collections, and keeps unresolvable ones as one unknown instance', async () => {
    const configs = await only({
      'main.tf': [
        'variable "shops" {',
        '  default = { north = "payments:read", south = "payments:write" }',
        '}',
        'resource "monime_access_token" "each" {',
        '  for_each = var.shops',
        '  name     = "Shop ${each.key}"',
        '  roles    = [each.value]',
        '}',
        'resource "monime_access_token" "counted" {',
        '  count = 2',
        '  name  = "Worker ${count.index}"',
        '}',
        'resource "monime_access_token" "set" {',
        '  for_each = toset(["b", "a"])',
        '  name     = "Set ${each.value}"',
        '}',
        'resource "monime_access_token" "later" {',
        '  for_each = monime_space.all',
        '  name     = "Later ${each.key}"',
        '  roles    = ["payments:read"]',
        '}',
      ].join('\n'),
    });
    expect(configs.map((c) => [c.label, c.name])).toEqual([
      ['monime_access_token.each["north"]', 'Shop north'],
      ['monime_access_token.each["south"]', 'Shop south'],
      ['monime_access_token.counted[0]', 'Worker 0'],
      ['monime_access_token.counted[1]', 'Worker 1'],
      ['monime_access_token.set["a"]', 'Set a'],
      ['monime_access_token.set["b"]', 'Set b'],
      ['monime_access_token.later[?]', UNKNOWN],
    ]);
    expect(configs[1]!.roles).toEqual(['payments:write']);
    expect(configs[6]!.roles).toEqual(['payments:read']);
  });

  it('judges no unknown value: a variable without a value is neither live nor never-expiring', async () => {
    const configs = await only({
      'main.tf':
        'variable "test" {}\nvariable "expiry" {}\nresource "monime_access_token" "x" {\n  name = "Inventory Sync Script"\n  test_mode = var.test\n  expires_at = var.expiry\n}\n',
    });
    expect(configs[0]).toMatchObject({ mode: UNKNOWN, expiry: UNKNOWN, unresolved: ['test_mode', 'expires_at'] });
    expect(checkConfigs(configs, { today }).findings).toEqual([]);
  });

  it('reads HCL suppressions (# and //), and reports a malformed file as file:line:column while reading the rest', async () => {
    const read = await module({
      'main.tf': [
        '// monime-guard-ignore iac/no-expiry -- legacy checkout, retiring in Q1',
        'resource "monime_access_token" "legacy" {',
        '  name = "Legacy Checkout"',
        '  roles = ["payments:read"]',
        '  # monime-guard-ignore iac/missing-ip-whitelist',
        '}',
      ].join('\n'),
      'broken.tf': 'resource "monime_access_token" "broken" {\n  name = \n}\n',
    });
    expect(read.errors).toEqual([expect.stringMatching(/^broken\.tf:2:\d+: Invalid expression/)]);
    const { findings, suppressed } = checkConfigs(read.variants[0]!.configs, { today });
    expect(suppressed).toBe(1);
    expect(findings.map((f) => [f.ruleId, f.span.start.line]).sort()).toEqual([
      ['iac/invalid-suppression', 5],
      ['iac/missing-ip-whitelist', 2],
      ['iac/missing-space-whitelist', 2],
    ]);
    expect(findings.find((f) => f.ruleId === 'iac/missing-ip-whitelist')!.detail).toMatch(/has no reason, so it suppresses nothing/);
  });

  it('places a hardcoded token at the attribute that resolves to it, even through a variable, and never prints it', async () => {
    const token = liveToken();
    const configs = await only({
      'main.tf': `variable "legacy" {\n  default = "${token}"\n}\nresource "monime_access_token" "x" {\n  name = "Inventory Sync Script"\n  description = "was \${var.legacy}"\n}\n`,
    });
    const findings = checkConfigs(configs, { today }).findings.filter((f) => f.ruleId === 'iac/hardcoded-token');
    expect(findings.map((f) => f.span.start)).toEqual([{ line: 6, column: 17 }]);
    expect(JSON.stringify(findings)).not.toContain(token);
  });
});

describe('scanIac on Terraform', () => {
  it('checks a module once per environment file, naming the environments a finding depends on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-tf-'));
    fs.mkdirSync(path.join(dir, 'infra'));
    fs.mkdirSync(path.join(dir, 'infra', '.terraform'));
    fs.writeFileSync(
      path.join(dir, 'infra', 'main.tf'),
      'variable "expiry" {}\nresource "monime_access_token" "shop" {\n  name = "Shop Checkout"\n  expires_at = var.expiry\n  whitelist_space_ids = ["spc-1"]\n  whitelist_ips = ["203.0.113.45"]\n  roles = ["payments:read"]\n}\n',
    );
    fs.writeFileSync(path.join(dir, 'infra', 'dev.tfvars'), 'expiry = "2027-01-15"\n');
    fs.writeFileSync(path.join(dir, 'infra', 'prod.tfvars'), 'expiry = "never"\n');
    fs.writeFileSync(path.join(dir, 'infra', '.terraform', 'copy.tf'), 'resource "monime_access_token" "cached" {}\n');
    const result = await scanIac({ root: dir, today });
    expect(result.errors).toEqual([]);
    expect(result.findings.map((f) => [f.path, f.span.start.line, f.ruleId, f.detail])).toEqual([
      ['infra/main.tf', 4, 'iac/no-expiry', 'live token "monime_access_token.shop" never expires (with prod.tfvars)'],
    ]);

    const chosen = await scanIac({ root: dir, today, varFiles: ['infra/dev.tfvars'] });
    expect(chosen.findings).toEqual([]);
  });
});
