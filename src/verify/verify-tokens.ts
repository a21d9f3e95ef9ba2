import * as http from 'node:http';
import * as https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { InputError } from '../errors.js';
import { cacheKey, defaultCacheDir, readCache, writeCache } from './cache.js';
import { requestUrl } from './endpoint.js';
import { requestVerification, type RequestSettings } from './request.js';
import { MAX_RETRY_WAIT_MS, type Verification, type VerifyOptions } from './types.js';

/** The most requests in flight at once, whatever the caller asks. */
export const MAX_CONCURRENCY = 4;
/** The most requests started per second, whatever the caller asks. */
export const MAX_RATE_PER_SECOND = 10;
/** The default time one request may take, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** The default number of retries of a 429. */
export const DEFAULT_MAX_RETRIES = 2;
/** The default life of a cached answer: one hour. */
export const DEFAULT_CACHE_TTL_MS = 60 * 60 * 1000;

/** The wait before retrying a 429 that names no `retry-after`. */
const DEFAULT_RETRY_WAIT_MS = 1000;

/** What is sent: a Monime token and nothing else, so no header can be smuggled in a value. */
const TOKEN = /^mon_(?:test_)?[A-Za-z0-9]+$/;

/**
 * Asks the Monime API root whether each token authenticates. `tokens` maps any keys (finding
 * fingerprints, say) to raw tokens; each distinct token is asked once, however many keys hold it,
 * and every key gets its token's verification. Answers come from the cache when it has a fresh one
 * (no request); `active` and `inactive` answers are cached, `unknown` ones are not, so a transient
 * failure is asked again next time.
 *
 * Throws an {@link InputError} before any request when the endpoint is neither the Monime API nor
 * a loopback URL, when a value is not a Monime token, or when an option is out of range. Network
 * failures never throw: they are `unknown` verifications.
 */
export async function verifyTokens(tokens: ReadonlyMap<string, string>, options: VerifyOptions): Promise<Map<string, Verification>> {
  const url = requestUrl(options.endpoint);
  const settings = readSettings(options);
  for (const token of tokens.values()) {
    if (!TOKEN.test(token)) throw new InputError('verifyTokens: a value is not a Monime token (mon_… or mon_test_…); nothing was sent');
  }
  const distinct = [...new Set(tokens.values())];
  const now = options.now ?? Date.now;
  const cache = options.cache === undefined ? { dir: defaultCacheDir(), ttlMs: DEFAULT_CACHE_TTL_MS } : options.cache;
  const endpoint = url.href;

  const answers = new Map<string, Verification>();
  const loaded = cache ? readCache(cache.dir, cache.ttlMs, now()) : undefined;
  const toAsk: string[] = [];
  for (const token of distinct) {
    const hit = loaded?.entries.get(cacheKey(endpoint, token));
    if (hit) answers.set(token, { ...hit, cached: true });
    else toAsk.push(token);
  }

  if (toAsk.length > 0) {
    const agent = new (url.protocol === 'https:' ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: settings.concurrency });
    try {
      const request: RequestSettings = { url, userAgent: options.userAgent, timeoutMs: settings.timeoutMs, agent };
      const limiter = createRateLimiter(settings.ratePerSecond);
      const queue = toAsk.values();
      const worker = async (): Promise<void> => {
        for (let next = queue.next(); !next.done; next = queue.next()) {
          const token = next.value;
          answers.set(token, { ...(await askWithRetries(token, request, limiter, settings.maxRetries)), checkedAt: new Date(now()).toISOString() });
        }
      };
      await Promise.all(Array.from({ length: Math.min(settings.concurrency, toAsk.length) }, worker));
    } finally {
      agent.destroy();
    }
  }

  if (cache && loaded) {
    const added = new Map<string, Omit<Verification, 'cached'>>();
    for (const token of toAsk) {
      const answer = answers.get(token);
      if (answer && answer.state !== 'unknown') added.set(cacheKey(endpoint, token), answer);
    }
    if (added.size > 0 || loaded.stale) writeCache(cache.dir, cache.ttlMs, now(), added);
  }

  const result = new Map<string, Verification>();
  for (const [key, token] of tokens) result.set(key, { ...answers.get(token)! });
  return result;
}

