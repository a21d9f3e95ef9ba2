import { hideBin } from 'yargs/helpers';
import { commandLine, protectStdinArgument } from './parser.js';
import { failed, runCommand } from './run-command.js';

/**
 * The command line. It parses flags, lazily imports the one command that runs, and turns thrown
 * errors into one line on stderr and exit code 2. Commands print and pick exit codes; the
 * library they call never does.
 */
async function main(argv: string[]): Promise<void> {
  const flags = (await commandLine(argv).parseAsync()) as unknown as { _: (string | number)[] };
  process.exitCode = await runCommand(String(flags._[0]), flags);
}

main(protectStdinArgument(hideBin(process.argv))).catch(failed);
