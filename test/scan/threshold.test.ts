import { describe, expect, it } from 'vitest';
import { checkConfigs } from '../../src/iac/check.js';
import { readManifest } from '../../src/iac/manifest.js';
import { exceedsThreshold } from '../../src/scan/threshold.js';
import { scan } from '../../src/scan/scan.js';
import type { FailOn, Finding } from '../../src/types.js';
import { makeTempDir, writeFiles } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';

/** One finding of each class `--fail-on` tells apart, each made at run time. */
async function fixtureFindings(): Promise<Record<string, Finding>> {
  const live = liveToken();
  const test = testToken();
  const root = makeTempDir('monime-guard-threshold-');
  writeFiles(root, {
    'live.ts': `export const key = "${live}";\n`,
    'test.ts': `export const key = "${test}";\n`,
    '.env': 'NEXT_PUBLIC_MONIME_TOKEN=\n',
  });
  const { findings } = await scan({ root, config: {}, gitIgnore: false, threads: 1 });
  const byPath = (p: string) => findings.find((f) => f.path === p)!;
  // Bare entries: the policies (no expiry, no whitelist, …) have something to say about each.
  const manifest = `tokens:
  - name: checkout service live token
    mode: live
  - name: checkout service test token
    mode: test
    roles: ["*"]
  - name: checkout service hardcoded
    purpose: "created as ${test}"
`;
  const policy = checkConfigs(readManifest(manifest, 'monime-tokens.yaml', true), { today: new Date('2026-01-01') }).findings;
  const about = (label: string) => policy.find((f) => f.masked.includes(label) && f.ruleId !== 'iac/hardcoded-token')!;
  return {
    liveToken: byPath('live.ts'),
    testToken: byPath('test.ts'),
    exposedNoValue: byPath('.env'),
    liveConfigPolicy: about('live token'),
    testConfigPolicy: about('test token'),
    hardcodedTestToken: policy.find((f) => f.ruleId === 'iac/hardcoded-token')!,
  };
}

describe('--fail-on levels', () => {
  it('give each level a distinct meaning, nested live ⊂ test ⊂ any', async () => {
    const findings = await fixtureFindings();
    for (const [name, finding] of Object.entries(findings)) expect(finding, name).toBeDefined();
    const failing = (level: FailOn) => Object.keys(findings).filter((name) => exceedsThreshold(findings[name]!, level));
    expect(failing('none')).toEqual([]);
    expect(failing('live')).toEqual(['liveToken', 'liveConfigPolicy']);
    expect(failing('test')).toEqual(['liveToken', 'testToken', 'liveConfigPolicy', 'hardcodedTestToken']);
    expect(failing('any')).toEqual(Object.keys(findings));
    // Without `--verify` no token is known to work.
    expect(failing('active')).toEqual([]);
    for (const [narrow, wide] of [
      ['none', 'live'],
      ['live', 'test'],
      ['test', 'any'],
    ] as const) {
      for (const name of failing(narrow)) expect(failing(wide), `${name} fails ${narrow} but not ${wide}`).toContain(name);
      expect(failing(wide).length, `${wide} differs from ${narrow}`).toBeGreaterThan(failing(narrow).length);
    }
  });
});
