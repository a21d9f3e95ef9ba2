/**
 * Inputs with no natural end (issue 24, §3): a FIFO or device named as `--config`, `--baseline`,
 * an `iac` input or a `merge` report is refused at once (exit 2, one line naming it) instead of
 * blocking forever or reading without end, and standard input is read up to a documented cap.
 * Every run is spawned under a timeout, so a hang fails the test instead of stalling the suite.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { CLI_ENTRY, cliEnv, makeTempDir, runCli, writeFiles, type RunResult, expectOneErrorLine } from './run-cli.js';

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr}`);
}

/**
 * Runs the CLI with standard input read from `stdin` (a file descriptor, or another command's
 * output piped in), killed after `timeoutMs`.
 */
function runWithStdin(args: readonly string[], cwd: string, stdin: number | { command: string; args: string[] }, timeoutMs = 60_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const producer = typeof stdin === 'number' ? undefined : spawn(stdin.command, stdin.args, { stdio: ['ignore', 'pipe', 'ignore'] });
    const child = spawn(process.execPath, [CLI_ENTRY, ...args], { cwd, env: cliEnv(), stdio: [producer ? 'pipe' : (stdin as number), 'pipe', 'pipe'] });
    if (producer) {
      producer.stdout!.pipe(child.stdin!);
      child.stdin!.on('error', () => undefined);
      producer.stdout!.on('error', () => undefined);
    }
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      producer?.kill('SIGKILL');
      resolve({ status, signal, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

describe.concurrent('inputs that are not regular files are refused without waiting', () => {
  it('--config naming a FIFO', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.txt': 'clean\n' });
    mkfifo(path.join(dir, 'config.json'));
    expectOneErrorLine(await runCli(['scan', '--config', 'config.json'], { cwd: dir, timeoutMs: 20_000 }), 'config.json', 'not a regular file');
  });

  it('--baseline naming a FIFO or a device', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.txt': 'clean\n' });
    mkfifo(path.join(dir, 'baseline.json'));
    expectOneErrorLine(await runCli(['scan', 'a.txt', '--baseline', 'baseline.json'], { cwd: dir, timeoutMs: 20_000 }), 'baseline.json', 'not a regular file');
    expectOneErrorLine(await runCli(['scan', 'a.txt', '--baseline', '/dev/zero'], { cwd: dir, timeoutMs: 20_000 }), '/dev/zero', 'not a regular file');
  });

  it('iac naming a FIFO, a device, or a FIFO as --var-file', async () => {
    const dir = makeTempDir();
    mkfifo(path.join(dir, 'tokens.yaml'));
    expectOneErrorLine(await runCli(['iac', 'tokens.yaml'], { cwd: dir, timeoutMs: 20_000 }), 'tokens.yaml', 'not a regular file');
    expectOneErrorLine(await runCli(['iac', '/dev/zero'], { cwd: dir, timeoutMs: 20_000 }), '/dev/zero', 'not a regular file');
    writeFiles(dir, {
      'infra/main.tf': 'resource "monime_access_token" "web" {\n  name = "Web"\n  roles = ["payments:read"]\n}\n',
    });
    mkfifo(path.join(dir, 'prod.tfvars'));
    expectOneErrorLine(await runCli(['iac', 'infra', '--var-file', 'prod.tfvars'], { cwd: dir, timeoutMs: 20_000 }), 'prod.tfvars', 'not a regular file');
  });

  it('merge naming a FIFO or a device', async () => {
    const dir = makeTempDir();
    mkfifo(path.join(dir, 'report.json'));
    expectOneErrorLine(await runCli(['merge', 'report.json'], { cwd: dir, timeoutMs: 20_000 }), 'report.json', 'not a regular file');
    expectOneErrorLine(await runCli(['merge', '/dev/zero'], { cwd: dir, timeoutMs: 20_000 }), '/dev/zero', 'not a regular file');
  });
});

// Hundreds of mebibytes through a pipe take seconds on an idle machine and longer on a busy one:
// each test has its own, generous time limit (the run is killed before the test gives up).
describe.concurrent('standard input is read up to a cap', () => {
  it('merge - stops at 256 MiB of endless input with one line saying what to do', async () => {
    const dir = makeTempDir();
    const zero = fs.openSync('/dev/zero', 'r');
    try {
      expectOneErrorLine(await runWithStdin(['merge', '-'], dir, zero, 180_000), 'standard input', '256 MiB', 'write the report to a file');
    } finally {
      fs.closeSync(zero);
    }
  }, 200_000);

  it('scan - stops at 1024 MiB of endless text with one line saying what to do', async () => {
    const dir = makeTempDir();
    expectOneErrorLine(
      await runWithStdin(['scan', '-'], dir, { command: 'yes', args: ['a line of a log that never ends'] }, 280_000),
      'standard input',
      '1024 MiB',
      'scan that',
    );
  }, 300_000);
});
