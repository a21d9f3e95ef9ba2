import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const noExpiry = definePolicy<TokenConfig>({
  id: 'iac/no-expiry',
  severity: 'error',
  description: 'A live token that never expires.',
  remediation: 'Give the token an expiry (the vendor suggests rotating every 3 to 6 months) and rotate it before then.',
  check(config) {
    if (config.mode !== 'live') return [];
    if (config.expiry === undefined) return [{ message: `live token "${config.label}" has no expiry set, so it never expires` }];
    return known(config.expiry) && config.expiry.kind === 'never' ? [{ message: `live token "${config.label}" never expires`, field: 'expiry' }] : [];
  },
  example: () => `tokens:
  - name: pass-website
    mode: live
    expiry: 1-year
  - name: pass-test-token
    mode: test
    expiry: never
  - name: fail-never
    mode: live
    expiry: never
  - name: fail-unset
    mode: live
`,
});
