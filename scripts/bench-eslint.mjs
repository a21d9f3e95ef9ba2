#!/usr/bin/env node
// Benchmark of the ESLint plugin: lints a large tree of real JavaScript already on the machine
// (ESLint's own sources and other CommonJS packages in node_modules, copied to .bench/eslint-tree)
// in the same run, several alternating runs each, medians. The baseline is what real projects run,
// @eslint/js's recommended config; on top of it: monime-guard's recommended config,
// eslint-plugin-no-secrets, and one empty rule (the floor: what ESLint charges for any rule).
// Targets: our rules add at most 2% to the recommended time, or, where ESLint's own charge for
// configured rules (three rules that return no visitors, the floor) is more than that, at most 2%
// beyond it; and at most a tenth of what no-secrets adds. Whole command-line
// runs vary by several percent between runs of one config, so the targets are judged in one
// process (scripts/bench-eslint/in-process.mjs); the command-line runs and the comparison
// against no rules at all are kept as reference tables.
// Run `node scripts/bench-eslint.mjs --help` for the flags.

import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { BenchError, GNU_TIME, killRunning, measure, median } from './bench/measure.mjs';
import { parseBenchArgs } from './bench/args.mjs';
import { previousPlugin } from './bench/cli.mjs';
import { fmtCount, fmtMB, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);
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
const TARGETS = { overhead: 0.02, shareOfNoSecrets: 0.1, aboveFloor: 0.02 };
const IN_PROCESS = path.join(ROOT, 'scripts/bench-eslint/in-process.mjs');
const HELP = `usage: node scripts/bench-eslint.mjs [--runs N] [--json FILE] [--previous REF]     (npm run bench:eslint -- …)

Lints .bench/eslint-tree (rebuilt when missing) with @eslint/js's recommended config alone and with
monime-guard's recommended config, eslint-plugin-no-secrets or one empty rule added (and the same
without @eslint/js); N alternating runs each (default 5), medians.
Then lints the same files, read once, in one process with ESLint's Linter, N rounds of every file
with every config interleaved; each file's fastest time per config, summed, carries the targets
(our rules at most +2% over recommended, or at most 2% beyond three idle rules; at most 1/10 of
what no-secrets adds). --previous REF times the plugin of git REF (compiled once in a worktree)
in the same rounds. Needs \`npm run build\` first. Exit 0: targets met; 1: a target missed;
2: it could not run.`;

const parseArgs = (argv) => parseBenchArgs(argv, { strings: { '--previous': { key: 'previous', initial: undefined } } });

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

/** Runs scripts/bench-eslint/in-process.mjs: each config's summed per-file best times, in ms. */
async function lintInProcess(rounds, previousEntry) {
  let stdout;
  try {
    const args = [IN_PROCESS, TREE, ROOT, String(rounds), ...(previousEntry ? [previousEntry] : [])];
    ({ stdout } = await execFileAsync(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 20, timeout: 1_800_000 }));
  } catch (err) {
    throw new BenchError(
      `the in-process lint failed: ${String(err.stderr ?? err.message)
        .trim()
        .split('\n')
        .pop()}`,
    );
  }
  try {
    return JSON.parse(stdout);
  } catch {
    throw new BenchError(`the in-process lint printed no result: ${stdout.slice(0, 200)}`);
  }
}

/**
 * The rows that carry the targets, from the in-process totals: our overhead over recommended
 * (met at +2%, or at the floor when at most 2% beyond three idle rules'), and our share of no-secrets'.
 */
