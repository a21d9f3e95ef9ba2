/**
 * Nothing the git sources meet passes without a word: a blob missing from the object store, a
 * submodule (another repository), a full disk. Each is scanned or named in a warning with a code.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { scanHistory } from '../../src/scan/history.js';
import { scan } from '../../src/scan/scan.js';
import { scanPush } from '../../src/scan/pre-push.js';
import { scanStaged } from '../../src/scan/staged.js';
import { git, initRepo, makeTempDir, writeFiles, gitRepo } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';

/** Deletes an object's loose file, as a damaged repository or a lost object would be. */
function deleteObject(dir: string, id: string): void {
  fs.rmSync(path.join(dir, '.git', 'objects', id.slice(0, 2), id.slice(2)));
}

describe('a blob missing from the object store', () => {
  it('is a missing-object warning naming the path, blob and commit in history and pre-push', async () => {
    const { dir, commit } = gitRepo();
    commit({ 'README.md': 'hello\n' });
    const added = commit({ 'config/app.env': `MONIME_TOKEN=${liveToken()}\n` }, 'config');
    const blob = git(dir, ['rev-parse', `${added}:config/app.env`]).trim();
    deleteObject(dir, blob);

    const history = await scanHistory({ root: dir, config: {} });
    expect(history.findings).toEqual([]);
    expect(history.warnings).toEqual([
      {
        path: 'config/app.env',
        code: 'missing-object',
        message: `config/app.env: blob ${blob} (commit ${added}) is missing from git's object store, so it was not scanned; git fsck lists what is missing, and fetching it again may restore it`,
      },
    ]);
    // README.md was read; the missing blob is a warning, not a scanned file.
    expect(history.stats).toMatchObject({ filesScanned: 1, warnings: 1 });

    const zero = '0'.repeat(40);
    const push = await scanPush({
      root: dir,
      config: {},
      updates: [{ localRef: 'refs/heads/main', localId: added, remoteRef: 'refs/heads/main', remoteId: zero }],
    });
    expect(push.warnings.map((w) => [w.code, w.path])).toEqual([['missing-object', 'config/app.env']]);
    expect(push.stats).toMatchObject({ filesScanned: 1, warnings: 1 });
  });

  it('is a missing-object warning in staged', async () => {
    const { dir, commit } = gitRepo();
    commit({ 'README.md': 'hello\n' });
    writeFiles(dir, { 'src/key.js': `const key = '${liveToken()}';\n`, 'src/other.js': 'export {};\n' });
    git(dir, ['add', '-A']);
    const blob = git(dir, ['rev-parse', ':src/key.js']).trim();
    deleteObject(dir, blob);
    const staged = await scanStaged({ root: dir, config: {} });
    expect(staged.findings).toEqual([]);
    expect(staged.warnings.map((w) => [w.code, w.path, w.message.includes(blob)])).toEqual([['missing-object', 'src/key.js', true]]);
    expect(staged.stats).toMatchObject({ filesScanned: 1, warnings: 1 });
  });
});

