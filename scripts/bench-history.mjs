#!/usr/bin/env node
// Benchmark: `monime-guard history` and `monime-guard staged` against git baselines measured in the
// same run.
//
// Generates (or reuses, from .bench/history-repo/) a repository of 20,000 commits over a few hundred
// files with tokens planted in old commits (scripts/bench-history/), then times, several alternating
// runs each, medians:
//   patch stream  `git log -p --all | rg mon_`: what a grep over history costs; history must be ≥ 2× faster;
//   floor         read every reachable blob once with `git cat-file --batch`; history must stay ≤ 2× it;
//   history       `monime-guard history`, whose report must name every planted token and its commit;
//   staged        `monime-guard staged` on a small repository with a staged change, ≤ 4× `node -e 0`.
// Prints a table to stdout (progress goes to stderr), optionally writes the numbers as JSON, and
// exits 1 when a target fails or a planted token is missed, so it can gate.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cliArgv, previousCli, removeStaleRunDirs, resolveCli } from './bench/cli.mjs';
import { BenchError, ensureTools, killRunning, measure, median } from './bench/measure.mjs';
import { fmtCount, fmtMB, fmtMiB, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';
import { redact } from './bench/tokens.mjs';
import { ensureHistoryRepo } from './bench-history/cache.mjs';
import { checkPlanted, worstCheck } from './bench-history/check.mjs';
import { loadFiller } from './bench-history/content.mjs';
import { BRANCHES } from './bench-history/plan.mjs';
import { createStagedRepo } from './bench-history/staged.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(ROOT, '.bench');
const CACHE_DIR = path.join(BENCH_DIR, 'history-repo');
const RUN_PREFIX = 'history-run';

const TARGETS = {
  patchRatio: 2, // patch stream time / history time ≥ 2
  floorRatio: 2, // history time / floor time ≤ 2
  stagedRatio: 4, // staged time / `node -e 0` time ≤ 4
};
const DEFAULTS = { runs: 5, commits: 20_000, files: 300, seed: 1 };
const MIN_COMMITS = BRANCHES.reduce((n, b) => n + b.commits, 0) + 1000;
const TIMEOUT_MS = { history: 600_000, staged: 60_000 };

// The baselines, run with `sh -c` in the generated repository so their pipes are timed like the tool.
const PATCH_STREAM = 'git log -p --all | rg mon_';
const FLOOR =
  "git rev-list --objects --all --no-object-names | git cat-file --batch-check='%(objecttype) %(objectname)' --buffer | awk '$1 == \"blob\" { print $2 }' | git cat-file --batch --buffer > /dev/null";

// A reference, not a target: the floor with the blobs read by a Node.js process instead of
// thrown away, which is the least any Node.js scanner pays before it looks at a byte.
const NODE_FLOOR = FLOOR.replace('> /dev/null', `| ${JSON.stringify(process.execPath)} -e 'process.stdin.on("data", () => {})'`);

const HISTORY_ARGS = ['history', '--format', 'json', '--output', '{output}'];
const STAGED_ARGS = ['staged', '--format', 'json', '--output', '{output}'];

const HELP = `usage: node scripts/bench-history.mjs [options]     (npm run bench:history -- [options])

  --runs N              timed runs of each history command (default ${DEFAULTS.runs}); staged and
                        \`node -e 0\` get max(2N, 10), being short
  --json FILE           also write every number as JSON to FILE
  --previous REF        also time the history command committed at git REF (e.g. HEAD~1),
                        alternating with this one: the same-run check that a change costs nothing
  --cli "CMD"           history command to benchmark instead of monime-guard, run in the generated
                        repository; {output} is replaced (also from env BENCH_CLI). Default:
                        node dist/bin/monime-guard.js ${HISTORY_ARGS.join(' ')}
  --staged-cli "CMD"    the same for staged (also from env BENCH_STAGED_CLI). Default:
                        node dist/bin/monime-guard.js ${STAGED_ARGS.join(' ')}
  --skip-staged         time history only
  --commits N           commits to generate (default ${fmtCount(DEFAULTS.commits)}; at least ${fmtCount(MIN_COMMITS)}, for quick checks)
  --seed N              seed of the generated history (default ${DEFAULTS.seed})
  --regenerate          build the repository anew (fresh tokens) even if the cached one fits
  --keep                keep this run's reports and staged repository under .bench/${RUN_PREFIX}-*/
  -h, --help            this text

The repository is generated with git fast-import into .bench/history-repo/ and reused while the
generator version, options and filler text (the Python standard library) stay the same.
Needs \`npm run build\` first. Exit 0: every target met and every planted token found (at the right
commit, where the report names one); 1: a target failed or a token was missed; 2: the benchmark
itself could not run.`;

function log(msg) {
  process.stderr.write(`bench:history: ${redact(msg, state.secrets)}\n`);
}

function parseArgs(argv) {
  const opts = {
    ...DEFAULTS,
    json: undefined,
    cli: process.env.BENCH_CLI || undefined,
    stagedCli: process.env.BENCH_STAGED_CLI || undefined,
    skipStaged: false,
    regenerate: false,
    keep: false,
  };
  const integer = (flag, v, min, max) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new BenchError(`${flag} must be an integer from ${min} to ${max}, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new BenchError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--runs':
        opts.runs = integer(flag, value(), 1, 100);
        break;
      case '--json':
        opts.json = path.resolve(value());
        break;
      case '--cli':
        opts.cli = value();
        break;
      case '--staged-cli':
        opts.stagedCli = value();
        break;
      case '--skip-staged':
        opts.skipStaged = true;
        break;
      case '--commits':
        opts.commits = integer(flag, value(), MIN_COMMITS, 1_000_000);
        break;
      case '--seed':
        opts.seed = integer(flag, value(), 0, 2 ** 32 - 1);
        break;
      case '--regenerate':
        opts.regenerate = true;
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

/**
 * Fails early, in one line, when the built CLI lacks the command: an unknown command makes yargs
 * print the top-level help and exit 0, so the help text must describe the command itself.
 */
function requireCommand(cli, name, flags) {
  if (cli.standIn) return;
  const r = spawnSync(cli.words[0], [cli.words[1], name, '--help'], { encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0 || !new RegExp(`monime-guard ${name}\\b`).test(r.stdout ?? '')) {
    throw new BenchError(
      `the built CLI has no \`${name}\` command (\`node dist/bin/monime-guard.js ${name} --help\` does not describe it): run \`npm run build\` once it exists, or pass a stand-in with ${flags}`,
    );
  }
}

