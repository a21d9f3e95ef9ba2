// The command a benchmark times: the built monime-guard by default, or a stand-in command line given
// with --cli or an environment variable (so the benchmark's plumbing can run before the command it
// measures exists). Also the run directories the benchmarks keep their per-run files in.

import fs from 'node:fs';
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
