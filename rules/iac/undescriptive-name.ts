import { known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

/** Names that say nothing about what the token is for. */
const GENERIC = new Set([
  'token',
  'test',
  'new token',
  'my token',
  'api',
  'api key',
  'key',
  'secret',
  'temp',
  'tmp',
  'default',
  'access token',
  'monime',
  'monime token',
]);

export const undescriptiveName = definePolicy<TokenConfig>({
  id: 'iac/undescriptive-name',
  severity: 'warning',
  description: 'A token without a name, or with a generic one that does not say what uses it.',
  remediation: 'Name the token after what uses it ("Main Website Integration", "Inventory Sync Script"), so a leak can be traced and revoked.',
  check(config) {
    if (config.name === undefined) return [{ message: `the token at line ${config.at.line} has no name` }];
    if (!known(config.name)) return [];
    const name = config.name.trim().toLowerCase();
    return GENERIC.has(name) || name.length < 4 ? [{ message: `"${config.name}" does not say what uses the token`, field: 'name' }] : [];
  },
  example: () => `tokens:
  - name: pass Inventory Sync Script
  - purpose: fail-no-name
  - name: token
    purpose: fail-generic
`,
});
