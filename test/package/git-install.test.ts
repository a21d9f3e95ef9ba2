import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveToken } from '../support/tokens.js';
import { readManifest, REPO_ROOT, run, type CommandResult } from './npm.js';

/**
 * `npm install github:owner/repo` as a user runs it, against a clone of this repository at HEAD
 * (what is committed, not the work tree): npm clones the dependency, installs its
 * devDependencies, runs its `prepare` (which builds dist/src, the library, git-ignored) and packs
 * it. The CLI bundle and the HCL parser's WebAssembly are committed, the library is not: this is
 * the one test that shows all three work from a git install. It uses a real npm and the registry.
 */

const INSTALL_TIMEOUT_MS = 280_000;

let work: string;
let project: string;
let install: CommandResult;
const token = liveToken();

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-git-'));
  const clone = path.join(work, 'clone');
  const head = run('git', ['rev-parse', 'HEAD'], REPO_ROOT).stdout.trim();
  const cloned = run('git', ['clone', '--quiet', '--no-checkout', REPO_ROOT, clone], work);
  expect(cloned.status, cloned.stderr).toBe(0);
  const spec = `git+file://${clone}#${head}`;

  project = path.join(work, 'project');
  fs.mkdirSync(project);
  // allowScripts approves the dependency's `prepare` (npm 11.16 and later warn about scripts it
  // does not list, and npm's documentation says a later release blocks them); the README shows
  // the same entry for `github:owner/repo`.
  const manifest = { name: 'git-install-user', version: '1.0.0', private: true, type: 'module', allowScripts: { [`git+file://${clone}`]: true } };
  fs.writeFileSync(path.join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.writeFileSync(path.join(project, '.env'), `MONIME_ACCESS_TOKEN=${token}\n`);
  fs.mkdirSync(path.join(project, 'infra'));
  fs.writeFileSync(
    path.join(project, 'infra/main.tf'),
    'resource "monime_access_token" "shop" {\n  name                = "Shop Checkout"\n  expires_at          = "never"\n  whitelist_space_ids = ["spc-1"]\n  whitelist_ips       = ["203.0.113.45"]\n  roles               = ["payments:read"]\n}\n',
  );

  install = run('npm', ['install', '--no-audit', '--no-fund', spec], project, INSTALL_TIMEOUT_MS);
}, INSTALL_TIMEOUT_MS + 20_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** Runs the installed bin through npx, in the project, as a user would. */
function npx(args: string[]): CommandResult {
  const result = run('npx', ['--no-install', 'monime-guard', ...args], project);
  for (const output of [result.stdout, result.stderr]) {
    expect(output.includes(token), 'monime-guard printed the token whole').toBe(false);
    expect(output.includes(token.slice(4)), 'monime-guard printed the token body whole').toBe(false);
  }
  return result;
}

describe('npm install git+file://<clone of HEAD>', () => {
  it('installs, running the dependency prepare script', () => {
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/not yet covered by allowScripts/);
    const installed = path.join(project, 'node_modules/monime-guard');
    for (const file of ['dist/bin/monime-guard.js', 'dist/hcl2json/main.wasm.gz', 'dist/src/index.js', 'dist/src/eslint/index.js']) {
      expect(fs.existsSync(path.join(installed, file)), `${file} is missing`).toBe(true);
    }
    // The packed package, not the clone: no Action, no sources, no tests.
    expect(fs.existsSync(path.join(installed, 'dist/action.js'))).toBe(false);
    expect(fs.existsSync(path.join(installed, 'src'))).toBe(false);
    expect(fs.existsSync(path.join(installed, 'test'))).toBe(false);
  });

  it('gives a working npx monime-guard: --version, a scan that finds the token, an iac check', () => {
    const version = npx(['--version']);
    expect(version.status, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(readManifest().version);

    const scan = npx(['scan', '.env', '--format', 'json']);
    expect(scan.status, scan.stderr).toBe(1);
    const report = JSON.parse(scan.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    expect(report.findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([['live-token', '.env', 1]]);

    // iac reads the HCL parser's WebAssembly from the package's dist/hcl2json.
    const iac = npx(['iac', 'infra', '--format', 'json']);
    expect(iac.status, iac.stderr).toBe(1);
    const iacReport = JSON.parse(iac.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    expect(iacReport.findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([['iac/no-expiry', 'infra/main.tf', 3]]);
  });

  it("lets a project import('monime-guard') and import('monime-guard/eslint')", () => {
    const script = `
      const library = await import('monime-guard');
      const result = await library.scan({ paths: ['.env'], threads: 1 });
      const iac = await library.scanIac({ paths: ['infra'] });
      const plugin = (await import('monime-guard/eslint')).default;
      console.log(JSON.stringify({
        findings: result.findings.map((f) => [f.ruleId, f.path, f.span.start.line, f.masked.length < ${token.length}]),
        iac: iac.findings.map((f) => f.ruleId),
        rules: Object.keys(plugin.rules),
        recommended: Object.keys(plugin.configs.recommended.rules),
      }));
    `;
    const result = run(process.execPath, ['--input-type=module', '--eval', script], project);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.includes(token.slice(4))).toBe(false);
    const seen = JSON.parse(result.stdout) as { findings: unknown[]; iac: string[]; rules: string[]; recommended: string[] };
    expect(seen.findings).toEqual([['live-token', '.env', 1, true]]);
    expect(seen.iac).toEqual(['iac/no-expiry']);
    expect(seen.rules).toContain('no-hardcoded-token');
    expect(seen.recommended).toContain('monime-guard/no-hardcoded-token');
  });
});
