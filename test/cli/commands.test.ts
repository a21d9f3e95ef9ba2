/** The command table and the flag parser list the same commands: none can fall through to another. */
import { describe, expect, it } from 'vitest';
import { commandLine } from '../../src/cli/parser.js';
import { COMMAND_NAMES, runCommand, UsageError } from '../../src/cli/run-command.js';
import { REPO_ROOT, runCli } from './run-cli.js';

describe('the command table', () => {
  it('has every command the parser declares, and no other', () => {
    const declared = (commandLine([]) as unknown as { getInternalMethods(): { getCommandInstance(): { getCommands(): string[] } } })
      .getInternalMethods()
      .getCommandInstance()
      .getCommands();
    expect([...COMMAND_NAMES].sort()).toEqual([...declared].sort());
  });

  it('refuses a command it does not know instead of running another', async () => {
    await expect(runCommand('scna', {})).rejects.toThrow(UsageError);
  });
});

describe('flags', () => {
  it('iac offers no flag about scanning content for tokens, which it does not do', async () => {
    const help = (await runCli(['iac', '--help'], { cwd: REPO_ROOT })).stdout;
    expect(help).toMatch(/--var-file/);
    expect(help).not.toMatch(/--scan-binary|--show-placeholders/);
  });
});
