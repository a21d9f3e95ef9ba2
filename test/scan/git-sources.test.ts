import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError, InputError } from '../../src/errors.js';
import { maskToken } from '../../src/findings/mask.js';
import { scan } from '../../src/scan/scan.js';
import { scanHistory } from '../../src/scan/history.js';
import { parsePushUpdates, readFrameworkPush, scanPush } from '../../src/scan/pre-push.js';
import { scanStaged } from '../../src/scan/staged.js';
import { git, makeTempDir, writeFiles, gitRepo } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';
import { formatReport } from '../../src/reporters/index.js';
import { webUri } from '../../src/sources/git/repo.js';
import { sarifErrors } from '../reporters/schemas.js';

const head = (dir: string): string => git(dir, ['rev-parse', 'HEAD']).trim();

describe('history', () => {
  it('finds a deleted token at the commit that introduced it, marked as in history only', async () => {
    const { dir, commit } = gitRepo();
    const token = liveToken();
    commit({ 'README.md': 'hello\n' });
    const introduced = commit({ 'src/app.js': `// config\nconst key = '${token}';\n` }, 'add app');
    commit({ 'src/app.js': '// config\nconst key = process.env.KEY;\n' }, 'use env');
    const result = await scanHistory({ root: dir, config: {} });
    expect(result.findings).toHaveLength(1);
    const [finding] = result.findings;
    expect(finding).toMatchObject({ ruleId: 'live-token', path: 'src/app.js', span: { start: { line: 2, column: 14 } }, masked: maskToken(token) });
    expect(finding!.git).toMatchObject({ commit: introduced, source: 'blob', historyOnly: true, otherOccurrences: 0, author: 'monime-guard tests' });
    expect(JSON.stringify(result)).not.toContain(token);
  });

  it('reads each blob once and reports a token once, counting the other commits and paths that hold it', async () => {
    const { dir, commit } = gitRepo();
    const token = testToken();
    const first = commit({ 'a.env.example': `TOKEN=${token}\n` }, 'first');
    for (let i = 0; i < 5; i++) commit({ [`notes-${i}.txt`]: `note ${i}\n` });
    commit({ 'copy/b.txt': `again: ${token}\n` }, 'copy');
    const result = await scanHistory({ root: dir, config: {} });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.git).toMatchObject({ commit: first, historyOnly: false, otherOccurrences: 1 });
    // 2 blobs with the token, 5 notes: each read once although 7 commits hold the first blob.
    expect(result.stats.filesScanned).toBe(7);
  });

  it('scans commit messages unless told not to', async () => {
    const { dir, commit } = gitRepo();
    const token = liveToken();
    const id = commit({ 'x.txt': 'x\n' }, `debug with ${token}`);
    // An older commit's message: not a tip of any ref.
    commit({ 'y.txt': 'y\n' }, 'later');
    const withMessages = await scanHistory({ root: dir, config: {} });
    expect(withMessages.findings.map((f) => [f.path, f.git?.source, f.git?.commit])).toEqual([['(commit message)', 'message', id]]);
    expect((await scanHistory({ root: dir, config: {}, messages: false })).findings).toEqual([]);
  });

  it('in range mode reports only what the range adds', async () => {
    const { dir, commit } = gitRepo();
    const old = liveToken();
    const fresh = testToken();
    const base = commit({ 'config.txt': `OLD=${old}\n` });
    commit({ 'config.txt': `OLD=${old}\nNEW=${fresh}\n` });
    const result = await scanHistory({ root: dir, config: {}, range: `${base}..HEAD` });
    expect(result.findings.map((f) => f.masked)).toEqual([maskToken(fresh)]);
    await expect(scanHistory({ root: dir, config: {}, range: 'nope..HEAD' })).rejects.toThrow(/unknown revision nope/);
    await expect(scanHistory({ root: dir, config: {}, range: 'HEAD' })).rejects.toThrow(InputError);
  });

  it('narrows by ref and by date', async () => {
    const { dir, commit } = gitRepo();
    commit({ 'a.txt': 'a\n' });
    git(dir, ['checkout', '-q', '-b', 'side']);
    commit({ 'side.txt': `${liveToken()}\n` });
    git(dir, ['checkout', '-q', 'main']);
    expect((await scanHistory({ root: dir, config: {}, refs: ['main'] })).findings).toEqual([]);
    expect((await scanHistory({ root: dir, config: {}, refs: ['side'] })).findings).toHaveLength(1);
    expect((await scanHistory({ root: dir, config: {}, since: '2090-01-01' })).findings).toEqual([]);
    expect((await scanHistory({ root: dir, config: {}, since: '2 days ago' })).findings).toHaveLength(1);
    await expect(scanHistory({ root: dir, config: {}, refs: ['missing-ref'] })).rejects.toThrow(/--ref: unknown revision missing-ref/);
  });

  it('handles odd ref names and paths with spaces, quotes, newlines and non-UTF-8 bytes', async () => {
    const { dir, commit } = gitRepo();
    const tokens = [liveToken(), liveToken(), liveToken()];
    commit({ 'with space/it\'s "quoted".txt': `${tokens[0]}\n`, 'line\nbreak.txt': `${tokens[1]}\n` });
    fs.writeFileSync(path.join(dir, Buffer.from([0x6c, 0x61, 0x74, 0xe9, 0x2e, 0x74, 0x78, 0x74]).toString('latin1')), `${tokens[2]}\n`);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'odd']);
    git(dir, ['branch', 'feature/ünïcode-#1']);
    const result = await scanHistory({ root: dir, config: {}, refs: ['feature/ünïcode-#1'] });
    expect(result.findings.map((f) => f.masked).sort()).toEqual(tokens.map(maskToken).sort());
    expect(result.findings.every((f) => /^[0-9a-f]{40}$/.test(f.git?.commit ?? ''))).toBe(true);
    expect(result.findings.filter((f) => f.git?.commit === head(dir))).toHaveLength(1);
    expect(result.findings.map((f) => f.path)).toContain('with space/it\'s "quoted".txt');
  });

  it('streams a blob too big for memory and skips binary blobs', async () => {
    const { dir, commit } = gitRepo();
    const token = liveToken();
    const filler = 'x'.repeat(99) + '\n';
    commit({
      'big.log': Buffer.concat([Buffer.from(filler.repeat(340_000)), Buffer.from(`${token}\n`)]),
      'bin.dat': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(liveToken())]),
    });
    const result = await scanHistory({ root: dir, config: {} });
    expect(result.findings.map((f) => [f.path, f.span.start.line])).toEqual([['big.log', 340_001]]);
    expect(result.stats.binarySkipped).toBe(1);
  });

  it('fails with one line outside a repository, and warns on an empty one', async () => {
    const plain = makeTempDir('monime-guard-nogit-');
    await expect(scanHistory({ root: plain, config: {} })).rejects.toThrow(SourceError);
    await expect(scanHistory({ root: plain, config: {} })).rejects.toThrow(/not a git repository/);
    const { dir } = gitRepo();
    const result = await scanHistory({ root: dir, config: {} });
    expect(result.findings).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(['empty-repository']);
  });

  it('scans a bare repository', async () => {
    const { dir, commit } = gitRepo();
    commit({ 'k.txt': `${liveToken()}\n` });
    const bare = makeTempDir('monime-guard-bare-');
    git(bare, ['clone', '-q', '--bare', dir, 'r.git']);
    expect((await scanHistory({ root: path.join(bare, 'r.git'), config: {} })).findings).toHaveLength(1);
  });

  it('with A...B reports what B adds since the merge base, not what A gained meanwhile', async () => {
    const { dir, commit } = gitRepo();
    const onMain = liveToken();
    const onBranch = testToken();
    commit({ 'README.md': 'hello\n' });
    git(dir, ['checkout', '-q', '-b', 'feature']);
    commit({ 'src/branch.js': `const key = '${onBranch}';\n` }, 'branch work');
    git(dir, ['checkout', '-q', 'main']);
    commit({ 'src/main.js': `const key = '${onMain}';\n` }, 'main moves on');
    const result = await scanHistory({ root: dir, config: {}, range: 'main...feature' });
    expect(result.findings.map((f) => f.path)).toEqual(['src/branch.js']);
    const reversed = await scanHistory({ root: dir, config: {}, range: 'feature...main' });
    expect(reversed.findings.map((f) => f.path)).toEqual(['src/main.js']);
  });

  it('says how to fix a shallow clone that lacks a range base, and fetches it when asked', async () => {
    const { dir, commit } = gitRepo();
    const base = commit({ 'a.txt': 'a\n' });
    commit({ 'b.txt': 'b\n' });
    commit({ 'c.txt': `${testToken()}\n` });
    const clones = makeTempDir('monime-guard-shallow-');
    git(clones, ['clone', '-q', '--depth', '1', `file://${dir}`, 'shallow']);
    const shallow = path.join(clones, 'shallow');
    await expect(scanHistory({ root: shallow, config: {}, range: `${base}..HEAD` })).rejects.toThrow(/shallow clone.*fetch-depth: 0.*--fetch-missing/);
    const full = await scanHistory({ root: shallow, config: {} });
    expect(full.warnings.map((w) => w.code)).toContain('shallow');
    const fetched = await scanHistory({ root: shallow, config: {}, range: `${base}..HEAD`, fetchMissing: true });
    expect(fetched.findings).toHaveLength(1);
  });

  it('skips submodules in history (saying so) and in the index (they are other repositories)', async () => {
    const inner = gitRepo();
    inner.commit({ 'inner.txt': `${liveToken()}\n` });
    const { dir, commit } = gitRepo();
    commit({ 'a.txt': 'a\n' });
    git(dir, ['-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', inner.dir, 'vendor/inner']);
    expect((await scanStaged({ root: dir, config: {} })).findings).toEqual([]);
    git(dir, ['commit', '-q', '-m', 'submodule']);
    const result = await scanHistory({ root: dir, config: {} });
    expect(result.findings).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['submodule', 'vendor/inner']]);
  });

  it('says when git is not installed', async () => {
    const { dir } = gitRepo();
    const saved = process.env.PATH;
    process.env.PATH = makeTempDir('monime-guard-nopath-');
    try {
      await expect(scanHistory({ root: dir, config: {} })).rejects.toThrow(/git is not installed or not on PATH/);
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('staged', () => {
  it('scans the index, not the working tree', async () => {
    const { dir, commit } = gitRepo();
    commit({ 'README.md': 'x\n' });
    const stagedOnly = liveToken();
    const unstagedOnly = liveToken();
    writeFiles(dir, { 'app.env': `A=${stagedOnly}\n` });
    git(dir, ['add', 'app.env']);
    // Partial staging: the token stays staged although the working file no longer holds it.
    writeFiles(dir, { 'app.env': `A=from-env\nB=${unstagedOnly}\n` });
    const result = await scanStaged({ root: dir, config: {} });
    expect(result.findings.map((f) => [f.path, f.span.start.line, f.masked])).toEqual([['app.env', 1, maskToken(stagedOnly)]]);
  });

  it('works before the first commit, and with renames, deletions and binary files', async () => {
    const { dir } = gitRepo();
    const token = testToken();
    writeFiles(dir, { 'first.txt': `${token}\n`, 'bin.dat': Buffer.concat([Buffer.from([0]), Buffer.from(liveToken())]) });
    git(dir, ['add', '-A']);
    const first = await scanStaged({ root: dir, config: {} });
    expect(first.findings.map((f) => f.masked)).toEqual([maskToken(token)]);
    expect(first.stats.binarySkipped).toBe(1);
    git(dir, ['commit', '-q', '-m', 'first']);
    // A renamed file still holds its committed token: not new, not reported.
    git(dir, ['mv', 'first.txt', 'renamed.txt']);
    git(dir, ['rm', '-q', 'bin.dat']);
    expect((await scanStaged({ root: dir, config: {} })).findings).toEqual([]);
    writeFiles(dir, { 'renamed.txt': `${token}\nmore ${liveToken()}\n` });
    git(dir, ['add', '-A']);
    const edited = await scanStaged({ root: dir, config: {} });
    expect(edited.findings.map((f) => [f.path, f.span.start.line])).toEqual([['renamed.txt', 2]]);
  });

  it('warns about unresolved merge conflicts', async () => {
    const { dir, commit } = gitRepo();
    commit({ 'c.txt': 'base\n' });
    git(dir, ['checkout', '-q', '-b', 'other']);
    commit({ 'c.txt': 'other\n' });
    git(dir, ['checkout', '-q', 'main']);
    commit({ 'c.txt': 'main\n' });
    spawnMerge(dir);
    const result = await scanStaged({ root: dir, config: {} });
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([['c.txt', 'unmerged']]);
  });

  it('with named paths (as the pre-commit framework passes them): changed ones as staged changes, the others whole', async () => {
    const { dir, commit } = gitRepo();
    const old = testToken();
    const added = liveToken();
    const untouched = testToken();
    commit({ 'a.txt': `${old}\n`, 'b.txt': `${untouched}\n`, 'c d*.txt': 'nothing\n' });
    writeFiles(dir, { 'a.txt': `${old}\n${added}\n`, 'e.txt': `${liveToken()}\n` });
    git(dir, ['add', '-A']);
    const named = await scanStaged({ root: dir, config: {}, paths: ['a.txt', 'b.txt', 'c d*.txt'] });
    // a.txt: only its new token; b.txt: whole, as staged; e.txt: staged but not named.
    expect(named.findings.map((f) => [f.path, f.masked])).toEqual([
      ['a.txt', maskToken(added)],
      ['b.txt', maskToken(untouched)],
    ]);
    // No names: every staged change, as without the option.
    const all = await scanStaged({ root: dir, config: {}, paths: [] });
    expect(all.findings.map((f) => f.path)).toEqual(['a.txt', 'e.txt']);
  });

  it('refuses a bare repository', async () => {
    const { dir, commit } = gitRepo();
    commit({ 'a.txt': 'a\n' });
    const bare = makeTempDir('monime-guard-bare-');
    git(bare, ['clone', '-q', '--bare', dir, 'r.git']);
    await expect(scanStaged({ root: path.join(bare, 'r.git'), config: {} })).rejects.toThrow(/bare repository/);
  });
});

/** Starts a merge that conflicts (git exits 1 for that, which is expected here). */
function spawnMerge(dir: string): void {
  try {
    git(dir, ['merge', '-q', 'other']);
  } catch (error) {
    expect(String(error)).toMatch(/git merge/);
  }
}

describe('pre-push', () => {
  it('parses git pre-push lines and rejects anything else', () => {
    const id = 'a'.repeat(40);
    const zero = '0'.repeat(40);
    expect(parsePushUpdates(`refs/heads/main ${id} refs/heads/main ${zero}\n\n`)).toEqual([
      { localRef: 'refs/heads/main', localId: id, remoteRef: 'refs/heads/main', remoteId: zero },
    ]);
    expect(() => parsePushUpdates('refs/heads/main nope')).toThrow(/line 1 is not a git pre-push line/);
  });

  it('scans new commits of an update, the commits of a new branch on no remote ref, and nothing for a deletion', async () => {
    const { dir, commit } = gitRepo();
    const pushed = commit({ 'a.txt': `${testToken()}\n` });
    git(dir, ['update-ref', 'refs/remotes/origin/main', pushed]);
    const token = liveToken();
    const local = commit({ 'b.txt': `${token}\n` });
    const zero = '0'.repeat(40);
    const update = await scanPush({
      root: dir,
      config: {},
      updates: [{ localRef: 'refs/heads/main', localId: local, remoteRef: 'refs/heads/main', remoteId: pushed }],
    });
    expect(update.findings.map((f) => f.masked)).toEqual([maskToken(token)]);
    const created = await scanPush({
      root: dir,
      config: {},
      updates: [{ localRef: 'refs/heads/main', localId: local, remoteRef: 'refs/heads/new', remoteId: zero }],
    });
    expect(created.findings.map((f) => f.masked)).toEqual([maskToken(token)]);
    const deleted = await scanPush({ root: dir, config: {}, updates: [{ localRef: '(delete)', localId: zero, remoteRef: 'refs/heads/old', remoteId: local }] });
    expect(deleted.findings).toEqual([]);
  });
});

describe('pre-push under the pre-commit framework', () => {
  it('reads the PRE_COMMIT_* variables, old names too, and ignores empty ones', () => {
    expect(
      readFrameworkPush({ PRE_COMMIT_FROM_REF: 'a', PRE_COMMIT_TO_REF: 'b', PRE_COMMIT_LOCAL_BRANCH: 'refs/heads/x', PRE_COMMIT_REMOTE_NAME: 'origin' }),
    ).toEqual({
      from: 'a',
      to: 'b',
      localBranch: 'refs/heads/x',
      remoteName: 'origin',
    });
    expect(readFrameworkPush({ PRE_COMMIT_ORIGIN: 'a', PRE_COMMIT_SOURCE: 'b', PRE_COMMIT_REMOTE_NAME: '' })).toEqual({ from: 'a', to: 'b' });
  });

  it('scans what the remote lacks in every case the framework produces', async () => {
    const { dir, commit } = gitRepo();
    const onRemote = liveToken();
    const pushed = commit({ 'a.txt': `${onRemote}\n` });
    git(dir, ['update-ref', 'refs/remotes/origin/main', pushed]);
    const token = testToken();
    const local = commit({ 'b.txt': `${token}\n` });
    const scan = (framework: Parameters<typeof scanPush>[0]['framework']) => scanPush({ root: dir, config: {}, framework: framework! });
    const masked = async (framework: Parameters<typeof scanPush>[0]['framework']) => (await scan(framework)).findings.map((f) => f.masked);
    // An update or force push: from is the remote's tip.
    expect(await masked({ from: pushed, to: local, localBranch: 'refs/heads/main', remoteName: 'origin' })).toEqual([maskToken(token)]);
    // A new branch reaching a root commit: only the branch and the remote are told.
    expect(await masked({ localBranch: 'refs/heads/main', remoteName: 'origin' })).toEqual([maskToken(token)]);
    // Run by hand with nothing told: what HEAD has that no remote has.
    expect(await masked({})).toEqual([maskToken(token)]);
    // Nothing new: a clean push.
    expect(await masked({ from: local, to: local, remoteName: 'origin' })).toEqual([]);
    // A remote that has nothing yet: everything the branch holds.
    expect((await masked({ localBranch: 'refs/heads/main', remoteName: 'upstream' })).sort()).toEqual([maskToken(onRemote), maskToken(token)].sort());
    await expect(scan({ from: 'f'.repeat(40), to: local })).rejects.toThrow(InputError);
    await expect(scan({ from: 'f'.repeat(40), to: local })).rejects.toThrow(/is not a commit in this repository/);
  });

  it('says there is nothing to push in a repository with no commits', async () => {
    const { dir } = gitRepo();
    await expect(scanPush({ root: dir, config: {}, framework: {} })).rejects.toThrow(/no commits yet, so there is nothing to push/);
  });
});

describe('origins', () => {
  it('say where each finding came from: a blob at its commit, a commit message, the index, standard input', async () => {
    const { dir, commit } = gitRepo();
    const inFile = liveToken();
    const introduced = commit({ 'a.env': `KEY=${inFile}\n` }, 'add a');
    writeFiles(dir, { 'b.txt': 'b\n' });
    git(dir, ['add', '-A']);
    const inMessage = testToken();
    git(dir, ['commit', '-q', '-m', `b ${inMessage}`]);
    const messageCommit = head(dir);
    const history = await scanHistory({ root: dir, config: {} });
    const byMask = new Map(history.findings.map((f) => [f.masked, f.origin]));
    expect(byMask.get(maskToken(inFile))).toEqual({
      kind: 'blob',
      path: 'a.env',
      commit: introduced,
      blob: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown as string,
    });
    expect(byMask.get(maskToken(inMessage))).toEqual({ kind: 'message', commit: messageCommit });
    writeFiles(dir, { 'c.js': `const k = '${testToken()}';\n` });
    git(dir, ['add', 'c.js']);
    const staged = await scanStaged({ root: dir, config: {} });
    expect(staged.findings.map((f) => f.origin)).toEqual([{ kind: 'blob', path: 'c.js', blob: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown as string }]);
    const stdin = await scan({ root: dir, config: {}, paths: ['-'], stdin: `x ${liveToken()}\n`, stdinFilename: 'app.log' });
    expect(stdin.findings.map((f) => [f.path, f.origin])).toEqual([['app.log', { kind: 'stdin', name: 'app.log' }]]);
  });
});

describe('the repository a history scan read', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'https://github.com/acme/shop'],
    ['https://x-access-token:ghs_secret@github.com/acme/shop.git', 'https://github.com/acme/shop'],
    ['git@github.com:acme/shop.git', 'https://github.com/acme/shop'],
    ['ssh://git@git.example.com:2222/acme/shop.git', 'https://git.example.com/acme/shop'],
    ['https://git.example.com:8443/acme/shop/', 'https://git.example.com:8443/acme/shop'],
    ['/srv/git/shop.git', undefined],
    ['file:///srv/git/shop.git', undefined],
  ])('%s is reported as %s, never with credentials', (remote, expected) => {
    expect(webUri(remote)).toBe(expected);
  });

  it('is in the result, and SARIF names it as the version control provenance', async () => {
    const { dir, commit } = gitRepo();
    const headId = commit({ 'a.env': `KEY=${liveToken()}\n` });
    git(dir, ['remote', 'add', 'origin', 'https://user:pass@github.com/acme/shop.git']);
    const result = await scanHistory({ root: dir, config: {} });
    expect(result.repository).toEqual({ uri: 'https://github.com/acme/shop', revision: headId });
    const sarif = JSON.parse(formatReport(result, 'sarif', { toolVersion: '0.0.0', color: false, rootUri: 'file:///repo/' })) as {
      runs: { versionControlProvenance: unknown }[];
    };
    expect(sarif.runs[0]!.versionControlProvenance).toEqual([
      { repositoryUri: 'https://github.com/acme/shop', revisionId: headId, mappedTo: { uriBaseId: '%SRCROOT%' } },
    ]);
    expect(sarifErrors(sarif)).toEqual([]);
    expect(JSON.stringify(sarif)).not.toContain('pass@');
  });
});
