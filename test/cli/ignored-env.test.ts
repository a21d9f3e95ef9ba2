/**
 * Git-ignored dotenv files that Vite and Next.js still inline (issue 24, §2): `scan .` skips what
 * git ignores, but a `VITE_` / `NEXT_PUBLIC_` variable in a git-ignored `.env.production` ships to
 * every browser. Those files are read for client-prefixed variables holding a token, and only for
 * those: a server variable there is where a token belongs. The summary says they were read.
 */
import { describe, expect, it } from 'vitest';
import { git, initRepo, makeTempDir, runCli, runJson, secretToken, writeFiles } from './run-cli.js';
import { maskOf } from '../support/tokens.js';

describe.concurrent('git-ignored .env files under scan .', () => {
  it('reports a client-prefixed variable holding a token, in each name Vite and Next read, and nothing else in them', async () => {
    const dir = makeTempDir();
    initRepo(dir);
    const tokens = {
      env: secretToken('live'),
      local: secretToken('test'),
      production: secretToken('live'),
      productionLocal: secretToken('live'),
      staging: secretToken('test'),
      web: secretToken('live'),
      server: secretToken('live'),
    };
    writeFiles(dir, {
      '.gitignore': '.env*\n!.env.example\n',
      'package.json': '{"name":"shop"}\n',
      'apps/web/package.json': '{"name":"web"}\n',
      '.env': `VITE_MONIME_API_KEY=${tokens.env}\nMONIME_ACCESS_TOKEN=${tokens.server}\n`,
      '.env.local': `NEXT_PUBLIC_PAYMENTS=${tokens.local}\n`,
      '.env.production': `# build\nVITE_MONIME_TOKEN=${tokens.production}\n`,
      '.env.production.local': `NEXT_PUBLIC_MONIME_API_KEY=${tokens.productionLocal}\n`,
      '.env.staging': `VITE_KEY=${tokens.staging}\n`,
      'apps/web/.env.local': `VITE_MONIME_API_KEY=${tokens.web}\n`,
      // A client-prefixed name with no token in it: in a git-ignored file, nothing to report.
      '.env.development': 'VITE_MONIME_API_KEY=\n',
      'src/app.ts': 'export const ok = true;\n',
    });
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'app']);
    const { run, report } = await runJson(['scan', '.'], { cwd: dir });
    expect(run.status, run.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId, f.masked])).toEqual([
      ['.env', 1, 'client-exposed-token', maskOf(tokens.env)],
      ['.env.local', 1, 'client-exposed-token', maskOf(tokens.local)],
      ['.env.production', 2, 'client-exposed-token', maskOf(tokens.production)],
      ['.env.production.local', 1, 'client-exposed-token', maskOf(tokens.productionLocal)],
      ['.env.staging', 1, 'client-exposed-token', maskOf(tokens.staging)],
      ['apps/web/.env.local', 1, 'client-exposed-token', maskOf(tokens.web)],
    ]);
    expect(report.stats.ignoredEnvFiles).toBe(7);
    const text = await runCli(['scan', '.', '--no-color'], { cwd: dir });
    expect(text.stdout).toContain('7 git-ignored .env files read for client-exposed variables');
  });

  it('stays quiet about a server variable in a git-ignored .env', async () => {
    const dir = makeTempDir();
    initRepo(dir);
    writeFiles(dir, {
      '.gitignore': '.env\n',
      'package.json': '{"name":"api"}\n',
      '.env': `MONIME_ACCESS_TOKEN=${secretToken('live')}\nMONIME_SPACE_ID=spc-1\n`,
    });
    git(dir, ['add', '.']);
    git(dir, ['commit', '-qm', 'api']);
    const { run, report } = await runJson(['scan', '.'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.stats.ignoredEnvFiles).toBe(1);
  });
});
