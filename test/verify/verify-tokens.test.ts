/**
 * verifyTokens against a local stand-in for the Monime API root: every state and reason, one
 * request per distinct token, the exact headers, no redirect followed, and the limits on
 * concurrency and rate (asserted on counts, never on durations).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseRetryAfter, readRootAnswer } from '../../src/verify/request.js';
import { verifyTokens } from '../../src/verify/verify-tokens.js';
import type { Verification, VerifyOptions } from '../../src/verify/types.js';
import { liveToken, testToken } from '../support/tokens.js';
import { closedPortUrl, startCounter, startMonimeRoot, type Hold, type MonimeRoot } from './monime-root.js';

const USER_AGENT = 'monime-guard/0.1.0';
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function root(hold: Hold = {}): Promise<MonimeRoot> {
  const server = await startMonimeRoot(hold);
  closers.push(server.close);
  return server;
}

const options = (server: { url: string }, extra: Partial<VerifyOptions> = {}): VerifyOptions => ({
  endpoint: server.url,
  userAgent: USER_AGENT,
  cache: false,
  ...extra,
});

/** The verification without its time, for comparing. */
const bare = ({ checkedAt, ...rest }: Verification): Omit<Verification, 'checkedAt'> => {
  expect(Number.isNaN(Date.parse(checkedAt))).toBe(false);
  return rest;
};

