/**
 * A local stand-in for the Monime API root (`GET /` with a bearer token), on 127.0.0.1. Each test
 * registers how the server answers a token it generated; the server records every request (its
 * headers, which token, when it arrived) and how many were in flight at once.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/** How the server answers one token. */
export type Answer =
  | { kind: 'root'; isAuthenticated: boolean; environment: 'live' | 'test' | null; delayMs?: number }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  /** The first `times` requests get a 429 with this `retry-after`, the rest get `then`. */
  | { kind: 'rate-limited'; retryAfter: string; times: number; then: Answer }
  /** Answers after `delayMs`, or when the server closes. */
  | { kind: 'slow'; delayMs: number }
  | { kind: 'body'; body: string }
  /** Sends the headers and part of the body, then stalls (`stall`) or drops the connection (`drop`). */
  | { kind: 'partial'; then: 'stall' | 'drop' };

/** One request the server saw. */
export interface SeenRequest {
  method: string;
  url: string;
  /** Header names as sent, lower-cased, sorted. */
  headerNames: string[];
  headers: http.IncomingHttpHeaders;
  /** The bearer token, or undefined. */
  token: string | undefined;
  /** Arrival, from `performance.now()`. */
  at: number;
}

export interface MonimeRoot {
  url: string;
  answers: Map<string, Answer>;
  requests: SeenRequest[];
  maxInFlight: number;
  /** Requests that carried `token`. */
  requestsFor(token: string): number;
  close(): Promise<void>;
}

/** The API root's JSON answer. */
export function rootBody(isAuthenticated: boolean, environment: 'live' | 'test' | null): string {
  return JSON.stringify({ success: true, status: { isAuthenticated, environment, apiVersion: 'caph.2025-08-23' } });
}

/** How a server keeps its answers back, to pile up requests in flight. */
export interface Hold {
  /** Every answer waits this long (with `untilInFlight`, this long after that many are in flight). */
  ms?: number;
  /** Every answer waits until this many requests are in flight at once (no timer decides that), then all go out. */
  untilInFlight?: number;
}

/** Starts a server, keeping its answers back as `hold` says. */
export async function startMonimeRoot(hold: Hold = {}): Promise<MonimeRoot> {
  const holdMs = hold.ms ?? 0;
  const waiting: (() => void)[] = [];
  const answers = new Map<string, Answer>();
  const requests: SeenRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const server = http.createServer((request, response) => {
    inFlight++;
    root.maxInFlight = Math.max(root.maxInFlight, inFlight);
    response.on('close', () => inFlight--);
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    const seen = requests.filter((r) => r.token === token && token !== undefined).length;
    requests.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headerNames: request.rawHeaders
        .filter((_, i) => i % 2 === 0)
        .map((name) => name.toLowerCase())
        .sort(),
      headers: request.headers,
      token,
      at: performance.now(),
    });
    const answer = token === undefined ? undefined : answers.get(token);
    const send = (status: number, body: string, headers: Record<string, string> = {}): void => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(body);
    };
    const respond = (a: Answer | undefined, count: number): void => {
      if (a === undefined) return send(401, JSON.stringify({ success: false, error: { code: 401, message: 'Unauthorized' } }));
      switch (a.kind) {
        case 'root':
          return a.delayMs
            ? later(a.delayMs, () => send(200, rootBody(a.isAuthenticated, a.environment)))
            : send(200, rootBody(a.isAuthenticated, a.environment));
        case 'status':
          return send(a.status, a.body ?? '{}', a.headers);
        case 'rate-limited':
          return count < a.times ? send(429, '{"error":"too many requests"}', { 'retry-after': a.retryAfter }) : respond(a.then, count);
        case 'slow':
          return later(a.delayMs, () => send(200, rootBody(true, 'live')));
        case 'body':
          return send(200, a.body);
        case 'partial':
          response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
          response.write('{"status":');
          if (a.then === 'drop') later(20, () => response.destroy());
          return;
      }
    };
    if (hold.untilInFlight !== undefined) {
      waiting.push(() => respond(answer, seen));
      if (inFlight >= hold.untilInFlight) {
        const batch = waiting.splice(0);
        later(holdMs, () => batch.forEach((release) => release()));
      }
    } else if (holdMs > 0) later(holdMs, () => respond(answer, seen));
    else respond(answer, seen);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root: MonimeRoot = {
    url: `http://127.0.0.1:${port}`,
    answers,
    requests,
    maxInFlight: 0,
    requestsFor: (token) => requests.filter((r) => r.token === token).length,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return root;
}

/** A server that only counts the requests it gets: the target of a redirect that must not be followed. */
export async function startCounter(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((_, response) => {
    hits++;
    response.end(rootBody(true, 'live'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hits: () => hits,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback URL on which nothing listens (a port that was just free). */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
