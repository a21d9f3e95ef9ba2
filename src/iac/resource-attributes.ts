import { looksLikeDate } from '../calendar-date.js';
import { ConfigError } from '../errors.js';
import { parseExpiry, UNKNOWN, type TokenConfig } from './model.js';

/**
 * The attributes of a `monime_access_token` resource, read into the model the same way from
 * Terraform HCL and from a plan: `read(attribute, field)` gives the attribute's value (undefined
 * when absent, {@link UNKNOWN} when known only at apply) and records where it is.
 */
export function readTokenAttributes(config: TokenConfig, read: (attribute: string, field: keyof TokenConfig) => unknown): void {
  const text = (value: unknown): string | typeof UNKNOWN => (typeof value === 'string' ? value : UNKNOWN);
  const name = read('name', 'name');
  if (name !== undefined && name !== null) config.name = text(name);
  const testMode = read('test_mode', 'mode');
  config.mode = testMode === UNKNOWN ? UNKNOWN : testMode === true || testMode === 'true' ? 'test' : 'live';
  const expires = read('expires_at', 'expiry');
  if (expires === null || expires === undefined) {
    // No expiry means never for a live token; a test token's expiry is fixed (two months) by Monime.
    if (config.mode !== 'test') config.expiry = config.mode === UNKNOWN ? UNKNOWN : { kind: 'never' };
  } else {
    config.expiry = expires === UNKNOWN ? UNKNOWN : (parseExpiry(expires) ?? UNKNOWN);
    if (config.expiry === UNKNOWN && typeof expires === 'string' && looksLikeDate(expires)) {
      const where = config.positions.expiry ?? config.at;
      throw new ConfigError(`${config.file}:${where.line}:${where.column}: ${config.label}: expires_at ${expires} is not a day in the calendar`);
    }
  }
  const release = read('api_release', 'apiRelease');
  if (release !== undefined && release !== null) config.apiRelease = text(release);
  const lists: [string, 'spaces' | 'ips' | 'services' | 'roles'][] = [
    ['whitelist_space_ids', 'spaces'],
    ['whitelist_ips', 'ips'],
    ['services', 'services'],
    ['roles', 'roles'],
  ];
  for (const [attribute, field] of lists) {
    const value = read(attribute, field);
    if (value === undefined || value === null) continue;
    config[field] = Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : UNKNOWN;
  }
}