describe('verifyTokens', () => {
  it('gives every key the state of its token, asking each distinct token once', async () => {
    const server = await root();
    const counter = await startCounter();
    closers.push(counter.close);
    const t = {
      live: liveToken(),
      test: testToken(),
      inactive: liveToken(),
      unauthorized: testToken(),
      limitedOnce: liveToken(),
      failing: liveToken(),
      redirected: liveToken(),
      malformed: testToken(),
      notRoot: testToken(),
    };
    server.answers.set(t.live, { kind: 'root', isAuthenticated: true, environment: 'live' });
    server.answers.set(t.test, { kind: 'root', isAuthenticated: true, environment: 'test' });
    server.answers.set(t.inactive, { kind: 'root', isAuthenticated: false, environment: null });
    server.answers.set(t.unauthorized, { kind: 'status', status: 401 });
    server.answers.set(t.limitedOnce, { kind: 'rate-limited', retryAfter: '1', times: 1, then: { kind: 'root', isAuthenticated: true, environment: 'live' } });
    server.answers.set(t.failing, { kind: 'status', status: 500, body: '{"error":"internal"}' });
    server.answers.set(t.redirected, { kind: 'status', status: 302, headers: { location: counter.url } });
    server.answers.set(t.malformed, { kind: 'body', body: '{"status": {"isAuthenticated": tru' });
    server.answers.set(t.notRoot, { kind: 'body', body: '{"status": "ok"}' });

    const keys = new Map<string, string>([
      ['live-a', t.live],
      ['live-b', t.live],
      ...Object.entries(t).map(([name, token]) => [name, token] as [string, string]),
    ]);
    // The default timeout (10 s): a busy machine must not turn an answer into a timeout.
    const result = await verifyTokens(keys, options(server));

    expect([...result.keys()].sort()).toEqual([...keys.keys()].sort());
    expect(Object.fromEntries([...result].map(([key, verification]) => [key, bare(verification)]))).toEqual({
      'live-a': { state: 'active', environment: 'live', detail: 'authenticated (live)' },
      'live-b': { state: 'active', environment: 'live', detail: 'authenticated (live)' },
      live: { state: 'active', environment: 'live', detail: 'authenticated (live)' },
      test: { state: 'active', environment: 'test', detail: 'authenticated (test)' },
      inactive: { state: 'inactive', detail: 'not authenticated' },
      unauthorized: { state: 'inactive', detail: 'not authenticated (HTTP 401)' },
      limitedOnce: { state: 'active', environment: 'live', detail: 'authenticated (live)' },
      failing: { state: 'unknown', reason: 'unexpected-answer', detail: 'HTTP 500' },
      redirected: { state: 'unknown', reason: 'redirect', detail: 'HTTP 302: a redirect, not followed' },
      malformed: { state: 'unknown', reason: 'unexpected-answer', detail: 'HTTP 200 with a body that is not the API root answer' },
      notRoot: { state: 'unknown', reason: 'unexpected-answer', detail: 'HTTP 200 with a body that is not the API root answer' },
    });
    // One request per distinct token (the live token has two keys), two for the one limited once.
    for (const [name, token] of Object.entries(t)) expect(server.requestsFor(token), name).toBe(name === 'limitedOnce' ? 2 : 1);
    expect(server.requests).toHaveLength(Object.keys(t).length + 1);
    // The redirect's target never heard from us.
    expect(counter.hits()).toBe(0);
    // No detail holds a token or a body.
    for (const verification of result.values()) {
      for (const token of Object.values(t)) expect(verification.detail).not.toContain(token.slice(4));
      expect(verification.detail).not.toMatch(/[{}]/);
    }
  });

  it('sends GET / with the token as a bearer token, the User-Agent and Accept, and no other identifying header', async () => {
    const server = await root();
    const token = liveToken();
    server.answers.set(token, { kind: 'root', isAuthenticated: true, environment: 'live' });
    await verifyTokens(new Map([['k', token]]), options(server));
    expect(server.requests).toHaveLength(1);
    const [seen] = server.requests;
    expect(seen!.method).toBe('GET');
    expect(seen!.url).toBe('/');
    // Host and Connection are HTTP's own; nothing else is sent.
    expect(seen!.headerNames).toEqual(['accept', 'authorization', 'connection', 'host', 'user-agent']);
    expect(seen!.headers.authorization).toBe(`Bearer ${token}`);
    expect(seen!.headers['user-agent']).toBe(USER_AGENT);
    expect(seen!.headers.accept).toBe('application/json');
  });

  it('reaches a localhost endpoint', async () => {
    const server = await root();
    const token = testToken();
    server.answers.set(token, { kind: 'root', isAuthenticated: true, environment: 'test' });
    const result = await verifyTokens(new Map([['k', token]]), options({ url: server.url.replace('127.0.0.1', 'localhost') }));
    expect(result.get('k')?.state).toBe('active');
  });

  it('is unknown (timeout) when no answer comes, or it stalls half-way, and (network) when the connection drops half-way', async () => {
    const server = await root();
    const silent = liveToken();
    const stalled = liveToken();
    const dropped = liveToken();
    // Neither answers before the test ends, so the timeout is sure to come first, however busy the machine.
    server.answers.set(silent, { kind: 'slow', delayMs: 3_600_000 });
    server.answers.set(stalled, { kind: 'partial', then: 'stall' });
    server.answers.set(dropped, { kind: 'partial', then: 'drop' });
    const timedOut = await verifyTokens(
      new Map([
        ['silent', silent],
        ['stalled', stalled],
      ]),
      options(server, { timeoutMs: 500 }),
    );
    expect(bare(timedOut.get('silent')!)).toEqual({ state: 'unknown', reason: 'timeout', detail: 'no answer within 500 ms' });
    expect(bare(timedOut.get('stalled')!)).toEqual({ state: 'unknown', reason: 'timeout', detail: 'no answer within 500 ms' });
    // The drop is not raced against a short timeout.
    const drop = await verifyTokens(new Map([['dropped', dropped]]), options(server));
    expect(drop.get('dropped')).toMatchObject({ state: 'unknown', reason: 'network' });
  });

  it('is unknown (network) when nothing listens', async () => {
    const result = await verifyTokens(new Map([['k', liveToken()]]), options({ url: await closedPortUrl() }));
    expect(bare(result.get('k')!)).toEqual({ state: 'unknown', reason: 'network', detail: 'the connection failed (ECONNREFUSED)' });
  });

  it('is unknown (rate-limit) when still limited after the retries, and gives up at once on a wait past the bound', async () => {
    const server = await root();
    const limited = liveToken();
    const farOff = liveToken();
    server.answers.set(limited, { kind: 'rate-limited', retryAfter: '1', times: 99, then: { kind: 'status', status: 500 } });
    server.answers.set(farOff, { kind: 'rate-limited', retryAfter: '120', times: 99, then: { kind: 'status', status: 500 } });
    const result = await verifyTokens(
      new Map([
        ['limited', limited],
        ['far-off', farOff],
      ]),
      options(server, { maxRetries: 1 }),
    );
    expect(bare(result.get('limited')!)).toEqual({ state: 'unknown', reason: 'rate-limit', detail: 'still rate limited (HTTP 429) after 1 retry' });
    expect(server.requestsFor(limited)).toBe(2);
    expect(bare(result.get('far-off')!)).toEqual({
      state: 'unknown',
      reason: 'rate-limit',
      detail: 'rate limited (HTTP 429); the wait asked for passes the 30 s bound',
    });
    expect(server.requestsFor(farOff)).toBe(1);
  });

  it('says when the environment the API reports is not the one the prefix names', async () => {
    const server = await root();
    const token = testToken();
    server.answers.set(token, { kind: 'root', isAuthenticated: true, environment: 'live' });
    const result = await verifyTokens(new Map([['k', token]]), options(server));
    expect(bare(result.get('k')!)).toEqual({ state: 'active', environment: 'live', detail: 'authenticated (live), although its prefix says test' });
  });

  it('never has more than 4 requests in flight, whatever concurrency asks', async () => {
    // Answers go out 400 ms after four requests wait at once: the cap is reached however busy the
    // machine, and without it a fifth would arrive in those 400 ms.
    const server = await root({ untilInFlight: 4, ms: 400 });
    const tokens = new Map(Array.from({ length: 12 }, (_, i) => [`k${i}`, liveToken()] as const));
    for (const token of tokens.values()) server.answers.set(token, { kind: 'root', isAuthenticated: true, environment: 'live' });
    const result = await verifyTokens(tokens, options(server, { concurrency: 16 }));
    expect([...result.values()].every((v) => v.state === 'active')).toBe(true);
    expect(server.requests).toHaveLength(12);
    expect(server.maxInFlight).toBe(4);
  });

  it('keeps to concurrency 1 when asked', async () => {
    const server = await root({ ms: 50 });
    const tokens = new Map(Array.from({ length: 4 }, (_, i) => [`k${i}`, liveToken()] as const));
    await verifyTokens(tokens, options(server, { concurrency: 1 }));
    expect(server.requests).toHaveLength(4);
    expect(server.maxInFlight).toBe(1);
  });

  it('starts no more than 10 requests in any second, whatever ratePerSecond asks', async () => {
    const server = await root();
    const tokens = new Map(Array.from({ length: 22 }, (_, i) => [`k${i}`, liveToken()] as const));
    const started = performance.now();
    await verifyTokens(tokens, options(server, { ratePerSecond: 1000 }));
    const arrivals = server.requests.map((r) => r.at).sort((a, b) => a - b);
    expect(arrivals).toHaveLength(22);
    // The client starts request k no sooner than k × 100 ms after it began, so the k-th arrival
    // (the server runs in this process, on the same clock) comes no sooner either. A busy machine
    // only delays arrivals, so it cannot fail this; without the cap all 22 come within a few ms.
    // (2 ms of slack: a timer may fire up to a millisecond before the clock reads its time.)
    const early = arrivals.map((at, k) => at - started - k * 100).filter((ahead) => ahead < -2);
    expect(early).toEqual([]);
  });

  it('refuses an endpoint that is neither Monime nor loopback, before any request', async () => {
    for (const endpoint of ['https://example.com', 'http://10.0.0.1', 'http://api.monime.io', 'https://api.monime.io.evil.com']) {
      await expect(verifyTokens(new Map([['k', liveToken()]]), { endpoint, userAgent: USER_AGENT, cache: false })).rejects.toThrow(InputError);
    }
  });

  it('refuses a value that is not a Monime token, before any request', async () => {
    const server = await root();
    const token = liveToken();
    const values = [`${token}\r\nX-Injected: 1`, 'Bearer x', `${token} `, 'mon_'];
    for (const value of values) {
      const error = await verifyTokens(new Map([['k', value]]), options(server)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).not.toContain(token);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('refuses out-of-range options', async () => {
    const server = await root();
    const tokens = new Map([['k', liveToken()]]);
    for (const extra of [{ concurrency: 0 }, { concurrency: 1.5 }, { ratePerSecond: 0 }, { timeoutMs: 0 }, { maxRetries: -1 }]) {
      await expect(verifyTokens(tokens, options(server, extra))).rejects.toThrow(InputError);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('asks nothing for no tokens', async () => {
    const server = await root();
    expect((await verifyTokens(new Map(), options(server))).size).toBe(0);
    expect(server.requests).toHaveLength(0);
  });
});

describe('readRootAnswer', () => {
  it('reads the status of the API root', () => {
    expect(readRootAnswer('{"status":{"isAuthenticated":true,"environment":null}}')).toEqual({
      state: 'active',
      detail: 'authenticated; the API reported no environment',
    });
    expect(readRootAnswer('{"status":{"isAuthenticated":false,"environment":"live"}}')).toEqual({ state: 'inactive', detail: 'not authenticated' });
  });

  it.each(['', 'null', '[]', '{"status":null}', '{"status":{"isAuthenticated":"yes"}}', '{"status":{"isAuthenticated":true,"environment":"prod"}}'])(
    'finds %j unexpected',
    (body) => {
      expect(readRootAnswer(body)).toMatchObject({ state: 'unknown', reason: 'unexpected-answer' });
    },
  );
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-09-01T12:00:00Z');
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('1', now)).toBe(1000);
    expect(parseRetryAfter(' 30 ', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 01 Sep 2025 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Mon, 01 Sep 2025 11:00:00 GMT', now)).toBe(0);
  });

  it('is undefined when absent or unreadable', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-1', now)).toBeUndefined();
  });
});
