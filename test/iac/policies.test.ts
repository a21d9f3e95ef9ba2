import { describe, expect, it } from 'vitest';
import { policyRules } from '../../rules/index.js';
import { checkConfigs } from '../../src/iac/check.js';
import { readManifest } from '../../src/iac/manifest.js';
import { known, type TokenConfig } from '../../src/iac/model.js';
import { exampleTokens } from '../support/tokens.js';

const today = new Date('2026-11-28T00:00:00Z');

/** Whether an example entry is meant to fail: by its name, or by its purpose when the name is what is judged. */
function expectation(config: TokenConfig): 'pass' | 'fail' {
  const label = known(config.name) && /^(pass|fail)/.test(config.name) ? config.name : known(config.purpose) ? config.purpose : '';
  return label.startsWith('fail') ? 'fail' : 'pass';
}

describe.each(policyRules.map((policy) => [policy.id, policy] as const))('policy %s', (id, policy) => {
  it('fails exactly the example entries meant to fail', () => {
    const configs = readManifest(policy.example(exampleTokens), 'monime-tokens.yaml', true);
    expect(configs.length).toBeGreaterThan(1);
    const { findings } = checkConfigs(configs, { today });
    const failing = new Set(findings.filter((f) => f.ruleId === id).map((f) => `${f.path}:${f.masked}`));
    for (const config of configs) {
      expect(failing.has(`${config.file}:${config.label}`), `${config.label} should ${expectation(config)}`).toBe(expectation(config) === 'fail');
    }
    expect(JSON.stringify(findings)).not.toMatch(/mon_[A-Za-z0-9]{30,}/);
  });
});

describe('manifest reading and suppressions', () => {
  it('reads positions, kind documents and JSON, and reports malformed input with file:line:column', () => {
    const yaml = 'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    roles: [payments:write]\n';
    const [config] = readManifest(yaml, 'monime-tokens.yaml', true);
    expect(config).toMatchObject({
      label: 'Shop Website',
      mode: 'live',
      expiry: { kind: 'never' },
      at: { line: 2, column: 5 },
      positions: { expiry: { line: 4, column: 13 } },
    });
    const kind = readManifest('kind: MonimeAccessToken\nspec:\n  name: Inventory Sync Script\n  mode: test\n', 'k8s/token.yaml', false);
    expect(kind.map((c) => c.label)).toEqual(['Inventory Sync Script']);
    expect(readManifest('{"tokens": [{"name": "Payouts Worker", "mode": "live"}]}', 'monime-tokens.json', true).map((c) => c.mode)).toEqual(['live']);
    expect(() => readManifest('tokens:\n  - name: [oops\n', 'monime-tokens.yaml', true)).toThrow(/^monime-tokens\.yaml:\d+:\d+: /);
  });

  it.each([
    ['tokens:\n  - name: Shop\n    mode: production\n', '3:11: `mode` must be test or live'],
    ['tokens:\n  - name: Shop\n    expiry: soon\n', '3:13: `expiry` must be 2-months'],
    ['tokens:\n  - name: Shop\n    expires: never\n', '3:5: unknown field `expires` in a token entry: did you mean `expiry`?'],
    ['tokens:\n  - name: Shop\n    roles: payments:read\n', '3:12: `roles` must be a list'],
    ['tokens:\n  - name: Shop\n    whitelist: { ip: [203.0.113.45] }\n', '3:18: unknown field `ip` in `whitelist`: did you mean `ips`?'],
    ['tokens:\n  - name: [Shop]\n', '2:11: `name` must be a string'],
    ['tokens:\n  - name: Shop\n    rotateEveryDays: 1.5\n', '3:22: `rotateEveryDays` must be a whole number'],
  ])('rejects a malformed entry with file:line:column: %j', (text, message) => {
    expect(() => readManifest(text, 'monime-tokens.yaml', true)).toThrow(`monime-tokens.yaml:${message}`);
  });

  it('keeps x- fields for other tools', () => {
    expect(readManifest('tokens:\n  - name: Shop Website\n    x-team: payments\n', 'monime-tokens.yaml', true).map((c) => c.label)).toEqual(['Shop Website']);
  });

  it('suppresses with a reason, not without one, and not after the date', () => {
    const text = [
      'tokens:',
      '  # monime-guard-ignore iac/no-expiry -- legacy integration, retiring in Q1',
      '  - name: Legacy Shop',
      '    mode: live',
      '    expiry: never',
      '  # monime-guard-ignore iac/no-expiry',
      '  - name: Careless Shop',
      '    mode: live',
      '    expiry: never',
      '  # monime-guard-ignore iac/no-expiry -- until the migration until 2026-01-31',
      '  - name: Expired Shop',
      '    mode: live',
      '    expiry: never',
    ].join('\n');
    const { findings, suppressed } = checkConfigs(readManifest(text, 'monime-tokens.yaml', true), { today });
    const noExpiry = findings.filter((f) => f.ruleId === 'iac/no-expiry');
    expect(suppressed).toBe(1);
    expect(noExpiry.map((f) => [f.masked, f.span.start.line])).toEqual([
      ['Careless Shop', 9],
      ['Expired Shop', 13],
    ]);
    expect(noExpiry[0]!.detail).toMatch(/has no reason, so it suppresses nothing/);
    expect(noExpiry[1]!.detail).toMatch(/expired on 2026-01-31/);
  });

  it('takes severities, switches and limits from the config', () => {
    const configs = readManifest('tokens:\n  - name: Big Writer\n    roles: [payments:write, payouts:write, customers:write]\n', 'monime-tokens.yaml', true);
    expect(checkConfigs(configs, { today }).findings.filter((f) => f.ruleId === 'iac/over-scoped')).toHaveLength(1);
    const relaxed = checkConfigs(configs, { today, config: { rules: { 'iac/over-scoped': { options: { maxWriteServices: 3 } } } as never } });
    expect(relaxed.findings.filter((f) => f.ruleId === 'iac/over-scoped')).toEqual([]);
    const off = checkConfigs(configs, { today, config: { rules: { 'iac/undescriptive-name': { enabled: false } } } });
    expect(off.findings.some((f) => f.ruleId === 'iac/undescriptive-name')).toBe(false);
  });
});
