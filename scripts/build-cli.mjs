// Bundles the command line and its scan worker into dist/bin/ with esbuild, straight from the
// TypeScript sources. The result is self-contained (every dependency is inside, except the HCL
// parser's WebAssembly, read from dist/hcl2json/ beside it) and committed, so that a clone at a
// commit runs it with nothing but `node`: the pre-commit framework's `language: script` hooks do
// exactly that. A test rebuilds it into a temporary directory and fails when the committed files
// differ. Code splitting keeps each command's code in its own chunk, loaded only when that
// command runs, because every commit a hook runs pays for what Node.js loads.
//
//   node scripts/build-cli.mjs [outdir]     (default: dist/bin)
import { build } from 'esbuild';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * yargs formats help through cliui, whose width helpers (`string-width`, `wrap-ansi`) build an
 * `Intl.Segmenter` and Unicode tables when they load: about 20 ms on every run, a third of what a
 * commit hook costs on top of Node.js itself. yargs measures its help text after every command it
 * runs (in case help is asked for later), but that text is printable ASCII, whose width is its
 * length. So within the bundle, imports of those packages get a stand-in: the width of printable
 * ASCII is answered directly, and anything else loads the real package (through esbuild's lazily
 * initialised `require`) on first use.
 */
const ON_DEMAND = {
  'string-width': "if (typeof args[0] === 'string' && /^[\\x20-\\x7e]*$/.test(args[0])) return args[0].length;",
  'wrap-ansi': '',
};
const onDemand = {
  name: 'on-demand',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(ON_DEMAND).join('|')})$`);
    build.onResolve({ filter }, (args) => (args.namespace === 'on-demand' ? undefined : { path: args.path, namespace: 'on-demand' }));
    build.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
      contents: `export default function onDemand(...args) { ${ON_DEMAND[args.path]} return require(${JSON.stringify(args.path)}).default(...args); }`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/** Builds the command line into `outdir` (absolute or relative to the repository). */
export async function buildCli(outdir = 'dist/bin') {
  const out = resolve(root, outdir);
  // Chunk names carry content hashes: without a clean directory, every build would leave old ones.
  rmSync(out, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { 'monime-guard': 'src/cli/bin.ts', worker: 'src/scan/worker.ts', 'github-worker': 'src/scan/github-worker.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'eof',
    // Never reached on Node (globalThis.performance exists), but named by the HCL parser's loader.
    external: ['performance'],
    // Bundled CommonJS code calls `require` for Node's built-in modules (and fast-glob is required
    // lazily, see src/sources/files.ts); the HCL parser finds its WebAssembly through `__dirname`
    // (as `<__dirname>/../main.wasm.gz`), which is the committed copy in dist/hcl2json/. yargs
    // declares its own top-level `__dirname`, so the parser's free one is renamed, not shadowed.
    define: { __dirname: '__monimeGuardDirname' },
    banner: {
      js: [
        "import { createRequire as __monimeGuardRequire } from 'node:module';",
        "import { fileURLToPath as __monimeGuardPath } from 'node:url';",
        'const require = __monimeGuardRequire(import.meta.url);',
        "const __monimeGuardDirname = __monimeGuardPath(new URL('../hcl2json/lib/', import.meta.url));",
      ].join('\n'),
    },
    // Chunks sit next to the entries: the scan pool finds its worker as `./worker.js` beside
    // whichever chunk holds it, and falls back to one thread when it is not there.
    chunkNames: '[name]-[hash]',
    plugins: [onDemand],
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
  });
  chmodSync(join(out, 'monime-guard.js'), 0o755);

  // The pool falls back to one thread, silently, when its worker is missing: fail the build instead.
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    const full = join(out, file);
    if (!full.endsWith('.js') || !readFileSync(full, 'utf8').includes('new URL("./worker.js"')) continue;
    if (!existsSync(join(dirname(full), 'worker.js'))) throw new Error(`build-cli: ${file} looks for ./worker.js, which is not beside it`);
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli(process.argv[2]);
}
