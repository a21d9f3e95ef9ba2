// One ESLint run of the benchmark, in its own process so each is timed whole: `none` (no rules),
// `monime` (monime-guard's recommended config), `no-secrets` (eslint-plugin-no-secrets) or
// `empty-rule`; `recommended` is @eslint/js's recommended config (what real projects run), and
// `recommended+monime`, `recommended+no-secrets`, `recommended+empty-rule` add the others to it.
// Prints the number of files, messages and fatal parse errors as JSON.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';

const [mode, dir, root] = process.argv.slice(2);
const base = { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } };
const empty = { meta: { type: 'problem', schema: [] }, create: () => ({ Literal() {} }) };
/** The configs each mode adds to the base, by name. */
const parts = {
  none: async () => [],
  recommended: async () => [(await import('@eslint/js')).default.configs.recommended],
  monime: async () => [(await import(pathToFileURL(path.join(root, 'dist/src/eslint/index.js')).href)).default.configs.recommended],
  // A rule that listens to one node type and does nothing: what enabling any rule costs.
  'empty-rule': async () => [{ plugins: { bench: { rules: { empty } } }, rules: { 'bench/empty': 'error' } }],
  'no-secrets': async () => {
    const noSecrets = (await import('eslint-plugin-no-secrets')).default;
    return [{ plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }];
  },
};
const names = mode.split('+');
if (!names.every((name) => name in parts)) {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
// `recommended` turns on rules that report on this tree (no-unused-vars, …); only time matters.
const config = [base, ...(await Promise.all(names.map((name) => parts[name]()))).flat()];
const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: config, ignore: false });
const results = await eslint.lintFiles(['.']);
const messages = results.reduce((n, r) => n + r.messages.length, 0);
const fatal = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal).length, 0);
process.stdout.write(`${JSON.stringify({ files: results.length, messages, fatal })}\n`);
