import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * CLI tests drive the built CLI the way a user would, so the build must be current: rebuild once
 * before the suite when any source is newer than the compiled entry point, and stop the suite
 * when that build fails.
 */
export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const entry = path.join(root, 'dist/bin/monime-guard.js');
  const builtAt = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : 0;
  const newest = Math.max(...['src', 'rules'].flatMap((dir) => newestMtimes(path.join(root, dir))));
  if (newest <= builtAt) return;
  // A build that fails must fail the suite: the CLI tests would otherwise test the last build.
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
}

function newestMtimes(dir: string): number[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
}
