import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packRepository, productionDependencies, readManifest, REPO_ROOT, type PackResult } from './npm.js';

/**
 * What `npm publish` would ship (`npm pack --dry-run --json`): everything a user needs (the
 * library, the ESLint plugin, the CLI bundle and the HCL parser's WebAssembly it reads, the
 * schemas, the rule pages) and nothing else: not the GitHub Action, not the tests, benchmarks,
 * scripts or TypeScript sources, and no source maps, whose sources would be missing.
 */

let packed: PackResult;
let paths: Set<string>;

beforeAll(() => {
  packed = packRepository();
  paths = new Set(packed.files.map((file) => file.path));
});

/** Every string in an `exports` value (conditions nest), without its leading `./`. */
function exportTargets(value: unknown): string[] {
  if (typeof value === 'string') return [value.replace(/^\.\//, '')];
  if (value && typeof value === 'object') return Object.values(value).flatMap(exportTargets);
  return [];
}

describe('the packed package', () => {
  it('holds every exports target and the bin', () => {
    const manifest = readManifest();
    const targets = [...exportTargets(manifest.exports), ...Object.values(manifest.bin)];
    expect(targets).toContain('dist/src/index.js');
    expect(targets).toContain('dist/src/eslint/index.d.ts');
    expect(targets.filter((target) => !paths.has(target))).toEqual([]);
  });

  it('holds the scan worker of the library and of the CLI, and the WebAssembly the CLI reads', () => {
    expect(paths).toContain('dist/src/scan/worker.js');
    expect(paths).toContain('dist/bin/worker.js');
    expect(paths).toContain('dist/hcl2json/main.wasm.gz');
  });

  it('leaves out the Action, the CLI sources, tests, benchmarks, scripts, sources, maps and build state', () => {
    const unwanted = [
      /^dist\/action\.js$/,
      /^dist\/src\/action\//,
      // The CLI ships as the bundle in dist/bin; its tsc output is not imported by the library.
      /^dist\/src\/cli\//,
      /^action\.yml$/,
      /^(test|scripts|src|docs|\.ci|\.github)\//,
      /^rules\/.*\.ts$/,
      /\.test\.[jt]s$/,
      /(^|\/)bench/,
      /\.map$/,
      /\.tsbuildinfo$/,
      /(^|\/)node_modules\//,
    ];
    expect([...paths].filter((file) => unwanted.some((pattern) => pattern.test(file)))).toEqual([]);
  });

  it('resolves every relative import of its JavaScript and declarations inside itself', () => {
    // Static imports, re-exports, `import()` and `new URL('./…', import.meta.url)` with a literal
    // path, in tsc's output (single quotes) and esbuild's (double quotes, no spaces).
    const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bnew URL\(\s*)(['"])(\.\.?\/[^'"\n]*)\1/g;
    const missing: string[] = [];
    for (const file of paths) {
      if (!/\.(js|d\.ts)$/.test(file)) continue;
      const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
      for (const match of text.matchAll(specifier)) {
        const target = match[2] ?? '';
        // A directory URL (the HCL parser's base, `../hcl2json/lib/`) names no file of its own.
        if (target.endsWith('/')) continue;
        let resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
        if (file.endsWith('.d.ts')) resolved = resolved.replace(/\.js$/, '.d.ts');
        if (!paths.has(resolved)) missing.push(`${file} → ${target}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has declarations beside the library JavaScript it exports', () => {
    const declarations = [...paths].filter((file) => file.startsWith('dist/src/') && file.endsWith('.js')).map((file) => file.replace(/\.js$/, '.d.ts'));
    expect(declarations.filter((file) => !paths.has(file))).toEqual([]);
  });
});

/** Bytes in megabytes (10^6, as npm counts them), with `digits` decimals. */
const megabytes = (bytes: number, digits: number): string => (bytes / 1e6).toFixed(digits);

/** Bytes of the files under `dir`, leaving out nested node_modules (their packages count on their own). */
function sizeOnDisk(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') total += sizeOnDisk(file);
    else if (entry.isFile()) total += fs.statSync(file).size;
  }
  return total;
}

/** The sentence of docs/installing.md that starts like `start` and ends at `end`, whitespace folded. */
function installingSentence(start: RegExp, end: string): string {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'docs/installing.md'), 'utf8').replace(/\s+/g, ' ');
  const at = text.search(start);
  if (at === -1) throw new Error(`docs/installing.md: no sentence starting ${start}`);
  return text.slice(at, text.indexOf(end, at) + end.length);
}

describe("docs/installing.md's numbers, as npm and the lockfile give them", () => {
  it('the tarball: its size, its files, unpacked, and the WebAssembly in it', () => {
    const wasm = packed.files.find((file) => file.path === 'dist/hcl2json/main.wasm.gz');
    expect(wasm).toBeDefined();
    expect(installingSentence(/For [\d.]+, `npm pack` makes/, 'WebAssembly).')).toBe(
      `For ${readManifest().version}, \`npm pack\` makes a tarball of ${megabytes(packed.size, 2)} MB holding ${packed.entryCount} files (${megabytes(packed.unpackedSize, 2)} MB unpacked, ${megabytes(wasm!.size, 1)} MB of which is the WebAssembly).`,
    );
  });

  it('the dependencies an install brings, and node_modules in all', () => {
    const dependencies = productionDependencies();
    const bytes = packed.unpackedSize + dependencies.reduce((sum, key) => sum + sizeOnDisk(path.join(REPO_ROOT, key)), 0);
    expect(installingSentence(/Installed, it brings/, 'in all.')).toBe(
      `Installed, it brings ${dependencies.length} packages for the library (its dependencies and theirs, as package-lock.json resolves them): about ${Math.round(bytes / 1e6)} MB of \`node_modules\` in all.`,
    );
  });
});
