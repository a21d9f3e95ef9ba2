#!/usr/bin/env node
// Benchmark: monime-guard against ripgrep on real code, measured in the same run.
//
// Builds (or reuses) a corpus of the Python standard library's .py files and /usr/include under
// .bench/corpus/, plants fresh tokens, and compares wall time and peak RSS of `monime-guard scan`
// with `rg -c --no-ignore --hidden mon_`, several alternating runs each, medians, beside a Node.js
// floor (scripts/bench/node-floor.mjs: walk and read every file, nothing else). Then a single 1 GiB
// file and adversarial inputs. Prints a table to stdout (progress goes to stderr), optionally writes
// the numbers as JSON, and exits 1 when a target fails or a planted token is missed, so it can gate.
// Run `node scripts/bench.mjs --help` for the flags.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAdversarial } from './bench/adversarial.mjs';
import { BIG_FILE_SIZE, writeBigFile } from './bench/big-file.mjs';
import { cliArgv, previousCli, removeStaleRunDirs, resolveCli } from './bench/cli.mjs';
import { corpusSources, ensureCorpus, plantCorpus } from './bench/corpus.mjs';
import { BenchError, ensureTools, killRunning, measure, median } from './bench/measure.mjs';
import { checkReport } from './bench/report.mjs';
import { fmtCount, fmtMB, fmtMiB, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';
import { redact } from './bench/tokens.mjs';
import { textBlock } from './bench/text.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(ROOT, '.bench');
const NODE_FLOOR = path.join(ROOT, 'scripts/bench/node-floor.mjs');

/** The targets from the issue, plus the adversarial bounds (linear time, near plain-text speed). */
const TARGETS = {
  wallRatio: 2, // corpus wall time ≤ 2× ripgrep's
  peakMiB: 200, // corpus peak RSS
  bigPeakMiB: 200, // 1 GiB file peak RSS
  advRatio: 3, // adversarial input time ≤ 3× same-size plain text
  advScaling: 3, // 2× the input takes ≤ 3× the time (linear is 2×, less with start-up cost)
};
const PLANTED_FILES = 50;
/** Below this much scan time (minus start-up) on the smaller input, net scaling is noise. */
const NET_MIN_MS = 250;
const TIMEOUT_MS = { corpus: 600_000, big: 1_200_000, adversarial: 120_000 };

const HELP = `usage: node scripts/bench.mjs [options]     (npm run bench -- [options])

  --runs N            timed runs of each tool (default 5; the 1 GiB file gets min(N, 3))
  --json FILE         also write every number as JSON to FILE
  --skip-1g           skip the single 1 GiB file
  --skip-adversarial  skip the adversarial inputs
  --keep              keep this run's generated files and reports under .bench/run-*/
  --previous REF      also time the command line committed at git REF (e.g. HEAD~1) on the corpus,
                      alternating with this one: the same-run check that a change costs nothing
  --cli "CMD"         command to benchmark instead of monime-guard; {target} and {output} are
                      replaced (also from env BENCH_CLI). Default:
                      node dist/bin/monime-guard.js scan {target} --format json --output {output} --no-git-ignore
  -h, --help          this text

Needs \`npm run build\` first. Exit 0: every target met and every planted token found; 1: a target
failed or a token was missed; 2: the benchmark itself could not run.`;

function log(msg) {
  process.stderr.write(`bench: ${msg}\n`);
}

function parseArgs(argv) {
  const opts = { runs: 5, json: undefined, skip1g: false, skipAdversarial: false, keep: false, cli: process.env.BENCH_CLI || undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new BenchError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--runs': {
        const v = value();
        opts.runs = Number(v);
        if (!Number.isInteger(opts.runs) || opts.runs < 1 || opts.runs > 100) throw new BenchError(`--runs must be an integer from 1 to 100, got ${v}`);
        break;
      }
      case '--json':
        opts.json = path.resolve(value());
        break;
      case '--cli':
        opts.cli = value();
        break;
      case '--skip-1g':
        opts.skip1g = true;
        break;
      case '--skip-adversarial':
        opts.skipAdversarial = true;
        break;
      case '--keep':
        opts.keep = true;
        break;
      case '--previous':
        opts.previous = value();
        break;
      case '-h':
      case '--help':
        opts.help = true;
        break;
      default:
        throw new BenchError(`unknown option ${a} (see --help)`);
    }
  }
  return opts;
}

