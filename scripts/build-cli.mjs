// Bundles the command line and its scan worker into dist/bin/ with esbuild, after `tsc` has
// compiled the sources to dist/src/. One file per entry (plus shared chunks for what the CLI
// imports lazily) loads measurably faster than a hundred ES modules, which every hook and CI run
// pays for. The library (`exports`) stays the unbundled tsc output.
import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Chunk names carry content hashes: without a clean directory, every build would leave old ones.
rmSync(`${root}/dist/bin`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { 'monime-guard': 'dist/src/cli/main.js', worker: 'dist/src/scan/worker.js' },
  outdir: 'dist/bin',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded on first use and kept as runtime dependencies, so Node's own module loading (and its
  // named exports of CommonJS packages) applies: fast-glob through createRequire, yaml through
  // import() only for YAML configs.
  external: ['fast-glob', 'yaml', '@cdktf/hcl2json'],
  // Bundled CommonJS code calls `require` for Node's built-in modules.
  banner: { js: "import { createRequire as __monimeGuardRequire } from 'node:module'; const require = __monimeGuardRequire(import.meta.url);" },
  // Chunks sit next to the entries: the scan pool finds its worker as `./worker.js` beside
  // whichever chunk holds it, and falls back to one thread when it is not there.
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
});
chmodSync(`${root}/dist/bin/monime-guard.js`, 0o755);

// The pool falls back to one thread, silently, when its worker is missing: fail the build instead.
const bin = join(root, 'dist/bin');
for (const file of readdirSync(bin, { recursive: true, encoding: 'utf8' })) {
  const full = join(bin, file);
  if (!full.endsWith('.js') || !readFileSync(full, 'utf8').includes('new URL("./worker.js"')) continue;
  if (!existsSync(join(dirname(full), 'worker.js'))) throw new Error(`build-cli: ${file} looks for ./worker.js, which is not beside it`);
}
