import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  archiveKind,
  DEFAULT_ARCHIVE_LIMITS,
  unsupportedArchiveKind,
  walkArchive,
  type ArchiveInput,
  type ArchiveLimits,
  type ArchiveWarning,
} from '../../src/sources/archives/index.js';
import { deflatedZeros, writeAsar, writeTar, writeZip, type ZipEntrySpec } from '../support/archive-writer.js';
import { liveToken, testToken } from '../support/tokens.js';
import { makeTempDir, writeFiles } from '../cli/run-cli.js';

const MiB = 1024 * 1024;

interface Seen {
  path: string;
  size: number;
  /** The content read (whole, or gathered from chunks up to `keep` bytes). */
  content: Buffer;
  /** Bytes delivered in total (chunks counted even past `keep`). */
  delivered: number;
  chunked: boolean;
  largestChunk: number;
}

/** Walk an archive and record what it gives: entries (paths joined with `!/`) and warnings. */
async function walk(input: ArchiveInput, limits: Partial<ArchiveLimits> = {}, keep = 8 * MiB): Promise<{ entries: Seen[]; warnings: ArchiveWarning[] }> {
  const entries: Seen[] = [];
  const warnings: ArchiveWarning[] = [];
  await walkArchive(
    input,
    limits,
    async (entry) => {
      if (entry.bytes) {
        entries.push({
          path: entry.path.join('!/'),
          size: entry.size,
          content: entry.bytes,
          delivered: entry.bytes.length,
          chunked: false,
          largestChunk: entry.bytes.length,
        });
        return;
      }
      const kept: Buffer[] = [];
      let delivered = 0;
      let largestChunk = 0;
      for await (const chunk of entry.chunks!) {
        if (delivered < keep) kept.push(chunk);
        delivered += chunk.length;
        largestChunk = Math.max(largestChunk, chunk.length);
      }
      entries.push({ path: entry.path.join('!/'), size: entry.size, content: Buffer.concat(kept), delivered, chunked: true, largestChunk });
    },
    (warning) => warnings.push(warning),
  );
  return { entries, warnings };
}

const text = (s: string): Buffer => Buffer.from(s, 'utf8');
const paths = (result: { entries: Seen[] }): string[] => result.entries.map((e) => e.path);
const codes = (result: { warnings: ArchiveWarning[] }): string[] => result.warnings.map((w) => `${w.code} ${w.path.join('!/')}`);

describe('archiveKind', () => {
  it('knows zip, tar, gzip and asar by content, and names the formats it does not read', () => {
    expect(archiveKind(writeZip([{ name: 'a', data: text('x') }]))).toBe('zip');
    expect(archiveKind(writeZip([]))).toBe('zip');
    expect(archiveKind(writeTar([{ name: 'a', data: text('x') }]))).toBe('tar');
    expect(archiveKind(zlib.gzipSync(text('x')))).toBe('gzip');
    expect(archiveKind(writeAsar({ 'a.js': text('x') }))).toBe('asar');
    expect(archiveKind(text('PK is not a zip, nor is this text'))).toBeUndefined();
    expect(archiveKind(Buffer.alloc(0))).toBeUndefined();
    expect(unsupportedArchiveKind(text('BZh91AY&SY'))).toBe('bzip2');
    expect(unsupportedArchiveKind(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0]))).toBe('xz');
    expect(unsupportedArchiveKind(text('plain'))).toBeUndefined();
  });
});