/** One token's verification, retrying a 429 after its `retry-after` while the retries and the wait budget last. */
async function askWithRetries(
  token: string,
  request: RequestSettings,
  limiter: () => Promise<void>,
  maxRetries: number,
): Promise<Omit<Verification, 'checkedAt'>> {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    await limiter();
    const outcome = await requestVerification(token, request);
    if (outcome.kind === 'answer') return withPrefixCheck(token, outcome.verification);
    const wait = outcome.retryAfterMs ?? DEFAULT_RETRY_WAIT_MS;
    if (attempt >= maxRetries) {
      return { state: 'unknown', reason: 'rate-limit', detail: `still rate limited (HTTP 429) after ${maxRetries} ${maxRetries === 1 ? 'retry' : 'retries'}` };
    }
    if (waited + wait > MAX_RETRY_WAIT_MS) {
      return { state: 'unknown', reason: 'rate-limit', detail: `rate limited (HTTP 429); the wait asked for passes the ${MAX_RETRY_WAIT_MS / 1000} s bound` };
    }
    waited += wait;
    await sleep(wait);
  }
}

/** Says so in the detail when the environment the API reports is not the one the token's prefix names. */
function withPrefixCheck(token: string, verification: Omit<Verification, 'checkedAt' | 'cached'>): Omit<Verification, 'checkedAt' | 'cached'> {
  if (verification.state !== 'active' || verification.environment === undefined) return verification;
  const prefix = token.startsWith('mon_test_') ? 'test' : 'live';
  if (prefix === verification.environment) return verification;
  return { ...verification, detail: `authenticated (${verification.environment}), although its prefix says ${prefix}` };
}

/**
 * Spaces request starts at least `1000 / ratePerSecond` ms apart across all workers, so no
 * second holds more than `ratePerSecond` starts. Each caller reserves the next slot at once and
 * waits for it, so the order of starts is the order of calls.
 */
function createRateLimiter(ratePerSecond: number): () => Promise<void> {
  const interval = 1000 / ratePerSecond;
  let next = 0;
  return async () => {
    const now = performance.now();
    const at = Math.max(now, next);
    next = at + interval;
    if (at > now) await sleep(at - now);
  };
}

/** The numeric options with their defaults and bounds; an out-of-range value throws naming the option. */
function readSettings(options: VerifyOptions): { concurrency: number; ratePerSecond: number; timeoutMs: number; maxRetries: number } {
  const concurrency = options.concurrency ?? MAX_CONCURRENCY;
  const ratePerSecond = options.ratePerSecond ?? MAX_RATE_PER_SECOND;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new InputError(`verifyTokens: concurrency must be a whole number of at least 1 (got ${concurrency})`);
  if (!(ratePerSecond > 0) || !Number.isFinite(ratePerSecond))
    throw new InputError(`verifyTokens: ratePerSecond must be a positive number (got ${ratePerSecond})`);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1)
    throw new InputError(`verifyTokens: timeoutMs must be a whole number of milliseconds, at least 1 (got ${timeoutMs})`);
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new InputError(`verifyTokens: maxRetries must be a whole number, at least 0 (got ${maxRetries})`);
  if (options.cache && (!(options.cache.ttlMs >= 0) || typeof options.cache.dir !== 'string' || options.cache.dir === '')) {
    throw new InputError('verifyTokens: cache needs a directory and a ttlMs of at least 0');
  }
  return { concurrency: Math.min(concurrency, MAX_CONCURRENCY), ratePerSecond: Math.min(ratePerSecond, MAX_RATE_PER_SECOND), timeoutMs, maxRetries };
}
