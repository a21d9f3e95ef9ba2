/**
 * The property behind "one mask at the way out": a token planted in any field a source can carry
 * (a file name, a directory name, an archive entry, a git author's name and e-mail, a ref name, a
 * remote URL, a GitHub repository's name, a token manifest's `name` and `roles`) never appears
 * whole in any report format, on stderr, or in a file the tool writes (reports, baselines, the
 * `--state` file, the verify cache). The built CLI is driven like a user would; `runCli` also
 * checks stdout and stderr of every run against every planted token.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareRepository, commitAll } from '../support/github-fixtures.js';
import { startFakeGitHubOrg, type FakeGitHubOrg } from '../support/github-org.js';
import { writeZip } from '../support/archive-writer.js';
import { startMonimeRoot, type MonimeRoot } from '../verify/monime-root.js';
import { expectNoSecrets, git, initRepo, makeTempDir, removeDir, runCli, secretToken } from './run-cli.js';

const FORMATS = ['text', 'json', 'sarif', 'github', 'markdown', 'html'] as const;
const GITHUB_TOKEN = 'ghs_mask_fixture_not_a_real_token_7';

/** How a planted token sits in its field: what comes just before and after it. */
const placing = fc.record({
  kind: fc.constantFrom('live' as const, 'test' as const),
  length: fc.constantFrom(20, 31, 40, 64),
  before: fc.constantFrom('', '-', '.', '@', '_'),
  after: fc.constantFrom('', '-', '.', '_x'),
});
type Placing = typeof placing extends fc.Arbitrary<infer T> ? T : never;

/** A fresh token for one field, remembered by `runCli`'s check, and the text it is planted in. */
function plant(where: Pick<Placing, 'kind' | 'length'> & { before: string; after: string }): { token: string; text: string } {
  const token = secretToken(where.kind, where.length);
  return { token, text: `${where.before}${token}${where.after}` };
}

/** Every file under `dir`, read, checked for every planted token. */
function expectFilesClean(dir: string, what: string): void {
  for (const name of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) expectNoSecrets(fs.readFileSync(file, 'utf8'), `${what} ${name}`);
  }
}

let root: string;
let monime: MonimeRoot;
beforeAll(async () => {
  root = makeTempDir('monime-guard-mask-');
  monime = await startMonimeRoot();
});
afterAll(async () => {
  await monime.close();
  removeDir(root);
});

describe('a token in any field never leaves whole', () => {
  it('scan, history, iac, baseline and --verify: every format, stderr and written files', async () => {
    await fc.assert(
      // Every format of `scan`; of `history` and `iac`, JSON, SARIF and HTML (which show the remote
      // URL) and one more format drawn per run.
      fc.asyncProperty(fc.array(placing, { minLength: 9, maxLength: 9 }), fc.constantFrom(...FORMATS), async (places, drawn) => {
        const [dirName, fileName, entryName, authorName, authorMail, refName, remote, manifestName, role] = places.map(plant);
        const repo = makeTempDir('monime-guard-mask-repo-');
        const out = makeTempDir('monime-guard-mask-out-');
        try {
          initRepo(repo);
          fs.mkdirSync(path.join(repo, dirName!.text));
          fs.writeFileSync(path.join(repo, dirName!.text, 'notes.txt'), 'nothing here\n');
          fs.writeFileSync(path.join(repo, `${fileName!.text}.cfg`), 'nothing here\n');
          fs.writeFileSync(path.join(repo, 'bundle.zip'), writeZip([{ name: `lib/${entryName!.text}.txt`, data: Buffer.from('nothing\n') }]));
          fs.writeFileSync(
            path.join(repo, 'monime-tokens.yaml'),
            `tokens:\n  - name: ${JSON.stringify(manifestName!.text)}\n    mode: live\n    expiry: never\n    roles: [${JSON.stringify(`${role!.text}:read`)}]\n`,
          );
          git(repo, ['add', '-A']);
          git(repo, ['commit', '-qm', 'base']);
          git(repo, ['checkout', '-qb', `feature/t-${refName!.text}-b`]);
          fs.writeFileSync(path.join(repo, 'pay.js'), `const key = '${secretToken('live')}';\n`);
          git(repo, ['add', '-A']);
          git(repo, ['-c', `user.name=${authorName!.text}`, '-c', `user.email=${authorMail!.text}@example.com`, 'commit', '-qm', 'pay']);
          git(repo, ['remote', 'add', 'origin', `https://example.com/${remote!.text}/shop.git`]);

          for (const format of FORMATS) {
            const scan = await runCli(['scan', '--format', format, '.'], { cwd: repo });
            expect(scan.status, scan.stderr).toBe(1);
          }
          for (const format of new Set(['json', 'sarif', 'html', drawn])) {
            const history = await runCli(['history', '--format', format, '--range', `HEAD~1..feature/t-${refName!.text}-b`], { cwd: repo });
            expect(history.status, history.stderr).toBe(1);
            const iac = await runCli(['iac', '--format', format, '-o', path.join(out, `iac.${format}`), '.'], { cwd: repo });
            expect(iac.status, iac.stderr).toBe(1);
          }
          const baseline = await runCli(['baseline', '-o', path.join(out, 'baseline.json'), '.'], { cwd: repo });
          expect(baseline.status, baseline.stderr).toBe(0);
          const cache = path.join(out, 'cache');
          const verified = await runCli(['scan', '--verify', '--format', 'json', '-o', path.join(out, 'verified.json'), '.'], {
            cwd: repo,
            env: { MONIME_GUARD_VERIFY_URL: monime.url, XDG_CACHE_HOME: cache },
          });
          expect(verified.status, verified.stderr).toBe(1);
          expect(fs.existsSync(path.join(cache, 'monime-guard'))).toBe(true);
          expectFilesClean(out, 'written file');
        } finally {
          removeDir(repo);
          removeDir(out);
        }
      }),
      { numRuns: 2 },
    );
  }, 240_000);

  describe('github', () => {
    let server: FakeGitHubOrg;
    let named: { token: string; text: string };
    beforeAll(async () => {
      fs.mkdirSync(path.join(root, 'org'));
      named = plant({ kind: 'test', length: 64, before: '', after: '-app' });
      const dir = bareRepository(path.join(root, 'org'), 'named', (work) => commitAll(work, { 'pay.js': `const key = '${secretToken('live')}';\n` }, 'add'));
      server = await startFakeGitHubOrg({ repositories: [{ owner: 'acme', name: named.text, dir }], token: GITHUB_TOKEN });
    });
    afterAll(async () => {
      await server?.close();
    });

    it('a repository named with a token: every format, stderr and the --state file', async () => {
      const work = makeTempDir('monime-guard-mask-github-');
      try {
        for (const format of FORMATS) {
          const state = path.join(work, `state-${format}.jsonl`);
          const run = await runCli(['github', '--api-url', server.url, '--org', 'acme', '--format', format, '--state', state], {
            cwd: work,
            env: { GITHUB_TOKEN, GH_TOKEN: undefined },
            timeoutMs: 120_000,
          });
          expect(run.status, run.stderr).toBe(1);
          expect(run.stdout).toContain('-app');
        }
        expectFilesClean(work, 'github file');
      } finally {
        removeDir(work);
      }
    }, 240_000);
  });
});
