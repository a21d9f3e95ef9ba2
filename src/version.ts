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
