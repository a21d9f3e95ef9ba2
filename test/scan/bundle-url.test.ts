import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskToken } from '../../src/findings/mask.js';
import { scanBundle } from '../../src/scan/bundle.js';
import { makeTempDir, writeFiles } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';

/**
 * A built site served from 127.0.0.1, with the awkward cases the issue names: a redirect, a chunk
 * that 404s, a 20 MB script, a slow response, and a script on another origin.
 */
const appToken = liveToken();
const lazyToken = testToken();
/** Long enough for every resource that answers, on a busy machine too; only slow.js, which never answers, reaches it. */
const FETCH_TIMEOUT_MS = 5_000;
let server: http.Server;
let base = '';
let site = '';

beforeAll(async () => {
  site = makeTempDir('monime-guard-site-');
  writeFiles(site, {
    'src/config.ts': `// payment settings\nexport const key = '${appToken}';\n`,
    'src/main.ts': "import { key } from './config';\nfetch('/pay', { headers: { authorization: key } });\n",
  });
  // Linked: the bundle names its map in a sourceMappingURL comment, as browsers expect.
  buildSync({
    absWorkingDir: site,
    entryPoints: ['src/main.ts'],
    bundle: true,
    minify: true,
    outfile: 'public/assets/app.js',
    sourcemap: 'linked',
    logLevel: 'silent',
  });
  writeFiles(site, {
    'public/assets/chunk.js': 'const load = () => import("./lazy-1.js");export{load};',
    'public/assets/lazy-1.js': `export const t="${lazyToken}";`,
    // An unlinked map beside a chunk, as many sites serve them: found by trying <chunk>.map.
    'public/assets/lazy-1.js.map': JSON.stringify({ version: 3, sources: ['../../src/lazy.ts'], names: [], mappings: 'AAAA,aAAa' }),
  });
  const html = [
    '<!doctype html><html><head>',
    '<link rel="modulepreload" href="/assets/chunk.js">',
    '<script type="module" src="/assets/app.js"></script>',
    '<script src="/assets/missing.js"></script>',
    '<script src="/assets/huge.js"></script>',
    '<script src="/assets/slow.js"></script>',
    '<script src="https://cdn.example.invalid/other.js"></script>',
    '</head><body></body></html>',
  ].join('\n');
  server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/old') {
      res.writeHead(301, { location: '/' }).end();
    } else if (url === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
    } else if (url === '/assets/huge.js') {
      const body = Buffer.alloc(20 * 1024 * 1024, 0x61);
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-length': body.length }).end(body);
    } else if (url === '/assets/slow.js') {
      // Never answered (afterAll closes the connection): the fetch's timeout is sure to come first.
      req.resume();
    } else {
      const file = path.join(site, 'public', url);
      if (!file.startsWith(path.join(site, 'public')) || !fs.existsSync(file)) res.writeHead(404).end('not found');
      else res.writeHead(200, { 'content-type': file.endsWith('.map') ? 'application/json' : 'text/javascript' }).end(fs.readFileSync(file));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('bundle <url>', () => {
  it('follows the redirect, scripts, preloads, chunks and maps on the origin, and reports every resource it could not read', async () => {
    const root = makeTempDir('monime-guard-url-');
    const result = await scanBundle({
      root,
      config: {},
      paths: [`${base}/old`],
      fetchLimits: { maxResources: 50, maxBytes: 10 * 1024 * 1024, timeoutMs: FETCH_TIMEOUT_MS, totalMs: 60_000 },
    });
    const findings = result.findings.map((f) => [f.path, f.masked, f.related?.[0]?.path, f.related?.[0]?.role]);
    expect(findings).toEqual(
      expect.arrayContaining([
        [`${base}/assets/app.js`, maskToken(appToken), 'src/config.ts', 'original source'],
        [`${base}/assets/lazy-1.js`, maskToken(lazyToken), 'src/lazy.ts', 'original source'],
        ['src/config.ts', maskToken(appToken), `${base}/assets/app.js.map`, 'source map'],
      ]),
    );
    expect(findings).toHaveLength(3);
    // Every finding was fetched: its origin is the resource it was found in.
    expect(result.findings.map((f) => f.origin)).toEqual(
      expect.arrayContaining([
        { kind: 'url', url: `${base}/assets/app.js` },
        { kind: 'url', url: `${base}/assets/app.js.map` },
        { kind: 'url', url: `${base}/assets/lazy-1.js` },
      ]),
    );
    const warnings = Object.fromEntries(result.warnings.map((w) => [w.path.replace(base, ''), w.message.replace(`${base}`, '')]));
    expect(warnings['/assets/missing.js']).toMatch(/HTTP 404/);
    expect(warnings['/assets/huge.js']).toMatch(/over the 10\.5 MB limit/);
    expect(warnings['/assets/slow.js']).toMatch(/no answer within 5\.0 s/);
    expect(Object.keys(warnings).some((p) => p.includes('cdn.example.invalid'))).toBe(false);
    expect(JSON.stringify(result)).not.toContain(appToken);
  });

  it('stops at the resource limit with a warning, and fails with one line when the page itself cannot be read', async () => {
    const root = makeTempDir('monime-guard-url-');
    const bounded = await scanBundle({
      root,
      config: {},
      paths: [`${base}/`],
      fetchLimits: { maxResources: 2, maxBytes: 1024 * 1024, timeoutMs: FETCH_TIMEOUT_MS, totalMs: 60_000 },
    });
    expect(bounded.warnings.map((w) => w.code)).toContain('crawl-limit');
    await expect(scanBundle({ root, config: {}, paths: [`${base}/nope`] })).rejects.toThrow(/\/nope: HTTP 404/);
  });
});
