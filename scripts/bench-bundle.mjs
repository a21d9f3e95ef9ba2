#!/usr/bin/env node
// Benchmark of `monime-guard bundle`: a build folder with one ~50 MB minified bundle and its
// source map, against ripgrep over the same files, measured in the same run, several alternating
// runs each, medians. Without tokens the target is wall time ≤ 2× ripgrep's; with tokens, ≤ 1.5× of
// ripgrep's time plus one decode of the map with @jridgewell/trace-mapping (timed here too);
// peak memory ≤ 400 MiB either way; every planted token found and mapped to its original line.
// Run `node scripts/bench-bundle.mjs --help` for the flags.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureFixture } from './bench-bundle/fixture.mjs';
import { cliArgv, removeStaleRunDirs, resolveCli } from './bench/cli.mjs';
import { BenchError, ensureTools, killRunning, measure, median } from './bench/measure.mjs';
import { parseBenchArgs } from './bench/args.mjs';
import { fmtMB, fmtMiB, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';
import { redact } from './bench/tokens.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(ROOT, '.bench');
const DECODE = path.join(ROOT, 'scripts/bench-bundle/decode.mjs');
const TARGETS = { cleanRatio: 2, tokensRatio: 1.5, peakMiB: 400 };

const HELP = `usage: node scripts/bench-bundle.mjs [options]     (npm run bench:bundle -- [options])

  --runs N      timed runs of each command (default 5)
  --json FILE   also write every number as JSON to FILE
  --cli "CMD"   command to benchmark instead of monime-guard; {target} and {output} are replaced
                (also from env BENCH_CLI). Default:
                node dist/bin/monime-guard.js bundle {target} --format json --output {output}
  -h, --help    this text

The fixture (two esbuild builds of a generated app, ~50 MB bundle each) is cached in
.bench/bundle-fixture/. Needs \`npm run build\` first. Exit 0: every target met and every planted
token found; 1: a target missed or a token not found; 2: the benchmark could not run.`;

const state = { runDir: undefined, secrets: [] };
const log = (msg) => process.stderr.write(`bench-bundle: ${redact(msg, state.secrets)}\n`);

const parseArgs = (argv) => parseBenchArgs(argv, { strings: { '--cli': { key: 'cli', initial: process.env.BENCH_CLI || undefined } } });

/** Checks a report: each planted token found once in the bundle, mapped to its original line. */
function checkReport(file, planted) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return { found: 0, mapped: 0, error: `report unreadable: ${err.message}` };
  }
  let found = 0;
  let mapped = 0;
  for (const plant of planted) {
    const inBundle = (report.findings ?? []).filter((f) => f.masked === plant.masked && f.path.endsWith('app.js'));
    if (inBundle.length > 0) found++;
    if (inBundle.some((f) => (f.related ?? []).some((r) => r.path.endsWith(plant.path) && r.line === plant.line))) mapped++;
  }
  return { found, mapped, findings: (report.findings ?? []).length };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const cli = resolveCli(opts.cli, { root: ROOT, defaultArgs: ['bundle', '{target}', '--format', 'json', '--output', '{output}'], append: ['{target}'] });
  const tools = ensureTools(log);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  removeStaleRunDirs(BENCH_DIR, 'bundle-run');
  state.runDir = path.join(BENCH_DIR, `bundle-run-${Date.now()}-${process.pid}`);
  fs.mkdirSync(state.runDir);
  const fixture = ensureFixture(path.join(BENCH_DIR, 'bundle-fixture'), log);
  state.secrets.push(...fixture.secrets);
  log(`fixture: bundle ${fmtMB(fixture.sizes.bundle)}, map ${fmtMB(fixture.sizes.map)}${fixture.cached ? ' (cached)' : ''}`);
  const ctx = { cwd: ROOT, tmpDir: state.runDir, timeoutMs: 600_000 };
  const rg = (dir) => measure(tools.rg, ['-c', '--no-ignore', '--hidden', 'mon_', dir], ctx);
  const tool = async (dir, n) => {
    const output = path.join(state.runDir, `report-${n}.json`);
    const [cmd, ...args] = cliArgv(cli, { target: dir, output });
    const r = await measure(cmd, args, ctx);
    if (r.timedOut || r.code > 1)
      throw new BenchError(`monime-guard bundle failed (exit ${r.code}): ${redact(r.stderr.trim().split('\n').pop() ?? '', state.secrets)}`);
    return { ...r, check: checkReport(output, dir === fixture.tokensDir ? fixture.planted : []) };
  };
  const decode = () => measure(process.execPath, [DECODE, path.join(fixture.tokensDir, 'app.js.map')], ctx);

  log('warming the page cache');
  await rg(fixture.cleanDir);
  await rg(fixture.tokensDir);
  await tool(fixture.cleanDir, 'warm');
  const runs = { rgClean: [], mgClean: [], rgTokens: [], decode: [], mgTokens: [] };
  for (let i = 0; i < opts.runs; i++) {
    runs.rgClean.push(await rg(fixture.cleanDir));
    runs.mgClean.push(await tool(fixture.cleanDir, `clean-${i}`));
    runs.rgTokens.push(await rg(fixture.tokensDir));
    runs.decode.push(await decode());
    runs.mgTokens.push(await tool(fixture.tokensDir, `tokens-${i}`));
    log(
      `run ${i + 1}/${opts.runs}: clean rg ${fmtS(runs.rgClean.at(-1).wallMs)} mg ${fmtS(runs.mgClean.at(-1).wallMs)}; tokens rg ${fmtS(runs.rgTokens.at(-1).wallMs)} + decode ${fmtS(runs.decode.at(-1).wallMs)}, mg ${fmtS(runs.mgTokens.at(-1).wallMs)} ${fmtMiB(runs.mgTokens.at(-1).peakKiB)}`,
    );
  }
  const wall = (list) => median(list.map((r) => r.wallMs));
  const peak = (list) => Math.max(...list.map((r) => r.peakKiB));
  const res = {
    rgClean: wall(runs.rgClean),
    mgClean: wall(runs.mgClean),
    rgTokens: wall(runs.rgTokens),
    decode: wall(runs.decode),
    mgTokens: wall(runs.mgTokens),
    peakClean: peak(runs.mgClean),
    peakTokens: peak(runs.mgTokens),
    found: Math.min(...runs.mgTokens.map((r) => r.check.found)),
    mapped: Math.min(...runs.mgTokens.map((r) => r.check.mapped)),
    cleanFindings: Math.max(...runs.mgClean.map((r) => r.check.findings ?? 0)),
  };
  const cleanRatio = res.mgClean / res.rgClean;
  const tokensRatio = res.mgTokens / (res.rgTokens + res.decode);
  const n = fixture.planted.length;
  const checks = [
    ['no tokens: wall time', fmtS(res.rgClean), fmtS(res.mgClean), fmtRatio(cleanRatio), `≤ ${TARGETS.cleanRatio}× ripgrep`, cleanRatio <= TARGETS.cleanRatio],
    [
      'with tokens: wall time',
      `${fmtS(res.rgTokens)} + ${fmtS(res.decode)}`,
      fmtS(res.mgTokens),
      fmtRatio(tokensRatio),
      `≤ ${TARGETS.tokensRatio}× (ripgrep + decode)`,
      tokensRatio <= TARGETS.tokensRatio,
    ],
    ['peak RSS, no tokens', '', fmtMiB(res.peakClean), '', `≤ ${TARGETS.peakMiB} MiB`, res.peakClean <= TARGETS.peakMiB * 1024],
    ['peak RSS, with tokens', '', fmtMiB(res.peakTokens), '', `≤ ${TARGETS.peakMiB} MiB`, res.peakTokens <= TARGETS.peakMiB * 1024],
    ['tokens found in the bundle', '', `${res.found}/${n}`, '', '100%', res.found === n],
    ['mapped to the original line', '', `${res.mapped}/${n}`, '', '100%', res.mapped === n],
    ['findings without tokens', '', String(res.cleanFindings), '', '0', res.cleanFindings === 0],
  ];
  const out = [
    `monime-guard bundle bench · ${os.availableParallelism()} CPUs · node ${process.version} · ${tools.rgVersion} · ${opts.runs} runs each, medians`,
    `monime-guard = ${cli.display}`,
    'ripgrep      = rg -c --no-ignore --hidden mon_ {target}; decode = new AnyMap(map) + one originalPositionFor, in its own node process',
    `fixture      one bundle of ${fmtMB(fixture.sizes.bundle)} and its map of ${fmtMB(fixture.sizes.map)} (esbuild, minified, sourcesContent); ${n} tokens planted in the second build`,
    '',
    table(
      ['check', 'baseline', 'monime-guard', 'ratio', 'target', 'result'],
      checks.map(([a, b, c, d, e, p]) => [a, b, c, d, e, fmtResult(p)]),
      ['l', 'r', 'r', 'r', 'l', 'l'],
    ),
  ];
  const failed = checks.filter((c) => c[5] === false).map((c) => c[0]);
  out.push('', failed.length === 0 ? 'result: PASS' : `result: FAIL (${failed.join(', ')})`);
  process.stdout.write(`${redact(out.join('\n'), state.secrets)}\n`);
  if (opts.json)
    fs.writeFileSync(
      opts.json,
      `${redact(JSON.stringify({ date: new Date().toISOString(), runs: opts.runs, sizes: fixture.sizes, ...res, cleanRatio, tokensRatio, pass: failed.length === 0 }, null, 2), state.secrets)}\n`,
    );
  return failed.length === 0 ? 0 : 1;
}

function cleanup() {
  killRunning();
  if (state.runDir) fs.rmSync(state.runDir, { recursive: true, force: true });
}

for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(sig, () => {
    cleanup();
    process.exit(code);
  });
}

main().then(
  (code) => {
    cleanup();
    process.exitCode = code;
  },
  (err) => {
    cleanup();
    log(`error: ${err instanceof BenchError ? err.message : (err?.stack ?? String(err))}`);
    process.exitCode = 2;
  },
);
