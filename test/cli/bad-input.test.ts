/**
 * Inputs that break naive scanners: binary and oddly encoded files, huge and sparse files, files
 * that vanish, unreadable directories, symlink loops, FIFOs, broken configs and bad flags. None
 * may crash the CLI (no stack trace), each gets a clear warning or one error line, and the exit
 * code follows the contract in docs/output.md: per-input problems are warnings (exit by findings), usage and
 * configuration problems exit 2. Spawns carry timeouts so a hang fails instead of stalling.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scan.js';
import { CLI_ENTRY, HANG_MS, initRepo, linesOf, makeTempDir, runCli, runJson, secretToken, writeFiles, expectNoCrash, expectOneErrorLine } from './run-cli.js';
import { maskOf } from '../support/tokens.js';

/** The user `nobody`: permission tests run the CLI as this user when the suite runs as root. */
const NOBODY = 65534;

/** The `monime-guard: warning: …` lines on stderr. */
function warningLines(stderr: string): string[] {
  return linesOf(stderr).filter((line) => line.startsWith('monime-guard: warning: '));
}

/** Counts the UTF-16 code units of a string, which is what columns count. */
function units(text: string): number {
  return text.length;
}

describe.concurrent('file contents', () => {
  it('skips a binary file (NUL in the first 8 KiB) and counts it; --scan-binary finds its token', async () => {
    const dir = makeTempDir();
    const token = secretToken('live');
    writeFiles(dir, {
      'image.bin': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), Buffer.from(`\nKEY=${token}\n`)]),
      'clean.txt': 'clean\n',
    });
    const skipped = await runJson(['scan'], { cwd: dir });
    expectNoCrash(skipped.run);
    expect(skipped.run.status).toBe(0);
    expect(skipped.report.findings).toEqual([]);
    expect(skipped.report.stats).toMatchObject({ binarySkipped: 1, filesScanned: 1 });
    const text = await runCli(['scan'], { cwd: dir });
    expect(text.stdout).toMatch(/1 binary file skipped/);

    const scanned = await runJson(['scan', '--scan-binary'], { cwd: dir });
    expectNoCrash(scanned.run);
    expect(scanned.run.status).toBe(1);
    expect(scanned.report.findings).toEqual([expect.objectContaining({ path: 'image.bin', line: 2, column: 5, masked: maskOf(token) })]);
    expect(scanned.report.stats.binarySkipped).toBe(0);
  });

  it('finds a token amid invalid UTF-8, on the right line', async () => {
    const dir = makeTempDir();
    const token = secretToken('test');
    writeFiles(dir, {
      'mixed.txt': Buffer.concat([
        Buffer.from('first line \xff\xfe ok\n', 'latin1'),
        Buffer.from([0x62, 0x61, 0x64, 0x20, 0xc3, 0x28, 0x20, 0x80, 0x80, 0x20, 0xf0, 0x28, 0x0a]),
        // The token sits between an invalid byte (decoded as one U+FFFD) and more invalid bytes.
        Buffer.from([0xff]),
        Buffer.from(`KEY=${token}`),
        Buffer.from([0xfe, 0xc0, 0x0a]),
        Buffer.from('last\n'),
      ]),
    });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ path: 'mixed.txt', line: 3, masked: maskOf(token) })]);
    // One replacement character, then `KEY=`: column 6 as an editor shows it.
    expect(report.findings[0]?.column).toBe(6);
  });

  it('skips a UTF-8 byte order mark when counting columns', async () => {
    const dir = makeTempDir();
    const first = secretToken('live');
    const second = secretToken('test');
    writeFiles(dir, { 'bom.env': `\ufeffKEY=${first}\n  ${second}\n` });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expectNoCrash(run);
    expect(report.findings.map((f) => [f.line, f.column, f.endColumn, f.masked])).toEqual([
      [1, 5, 5 + first.length, maskOf(first)],
      [2, 3, 3 + second.length, maskOf(second)],
    ]);
  });

  it('decodes UTF-16 LE and BE files with a byte order mark', async () => {
    const dir = makeTempDir();
    const le = secretToken('live');
    const be = secretToken('test');
    const textOf = (token: string): string => `\ufeff# Wïndows nötes ✓\r\nline two\r\nKEY=${token}\r\n`;
    const bigEndian = Buffer.from(textOf(be), 'utf16le');
    bigEndian.swap16();
    writeFiles(dir, { 'le.txt': Buffer.from(textOf(le), 'utf16le'), 'be.txt': bigEndian });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expectNoCrash(run);
    expect(report.stats.binarySkipped).toBe(0);
    expect(report.findings.map((f) => [f.path, f.line, f.column, f.masked])).toEqual([
      ['be.txt', 3, 5, maskOf(be)],
      ['le.txt', 3, 5, maskOf(le)],
    ]);
  });

  it('scans an empty file without complaint', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'empty.txt': '', 'also-empty.env': Buffer.alloc(0) });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(report.stats).toMatchObject({ filesScanned: 2, bytesScanned: 0, warnings: 0 });
    const named = await runJson(['scan', 'empty.txt'], { cwd: dir });
    expect(named.run.status).toBe(0);
    expect(named.run.stderr).toBe('');
    expect(named.report.stats).toMatchObject({ filesScanned: 1, bytesScanned: 0, warnings: 0 });
  });

  it('finds a token near the end of a 50 MB single-line file at the right column', async () => {
    const dir = makeTempDir();
    const token = secretToken('live');
    // Multi-byte characters at the start make the column count UTF-16 units across many chunks.
    const head = Buffer.from('é€😀 minified: ');
    const tail = Buffer.from(`;var k="${token}";done()`);
    const filler = Buffer.alloc(50 * 1000 * 1000 - head.length - tail.length, 'a');
    writeFiles(dir, { 'bundle.min.js': Buffer.concat([head, filler, tail]) });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(1);
    const column = units('é€😀 minified: ') + filler.length + units(';var k="') + 1;
    expect(report.findings.map((f) => [f.path, f.line, f.column, f.endColumn])).toEqual([['bundle.min.js', 1, column, column + token.length]]);
    expect(report.stats.bytesScanned).toBe(50 * 1000 * 1000);
  });

  // A 1 GiB file whose middle is a hole: a few KiB of text, zeros up to near 1 GiB, a token.
  // Only the first 8 KiB are sniffed for NUL bytes, so it is scanned as text. The file takes
  // a few KiB of disk; reading the gigabyte of zeros takes about 3-5 s on a 2-core machine.
  it('finds a token near the end of a sparse 1 GiB file on the right line', { timeout: 300_000 }, async () => {
    const dir = makeTempDir();
    const token = secretToken('test');
    const file = path.join(dir, 'huge.log');
    let head = '';
    for (let i = 1; head.length < 16 * 1024; i++) head += `log line ${i}: nothing to see here\n`;
    const tail = `\n\nMONIME_ACCESS_TOKEN=${token}\nend\n`;
    const size = 2 ** 30;
    const fd = fs.openSync(file, 'w');
    try {
      fs.writeSync(fd, head);
      fs.writeSync(fd, Buffer.from(tail), 0, Buffer.byteLength(tail), size - Buffer.byteLength(tail));
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.statSync(file).size).toBe(size);
    const line = head.split('\n').length - 1 + 1 + 2;
    const { run, report } = await runJson(['scan', 'huge.log'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => [f.line, f.column, f.masked])).toEqual([[line, 21, maskOf(token)]]);
    expect(report.stats).toMatchObject({ filesScanned: 1, bytesScanned: size, binarySkipped: 0 });
  });
});

