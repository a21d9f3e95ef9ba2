/**
 * What a verification says about one token, and the options of a verification run
 * (docs/verify.md).
 */

export type { UnknownReason, Verification, VerificationState } from '../types.js';

/** Where verification results are cached between runs. */
export interface VerifyCacheOptions {
  /** The cache directory (created with mode 0700); the file in it is written with mode 0600. */
  dir: string;
  /** How long an answer is reused, in milliseconds; older entries are ignored and pruned. */
  ttlMs: number;
}

/** Options of {@link verifyTokens}. */
export interface VerifyOptions {
  /** The API root to ask, as {@link verifyEndpoint} returns it; anything else is refused. */
  endpoint: string;
  /** The `User-Agent` header: `monime-guard/<version>`. */
  userAgent: string;
  /** Requests in flight at once: default 4, and never more than 4 (a larger value is lowered to 4). */
  concurrency?: number;
  /** Requests started per second, across all requests and retries: default 10, and never more than 10. */
  ratePerSecond?: number;
  /** How long one request may take, connection to last byte, in milliseconds: default 10 000. */
  timeoutMs?: number;
  /**
   * How often a 429 is retried after its `retry-after` (default 2). The waits of one token add up
   * to at most {@link MAX_RETRY_WAIT_MS}; a `retry-after` beyond that ends the retries at once.
   */
  maxRetries?: number;
  /** The results cache, or `false` for none. Default: {@link defaultCacheDir} with a one-hour expiry. */
  cache?: VerifyCacheOptions | false;
  /** The clock, in milliseconds since the epoch (for tests); default `Date.now`. */
  now?: () => number;
}

/** The most a token's 429 retries wait in all, in milliseconds. */
export const MAX_RETRY_WAIT_MS = 30_000;
