/**
 * The verification cache: a second run asks nothing, unknown answers are asked again, entries
 * expire, the file is private (0600 in a 0700 directory), holds digests and states but no token,
 * and a corrupt file is ignored and rewritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CACHE_FILE, cacheKey } from '../../src/verify/cache.js';
import { verifyTokens } from '../../src/verify/verify-tokens.js';
import type { VerifyOptions } from '../../src/verify/types.js';
import { makeTempDir } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';
import { startMonimeRoot, type MonimeRoot } from './monime-root.js';

const HOUR = 60 * 60 * 1000;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

/** A server that knows an active, an inactive and a failing token, and a cache directory not yet made. */
async function setup(): Promise<{ server: MonimeRoot; dir: string; tokens: Map<string, string>; options: (now: number) => VerifyOptions }> {
  const server = await startMonimeRoot();
  closers.push(server.close);
  const dir = path.join(makeTempDir('monime-guard-verify-'), 'cache', 'monime-guard');
  const tokens = new Map([
    ['active', liveToken()],
    ['inactive', testToken()],
    ['failing', liveToken()],
  ]);
  server.answers.set(tokens.get('active')!, { kind: 'root', isAuthenticated: true, environment: 'live' });
  server.answers.set(tokens.get('inactive')!, { kind: 'root', isAuthenticated: false, environment: null });
  server.answers.set(tokens.get('failing')!, { kind: 'status', status: 503 });
  const options = (now: number): VerifyOptions => ({ endpoint: server.url, userAgent: 'monime-guard/0.1.0', cache: { dir, ttlMs: HOUR }, now: () => now });
  return { server, dir, tokens, options };
}

describe('the verification cache', () => {
  it('answers a second run without a request, except for what was unknown', async () => {
    const { server, tokens, options } = await setup();
    const start = Date.parse('2025-09-01T12:00:00Z');
    const first = await verifyTokens(tokens, options(start));
    expect(server.requests).toHaveLength(3);
    expect([...first.values()].some((v) => v.cached)).toBe(false);

    const second = await verifyTokens(tokens, options(start + 10 * 60 * 1000));
    // Only the unknown answer (a 503) is asked again.
    expect(server.requests).toHaveLength(4);
    expect(server.requestsFor(tokens.get('failing')!)).toBe(2);
    expect(second.get('active')).toEqual({ ...first.get('active'), cached: true });
    expect(second.get('inactive')).toEqual({ ...first.get('inactive'), cached: true });
    expect(second.get('active')!.checkedAt).toBe('2025-09-01T12:00:00.000Z');
    expect(second.get('failing')).toMatchObject({ state: 'unknown', reason: 'unexpected-answer', detail: 'HTTP 503' });
    expect(second.get('failing')!.cached).toBeUndefined();
  });

  it('asks again once an entry is older than the expiry, and prunes it', async () => {
    const { server, dir, tokens, options } = await setup();
    const start = Date.parse('2025-09-01T12:00:00Z');
    const only = new Map([['active', tokens.get('active')!]]);
    await verifyTokens(only, options(start));
    const other = new Map([['inactive', tokens.get('inactive')!]]);
    await verifyTokens(other, options(start + HOUR + 1));
    const file = JSON.parse(fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(file.entries)).toEqual([cacheKey(`${server.url}/`, tokens.get('inactive')!)]);
    await verifyTokens(only, options(start + HOUR + 2));
    expect(server.requestsFor(tokens.get('active')!)).toBe(2);
  });

  it('is a 0600 file in a 0700 directory, holding digests and states but no token', async () => {
    const { dir, tokens, options } = await setup();
    await verifyTokens(tokens, options(Date.now()));
    const file = path.join(dir, CACHE_FILE);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual([CACHE_FILE]);
    const text = fs.readFileSync(file, 'utf8');
    for (const token of tokens.values()) {
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.replace(/^mon_(test_)?/, ''));
      expect(text).not.toContain(token.replace(/^mon_(test_)?/, '').slice(0, 16));
    }
    const parsed = JSON.parse(text) as { version: number; entries: Record<string, { state: string }> };
    expect(parsed.version).toBe(1);
    expect(
      Object.values(parsed.entries)
        .map((entry) => entry.state)
        .sort(),
    ).toEqual(['active', 'inactive']);
    for (const key of Object.keys(parsed.entries)) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores a corrupt file and writes a good one over it', async () => {
    const { server, dir, tokens, options } = await setup();
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(path.join(dir, CACHE_FILE), '{"version":1,"entries":{"abc": nonsense', { mode: 0o600 });
    const result = await verifyTokens(tokens, options(Date.now()));
    expect(result.get('active')?.state).toBe('active');
    expect(server.requests).toHaveLength(3);
    const rewritten = JSON.parse(fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8')) as { entries: Record<string, unknown> };
    expect(Object.keys(rewritten.entries)).toHaveLength(2);
  });

  it('drops entries of the wrong shape and never reuses an answer from another endpoint', async () => {
    const { server, dir, tokens, options } = await setup();
    const token = tokens.get('active')!;
    const now = Date.now();
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const entries = {
      // The same token asked of another endpoint: a different key, so it does not answer here.
      [cacheKey('https://api.monime.io/', token)]: { state: 'inactive', checkedAt: new Date(now).toISOString() },
      [cacheKey(`${server.url}/`, tokens.get('inactive')!)]: { state: 'unknown', checkedAt: new Date(now).toISOString() },
    };
    fs.writeFileSync(path.join(dir, CACHE_FILE), JSON.stringify({ version: 1, entries }), { mode: 0o600 });
    const result = await verifyTokens(tokens, options(now));
    expect(result.get('active')).toMatchObject({ state: 'active' });
    expect(result.get('inactive')).toMatchObject({ state: 'inactive' });
    expect(server.requests).toHaveLength(3);
  });

  it('is off with cache: false', async () => {
    const { server, dir, tokens, options } = await setup();
    await verifyTokens(tokens, { ...options(Date.now()), cache: false });
    await verifyTokens(tokens, { ...options(Date.now()), cache: false });
    expect(server.requests).toHaveLength(6);
    expect(fs.existsSync(dir)).toBe(false);
  });

  it('does not fail the run when the directory cannot be written', async () => {
    const { tokens, options } = await setup();
    const blocker = path.join(makeTempDir('monime-guard-verify-'), 'a-file');
    fs.writeFileSync(blocker, '');
    const result = await verifyTokens(tokens, { ...options(Date.now()), cache: { dir: path.join(blocker, 'cache'), ttlMs: HOUR } });
    expect(result.get('active')?.state).toBe('active');
  });
});
