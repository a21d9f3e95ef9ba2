import * as fs from 'node:fs';

/**
 * The package version, read from package.json at the package root. The module sits at
 * `src/version.ts` in the sources, `dist/src/version.js` when compiled and in
 * `dist/bin/` when bundled, so each depth is tried.
 */
export function packageVersion(): string {
  for (const relative of ['../package.json', '../../package.json', '../../../package.json']) {
    try {
      const manifest = JSON.parse(fs.readFileSync(new URL(relative, import.meta.url), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'monime-guard' && manifest.version) return manifest.version;
    } catch {
      // Try the next depth.
    }
  }
  return '0.0.0';
}

/**
 * How a project installs monime-guard today. The package is not on the npm registry yet, so
 * npm installs it from git (which builds it on install); once it is published, this becomes
 * `npm install --save-dev monime-guard`. Messages that tell a user to install it print this.
 */
export const INSTALL_COMMAND = 'npm install --save-dev git+https://github.com/monime-guard/monime-guard.git';
