/**
 * What a verification says about one token, and the options of a verification run
 * (docs/verify.md).
 */

/**
 * What the Monime API said about a token: `active` (it authenticates), `inactive` (it does not),
 * or `unknown` (no usable answer; see {@link UnknownReason}).
 */
export type VerificationState = 'active' | 'inactive' | 'unknown';

/**
 * Why a verification is `unknown`: no answer in time (`timeout`), no connection (`network`), still
 * rate limited after the bounded retries (`rate-limit`), an answer that is not the API root's
 * (`unexpected-answer`: a 5xx, another status, a malformed body), or a redirect, which is never
 * followed with the token (`redirect`).
 */
export type UnknownReason = 'timeout' | 'network' | 'rate-limit' | 'unexpected-answer' | 'redirect';

/** The verification of one token. */
export interface Verification {
  /** What the API said. */
  state: VerificationState;
  /** For `active`: the environment the API reported (`live` or `test`); absent when it reported none. */
  environment?: 'live' | 'test';
  /** For `unknown`: why. */
  reason?: UnknownReason;
  /** One short line for humans. It never holds the token, a response body or a header value. */
  detail?: string;
  /** ISO 8601 time the answer was obtained; for an answer from the cache, when it was cached. */
  checkedAt: string;
  /** True when the answer came from the cache and no request was made. */
  cached?: boolean;
}

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