// State the exit path needs: processes and directories to clean up, and every secret that must
// never be printed whole (redact() also masks anything token-shaped).
const state = { runDir: undefined, keep: false, buildDir: undefined, children: new Set(), secrets: [] };

function cleanup() {
  killRunning();
  for (const child of state.children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  if (state.buildDir) fs.rmSync(state.buildDir, { recursive: true, force: true });
  if (state.runDir && !state.keep) fs.rmSync(state.runDir, { recursive: true, force: true });
}

const lastLine = (text) => redact(text.trim().split('\n').pop() ?? '', state.secrets);

/**
 * One run of a baseline pipeline. dash has no pipefail, so a git failure early in the pipe shows
 * only on stderr; ripgrep exits 1 when nothing matches.
 */
async function runShell(name, script, ctx) {
  const r = await measure('sh', ['-c', script], ctx);
  if (r.timedOut) throw new BenchError(`the ${name} timed out after ${ctx.timeoutMs / 1000} s`);
  if (r.code > 1 || /^(fatal|error):/m.test(r.stderr)) throw new BenchError(`the ${name} failed (exit ${r.code}): ${lastLine(r.stderr)}`);
  return r;
}

/** One run of the command under test and the check of its report; a crash ends the benchmark. */
async function runTool(name, cli, output, expected, ctx) {
  fs.rmSync(output, { force: true });
  const [cmd, ...args] = cliArgv(cli, { output });
  const r = await measure(cmd, args, ctx);
  if (r.timedOut) throw new BenchError(`${name} timed out after ${ctx.timeoutMs / 1000} s (${cli.display})`);
  if (r.code > 1) throw new BenchError(`${name} exited ${r.code}: ${lastLine(r.stderr) || '(no message)'} (${cli.display})`);
  return { ...r, check: checkPlanted(output, expected) };
}

const summarise = (runs) => ({
  wallMs: runs.map((r) => r.wallMs),
  peakKiB: runs.map((r) => r.peakKiB),
  medianWallMs: median(runs.map((r) => r.wallMs)),
  medianPeakKiB: median(runs.map((r) => r.peakKiB)),
  medianUserS: median(runs.map((r) => r.userS)),
  medianSysS: median(runs.map((r) => r.sysS)),
});

async function benchHistory(cli, repo, opts, previous) {
  const ctx = { cwd: repo.repoDir, tmpDir: state.runDir, timeoutMs: TIMEOUT_MS.history };
  const report = (n) => path.join(state.runDir, `history-${n}.json`);
  log('warming the page cache (one untimed run of each)');
  await runShell('patch stream', PATCH_STREAM, ctx);
  await runShell('floor', FLOOR, ctx);
  const tool = [await runTool('history', cli, report('warm'), repo.expected, ctx)];
  if (previous) await runTool('previous history', previous.cli, report('previous-warm'), repo.expected, ctx);
  const before = [];
  const patch = [];
  const floor = [];
  const nodeFloor = [];
  for (let i = 0; i < opts.runs; i++) {
    // Alternating, so that drift in machine speed hits every command alike.
    patch.push(await runShell('patch stream', PATCH_STREAM, ctx));
    floor.push(await runShell('floor', FLOOR, ctx));
    nodeFloor.push(await runShell('floor into Node.js', NODE_FLOOR, ctx));
    tool.push(await runTool('history', cli, report(i + 1), repo.expected, ctx));
    if (previous) before.push(await runTool('previous history', previous.cli, report(`previous-${i + 1}`), repo.expected, ctx));
    const t = tool.at(-1);
    log(
      `history run ${i + 1}/${opts.runs}: patch stream ${fmtS(patch.at(-1).wallMs)}, floor ${fmtS(floor.at(-1).wallMs)}, monime-guard ${fmtS(t.wallMs)} ${fmtMiB(t.peakKiB)}, found ${t.check.found}/${repo.expected.length}`,
    );
  }
  const timed = tool.slice(1);
  return {
    patch: { ...summarise(patch), matchLines: patch.at(-1).stdoutLines },
    floor: summarise(floor),
    nodeFloor: summarise(nodeFloor),
    tool: summarise(timed),
    check: worstCheck(tool.map((r) => r.check)),
    ...(previous ? { previous: { commit: previous.commit, ...summarise(before) } } : {}),
  };
}

async function benchStaged(cli, filler, opts) {
  const dir = path.join(state.runDir, 'staged-repo');
  const staged = createStagedRepo(dir, filler.lines);
  state.secrets.push(...staged.secrets);
  const ctx = { cwd: dir, tmpDir: state.runDir, timeoutMs: TIMEOUT_MS.staged };
  const report = (n) => path.join(state.runDir, `staged-${n}.json`);
  const runs = Math.max(10, opts.runs * 2);
  const nodeStart = () => measure(process.execPath, ['-e', '0'], ctx);
  await nodeStart();
  const tool = [await runTool('staged', cli, report('warm'), staged.expected, ctx)];
  const node = [];
  for (let i = 0; i < runs; i++) {
    node.push(await nodeStart());
    tool.push(await runTool('staged', cli, report(i + 1), staged.expected, ctx));
  }
  const timed = tool.slice(1);
  log(`staged: node -e 0 ${fmtS(median(node.map((r) => r.wallMs)))}, monime-guard ${fmtS(median(timed.map((r) => r.wallMs)))} (medians of ${runs})`);
  return { runs, files: staged.files, expected: staged.expected, node: summarise(node), tool: summarise(timed), check: worstCheck(tool.map((r) => r.check)) };
}

function machineInfo(tools) {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism?.() ?? cpus.length,
    cpuModel: cpus[0]?.model?.trim() ?? 'unknown',
    memTotalBytes: os.totalmem(),
    node: process.version,
    git: spawnSync('git', ['--version'], { encoding: 'utf8' }).stdout.trim(),
    ripgrep: tools.rgVersion,
    loadAvgStart: os.loadavg()[0],
  };
}