describe('files that change under the scan', () => {
  // Deterministic as long as the calling thread scans inputs in the order they are named (it does
  // with threads: 1, and from TypeScript sources there are no workers anyway): the 100 files of
  // `a/` are scanned before `z/victim.txt`, and onProgress runs between files (every 64 today), so
  // deleting the victim from the first progress call removes it after listing, before reading.
  // Directory order inside `a/` does not matter.
  it('warns about a file that disappears between listing and reading, and scans the rest', async () => {
    const dir = makeTempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[`a/f-${String(i).padStart(3, '0')}.txt`] = `k = ${secretToken('test')}\n`;
    files['z/victim.txt'] = `k = ${secretToken('live')}\n`;
    files['z2/after.txt'] = `k = ${secretToken('test')}\n`;
    writeFiles(dir, files);
    let calls = 0;
    let deletedAt: number | undefined;
    const result = await scan({
      root: dir,
      paths: ['a', 'z', 'z2'],
      config: {},
      threads: 1,
      gitIgnore: false,
      onProgress: (progress) => {
        calls++;
        if (deletedAt === undefined) {
          fs.rmSync(path.join(dir, 'z/victim.txt'));
          deletedAt = progress.filesDone;
        }
      },
    });
    expect(calls).toBeGreaterThan(0);
    expect(deletedAt, 'the first progress call came after every file was read').toBeLessThanOrEqual(100);
    expect(result.warnings).toEqual([expect.objectContaining({ path: 'z/victim.txt', code: 'vanished' })]);
    expect(result.warnings[0]?.message).toContain('z/victim.txt');
    expect(result.findings).toHaveLength(101);
    expect(result.findings.some((f) => f.path === 'z/victim.txt')).toBe(false);
    expect(result.findings.some((f) => f.path === 'z2/after.txt')).toBe(true);
    expect(result.stats).toMatchObject({ filesScanned: 101, warnings: 1 });
  });
});

