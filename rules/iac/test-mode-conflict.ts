import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

/** Test tokens always expire after two months; a manifest may say so in days too. */
const TWO_MONTHS = 60;

export const testModeConflict = definePolicy<TokenConfig>({
  id: 'iac/test-mode-conflict',
  severity: 'error',
  description: 'A test-mode token configured with settings test mode does not allow: whitelists, or an expiry other than two months.',
  remediation: 'Remove the whitelists and the expiry from test tokens (the dashboard fixes them), or make the token live.',
  check(config) {
    if (config.mode !== 'test') return [];
    const violations = [];
    if (known(config.spaces) && config.spaces.length > 0)
      violations.push({ message: `test token "${config.label}" has a Space whitelist, which test mode disables`, field: 'spaces' });
    if (known(config.ips) && config.ips.length > 0)
      violations.push({ message: `test token "${config.label}" has an IP whitelist, which test mode disables`, field: 'ips' });
    if (known(config.expiry) && !(config.expiry.kind === 'days' && config.expiry.days === TWO_MONTHS)) {
      violations.push({ message: `test token "${config.label}" sets an expiry other than two months, which test mode fixes`, field: 'expiry' });
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-test
    mode: test
    expiry: 2-months
  - name: fail-whitelist
    mode: test
    whitelist: { ips: [203.0.113.45] }
`,
});