describe('walkArchive: zip', () => {
  it('reads stored and deflated entries, from a file and from memory, skipping directories', async () => {
    const token = liveToken();
    const zip = writeZip([
      { name: 'assets/', data: Buffer.alloc(0) },
      { name: 'assets/index.android.bundle', data: text(`var k="${token}";`), method: 'deflate' },
      { name: 'res/raw/x.txt', data: text('stored'), method: 'store' },
      { name: 'empty', data: Buffer.alloc(0), method: 'deflate' },
    ]);
    const dir = makeTempDir('monime-guard-archive-');
    fs.writeFileSync(path.join(dir, 'app.apk'), zip);
    for (const input of [{ file: path.join(dir, 'app.apk') }, { bytes: zip }]) {
      const result = await walk(input);
      expect(result.warnings).toEqual([]);
      expect(paths(result)).toEqual(['assets/index.android.bundle', 'res/raw/x.txt', 'empty']);
      expect(result.entries[0]!.content.toString()).toContain(token);
      expect(result.entries[1]!.content.toString()).toBe('stored');
      expect(result.entries[2]!.size).toBe(0);
    }
  });

  it('reads zip64 records', async () => {
    const token = testToken();
    const zip = writeZip(
      [
        { name: 'a.txt', data: text(token), method: 'deflate' },
        { name: 'b.txt', data: text('b'.repeat(1000)) },
      ],
      { zip64: true },
    );
    const result = await walk({ bytes: zip });
    expect(result.warnings).toEqual([]);
    expect(result.entries.map((e) => [e.path, e.content.toString()])).toEqual([
      ['a.txt', token],
      ['b.txt', 'b'.repeat(1000)],
    ]);
  });

  it('decodes names as UTF-8 when flagged and as CP437 otherwise', async () => {
    const result = await walk({
      bytes: writeZip([
        { name: 'café/ünï.txt', data: text('1') },
        { name: Buffer.from([0x81, 0x94, 0x2e, 0x74]), data: text('2') },
      ]),
    });
    expect(paths(result)).toEqual(['café/ünï.txt', 'üö.t']);
    expect(result.warnings).toEqual([]);
  });

  it('opens a jar inside a war inside a zip (and a tgz and an asar beside it), naming every level', async () => {
    const token = liveToken();
    const jar = writeZip([
      { name: 'META-INF/MANIFEST.MF', data: text('Manifest-Version: 1.0\n'), method: 'deflate' },
      { name: 'config.properties', data: text(`monime.token=${token}\n`), method: 'deflate' },
    ]);
    const war = writeZip([
      { name: 'WEB-INF/web.xml', data: text('<web-app/>'), method: 'deflate' },
      { name: 'WEB-INF/lib/x.jar', data: jar, method: 'store' },
    ]);
    const zip = writeZip([
      { name: 'lib/app.war', data: war, method: 'deflate' },
      { name: 'README', data: text('read me') },
    ]);
    const result = await walk({ bytes: zip });
    expect(result.warnings).toEqual([]);
    expect(paths(result)).toEqual([
      'lib/app.war!/WEB-INF/web.xml',
      'lib/app.war!/WEB-INF/lib/x.jar!/META-INF/MANIFEST.MF',
      'lib/app.war!/WEB-INF/lib/x.jar!/config.properties',
      'README',
    ]);
    expect(result.entries[2]!.content.toString()).toContain(token);
  });

  it('opens an APK nested in an AAB-style bundle', async () => {
    const token = liveToken();
    const apk = writeZip([
      { name: 'AndroidManifest.xml', data: Buffer.from([3, 0, 8, 0]) },
      { name: 'assets/index.android.bundle', data: text(`__d(function(){const t="${token}"});`), method: 'deflate' },
      { name: 'classes.dex', data: Buffer.concat([text('dex\n035\0'), Buffer.alloc(100)]), method: 'deflate' },
    ]);
    const aab = writeZip([
      { name: 'BundleConfig.pb', data: Buffer.from([8, 1]) },
      { name: 'base/manifest/AndroidManifest.xml', data: text('<manifest/>'), method: 'deflate' },
      { name: 'standalones/standalone-arm64_v8a.apk', data: apk, method: 'store' },
    ]);
    const result = await walk({ bytes: aab });
    expect(result.warnings).toEqual([]);
    expect(paths(result)).toContain('standalones/standalone-arm64_v8a.apk!/assets/index.android.bundle');
    expect(result.entries.find((e) => e.path.endsWith('index.android.bundle'))!.content.toString()).toContain(token);
  });

  it('delivers entries larger than maxEntryInMemory as chunks of at most 1 MiB, in order', async () => {
    const token = liveToken();
    const big = Buffer.from(
      randomBytes(3 * MiB)
        .toString('base64')
        .slice(0, 3 * MiB + 5),
    );
    Buffer.from(token).copy(big, 2 * MiB - 10);
    const zip = writeZip([
      { name: 'big.js', data: big, method: 'deflate' },
      { name: 'small.js', data: text('small') },
    ]);
    const result = await walk({ bytes: zip }, { maxEntryInMemory: MiB });
    expect(result.warnings).toEqual([]);
    expect(result.entries.map((e) => [e.path, e.chunked, e.size])).toEqual([
      ['big.js', true, big.length],
      ['small.js', false, 5],
    ]);
    expect(result.entries[0]!.content.equals(big)).toBe(true);
    expect(result.entries[0]!.largestChunk).toBeLessThanOrEqual(MiB);
  });

  it('moves on when a consumer leaves chunks unread', async () => {
    const zip = writeZip([
      { name: 'big.bin', data: Buffer.alloc(2 * MiB, 1), method: 'deflate' },
      { name: 'next.txt', data: text('next') },
    ]);
    const seen: string[] = [];
    await walkArchive(
      { bytes: zip },
      { maxEntryInMemory: 1024 },
      async (entry) => {
        seen.push(entry.path.join('/'));
        if (entry.chunks) for await (const _ of entry.chunks) break;
      },
      () => undefined,
    );
    expect(seen).toEqual(['big.bin', 'next.txt']);
  });

  it('warns about a CRC that does not match, and still delivers the bytes', async () => {
    const zip = writeZip([{ name: 'a.txt', data: text('hello') }]);
    const at = zip.indexOf('hello');
    zip[at] = 0x48;
    const result = await walk({ bytes: zip });
    expect(result.entries[0]!.content.toString()).toBe('Hello');
    expect(codes(result)).toEqual(['archive-corrupt a.txt']);
  });

  it('reads a zip whose offsets were not adjusted for data in front of it', async () => {
    // A local entry in front (so the file still starts like a zip), then a zip whose central
    // directory's offsets count from its own start: every offset is short by the same amount.
    const stub = writeZip([{ name: 'stub', data: text('x') }]).subarray(0, 30 + 4 + 1);
    const zip = Buffer.concat([stub, writeZip([{ name: 'a.txt', data: text('alpha'), method: 'deflate' }])]);
    const result = await walk({ bytes: zip });
    expect(result.warnings).toEqual([]);
    expect(result.entries.map((e) => [e.path, e.content.toString()])).toEqual([['a.txt', 'alpha']]);
  });
});

