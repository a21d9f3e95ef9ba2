// The benchmark corpus: real code already on the machine (the Python standard library's `.py`
// files and /usr/include), copied under .bench/corpus/ with its relative layout, cached between runs
// behind a manifest. Tokens are planted into a few copied files for one run and removed afterwards.

import { spawnSync } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BenchError } from './measure.mjs';
import { b64, b64url, makeToken, mask, pick, shuffle } from './tokens.mjs';

const MANIFEST_VERSION = 1;

/** The directories the corpus is copied from, found at run time. */
export function corpusSources() {
  const r = spawnSync('python3', ['-c', 'import sysconfig;print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new BenchError(`cannot locate the Python standard library: python3 ${r.error ? `failed to start (${r.error.code})` : `exited ${r.status}`}`);
  }
  const stdlib = r.stdout.trim();
  const sources = [
    { name: 'python-stdlib', dir: stdlib, filter: (name) => name.endsWith('.py') },
    { name: 'usr-include', dir: '/usr/include', filter: () => true },
  ];
  for (const s of sources) {
    if (!fs.existsSync(s.dir) || !fs.statSync(s.dir).isDirectory()) throw new BenchError(`corpus source ${s.dir} is not a directory`);
  }
  return sources;
}

/**
 * Regular files under `root` (no symlinks followed), as [{ rel, size }] sorted by rel, `rel` using
 * `/`. Unreadable directories are skipped.
 */
export function walk(root, filter = () => true) {
  const out = [];
  const stack = [''];
  while (stack.length > 0) {
    const relDir = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(path.join(root, relDir), { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const rel = relDir ? `${relDir}/${e.name}` : e.name;
      // Dirent reports a symlink as a symlink, never as what it points to: none is followed.
      if (e.isDirectory()) stack.push(rel);
      else if (e.isFile() && filter(e.name)) {
        try {
          out.push({ rel, size: fs.lstatSync(path.join(root, rel)).size });
        } catch {
          // Vanished between readdir and stat.
        }
      }
    }
  }
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function listingHash(files) {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.rel}\t${f.size}\n`);
  return h.digest('hex');
}

/** All source files, named as they appear in the corpus (`<source>/<relative path>`). */
function sourceListing(sources) {
  return sources.flatMap((s) => walk(s.dir, s.filter).map((f) => ({ ...f, rel: `${s.name}/${f.rel}`, src: path.join(s.dir, f.rel) })));
}

/**
 * Returns the corpus under `corpusDir`, building it unless the manifest next to it matches both the
 * sources (same files and sizes) and the copy on disk (so a run killed with tokens planted, or a
 * hand edit, forces a rebuild).
 */
export function ensureCorpus({ corpusDir, manifestFile, sources, log }) {
  const listing = sourceListing(sources);
  const sourceHash = listingHash(listing);
  let manifest;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  } catch {
    manifest = undefined;
  }
  if (manifest?.version === MANIFEST_VERSION && manifest.sourceHash === sourceHash && fs.existsSync(corpusDir)) {
    const files = walk(corpusDir);
    if (listingHash(files) === manifest.corpusHash) return { ...manifest, dir: corpusDir, files, cached: true, buildMs: 0 };
    log('corpus on disk does not match its manifest: rebuilding');
  }

  log(`building corpus in ${corpusDir} from ${sources.map((s) => s.dir).join(' and ')} …`);
  const t0 = Date.now();
  fs.rmSync(manifestFile, { force: true });
  fs.rmSync(corpusDir, { recursive: true, force: true });
  const made = new Set();
  let skipped = 0;
  for (const f of listing) {
    const dest = path.join(corpusDir, f.rel);
    const dir = path.dirname(dest);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      fs.copyFileSync(f.src, dest);
    } catch {
      skipped++;
    }
  }
  if (skipped > 0) log(`${skipped} source files could not be copied and were left out`);
  const files = walk(corpusDir);
  const bytes = files.reduce((n, f) => n + f.size, 0);
  const perSource = sources.map((s) => {
    const mine = files.filter((f) => f.rel.startsWith(`${s.name}/`));
    return { name: s.name, dir: s.dir, files: mine.length, bytes: mine.reduce((n, f) => n + f.size, 0) };
  });
  manifest = {
    version: MANIFEST_VERSION,
    sourceHash,
    corpusHash: listingHash(files),
    files: files.length,
    bytes,
    sources: perSource,
    builtAt: new Date().toISOString(),
  };
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, dir: corpusDir, files, cached: false, buildMs: Date.now() - t0 };
}

// Lines a token is planted as. `{t}` is the token, `{b64}` … its encoded forms; `needle` says which
// text the scanner must point at (its column is where the finding should start).
const PLAIN = {
  py: [
    'MONIME_ACCESS_TOKEN = "{t}"',
    '    headers = {"Authorization": "Bearer {t}", "Monime-Version": "caph.2025-08-23"}',
    '# export MONIME_API_KEY={t}',
    "client = Monime(token='{t}')  # TODO: load from the environment",
  ],
  c: ['#define MONIME_ACCESS_TOKEN "{t}"', 'static const char *monime_token = "{t}";', '/* Authorization: Bearer {t} */', ' * MONIME_TOKEN={t}'],
};
const ENCODED = [
  { line: '{c} MONIME_ACCESS_TOKEN: {enc}', encode: (t) => b64(t) },
  { line: '{c} Authorization: Basic {enc}', encode: (t) => b64(`${t}:`) },
  { line: '{c} env: {enc}', encode: (t) => b64url(`MONIME_ACCESS_TOKEN=${t}\n`) },
];

/** What one planted token looks like: kind, body length, encoded or not, in rotation. */
export function plantPlan(count) {
  const plan = [];
  const otherLengths = [32, 40, 48];
  for (let i = 0; i < count; i++) {
    const kind = i % 2 === 0 ? 'live' : 'test';
    if (i % 6 === 5) plan.push({ kind, length: 64, encoded: true });
    else if (i % 6 === 2) plan.push({ kind, length: otherLengths[((i / 6) % 3) | 0], encoded: false });
    else plan.push({ kind, length: 64, encoded: false });
  }
  return plan;
}

/** A planted line built from a template: the line's text, the needle and the needle's index. */
export function plantedLine(spec, lang) {
  const token = makeToken(spec.kind, spec.length);
  if (spec.encoded) {
    const tpl = pick(ENCODED);
    const enc = tpl.encode(token);
    const text = tpl.line.replace('{c}', lang === 'py' ? '#' : '//').replace('{enc}', enc);
    return { token, needle: enc, text, index: text.indexOf(enc) };
  }
  const text = pick(PLAIN[lang]).replace('{t}', token);
  return { token, needle: token, text, index: text.indexOf(token) };
}

function isPlantable(buf) {
  if (buf.includes(0) || buf.includes(13)) return false; // binary, or CR line ends that count lines differently
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return false;
  }
  return true;
}

/**
 * Plants tokens into `fileCount` copied files (half from each source), one or two a file, each on a
 * new line at a random place. Returns the expected findings and a `restore()` that puts the original
 * bytes back.
 */
export function plantCorpus(corpus, fileCount = 50) {
  const bySource = new Map();
  for (const f of corpus.files) {
    if (f.size < 256 || f.size > 512 * 1024) continue;
    const src = f.rel.split('/')[0];
    if (!bySource.has(src)) bySource.set(src, []);
    bySource.get(src).push(f);
  }
  const originals = new Map();
  const chosen = [];
  const groups = [...bySource.values()].map((list) => shuffle([...list]));
  for (let g = 0; g < groups.length; g++) {
    const want = Math.floor(fileCount / groups.length) + (g < fileCount % groups.length ? 1 : 0);
    let got = 0;
    for (const f of groups[g]) {
      if (got >= want) break;
      const buf = fs.readFileSync(path.join(corpus.dir, f.rel));
      if (!isPlantable(buf)) continue;
      originals.set(f.rel, buf);
      chosen.push(f.rel);
      got++;
    }
  }
  if (chosen.length < fileCount) throw new BenchError(`only ${chosen.length} of ${fileCount} corpus files are plain text to plant tokens in`);
  // Mixed, so that one- and two-token files and token variants spread over both sources.
  shuffle(chosen);

  // Files 0..29 get one token, the rest two: 70 tokens for 50 files.
  const perFile = chosen.map((_, i) => (i < Math.round(fileCount * 0.6) ? 1 : 2));
  const plan = plantPlan(perFile.reduce((a, b) => a + b, 0));
  const expected = [];
  const secrets = [];
  let p = 0;
  const restore = () => {
    for (const [rel, buf] of originals) fs.writeFileSync(path.join(corpus.dir, rel), buf);
  };
  try {
    chosen.forEach((rel, i) => {
      const original = originals.get(rel);
      const lang = rel.endsWith('.py') ? 'py' : 'c';
      // Line starts: insertion points before line k+1 for k in 0..(number of newlines).
      const starts = [0];
      for (let j = original.indexOf(10); j !== -1; j = original.indexOf(10, j + 1)) starts.push(j + 1);
      const at = new Set();
      while (at.size < Math.min(perFile[i], starts.length)) at.add(starts[randomInt(starts.length)]);
      const lines = [...at]
        .sort((a, b) => a - b)
        .map((offset) => {
          const spec = plan[p++];
          return { offset, spec, ...plantedLine(spec, lang) };
        });
      const parts = [];
      let last = 0;
      for (const l of lines) {
        parts.push(original.subarray(last, l.offset), Buffer.from(`${l.text}\n`));
        last = l.offset;
      }
      parts.push(original.subarray(last));
      const planted = Buffer.concat(parts);
      fs.writeFileSync(path.join(corpus.dir, rel), planted);
      for (const l of lines) {
        const lineStart = planted.indexOf(`${l.text}\n`);
        let line = 1;
        for (let j = planted.indexOf(10); j !== -1 && j < lineStart; j = planted.indexOf(10, j + 1)) line++;
        const { spec } = l;
        expected.push({
          path: rel,
          line,
          column: l.index + 1,
          length: l.needle.length,
          kind: spec.kind,
          bodyLength: spec.length,
          encoded: spec.encoded,
          masked: mask(l.token),
        });
        secrets.push(l.token, l.needle);
      }
    });
  } catch (err) {
    restore();
    throw err;
  }
  return { files: chosen, expected, secrets, restore };
}
