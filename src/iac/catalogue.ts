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

/** The closest name within a small edit distance, for "did you mean". */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(name.toLowerCase(), candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
