/**
 * Archives through the built command line: an APK scanned as a user scans it, in text and JSON;
 * a hostile entry name printed escaped; a decompression bomb that is a warning, not a hang; and a
 * bad `--max-archive-depth`.
 */
import { describe, expect, it } from 'vitest';
import { reportErrors } from '../reporters/schemas.js';
import { deflatedZeros, writeZip } from '../support/archive-writer.js';
import { maskOf } from '../support/tokens.js';
import { expectNoSecrets, makeTempDir, runCli, secretToken, stackLines, writeFiles } from './run-cli.js';

describe('monime-guard scan on archives', () => {
  it('names the archive and the entry in text and JSON, and prints a hostile name escaped', async () => {
    const dir = makeTempDir('monime-guard-cli-archives-');
    const token = secretToken('live');
    const other = secretToken('test');
    writeFiles(dir, {
      'app-release.apk': writeZip([
        { name: 'assets/index.android.bundle', data: Buffer.from(`const k = "${token}";\n`), method: 'deflate' },
        { name: 'res/\u001b[31mred.txt', data: Buffer.from(`t=${other}\n`) },
      ]),
    });
    const text = await runCli(['scan', '.'], { cwd: dir });
    expect(text.status).toBe(1);
    expectNoSecrets(text.stdout + text.stderr, 'scan');
    expect(text.stdout).toContain('app-release.apk!/assets/index.android.bundle');
    expect(text.stdout).toContain(maskOf(token));
    expect(text.stdout).not.toContain('\u001b[31m');
    expect(text.stdout).toContain('app-release.apk!/res/\\x1b[31mred.txt');
    expect(text.stderr).toMatch(/warning: app-release\.apk!\/res\/\\x1b\[31mred\.txt: /);

    const json = await runCli(['scan', '.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(json.stdout) as { findings: { path: string; origin: unknown }[] };
    expect(reportErrors(report)).toEqual([]);
    expect(report.findings.map((f) => f.origin)).toContainEqual({ kind: 'file', path: 'app-release.apk', entry: ['assets/index.android.bundle'] });
  });

  it('cuts a 1 GiB zip bomb off with a warning and goes on to the next entry', async () => {
    const dir = makeTempDir('monime-guard-cli-bomb-');
    const token = secretToken('live');
    writeFiles(dir, {
      'bomb.zip': writeZip([
        { name: 'zeros.bin', deflated: await deflatedZeros(1024 * 1024 * 1024) },
        { name: 'after.env', data: Buffer.from(`MONIME_TOKEN=${token}\n`) },
      ]),
    });
    const run = await runCli(['scan', '.', '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { path: string }[]; warnings: { code: string; path: string }[] };
    expect(report.warnings.map((w) => w.code)).toContain('archive-bomb');
    expect(report.findings.map((f) => f.path)).toEqual(['bomb.zip!/after.env']);
  });

  it('refuses a --max-archive-depth that is not a whole number from 0', async () => {
    const run = await runCli(['scan', '.', '--max-archive-depth', '-1'], { cwd: makeTempDir('monime-guard-cli-depth-') });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['monime-guard: --max-archive-depth -1: expected a whole number from 0']);
    expect(stackLines(run.stderr)).toEqual([]);
  });
});