/** The mismatches behind a failed recall row, as the report showed them (masked). */
function details(title, check, out) {
  if (check.error) {
    out.push(`${title}: ${check.error}: all ${check.expected} planted token(s) count as missed`);
    return;
  }
  for (const m of check.missed)
    out.push(`${title}: missed ${m.kind} ${m.masked} (${m.id}: ${m.path ?? 'commit message'}${m.commit ? ` @ ${m.commit.slice(0, 12)}` : ''})`);
  for (const w of check.wrongCommit)
    out.push(`${title}: ${w.masked} (${w.id}) reported at ${w.reported.map((c) => c.slice(0, 12)).join(', ')}, brought in by ${w.commit.slice(0, 12)}`);
  for (const w of check.wrongPath) out.push(`${title}: ${w.masked} (${w.id}) reported at path ${w.reported.join(', ')}, planted in ${w.path} (info)`);
  for (const w of check.wrongHistoryOnly) out.push(`${title}: ${w.masked} (${w.id}) historyOnly should be ${w.historyOnly} (info)`);
  if (check.duplicates > 0) out.push(`${title}: ${check.duplicates} duplicate finding(s) of planted tokens (info)`);
  if (check.unexpected.length > 0) {
    out.push(`${title}: ${check.unexpected.length} finding(s) nobody planted (false positives), as reported:`);
    for (const u of check.unexpected.slice(0, 20)) out.push(`  ${u.ruleId}  ${u.masked}  ${u.path ?? ''}${u.commit ? ` @ ${u.commit.slice(0, 12)}` : ''}`);
    if (check.unexpected.length > 20) out.push(`  … and ${check.unexpected.length - 20} more`);
  }
}

