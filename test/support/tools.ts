/**
 * Tools beyond Node.js and git that some tests need (Chromium, the pre-commit framework, …). The
 * README's `npm ci && npm test` must pass on a machine with only Node.js and git, so a test whose
 * tool is missing skips, and says so in one line naming what to install. Under CI (`CI` set, as
 * `.ci/run` sets it) every tool is required: a missing one fails the test file that needs it.
 */
import { spawnSync } from 'node:child_process';

/** The tools already announced as missing by this test process, so each is named once. */
const announced = new Set<string>();

/** How to look for a tool: the commands to try, in order, and the arguments that prove one runs. */
export interface ToolProbe {
  /** Commands to try, first found wins (default: the tool's name). Empty entries are ignored. */
  commands?: readonly (string | undefined)[];
  /** Arguments of a run that must exit 0 for the tool to count as there (default: found on `PATH`). */
  check?: readonly string[];
}

/**
 * The tool's command (the path found on `PATH`, or the command as given when it is a path), or
 * undefined when it is missing. Missing outside CI: prints `skipped: <name> not installed
 * (<install>)` once and returns undefined, for the caller to skip on. Missing under CI: throws,
 * which fails the test file.
 */
export function requireTool(name: string, install: string, probe: ToolProbe = {}): string | undefined {
  const found = findTool(probe.commands ?? [name], probe.check);
  if (found !== undefined) return found;
  if (process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0') {
    throw new Error(`${name} not installed (${install}): CI requires it (.ci/run installs it)`);
  }
  if (!announced.has(name)) {
    announced.add(name);
    // Straight to stderr, not console.log, which vitest heads with a line of its own.
    process.stderr.write(`skipped: ${name} not installed (${install})\n`);
  }
  return undefined;
}

/** The first command that is on `PATH` (and passes `check`, when given); undefined when none is. */
export function findTool(commands: readonly (string | undefined)[], check?: readonly string[]): string | undefined {
  for (const command of commands) {
    if (!command) continue;
    const where = spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { encoding: 'utf8' });
    const found = where.status === 0 ? where.stdout.trim() : '';
    if (found === '') continue;
    if (check && spawnSync(found, check, { stdio: 'ignore' }).status !== 0) continue;
    return found;
  }
  return undefined;
}
