/**
 * What a new user ran into, following the README in a fresh project: each case failed before
 * its fix.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesOf, makeTempDir, runCli, secretToken, writeFiles } from './run-cli.js';

describe.concurrent('a new user', () => {
  it('creates the baseline file the config names with `baseline`, and is told how when `scan` cannot find it', async () => {
    const dir = makeTempDir('monime-guard-new-baseline-');
    writeFiles(dir, { 'monime-guard.config.json': '{ "baseline": ".monime-guard-baseline.json" }\n', 'old.env': `KEY=${secretToken('test')}\n` });
    const missing = await runCli(['scan', '.'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(linesOf(missing.stderr)).toEqual([
      'monime-guard: .monime-guard-baseline.json: baseline file not found; create it with `monime-guard baseline` (it records today\'s findings), or take "baseline" out of the config',
    ]);
    const created = await runCli(['baseline'], { cwd: dir });
    expect(created.status, created.stderr).toBe(0);
    expect(created.stderr).toBe('monime-guard: wrote 1 finding(s) to .monime-guard-baseline.json\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, '.monime-guard-baseline.json'), 'utf8')).findings).toHaveLength(1);
    // With -o too, and again once it exists (a baseline is never read to write a baseline).
    expect((await runCli(['baseline', '-o', 'other.json'], { cwd: dir })).status).toBe(0);
    expect((await runCli(['baseline'], { cwd: dir })).status).toBe(0);
    const scanned = await runCli(['scan', '.'], { cwd: dir });
    expect(scanned.status).toBe(0);
    expect(scanned.stdout).toContain('1 baselined');
  });
});
