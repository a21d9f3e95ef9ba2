import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { makeTempDir, writeFiles } from '../cli/run-cli.js';
import { liveToken } from '../support/tokens.js';

/** The plugin as a user's project loads it: the built `monime-guard/eslint` entry. */
const entry = pathToFileURL(path.resolve(import.meta.dirname, '../../dist/src/eslint/index.js')).href;

describe('the plugin in a real ESLint run', () => {
  it('reports through configs.recommended in a temp project, and stays quiet on clean files', async () => {
    const root = makeTempDir('monime-guard-eslint-');
    const token = liveToken();
    writeFiles(root, {
      'eslint.config.js': `import monime from ${JSON.stringify(entry)};\nexport default [monime.configs.recommended];\n`,
      'src/pay.js': `export const key = '${token}';\nexport const url = 'http://api.monime.io/v1';\nexport const pub = process.env.NEXT_PUBLIC_MONIME_TOKEN;\n`,
      'src/clean.js': "export const greeting = 'monday';\n",
    });
    expect(fs.existsSync(new URL(entry))).toBe(true);
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles(['src/**/*.js']);
    const byFile = Object.fromEntries(results.map((r) => [path.relative(root, r.filePath), r.messages.map((m) => [m.ruleId, m.line])]));
    expect(byFile).toEqual({
      'src/clean.js': [],
      'src/pay.js': [
        ['monime-guard/no-hardcoded-token', 1],
        ['monime-guard/no-insecure-api-url', 2],
        ['monime-guard/no-client-exposed-token', 3],
      ],
    });
    // ESLint's results carry the file's source; the messages are ours, and show the token masked.
    expect(JSON.stringify(results.map((r) => r.messages))).not.toContain(token);
  });
});
