#!/usr/bin/env node
// Benchmark: `monime-guard github` over a local organisation, against `monime-guard history` run in
// each repository's clone one after another, measured in the same run.
//
// Generates (or reuses, from .bench/github-org/) a set of distinct repositories of varied size (a
// few MB to about 50 MB of packed history each, tokens planted in old commits, with
// scripts/bench-history/'s generator), and lists them under --repos names through a local GitHub
// (test/support/github-org.ts: the REST listing on 127.0.0.1, clone URLs over file://). Repositories
// beyond the distinct ones are hard-linked copies: each is cloned and scanned in full like any other.
// Then times, medians of --runs:
//   clone sum     `git clone --mirror` of each repository, one after another (git's own cost of
//                 getting the history, which any scan that clones pays);
//   history sum   `monime-guard history` in each of those clones, one after another;
//   github -c 1   `monime-guard github --org bench --concurrency 1`: list, clone, scan, one at a time;
//   github        the same with the default concurrency (the number of CPUs).
// Targets: github ≥ 1.7× faster than github -c 1 (on 2 cores); github -c 1 ≤ 1.2× the history sum;
// peak memory of github ≤ 500 MiB. Two floors are measured beside them: the clone sum (so the
// pipeline is also judged against clone + history), and the CPU floor, -c 1's CPU time spread over
// every CPU, which bounds what any concurrency can gain. Run with tsx (npm run bench:github), which
// loads the server.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeGitHubOrg } from '../test/support/github-org.ts';
import { BenchError, ensureTools, measure, median, runBenchmark } from './bench/measure.mjs';
import { fmtCount, fmtMB, fmtMiB, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';
import { redact } from './bench/tokens.mjs';
import { git } from './bench-history/cache.mjs';
import { loadFiller } from './bench-history/content.mjs';
import { GENERATOR_VERSION, generateHistory } from './bench-history/generate.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BENCH_DIR = path.join(ROOT, '.bench');
const CACHE_DIR = path.join(BENCH_DIR, 'github-org');
const CLI = path.join(ROOT, 'dist/bin/monime-guard.js');
const TOKEN = 'ghs_bench_not_a_real_token';

const TARGETS = { concurrencyGain: 1.7, pipelineOverhead: 1.2, peakMiB: 500 };
const DEFAULTS = { repos: 200, distinct: 20, runs: 1 };
/** Commits of the distinct repositories: most small, a few large (about 2 KB of pack per commit). */
const SIZES = [1600, 1600, 1700, 1800, 1900, 2000, 2100, 2300, 2500, 2800, 3000, 3500, 4000, 5000, 6000, 8000, 10000, 14000, 20000, 25000];

const HELP = `usage: npm run bench:github -- [options]

  --repos N       repositories listed (default ${DEFAULTS.repos})
  --distinct N    distinct generated repositories among them, 1 to ${SIZES.length} (default ${DEFAULTS.distinct})
  --runs N        timed runs of each measurement, medians reported (default ${DEFAULTS.runs})
  --json FILE     also write every number as JSON to FILE
  -h, --help      this text

Targets: default concurrency ≥ ${TARGETS.concurrencyGain}× faster than --concurrency 1; --concurrency 1 ≤ ${TARGETS.pipelineOverhead}× the sum
of \`history\` in existing clones; peak memory ≤ ${TARGETS.peakMiB} MiB. Exits 1 when a target fails.`;

const log = (line) => process.stderr.write(`bench:github: ${line}\n`);

function parseArgs(argv) {
  const opts = { ...DEFAULTS, json: undefined, help: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new BenchError(`${flag} needs a value`);
      return v;
    };
    const whole = (name, min, max) => {
      const n = Number(value());
      if (!Number.isInteger(n) || n < min || n > max) throw new BenchError(`${name} must be a whole number from ${min} to ${max}`);
      return n;
    };
    if (flag === '--repos') opts.repos = whole('--repos', 1, 5000);
    else if (flag === '--distinct') opts.distinct = whole('--distinct', 1, SIZES.length);
    else if (flag === '--runs') opts.runs = whole('--runs', 1, 20);
    else if (flag === '--json') opts.json = path.resolve(value());
    else if (flag === '-h' || flag === '--help') opts.help = true;
    else throw new BenchError(`unknown option ${flag} (see --help)`);
  }
  return opts;
}

