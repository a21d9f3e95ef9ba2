import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const wildcardRole = definePolicy<TokenConfig>({
  id: 'iac/wildcard-role',
  severity: 'error',
  description: 'A wildcard role (`*`, `*:*`, `<service>:*`) that grants more than the token needs.',
  remediation: 'List the roles the application needs, one `<service>:<read|write>` at a time.',
  check(config) {
    if (!known(config.roles)) return [];
    return config.roles
      .filter((role) => role.trim() === '*' || role.trim().endsWith(':*'))
      .map((role) => ({ message: `"${config.label}" has the wildcard role ${role}`, field: 'roles', key: role }));
  },
  example: () => `tokens:
  - name: pass-payments
    roles: [payments:read]
  - name: fail-star
    roles: ["*"]
  - name: fail-service-star
    roles: ["payouts:*"]
`,
});
