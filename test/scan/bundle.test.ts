import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { maskToken } from '../../src/findings/mask.js';
import { scanBundle } from '../../src/scan/bundle.js';
import { makeTempDir, writeFiles } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';

/** A small app whose `src/config.ts` holds a token on line 3, bundled by esbuild as the test says. */
function app(token: string, sourcemap: 'external' | 'inline' | false, minify = true): { root: string; tokenLine: number; tokenColumn: number } {
  const root = makeTempDir('monime-guard-bundle-');
  const config = `// payment settings\nexport const region = 'sl';\nexport const key = '${token}';\n`;
  writeFiles(root, {
    'src/config.ts': config,
    'src/main.ts': "import { key, region } from './config';\ndocument.title = region + key.length;\nfetch('/pay', { headers: { authorization: key } });\n",
  });
  buildSync({ absWorkingDir: root, entryPoints: ['src/main.ts'], bundle: true, minify, outfile: 'dist/assets/app.js', sourcemap, logLevel: 'silent' });
  return { root, tokenLine: 3, tokenColumn: config.split('\n')[2]!.indexOf(token) + 1 };
}

describe('bundle', () => {
  it('maps a token in minified code back to the original file, line and column through an external map', async () => {
    const token = liveToken();
    const { root, tokenLine, tokenColumn } = app(token, 'external');
    const result = await scanBundle({ root, config: {} });
    const bundleFindings = result.findings.filter((f) => f.path === 'dist/assets/app.js');
    expect(bundleFindings).toHaveLength(1);
    expect(bundleFindings[0]!.masked).toBe(maskToken(token));
    expect(bundleFindings[0]!.related).toEqual([{ path: 'src/config.ts', line: tokenLine, column: tokenColumn - 1, role: 'original source' }]);
    // The map's sourcesContent holds the token too: reported at the original file and line.
    const fromMap = result.findings.filter((f) => f.path === 'src/config.ts');
    expect(fromMap.map((f) => [f.span.start.line, f.span.start.column, f.related?.[0]?.path])).toEqual([[tokenLine, tokenColumn, 'dist/assets/app.js.map']]);
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('reads inline maps and scans bundles without a map', async () => {
    const token = testToken();
    const inline = app(token, 'inline');
    const mapped = await scanBundle({ root: inline.root, config: {}, paths: ['dist'] });
    const inBundle = mapped.findings.filter((f) => f.path === 'dist/assets/app.js');
    expect(inBundle).toHaveLength(1);
    expect(inBundle[0]!.related?.[0]).toMatchObject({ path: 'src/config.ts', line: inline.tokenLine, role: 'original source' });
    const bare = app(testToken(), false);
    const plain = await scanBundle({ root: bare.root, config: {} });
    expect(plain.findings.map((f) => [f.path, f.related])).toEqual([['dist/assets/app.js', undefined]]);
  });

  it('follows indexed maps with sections', async () => {
    const token = liveToken();
    const { root } = app(token, 'external', false);
    const mapFile = path.join(root, 'dist/assets/app.js.map');
    const map = JSON.parse(fs.readFileSync(mapFile, 'utf8')) as object;
    fs.writeFileSync(mapFile, JSON.stringify({ version: 3, sections: [{ offset: { line: 0, column: 0 }, map }] }));
    const result = await scanBundle({ root, config: {} });
    const inBundle = result.findings.find((f) => f.path === 'dist/assets/app.js');
    expect(inBundle?.related?.[0]).toMatchObject({ path: 'src/config.ts', line: 3 });
    expect(result.findings.some((f) => f.path === 'src/config.ts' && f.span.start.line === 3)).toBe(true);
  });

  it('finds the build output by itself, scans binary bundles raw, and says when there is none', async () => {
    const root = makeTempDir('monime-guard-bundle-');
    const token = liveToken();
    writeFiles(root, {
      'android/app/src/main/assets/index.android.bundle': Buffer.concat([
        Buffer.from([0xc6, 0x1f, 0xbc, 0x03, 0, 0, 0]),
        Buffer.from(token),
        Buffer.from([0, 1]),
      ]),
      'build/static/js/main.js': `var a="${testToken()}";`,
      'build/static/media/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0]),
    });
    const result = await scanBundle({ root, config: {} });
    expect(result.findings.map((f) => f.path).sort()).toEqual(['android/app/src/main/assets/index.android.bundle', 'build/static/js/main.js']);
    await expect(scanBundle({ root: makeTempDir('monime-guard-bundle-'), config: {} })).rejects.toThrow(/no build output found/);
    await expect(scanBundle({ root, config: {}, paths: ['missing'] })).rejects.toThrow(/missing: no such file or directory/);
  });
});

describe('bundle: layouts and literal forms', () => {
  it('reports every token in build output as client-exposed, at error severity, live or test alike', async () => {
    const root = makeTempDir('monime-guard-bundle-');
    const live = liveToken();
    const test = testToken();
    const escaped = liveToken();
    writeFiles(root, {
      // A Next.js-style chunk layout, found without naming it.
      '.next/static/chunks/pages/_app-3f9a.js': `(self.webpackChunk=self.webpackChunk||[]).push([[888],{1:function(e,t){t.k=\`Bearer ${live}\`}}]);`,
      '.next/static/chunks/main-1a2b.js': `const cfg=JSON.parse('{"monime":{"token":"${test}"}}');`,
      '.next/static/chunks/webpack-9c8d.js': `var t="${escaped.replace('_', '\\u005f')}";`,
      '.next/cache/webpack/client.pack': `${liveToken()}`,
    });
    const result = await scanBundle({ root, config: {} });
    expect(result.findings.map((f) => [f.path.split('/').pop(), f.ruleId, f.severity, f.tokenKind, f.exposure?.via, f.encoding]).sort()).toEqual([
      ['_app-3f9a.js', 'client-exposed-token', 'error', 'live', 'bundle', undefined],
      ['main-1a2b.js', 'client-exposed-token', 'error', 'test', 'bundle', undefined],
      ['webpack-9c8d.js', 'client-exposed-token', 'error', 'live', 'bundle', 'unicode-escape'],
    ]);
    // With the rule off, the token rules report them as anywhere else.
    const off = await scanBundle({ root, config: { rules: { 'client-exposed-token': { enabled: false } } } });
    expect(off.findings.map((f) => f.ruleId).sort()).toEqual(['live-token', 'live-token', 'test-token']);
  });
});

describe('bundle: a Vite build', () => {
  it('finds a VITE_ variable Vite inlined from .env, maps it to the line that reads it, and scan flags the .env', async () => {
    const { build } = await import('vite');
    const { scan } = await import('../../src/scan/scan.js');
    const root = makeTempDir('monime-guard-vite-');
    const token = liveToken();
    writeFiles(root, {
      'index.html': '<!doctype html><html><body><script type="module" src="/src/main.js"></script></body></html>\n',
      '.env': `VITE_MONIME_TOKEN=${token}\n`,
      'src/main.js': "// pay button\nconst token = import.meta.env.VITE_MONIME_TOKEN;\nfetch('/pay', { headers: { authorization: token } });\n",
    });
    await build({ root, logLevel: 'silent', build: { sourcemap: true, outDir: 'dist' } });
    const shipped = await scanBundle({ root, config: {} });
    const inScript = shipped.findings.find((f) => f.path.startsWith('dist/assets/') && f.path.endsWith('.js'));
    expect(inScript?.masked).toBe(maskToken(token));
    expect(inScript?.related?.[0]).toMatchObject({ path: 'src/main.js', line: 2, role: 'original source' });
    const source = await scan({ root, config: {}, gitIgnore: false, threads: 1, paths: ['.env'] });
    expect(source.findings.map((f) => [f.ruleId, f.exposure?.variable])).toEqual([['client-exposed-token', 'VITE_MONIME_TOKEN']]);
  });
});

describe('bundle through the built CLI', () => {
  it('exits 1 with a SARIF log whose results carry the original source as a related location', async () => {
    const { runCli } = await import('../cli/run-cli.js');
    const { sarifErrors } = await import('../reporters/schemas.js');
    const { root } = app(liveToken(), 'external');
    const run = await runCli(['bundle', '--format', 'sarif'], { cwd: root });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as {
      runs: {
        results: {
          locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
          relatedLocations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
        }[];
      }[];
    };
    expect(sarifErrors(log)).toEqual([]);
    const results = log.runs[0]!.results;
    const inBundle = results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri === 'dist/assets/app.js');
    expect(inBundle?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toBe('src/config.ts');
    const none = await runCli(['bundle'], { cwd: makeTempDir('monime-guard-bundle-') });
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/^monime-guard: no build output found in .*: name it, as in monime-guard bundle <dir>\n$/);
  });
});
