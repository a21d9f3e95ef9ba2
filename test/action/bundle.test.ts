/**
 * The committed action: `dist/action.js` and the parser's WebAssembly must be what
 * `npm run build:action` makes from the sources now, and action.yml must declare what the code
 * reads and writes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { buildAction } from '../../scripts/build-action.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('the committed action', () => {
  it('is what the sources build to now (run `npm run build:action` and commit dist/ when this fails)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-action-build-'));
    await (buildAction as (dir: string) => Promise<string>)(out);
    for (const file of ['action.js', 'hcl2json/main.wasm.gz']) {
      const committed = fs.readFileSync(path.join(ROOT, 'dist', file));
      const fresh = fs.readFileSync(path.join(out, file));
      expect(committed.equals(fresh), `dist/${file} is stale`).toBe(true);
    }
  });

  it('declares in action.yml every input the code reads and every output it writes', () => {
    const action = parseYaml(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
      inputs: Record<string, { default?: string }>;
      outputs: Record<string, unknown>;
      runs: { using: string; main: string };
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    const sources = ['inputs.ts', 'run.ts'].map((file) => fs.readFileSync(path.join(ROOT, 'src/action', file), 'utf8')).join('\n');
    const read = new Set([...sources.matchAll(/(?:input|Input|oneOf)\(env, '([a-z-]+)'/g)].map((m) => m[1]!));
    expect(new Set(Object.keys(action.inputs))).toEqual(read);
    expect(Object.keys(action.outputs).sort()).toEqual(['findings', 'new-findings', 'sarif-file']);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });
});
