import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const missingIpWhitelist = definePolicy<TokenConfig>({
  id: 'iac/missing-ip-whitelist',
  severity: 'warning',
  description: 'A live token with no IP whitelist; an error when it can write payouts.',
  remediation: "Whitelist your servers' addresses (single IPs or CIDR ranges), so a leaked token is useless elsewhere.",
  check(config) {
    if (config.mode !== 'live') return [];
    if (config.ips !== undefined && (!known(config.ips) || config.ips.length > 0)) return [];
    const payouts = known(config.roles) && config.roles.some((r) => r === 'payouts:write' || r === 'payouts:*' || r === '*' || r === '*:*');
    return [
      {
        message: `live token "${config.label}" has no IP whitelist${payouts ? ' and can send payouts' : ''}`,
        ...(payouts ? { severity: 'error' as const } : {}),
      },
    ];
  },
  example: () => `tokens:
  - name: pass-whitelisted
    mode: live
    whitelist: { ips: [203.0.113.45] }
  - name: fail-payouts
    mode: live
    roles: [payouts:write]
`,
});
