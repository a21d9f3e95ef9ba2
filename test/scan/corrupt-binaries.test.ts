/**
 * App binaries whose string tables do not parse (issue 24, §2): a DEX, compiled XML,
 * `resources.arsc` or Hermes file with its magic intact but a table offset or count that points
 * past the end used to yield nothing (or, for Hermes, printable runs) with no word said. Each is
 * now read as printable runs, as any other binary is, and a `binary-tables` warning names it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scan.js';
import { scanBundle } from '../../src/scan/bundle.js';
import { makeTempDir } from '../cli/run-cli.js';
import { writeArsc, writeAxml, writeDex, writeHermes } from '../support/app-binaries.js';
import { writeZip } from '../support/archive-writer.js';
import { maskOf, tokenOf } from '../support/tokens.js';

/** Each format with a token in its table, and the table's offset or count broken. */
function corrupt(tokens: { dex: string; axml: string; arsc: string; hermes: string }): Record<string, Buffer> {
  const dex = writeDex(['Lcom/shop/BuildConfig;', tokens.dex]);
  dex.writeUInt32LE(0x7fffffff, 60); // string_ids_off
  const axml = writeAxml(['manifest', 'package', tokens.axml]);
  axml.writeUInt32LE(0x7fffff, 8 + 20); // the string pool's stringsStart
  const arsc = writeArsc([tokens.arsc]);
  arsc.writeUInt32LE(0x7fffff, 12 + 20); // the global string pool's stringsStart
  const hermes = writeHermes(['fetch', tokens.hermes], 96);
  hermes.writeUInt32LE(0x7fffffff, 52); // string_count
  return { 'classes.dex': dex, 'AndroidManifest.xml': axml, 'resources.arsc': arsc, 'assets/index.android.bundle': hermes };
}

describe('app binaries whose tables do not parse', () => {
  it('are read as printable runs inside an APK, each named in a binary-tables warning', async () => {
    const tokens = { dex: tokenOf('live'), axml: tokenOf('test'), arsc: tokenOf('live'), hermes: tokenOf('live') };
    const dir = makeTempDir('monime-guard-corrupt-binaries-');
    const entries = Object.entries(corrupt(tokens)).map(([name, data]) => ({ name, data }));
    fs.writeFileSync(path.join(dir, 'shop.apk'), writeZip(entries));
    const result = await scan({ root: dir, paths: ['.'], gitIgnore: false });
    expect(result.findings.map((f) => [f.path, f.masked]).sort()).toEqual(
      [
        ['shop.apk!/AndroidManifest.xml', maskOf(tokens.axml)],
        ['shop.apk!/assets/index.android.bundle', maskOf(tokens.hermes)],
        ['shop.apk!/classes.dex', maskOf(tokens.dex)],
        ['shop.apk!/resources.arsc', maskOf(tokens.arsc)],
      ].sort(),
    );
    expect(result.warnings.map((w) => [w.code, w.path]).sort()).toEqual(
      [
        ['binary-tables', 'shop.apk!/AndroidManifest.xml'],
        ['binary-tables', 'shop.apk!/assets/index.android.bundle'],
        ['binary-tables', 'shop.apk!/classes.dex'],
        ['binary-tables', 'shop.apk!/resources.arsc'],
      ].sort(),
    );
    const dexWarning = result.warnings.find((w) => w.path.endsWith('classes.dex'))!;
    expect(dexWarning.message).toBe('shop.apk!/classes.dex: dex: string_ids_off 2147483647 is outside the file; its printable runs were scanned instead');
  });

  it('a corrupt Hermes bundle in a build folder, through bundle', async () => {
    const token = tokenOf('live');
    const dir = makeTempDir('monime-guard-corrupt-hermes-');
    const hermes = writeHermes(['fetch', token], 96);
    hermes.writeUInt32LE(0x7fffffff, 52);
    fs.mkdirSync(path.join(dir, 'build'));
    fs.writeFileSync(path.join(dir, 'build/index.android.bundle'), hermes);
    const result = await scanBundle({ root: dir, paths: ['build'] });
    expect(result.findings.map((f) => f.masked)).toEqual([maskOf(token)]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['binary-tables', 'build/index.android.bundle']]);
  });

  it('well-formed ones give no warning', async () => {
    const dir = makeTempDir('monime-guard-good-binaries-');
    const entries = [
      { name: 'classes.dex', data: writeDex(['a', tokenOf('live')]) },
      { name: 'AndroidManifest.xml', data: writeAxml(['manifest', tokenOf('test')]) },
      { name: 'resources.arsc', data: writeArsc([tokenOf('live')]) },
      { name: 'assets/index.android.bundle', data: writeHermes(['fetch', tokenOf('live')], 96) },
    ];
    fs.writeFileSync(path.join(dir, 'shop.apk'), writeZip(entries));
    const result = await scan({ root: dir, paths: ['.'], gitIgnore: false });
    expect(result.findings).toHaveLength(4);
    expect(result.warnings).toEqual([]);
  });
});
