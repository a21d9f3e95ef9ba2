/**
 * Live verification (docs/verify.md): asks the Monime API root whether tokens still authenticate.
 * The engine's scans and reports use it; it knows nothing of them.
 */
export { verifyTokens, MAX_CONCURRENCY, MAX_RATE_PER_SECOND, DEFAULT_TIMEOUT_MS, DEFAULT_MAX_RETRIES, DEFAULT_CACHE_TTL_MS } from './verify-tokens.js';
export { verifyEndpoint, MONIME_API_URL, VERIFY_URL_VARIABLE } from './endpoint.js';
export { defaultCacheDir } from './cache.js';
export { MAX_RETRY_WAIT_MS, type Verification, type VerificationState, type UnknownReason, type VerifyOptions, type VerifyCacheOptions } from './types.js';
