import { expiryDays, known, type TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

export const expiryTooLong = definePolicy<TokenConfig>({
  id: 'iac/expiry-too-long',
  severity: 'warning',
  description: 'A token whose expiry lies beyond the maximum lifetime, or beyond its rotation window.',
  remediation: 'Shorten the expiry to the rotation window (180 days by default) and rotate the token before it expires.',
  options: {
    maxDays: { type: 'integer', description: 'Longest lifetime in days before a warning (default 365).' },
    rotationDays: {
      type: 'integer',
      description: 'Rotation window in days before a note (default 180), for tokens that do not declare their own `rotateEveryDays`.',
    },
  },
  check(config, { today, options }) {
    const maxDays = Number(options.maxDays ?? 365);
    // A token that declares its own rotation schedule (`rotateEveryDays`) is held to it instead of
    // the config's window; the config's maximum still bounds both.
    const own = known(config.rotateEveryDays) ? config.rotateEveryDays : undefined;
    const rotationDays = own ?? Number(options.rotationDays ?? 180);
    const window = own === undefined ? `the ${rotationDays}-day rotation window` : `its own ${own}-day rotation (rotateEveryDays)`;
    const findings: { message: string; field: 'expiry' | 'rotateEveryDays'; severity?: 'note' }[] = [];
    if (own !== undefined && own > maxDays)
      findings.push({ message: `"${config.label}" rotates every ${own} days, beyond the ${maxDays}-day maximum`, field: 'rotateEveryDays' });
    if (!known(config.expiry)) return findings;
    const days = expiryDays(config.expiry, today);
    if (days === undefined) return findings;
    if (days > maxDays) findings.push({ message: `"${config.label}" expires in ${days} days, beyond the ${maxDays}-day maximum`, field: 'expiry' });
    else if (days > rotationDays) findings.push({ message: `"${config.label}" expires in ${days} days, beyond ${window}`, field: 'expiry', severity: 'note' });
    return findings;
  },
  example: () => `tokens:
  - name: pass-two-months
    mode: live
    expiry: 2-months
  - name: fail-two-years
    mode: live
    expiry: 2-years
  - name: pass-own-rotation
    mode: live
    expiry: 2027-08-05
    rotateEveryDays: 300
  - name: fail-beyond-own-rotation
    mode: live
    expiry: 2-months
    rotateEveryDays: 30
  - name: fail-rotation-beyond-maximum
    mode: live
    expiry: 2-months
    rotateEveryDays: 400
`,
});