/** The distinct repositories, generated once and cached by their generator options. */
async function ensureRepositories(distinct, filler, secrets) {
  const key = createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, sizes: SIZES.slice(0, distinct), filler: filler.sha, served: 'bitmap' }))
    .digest('hex')
    .slice(0, 16);
  const manifestFile = path.join(CACHE_DIR, 'manifest.json');
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (manifest.key === key && manifest.repositories.every((r) => fs.existsSync(path.join(r.dir, 'HEAD')))) return manifest.repositories;
  } catch {
    // None yet, or unreadable: generate.
  }
  fs.rmSync(CACHE_DIR, { recursive: true, force: true });
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const repositories = [];
  for (let i = 0; i < distinct; i++) {
    const work = path.join(CACHE_DIR, 'work', `r${i}`);
    fs.mkdirSync(work, { recursive: true });
    git(work, ['init', '-q', '-b', 'main']);
    const commits = SIZES[i];
    log(`generating repository ${i + 1}/${distinct}: ${fmtCount(commits)} commits`);
    const generated = await generateHistory({
      repoDir: work,
      marksFile: path.join(CACHE_DIR, `marks-${i}`),
      commits,
      files: Math.min(300, 40 + Math.round(commits / 100)),
      seed: 100 + i,
      filler: filler.lines,
      log: () => undefined,
    });
    secrets.push(...generated.secrets);
    fs.rmSync(path.join(CACHE_DIR, `marks-${i}`), { force: true });
    const dir = path.join(CACHE_DIR, 'served', `r${i}.git`);
    git(CACHE_DIR, ['clone', '-q', '--mirror', work, dir]);
    // Served as GitHub serves a repository: one pack with a reachability bitmap, so a full clone
    // costs the server (which here shares the benchmark's CPUs) a pack reuse, not an object walk.
    git(dir, ['repack', '-a', '-d', '-q', '--write-bitmap-index']);
    fs.rmSync(work, { recursive: true, force: true });
    const packDir = path.join(dir, 'objects', 'pack');
    const packBytes = fs.readdirSync(packDir).reduce((sum, file) => sum + fs.statSync(path.join(packDir, file)).size, 0);
    repositories.push({ dir, commits, packBytes, tokens: generated.expected.length });
  }
  fs.rmSync(path.join(CACHE_DIR, 'work'), { recursive: true, force: true });
  fs.writeFileSync(manifestFile, `${JSON.stringify({ key, repositories }, null, 2)}\n`);
  return repositories;
}

