// The command a benchmark times: the built monime-guard by default, or a stand-in command line given
// with --cli or an environment variable (so the benchmark's plumbing can run before the command it
// measures exists). Also the run directories the benchmarks keep their per-run files in.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchError } from './measure.mjs';

/** Splits a command line into words, honouring single and double quotes. */
export function splitWords(s) {
  const words = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(s); m; m = re.exec(s)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

/**
 * The command under test as argv words with `{name}` placeholders. Without a `template` it is
 * `node <root>/dist/bin/monime-guard.js ...defaultArgs`; a stand-in `template` gets each of
 * `append` added as a last word unless it already uses that placeholder. `source` names where a
 * stand-in comes from, for error messages (e.g. "BENCH_CLI / --cli").
 */
export function resolveCli(template, { root, defaultArgs, append = [], source = 'BENCH_CLI / --cli' }) {
  if (!template) {
    const bin = path.join(root, 'dist/bin/monime-guard.js');
    if (!fs.existsSync(bin)) {
      throw new BenchError(`${path.relative(root, bin)} not found: run \`npm run build\` first (or set ${source.split(' / ')[0]} to a stand-in)`);
    }
    return { words: [process.execPath, bin, ...defaultArgs], display: ['node dist/bin/monime-guard.js', ...defaultArgs].join(' '), standIn: false };
  }
  const words = splitWords(template);
  if (words.length === 0) throw new BenchError(`${source} is empty`);
  for (const placeholder of append) if (!words.some((w) => w.includes(placeholder))) words.push(placeholder);
  return { words, display: words.join(' '), standIn: true };
}

/** The argv of one run: every `{name}` in the command's words replaced by `values[name]`. */
export function cliArgv(cli, values) {
  return cli.words.map((w) => w.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole)));
}

/**
 * Removes `<prefix>-<time>-<pid>` directories under `benchDir` left by benchmark processes that
 * died without cleaning up. A directory holding a KEEP file (from --keep) stays.
 */
export function removeStaleRunDirs(benchDir, prefix = 'run') {
  if (!fs.existsSync(benchDir)) return;
  const re = new RegExp(`^${prefix}-\\d+-(\\d+)$`);
  for (const name of fs.readdirSync(benchDir)) {
    const m = re.exec(name);
    if (!m || fs.existsSync(path.join(benchDir, name, 'KEEP'))) continue;
    if (!isAlive(Number(m[1]))) fs.rmSync(path.join(benchDir, name), { recursive: true, force: true });
  }
}

/** Whether a process with this id exists (EPERM: it does, but is not ours). */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/**
 * A checkout of git revision `ref` for timing the previous commit in the same run: a detached
 * worktree under the system's temporary directory (kept between runs, keyed by the commit),
 * sharing this checkout's node_modules. Returns the resolved commit and the worktree.
 */
export function previousCheckout(root, ref) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  let commit;
  try {
    commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  } catch {
    throw new BenchError(`--previous ${ref}: not a commit of this repository`);
  }
  const dir = path.join(os.tmpdir(), `monime-guard-previous-${commit.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    fs.rmSync(dir, { recursive: true, force: true });
    git('worktree', 'prune');
    git('worktree', 'add', '--detach', '--force', dir, commit);
  }
  const modules = path.join(dir, 'node_modules');
  if (!fs.existsSync(modules)) fs.symlinkSync(path.join(root, 'node_modules'), modules, 'dir');
  return { commit, dir };
}

/**
 * The built command line of git revision `ref` (see {@link previousCheckout}). Its bundle is
 * committed (dist/bin), so nothing is built. Returns the resolved commit and the command with
 * `args` (placeholders as {@link resolveCli} has them), and says which it is through `log`.
 */
export function previousCli(root, ref, args, log) {
  const { commit, dir } = previousCheckout(root, ref);
  const bin = path.join(dir, 'dist/bin/monime-guard.js');
  if (!fs.existsSync(bin)) throw new BenchError(`--previous ${ref}: ${commit.slice(0, 12)} has no committed dist/bin/monime-guard.js`);
  log(`previous: ${commit.slice(0, 12)} (${ref}), from ${bin}`);
  return { commit, cli: resolveCli(`node ${bin} ${args.join(' ')}`, { root, defaultArgs: args }) };
}

/**
 * The ESLint plugin of git revision `ref` (see {@link previousCheckout}): its library is not
 * committed, so it is compiled there once with the TypeScript this checkout has. Returns the
 * resolved commit and the plugin's entry.
 */
export function previousPlugin(root, ref, log) {
  const { commit, dir } = previousCheckout(root, ref);
  const entry = path.join(dir, 'dist/src/eslint/index.js');
  if (!fs.existsSync(entry)) {
    log(`compiling the library of ${commit.slice(0, 12)} (${ref})`);
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      throw new BenchError(
        `--previous ${ref}: compiling ${commit.slice(0, 12)} failed: ${
          String(err.stdout ?? err.message)
            .trim()
            .split('\n')[0]
        }`,
      );
    }
  }
  log(`previous: ${commit.slice(0, 12)} (${ref}), from ${entry}`);
  return { commit, entry };
}