describe('walkArchive: tar, gzip and npm tarballs', () => {
  it('reads ustar, GNU long names and pax paths, and a .tgz', async () => {
    const token = testToken();
    const long = `${'very-long-directory-name/'.repeat(6)}file.js`;
    const tar = writeTar([
      { name: 'dir/', type: '5' },
      { name: 'dir/a.txt', data: text(token) },
      { name: `gnu/${long}`, data: text('gnu'), longName: 'gnu' },
      { name: `pax/${long}`, data: text('pax'), longName: 'pax' },
      { name: 'link', type: '2' },
      { name: 'after', data: text('after') },
    ]);
    for (const bytes of [tar, zlib.gzipSync(tar)]) {
      const result = await walk({ bytes });
      expect(result.warnings).toEqual([]);
      expect(result.entries.map((e) => [e.path, e.content.toString()])).toEqual([
        ['dir/a.txt', token],
        [`gnu/${long}`, 'gnu'],
        [`pax/${long}`, 'pax'],
        ['after', 'after'],
      ]);
    }
  });

  it('walks the tarball npm pack makes of a fixture package, from the file', async () => {
    const token = liveToken();
    const dir = makeTempDir('monime-guard-pack-');
    writeFiles(dir, {
      'package.json': JSON.stringify({ name: 'fixture-lib', version: '1.2.3', main: 'index.js' }),
      'index.js': `export const client = { token: "${token}" };\n`,
      'lib/util.js': 'export const x = 1;\n',
    });
    const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'silent' },
    });
    const tarball = path.join(dir, (JSON.parse(out) as { filename: string }[])[0]!.filename);
    const result = await walk({ file: tarball });
    expect(result.warnings).toEqual([]);
    expect(paths(result).sort()).toEqual(['package/index.js', 'package/lib/util.js', 'package/package.json']);
    expect(result.entries.find((e) => e.path === 'package/index.js')!.content.toString()).toContain(token);
  });

  it('gives a single-file .gz as one entry with the path of the gzip', async () => {
    const token = liveToken();
    const result = await walk({ bytes: zlib.gzipSync(text(`MONIME_ACCESS_TOKEN=${token}\n`)) });
    expect(result.entries.map((e) => [e.path, e.content.toString()])).toEqual([['', `MONIME_ACCESS_TOKEN=${token}\n`]]);
    const nested = await walk({ bytes: writeZip([{ name: 'logs/a.log.gz', data: zlib.gzipSync(text('log line')) }]) });
    expect(nested.entries.map((e) => [e.path, e.content.toString()])).toEqual([['logs/a.log.gz', 'log line']]);
  });

  it('delivers a large tar entry as chunks and skips what is left unread', async () => {
    // Text that compresses as code does (a run of one byte would be cut off as a bomb).
    const big = Buffer.from(
      randomBytes(3 * MiB)
        .toString('base64')
        .slice(0, 3 * MiB),
    );
    const tar = writeTar([
      { name: 'big', data: big },
      { name: 'small', data: text('small') },
    ]);
    const result = await walk({ bytes: zlib.gzipSync(tar) }, { maxEntryInMemory: MiB });
    expect(result.warnings).toEqual([]);
    expect(result.entries.map((e) => [e.path, e.chunked, e.delivered])).toEqual([
      ['big', true, big.length],
      ['small', false, 5],
    ]);
  });
});

