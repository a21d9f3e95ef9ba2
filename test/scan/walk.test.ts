/**
 * One walk for the sources that look for their own kinds of file (build output, token
 * configurations): the config's `exclude` globs apply to them as they do to `scan`.
 */
import { describe, expect, it } from 'vitest';
import { scanBundle } from '../../src/scan/bundle.js';
import { scanIac } from '../../src/scan/iac.js';
import { makeTempDir, writeFiles } from '../cli/run-cli.js';
import { liveToken } from '../support/tokens.js';

describe('exclude', () => {
  it('applies to token configurations', async () => {
    const root = makeTempDir('monime-guard-walk-iac-');
    const manifest = 'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n';
    writeFiles(root, { 'ops/monime-tokens.yaml': manifest, 'legacy/monime-tokens.yaml': manifest });
    const all = await scanIac({ root, config: {} });
    expect(new Set(all.findings.map((f) => f.path))).toEqual(new Set(['ops/monime-tokens.yaml', 'legacy/monime-tokens.yaml']));
    const some = await scanIac({ root, config: { exclude: ['legacy/**'] } });
    expect(new Set(some.findings.map((f) => f.path))).toEqual(new Set(['ops/monime-tokens.yaml']));
  });

  it('applies to build output', async () => {
    const root = makeTempDir('monime-guard-walk-bundle-');
    writeFiles(root, { 'dist/app.js': `const k = "${liveToken()}";\n`, 'dist/vendor/lib.js': `const k = "${liveToken()}";\n` });
    expect((await scanBundle({ root, config: {}, paths: ['dist'] })).findings).toHaveLength(2);
    const some = await scanBundle({ root, config: { exclude: ['dist/vendor/**'] }, paths: ['dist'] });
    expect(some.findings.map((f) => f.path)).toEqual(['dist/app.js']);
  });
});