/** `count` served repositories over the distinct ones: hard-linked copies, each a repository of its own. */
function listRepositories(distinct, count) {
  const listed = path.join(CACHE_DIR, 'listed');
  const served = [];
  fs.mkdirSync(listed, { recursive: true });
  for (let i = 0; i < count; i++) {
    const source = distinct[i % distinct.length];
    const dir = path.join(listed, `repo-${String(i).padStart(4, '0')}.git`);
    if (!fs.existsSync(path.join(dir, 'HEAD'))) {
      fs.rmSync(dir, { recursive: true, force: true });
      const copied = spawnSync('cp', ['-al', source.dir, dir]);
      if (copied.status !== 0) throw new BenchError(`cannot copy ${source.dir}: ${copied.stderr}`);
    }
    served.push({ owner: 'bench', name: `repo-${String(i).padStart(4, '0')}`, dir, transport: 'file', size: Math.round(source.packBytes / 1024), source });
  }
  return served;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!fs.existsSync(CLI)) throw new BenchError('dist/bin/monime-guard.js not found: run `npm run build` first');
  ensureTools(log);
  const secrets = [];
  const filler = loadFiller();
  const distinct = await ensureRepositories(opts.distinct, filler, secrets);
  const served = listRepositories(distinct, opts.repos);
  const packBytes = served.reduce((sum, repo) => sum + repo.source.packBytes, 0);
  log(`${fmtCount(served.length)} repositories (${distinct.length} distinct), ${fmtMB(packBytes)} of packed history`);
  const server = await startFakeGitHubOrg({ repositories: served, token: TOKEN });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-github-'));
  const env = { ...process.env, GITHUB_TOKEN: TOKEN };
  const cwd = path.join(tmp, 'cwd');
  fs.mkdirSync(cwd);
  try {
    const clones = path.join(tmp, 'clones');
    const cloneSum = [];
    const historySum = [];
    const serial = [];
    const parallel = [];
    for (let run = 0; run < opts.runs; run++) {
      // Existing clones, as a user with every repository cloned would have them, for the history
      // sum; cloning them is timed too: git's own cost of getting the history, which the
      // organisation scan pays as well.
      log(`run ${run + 1}/${opts.runs}: git clone --mirror of each repository`);
      fs.rmSync(clones, { recursive: true, force: true });
      let cloning = 0;
      for (const repo of served) {
        const r = await measure('git', ['clone', '-q', '--mirror', `file://${repo.dir}`, path.join(clones, `${repo.name}.git`)], { cwd: tmp, tmpDir: tmp });
        if (r.code !== 0) throw new BenchError(`git clone of ${repo.name} exited ${r.code}: ${r.stderr}`);
        cloning += r.wallMs;
      }
      cloneSum.push(cloning);
      log(`run ${run + 1}/${opts.runs}: history in each clone`);
      let sum = 0;
      for (const repo of served) {
        const r = await measure(process.execPath, [CLI, 'history', '--format', 'json', '-o', path.join(tmp, 'h.json'), '-q'], {
          cwd: path.join(clones, `${repo.name}.git`),
          tmpDir: tmp,
        });
        if (r.code !== 0 && r.code !== 1) throw new BenchError(`history in ${repo.name} exited ${r.code}: ${redact(r.stderr, secrets)}`);
        sum += r.wallMs;
      }
      historySum.push(sum);
      for (const [label, extra, into] of [
        ['github --concurrency 1', ['--concurrency', '1'], serial],
        ['github', [], parallel],
      ]) {
        log(`run ${run + 1}/${opts.runs}: ${label}`);
        const output = path.join(tmp, 'g.json');
        const r = await measure(
          process.execPath,
          [CLI, 'github', '--org', 'bench', '--api-url', server.url, '--format', 'json', '-o', output, '-q', ...extra],
          {
            cwd,
            tmpDir: tmp,
            env,
            timeoutMs: 3_600_000,
          },
        );
        if (r.code !== 1) throw new BenchError(`${label} exited ${r.code}: ${redact(r.stderr, secrets)}`);
        const report = JSON.parse(fs.readFileSync(output, 'utf8'));
        if (report.stats.repositories.scanned !== served.length)
          throw new BenchError(`${label} scanned ${report.stats.repositories.scanned} of ${served.length} repositories`);
        into.push({ ms: r.wallMs, peakKiB: r.peakKiB, cpuS: r.userS + r.sysS, findings: report.findings.length });
        log(`${label}: ${fmtS(r.wallMs)} wall, ${(r.userS + r.sysS).toFixed(2)} s CPU (${((r.userS + r.sysS) / (r.wallMs / 1000)).toFixed(2)} cores busy)`);
      }
    }
    const sumMs = median(historySum);
    const cloneMs = median(cloneSum);
    const serialMs = median(serial.map((r) => r.ms));
    const parallelMs = median(parallel.map((r) => r.ms));
    const peakKiB = Math.max(...parallel.map((r) => r.peakKiB));
    const gain = serialMs / parallelMs;
    // The floor no scheduling can beat: the CPU time the one-at-a-time run spends (its git
    // processes, the local git server's, and the scan), spread perfectly over every CPU.
    const cpus = os.availableParallelism();
    const floorMs = (median(serial.map((r) => r.cpuS)) * 1000) / cpus;
    const ceiling = serialMs / floorMs;
    const overhead = serialMs / sumMs;
    // What a scan that clones cannot go below: git's clone of each repository plus the history scan of it.
    const clonedOverhead = serialMs / (sumMs + cloneMs);
    const checks = {
      concurrencyGain: gain >= TARGETS.concurrencyGain,
      pipelineOverhead: overhead <= TARGETS.pipelineOverhead,
      pipelineOverCloneFloor: clonedOverhead <= TARGETS.pipelineOverhead,
      peak: peakKiB / 1024 <= TARGETS.peakMiB,
    };
    process.stdout.write(
      `${table(
        ['measurement', 'time', 'peak RSS', 'ratio', 'target', 'result'],
        [
          ['history in each clone, one after another', fmtS(sumMs), '', '', '', 'baseline'],
          ['git clone --mirror of each, one after another', fmtS(cloneMs), '', `${fmtRatio(cloneMs / sumMs)} of history sum`, '', 'floor'],
          [
            `github --concurrency 1`,
            fmtS(serialMs),
            fmtMiB(Math.max(...serial.map((r) => r.peakKiB))),
            `${fmtRatio(overhead)} of history sum`,
            `≤ ${TARGETS.pipelineOverhead}×`,
            fmtResult(checks.pipelineOverhead),
          ],
          [
            'github --concurrency 1 against clone + history',
            fmtS(cloneMs + sumMs),
            '',
            `${fmtRatio(clonedOverhead)} of clone + history sums`,
            `≤ ${TARGETS.pipelineOverhead}×`,
            fmtResult(checks.pipelineOverCloneFloor),
          ],
          [
            `github (concurrency ${os.availableParallelism()})`,
            fmtS(parallelMs),
            fmtMiB(peakKiB),
            `${fmtRatio(gain)} faster than -c 1`,
            `≥ ${TARGETS.concurrencyGain}×`,
            fmtResult(checks.concurrencyGain),
          ],
          [
            `CPU floor: -c 1's CPU time over ${cpus} CPUs`,
            fmtS(floorMs),
            '',
            `${fmtRatio(ceiling)} faster than -c 1 at best; github reaches ${(100 * (gain / ceiling)).toFixed(0)}% of it`,
            '',
            'floor',
          ],
          ['peak memory of github', '', fmtMiB(peakKiB), '', `≤ ${TARGETS.peakMiB} MiB`, fmtResult(checks.peak)],
        ],
        ['l', 'r', 'r', 'l', 'l', 'l'],
      )}\n`,
    );
    process.stdout.write(
      `${fmtCount(served.length)} repositories (${distinct.length} distinct), ${fmtMB(packBytes)} packed; ${parallel[0].findings} findings; ${os.availableParallelism()} CPUs\n`,
    );
    if (opts.json) {
      fs.writeFileSync(
        opts.json,
        `${JSON.stringify({ repositories: served.length, distinct: distinct.length, packBytes, historySumMs: sumMs, cloneSumMs: cloneMs, serialMs, parallelMs, floorMs, peakKiB, gain, ceiling, overhead, clonedOverhead, checks }, null, 2)}\n`,
      );
    }
    return Object.values(checks).every(Boolean) ? 0 : 1;
  } finally {
    await server.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

runBenchmark('bench:github', main);
