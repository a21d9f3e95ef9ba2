/**
 * The token configuration examples of docs/commands/iac.md (the manifest and the Terraform
 * module) are what a user copies first: they pass every policy under the default `--fail-on`,
 * as the README says.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, REPO_ROOT, runCli, writeFiles } from '../cli/run-cli.js';

function iacSection(): string {
  return fs.readFileSync(path.join(REPO_ROOT, 'docs/commands/iac.md'), 'utf8');
}

describe("the README's token configuration examples", () => {
  const section = iacSection();
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  const hcl = /```hcl\n([\s\S]*?)```/.exec(section)?.[1];

  it.each([
    ['monime-tokens.yaml', yaml],
    ['infra/main.tf', hcl],
  ])('%s passes every policy', async (file, text) => {
    expect(text, `README: no example for ${file}`).toBeDefined();
    const dir = makeTempDir('monime-guard-readme-iac-');
    writeFiles(dir, { [file]: text! });
    const run = await runCli(['iac', file], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^No findings; none at or above --fail-on any/m);
    expect(run.status).toBe(0);
  });
});
