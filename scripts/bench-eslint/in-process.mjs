// The ESLint benchmark's precise half: lints the tree's files, read into memory once, with ESLint's
// Linter in this one process, alternating the configs round by round, and prints every round's time
// per config as JSON. Start-up, module loading and file reading are out of it, and each config's
// rounds see the same warm JIT, so what one config adds over another is resolved to well under 1%,
// where whole runs of the command line vary by several percent between runs of the same config.
//
// usage: node scripts/bench-eslint/in-process.mjs TREE ROOT ROUNDS [PREVIOUS_PLUGIN]
// With PREVIOUS_PLUGIN (another build's dist/src/eslint/index.js), its recommended config is timed too.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';

const [dir, root, roundsArg, previousEntry] = process.argv.slice(2);
const rounds = Number(roundsArg);
const files = fs
  .readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ name: file, text: fs.readFileSync(path.join(dir, file), 'utf8') }));

const base = { files: ['**/*.js'], languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' } };
const recommended = (await import('@eslint/js')).default.configs.recommended;
const monime = (await import(pathToFileURL(path.join(root, 'dist/src/eslint/index.js')).href)).default.configs.recommended;
const noSecrets = (await import('eslint-plugin-no-secrets')).default;
const empty = { meta: { type: 'problem', schema: [] }, create: () => ({ Literal() {} }) };
// As many rules as monime-guard's recommended config enables, each returning no visitors: what a
// file that none of the plugin's gates lets through costs ESLint, whatever the rules are.
const idle = { meta: { type: 'problem', schema: [] }, create: () => ({}) };
const idleRules = { plugins: { idle: { rules: { a: idle, b: idle, c: idle } } }, rules: { 'idle/a': 'error', 'idle/b': 'error', 'idle/c': 'error' } };
const configs = {
  recommended: [base, recommended],
  'recommended+empty-rule': [base, recommended, { plugins: { bench: { rules: { empty } } }, rules: { 'bench/empty': 'error' } }],
  'recommended+idle-rules': [base, recommended, idleRules],
  'recommended+monime': [base, recommended, monime],
  'recommended+no-secrets': [base, recommended, { plugins: { 'no-secrets': noSecrets }, rules: { 'no-secrets/no-secrets': 'error' } }],
};
if (previousEntry) configs['recommended+monime-previous'] = [base, recommended, (await import(pathToFileURL(previousEntry).href)).default.configs.recommended];

const linter = new Linter({ configType: 'flat' });
const entries = Object.entries(configs);

/**
 * One round: every file linted with every config, the configs interleaved file by file (in an
 * order that rotates from file to file), so a slow moment of the machine falls on all configs
 * alike. Lowers `best[name][i]` to the time file i took with config `name` if it was faster.
 */
function round(best) {
  files.forEach((file, i) => {
    for (let k = 0; k < entries.length; k++) {
      const [name, config] = entries[(i + k) % entries.length];
      const start = performance.now();
      linter.verify(file.text, config, { filename: file.name });
      const ms = performance.now() - start;
      if (ms < best[name][i]) best[name][i] = ms;
    }
  });
}

// Each file's fastest time with each config over the rounds: garbage collection and the machine's
// other work only ever add time, so the minimum is the file's own cost, and the sums compare.
const best = Object.fromEntries(entries.map(([name]) => [name, files.map(() => Infinity)]));
// One untimed round, so every config's rules are compiled before timing starts.
round(Object.fromEntries(entries.map(([name]) => [name, files.map(() => Infinity)])));
for (let r = 0; r < rounds; r++) round(best);
const totals = Object.fromEntries(entries.map(([name]) => [name, best[name].reduce((a, b) => a + b, 0)]));
process.stdout.write(`${JSON.stringify({ files: files.length, rounds, totals })}\n`);