describe.concurrent('permissions', () => {
  /**
   * Root reads anything whatever the mode bits say, so as root the CLI runs as `nobody`. That
   * needs the repository's dist, its dependencies and the temp dir to be readable by `nobody`;
   * when they are not, the test is skipped with the reason.
   */
  function asUser(dir: string): { uid?: number; gid?: number; skip?: string } {
    if (process.getuid?.() !== 0) return {};
    const probe = spawnSync(
      process.execPath,
      ['-e', `const fs = require('fs'); fs.accessSync(${JSON.stringify(CLI_ENTRY)}, fs.constants.R_OK); fs.readdirSync(${JSON.stringify(dir)});`],
      { uid: NOBODY, gid: NOBODY, encoding: 'utf8', timeout: HANG_MS },
    );
    if (probe.status !== 0) return { skip: `cannot run the CLI as nobody: ${probe.error?.message ?? probe.stderr.trim()}` };
    return { uid: NOBODY, gid: NOBODY };
  }

  it('warns about an unreadable directory and an unreadable file, and reports the rest', async (ctx) => {
    const dir = makeTempDir();
    const visible = secretToken('live');
    writeFiles(dir, {
      'open.env': `A=${visible}\n`,
      'locked/inner.env': `B=${secretToken('live')}\n`,
      'sealed.env': `C=${secretToken('live')}\n`,
    });
    const user = asUser(dir);
    if (user.skip) ctx.skip(user.skip);
    fs.chmodSync(path.join(dir, 'locked'), 0o000);
    fs.chmodSync(path.join(dir, 'sealed.env'), 0o000);
    const env = { HOME: dir };
    const { run, report } = await runJson(['scan'], { cwd: dir, env, ...user });
    expectNoCrash(run);
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => [f.path, f.masked])).toEqual([['open.env', maskOf(visible)]]);
    expect(report.warnings.map((w) => [w.path, w.code])).toEqual([
      ['locked', 'unreadable'],
      ['sealed.env', 'unreadable'],
    ]);
    const warnings = warningLines(run.stderr);
    expect(warnings).toHaveLength(2);
    expect(warnings.find((line) => line.includes('locked'))).toMatch(/EACCES/);
    expect(warnings.find((line) => line.includes('sealed.env'))).toMatch(/EACCES/);

    // Named explicitly, the locked directory is a warning too, not an error. (Today a second,
    // misleading warning comes with it: `git ls-files failed (spawnSync git EACCES)`, because git
    // is started inside the directory; only the one naming the directory is required here.)
    const named = await runCli(['scan', 'locked'], { cwd: dir, env, ...user });
    expectNoCrash(named);
    expect(named.status).toBe(0);
    expect(warningLines(named.stderr)).toContainEqual(expect.stringMatching(/^monime-guard: warning: locked: .*EACCES/));
  });
});

describe.concurrent('symlinks', () => {
  it('skips a symlink loop quietly while walking, in and out of a git repository', async () => {
    for (const repo of [false, true]) {
      const dir = makeTempDir();
      if (repo) initRepo(dir);
      writeFiles(dir, { 'ok.env': `K=${secretToken('test')}\n` });
      fs.symlinkSync('b', path.join(dir, 'a'));
      fs.symlinkSync('a', path.join(dir, 'b'));
      const { run, report } = await runJson(['scan'], { cwd: dir });
      expectNoCrash(run);
      expect(run.status, `repo: ${repo}`).toBe(1);
      expect(run.stderr, `repo: ${repo}`).toBe('');
      expect(report.findings.map((f) => f.path)).toEqual(['ok.env']);
      expect(report.warnings).toEqual([]);
    }
  });

  it('warns about a symlink loop named explicitly; the exit code follows the other findings', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'ok.env': `K=${secretToken('test')}\n` });
    fs.symlinkSync('b', path.join(dir, 'a'));
    fs.symlinkSync('a', path.join(dir, 'b'));
    const alone = await runCli(['scan', 'a'], { cwd: dir });
    expectNoCrash(alone);
    expect(alone.status).toBe(0);
    expect(warningLines(alone.stderr)).toEqual([expect.stringMatching(/^monime-guard: warning: a: .*loop/)]);
    const withFile = await runCli(['scan', 'a', 'ok.env'], { cwd: dir });
    expectNoCrash(withFile);
    expect(withFile.status).toBe(1);
    expect(warningLines(withFile.stderr)).toHaveLength(1);
  });

  it('does not follow a symlink to a file outside the tree while walking, but reads it when named', async () => {
    const outside = makeTempDir();
    const token = secretToken('live');
    writeFiles(outside, { 'secret.env': `K=${token}\n` });
    for (const repo of [false, true]) {
      const dir = makeTempDir();
      if (repo) initRepo(dir);
      writeFiles(dir, { 'clean.txt': 'clean\n' });
      fs.symlinkSync(path.join(outside, 'secret.env'), path.join(dir, 'linked.env'));
      fs.symlinkSync(outside, path.join(dir, 'linked-dir'));
      const { run, report } = await runJson(['scan'], { cwd: dir });
      expectNoCrash(run);
      expect(run.status, `repo: ${repo}`).toBe(0);
      expect(report.findings).toEqual([]);
      expect(report.warnings).toEqual([]);
      const named = await runJson(['scan', 'linked.env'], { cwd: dir });
      expect(named.run.status).toBe(1);
      expect(named.report.findings.map((f) => [f.path, f.masked])).toEqual([['linked.env', maskOf(token)]]);
    }
  });

  it('warns about a dangling symlink named explicitly', async () => {
    const dir = makeTempDir();
    fs.symlinkSync('nowhere', path.join(dir, 'dangling'));
    const run = await runCli(['scan', 'dangling'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(warningLines(run.stderr)).toEqual([expect.stringContaining('dangling')]);
  });
});

