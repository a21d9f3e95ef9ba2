/**
 * The library examples of docs/library.md, run as they are: each ```ts block of the page
 * is written to a file in a git repository that has monime-guard installed (a link to this
 * repository, whose library `npm run build` made) and run with node. They must run without an
 * error and print no token whole.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/index.js';
import { startFakeGitHubOrg } from '../support/github-org.js';
import { expectNoSecrets, git, initRepo, makeTempDir, REPO_ROOT, runProcess, secretToken, writeFiles } from '../cli/run-cli.js';

function libraryExamples(): string[] {
  const section = fs.readFileSync(path.join(REPO_ROOT, 'docs/library.md'), 'utf8');
  expect(section).toContain('<!-- test/docs/library-examples.test.ts runs the examples of this section as they are. -->');
  return [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe("the README's library examples", () => {
  const examples = libraryExamples();

  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples.map((code, i) => [i + 1, code] as const))('example %i runs as written', async (_, code) => {
    const dir = makeTempDir('monime-guard-library-example-');
    initRepo(dir);
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.symlinkSync(REPO_ROOT, path.join(dir, 'node_modules', 'monime-guard'));
    writeFiles(dir, {
      '.gitignore': 'node_modules\n',
      'src/pay.js': `export const key = '${secretToken('live')}';\n`,
      'dist/app.js': 'console.log("built");\n',
    });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'app']);
    writeFiles(dir, { 'example.mjs': code });
    // The GitHub example reads GITHUB_API_URL and GITHUB_TOKEN as it would in GitHub Actions:
    // here they lead to a local GitHub serving this repository as acme/shop.
    const github = await startFakeGitHubOrg({ repositories: [{ owner: 'acme', name: 'shop', dir: path.join(dir, '.git') }], token: 'ghs_example' });
    let run;
    try {
      run = await runProcess(process.execPath, ['example.mjs'], {
        cwd: dir,
        timeoutMs: 60_000,
        env: { GITHUB_API_URL: github.url, GITHUB_TOKEN: 'ghs_example' },
      });
    } finally {
      await github.close();
    }
    expectNoSecrets(run.stdout + run.stderr, 'the example');
    expect(
      run.stderr.split('\n').filter((line) => line !== '' && !/^\d+\/\d+ files, \d+ bytes$/.test(line)),
      run.stderr,
    ).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toBe('');
  });

  it('a root that does not exist is an error naming it', async () => {
    await expect(scan({ root: '/path/to/repo' })).rejects.toThrow('root /path/to/repo: no such directory');
  });
});
