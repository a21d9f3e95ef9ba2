import { compareActiveFirst } from '../findings/order.js';
import type { ScanResult } from '../types.js';
import { packageVersion } from '../version.js';
import { defaultCacheDir, verifyEndpoint, verifyTokens } from '../verify/index.js';

/** How a scan verifies the tokens it found (`--verify`); every field has a safe default. */
export interface VerifySettings {
  /** Requests at once (default 4, at most 4). */
  concurrency?: number;
  /** Milliseconds before a request counts as timed out (default 10,000). */
  timeoutMs?: number;
  /** How long an answer is kept in the cache, in milliseconds (default one hour). */
  cacheTtlMs?: number;
  /** Keep answers in the user's cache directory (default true). */
  cache?: boolean;
}

/**
 * Asks Monime's API about each distinct token the result's findings hold (one request per token,
 * however many findings share it), sets each finding's `verification`, and puts active tokens
 * first. `secrets` maps findings' fingerprints to their tokens, as the scan kept them in memory;
 * a finding without a token (a policy, a client-exposed variable with no value) is left as it is.
 */
export async function verifyResult(result: ScanResult, secrets: ReadonlyMap<string, string>, settings: VerifySettings = {}): Promise<void> {
  // The endpoint is settled before anything is sent: a non-loopback override stops the run here.
  const endpoint = verifyEndpoint();
  const tokens = new Map<string, string>();
  for (const finding of result.findings) {
    const token = secrets.get(finding.fingerprint);
    if (token) tokens.set(finding.fingerprint, token);
  }
  if (tokens.size === 0) return;
  const answers = await verifyTokens(tokens, {
    endpoint,
    userAgent: `monime-guard/${packageVersion()}`,
    ...(settings.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
    ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
    cache: settings.cache === false ? false : { dir: defaultCacheDir(), ttlMs: settings.cacheTtlMs ?? 60 * 60 * 1000 },
  });
  for (const finding of result.findings) {
    const answer = answers.get(finding.fingerprint);
    if (answer) finding.verification = answer;
  }
  result.findings.sort(compareActiveFirst);
}