describe('submodules and nested repositories', () => {
  /** A repository with a checked-out submodule at vendor/pay and one that is not checked out at vendor/empty. */
  function withSubmodules(): { dir: string; inner: string } {
    const inner = gitRepo();
    inner.commit({ '.gitignore': 'local.env\n', 'pay.js': `export const key = '${liveToken()}';\n` });
    const other = gitRepo();
    other.commit({ 'other.txt': 'other\n' });
    const { dir, commit } = gitRepo();
    commit({ 'README.md': 'shop\n' });
    git(dir, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.dir, 'vendor/pay']);
    git(dir, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', other.dir, 'vendor/empty']);
    git(dir, ['commit', '-q', '-m', 'submodules']);
    // vendor/empty as a fresh clone without --recurse-submodules leaves it: an empty directory.
    git(dir, ['submodule', 'deinit', '-q', 'vendor/empty']);
    // Ignored by the submodule's own .gitignore: not scanned, as git would not commit it.
    writeFiles(path.join(dir, 'vendor/pay'), { 'local.env': `MONIME_TOKEN=${testToken()}\n` });
    return { dir, inner: inner.dir };
  }

  it('scan . reads a checked-out submodule with its own ignore rules, and names one not checked out', async () => {
    const { dir } = withSubmodules();
    // An untracked repository inside the tree (a clone someone made there) is read the same way.
    const nested = path.join(dir, 'tools/cli');
    fs.mkdirSync(nested, { recursive: true });
    initRepo(nested);
    writeFiles(nested, { 'cli.env': `MONIME_TOKEN=${liveToken()}\n` });
    const result = await scan({ root: dir, config: {}, threads: 1 });
    expect(result.findings.map((f) => f.path)).toEqual(['tools/cli/cli.env', 'vendor/pay/pay.js']);
    expect(result.warnings).toEqual([
      {
        path: 'vendor/empty',
        code: 'submodule',
        message: 'vendor/empty: a submodule or nested repository, not scanned: it is not checked out (git submodule update --init checks it out)',
      },
    ]);
    // README.md, .gitmodules, the submodule's .gitignore and pay.js, and cli.env.
    expect(result.stats).toMatchObject({ filesScanned: 5, warnings: 1 });
    // Named from below the root, paths are still the root's.
    const vendor = await scan({ root: dir, paths: ['vendor'], config: {}, threads: 1 });
    expect(vendor.findings.map((f) => f.path)).toEqual(['vendor/pay/pay.js']);
    expect(vendor.warnings.map((w) => w.message.slice(0, w.message.indexOf(':')))).toEqual(['vendor/empty']);
  });

  it('history says that a submodule is its own repository and how to scan it', async () => {
    const { dir } = withSubmodules();
    const recorded = git(dir, ['rev-parse', 'HEAD']).trim();
    const result = await scanHistory({ root: dir, config: {} });
    expect(result.findings).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['submodule', 'vendor/empty'],
      ['submodule', 'vendor/pay'],
    ]);
    expect(result.warnings[1]!.message).toBe(
      `vendor/pay: a submodule (recorded in commit ${recorded}) is another repository with its own history, not scanned here; run monime-guard history inside it, or git submodule foreach monime-guard history`,
    );
    // Run inside it, as the warning says, the submodule's own history holds the token.
    expect((await scanHistory({ root: path.join(dir, 'vendor/pay'), config: {} })).findings).toHaveLength(1);
  });
});

/**
 * Mounts a 64 KiB tmpfs at a fresh directory: a full disk on demand. Mounting needs root (as the
 * CI container runs); elsewhere the test that needs it is skipped, with one line saying why.
 */
function mountFullDisk(): string | undefined {
  const dir = makeTempDir('monime-guard-full-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  return mounted.status === 0 ? dir : undefined;
}
const fullDisk = mountFullDisk();
if (!fullDisk) console.log('skipped: the full-disk test mounts a small tmpfs, which needs root');
// Before the temporary directories are removed (their sweep is registered earlier, so runs later).
afterAll(() => {
  if (fullDisk) spawnSync('umount', [fullDisk]);
});

describe('a full disk under history', () => {
  it.skipIf(!fullDisk)('stops the run with one error naming ENOSPC and TMPDIR, not a per-blob "could not read"', async () => {
    const { dir, commit } = gitRepo();
    // Over the 32 MiB kept in memory: streamed through a temporary file.
    const filler = 'x'.repeat(99) + '\n';
    commit({ 'big.log': Buffer.concat([Buffer.from(filler.repeat(340_000)), Buffer.from(`${liveToken()}\n`)]) });
    const blob = git(dir, ['rev-parse', 'HEAD:big.log']).trim();
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = fullDisk!;
    try {
      const run = scanHistory({ root: dir, config: {} });
      await expect(run).rejects.toBeInstanceOf(SourceError);
      await expect(run).rejects.toThrow(
        `no space left on device (ENOSPC) for the temporary copy of big.log (blob ${blob}, 34000069 bytes) in ${fullDisk}: free space there, or set TMPDIR to a directory on a disk with room`,
      );
    } finally {
      process.env.TMPDIR = saved;
    }
  });
});
