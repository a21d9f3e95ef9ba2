/**
 * The committed command line: `dist/bin/` is what a clone runs with nothing but `node` (the
 * pre-commit framework's hooks run it from a clone at a commit), so it must be exactly what
 * `node scripts/build-cli.mjs` makes from the sources now, committed as such (the entry point
 * executable), and self-contained.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { buildCli } from '../../scripts/build-cli.mjs';
import { REPO_ROOT } from './run-cli.js';

/** The files git has for `dist/bin/` (staged or committed), with their modes. */
function committedFiles(): Map<string, string> {
  const out = execFileSync('git', ['ls-files', '-s', '-z', '--', 'dist/bin'], { cwd: REPO_ROOT, encoding: 'utf8' });
  const files = new Map<string, string>();
  for (const entry of out.split('\0').filter(Boolean)) {
    const [info = '', name = ''] = entry.split('\t');
    files.set(name.replace(/^dist\/bin\//, ''), info.split(' ')[0]!);
  }
  return files;
}

describe('the committed command line', () => {
  it('is what the sources build to now (run `npm run build` and commit dist/bin/ when this fails)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-cli-build-'));
    await (buildCli as (dir: string) => Promise<string>)(out);
    const fresh = fs.readdirSync(out).sort();
    const committed = committedFiles();
    expect([...committed.keys()].sort(), 'dist/bin/ holds other files than a fresh build').toEqual(fresh);
    for (const file of fresh) {
      const blob = execFileSync('git', ['show', `:dist/bin/${file}`], { cwd: REPO_ROOT, maxBuffer: 1 << 26 });
      expect(blob.equals(fs.readFileSync(path.join(out, file))), `dist/bin/${file} is stale`).toBe(true);
    }
    // The pre-commit framework runs the entry point itself (`language: script`).
    expect(committed.get('monime-guard.js')).toBe('100755');
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('runs from a copy that has no node_modules anywhere above it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-cli-alone-'));
    fs.cpSync(path.join(REPO_ROOT, 'dist/bin'), path.join(dir, 'dist/bin'), { recursive: true });
    fs.cpSync(path.join(REPO_ROOT, 'dist/hcl2json'), path.join(dir, 'dist/hcl2json'), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, 'package.json'), path.join(dir, 'package.json'));
    const run = (args: string[], cwd = dir) => spawnSync(process.execPath, [path.join(dir, 'dist/bin/monime-guard.js'), ...args], { cwd, encoding: 'utf8' });
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    // A glob (fast-glob), a YAML config (yaml) and Terraform (the HCL parser's WebAssembly).
    fs.mkdirSync(path.join(dir, 'work/infra'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'work/monime-guard.config.yaml'), 'failOn: any\n');
    fs.writeFileSync(path.join(dir, 'work/notes.txt'), 'nothing here\n');
    fs.writeFileSync(path.join(dir, 'work/infra/main.tf'), 'resource "monime_access_token" "ci" {\n  name = "CI"\n  roles = ["payments:read"]\n}\n');
    const scanned = run(['scan', '*.txt', '--no-git-ignore'], path.join(dir, 'work'));
    expect(scanned.stderr).toBe('');
    expect(scanned.status).toBe(0);
    const iac = run(['iac', 'infra', '--format', 'json'], path.join(dir, 'work'));
    expect(iac.stderr).not.toMatch(/Cannot find|ENOENT|internal error/);
    expect(JSON.parse(iac.stdout).findings.length).toBeGreaterThan(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
