/**
 * Runs a real `npm` for the package tests, the way a user's shell would: without the `npm_*`
 * variables that `npm test` puts in the environment (a nested npm would otherwise inherit the
 * outer run's package and lifecycle settings).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's location. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What a command printed and how it ended. */
export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of the test process less npm's own variables. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^npm_/i.test(name)) env[name] = value;
  return { ...env, NO_COLOR: '1', ...extra };
}

/** Runs `command args` in `cwd` and returns its output; `timeoutMs` kills a hung command. */
export function run(command: string, args: string[], cwd: string, timeoutMs = 120_000): CommandResult {
  const result = spawnSync(command, args, { cwd, env: userEnv(), encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One file in `npm pack --json` output. */
export interface PackedFile {
  path: string;
  size: number;
}

/** The part of `npm pack --json` output the tests read. */
export interface PackResult {
  /** The tarball's file name, in the destination directory. */
  filename: string;
  /** Size of the tarball in bytes. */
  size: number;
  /** Size of the files it holds, in bytes. */
  unpackedSize: number;
  entryCount: number;
  files: PackedFile[];
}

/**
 * Packs the repository as `npm publish` would, into `destination` (or, without one, only lists
 * what would be packed). Scripts are skipped: `prepare` would rebuild `dist/` in place while
 * other tests run the built CLI, and the suite's global setup has built it already.
 */
export function packRepository(destination?: string): PackResult {
  const args = ['pack', '--json', '--ignore-scripts', ...(destination ? ['--pack-destination', destination] : ['--dry-run'])];
  const result = run('npm', args, REPO_ROOT);
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const [packed] = JSON.parse(result.stdout) as PackResult[];
  if (!packed) throw new Error('npm pack --json printed no package');
  return packed;
}

/** The repository's package.json. */
export function readManifest(): {
  name: string;
  version: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  dependencies: Record<string, string>;
} {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
}

/**
 * The packages a project's install brings for the library, as this repository's lockfile
 * resolves them: the package's `dependencies`, theirs, and so on (optional ones where the lockfile
 * has them), each once. Returned as lockfile keys, which are also their paths from the
 * repository root (`node_modules/yaml`, `node_modules/a/node_modules/b`).
 */
export function productionDependencies(): string[] {
  const lock = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>;
  };
  const packages = lock.packages;
  // Node.js's lookup: the nearest node_modules/<name> from the dependent's directory upwards.
  const resolve = (from: string, name: string): string | undefined => {
    for (let dir = from; ;) {
      const key = `${dir === '' ? '' : `${dir}/`}node_modules/${name}`;
      if (packages[key]) return key;
      if (dir === '') return undefined;
      const up = dir.lastIndexOf('/node_modules/');
      dir = up === -1 ? '' : dir.slice(0, up);
    }
  };
  const found = new Set<string>();
  const visit = (from: string, optional: boolean, names: string[]): void => {
    for (const name of names) {
      const key = resolve(from, name);
      if (key === undefined) {
        if (optional) continue;
        throw new Error(`package-lock.json: ${name}, a dependency of ${from || 'the package'}, is not in it`);
      }
      if (found.has(key)) continue;
      found.add(key);
      const entry = packages[key]!;
      visit(key, false, Object.keys(entry.dependencies ?? {}));
      visit(key, true, Object.keys(entry.optionalDependencies ?? {}));
    }
  };
  visit('', false, Object.keys(packages['']?.dependencies ?? {}));
  return [...found];
}
