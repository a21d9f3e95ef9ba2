/**
 * Tokens inside archives and app packages, through the scans users run: an APK holding a React
 * Native bundle, a DEX string table, a compiled manifest and a native library; an IPA with a binary
 * plist and a Mach-O executable; an AAB with a nested APK; a jar inside a war inside a zip; an
 * Electron asar; an npm tarball from `npm pack`; archives committed to git and staged.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scan.js';
import { scanBundle } from '../../src/scan/bundle.js';
import { scanHistory } from '../../src/scan/history.js';
import { scanStaged } from '../../src/scan/staged.js';
import { toJson } from '../../src/reporters/json.js';
import { buildSarifLog } from '../../src/reporters/sarif.js';
import { mergeReports } from '../../src/scan/merge.js';
import type { Finding, ScanResult } from '../../src/types.js';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { git, initRepo, makeTempDir, writeFiles } from '../cli/run-cli.js';
import { writeAxml, writeBplist, writeDex, writeElf, writeHermes, writeMachO } from '../support/app-binaries.js';
import { writeAsar, writeTar, writeZip } from '../support/archive-writer.js';
import { maskOf, tokenOf } from '../support/tokens.js';

const at = (result: ScanResult, token: string): Finding | undefined => result.findings.find((finding) => finding.masked === maskOf(token));

describe('scan opens archives and app packages', () => {
  let dir: string;
  const tokens = {
    bundle: tokenOf('live'),
    dex: tokenOf('live'),
    manifest: tokenOf('test'),
    native: tokenOf('live'),
    hermes: tokenOf('live'),
    plist: tokenOf('test'),
    macho: tokenOf('live'),
    nested: tokenOf('live'),
    deep: tokenOf('test'),
    asar: tokenOf('live'),
    tarball: tokenOf('live'),
  };
  let result: ScanResult;

  beforeAll(async () => {
    dir = makeTempDir('monime-guard-archives-');
    const apk = writeZip([
      { name: 'AndroidManifest.xml', data: writeAxml(['manifest', 'package', 'com.shop', tokens.manifest, 'application']) },
      { name: 'classes.dex', data: writeDex(['Lcom/shop/BuildConfig;', 'MONIME_TOKEN', tokens.dex, 'onCreate']), method: 'deflate' },
      { name: 'assets/index.android.bundle', data: Buffer.from(`var a=1;\nconst key="${tokens.bundle}";\n`), method: 'deflate' },
      { name: 'lib/arm64-v8a/libapp.so', data: writeElf(['dart:core', tokens.native, 'main']) },
    ]);
    const hermesApk = writeZip([{ name: 'assets/index.android.bundle', data: writeHermes(['fetch', tokens.hermes, 'Authorization'], 96) }]);
    const ipa = writeZip([
      { name: 'Payload/Shop.app/Info.plist', data: writeBplist({ CFBundleName: 'Shop', MonimeToken: tokens.plist }) },
      { name: 'Payload/Shop.app/Shop', data: writeMachO(['_main', tokens.macho]), method: 'deflate' },
    ]);
    const aab = writeZip([
      { name: 'splits/base-master.apk', data: writeZip([{ name: 'assets/config.json', data: Buffer.from(`{"key":"${tokens.nested}"}\n`) }]) },
    ]);
    const jar = writeZip([{ name: 'config.properties', data: Buffer.from(`monime.token=${tokens.deep}\n`) }]);
    const war = writeZip([{ name: 'WEB-INF/lib/pay.jar', data: jar }]);
    const zip = writeZip([{ name: 'release/app.war', data: war, method: 'deflate' }]);
    const asar = writeAsar({ 'package.json': Buffer.from('{"name":"desktop"}\n'), 'dist/main.js': Buffer.from(`const t = '${tokens.asar}';\n`) });
    writeFiles(dir, {
      'app-release.apk': apk,
      'hermes.apk': hermesApk,
      'Shop.ipa': ipa,
      'app.aab': aab,
      'release.zip': zip,
      'resources/app.asar': asar,
    });
    // A library as `npm pack` writes it.
    const pkg = path.join(dir, 'pkg-src');
    writeFiles(pkg, { 'package.json': '{"name":"pay-lib","version":"1.0.0","files":["index.js"]}\n', 'index.js': `module.exports = "${tokens.tarball}";\n` });
    const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: pkg, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    fs.rmSync(pkg, { recursive: true });
    result = await scan({ root: dir, config: {}, threads: 1 });
  });

  it('finds a token in a React Native bundle and names the archive and the entry', () => {
    const finding = at(result, tokens.bundle);
    expect(finding?.path).toBe('app-release.apk!/assets/index.android.bundle');
    expect(finding?.origin).toEqual({ kind: 'file', path: 'app-release.apk', entry: ['assets/index.android.bundle'] });
    expect(finding?.span.start).toEqual({ line: 2, column: 12 });
  });

  it('reads DEX string tables, compiled manifests, native libraries and Hermes bytecode', () => {
    expect(at(result, tokens.dex)?.path).toBe('app-release.apk!/classes.dex');
    expect(at(result, tokens.dex)?.span.start.line).toBe(1);
    expect(at(result, tokens.manifest)?.path).toBe('app-release.apk!/AndroidManifest.xml');
    expect(at(result, tokens.native)?.path).toBe('app-release.apk!/lib/arm64-v8a/libapp.so');
    expect(at(result, tokens.hermes)?.path).toBe('hermes.apk!/assets/index.android.bundle');
  });

  it('reads an IPA: the binary Info.plist and the Mach-O executable', () => {
    expect(at(result, tokens.plist)?.path).toBe('Shop.ipa!/Payload/Shop.app/Info.plist');
    expect(at(result, tokens.macho)?.path).toBe('Shop.ipa!/Payload/Shop.app/Shop');
  });

  it('opens nested archives: an APK in an AAB, a jar in a war in a zip', () => {
    expect(at(result, tokens.nested)?.path).toBe('app.aab!/splits/base-master.apk!/assets/config.json');
    expect(at(result, tokens.deep)?.origin).toEqual({
      kind: 'file',
      path: 'release.zip',
      entry: ['release/app.war', 'WEB-INF/lib/pay.jar', 'config.properties'],
    });
  });

  it('reads an Electron asar and an npm tarball', () => {
    expect(at(result, tokens.asar)?.path).toBe('resources/app.asar!/dist/main.js');
    expect(at(result, tokens.tarball)?.path).toBe('pay-lib-1.0.0.tgz!/package/index.js');
  });

  it('finds every planted token and nothing else', () => {
    expect(result.findings.map((f) => f.masked).sort()).toEqual(Object.values(tokens).map(maskOf).sort());
  });

  it('writes SARIF that nests each entry in its archive, and JSON the schema accepts', () => {
    const log = buildSarifLog(result, { toolVersion: '0.0.0', color: false, rootUri: 'file:///repo/' });
    expect(sarifErrors(log)).toEqual([]);
    const run = log.runs[0] as unknown as {
      artifacts: { location: { uri: string }; parentIndex?: number }[];
      results: { locations: { physicalLocation: { artifactLocation: { uri: string; index?: number } } }[]; message: { text: string } }[];
    };
    const deep = run.results.find((r) => r.locations[0]!.physicalLocation.artifactLocation.uri.endsWith('config.properties'))!;
    const chain: string[] = [];
    for (let i: number | undefined = deep.locations[0]!.physicalLocation.artifactLocation.index; i !== undefined; i = run.artifacts[i]!.parentIndex)
      chain.unshift(run.artifacts[i]!.location.uri);
    expect(chain).toEqual(['release.zip', 'release/app.war', 'WEB-INF/lib/pay.jar', 'config.properties']);
    expect(reportErrors(JSON.parse(toJson(result, { toolVersion: '0.0.0', color: false })))).toEqual([]);
  });

  it('survives a merge: entries kept, the same report twice listed once', () => {
    const report = JSON.parse(toJson(result, { toolVersion: '0.0.0', color: false }));
    const merged = mergeReports([report, report]);
    expect(merged.findings.map((f) => [f.path, f.origin])).toEqual(result.findings.map((f) => [f.path, f.origin]));
  });

  it('stops at --max-archive-depth with a warning naming the archive it did not open', async () => {
    const shallow = await scan({ root: dir, config: {}, threads: 1, maxArchiveDepth: 1, paths: ['release.zip'] });
    expect(at(shallow, tokens.deep)).toBeUndefined();
    expect(shallow.warnings.filter((w) => w.code === 'archive-depth').map((w) => w.path)).toEqual([expect.stringMatching(/^release\.zip!\/release\/app\.war/)]);
  });
});

describe('bundle reads app packages as what ships to clients', () => {
  it('reports tokens in an APK and in a Hermes bundle as client-exposed-token', async () => {
    const dir = makeTempDir('monime-guard-archives-bundle-');
    const inApk = tokenOf('live');
    const inHermes = tokenOf('test');
    writeFiles(dir, {
      'android/app/build/outputs/apk/release/app-release.apk': writeZip([
        { name: 'assets/index.android.bundle', data: Buffer.from(`k="${inApk}"\n`), method: 'deflate' },
      ]),
      'android/app/src/main/assets/index.android.bundle': writeHermes(['fetch', inHermes, 'headers'], 96),
    });
    const result = await scanBundle({ root: dir, config: {}, paths: ['android'] });
    expect(at(result, inApk)).toMatchObject({
      ruleId: 'client-exposed-token',
      path: 'android/app/build/outputs/apk/release/app-release.apk!/assets/index.android.bundle',
    });
    expect(at(result, inHermes)).toMatchObject({ ruleId: 'client-exposed-token', path: 'android/app/src/main/assets/index.android.bundle' });
    expect(result.findings).toHaveLength(2);
  });

  it('maps a token in a packaged bundle back through the source map beside it in the package', async () => {
    const dir = makeTempDir('monime-guard-archives-maps-');
    const token = tokenOf('live');
    const map = { version: 3, sources: ['webpack://shop/./src/pay.ts'], names: [], mappings: 'AAAA;AACA' };
    writeFiles(dir, {
      'app-release.apk': writeZip([
        {
          name: 'assets/index.android.bundle',
          data: Buffer.from(`var a=1;\nconst k="${token}";\n//# sourceMappingURL=index.android.bundle.map\n`),
          method: 'deflate',
        },
        { name: 'assets/index.android.bundle.map', data: Buffer.from(JSON.stringify(map)), method: 'deflate' },
      ]),
    });
    const result = await scanBundle({ root: dir, config: {}, paths: ['app-release.apk'] });
    expect(at(result, token)?.related).toEqual([{ path: 'src/pay.ts', line: 2, column: 1, role: 'original source' }]);
  });
});

describe('archives in git', () => {
  it('history opens a committed APK and ties its token to the commit; staged opens a staged jar', async () => {
    const dir = makeTempDir('monime-guard-archives-git-');
    initRepo(dir);
    const committed = tokenOf('live');
    writeFiles(dir, { 'release/app.apk': writeZip([{ name: 'assets/index.android.bundle', data: Buffer.from(`k="${committed}"\n`), method: 'deflate' }]) });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'release']);
    const commit = git(dir, ['rev-parse', 'HEAD']).trim();
    git(dir, ['rm', '-q', 'release/app.apk']);
    git(dir, ['commit', '-q', '-m', 'remove the apk']);
    const history = await scanHistory({ root: dir, config: {} });
    const found = at(history, committed);
    expect(found?.path).toBe('release/app.apk!/assets/index.android.bundle');
    expect(found?.origin).toMatchObject({ kind: 'blob', path: 'release/app.apk', entry: ['assets/index.android.bundle'], commit });
    expect(found?.git).toMatchObject({ commit, historyOnly: true });

    const staged = tokenOf('test');
    writeFiles(dir, { 'libs/pay.jar': writeZip([{ name: 'pay.properties', data: Buffer.from(`token=${staged}\n`) }]) });
    git(dir, ['add', 'libs/pay.jar']);
    const index = await scanStaged({ root: dir, config: {} });
    expect(at(index, staged)?.path).toBe('libs/pay.jar!/pay.properties');
    expect(at(index, staged)?.origin).toMatchObject({ kind: 'blob', path: 'libs/pay.jar', entry: ['pay.properties'] });
  });

  it('a tar in a gzip and a truncated zip: the one is read, the other is a warning, the scan goes on', async () => {
    const dir = makeTempDir('monime-guard-archives-bad-');
    const token = tokenOf('live');
    const { gzipSync } = await import('node:zlib');
    const good = writeZip([{ name: 'a.txt', data: Buffer.from(`x=${tokenOf('test')}\n`) }]);
    writeFiles(dir, {
      'bundle.tgz': gzipSync(writeTar([{ name: 'app/.env', data: Buffer.from(`MONIME_TOKEN=${token}\n`) }])),
      'broken.zip': good.subarray(0, good.length - 30),
    });
    const result = await scan({ root: dir, config: {}, threads: 1 });
    expect(at(result, token)?.path).toBe('bundle.tgz!/app/.env');
    expect(result.warnings.some((w) => w.code === 'archive-corrupt' && w.path.startsWith('broken.zip'))).toBe(true);
  });
});
