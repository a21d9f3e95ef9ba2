/**
 * `npm ci` on the oldest Node.js the project supports installs nothing that asks for a newer one
 * (npm prints EBADENGINE for each): every locked package's `engines.node` admits Node.js 20.19.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run-cli.js';

describe('the lockfile', () => {
  it('holds no package whose engines exclude Node.js 20.19', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
    };
    const minimum = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const oldest = semver.minVersion(minimum)!.version;
    expect(oldest).toBe('20.19.0');
    const excluding = Object.entries(lock.packages)
      .filter(([name, entry]) => name !== '' && !Array.isArray(entry.engines) && entry.engines?.node && !semver.satisfies(oldest, entry.engines.node))
      .map(([name, entry]) => `${name.replace(/^node_modules\//, '')} (node ${(entry.engines as { node: string }).node})`);
    expect(excluding).toEqual([]);
  });
});
