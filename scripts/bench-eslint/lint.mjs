// One ESLint run of the benchmark, in its own process so each is timed whole: `none` (no rules),
// `monime` (monime-guard's recommended config) or `no-secrets` (eslint-plugin-no-secrets).
// Prints the number of files, messages and fatal parse errors as JSON.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';

const [mode, dir, root] = process.argv.slice(2);
const base = { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } };
let config;
if (mode === 'none') {
  config = [base];
} else if (mode === 'monime') {
  const monime = (await import(pathToFileURL(path.join(root, 'dist/src/eslint/index.js')).href)).default;
  config = [base, monime.configs.recommended];
} else if (mode === 'empty-rule') {
  // A rule that listens to one node type and does nothing: what enabling any rule costs.
  const empty = { meta: { type: 'problem', schema: [] }, create: () => ({ Literal() {} }) };
  config = [base, { plugins: { bench: { rules: { empty } } }, rules: { 'bench/empty': 'error' } }];
} else if (mode === 'no-secrets') {
  const noSecrets = (await import('eslint-plugin-no-secrets')).default;
  config = [base, { plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, ignore: false });
const results = await eslint.lintFiles(['.']);
const messages = results.reduce((n, r) => n + r.messages.length, 0);
const fatal = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal).length, 0);
process.stdout.write(`${JSON.stringify({ files: results.length, messages, fatal })}\n`);
