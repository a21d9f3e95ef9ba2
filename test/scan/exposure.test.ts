import { describe, expect, it } from 'vitest';
import { maskToken } from '../../src/findings/mask.js';
import { exceedsThreshold } from '../../src/scan/threshold.js';
import { scan } from '../../src/scan/scan.js';
import { scanStaged } from '../../src/scan/staged.js';
import { git, initRepo, makeTempDir, writeFiles } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';

describe('client-exposed-token in scan', () => {
  it('reports client-prefixed credentials in dotenv files once, under the specific rule, at the right place', async () => {
    const root = makeTempDir('monime-guard-exposure-');
    const live = liveToken();
    const server = testToken();
    writeFiles(root, {
      '.env.local': `# public\nNEXT_PUBLIC_MONIME_TOKEN=${live}\nVITE_MONIME_SECRET_KEY=\n`,
      '.env': `MONIME_ACCESS_TOKEN=${server}\n`,
      'next.config.js': 'module.exports = {\n  env: { MONIME_TOKEN: process.env.MONIME_TOKEN },\n};\n',
      'src/app.ts': 'export const x = 1;\n',
    });
    const result = await scan({ root, config: {}, gitIgnore: false, threads: 1 });
    expect(result.findings.map((f) => [f.path, f.span.start.line, f.span.start.column, f.ruleId, f.masked, f.exposure?.variable])).toEqual([
      ['.env', 1, 21, 'test-token', maskToken(server), undefined],
      ['.env.local', 2, 26, 'client-exposed-token', maskToken(live), 'NEXT_PUBLIC_MONIME_TOKEN'],
      ['.env.local', 3, 1, 'client-exposed-token', 'VITE_MONIME_SECRET_KEY', 'VITE_MONIME_SECRET_KEY'],
      ['next.config.js', 2, 10, 'client-exposed-token', 'MONIME_TOKEN', 'MONIME_TOKEN'],
    ]);
    // A variable without a written token holds no token: only `--fail-on any` fails on it.
    expect(result.findings.filter((f) => exceedsThreshold(f, 'live')).map((f) => f.path)).toEqual(['.env.local']);
    expect(result.findings.filter((f) => exceedsThreshold(f, 'any')).map((f) => f.path)).toEqual(['.env', '.env.local', '.env.local', 'next.config.js']);
    expect(JSON.stringify(result)).not.toContain(live);
  });

  it('can be turned off and honours inline directives', async () => {
    const root = makeTempDir('monime-guard-exposure-');
    const live = liveToken();
    writeFiles(root, {
      '.env': `# monime-guard-ignore-next-line client-exposed-token -- documented legacy setup\nREACT_APP_MONIME_KEY=\nNEXT_PUBLIC_MONIME_TOKEN=${live}\n`,
    });
    const on = await scan({ root, config: {}, gitIgnore: false, threads: 1 });
    expect(on.findings.map((f) => [f.span.start.line, f.ruleId])).toEqual([[3, 'client-exposed-token']]);
    expect(on.stats.ignoredInline).toBe(1);
    const off = await scan({ root, config: { rules: { 'client-exposed-token': { enabled: false } } }, gitIgnore: false, threads: 1 });
    // With the rule off, the token is still a live token.
    expect(off.findings.map((f) => [f.span.start.line, f.ruleId])).toEqual([[3, 'live-token']]);
  });

  it('applies to staged dotenv files', async () => {
    const dir = makeTempDir('monime-guard-exposure-git-');
    initRepo(dir);
    writeFiles(dir, { '.env.production': 'EXPO_PUBLIC_MONIME_TOKEN=\n' });
    git(dir, ['add', '-A']);
    const result = await scanStaged({ root: dir, config: {} });
    expect(result.findings.map((f) => [f.path, f.ruleId, f.masked])).toEqual([['.env.production', 'client-exposed-token', 'EXPO_PUBLIC_MONIME_TOKEN']]);
  });
});