describe.concurrent('paths that are not regular files', () => {
  const mkfifo = (file: string): void => {
    const made = spawnSync('mkfifo', [file]);
    if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
  };

  it('exits 2 with one line naming a path that does not exist', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'real.txt': 'clean\n' });
    expectOneErrorLine(await runCli(['scan', 'real.txt', 'missing/file.env'], { cwd: dir }), 'missing/file.env');
  });

  it('skips a FIFO inside a scanned directory without hanging', async () => {
    for (const repo of [false, true]) {
      const dir = makeTempDir();
      if (repo) initRepo(dir);
      writeFiles(dir, { 'ok.env': `K=${secretToken('live')}\n` });
      mkfifo(path.join(dir, 'pipe'));
      const { run, report } = await runJson(['scan'], { cwd: dir });
      expectNoCrash(run);
      expect(run.status, `repo: ${repo}`).toBe(1);
      expect(report.findings.map((f) => f.path)).toEqual(['ok.env']);
      expect(report.stats.filesScanned).toBe(1);
    }
  });

  it('warns about a FIFO named explicitly without hanging', async () => {
    const dir = makeTempDir();
    mkfifo(path.join(dir, 'pipe'));
    const run = await runCli(['scan', 'pipe'], { cwd: dir });
    expectNoCrash(run);
    expect(run.status).toBe(0);
    expect(warningLines(run.stderr)).toEqual([expect.stringMatching(/pipe: .*not a regular file/)]);
  });
});

describe.concurrent('configuration and flags', () => {
  it('exits 2 naming a malformed JSON config', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'monime-guard.config.json': '{ "failOn": "any", ', 'a.env': `K=${secretToken('live')}\n` });
    expectOneErrorLine(await runCli(['scan'], { cwd: dir }), 'monime-guard.config.json');
  });

  it('exits 2 naming a malformed YAML config', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'monime-guard.config.yaml': 'failOn: [any\nrules: {\n' });
    expectOneErrorLine(await runCli(['scan'], { cwd: dir }), 'monime-guard.config.yaml');
  });

  it('exits 2 naming an unknown config key and the file', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'monime-guard.config.json': JSON.stringify({ failOn: 'any', ignorePaths: ['dist/**'] }) });
    expectOneErrorLine(await runCli(['scan'], { cwd: dir }), 'monime-guard.config.json', 'ignorePaths');
    writeFiles(dir, { 'nested.yml': 'rules:\n  live-token:\n    enabeld: false\n' });
    expectOneErrorLine(await runCli(['scan', '--config', 'nested.yml'], { cwd: dir }), 'nested.yml', 'enabeld');
  });

  it('exits 2 naming a baseline that is not JSON', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'accepted.json': 'this is not json\n', 'a.env': `K=${secretToken('live')}\n` });
    expectOneErrorLine(await runCli(['scan', '--baseline', 'accepted.json'], { cwd: dir }), 'accepted.json');
  });

  it('exits 2 naming an unknown flag', async () => {
    const dir = makeTempDir();
    expectOneErrorLine(await runCli(['scan', '--frobnicate'], { cwd: dir }), 'frobnicate');
  });

  it('exits 2 for an unknown --format', async () => {
    const dir = makeTempDir();
    expectOneErrorLine(await runCli(['scan', '--format', 'nope'], { cwd: dir }), 'format', 'nope');
  });

  it('exits 2 naming --output into a missing directory, even with findings', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.env': `K=${secretToken('live')}\n` });
    expectOneErrorLine(await runCli(['scan', '--output', 'no/such/dir/report.json'], { cwd: dir }), 'no/such/dir/report.json');
  });
});
