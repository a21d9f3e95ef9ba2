import { closest } from '../../src/closest-name.js';
import { DEFAULT_SERVICES, parseRole } from '../../src/iac/catalogue.js';
import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const unknownRole = definePolicy<TokenConfig>({
  id: 'iac/unknown-role',
  severity: 'warning',
  description: 'A role or service that is not in the catalogue of Monime services.',
  remediation: 'Fix the spelling, or add the service to `rules.iac/unknown-role.options.services` in the config.',
  options: {
    services: { type: 'strings', description: 'Services to add to the default catalogue.' },
  },
  check(config, { options }) {
    const catalogue = [...DEFAULT_SERVICES, ...((options.services as string[] | undefined) ?? [])];
    const violations = [];
    const hint = (name: string): string => {
      const guess = closest(name, catalogue);
      return guess ? `; did you mean ${guess}?` : '';
    };
    for (const role of known(config.roles) ? config.roles : []) {
      const { service, action } = parseRole(role);
      if (service === '*' || action === '*') continue;
      if (!catalogue.includes(service))
        violations.push({ message: `"${config.label}" has the role ${role}, whose service ${service} is unknown${hint(service)}`, field: 'roles', key: role });
      else if (action !== 'read' && action !== 'write')
        violations.push({ message: `"${config.label}" has the role ${role}: the action must be read or write`, field: 'roles', key: role });
    }
    for (const service of known(config.services) ? config.services : []) {
      if (service !== '*' && service.toLowerCase() !== 'all' && !catalogue.includes(service))
        violations.push({ message: `"${config.label}" selects the unknown service ${service}${hint(service)}`, field: 'services', key: service });
    }
    return violations;
  },
  example: () => `tokens:
  - name: pass-known
    services: [payments]
    roles: [payments:read]
  - name: fail-typo
    roles: [paymnets:read]
`,
});
