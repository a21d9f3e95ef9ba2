import { createHash } from 'node:crypto';

/** Length of a fingerprint in hex characters (128 bits). */
export const FINGERPRINT_LENGTH = 32;

/**
 * A finding's identity: a hash of the rule id and the token, so it survives line moves, renames
 * and rebases, and the same token in two places has one fingerprint. SHA-256 of a secret with
 * hundreds of bits of entropy does not reveal it.
 */
export function fingerprintOf(ruleId: string, token: string): string {
  return createHash('sha256').update(`${ruleId}\0${token}`).digest('hex').slice(0, FINGERPRINT_LENGTH);
}
