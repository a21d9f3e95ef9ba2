import { describe, expect, it } from 'vitest';
import { checkConfigs } from '../../src/iac/check.js';
import { readPlan } from '../../src/iac/plan.js';
import { UNKNOWN } from '../../src/iac/model.js';

const today = new Date('2026-11-28T00:00:00Z');

/** A plan as `terraform show -json` writes it, with the changes given. */
function plan(changes: object[]): string {
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', resource_changes: changes }, null, 2);
}

const resource = (address: string, after: object, extra: object = {}): object => ({
  address,
  type: 'monime_access_token',
  name: address.split('.').pop(),
  change: { actions: ['create'], before: null, after, after_unknown: {}, ...extra },
});

describe('Terraform plan JSON', () => {
  it('reads created and updated token resources with their positions, and skips deletions and other types', () => {
    const text = plan([
      resource('monime_access_token.fail_shop', {
        name: 'Shop Website',
        test_mode: false,
        expires_at: null,
        roles: ['payments:*'],
        whitelist_ips: ['0.0.0.0/0'],
        whitelist_space_ids: ['spc-1'],
      }),
      resource('monime_access_token.pass_worker', {
        name: 'Inventory Sync Script',
        test_mode: false,
        expires_at: '2027-03-01T00:00:00Z',
        roles: ['payments:read'],
        whitelist_ips: ['203.0.113.45'],
        whitelist_space_ids: ['spc-1'],
      }),
      { ...resource('monime_access_token.gone', { name: 'Old' }), change: { actions: ['delete'], before: {}, after: null } },
      { address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', change: { actions: ['create'], after: {} } },
    ]);
    const configs = readPlan(text, 'plan.json');
    expect(configs.map((c) => c.label)).toEqual(['monime_access_token.fail_shop', 'monime_access_token.pass_worker']);
    const findings = checkConfigs(configs, { today }).findings;
    expect(new Set(findings.map((f) => f.masked))).toEqual(new Set(['monime_access_token.fail_shop']));
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['iac/broad-ip-whitelist', 'iac/no-expiry', 'iac/wildcard-role']);
    const wildcard = findings.find((f) => f.ruleId === 'iac/wildcard-role')!;
    expect(text.split('\n')[wildcard.span.start.line - 1]).toContain('"roles"');
  });

  it('keeps values known only after apply unknown, never guessed', () => {
    const text = plan([
      resource(
        'monime_access_token.later',
        { name: 'Payouts Worker', test_mode: false, roles: ['payouts:write'] },
        { after_unknown: { expires_at: true, whitelist_ips: true, whitelist_space_ids: true } },
      ),
    ]);
    const [config] = readPlan(text, 'plan.json');
    expect(config!.expiry).toBe(UNKNOWN);
    expect(config!.ips).toBe(UNKNOWN);
    expect(checkConfigs([config!], { today }).findings).toEqual([]);
    expect(() => readPlan('{"resource_changes": [', 'plan.json')).toThrow(/^plan\.json:1:\d+: /);
  });
});