function compareInProcess(totals, previousCommit) {
  const base = totals.recommended;
  const added = (mode) => totals[`recommended+${mode}`] - base;
  const overhead = added('monime') / base;
  // The floor: three rules that return no visitors, as many as the plugin's recommended config
  // enables; ESLint's own cost for configured rules, which no rule can go under.
  const floor = added('idle-rules') / base;
  const share = added('monime') / added('no-secrets');
  const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;
  const ms = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(0)} ms`;
  const overheadResult = overhead <= TARGETS.overhead ? true : overhead - floor <= TARGETS.aboveFloor ? 'floor' : false;
  const rows = [
    ['@eslint/js recommended', `${base.toFixed(0)} ms`, '', '', '', null],
    ['  + one empty rule', `${totals['recommended+empty-rule'].toFixed(0)} ms`, ms(added('empty-rule')), pct(added('empty-rule') / base), '', null],
    ['  + three rules, no visitors (floor)', `${totals['recommended+idle-rules'].toFixed(0)} ms`, ms(added('idle-rules')), pct(floor), '', null],
    [
      '  + monime-guard recommended',
      `${totals['recommended+monime'].toFixed(0)} ms`,
      ms(added('monime')),
      pct(overhead),
      `≤ +${TARGETS.overhead * 100}%`,
      overheadResult,
    ],
    ['  + eslint-plugin-no-secrets', `${totals['recommended+no-secrets'].toFixed(0)} ms`, ms(added('no-secrets')), pct(added('no-secrets') / base), '', null],
    [
      '  our cost / no-secrets cost',
      '',
      '',
      `${(share * 100).toFixed(1)}% (1/${(1 / share).toFixed(0)})`,
      `≤ ${TARGETS.shareOfNoSecrets * 100}%`,
      share <= TARGETS.shareOfNoSecrets,
    ],
  ];
  const before = totals['recommended+monime-previous'];
  if (previousCommit && before !== undefined) {
    rows.push(
      [`  + monime-guard at ${previousCommit.slice(0, 12)}`, `${before.toFixed(0)} ms`, ms(before - base), pct((before - base) / base), '', null],
      ['  this / previous', '', '', `${(totals['recommended+monime'] / before).toFixed(3)}×`, '', null],
    );
  }
  return { rows, overhead, share, floor };
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
  // `empty-rule` (one rule that does nothing) is the floor: what ESLint itself adds for any rule.
  const modes = ['recommended', 'recommended+empty-rule', 'recommended+monime', 'recommended+no-secrets', 'none', 'empty-rule', 'monime', 'no-secrets'];
  const runs = Object.fromEntries(modes.map((m) => [m, []]));
  process.stderr.write('bench-eslint: warming up (one untimed run each)\n');
  for (const mode of modes) await lint(mode);
  for (let i = 0; i < opts.runs; i++) {
    for (const mode of modes) runs[mode].push(await lint(mode));
    process.stderr.write(`bench-eslint: run ${i + 1}/${opts.runs}: ${modes.map((m) => `${m} ${fmtS(runs[m].at(-1).wallMs)}`).join(', ')}\n`);
  }
  fs.rmSync(tmpDir, { recursive: true, force: true });
  const wall = Object.fromEntries(modes.map((m) => [m, median(runs[m].map((r) => r.wallMs))]));
  process.stderr.write(`bench-eslint: in one process, ${opts.runs} rounds of every file with every config\n`);
  const previous = opts.previous ? previousPlugin(ROOT, opts.previous, (m) => process.stderr.write(`bench-eslint: ${m}\n`)) : undefined;
  const inProcess = await lintInProcess(opts.runs, previous?.entry);
  /** Reference rows of the command-line runs: `base` alone, then each addition's cost over it. */
  const compare = (base, label) => {
    const at = (m) => wall[base ? `${base}+${m}` : m];
    const baseWall = wall[base || 'none'];
    const added = (m) => at(m) - baseWall;
    const signed = (x) => `${x >= 0 ? '+' : ''}${fmtS(x)}`;
    const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(2)}%`;
    const share = added('monime') / added('no-secrets');
    return [
      [label, fmtS(baseWall), '', '', '', null],
      ...[
        ['  + one empty rule', 'empty-rule'],
        ['  + monime-guard recommended', 'monime'],
        ['  + eslint-plugin-no-secrets', 'no-secrets'],
      ].map(([name, mode]) => [name, fmtS(at(mode)), signed(added(mode)), pct(added(mode) / baseWall), '', null]),
      ['  our cost / no-secrets cost', '', '', `${(share * 100).toFixed(1)}% (1/${(1 / share).toFixed(0)})`, '', null],
    ];
  };
  const precise = compareInProcess(inProcess.totals, previous?.commit);
  const rows = [...compare('recommended', '@eslint/js recommended'), ...compare('', 'no rules (reference)')];
  const { overhead, share } = precise;
  const out = [
    `monime-guard ESLint bench · node ${process.version} · ${opts.runs} runs each, alternating, medians`,
    `tree: ${fmtCount(tree.files)} files, ${fmtMB(tree.bytes)} of CommonJS from node_modules (${SOURCES.length} packages), espree`,
    '',
    `in one process (ESLint's Linter; each file's fastest of ${opts.runs} rounds with each config, interleaved file by file, summed):`,
    table(
      ['config', 'time', 'added', 'overhead', 'target', 'result'],
      precise.rows.map(([a, b, c, d, e, p]) => [a, b, c, d, e, p === 'floor' ? 'AT FLOOR' : fmtResult(p)]),
      ['l', 'r', 'r', 'r', 'l', 'l'],
    ),
    '',
    'whole command-line runs (wall time, start-up and file reading included; noisier, for reference):',
    table(
      ['config', 'wall time', 'added', 'overhead', 'target', 'result'],
      rows.map(([a, b, c, d, e, p]) => [a, b, c, d, e, fmtResult(p)]),
      ['l', 'r', 'r', 'r', 'l', 'l'],
    ),
  ];
  if (precise.rows.some((r) => r[5] === 'floor')) {
    out.push(
      '',
      `AT FLOOR: above +${TARGETS.overhead * 100}%, but within ${TARGETS.aboveFloor * 100}% of what ESLint charges for three rules that return no visitors (its own cost for configured rules, which no rule can go under)`,
    );
  }
  const failed = [...precise.rows, ...rows].filter((r) => r[5] === false).map((r) => r[0]);
  out.push('', failed.length === 0 ? 'result: PASS' : `result: FAIL (${failed.join(', ')})`);
  process.stdout.write(`${out.join('\n')}\n`);
  if (opts.json)
    fs.writeFileSync(
      opts.json,
      `${JSON.stringify({ date: new Date().toISOString(), tree, wall, inProcess: inProcess.totals, overhead, share, floor: precise.floor, pass: failed.length === 0 }, null, 2)}\n`,
    );
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
