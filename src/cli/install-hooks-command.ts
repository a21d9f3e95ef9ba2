import * as fs from 'node:fs';
import * as path from 'node:path';
import { installHooks, type HookName } from '../hooks/install.js';
import { EXIT_CLEAN } from './exit.js';

/** Flags of `monime-guard install-hooks`. */
export interface InstallHooksFlags {
  preCommit?: boolean;
  prePush?: boolean;
  force: boolean;
  chain: boolean;
}

/** Runs `monime-guard install-hooks`; prints what it did, one line per hook. */
export function runInstallHooks(flags: InstallHooksFlags): number {
  const chosen: HookName[] = [];
  if (flags.preCommit) chosen.push('pre-commit');
  if (flags.prePush) chosen.push('pre-push');
  const script = process.argv[1] ? fs.realpathSync(process.argv[1]) : undefined;
  const installed = installHooks({
    hooks: chosen.length > 0 ? chosen : ['pre-commit', 'pre-push'],
    force: flags.force,
    chain: flags.chain,
    ...(script ? { fallback: [process.execPath, script] } : {}),
  });
  for (const hook of installed) {
    const where = path.relative(process.cwd(), hook.path) || hook.path;
    const chained = hook.chainedTo ? ` (the previous hook, now ${path.relative(process.cwd(), hook.chainedTo)}, runs first)` : '';
    process.stdout.write(`${hook.hook}: ${hook.action} ${where}${chained}\n`);
  }
  return EXIT_CLEAN;
}
