import { defineRule } from './define-rule.js';

export const liveToken = defineRule({
  id: 'live-token',
  tokenKind: 'live',
  severity: 'error',
  description: 'A live Monime access token (`mon_…`) that can move real money.',
  remediation:
    'Revoke the token in the Monime dashboard, create a new one, and load it from a secret store or a server-side environment variable.',
  positive: [
    (t) => `MONIME_ACCESS_TOKEN=${t.live()}`,
    (t) => `const client = new Monime({ token: "${t.live()}" });`,
    (t) => `Authorization: Bearer ${t.live(40)}`,
    (t) => `  token: '${t.live()}' # rotate me`,
    (t) => `data:\n  token: ${Buffer.from(t.live()).toString('base64')}`,
    (t) => `curl -u ${Buffer.from(`${t.live()}:`).toString('base64')}`,
    (t) => `url = "https://example.com/cb?token=${encodeURIComponent(t.live()).replace('_', '%5F')}"`,
    (t) => `{"token": "${t.live().replace('_', '\\u005f')}"}`,
  ],
  negative: [
    () => 'char mon_decimal_point; char *mon_thousands_sep; char mon_grouping;',
    () => 'mon_allow_pool_delete = true',
    () => 'daemon_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
    () => 'pokemon_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f',
    () => `MONIME_ACCESS_TOKEN=mon_${'Y'.repeat(31)}`,
    () => 'MONIME_ACCESS_TOKEN=mon_<your-token>',
    () => 'MONIME_ACCESS_TOKEN=mon_${MONIME_TOKEN}',
    () => 'token: "mon_{{ monime_token }}"',
    () => 'token = mon_aB3d****wXy9',
    () => 'token = mon_aB3d…wXy9',
    () => 'voici mon_token pour le test',
    () => 'mon_getTransactionHistoryForAccount()',
    () => 'mon_abcdefghijklmnopqrstuvwxyzABCDEF',
    () => `sha = "mon_${'0123456789abcdef'.repeat(4)}"`,
  ],
});