/** The command under test: argv with {target} and {output} placeholders. */
const SCAN_ARGS = ['scan', '{target}', '--format', 'json', '--output', '{output}', '--no-git-ignore'];
const resolveScanCli = (template) => resolveCli(template, { root: ROOT, defaultArgs: SCAN_ARGS, append: ['{target}'] });

// State the exit path needs: what to undo, and every secret that must never be printed whole.
const state = { restore: undefined, runDir: undefined, keep: false, secrets: [] };

function cleanup() {
  killRunning();
  if (state.restore) {
    try {
      state.restore();
    } catch (err) {
      log(`could not restore planted corpus files (${err.message}); the next run rebuilds the corpus`);
    }
    state.restore = undefined;
  }
  if (state.runDir && !state.keep) fs.rmSync(state.runDir, { recursive: true, force: true });
}

const lastLine = (text) => redact(text.trim().split('\n').pop() ?? '', state.secrets);

/** One ripgrep run; ripgrep exits 0 with matches and 1 without. */
async function runRg(rg, target, ctx) {
  const r = await measure(rg, ['-c', '--no-ignore', '--hidden', 'mon_', target], ctx);
  if (r.timedOut) throw new BenchError(`ripgrep timed out on ${target}`);
  if (r.code > 1) throw new BenchError(`ripgrep exited ${r.code} on ${target}: ${lastLine(r.stderr)}`);
  return r;
}

/** One run of the Node.js floor: walk and read every file, nothing else (see node-floor.mjs). */
async function runFloor(target, ctx) {
  const r = await measure(process.execPath, [NODE_FLOOR, target], ctx);
  if (r.timedOut || r.code !== 0) throw new BenchError(`the Node.js floor failed on ${target}: ${r.timedOut ? 'timed out' : lastLine(r.stderr)}`);
  return r;
}

/**
 * One monime-guard run and the check of its report. With `fatal`, a crash or timeout ends the
 * benchmark; otherwise it comes back as a failed run.
 */
async function runMg(cli, target, output, expected, ctx, { singleFile = false, fatal = true } = {}) {
  fs.rmSync(output, { force: true });
  const [cmd, ...args] = cliArgv(cli, { target, output });
  const r = await measure(cmd, args, ctx);
  const failed = r.timedOut ? `timed out after ${ctx.timeoutMs / 1000} s` : r.code > 1 ? `exited ${r.code}: ${lastLine(r.stderr)}` : undefined;
  if (failed && fatal) throw new BenchError(`monime-guard ${failed} (scanning ${path.relative(ROOT, target)})`);
  const check = checkReport(output, expected, { root: target, cwd: ROOT, singleFile });
  return { ...r, failed, check };
}

const recallOf = (runs) => Math.min(...runs.map((r) => r.check.found));

/**
 * One check standing for several runs: the misses of the run that found least, the unexpected
 * findings of the run that had most, the largest counts of the rest.
 */
function combinedCheck(runs) {
  const checks = runs.map((r) => r.check);
  const leastFound = checks.reduce((a, b) => (b.found < a.found ? b : a));
  const mostUnexpected = checks.reduce((a, b) => (b.unexpected.length > a.unexpected.length ? b : a));
  const max = (k) => Math.max(...checks.map((c) => c[k]));
  return {
    ...leastFound,
    unexpected: mostUnexpected.unexpected,
    duplicates: max('duplicates'),
    wrongRule: max('wrongRule'),
    wrongColumn: max('wrongColumn'),
    wrongColumns: checks.reduce((a, b) => (b.wrongColumns.length > a.wrongColumns.length ? b : a)).wrongColumns,
    findings: max('findings'),
    stats: checks.at(-1).stats,
  };
}

const summariseRuns = (runs) => ({
  wallMs: runs.map((r) => r.wallMs),
  peakKiB: runs.map((r) => r.peakKiB),
  medianWallMs: median(runs.map((r) => r.wallMs)),
  medianPeakKiB: median(runs.map((r) => r.peakKiB)),
  medianUserS: median(runs.map((r) => r.userS)),
  medianSysS: median(runs.map((r) => r.sysS)),
});

