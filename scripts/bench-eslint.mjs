#!/usr/bin/env node
// Benchmark of the ESLint plugin: lints a large tree of real JavaScript already on the machine
// (ESLint's own sources and other CommonJS packages in node_modules, copied to .bench/eslint-tree)
// three ways in the same run, several alternating runs each, medians: no rules, monime-guard's
// recommended config, and eslint-plugin-no-secrets (and one empty rule, as a reference). Targets: our rules add at most 5% to the
// no-rules time, and at most a fifth of what no-secrets adds.
// Run `node scripts/bench-eslint.mjs --help` for the flags.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchError, GNU_TIME, killRunning, measure, median } from './bench/measure.mjs';
import { parseBenchArgs } from './bench/args.mjs';
import { fmtCount, fmtMB, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TREE = path.join(ROOT, '.bench/eslint-tree');
const LINT = path.join(ROOT, 'scripts/bench-eslint/lint.mjs');
/** CommonJS packages whose sources make the tree (all present as dependencies of this project). */
const SOURCES = [
  'eslint/lib',
  '@eslint/eslintrc/lib',
  'espree/dist',
  'esquery/dist',
  'ajv/dist',
  'yaml/dist',
  'fast-glob/out',
  'minimatch/dist/commonjs',
  '@typescript-eslint/typescript-estree/dist',
  '@typescript-eslint/types/dist',
  'vitest/dist',
];
const TARGETS = { overhead: 0.05, shareOfNoSecrets: 0.2 };
const HELP = `usage: node scripts/bench-eslint.mjs [--runs N] [--json FILE]     (npm run bench:eslint -- …)

Lints .bench/eslint-tree (rebuilt when missing) with no rules, with monime-guard's recommended
config, and with eslint-plugin-no-secrets; N alternating runs each (default 5), medians.
Needs \`npm run build\` first. Exit 0: targets met; 1: a target missed; 2: it could not run.`;

const parseArgs = (argv) => parseBenchArgs(argv);

/** Copies the .js files of SOURCES into the tree once; returns file count and bytes. */
function ensureTree() {
  const marker = path.join(TREE, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(TREE, { recursive: true, force: true });
    for (const source of SOURCES) {
      const from = path.join(ROOT, 'node_modules', source);
      if (!fs.existsSync(from)) continue;
      for (const file of fs.readdirSync(from, { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.js') || file.endsWith('.min.js')) continue;
        const to = path.join(TREE, source, file);
        fs.mkdirSync(path.dirname(to), { recursive: true });
        fs.copyFileSync(path.join(from, file), to);
      }
    }
    fs.writeFileSync(marker, '');
  }
  let files = 0;
  let bytes = 0;
  for (const file of fs.readdirSync(TREE, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.js')) continue;
    files++;
    bytes += fs.statSync(path.join(TREE, file)).size;
  }
  return { files, bytes };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!fs.existsSync(path.join(ROOT, 'dist/src/eslint/index.js'))) throw new BenchError('dist/src/eslint/index.js not found: run `npm run build` first');
  if (!fs.existsSync(GNU_TIME)) throw new BenchError(`${GNU_TIME} not found (Debian package "time")`);
  const tree = ensureTree();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-eslint-'));
  const ctx = { cwd: ROOT, tmpDir, timeoutMs: 900_000 };
  const lint = async (mode) => {
    const r = await measure(process.execPath, [LINT, mode, TREE, ROOT], ctx);
    if (r.code !== 0 || r.timedOut) throw new BenchError(`the ${mode} lint failed (exit ${r.code}): ${r.stderr.trim().split('\n').pop() ?? ''}`);
    return r;
  };
  // `empty-rule` (one rule that does nothing) is a reference: what ESLint itself adds for any rule.
  const modes = ['none', 'empty-rule', 'monime', 'no-secrets'];
  const runs = Object.fromEntries(modes.map((m) => [m, []]));
  process.stderr.write('bench-eslint: warming up (one untimed run each)\n');
  for (const mode of modes) await lint(mode);
  for (let i = 0; i < opts.runs; i++) {
    for (const mode of modes) runs[mode].push(await lint(mode));
    process.stderr.write(`bench-eslint: run ${i + 1}/${opts.runs}: ${modes.map((m) => `${m} ${fmtS(runs[m].at(-1).wallMs)}`).join(', ')}\n`);
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });
  const wall = Object.fromEntries(modes.map((m) => [m, median(runs[m].map((r) => r.wallMs))]));
  const ours = wall.monime - wall.none;
  const theirs = wall['no-secrets'] - wall.none;
  const overhead = ours / wall.none;
  const share = ours / theirs;
  const rows = [
    ['no rules', fmtS(wall.none), '', '', '', null],
    ['  one empty rule (reference)', fmtS(wall['empty-rule']), `+${fmtS(wall['empty-rule'] - wall.none)}`, fmtRatio(wall['empty-rule'] / wall.none), '', null],
    ['monime-guard recommended', fmtS(wall.monime), `+${fmtS(ours)}`, fmtRatio(1 + overhead), `≤ +${TARGETS.overhead * 100}%`, overhead <= TARGETS.overhead],
    ['eslint-plugin-no-secrets', fmtS(wall['no-secrets']), `+${fmtS(theirs)}`, fmtRatio(1 + theirs / wall.none), '', null],
    ['our cost / no-secrets cost', '', '', `${(share * 100).toFixed(1)}%`, `≤ ${TARGETS.shareOfNoSecrets * 100}%`, share <= TARGETS.shareOfNoSecrets],
  ];
  const out = [
    `monime-guard ESLint bench · node ${process.version} · ${opts.runs} runs each, medians`,
    `tree: ${fmtCount(tree.files)} files, ${fmtMB(tree.bytes)} of CommonJS from node_modules (${SOURCES.length} packages), espree`,
    '',
    table(
      ['config', 'wall time', 'added', 'ratio', 'target', 'result'],
      rows.map(([a, b, c, d, e, p]) => [a, b, c, d, e, fmtResult(p)]),
      ['l', 'r', 'r', 'r', 'l', 'l'],
    ),
  ];
  const failed = rows.filter((r) => r[5] === false).map((r) => r[0]);
  out.push('', failed.length === 0 ? 'result: PASS' : `result: FAIL (${failed.join(', ')})`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (opts.json)
    fs.writeFileSync(opts.json, `${JSON.stringify({ date: new Date().toISOString(), tree, wall, overhead, share, pass: failed.length === 0 }, null, 2)}\n`);
  return failed.length === 0 ? 0 : 1;
}

process.on('SIGINT', () => {
  killRunning();
  process.exit(130);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    killRunning();
    process.stderr.write(`bench-eslint: error: ${err instanceof BenchError ? err.message : (err?.stack ?? String(err))}\n`);
    process.exitCode = 2;
  },
);
