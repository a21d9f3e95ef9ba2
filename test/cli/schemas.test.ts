/**
 * Every command that reports writes JSON that validates against the shipped report schema and
 * SARIF that validates against SARIF 2.1.0, run on one fixture repository that gives each of
 * them something to report (and something it could not read).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { git, initRepo, makeTempDir, REPO_ROOT, runCli, secretToken, writeFiles } from './run-cli.js';

describe('every reporting command, in JSON and SARIF', () => {
  let dir: string;
  let pushLines: string;

  beforeAll(() => {
    dir = makeTempDir('monime-guard-schemas-');
    initRepo(dir);
    git(dir, ['checkout', '-q', '-b', 'main']);
    writeFiles(dir, {
      'README.md': '# shop\n',
      'monime-tokens.yaml': 'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    roles: [payments:*]\n',
      'dist/app.js': `const k="${secretToken('live')}";\n//# sourceMappingURL=app.js.map\n`,
      'dist/app.js.map': '{ "version": 3, "sources": ["../src/app.js"], "names": [], "mappings": "" ',
    });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'start']);
    const base = git(dir, ['rev-parse', 'HEAD']).trim();
    git(dir, ['update-ref', 'refs/remotes/origin/main', base]);
    writeFiles(dir, {
      'src/pay.js': `export const key = '${secretToken('test')}'; // monime-guard-ignore-next-line\n`,
      '.env': `VITE_MONIME_API_KEY=${secretToken('live')}\n`,
    });
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', `pay ${secretToken('test')}`, '-m', `like mon_test_${'X'.repeat(32)}`]);
    const head = git(dir, ['rev-parse', 'HEAD']).trim();
    pushLines = `refs/heads/main ${head} refs/heads/main ${base}\n`;
    writeFiles(dir, { 'src/staged.js': `export const other = '${secretToken('live')}';\n` });
    git(dir, ['add', 'src/staged.js']);
  });

  it.each([['scan', '.'], ['history'], ['staged'], ['pre-push', 'origin', 'url'], ['bundle', 'dist'], ['iac']])('%s', async (...args) => {
    for (const format of ['json', 'sarif']) {
      const run = await runCli([...args, '--format', format], { cwd: dir, ...(args[0] === 'pre-push' ? { input: pushLines } : {}) });
      expect(run.status, `${args[0]} --format ${format}: ${run.stderr}`).toBe(1);
      const report = JSON.parse(run.stdout) as unknown;
      if (format === 'json') {
        expect(reportErrors(report)).toEqual([]);
        expect((report as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
      } else {
        expect(sarifErrors(report)).toEqual([]);
        expect((report as { runs: { results: unknown[] }[] }).runs[0]!.results.length).toBeGreaterThan(0);
      }
    }
    const suppressed = JSON.parse(
      (await runCli([...args, '--format', 'json', '--include-suppressed'], { cwd: dir, ...(args[0] === 'pre-push' ? { input: pushLines } : {}) })).stdout,
    ) as unknown;
    expect(reportErrors(suppressed)).toEqual([]);
  });

  it('history lists a placeholder in a commit message by its commit, with no path', async () => {
    const run = await runCli(['history', '--format', 'json', '--show-placeholders'], { cwd: dir });
    const report = JSON.parse(run.stdout) as { placeholders: { path?: string; commit?: string; line: number }[] };
    expect(reportErrors(report)).toEqual([]);
    const inMessage = report.placeholders.filter((p) => p.commit !== undefined);
    expect(inMessage).toHaveLength(1);
    expect(inMessage[0]!.path).toBeUndefined();
    expect(inMessage[0]!.commit).toBe(git(dir, ['rev-parse', 'HEAD']).trim());
    expect(inMessage[0]!.line).toBe(3);
    const text = await runCli(['history', '--show-placeholders'], { cwd: dir });
    expect(text.stdout).toContain(`commit ${inMessage[0]!.commit!.slice(0, 12)} message:3:`);
  });

  it('baseline writes a file that validates against the baseline schema', async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    const ajv = new Ajv2020.default({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas/baseline.schema.json'), 'utf8')) as object);
    expect((await runCli(['baseline', '-o', 'b.json'], { cwd: dir })).status).toBe(0);
    expect(validate(JSON.parse(fs.readFileSync(path.join(dir, 'b.json'), 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
  });
});
