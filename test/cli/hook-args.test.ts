/**
 * The hook command lines read without yargs (src/cli/hook-args.ts) must mean exactly what yargs
 * makes of them, and everything else must be left to yargs.
 */
import { describe, expect, it } from 'vitest';
import { parseHookArgs } from '../../src/cli/hook-args.js';
import { commandLine } from '../../src/cli/parser.js';

/** The flags yargs gives a command: camelCase names only (no aliases, no kebab-case twins), set values only. */
async function viaYargs(args: string[]): Promise<Record<string, unknown>> {
  const parsed = (await commandLine(args).parseAsync()) as Record<string, unknown>;
  const flags: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (key === '_' || key === '$0' || key.length === 1 || key.includes('-') || value === undefined) continue;
    // An empty positional list and none at all mean the same to every command.
    if (Array.isArray(value) && value.length === 0) continue;
    flags[key] = value;
  }
  return flags;
}

describe('hook command lines read without yargs', () => {
  it.each([
    ['staged'],
    ['staged', '--quiet'],
    ['staged', '-q'],
    ['staged', '--quiet', 'src/app.js', 'README.md', 'a file with spaces.txt'],
    ['pre-push'],
    ['pre-push', '--quiet', 'origin', 'git@example.invalid:shop.git'],
    ['pre-push', 'origin', 'https://example.invalid/shop.git', '--quiet'],
    ['pre-push', '--quiet', '--pre-commit-framework'],
  ])('%j means what yargs makes of it', async (...args) => {
    const fast = parseHookArgs(args);
    expect(fast?.command).toBe(args[0]);
    expect(fast!.flags).toEqual(await viaYargs(args));
  });

  it.each([
    ['scan', '.'],
    ['staged', '--format', 'json'],
    ['staged', '--no-color'],
    ['staged', '-'],
    ['staged', '--', 'file'],
    ['staged', '--quite'],
    ['staged', '--pre-commit-framework'],
    ['pre-push', 'origin', 'url', 'extra'],
    ['pre-push', '--help'],
    ['--version'],
    [],
  ])('leaves %j to yargs', (...args) => {
    expect(parseHookArgs(args)).toBeUndefined();
  });
});
