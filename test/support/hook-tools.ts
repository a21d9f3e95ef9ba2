/**
 * The hook managers users run, installed from npm once into `node_modules/.cache/monime-guard/`
 * and shared by the tests through a `node_modules` symlink in each temp project. This package is
 * installed there too (linked to the repository), as `npm install --save-dev` would make it.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The versions tested; the README names the same. lint-staged 17 needs Node.js 22. */
export const HOOK_TOOLS = { husky: '9.1.7', 'lint-staged': '16.4.0', lefthook: '2.2.2', 'simple-git-hooks': '2.14.0' } as const;

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = path.join(REPO_ROOT, 'node_modules/.cache/monime-guard', `hook-tools-${Object.values(HOOK_TOOLS).join('-')}`);

/** The shared node_modules directory; installs it on first use (the npm registry is needed then). */
export function hookToolModules(): string {
  const modules = path.join(CACHE, 'node_modules');
  if (fs.existsSync(path.join(CACHE, 'installed'))) return modules;
  fs.mkdirSync(CACHE, { recursive: true });
  fs.writeFileSync(path.join(CACHE, 'package.json'), '{ "name": "hook-tools", "private": true }\n');
  const specs = Object.entries(HOOK_TOOLS).map(([name, version]) => `${name}@${version}`);
  // Install scripts would install hooks into whatever repository is around; the tests do it.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--ignore-scripts', ...specs, REPO_ROOT], {
    cwd: CACHE,
    stdio: 'ignore',
    timeout: 300_000,
  });
  fs.writeFileSync(path.join(CACHE, 'installed'), '');
  return modules;
}
