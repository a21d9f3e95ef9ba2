/**
 * The default catalogue of Monime services, each with `read` and `write` roles (the vendor's list:
 * the vendor's list is open-ended; the config extends it with `rules.iac/unknown-role.options`).
 */
export const DEFAULT_SERVICES = [
  'payments',
  'payouts',
  'customers',
  'analytics',
  'payment-codes',
  'checkout-sessions',
  'financial-accounts',
  'financial-transactions',
  'internal-transfers',
  'webhooks',
];

/** A role split into its service and action (`payments:write`); undefined parts when malformed. */
export function parseRole(role: string): { service: string; action: string } {
  const at = role.indexOf(':');
  return at === -1 ? { service: role.trim(), action: '' } : { service: role.slice(0, at).trim(), action: role.slice(at + 1).trim() };
}
