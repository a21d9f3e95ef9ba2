import { parseRole } from '../../src/iac/catalogue.js';
import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const overScoped = definePolicy<TokenConfig>({
  id: 'iac/over-scoped',
  severity: 'warning',
  description: 'Write roles on more services than the limit, all services selected, services without roles, or roles outside the selected services.',
  remediation: 'Give each application its own token with the fewest services and roles it needs.',
  options: {
    maxWriteServices: { type: 'integer', description: 'Most services a token may write to (default 2).' },
  },
  check(config, { options }) {
    const violations = [];
    const roles = known(config.roles) ? config.roles.map(parseRole) : [];
    const services = known(config.services) ? config.services : undefined;
    const maxWrite = Number(options.maxWriteServices ?? 2);
    const writeServices = [...new Set(roles.filter((r) => r.action === 'write').map((r) => r.service))];
    if (writeServices.length > maxWrite)
      violations.push({
        message: `"${config.label}" can write to ${writeServices.length} services (${writeServices.join(', ')}); the limit is ${maxWrite}`,
        field: 'roles',
        key: 'write-services',
      });
    if (services?.some((s) => s === '*' || s.toLowerCase() === 'all'))
      violations.push({ message: `"${config.label}" selects all services`, field: 'services', key: 'all' });
    if (services) {
      const withRoles = new Set(roles.map((r) => r.service));
      // A wildcard role (`*`, `*:read`) reaches every service: no selected service is left without
      // a role, and iac/wildcard-role reports the wildcard itself.
      const everyService = withRoles.has('*');
      for (const service of services.filter((s) => !everyService && s !== '*' && s.toLowerCase() !== 'all' && !withRoles.has(s))) {
        violations.push({ message: `"${config.label}" selects the service ${service} but gives it no role`, field: 'services', key: service });
      }
      for (const role of roles.filter((r) => r.service !== '*' && !services.includes(r.service) && !services.includes('*'))) {
        violations.push({
          message: `"${config.label}" has the role ${role.service}:${role.action} outside its selected services`,
          field: 'roles',
          key: `${role.service}:${role.action}`,
        });
      }
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-narrow
    services: [payments]
    roles: [payments:read, payments:write]
  - name: fail-many-writes
    roles: [payments:write, payouts:write, customers:write]
  - name: fail-no-roles
    services: [payments, analytics]
    roles: [payments:read]
  - name: pass-wildcard-is-a-role
    services: [payments]
    roles: ["*"]
`,
});