describe('walkArchive: asar', () => {
  it('reads files at their offsets after the header, skipping unpacked files silently', async () => {
    const token = liveToken();
    const asar = writeAsar({
      'package.json': text('{"name":"app"}'),
      'dist/main.js': text(`const token = "${token}";`),
      'node_modules/native/build/addon.node': { unpacked: true, size: 1234 },
      'dist/renderer/index.html': text('<html></html>'),
      'dist/z.js': text('z'),
    });
    const result = await walk({ bytes: asar });
    expect(result.warnings).toEqual([]);
    expect(result.entries.map((e) => [e.path, e.content.toString()])).toEqual([
      ['package.json', '{"name":"app"}'],
      ['dist/main.js', `const token = "${token}";`],
      ['dist/renderer/index.html', '<html></html>'],
      ['dist/z.js', 'z'],
    ]);
  });
});

describe('walkArchive: hostile input', () => {
  it('cuts off a 1 GiB zip bomb (deflated zeros) by its ratio, after about 1 MiB', async () => {
    const bomb = await deflatedZeros(1024 * MiB);
    const zip = writeZip([
      { name: 'zeros.bin', deflated: bomb },
      { name: 'after.txt', data: text('after') },
    ]);
    expect(zip.length).toBeLessThan(2 * MiB);
    const result = await walk({ bytes: zip }, {}, 0);
    expect(codes(result)).toEqual(['archive-bomb zeros.bin']);
    expect(result.entries.map((e) => [e.path, e.size])).toEqual([
      ['zeros.bin', 1024 * MiB],
      ['after.txt', 5],
    ]);
    expect(result.entries[0]!.delivered).toBeLessThanOrEqual(MiB + 64 * 1024);
  });

  it('stops the 1 GiB bomb at maxTotalBytes when the ratio allows it, and skips the rest', async () => {
    const bomb = await deflatedZeros(256 * MiB);
    const zip = writeZip([
      { name: 'zeros.bin', deflated: bomb },
      { name: 'after.txt', data: text('after') },
    ]);
    const result = await walk({ bytes: zip }, { maxRatio: 10_000, maxTotalBytes: 16 * MiB }, 0);
    expect(codes(result)).toEqual(['archive-limit zeros.bin']);
    expect(paths(result)).toEqual(['zeros.bin']);
    expect(result.entries[0]!.delivered).toBe(16 * MiB);
  });

  it('bounds a 42.zip-style nested bomb by its limits', async () => {
    const leafData = await deflatedZeros(16 * MiB);
    let level = writeZip(Array.from({ length: 16 }, (_, i) => ({ name: `${i}.bin`, deflated: leafData })));
    for (let depth = 0; depth < 4; depth++)
      level = writeZip(Array.from({ length: 16 }, (_, i) => ({ name: `lib ${depth} ${i}.zip`, data: level, method: 'deflate' as const })));
    expect(level.length).toBeLessThan(MiB);
    const limits = { maxTotalBytes: 64 * MiB };
    let delivered = 0;
    const warnings: ArchiveWarning[] = [];
    await walkArchive(
      { bytes: level },
      limits,
      async (entry) => {
        for await (const chunk of entry.chunks ?? [entry.bytes!]) delivered += chunk.length;
      },
      (warning) => warnings.push(warning),
    );
    expect(delivered).toBeLessThanOrEqual(64 * MiB);
    expect(warnings.filter((w) => w.code === 'archive-bomb').length).toBeGreaterThan(0);
    expect(warnings.at(-1)!.code).toBe('archive-limit');
    expect(warnings.length).toBeLessThanOrEqual(1001);
  });

  it('opens nested archives to maxDepth and names the one too deep', async () => {
    let archive = writeZip([{ name: 'deepest.txt', data: text('deep') }]);
    for (let depth = 9; depth >= 1; depth--)
      archive = writeZip([
        { name: `level${depth}.zip`, data: archive, method: 'deflate' },
        { name: `file${depth}.txt`, data: text(String(depth)) },
      ]);
    const result = await walk({ bytes: archive });
    expect(codes(result)).toEqual([`archive-depth ${Array.from({ length: 9 }, (_, i) => `level${i + 1}.zip`).join('!/')}`]);
    expect(paths(result).sort()).toEqual(
      Array.from({ length: 9 }, (_, i) => [...Array.from({ length: i }, (_, j) => `level${j + 1}.zip`), `file${i + 1}.txt`].join('!/')),
    );
    expect((await walk({ bytes: archive }, { maxDepth: 2 })).warnings[0]!.path).toEqual(['level1.zip', 'level2.zip', 'level3.zip']);
    // A gzip is a layer too, so a gzip quine-like chain cannot recurse without end.
    let gz = text('core');
    for (let i = 0; i < 12; i++) gz = zlib.gzipSync(gz);
    expect(codes(await walk({ bytes: gz }))).toEqual(['archive-depth ']);
  });

  it('reads an entry once when others overlap its data, and warns about each overlap', async () => {
    const token = liveToken();
    const zip = writeZip(
      [
        { name: 'real.txt', data: text(token), method: 'deflate' },
        { name: 'other.txt', data: text('other') },
      ],
      {
        overlaps: [
          { of: 0, name: 'copy1.txt' },
          { of: 0, name: 'copy2.txt' },
        ],
      },
    );
    const result = await walk({ bytes: zip });
    expect(paths(result)).toEqual(['real.txt', 'other.txt']);
    expect(codes(result)).toEqual(['archive-bomb copy1.txt', 'archive-bomb copy2.txt']);
    expect(result.warnings[0]!.message).toContain('real.txt');
  });

  it('warns about a truncated archive of every kind, keeping what came before the damage', async () => {
    const entries: ZipEntrySpec[] = [
      { name: 'a.txt', data: text('a'.repeat(5000)), method: 'deflate' },
      { name: 'b.txt', data: Buffer.alloc(5000, 0x62) },
    ];
    const zip = writeZip(entries);
    expect(codes(await walk({ bytes: zip.subarray(0, zip.length >> 1) }))).toEqual(['archive-corrupt ']);
    // Nested: the truncated zip's bytes are still delivered as a plain entry.
    const nested = await walk({ bytes: writeZip([{ name: 'inner.zip', data: zip.subarray(0, 3000) }]) });
    expect(codes(nested)).toEqual(['archive-corrupt inner.zip']);
    expect(paths(nested)).toEqual(['inner.zip']);
    const tar = writeTar([
      { name: 'first', data: text('first') },
      { name: 'second', data: Buffer.alloc(4000, 0x63) },
    ]);
    const cutTar = await walk({ bytes: tar.subarray(0, 2048) });
    expect(paths(cutTar)).toEqual(['first', 'second']);
    expect(codes(cutTar)).toEqual(['archive-corrupt second']);
    const tgz = zlib.gzipSync(
      writeTar([
        { name: 'first', data: text('first') },
        { name: 'second', data: Buffer.from(randomBytes(300_000).toString('base64')) },
      ]),
    );
    const cutTgz = await walk({ bytes: tgz.subarray(0, tgz.length >> 1) });
    expect(paths(cutTgz)[0]).toBe('first');
    expect(cutTgz.warnings.map((w) => w.code)).toContain('archive-corrupt');
    expect(codes(await walk({ bytes: writeAsar({ a: text('aaaa') }).subarray(0, 30) }))).toEqual(['archive-corrupt ']);
  });

  it('skips encrypted entries and unsupported methods with a warning naming them', async () => {
    const zip = writeZip([
      { name: 'secret.txt', data: text('ciphertext'), encrypted: true },
      { name: 'data.bz', data: text('bzip2 data'), methodNumber: 12 },
      { name: 'plain.txt', data: text('plain') },
      { name: 'app.tar.bz2', data: Buffer.concat([text('BZh91AY&SY'), Buffer.alloc(600)]) },
      { name: 'app.tar.xz', data: Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(600)]) },
    ]);
    const result = await walk({ bytes: zip });
    expect(paths(result)).toEqual(['plain.txt']);
    expect(codes(result)).toEqual([
      'archive-encrypted secret.txt',
      'archive-unsupported data.bz',
      'archive-unsupported app.tar.bz2',
      'archive-unsupported app.tar.xz',
    ]);
    expect(result.warnings[1]!.message).toContain('bzip2');
    expect((await walk({ bytes: Buffer.concat([text('BZh91AY&SY'), Buffer.alloc(600)]) })).warnings[0]!.message).toContain('bzip2');
  });

  it('reports names with "..", absolute paths, control characters and invalid UTF-8, and delivers them as stored', async () => {
    const names = ['../../etc/passwd', '/etc/shadow', 'C:\\Windows\\x.ini', 'a\u001b[2Jb.txt', 'fine/name.txt'];
    const zip = writeZip([
      ...names.map((name) => ({ name, data: text(name) })),
      { name: Buffer.from([0x61, 0xff, 0xfe, 0x62]), data: text('bad'), utf8: true },
    ]);
    const result = await walk({ bytes: zip });
    expect(paths(result)).toEqual([...names, 'a\ufffd\ufffdb']);
    expect(codes(result)).toEqual([
      'archive-name ../../etc/passwd',
      'archive-name /etc/shadow',
      'archive-name C:\\Windows\\x.ini',
      'archive-name a\u001b[2Jb.txt',
      'archive-name a\ufffd\ufffdb',
    ]);
    const tar = await walk({ bytes: writeTar([{ name: '../up', data: text('x') }]) });
    expect(codes(tar)).toEqual(['archive-name ../up']);
    const asar = await walk({ bytes: writeAsar({ '..': text('x') }) });
    expect(codes(asar)).toEqual(['archive-name ..']);
  });

  it('stops at a tar size field that is negative, not a number, or larger than what follows', async () => {
    const negative = Buffer.alloc(12, 0xff);
    const garbage = text('12x4567\0\0\0\0\0');
    for (const sizeField of [negative, garbage]) {
      const result = await walk({
        bytes: writeTar([
          { name: 'ok', data: text('ok') },
          { name: 'bad', data: text('data'), sizeField },
          { name: 'never', data: text('n') },
        ]),
      });
      expect(paths(result)).toEqual(['ok']);
      expect(codes(result)).toEqual(['archive-corrupt bad']);
    }
    const huge = Buffer.from('77777777777\0', 'latin1');
    const result = await walk({ bytes: writeTar([{ name: 'huge', data: text('tiny'), sizeField: huge }]) });
    expect(result.entries.map((e) => [e.path, e.size, e.chunked])).toEqual([['huge', 0o77777777777, true]]);
    expect(codes(result)).toEqual(['archive-corrupt huge']);
    const base256 = Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    expect(paths(await walk({ bytes: writeTar([{ name: 'b256', data: text('abc'), sizeField: base256 }]) }))).toEqual(['b256']);
  });

  it('warns about an asar header whose JSON lies about offsets and sizes', async () => {
    const body = { size: 4, offset: '0' };
    const header = {
      files: {
        ok: body,
        past: { size: 4, offset: '1000000' },
        huge: { size: Number.MAX_SAFE_INTEGER, offset: '0' },
        negative: { size: -1, offset: '0' },
        numeric: { size: 4, offset: 0 },
        overlap: { size: 2, offset: '1' },
        dir: { files: { 'inner.js': { size: 4, offset: '0' } } },
      },
    };
    const result = await walk({ bytes: writeAsar({ data: text('abcd') }, { header }) });
    expect(paths(result)).toEqual(['ok']);
    expect(codes(result).sort()).toEqual([
      'archive-corrupt dir/inner.js',
      'archive-corrupt huge',
      'archive-corrupt negative',
      'archive-corrupt numeric',
      'archive-corrupt overlap',
      'archive-corrupt past',
    ]);
    const notJson = writeAsar({ a: text('x') });
    notJson.write('{"files":[[[', 16, 'latin1');
    expect(codes(await walk({ bytes: notJson }))).toEqual(['archive-corrupt ']);
  });

  it('says what is not an archive, and passes on errors thrown by the callbacks', async () => {
    expect(codes(await walk({ bytes: text('just text') }))).toEqual(['archive-unsupported ']);
    const dir = makeTempDir('monime-guard-archive-');
    expect(codes(await walk({ file: path.join(dir, 'missing.zip') }))).toEqual(['archive-corrupt ']);
    expect(codes(await walk({ file: dir }))).toEqual(['archive-unsupported ']);
    const zip = writeZip([{ name: 'a', data: text('a') }]);
    await expect(
      walkArchive(
        { bytes: zip },
        {},
        () => {
          throw new Error('consumer failed');
        },
        () => undefined,
      ),
    ).rejects.toThrow('consumer failed');
    const warned = writeZip([{ name: '../a', data: text('a') }]);
    await expect(
      walkArchive(
        { bytes: warned },
        {},
        () => undefined,
        () => {
          throw new Error('warning handler failed');
        },
      ),
    ).rejects.toThrow('warning handler failed');
    const fifo = path.join(dir, 'pipe.zip');
    execFileSync('mkfifo', [fifo]);
    expect(codes(await walk({ file: fifo }))).toEqual(['archive-unsupported ']);
  });

  it('never throws, whatever bytes of a valid zip, tar or asar are changed or cut', async () => {
    const samples = [
      writeZip([
        { name: 'a.txt', data: text('alpha '.repeat(50)), method: 'deflate' },
        { name: 'in.zip', data: writeZip([{ name: 'b', data: text('beta') }]) },
      ]),
      writeZip([{ name: 'z', data: text('zip64') }], { zip64: true }),
      writeTar([
        { name: 'a', data: text('alpha') },
        { name: 'x'.repeat(120), data: text('long'), longName: 'pax' },
      ]),
      zlib.gzipSync(writeTar([{ name: 'a', data: text('alpha') }])),
      writeAsar({ 'a/b.js': text('bee'), c: text('sea') }),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: samples.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
        async (which, edits, cut) => {
          const bytes = Buffer.from(samples[which]!);
          for (const [at, value] of edits) bytes[at % bytes.length] = value;
          const input = cut === null ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
          const result = await walk({ bytes: input }, { ...DEFAULT_ARCHIVE_LIMITS, maxEntryInMemory: 4096 });
          for (const entry of result.entries) expect(entry.delivered).toBeLessThanOrEqual(Math.max(entry.size, 0) + 4096);
        },
      ),
      { numRuns: 300 },
    );
  });
});
