import { expiryDays, known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const expiryTooLong = definePolicy<TokenConfig>({
  id: 'iac/expiry-too-long',
  severity: 'warning',
  description: 'A token whose expiry lies beyond the maximum lifetime, or beyond the rotation window.',
  remediation: 'Shorten the expiry to the rotation window (180 days by default) and rotate the token before it expires.',
  options: {
    maxDays: { type: 'integer', description: 'Longest lifetime in days before a warning (default 365).' },
    rotationDays: { type: 'integer', description: 'Rotation window in days before a note (default 180).' },
  },
  check(config, { today, options }) {
    if (!known(config.expiry)) return [];
    const days = expiryDays(config.expiry, today);
    if (days === undefined) return [];
    const maxDays = Number(options.maxDays ?? 365);
    const rotationDays = Number(options.rotationDays ?? 180);
    if (days > maxDays) return [{ message: `"${config.label}" expires in ${days} days, beyond the ${maxDays}-day maximum`, field: 'expiry' }];
    if (days > rotationDays) return [{ message: `"${config.label}" expires in ${days} days, beyond the ${rotationDays}-day rotation window`, field: 'expiry', severity: 'note' }];
    return [];
  },
  example: () => `tokens:
  - name: pass-two-months
    mode: live
    expiry: 2-months
  - name: fail-two-years
    mode: live
    expiry: 2-years
`,
});
