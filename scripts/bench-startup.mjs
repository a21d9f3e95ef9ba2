// Benchmark: how long a commit hook makes the user wait. Pre-commit hooks run on every commit,
// so start-up is the user's wait; it is measured against `node -e 0` (Node.js starting and doing
// nothing) in the same run, as ratios, never as bare times:
//
//   --version     `monime-guard --version`                                ≤ 1.5× `node -e 0`
//   staged        `monime-guard staged --quiet` in a small repository with
//                 one staged file                                          ≤ 2× `node -e 0`
//
// With the pre-commit framework on PATH it also times the framework's own path: the first
// `pre-commit install-hooks` of this repository's hooks (a clone at a commit), and a `git commit`
// and a `git push` with the framework's hooks installed against the same with `--no-verify`.
//
//   npm run bench:startup [-- --runs N] [-- --json FILE] [-- --skip-framework]

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './bench/args.mjs';
import { BenchError, median, which } from './bench/measure.mjs';
import { fmtRatio, fmtResult, table } from './bench/table.mjs';
import { makeToken } from './bench/tokens.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = path.join(ROOT, 'dist/bin/monime-guard.js');
const TARGETS = { version: 1.5, staged: 2 };
const GIT_ID = ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false'];

const HELP = `Usage: npm run bench:startup [-- options]

Times \`monime-guard --version\` and \`monime-guard staged\` against \`node -e 0\` in the same run
(targets: ≤ ${TARGETS.version}× and ≤ ${TARGETS.staged}×), and, when \`pre-commit\` is on PATH, the pre-commit
framework's first install and hook runs.

  --runs N          timed runs of each command, interleaved (default 30; the framework part uses N/3)
  --json FILE       also write every number as JSON
  --skip-framework  do not time the pre-commit framework
  -h, --help        this text

Exit codes: 0 every target met, 1 one missed or a check failed, 2 cannot run.`;

