/**
 * The README's token configuration examples (the manifest and the Terraform module in the `iac`
 * section) are what a user copies first: they pass every policy under the default `--fail-on`,
 * as the README says.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, REPO_ROOT, runCli, writeFiles } from '../cli/run-cli.js';

function iacSection(): string {
  const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### `monime-guard iac`');
  return readme.slice(start, readme.indexOf('\n### ', start + 1));
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
