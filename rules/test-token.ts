import { defineRule } from './define-rule.js';

export const testToken = defineRule({
  id: 'test-token',
  tokenKind: 'test',
  severity: 'warning',
  description: 'A Monime test-mode access token (`mon_test_…`) that moves simulated money only.',
  remediation: 'Test tokens cannot move real money, but they still open your test Space: load them from the environment and revoke any that were pushed.',
  positive: [
    (t) => `MONIME_ACCESS_TOKEN=${t.test()}`,
    (t) => `export const token = \`${t.test(32)}\`;`,
    (t) => `apiKey: ${t.test()}`,
    (t) => `env: ${Buffer.from(`MONIME_ACCESS_TOKEN=${t.test()}\n`).toString('base64url')}`,
    (t) => `"token":"${t.test().replaceAll('_', '\\x5f')}"`,
  ],
  negative: [
    () => `MONIME_ACCESS_TOKEN=mon_test_${'X'.repeat(31)}`,
    () => `MONIME_ACCESS_TOKEN=mon_test_${'x'.repeat(64)}`,
    () => 'common_test_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
    () => 'mon_test_speed_desc_base_immobile',
    () => 'token: mon_test_aB3d****wXy9',
    () => 'MONIME_ACCESS_TOKEN=mon_test_...',
    () => 'MONIME_ACCESS_TOKEN=mon_test_…',
    () => 'id = mon_test_42',
    () => 'MONIME_ACCESS_TOKEN="mon_test_<token>"',
    () => `mon_test_${'ABCDEFGHIJKLMNOPQRSTUVWXYZ'}`,
    () => `mon_test_${'aB3'.repeat(12)}`,
  ],
});