/** Prints the table and details; returns the checks and the names of the failed ones. */
function printResults(res) {
  const { machine, repo, history: h, staged: s } = res;
  const out = [];
  out.push(
    `monime-guard history bench · ${machine.cpus} CPUs (${machine.cpuModel}) · ${(machine.memTotalBytes / 2 ** 30).toFixed(1)} GiB RAM · node ${machine.node} · ${machine.git} · ${machine.ripgrep} · ${res.runs} runs each, medians`,
  );
  const load = Math.max(machine.loadAvgStart, machine.loadAvgEnd);
  if (load > machine.cpus * 0.75)
    out.push(`note: the machine was busy (1-minute load average up to ${load.toFixed(1)} on ${machine.cpus} CPUs): timings are noisy, ratios less so`);
  out.push(`history      = ${res.cli}${res.standIn ? '   (STAND-IN, not monime-guard)' : ''}`);
  out.push(`patch stream = ${PATCH_STREAM}`);
  out.push(`floor        = ${FLOOR}`);
  out.push(`floor into Node.js = the floor with cat-file's output read by \`node -e\` instead of /dev/null (reference)`);
  if (s) out.push(`staged       = ${res.stagedCli}${res.stagedStandIn ? '   (STAND-IN, not monime-guard)' : ''}   vs   node -e 0`);
  out.push('');
  const st = repo.stats;
  out.push(
    `repository   ${fmtCount(st.commits)} commits (${fmtCount(st.mainCommits)} on main), ${st.branches} branches, ${st.tags} tags, ${st.filesAtHead} files at HEAD, ${fmtCount(st.objects.blob)} blobs (${fmtMB(st.blobBytes)} uncompressed, pack ${fmtMB(st.packBytes)}), ${repo.cached ? 'cached' : `generated in ${(repo.generationMs / 1000).toFixed(1)} s`}`,
  );
  const e = repo.expected;
  out.push(
    `planted      ${e.length} tokens in old commits (${e.filter((x) => x.kind === 'live').length} live, ${e.filter((x) => x.kind === 'test').length} test; ${e.filter((x) => x.historyOnly).length} in history only, ${e.filter((x) => x.source === 'message').length} in a commit message, ${e.filter((x) => x.ref !== 'main').length} on an unmerged branch)`,
  );
  out.push('');

  const checks = [];
  const rows = [];
  const add = (name, base, mg, ratio, target, pass) => {
    rows.push([name, base, mg, ratio, target, fmtResult(pass)]);
    if (pass !== null) checks.push({ name, pass });
  };
  const patchRatio = h.patch.medianWallMs / h.tool.medianWallMs;
  const floorRatio = h.tool.medianWallMs / h.floor.medianWallMs;
  add(
    'history vs patch stream',
    fmtS(h.patch.medianWallMs),
    fmtS(h.tool.medianWallMs),
    fmtRatio(patchRatio),
    `patch/history ≥ ${TARGETS.patchRatio}×`,
    patchRatio >= TARGETS.patchRatio,
  );
  add(
    'history vs floor',
    fmtS(h.floor.medianWallMs),
    fmtS(h.tool.medianWallMs),
    fmtRatio(floorRatio),
    `history/floor ≤ ${TARGETS.floorRatio}×`,
    floorRatio <= TARGETS.floorRatio,
  );
  add(
    '  floor into Node.js (reference)',
    fmtS(h.patch.medianWallMs),
    fmtS(h.nodeFloor.medianWallMs),
    fmtRatio(h.patch.medianWallMs / h.nodeFloor.medianWallMs),
    'patch/floor',
    null,
  );
  if (h.previous) {
    const spread = (x) => `${fmtS(Math.min(...x.wallMs))}–${fmtS(Math.max(...x.wallMs))}`;
    add(
      `  previous commit ${h.previous.commit.slice(0, 12)}`,
      fmtS(h.previous.medianWallMs),
      fmtS(h.tool.medianWallMs),
      fmtRatio(h.tool.medianWallMs / h.previous.medianWallMs),
      'this/previous',
      null,
    );
    add('  run-to-run spread (previous; this)', spread(h.previous), spread(h.tool), '', '', null);
  }
  add('history peak RSS', fmtMiB(h.floor.medianPeakKiB), fmtMiB(h.tool.medianPeakKiB), '', '', null);
  const hc = h.check;
  add('history recall', '', `${hc.error ? 0 : hc.found}/${hc.expected}`, '', '100%', !hc.error && hc.found === hc.expected);
  add(
    'history commit attribution',
    '',
    hc.commitsChecked > 0 ? `${hc.commitsChecked - hc.wrongCommit.length}/${hc.commitsChecked}` : 'no commits',
    '',
    'as planted',
    hc.commitsChecked > 0 ? hc.wrongCommit.length === 0 : null,
  );
  add('history unexpected findings', '', String(hc.unexpected.length), '', '', null);
  if (s) {
    const stagedRatio = s.tool.medianWallMs / s.node.medianWallMs;
    add(
      'staged vs node -e 0',
      fmtS(s.node.medianWallMs),
      fmtS(s.tool.medianWallMs),
      fmtRatio(stagedRatio),
      `staged/node ≤ ${TARGETS.stagedRatio}×`,
      stagedRatio <= TARGETS.stagedRatio,
    );
    add('staged recall', '', `${s.check.error ? 0 : s.check.found}/${s.check.expected}`, '', '100%', !s.check.error && s.check.found === s.check.expected);
  }
  out.push(table(['check', 'baseline', 'monime-guard', 'ratio', 'target', 'result'], rows, ['l', 'r', 'r', 'r', 'l', 'l']));
  out.push("(baseline: the patch stream, the floor, or node -e 0 as the row says; peak RSS baseline is the floor pipeline's largest process)");

  const before = out.length;
  out.push('');
  details('history', hc, out);
  if (s) details('staged', s.check, out);
  if (out.length === before + 1) out.pop();

  const failed = checks.filter((c) => c.pass === false).map((c) => c.name);
  out.push('');
  out.push(failed.length === 0 ? 'result: PASS (all targets met, every planted token found)' : `result: FAIL (${failed.join(', ')})`);
  process.stdout.write(`${redact(out.join('\n'), state.secrets)}\n`);
  return { checks, failed };
}