async function benchCorpus(tools, cli, corpus, planted, opts, ctx, previous) {
  const corpusCtx = { ...ctx, timeoutMs: TIMEOUT_MS.corpus };
  log('warming the page cache (one untimed run of each tool)');
  await runRg(tools.rg, corpus.dir, corpusCtx);
  const warm = await runMg(cli, corpus.dir, path.join(ctx.tmpDir, 'report-corpus-warm.json'), planted.expected, corpusCtx);
  if (!warm.check.ok) log(`monime-guard report unusable: ${warm.check.error}`);
  if (previous) await runMg(previous.cli, corpus.dir, path.join(ctx.tmpDir, 'report-previous-warm.json'), planted.expected, corpusCtx);
  const rg = [];
  const mg = [];
  const floor = [];
  const before = [];
  for (let i = 0; i < opts.runs; i++) {
    rg.push(await runRg(tools.rg, corpus.dir, corpusCtx));
    mg.push(await runMg(cli, corpus.dir, path.join(ctx.tmpDir, `report-corpus-${i + 1}.json`), planted.expected, corpusCtx));
    if (previous) before.push(await runMg(previous.cli, corpus.dir, path.join(ctx.tmpDir, `report-previous-${i + 1}.json`), planted.expected, corpusCtx));
    floor.push(await runFloor(corpus.dir, corpusCtx));
    log(
      `corpus run ${i + 1}/${opts.runs}: ripgrep ${fmtS(rg.at(-1).wallMs)} ${fmtMiB(rg.at(-1).peakKiB)}, monime-guard ${fmtS(mg.at(-1).wallMs)} ${fmtMiB(mg.at(-1).peakKiB)}, found ${mg.at(-1).check.found}/${planted.expected.length}, Node.js floor ${fmtS(floor.at(-1).wallMs)}`,
    );
  }
  const all = [warm, ...mg];
  const result = { rg: summariseRuns(rg), mg: summariseRuns(mg), floor: summariseRuns(floor), found: recallOf(all), check: combinedCheck(all) };
  return previous ? { ...result, previous: { commit: previous.commit, ...summariseRuns(before) } } : result;
}

