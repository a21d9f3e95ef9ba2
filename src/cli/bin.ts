#!/usr/bin/env node
/**
 * The command line's entry point. It is kept tiny and free of static imports on purpose: every
 * commit a pre-commit hook runs pays for Node.js loading it, and it must run on any Node.js to say
 * clearly that the version is too old, before the real command line (which needs 20.19) loads.
 */

/** The oldest Node.js the command line supports (package.json `engines`). */
const MINIMUM = [20, 19] as const;

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
  // process.execPath is the binary running this file, which need not be the `node` on PATH (a
  // version manager's shim, an absolute path in a hook, `npx` under another Node.js).
  process.stderr.write(
    `monime-guard: Node.js ${process.versions.node} is too old; monime-guard needs Node.js ${MINIMUM.join('.')} or newer (the Node.js running it is ${process.execPath})\n`,
  );
  process.exit(2);
}

// Every byte written to stdout and stderr from here on has its token-shaped text masked: reports,
// warnings, yargs' messages, echoed arguments and debug stacks alike (src/output/gate.ts).
const { installOutputGate } = await import('../output/gate.js');
installOutputGate();

// Node.js 22.1 and later can keep the compiled code of the command line between runs (in the
// system's temporary directory), which saves most of its parsing on every later start.
const { default: nodeModule } = await import('node:module');
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  // The version alone needs no flag parser: hooks and editors ask for it on every start.
  const { packageVersion } = await import('../version.js');
  process.stdout.write(`${packageVersion()}\n`);
} else {
  // The commands hooks run skip the flag parser (see hook-args.ts); everything else uses it.
  const { parseHookArgs } = await import('./hook-args.js');
  const hook = parseHookArgs(args);
  if (hook) {
    const { failed, runCommand } = await import('./run-command.js');
    process.exitCode = await runCommand(hook.command, hook.flags).catch(failed);
  } else {
    await import('./main.js');
  }
}
