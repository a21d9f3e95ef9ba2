// Builds the bundle benchmark's fixture with esbuild: an app of a few thousand generated modules,
// bundled and minified into one ~50 MB script with its source map (sourcesContent included). Two
// builds share the source: a clean one, and one with tokens planted in three modules. Cached under
// .bench/bundle-fixture/ by generator version; tokens are fresh at each generation and the
// manifest keeps them only masked, with where they were planted.

import fs from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { makeToken, mask } from '../bench/tokens.mjs';

const GENERATOR_VERSION = 1;
const MODULES = 4400;
const FUNCTIONS_PER_MODULE = 60;
const WORDS =
  'order payment customer invoice amount currency status account balance transfer wallet reference provider fee total item price quantity discount tax shipping address phone email name'.split(
    ' ',
  );

/** A small deterministic generator, so every build of a version has the same source. */
function random(seed) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function moduleSource(m, next) {
  const word = () => WORDS[Math.floor(next() * WORDS.length)];
  let body = `// module ${m}\n`;
  for (let f = 0; f < FUNCTIONS_PER_MODULE; f++) {
    const [a, b, c] = [word(), word(), word()];
    body +=
      `export function ${a}${b[0].toUpperCase()}${b.slice(1)}${m}_${f}(${a}, ${c}Value) {\n` +
      `  const ${b}Label = "${a} ${b} ${c} #${Math.floor(next() * 1e6)}";\n` +
      `  if (${a} && ${a}.${b} > ${Math.floor(next() * 1000)}) { return { ${c}: ${c}Value, label: ${b}Label, ok: true }; }\n` +
      `  return [${a}, ${c}Value, ${b}Label].filter(Boolean).map((x) => String(x).trim()).join("/");\n}\n`;
  }
  return body;
}

/** Where planted tokens go: module, and the kind of token. */
const PLANTS = [
  { module: 120, kind: 'live' },
  { module: 2200, kind: 'test' },
  { module: 4000, kind: 'live' },
];

/**
 * Makes (or reuses) the fixture. Returns the two build folders and the planted tokens (masked),
 * each with the original file and line it must be mapped to, and the secrets to redact.
 */
export function ensureFixture(dir, log) {
  const manifestFile = path.join(dir, 'manifest.json');
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (manifest.version === GENERATOR_VERSION && fs.existsSync(path.join(dir, 'tokens/dist/app.js.map'))) {
      return { ...manifest, cleanDir: path.join(dir, 'clean/dist'), tokensDir: path.join(dir, 'tokens/dist'), secrets: [], cached: true };
    }
  } catch {
    // No fixture yet, or an old one: build it.
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const t0 = Date.now();
  const secrets = [];
  const planted = [];
  for (const variant of ['clean', 'tokens']) {
    const src = path.join(dir, variant, 'src');
    fs.mkdirSync(src, { recursive: true });
    const next = random(7);
    const index = [];
    for (let m = 0; m < MODULES; m++) {
      let source = moduleSource(m, next);
      const plant = variant === 'tokens' ? PLANTS.find((p) => p.module === m) : undefined;
      if (plant) {
        const token = makeToken(plant.kind);
        secrets.push(token);
        const line = `export const monimeToken${m} = "${token}";\n`;
        source += line;
        planted.push({ path: `src/m${m}.js`, line: source.split('\n').length - 1, masked: mask(token), kind: plant.kind });
      }
      fs.writeFileSync(path.join(src, `m${m}.js`), source);
      index.push(`export * as m${m} from './m${m}.js';`);
    }
    fs.writeFileSync(path.join(src, 'index.js'), `${index.join('\n')}\n`);
    log(`bundling the ${variant} fixture with esbuild …`);
    buildSync({
      absWorkingDir: path.join(dir, variant),
      entryPoints: ['src/index.js'],
      bundle: true,
      minify: true,
      format: 'esm',
      outfile: 'dist/app.js',
      sourcemap: 'linked',
      logLevel: 'silent',
    });
  }
  const sizes = { bundle: fs.statSync(path.join(dir, 'tokens/dist/app.js')).size, map: fs.statSync(path.join(dir, 'tokens/dist/app.js.map')).size };
  const manifest = { version: GENERATOR_VERSION, planted, sizes, buildMs: Date.now() - t0 };
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, cleanDir: path.join(dir, 'clean/dist'), tokensDir: path.join(dir, 'tokens/dist'), secrets, cached: false };
}
