import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileWhole } from '../output/write-file.js';
import type { Verification } from './types.js';

/** The cache file's name in the cache directory. */
export const CACHE_FILE = 'verify-cache.json';

/** The version of the cache file's layout; a file of another version is ignored and rewritten. */
const CACHE_VERSION = 1;

/**
 * Prepended to what the cache key hashes, so the key is a digest of its own kind: it matches no
 * other hash of the token (a finding's fingerprint hashes the rule id and the token).
 */
const KEY_DOMAIN = 'monime-guard verify cache v1';

/** A cached answer: a verification without `cached`, and only `active` or `inactive` ones. */
type CachedVerification = Omit<Verification, 'cached'>;

/** The cache file: digests of tokens (never tokens) to answers. */
interface CacheFile {
  version: typeof CACHE_VERSION;
  entries: Record<string, CachedVerification>;
}

/** `$XDG_CACHE_HOME/monime-guard` when `XDG_CACHE_HOME` is an absolute path, else `~/.cache/monime-guard`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec: a relative value is invalid and is ignored.
  const base = xdg !== undefined && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache');
  return path.join(base, 'monime-guard');
}

/**
 * The cache key of a token asked at an endpoint: SHA-256 over a fixed domain string, the endpoint
 * and the token. It cannot be turned back into the token, and an answer from a local mirror
 * never stands in for one from the real API.
 */
export function cacheKey(endpoint: string, token: string): string {
  return createHash('sha256').update(`${KEY_DOMAIN}\0${endpoint}\0${token}`).digest('hex');
}

/** The cache as read: the fresh entries, and whether the file needs rewriting even if no answer is added. */
export interface LoadedCache {
  /** Fresh answers by cache key. */
  entries: Map<string, CachedVerification>;
  /** The file was corrupt, of another version, or held expired or invalid entries. */
  stale: boolean;
}

/**
 * Reads the cache file and keeps the entries younger than `ttlMs`. A missing, unreadable or corrupt
 * file is an empty cache, never an error.
 */
export function readCache(dir: string, ttlMs: number, now: number): LoadedCache {
  const entries = new Map<string, CachedVerification>();
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, CACHE_FILE), 'utf8');
  } catch {
    return { entries, stale: false };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { entries, stale: true };
  }
  if (!isRecord(parsed) || parsed.version !== CACHE_VERSION || !isRecord(parsed.entries)) return { entries, stale: true };
  let stale = false;
  for (const [key, value] of Object.entries(parsed.entries)) {
    const entry = /^[0-9a-f]{64}$/.test(key) ? validEntry(value) : undefined;
    if (entry !== undefined && isFresh(entry, ttlMs, now)) entries.set(key, entry);
    else stale = true;
  }
  return { entries, stale };
}

/**
 * Writes the cache: the entries already in the file that are still fresh (another run may have
 * added some), then `added`. The directory is created with mode 0700, and the file (mode 0600) is
 * written whole or not at all (`writeFileWhole`), so a reader never sees half a file.
 * A failure (a read-only home, a full disk) leaves the cache as it was: the cache only saves
 * requests, so it is never worth failing a scan for.
 */
export function writeCache(dir: string, ttlMs: number, now: number, added: ReadonlyMap<string, CachedVerification>): void {
  const { entries } = readCache(dir, ttlMs, now);
  for (const [key, value] of added) entries.set(key, value);
  const file: CacheFile = { version: CACHE_VERSION, entries: Object.fromEntries(entries) };
  const target = path.join(dir, CACHE_FILE);
  try {
    const created = fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // The mode given to mkdir passes through the umask; set it outright on a directory this run made.
    if (created !== undefined) fs.chmodSync(dir, 0o700);
    writeFileWhole(target, `${JSON.stringify(file, null, 2)}\n`, { name: target, mode: 0o600 });
  } catch {
    // The cache is left as it was.
  }
}

/** The entry as a cached verification if it has the shape one has, else undefined. */
function validEntry(value: unknown): CachedVerification | undefined {
  if (!isRecord(value)) return undefined;
  const { state, environment, detail, checkedAt } = value;
  if (state !== 'active' && state !== 'inactive') return undefined;
  if (typeof checkedAt !== 'string' || Number.isNaN(Date.parse(checkedAt))) return undefined;
  if (environment !== undefined && environment !== 'live' && environment !== 'test') return undefined;
  if (detail !== undefined && typeof detail !== 'string') return undefined;
  return {
    state,
    ...(environment !== undefined && { environment }),
    ...(detail !== undefined && { detail }),
    checkedAt,
  };
}

/** Younger than the expiry, and not from the future (a clock set back must not stretch an entry's life). */
function isFresh(entry: CachedVerification, ttlMs: number, now: number): boolean {
  const age = now - Date.parse(entry.checkedAt);
  return age >= 0 && age < ttlMs;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