function main() {
  const argv = process.argv.slice(2);
  const skipFramework = argv.includes('--skip-framework');
  const opts = parseBenchArgs(
    argv.filter((a) => a !== '--skip-framework'),
    { runs: 30 },
  );
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  if (!fs.existsSync(CLI)) throw new BenchError(`${path.relative(ROOT, CLI)} is missing: run \`npm run build\``);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-bench-startup-'));
  try {
    const startup = timeStartup(work, opts.runs);
    const framework = skipFramework ? undefined : timeFramework(work, Math.max(3, Math.round(opts.runs / 3)));
    if (opts.json) fs.writeFileSync(opts.json, `${JSON.stringify({ startup, framework }, null, 2)}\n`);
    return startup.pass ? 0 : 1;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Times the three commands, interleaved so that drift in the machine's speed hits all alike. */
function timeStartup(work, runs) {
  const repo = path.join(work, 'small');
  smallRepo(repo);
  const commands = {
    node: [process.execPath, '-e', '0'],
    version: [process.execPath, CLI, '--version'],
    staged: [process.execPath, CLI, 'staged', '--quiet'],
  };
  // Correctness first: a benchmark of a command that does the wrong thing proves nothing.
  const clean = run(commands.staged, repo);
  if (clean.status !== 0) throw new BenchError(`staged on a clean staged file exited ${clean.status}: ${clean.stderr.trim()}`);
  if (!/^\d+\.\d+\.\d+\n$/.test(run(commands.version, repo).stdout)) throw new BenchError('--version did not print a version');
  const found = stagedToken(repo, commands.staged);

  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  // One untimed round warms the file cache.
  for (const command of Object.values(commands)) run(command, repo);
  for (let i = 0; i < runs; i++) {
    for (const [name, command] of Object.entries(commands)) times[name].push(time(command, repo));
    process.stderr.write(`\rstart-up: run ${i + 1}/${runs}`);
  }
  process.stderr.write('\n');
  const ms = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
  const ratio = { version: ms.version / ms.node, staged: ms.staged / ms.node };
  const pass = ratio.version <= TARGETS.version && ratio.staged <= TARGETS.staged && found;
  console.log(`\nStart-up (${runs} interleaved runs, medians; Node.js ${process.versions.node}, ${os.cpus().length} cores)\n`);
  console.log(
    table(
      ['command', 'median', 'vs node -e 0', 'target', 'result'],
      [
        ['node -e 0 (floor)', fmtMs(ms.node), '1.00×', '', 'info'],
        ['monime-guard --version', fmtMs(ms.version), fmtRatio(ratio.version), `≤ ${TARGETS.version}×`, fmtResult(ratio.version <= TARGETS.version)],
        ['monime-guard staged (1 staged file)', fmtMs(ms.staged), fmtRatio(ratio.staged), `≤ ${TARGETS.staged}×`, fmtResult(ratio.staged <= TARGETS.staged)],
        ['staged finds a staged token', '', '', 'yes', fmtResult(found)],
      ],
      ['l', 'r', 'r', 'l', 'l'],
    ),
  );
  return { runs, medianMs: ms, ratio, targets: TARGETS, tokenFound: found, pass };
}

/** A repository of 20 committed files and one changed file staged, with no token in it. */
function smallRepo(dir) {
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  for (let i = 0; i < 20; i++) fs.writeFileSync(path.join(dir, 'src', `module-${i}.js`), `export function f${i}(x) {\n  return x + ${i};\n}\n`.repeat(20));
  git(dir, ['add', '-A']);
  git(dir, [...GIT_ID, 'commit', '-q', '-m', 'start']);
  fs.appendFileSync(path.join(dir, 'src/module-3.js'), 'export const token = process.env.MONIME_ACCESS_TOKEN;\n');
  git(dir, ['add', 'src/module-3.js']);
}

/** Stages a token in a second file, checks that staged stops it, and restores the index. */
function stagedToken(dir, staged) {
  const file = path.join(dir, 'src/key.js');
  fs.writeFileSync(file, `const key = '${makeToken('live')}';\n`);
  git(dir, ['add', 'src/key.js']);
  const found = run(staged, dir).status === 1;
  git(dir, ['rm', '-q', '--cached', 'src/key.js']);
  fs.rmSync(file);
  return found;
}

/**
 * The pre-commit framework's path: its first install of these hooks (clone at a commit, no
 * environment to build for `language: script`), then commits and pushes with its hooks against
 * the same with `--no-verify`.
 */
function timeFramework(work, runs) {
  const preCommit = which('pre-commit');
  if (!preCommit) {
    console.log('\npre-commit is not on PATH: the framework part is skipped (apt-get install pre-commit).');
    return undefined;
  }
  const version = run([preCommit, '--version'], work).stdout.trim();
  // The hooks as the working tree has them, committed on top of HEAD in a clone.
  const guard = path.join(work, 'guard');
  git(work, ['clone', '-q', ROOT, guard]);
  for (const file of ['.pre-commit-hooks.yaml', 'package.json', 'dist/bin', 'dist/hcl2json']) {
    fs.rmSync(path.join(guard, file), { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, file), path.join(guard, file), { recursive: true });
  }
  git(guard, ['add', '-A']);
  git(guard, [...GIT_ID, 'commit', '-q', '--allow-empty', '-m', 'hooks as in the working tree']);
  const rev = git(guard, ['rev-parse', 'HEAD']).trim();

  const user = path.join(work, 'user');
  const remote = path.join(work, 'remote.git');
  git(work, ['init', '-q', '--bare', remote]);
  git(work, ['init', '-q', '-b', 'main', user]);
  for (const [key, value] of [
    ['user.name', 'Bench'],
    ['user.email', 'bench@example.invalid'],
    ['commit.gpgsign', 'false'],
  ])
    git(user, ['config', key, value]);
  git(user, ['remote', 'add', 'origin', remote]);
  fs.writeFileSync(
    path.join(user, '.pre-commit-config.yaml'),
    `repos:\n  - repo: ${guard}\n    rev: ${rev}\n    hooks:\n      - id: monime-guard\n      - id: monime-guard-pre-push\n`,
  );
  const env = { PRE_COMMIT_HOME: path.join(work, 'pre-commit-cache') };
  const install = time([preCommit, 'install', '--hook-type', 'pre-commit', '--hook-type', 'pre-push'], user, env);
  const firstInstall = time([preCommit, 'install-hooks'], user, env);

  git(user, ['add', '-A']);
  git(user, ['commit', '-q', '--no-verify', '-m', 'start']);
  git(user, ['push', '-q', '--no-verify', 'origin', 'main']);
  const times = { commit: [], commitNoVerify: [], push: [], pushNoVerify: [] };
  for (let i = 0; i < runs; i++) {
    for (const [name, flags] of [
      ['commit', []],
      ['commitNoVerify', ['--no-verify']],
    ]) {
      fs.writeFileSync(path.join(user, `note-${name}-${i}.txt`), `note ${i}\n`);
      git(user, ['add', '-A']);
      times[name].push(time(['git', 'commit', '-q', ...flags, '-m', `note ${i}`], user, env, true));
    }
    for (const [name, flags] of [
      ['push', []],
      ['pushNoVerify', ['--no-verify']],
    ]) {
      fs.writeFileSync(path.join(user, `push-${name}-${i}.txt`), `push ${i}\n`);
      git(user, ['add', '-A']);
      git(user, ['commit', '-q', '--no-verify', '-m', `push ${i}`]);
      times[name].push(time(['git', 'push', '-q', ...flags, 'origin', 'main'], user, env, true));
    }
    process.stderr.write(`\rframework: run ${i + 1}/${runs}`);
  }
  process.stderr.write('\n');
  const ms = Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)]));
  console.log(`\nThe pre-commit framework (${version}; ${runs} runs each, medians)\n`);
  console.log(
    table(
      ['step', 'time', 'baseline (--no-verify)', 'the hook adds'],
      [
        ['pre-commit install (both hook types)', fmtMs(install), '', ''],
        ['first pre-commit install-hooks (clone at rev)', fmtMs(firstInstall), '', ''],
        ['git commit, one new file', fmtMs(ms.commit), fmtMs(ms.commitNoVerify), fmtMs(ms.commit - ms.commitNoVerify)],
        ['git push, one new commit', fmtMs(ms.push), fmtMs(ms.pushNoVerify), fmtMs(ms.push - ms.pushNoVerify)],
      ],
      ['l', 'r', 'r', 'r'],
    ),
  );
  return { version, runs, installMs: install, firstInstallHooksMs: firstInstall, medianMs: ms };
}

function fmtMs(ms) {
  return `${ms.toFixed(1)} ms`;
}

/** Runs a command to completion; returns its exit status and output. */
function run(command, cwd, env = {}) {
  const result = spawnSync(command[0], command.slice(1), { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.error) throw new BenchError(`cannot run ${command[0]}: ${result.error.message}`);
  return result;
}

/** Milliseconds one run of a command takes, wall clock; a failing run stops the benchmark. */
function time(command, cwd, env = {}, mustPass = true) {
  const started = process.hrtime.bigint();
  const result = run(command, cwd, env);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (mustPass && result.status !== 0)
    throw new BenchError(`${command.join(' ')} exited ${result.status}: ${`${result.stdout}${result.stderr}`.trim().split('\n').at(-1)}`);
  return ms;
}

function git(cwd, args) {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
  if (result.status !== 0) throw new BenchError(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof BenchError)) throw error;
  process.stderr.write(`bench:startup: ${error.message}\n`);
  process.exitCode = 2;
}
