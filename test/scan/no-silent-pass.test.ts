/**
 * Nothing the git sources meet passes without a word: a blob missing from the object store, a
 * submodule (another repository), a full disk. Each is scanned or named in a warning with a code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanHistory } from '../../src/scan/history.js';
import { scanPush } from '../../src/scan/pre-push.js';
import { scanStaged } from '../../src/scan/staged.js';
import { git, initRepo, makeTempDir, writeFiles } from '../cli/run-cli.js';
import { liveToken } from '../support/tokens.js';

/** A repository in a temp dir with one helper to commit files. */
function repo(): { dir: string; commit: (files: Record<string, string | Buffer>, message?: string) => string } {
  const dir = makeTempDir('monime-guard-git-');
  initRepo(dir);
  git(dir, ['checkout', '-q', '-b', 'main']);
  return {
    dir,
    commit(files, message = 'change') {
      writeFiles(dir, files);
      git(dir, ['add', '-A']);
      git(dir, ['commit', '-q', '--allow-empty', '-m', message]);
      return git(dir, ['rev-parse', 'HEAD']).trim();
    },
  };
}

/** Deletes an object's loose file, as a damaged repository or a lost object would be. */
function deleteObject(dir: string, id: string): void {
  fs.rmSync(path.join(dir, '.git', 'objects', id.slice(0, 2), id.slice(2)));
}

describe('a blob missing from the object store', () => {
  it('is a missing-object warning naming the path, blob and commit in history and pre-push', async () => {
    const { dir, commit } = repo();
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
    const { dir, commit } = repo();
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
