// Bundles the GitHub Action (src/action/) into dist/action.js, one self-contained ES module that
// a runner starts with no `npm install`: everything it imports is inside, except the HCL
// parser's WebAssembly, copied beside it to dist/hcl2json/. Both are committed; a test rebuilds
// them into a temporary directory and fails when the committed files differ.
//
//   node scripts/build-action.mjs [outdir]     (default: dist)
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the action into `outdir` (absolute or relative to the repository). */
export async function buildAction(outdir = 'dist') {
  const out = resolve(root, outdir);
  mkdirSync(join(out, 'hcl2json'), { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['src/action/main.ts'],
    outfile: join(out, 'action.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    legalComments: 'eof',
    // Never reached on Node (globalThis.performance exists), but named by the parser's loader.
    external: ['performance'],
    // Bundled CommonJS code calls `require` for Node's built-ins, and the HCL parser finds its
    // WebAssembly through `__dirname` (as `<__dirname>/../main.wasm.gz`).
    banner: {
      js: [
        "import { createRequire as __monimeGuardRequire } from 'node:module';",
        "import { fileURLToPath as __monimeGuardPath } from 'node:url';",
        'const require = __monimeGuardRequire(import.meta.url);',
        "const __dirname = __monimeGuardPath(new URL('./hcl2json/lib/', import.meta.url));",
      ].join('\n'),
    },
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'node_modules/@cdktf/hcl2json/main.wasm.gz'), join(out, 'hcl2json/main.wasm.gz'));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildAction(process.argv[2]);
}