async function benchBigFile(tools, cli, block, opts, ctx) {
  const file = path.join(ctx.tmpDir, 'big-1GiB.txt');
  log(`writing the 1 GiB file ${path.relative(ROOT, file)} …`);
  const t0 = Date.now();
  const big = writeBigFile(file, block);
  state.secrets.push(...big.secrets);
  log(`written in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const bigCtx = { ...ctx, timeoutMs: TIMEOUT_MS.big };
  await runRg(tools.rg, file, bigCtx);
  const runs = Math.min(opts.runs, 3);
  const rg = [];
  const mg = [];
  for (let i = 0; i < runs; i++) {
    rg.push(await runRg(tools.rg, file, bigCtx));
    mg.push(await runMg(cli, file, path.join(ctx.tmpDir, `report-1g-${i + 1}.json`), big.expected, bigCtx, { singleFile: true }));
    log(
      `1 GiB run ${i + 1}/${runs}: ripgrep ${fmtS(rg.at(-1).wallMs)}, monime-guard ${fmtS(mg.at(-1).wallMs)} ${fmtMiB(mg.at(-1).peakKiB)}, found ${mg.at(-1).check.found}/${big.expected.length}`,
    );
  }
  if (!opts.keep) fs.rmSync(file, { force: true });
  return { runs, expected: big.expected, rg: summariseRuns(rg), mg: summariseRuns(mg), found: recallOf(mg), check: combinedCheck(mg) };
}

async function benchAdversarial(cli, block, opts, ctx) {
  const dir = path.join(ctx.tmpDir, 'adversarial');
  fs.mkdirSync(dir, { recursive: true });
  log('writing adversarial inputs …');
  const { cases, plain, empty } = writeAdversarial(dir, block);
  for (const c of cases) for (const input of c.inputs) state.secrets.push(...input.secrets);
  const advCtx = { ...ctx, timeoutMs: TIMEOUT_MS.adversarial };
  const times = new Map(); // file → runs
  const record = (file, r) => {
    if (!times.has(file)) times.set(file, []);
    times.get(file).push(r);
  };
  const timedOut = new Set();
  let n = 0;
  for (let i = 0; i < opts.runs; i++) {
    // Interleaved, so that drift in machine speed hits every input alike.
    record(empty, await runMg(cli, empty, path.join(dir, `report-${n++}.json`), [], advCtx, { singleFile: true, fatal: false }));
    for (const [size, file] of plain) {
      record(file, await runMg(cli, file, path.join(dir, `report-${n++}.json`), [], advCtx, { singleFile: true, fatal: false }));
      for (const c of cases) {
        const input = c.inputs.find((x) => x.size === size);
        if (!input || timedOut.has(input.file)) continue;
        const r = await runMg(cli, input.file, path.join(dir, `report-${n++}.json`), input.expected, advCtx, { singleFile: true, fatal: false });
        if (r.timedOut) timedOut.add(input.file);
        record(input.file, r);
      }
    }
    log(`adversarial round ${i + 1}/${opts.runs} done`);
  }
  const wall = (file) => (timedOut.has(file) ? Infinity : median(times.get(file).map((r) => r.wallMs)));
  const peak = (file) =>
    Math.max(
      ...times
        .get(file)
        .map((r) => r.peakKiB)
        .filter(Number.isFinite),
    );
  const startupMs = wall(empty);
  const results = cases.map((c) => {
    const inputs = c.inputs.map((input) => {
      const runs = times.get(input.file);
      const failures = runs.filter((r) => r.failed).map((r) => r.failed);
      return {
        size: input.size,
        wallMs: wall(input.file),
        plainWallMs: wall(input.plainFile),
        ratio: wall(input.file) / wall(input.plainFile),
        peakKiB: peak(input.file),
        timedOut: timedOut.has(input.file),
        failures: [...new Set(failures)],
        expected: input.expected.length,
        found: Math.min(...runs.map((r) => r.check.found)),
        findings: Math.max(...runs.map((r) => r.check.findings)),
        reportOk: runs.every((r) => r.check.ok),
        check: combinedCheck(runs),
      };
    });
    const [small, large] = inputs;
    const scaling = large.wallMs / small.wallMs;
    // Start-up cost hides how the scan itself grows; without it a linear scan scales by 2. Only
    // trusted when the smaller input's own scan time stands well above timing noise.
    const netScaling = (large.wallMs - startupMs) / (small.wallMs - startupMs);
    const netResolved = small.wallMs - startupMs >= NET_MIN_MS;
    const scalingOk = (netResolved ? netScaling : scaling) <= TARGETS.advScaling;
    const recallOk = !c.checkRecall || inputs.every((x) => x.found === x.expected);
    const pass = large.ratio <= TARGETS.advRatio && scalingOk && inputs.every((x) => !x.timedOut && x.failures.length === 0) && recallOk;
    return { id: c.id, label: c.label, checkRecall: c.checkRecall, expectNone: c.expectNone, inputs, scaling, netScaling, netResolved, recallOk, pass };
  });
  return { startupMs, cases: results };
}

function machineInfo(tools) {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memTotalBytes: os.totalmem(),
    node: process.version,
    ripgrep: tools.rgVersion,
    platform: `${os.type()} ${os.release()}`,
    loadAvgStart: os.loadavg()[0],
  };
}

/** Prints the table and details; returns the list of failed checks. */
function printResults(res) {
  const out = [];
  const { machine, corpus, planted, corpusScan: cs, bigFile: bf, adversarial: adv } = res;
  out.push(
    `monime-guard bench · ${machine.cpus} CPUs (${machine.cpuModel}) · ${(machine.memTotalBytes / 2 ** 30).toFixed(1)} GiB RAM · node ${machine.node} · ${machine.ripgrep} · ${res.runs} runs each, medians`,
  );
  const load = Math.max(machine.loadAvgStart, machine.loadAvgEnd);
  if (load > machine.cpus * 0.75) {
    out.push(`note: the machine was busy (1-minute load average up to ${load.toFixed(1)} on ${machine.cpus} CPUs): timings are noisy, ratios less so`);
  }
  out.push(`monime-guard = ${res.cli}${res.standIn ? '   (STAND-IN, not monime-guard)' : ''}`);
  out.push('ripgrep      = rg -c --no-ignore --hidden mon_ {target}');
  out.push('');
  const src = corpus.sources.map((s) => `${s.name} ${fmtCount(s.files)} from ${s.dir}`).join('; ');
  out.push(
    `corpus   ${fmtCount(corpus.files)} files, ${fmtMB(corpus.bytes)} (${src}), ${corpus.cached ? 'cached' : `built in ${(corpus.buildMs / 1000).toFixed(1)} s`}`,
  );
  const p = planted.summary;
  out.push(
    `planted  ${p.tokens} tokens in ${p.files} files (${p.live} live, ${p.test} test; ${p.body64} with 64-char bodies, ${p.tokens - p.body64} with ${p.otherLengths.join('/')}; ${p.encoded} base64-encoded)`,
  );
  out.push('');

  const checks = [];
  const rows = [];
  const add = (name, rgCell, mgCell, ratioCell, target, pass) => {
    rows.push([name, rgCell, mgCell, ratioCell, target, fmtResult(pass)]);
    if (pass !== null) checks.push({ name, pass });
  };
  const wallRatio = cs.mg.medianWallMs / cs.rg.medianWallMs;
  add('corpus wall time', fmtS(cs.rg.medianWallMs), fmtS(cs.mg.medianWallMs), fmtRatio(wallRatio), `≤ ${TARGETS.wallRatio}×`, wallRatio <= TARGETS.wallRatio);
  add('  Node.js floor (reference)', fmtS(cs.rg.medianWallMs), fmtS(cs.floor.medianWallMs), fmtRatio(cs.floor.medianWallMs / cs.rg.medianWallMs), '', null);
  add('  monime-guard / floor', '', '', fmtRatio(cs.mg.medianWallMs / cs.floor.medianWallMs), '', null);
  if (cs.previous) {
    const spread = (s) => `${fmtS(Math.min(...s.wallMs))}–${fmtS(Math.max(...s.wallMs))}`;
    add(`  previous commit ${cs.previous.commit.slice(0, 12)}`, '', fmtS(cs.previous.medianWallMs), '', '', null);
    add('  this / previous', '', '', fmtRatio(cs.mg.medianWallMs / cs.previous.medianWallMs), '', null);
    add('  run-to-run spread (this; previous)', '', `${spread(cs.mg)}; ${spread(cs.previous)}`, '', '', null);
  }
  add(
    'corpus peak RSS',
    fmtMiB(cs.rg.medianPeakKiB),
    fmtMiB(cs.mg.medianPeakKiB),
    fmtRatio(cs.mg.medianPeakKiB / cs.rg.medianPeakKiB),
    `≤ ${TARGETS.peakMiB} MiB`,
    cs.mg.medianPeakKiB <= TARGETS.peakMiB * 1024,
  );
  const exp = planted.expected.length;
  add('corpus recall', '', `${cs.found}/${exp}`, '', '100%', cs.found === exp);
  add('corpus unexpected findings', '', String(cs.check.unexpected.length), '', '', null);
  if (bf) {
    const n = bf.expected.length;
    add('1 GiB wall time', fmtS(bf.rg.medianWallMs), fmtS(bf.mg.medianWallMs), fmtRatio(bf.mg.medianWallMs / bf.rg.medianWallMs), '', null);
    add(
      '1 GiB peak RSS',
      fmtMiB(bf.rg.medianPeakKiB),
      fmtMiB(bf.mg.medianPeakKiB),
      '',
      `≤ ${TARGETS.bigPeakMiB} MiB`,
      bf.mg.medianPeakKiB <= TARGETS.bigPeakMiB * 1024,
    );
    add('1 GiB recall', '', `${bf.found}/${n}`, '', '100%', bf.found === n);
    add('1 GiB unexpected findings', '', String(bf.check.unexpected.length), '', '', null);
  }
  out.push(table(['check', 'ripgrep', 'monime-guard', 'ratio', 'target', 'result'], rows, ['l', 'r', 'r', 'r', 'l', 'l']));
  out.push(
    '(Node.js floor: scripts/bench/node-floor.mjs walks the corpus and opens, reads and closes every file on all CPUs, doing nothing else; no Node.js scanner can be faster)',
  );
  if (bf) out.push('(ripgrep memory-maps a single large file, so its RSS on the 1 GiB file counts the mapped pages)');

  if (adv) {
    out.push('');
    out.push(
      `adversarial inputs (monime-guard; ratio = time / same-size plain text; scaling = time at 2× size / time; net = the same without start-up, ${fmtS(adv.startupMs)} on a 1-line file)`,
    );
    const arows = adv.cases.map((c) => {
      const [s, l] = c.inputs;
      const found = c.checkRecall
        ? c.inputs.map((x) => `${x.found}/${x.expected}`).join(', ') + ' found'
        : `${Math.max(s.findings, l.findings)} findings${c.expectNone ? ' (expect 0)' : ''}`;
      checks.push({ name: `adversarial ${c.label}`, pass: c.pass });
      const size = (x) => `${x.size / 2 ** 20} MiB`;
      const time = (x) => (x.timedOut ? 'timeout' : fmtS(x.wallMs));
      return [
        c.label,
        size(s),
        time(s),
        fmtRatio(s.ratio),
        size(l),
        time(l),
        fmtRatio(l.ratio),
        fmtRatio(c.scaling),
        c.netResolved ? fmtRatio(c.netScaling) : '—',
        fmtMiB(Math.max(s.peakKiB, l.peakKiB)),
        found,
        fmtResult(c.pass),
      ];
    });
    out.push(
      table(['input', 'size', 'time', 'ratio', 'size', 'time', 'ratio', 'scaling', 'net', 'peak', 'findings', 'result'], arows, [
        'l',
        'r',
        'r',
        'r',
        'r',
        'r',
        'r',
        'r',
        'r',
        'r',
        'l',
        'l',
      ]),
    );
    out.push(
      `targets: ratio at the larger size ≤ ${TARGETS.advRatio}×; net scaling ≤ ${TARGETS.advScaling}× (raw scaling where net shows —: the smaller scan took < ${NET_MIN_MS} ms beyond start-up); planted tokens found; no crash or timeout (${TIMEOUT_MS.adversarial / 1000} s)`,
    );
  }

  // Details: what was missed and what was found that nobody planted, masked as the report shows it.
  const detail = (title, check) => {
    if (check.error) {
      out.push(`${title}: ${check.error}${check.expected > 0 ? `: all ${check.expected} planted token(s) count as missed` : ''}`);
      return;
    }
    if (check.missed.length > 0) {
      out.push(`${title}: missed ${check.missed.length} planted token(s):`);
      for (const m of check.missed.slice(0, 20)) {
        out.push(`  ${m.path || '(file)'}:${m.line}:${m.column}  ${m.kind}  ${m.masked}${m.encoded ? ' (base64)' : ''}${m.why ? `  [${m.why}]` : ''}`);
      }
      if (check.missed.length > 20) out.push(`  … and ${check.missed.length - 20} more`);
    }
    if (check.unexpected.length > 0) {
      out.push(`${title}: ${check.unexpected.length} unexpected finding(s) (false positives unless planted elsewhere), as reported:`);
      for (const u of check.unexpected.slice(0, 20)) out.push(`  ${u.path || '(file)'}:${u.line}:${u.column}  ${u.ruleId}  ${u.masked}`);
      if (check.unexpected.length > 20) out.push(`  … and ${check.unexpected.length - 20} more`);
    }
    if (check.duplicates > 0) out.push(`${title}: ${check.duplicates} duplicate finding(s) of planted tokens`);
    if (check.wrongRule > 0) out.push(`${title}: ${check.wrongRule} planted token(s) reported under the wrong rule`);
    if (check.wrongColumn > 0) {
      out.push(`${title}: ${check.wrongColumn} planted token(s) found on the right line but outside the planted text's columns:`);
      for (const w of check.wrongColumns.slice(0, 10))
        out.push(`  ${w.path || '(file)'}:${w.line}  planted at column ${w.expected}, reported at ${w.got}  ${w.masked}`);
    }
  };
  const before = out.length;
  out.push('');
  detail('corpus', cs.check);
  const stats = cs.check.stats;
  if (stats && Number.isFinite(stats.filesScanned)) {
    const note = stats.filesScanned === corpus.files ? '' : ` (corpus has ${fmtCount(corpus.files)})`;
    out.push(
      `corpus: monime-guard scanned ${fmtCount(stats.filesScanned)} files${note}, ${Number.isFinite(stats.bytesScanned) ? fmtMB(stats.bytesScanned) : '? MB'}`,
    );
  }
  if (bf) detail('1 GiB', bf.check);
  if (adv) {
    for (const c of adv.cases) {
      for (const x of c.inputs) {
        if (x.failures.length > 0) out.push(`adversarial ${c.label} ${x.size / 2 ** 20} MiB: ${x.failures.join('; ')}`);
        if (c.checkRecall || x.check.unexpected.length > 0) detail(`adversarial ${c.label} ${x.size / 2 ** 20} MiB`, x.check);
      }
    }
  }
  if (out.length === before + 1) out.pop();

  const failed = checks.filter((c) => c.pass === false).map((c) => c.name);
  out.push('');
  out.push(failed.length === 0 ? 'result: PASS (all targets met, every planted token found)' : `result: FAIL (${failed.join(', ')})`);
  process.stdout.write(`${redact(out.join('\n'), state.secrets)}\n`);
  return { checks, failed };
}

