import { SourceError } from '../errors.js';
import type { ScanWarning } from '../types.js';

/**
 * Fetching a deployed site the way a browser would see it: the page, the scripts and module
 * preloads it names, the chunks those scripts reference by path, and their source maps, on the
 * page's origin only, and bounded in count, size and time. Every resource that could not be
 * read (an HTTP error, a redirect elsewhere, too large, too slow) is a warning, so an incomplete
 * crawl never passes for a complete one.
 */

/** Bounds of a crawl. */
export interface FetchLimits {
  /** Resources fetched at most (the page included). */
  maxResources: number;
  /** Bytes one resource may have; larger ones are skipped with a warning. */
  maxBytes: number;
  /** Milliseconds one request may take. */
  timeoutMs: number;
  /** Milliseconds the whole crawl may take; what is left is skipped with a warning. */
  totalMs: number;
}

/** Defaults for {@link crawl}. */
export const DEFAULT_LIMITS: FetchLimits = { maxResources: 200, maxBytes: 10 * 1024 * 1024, timeoutMs: 15_000, totalMs: 120_000 };

/** A fetched resource. */
export interface Resource {
  url: string;
  body: Buffer;
  /** `html`, `script`, `map` or `other`, from how it was found and its content type. */
  kind: 'html' | 'script' | 'map' | 'other';
}

/** Whether an input names a web page rather than a path. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/**
 * Fetches `start` and what it leads to; calls `onResource` for each resource read. When it
 * returns true for a script that names no source map, `<script>.map` is tried too, quietly: many
 * sites serve maps there without linking them.
 */
export async function crawl(start: string, limits: FetchLimits, onResource: (resource: Resource) => boolean, warnings: ScanWarning[]): Promise<void> {
  const deadline = Date.now() + limits.totalMs;
  let origin: string;
  try {
    origin = new URL(start).origin;
  } catch {
    throw new SourceError(`${start}: not a valid URL`);
  }
  const queue: { url: string; kind: Resource['kind']; optional?: boolean }[] = [{ url: start, kind: 'html' }];
  const seen = new Set<string>([start]);
  let fetched = 0;
  const enqueue = (ref: string, base: string, kind: Resource['kind'], optional = false): void => {
    let url: URL;
    try {
      url = new URL(ref, base);
    } catch {
      return;
    }
    url.hash = '';
    if (url.origin !== origin || seen.has(url.href)) return;
    seen.add(url.href);
    queue.push({ url: url.href, kind, ...(optional ? { optional } : {}) });
  };
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (fetched >= limits.maxResources || Date.now() >= deadline) {
      const why = fetched >= limits.maxResources ? `more than ${limits.maxResources} resources` : `the crawl took longer than ${limits.totalMs / 1000} s`;
      warnings.push({ path: next.url, code: 'crawl-limit', message: `${next.url} and ${queue.length} more not fetched: ${why}` });
      return;
    }
    fetched++;
    const got = await fetchBounded(next.url, origin, limits, Math.min(limits.timeoutMs, deadline - Date.now()));
    if ('error' in got) {
      // The start page must be read: without it nothing was scanned.
      if (next.url === start) throw new SourceError(`${start}: ${got.error}`);
      if (next.optional) continue;
      warnings.push({ path: next.url, code: 'fetch', message: `${next.url}: ${got.error}` });
      continue;
    }
    if (next.url === start) origin = new URL(got.url).origin;
    const kind = next.kind === 'html' && !/html/i.test(got.contentType) ? 'script' : next.kind;
    const wantsMap = onResource({ url: got.url, body: got.body, kind });
    const text = kind === 'map' ? '' : got.body.toString('utf8');
    if (kind === 'html') {
      for (const ref of scriptRefs(text)) enqueue(ref, got.url, 'script');
    } else if (kind === 'script') {
      for (const ref of chunkRefs(text)) enqueue(ref, got.url, 'script');
      const map = /[#@]\s*sourceMappingURL=([^\s'"*]+)/.exec(text.slice(-4096))?.[1];
      if (map && !map.startsWith('data:')) enqueue(map, got.url, 'map');
      else if (!map && wantsMap) enqueue(`${got.url}.map`, got.url, 'map', true);
    }
  }
}

/** The scripts an HTML page loads: `<script src>`, module preloads and script preloads. */
export function scriptRefs(html: string): string[] {
  const refs: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) refs.push(match[1]!);
  for (const match of html.matchAll(/<link\b[^>]*>/gi)) {
    const tag = match[0];
    const rel = /\brel\s*=\s*["']?([^"'>]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
    const as = /\bas\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1]?.toLowerCase();
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href && (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script'))) refs.push(href);
  }
  return refs;
}

/** Chunk paths a script names in string literals (`"./chunk-ab12.js"`, `"/_next/static/chunks/1.js"`). */
export function chunkRefs(script: string): string[] {
  const refs = new Set<string>();
  for (const match of script.matchAll(/["'`]((?:\.{0,2}\/)?[\w\-./@]+\.m?js)["'`]/g)) {
    const ref = match[1]!;
    if (!ref.includes('//')) refs.add(ref);
  }
  return [...refs];
}

type Fetched = { url: string; body: Buffer; contentType: string } | { error: string };

/**
 * Fetches one resource: redirects followed on the origin only, the body read up to the size
 * limit, the request given up after `timeoutMs`.
 */
async function fetchBounded(start: string, origin: string, limits: FetchLimits, timeoutMs: number): Promise<Fetched> {
  const signal = AbortSignal.timeout(Math.max(1, timeoutMs));
  let url = start;
  try {
    for (let hops = 0; ; hops++) {
      const response = await fetch(url, { redirect: 'manual', signal, headers: { 'user-agent': 'monime-guard' } });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        const target = new URL(response.headers.get('location')!, url);
        // The start page may move to another origin (http to https); what it loads may not.
        if (target.origin !== origin && url !== start) return { error: `redirected off the site to ${target.origin}` };
        if (hops >= 5) return { error: 'too many redirects' };
        url = target.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { error: `HTTP ${response.status}` };
      }
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { error: `skipped: ${(declared / 1e6).toFixed(1)} MB is over the ${(limits.maxBytes / 1e6).toFixed(1)} MB limit` };
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of response.body ?? []) {
        size += (chunk as Uint8Array).length;
        if (size > limits.maxBytes) return { error: `skipped: over the ${(limits.maxBytes / 1e6).toFixed(1)} MB limit` };
        chunks.push(Buffer.from(chunk as Uint8Array));
      }
      return { url, body: Buffer.concat(chunks), contentType: response.headers.get('content-type') ?? '' };
    }
  } catch (error) {
    if (signal.aborted) return { error: `no answer within ${(timeoutMs / 1000).toFixed(1)} s` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { error: `cannot fetch (${cause ?? (error as Error).message})` };
  }
}
