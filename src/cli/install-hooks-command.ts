import * as fs from 'node:fs';
import * as path from 'node:path';
import { installHooks, type HookName, type InstalledHook, type InstallResult } from '../hooks/install.js';
import { EXIT_CLEAN } from './exit.js';

/** Flags of `monime-guard install-hooks`. */
export interface InstallHooksFlags {
  preCommit?: boolean;
  prePush?: boolean;
  force: boolean;
  chain: boolean;
  uninstall: boolean;
}

/** Runs `monime-guard install-hooks`; prints what it did, one line per hook. */
export function runInstallHooks(flags: InstallHooksFlags): number {
  const chosen: HookName[] = [];
  if (flags.preCommit) chosen.push('pre-commit');
  if (flags.prePush) chosen.push('pre-push');
  const script = process.argv[1] ? fs.realpathSync(process.argv[1]) : undefined;
  const result = installHooks({
    hooks: chosen.length > 0 ? chosen : ['pre-commit', 'pre-push'],
    force: flags.force,
    chain: flags.chain,
    uninstall: flags.uninstall,
    ...(script ? { fallback: [process.execPath, script] } : {}),
  });
  process.stdout.write(describe(result, flags.uninstall));
  return EXIT_CLEAN;
}

const relative = (file: string): string => path.relative(process.cwd(), file) || file;

/** What the user reads: a line per hook, or the configuration to add for a manager. */
function describe(result: InstallResult, uninstall: boolean): string {
  if (result.snippet) {
    const { file, text, apply } = result.snippet;
    const lines = uninstall
      ? [
          `${result.manager} runs this repository's git hooks, and monime-guard did not change its files: to stop, take these entries out of ${relative(file)}, then run \`${apply}\`:`,
        ]
      : [
          `${result.manager} runs this repository's git hooks, so monime-guard leaves its files alone. Nothing was installed: add this to ${relative(file)}, then run \`${apply}\`:`,
        ];
    return `${[...lines, '', text, ''].join('\n')}\n`;
  }
  const under = result.manager ? ` (${result.manager} runs it)` : '';
  return result.hooks.map((hook) => `${hook.hook}: ${sentence(hook)}${hook.action === 'absent' ? '' : under}\n`).join('');
}

function sentence(hook: InstalledHook): string {
  const where = relative(hook.path);
  switch (hook.action) {
    case 'added':
      return `added a line to ${where}`;
    case 'unchanged':
      return `already in ${where}`;
    case 'removed':
      return `removed from ${where}`;
    case 'restored':
      return `removed ${where}; the hook it chained is back in its place`;
    case 'absent':
      return `nothing of monime-guard's in ${where}`;
    case 'chained':
      return `chained ${where} (the previous hook, now ${relative(hook.chainedTo!)}, runs first)`;
    default:
      return `${hook.action} ${where}`;
  }
}