function plantedSummary(planted) {
  const e = planted.expected;
  return {
    tokens: e.length,
    files: planted.files.length,
    live: e.filter((x) => x.kind === 'live').length,
    test: e.filter((x) => x.kind === 'test').length,
    body64: e.filter((x) => x.bodyLength === 64).length,
    otherLengths: [...new Set(e.filter((x) => x.bodyLength !== 64).map((x) => x.bodyLength))].sort((a, b) => a - b),
    encoded: e.filter((x) => x.encoded).length,
  };
}

/** Drops raw per-run details that JSON readers do not need (stderr, report internals). */
function jsonSafe(res, result) {
  const strip = (check) => ({
    found: check.found,
    expected: check.expected,
    findings: check.findings,
    error: check.error,
    missed: check.missed.map(({ path: p, line, column, kind, masked, why }) => ({ path: p, line, column, kind, masked, why })),
    unexpected: check.unexpected,
    duplicates: check.duplicates,
    wrongRule: check.wrongRule,
    wrongColumn: check.wrongColumn,
    wrongColumns: check.wrongColumns,
  });
  const scan = (s) =>
    s && {
      rg: s.rg,
      monimeGuard: s.mg,
      ...(s.floor ? { nodeFloor: s.floor, floorRatio: s.floor.medianWallMs / s.rg.medianWallMs } : {}),
      wallRatio: s.mg.medianWallMs / s.rg.medianWallMs,
      peakRatio: s.mg.medianPeakKiB / s.rg.medianPeakKiB,
      found: s.found,
      check: strip(s.check),
      stats: s.check.stats,
    };
  return {
    schema: 'monime-guard-bench/1',
    date: new Date().toISOString(),
    machine: res.machine,
    runs: res.runs,
    cli: res.cli,
    standIn: res.standIn,
    targets: TARGETS,
    corpus: { files: res.corpus.files, bytes: res.corpus.bytes, sources: res.corpus.sources, cached: res.corpus.cached },
    planted: {
      ...res.planted.summary,
      expected: res.planted.expected.map(({ path: p, line, column, kind, bodyLength, encoded, masked }) => ({
        path: p,
        line,
        column,
        kind,
        bodyLength,
        encoded,
        masked,
      })),
    },
    corpusScan: scan(res.corpusScan),
    bigFile: res.bigFile && {
      sizeBytes: BIG_FILE_SIZE,
      runs: res.bigFile.runs,
      plants: res.bigFile.expected.map(({ line, column, kind, masked, why, offset }) => ({ line, column, kind, masked, why, offset })),
      ...scan(res.bigFile),
    },
    adversarialStartupMs: res.adversarial?.startupMs,
    adversarial: res.adversarial?.cases.map((c) => ({
      id: c.id,
      label: c.label,
      scaling: c.scaling,
      netScaling: c.netScaling,
      netResolved: c.netResolved,
      pass: c.pass,
      inputs: c.inputs.map(({ check, ...x }) => ({
        ...x,
        wallMs: Number.isFinite(x.wallMs) ? x.wallMs : null,
        ratio: Number.isFinite(x.ratio) ? x.ratio : null,
        check: strip(check),
      })),
    })),
    checks: result.checks,
    pass: result.failed.length === 0,
  };
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const cli = resolveScanCli(opts.cli);
  const tools = ensureTools(log);

  fs.mkdirSync(BENCH_DIR, { recursive: true });
  removeStaleRunDirs(BENCH_DIR);
  state.runDir = path.join(BENCH_DIR, `run-${Date.now()}-${process.pid}`);
  state.keep = opts.keep;
  fs.mkdirSync(state.runDir);
  if (opts.keep) fs.writeFileSync(path.join(state.runDir, 'KEEP'), 'kept by --keep; delete this directory by hand\n');
  const ctx = { cwd: ROOT, tmpDir: state.runDir };

  const corpus = ensureCorpus({
    corpusDir: path.join(BENCH_DIR, 'corpus'),
    manifestFile: path.join(BENCH_DIR, 'corpus-manifest.json'),
    sources: corpusSources(),
    log,
  });
  log(`corpus: ${fmtCount(corpus.files.length)} files, ${fmtMB(corpus.bytes)}${corpus.cached ? ' (cached)' : ''}`);
  // Filler for generated inputs comes from the corpus before anything is planted in it.
  const block = opts.skip1g && opts.skipAdversarial ? undefined : textBlock(corpus);

  const planted = plantCorpus(corpus, PLANTED_FILES);
  state.restore = planted.restore;
  state.secrets.push(...planted.secrets);
  fs.writeFileSync(
    path.join(state.runDir, 'planted.json'),
    `${JSON.stringify(
      planted.expected.map(({ path: p, line, column, kind, masked }) => ({ path: p, line, column, kind, masked })),
      null,
      2,
    )}\n`,
  );
  planted.summary = plantedSummary(planted);
  log(`planted ${planted.expected.length} tokens in ${planted.files.length} files`);

  const res = { machine: machineInfo(tools), runs: opts.runs, cli: cli.display, standIn: cli.standIn };
  res.corpus = { files: corpus.files.length, bytes: corpus.bytes, sources: corpus.sources, cached: corpus.cached, buildMs: corpus.buildMs };
  res.planted = planted;
  const previous = opts.previous ? previousCli(ROOT, opts.previous, SCAN_ARGS, log) : undefined;
  res.corpusScan = await benchCorpus(tools, cli, corpus, planted, opts, ctx, previous);
  // The corpus goes back to pristine before the long phases.
  planted.restore();
  state.restore = undefined;

  if (!opts.skip1g) res.bigFile = await benchBigFile(tools, cli, block, opts, ctx);
  if (!opts.skipAdversarial) res.adversarial = await benchAdversarial(cli, block, opts, ctx);

  res.machine.loadAvgEnd = os.loadavg()[0];
  const result = printResults(res);
  if (opts.json) {
    try {
      fs.mkdirSync(path.dirname(opts.json), { recursive: true });
      fs.writeFileSync(opts.json, `${redact(JSON.stringify(jsonSafe(res, result), null, 2), state.secrets)}\n`);
    } catch (err) {
      throw new BenchError(`cannot write --json ${opts.json}: ${err.message}`);
    }
    log(`wrote ${opts.json}`);
  }
  if (opts.keep) log(`kept ${path.relative(process.cwd(), state.runDir)}`);
  return result.failed.length === 0 ? 0 : 1;
}

for (const [sig, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(sig, () => {
    log(`interrupted by ${sig}: cleaning up`);
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
    if (err instanceof BenchError) log(`error: ${redact(err.message, state.secrets)}`);
    else log(`error: ${redact(err?.stack ?? String(err), state.secrets)}`);
    process.exitCode = 2;
  },
);
