import * as http from 'node:http';
import * as https from 'node:https';
import { errorCode } from '../errors.js';
import { loopbackLookup } from './endpoint.js';
import type { UnknownReason, Verification } from './types.js';

/** The largest answer read, in bytes; the API root's answer is a few hundred. */
const MAX_BODY_BYTES = 64 * 1024;

/** What one request yields: a verification without its time, or a 429 with how long to wait. */
export type RequestOutcome =
  { kind: 'answer'; verification: Omit<Verification, 'checkedAt' | 'cached'> } | { kind: 'rate-limited'; retryAfterMs: number | undefined };

/** How one request is made. */
export interface RequestSettings {
  /** The API root, with its trailing slash. */
  url: URL;
  /** The `User-Agent` header. */
  userAgent: string;
  /** The deadline of the whole exchange, in milliseconds. */
  timeoutMs: number;
  /** The agent for the URL's protocol, shared by the run's requests. */
  agent: http.Agent;
}

/**
 * Asks the API root about one token: `GET <endpoint>/` with the token as a bearer token, a
 * `User-Agent` and `Accept: application/json`, and nothing else (Node.js adds `Host` and
 * `Connection`). `node:http` never follows a redirect, and certificates are checked whatever
 * `NODE_TLS_REJECT_UNAUTHORIZED` says. Nothing of the request or the answer is logged or kept
 * beyond the outcome; the token appears in no message.
 */
export function requestVerification(token: string, settings: RequestSettings): Promise<RequestOutcome> {
  const { url, userAgent, timeoutMs, agent } = settings;
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: RequestOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const unknown = (reason: UnknownReason, detail: string): void => settle({ kind: 'answer', verification: { state: 'unknown', reason, detail } });

    const options: https.RequestOptions = {
      method: 'GET',
      agent,
      headers: { Authorization: `Bearer ${token}`, 'User-Agent': userAgent, Accept: 'application/json' },
      ...(url.protocol === 'https:' && { rejectUnauthorized: true, minVersion: 'TLSv1.2' as const }),
      ...(url.hostname === 'localhost' && { lookup: loopbackLookup }),
    };
    const request = (url.protocol === 'https:' ? https : http).request(url, options, (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.resume();
        unknown('redirect', `HTTP ${status}: a redirect, not followed`);
        request.destroy();
        return;
      }
      if (status === 429) {
        response.resume();
        settle({ kind: 'rate-limited', retryAfterMs: parseRetryAfter(response.headers['retry-after'], Date.now()) });
        return;
      }
      if (status === 401) {
        response.resume();
        settle({ kind: 'answer', verification: { state: 'inactive', detail: 'not authenticated (HTTP 401)' } });
        return;
      }
      if (status !== 200) {
        response.resume();
        unknown('unexpected-answer', `HTTP ${status}`);
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          unknown('unexpected-answer', `HTTP 200 with an answer over ${MAX_BODY_BYTES} bytes`);
          request.destroy();
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () => settle({ kind: 'answer', verification: readRootAnswer(Buffer.concat(chunks).toString('utf8')) }));
      response.on('error', (error) => unknown('network', `the connection failed during the answer (${errorCode(error) ?? 'error'})`));
      // A connection closed before the answer's end, with or without an error event.
      response.on('close', () => {
        if (!response.complete) unknown('network', 'the connection closed during the answer');
      });
    });
    request.on('error', (error) => unknown('network', `the connection failed (${errorCode(error) ?? 'error'})`));
    // One deadline for the whole exchange: connection, TLS, headers and body. The outcome is
    // settled before the request is torn down, so the errors that follow change nothing.
    const timer = setTimeout(() => {
      unknown('timeout', `no answer within ${timeoutMs} ms`);
      request.destroy();
    }, timeoutMs);
    request.end();
  });
}

/**
 * The verification in an answer of the API root: JSON whose `status` holds `isAuthenticated`
 * (a boolean) and `environment` (`live`, `test` or null). Anything else is an unexpected answer.
 */
export function readRootAnswer(body: string): Omit<Verification, 'checkedAt' | 'cached'> {
  const unexpected = { state: 'unknown', reason: 'unexpected-answer', detail: 'HTTP 200 with a body that is not the API root answer' } as const;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return unexpected;
  }
  const status = typeof parsed === 'object' && parsed !== null ? (parsed as { status?: unknown }).status : undefined;
  if (typeof status !== 'object' || status === null) return unexpected;
  const { isAuthenticated, environment } = status as { isAuthenticated?: unknown; environment?: unknown };
  if (typeof isAuthenticated !== 'boolean') return unexpected;
  if (environment !== undefined && environment !== null && environment !== 'live' && environment !== 'test') return unexpected;
  if (!isAuthenticated) return { state: 'inactive', detail: 'not authenticated' };
  return environment === 'live' || environment === 'test'
    ? { state: 'active', environment, detail: `authenticated (${environment})` }
    : { state: 'active', detail: 'authenticated; the API reported no environment' };
}

/**
 * The wait a `retry-after` header asks for, in milliseconds: a number of seconds or an HTTP date
 * (RFC 9110, section 10.2.3); undefined when absent or unreadable. A date in the past is no wait.
 */
export function parseRetryAfter(value: string | string[] | undefined, now: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (text === undefined || text === '') return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP date names its day and month; without a letter, `Date.parse` would take `-1` for a year.
  const date = /[A-Za-z]/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
