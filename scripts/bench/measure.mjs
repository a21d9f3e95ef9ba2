// Runs a command under GNU time and measures it: wall time from process.hrtime around the spawn,
// peak RSS from `/usr/bin/time -f %M` (KiB; the largest single process, threads included).
// Also finds or installs the tools the benchmark needs (ripgrep, GNU time).

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** An error the benchmark reports as one line on stderr before exiting with code 2. */
export class BenchError extends Error {}

export const GNU_TIME = '/usr/bin/time';

/** Processes currently running, so a signal handler can stop them. */
const running = new Set();

/** Kills every process group this module started and has not seen exit. */
export function killRunning() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The first executable called `name` on PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function isGnuTime() {
  if (!isExecutable(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ['--version'], { encoding: 'utf8' });
  return /GNU/.test(`${r.stdout}${r.stderr}`);
}

/**
 * Makes sure `rg` and GNU `/usr/bin/time` exist, installing the Debian packages `ripgrep` and `time`
 * when one is missing and we are root with apt-get. Returns the path of rg and its version line.
 */
export function ensureTools(log, extra = []) {
  let rg = which('rg');
  const missing = [];
  if (!rg) missing.push('ripgrep');
  if (!isGnuTime()) missing.push('time');
  // Further commands a benchmark compares against, each with the Debian package that has it.
  for (const tool of extra) if (!which(tool.command)) missing.push(tool.package);
  if (missing.length > 0) {
    const what = missing.join(' and ');
    const canInstall = process.getuid?.() === 0 && which('apt-get');
    if (!canInstall) {
      throw new BenchError(`${what} not found and cannot be installed here (needs root and apt-get): run \`sudo apt-get install -y ${missing.join(' ')}\``);
    }
    log(`${what} missing: installing from Debian packages (apt-get update; apt-get install -y ${missing.join(' ')})`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // apt's chatter goes to stderr so that stdout stays the benchmark's table.
    for (const args of [['update'], ['install', '-y', ...missing]]) {
      const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 2, 2] });
      if (r.status !== 0) {
        throw new BenchError(`\`apt-get ${args.join(' ')}\` failed (exit ${r.status ?? r.signal}); install ${missing.join(' ')} by hand`);
      }
    }
    rg = which('rg');
    if (!rg || !isGnuTime() || extra.some((tool) => !which(tool.command))) throw new BenchError(`${what} still missing after apt-get install`);
  }
  const v = spawnSync(rg, ['--version'], { encoding: 'utf8' });
  const version = (v.stdout ?? '').split('\n')[0].trim() || 'ripgrep (unknown version)';
  return { rg, rgVersion: version };
}

let seq = 0;

/**
 * Runs `cmd args` under GNU time. Resolves with wall time (ms), peak RSS (KiB), CPU seconds, the
 * exit code, the number of stdout bytes and lines (stdout is drained, never written to /dev/null,
 * so no tool can take a "nobody is reading" shortcut) and the tail of stderr.
 */
export function measure(cmd, args, { cwd, tmpDir, timeoutMs = 600_000, env = process.env }) {
  const timeFile = path.join(tmpDir, `time-${process.pid}-${seq++}.txt`);
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    let t1;
    // A process group of its own, so a timeout or Ctrl-C can kill the command and its children.
    const child = spawn(GNU_TIME, ['-f', '%M %e %U %S', '-o', timeFile, '--', cmd, ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    let stdoutBytes = 0;
    let stdoutLines = 0;
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => {
      stdoutBytes += chunk.length;
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) stdoutLines++;
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
      stderr = (stderr + s).slice(-8192);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, timeoutMs);
    child.on('exit', () => {
      t1 = process.hrtime.bigint();
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      running.delete(child);
      reject(new BenchError(`cannot start ${GNU_TIME}: ${err.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      const wallMs = Number((t1 ?? process.hrtime.bigint()) - t0) / 1e6;
      let peakKiB = NaN;
      let userS = NaN;
      let sysS = NaN;
      try {
        // GNU time writes "Command exited with non-zero status N" or "Command terminated by signal N"
        // before the format line; the numbers are on the last line.
        const lines = fs.readFileSync(timeFile, 'utf8').trim().split('\n');
        const nums = lines[lines.length - 1].trim().split(/\s+/).map(Number);
        [peakKiB, , userS, sysS] = nums;
        fs.rmSync(timeFile, { force: true });
      } catch {
        // Leave NaN; the caller reports the run as failed.
      }
      // GNU time exits 127 when the command cannot be started and reports that on stderr.
      if (code === 127 && /cannot run/.test(stderr)) {
        reject(new BenchError(`cannot run ${cmd}: ${stderr.trim().split('\n').pop()}`));
        return;
      }
      resolve({ code: code ?? 128, signal, timedOut, wallMs, peakKiB, userS, sysS, stdoutBytes, stdoutLines, stderr });
    });
  });
}

/** Median of numbers (mean of the middle two for an even count); NaN for none. */
export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Runs a benchmark's `main` (which resolves to its exit code): Ctrl-C stops what it started, and
 * a failure is one line on stderr named after the benchmark (a stack only for an unexpected one),
 * exit code 2.
 */
export function runBenchmark(name, main) {
  process.on('SIGINT', () => {
    killRunning();
    process.exit(130);
  });
  main().then(
    (code) => process.exit(code),
    (error) => {
      killRunning();
      process.stderr.write(`${name}: ${error instanceof BenchError ? error.message : (error?.stack ?? String(error))}\n`);
      process.exit(2);
    },
  );
}
