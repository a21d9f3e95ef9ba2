import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const missingSpaceWhitelist = definePolicy<TokenConfig>({
  id: 'iac/missing-space-whitelist',
  severity: 'warning',
  description: 'A live token with no Space whitelist; an error when it has write roles.',
  remediation: 'Whitelist the one Space (`spc-…`) the token works in, so it cannot act on another.',
  check(config) {
    if (config.mode !== 'live') return [];
    if (config.spaces !== undefined && (!known(config.spaces) || config.spaces.length > 0)) return [];
    const writes = known(config.roles) && config.roles.some((r) => r.endsWith(':write') || r.endsWith(':*') || r === '*');
    return [
      { message: `live token "${config.label}" has no Space whitelist${writes ? ' and can write' : ''}`, ...(writes ? { severity: 'error' as const } : {}) },
    ];
  },
  example: () => `tokens:
  - name: pass-whitelisted
    mode: live
    whitelist: { spaces: [spc-abc123] }
  - name: fail-writes
    mode: live
    roles: [payments:write]
`,
});