function jsonSafe(res, result) {
  const check = (c) => c && { ...c, missed: c.missed.map(({ id, kind, masked, path: p, commit }) => ({ id, kind, masked, path: p, commit })) };
  const { repoDir, ...repo } = res.repo;
  return {
    schema: 'monime-guard-bench-history/1',
    date: new Date().toISOString(),
    machine: res.machine,
    runs: res.runs,
    cli: res.cli,
    standIn: res.standIn,
    stagedCli: res.stagedCli,
    stagedStandIn: res.stagedStandIn,
    targets: TARGETS,
    commands: { patchStream: PATCH_STREAM, floor: FLOOR },
    repo: { ...repo, dir: path.relative(ROOT, repoDir) },
    history: {
      patchStream: res.history.patch,
      floor: res.history.floor,
      nodeFloor: res.history.nodeFloor,
      monimeGuard: res.history.tool,
      patchRatio: res.history.patch.medianWallMs / res.history.tool.medianWallMs,
      floorRatio: res.history.tool.medianWallMs / res.history.floor.medianWallMs,
      check: check(res.history.check),
    },
    staged: res.staged && {
      runs: res.staged.runs,
      files: res.staged.files,
      expected: res.staged.expected,
      nodeStart: res.staged.node,
      monimeGuard: res.staged.tool,
      ratio: res.staged.tool.medianWallMs / res.staged.node.medianWallMs,
      check: check(res.staged.check),
    },
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
  const cli = resolveCli(opts.cli, { root: ROOT, defaultArgs: HISTORY_ARGS });
  requireCommand(cli, 'history', '--cli "CMD" / BENCH_CLI');
  const stagedCli = opts.skipStaged
    ? undefined
    : resolveCli(opts.stagedCli, { root: ROOT, defaultArgs: STAGED_ARGS, source: 'BENCH_STAGED_CLI / --staged-cli' });
  if (stagedCli) requireCommand(stagedCli, 'staged', '--staged-cli "CMD" / BENCH_STAGED_CLI');
  const tools = ensureTools(log);

  fs.mkdirSync(BENCH_DIR, { recursive: true });
  removeStaleRunDirs(BENCH_DIR, RUN_PREFIX);
  state.runDir = path.join(BENCH_DIR, `${RUN_PREFIX}-${Date.now()}-${process.pid}`);
  state.keep = opts.keep;
  fs.mkdirSync(state.runDir);
  if (opts.keep) fs.writeFileSync(path.join(state.runDir, 'KEEP'), 'kept by --keep; delete this directory by hand\n');

  const filler = loadFiller();
  const repo = await ensureHistoryRepo({
    cacheDir: CACHE_DIR,
    commits: opts.commits,
    files: opts.files,
    seed: opts.seed,
    filler,
    regenerate: opts.regenerate,
    log,
    state,
  });
  log(
    `repository: ${fmtCount(repo.stats.commits)} commits, ${fmtCount(repo.stats.objects.blob)} blobs, ${fmtMB(repo.stats.blobBytes)}${repo.cached ? ' (cached)' : `, generated in ${(repo.generationMs / 1000).toFixed(1)} s`}`,
  );
  fs.writeFileSync(path.join(state.runDir, 'planted.json'), `${JSON.stringify(repo.expected, null, 2)}\n`);

  const res = {
    machine: machineInfo(tools),
    runs: opts.runs,
    cli: cli.display,
    standIn: cli.standIn,
    stagedCli: stagedCli?.display,
    stagedStandIn: stagedCli?.standIn,
    repo,
  };
  const previous = opts.previous ? previousCli(ROOT, opts.previous, HISTORY_ARGS, log) : undefined;
  res.history = await benchHistory(cli, repo, opts, previous);
  if (stagedCli) res.staged = await benchStaged(stagedCli, filler, opts);
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
    if (err instanceof BenchError) log(`error: ${err.message}`);
    else log(`error: ${err?.stack ?? String(err)}`);
    process.exitCode = 2;
  },
);
