// The generated repository, cached under .bench/history-repo/ with a manifest: the key it was built
// for (generator version, options, filler text), its statistics, and the planted tokens' expected
// findings (masked form, path, commit; never the tokens). A run whose key matches reuses it; any
// other builds a new one beside it and swaps it in only once it is complete.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { isAlive } from '../bench/cli.mjs';
import { BenchError } from '../bench/measure.mjs';
import { GENERATOR_VERSION, generateHistory } from './generate.mjs';

const MANIFEST_SCHEMA = 'monime-guard-bench-history-repo/1';

/** Runs git in `cwd` and returns stdout; any failure is a BenchError naming the command. */
export function git(cwd, args, { input } = {}) {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : (r.stderr || '').trim().split('\n').pop();
    throw new BenchError(`git ${args.join(' ')} failed in ${cwd}: ${why}`);
  }
  return r.stdout;
}

function readManifest(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether the cached repository is still the one the manifest describes (not deleted or changed). */
function intact(repoDir, manifest) {
  const r = spawnSync('git', ['rev-parse', '--verify', '-q', 'refs/heads/main'], { cwd: repoDir, encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === manifest.heads?.main;
}

/** Removes half-built repositories left by runs that died while generating. */
function removeStaleBuilds(cacheDir) {
  const parent = path.dirname(cacheDir);
  if (!fs.existsSync(parent)) return;
  const re = new RegExp(`^${path.basename(cacheDir)}\\.build-(\\d+)$`);
  for (const name of fs.readdirSync(parent)) {
    const m = re.exec(name);
    if (m && !isAlive(Number(m[1]))) fs.rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * The benchmark repository for these options and `filler` (from loadFiller): the cached one when
 * its key matches (and not `regenerate`), else a new one. `state.buildDir` and `state.children` let the caller's exit path
 * remove a half-built repository and stop fast-import; `state.secrets` receives new tokens.
 */
export async function ensureHistoryRepo({ cacheDir, commits, files, seed, filler, regenerate, log, state }) {
  const key = createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, commits, files, seed, filler: filler.sha }))
    .digest('hex')
    .slice(0, 16);
  const manifestFile = path.join(cacheDir, 'manifest.json');
  const manifest = readManifest(manifestFile);
  if (!regenerate && manifest?.schema === MANIFEST_SCHEMA && manifest.key === key && intact(path.join(cacheDir, 'repo'), manifest)) {
    return { ...manifest, repoDir: path.join(cacheDir, 'repo'), cached: true };
  }
  if (manifest)
    log(
      regenerate
        ? 'regenerating the history repository (--regenerate)'
        : 'the cached history repository is for other options or an older generator: regenerating',
    );

  removeStaleBuilds(cacheDir);
  const buildDir = `${cacheDir}.build-${process.pid}`;
  state.buildDir = buildDir;
  fs.rmSync(buildDir, { recursive: true, force: true });
  const repoDir = path.join(buildDir, 'repo');
  fs.mkdirSync(repoDir, { recursive: true });
  git(repoDir, ['init', '-q', '-b', 'main']);

  log(`generating ${commits.toLocaleString('en-US')} commits over about ${files} files with git fast-import (seed ${seed}) …`);
  const t0 = performance.now();
  const marksFile = path.join(buildDir, 'marks');
  const generated = await generateHistory({ repoDir, marksFile, commits, files, seed, filler: filler.lines, onChild: (c) => state.children.add(c), log });
  state.secrets.push(...generated.secrets);
  const commitOf = readMarks(marksFile);
  fs.rmSync(marksFile);
  git(repoDir, ['reset', '-q', '--hard', 'main']);
  const generationMs = performance.now() - t0;

  const stats = { ...repoStats(repoDir), mainCommits: generated.mainCommits };
  if (stats.commits < commits) throw new BenchError(`the generated repository has ${stats.commits} commits, expected ${commits}`);
  const built = {
    schema: MANIFEST_SCHEMA,
    key,
    generatorVersion: GENERATOR_VERSION,
    options: { commits, files, seed },
    filler: { source: filler.source, sha256: filler.sha, lines: filler.lines.length },
    generatedAt: new Date().toISOString(),
    generationMs,
    stats,
    heads: { main: git(repoDir, ['rev-parse', 'refs/heads/main']).trim() },
    expected: generated.expected.map(({ commitMark, ...e }) => ({ ...e, commit: commitOf.get(commitMark) })),
  };
  fs.writeFileSync(path.join(buildDir, 'manifest.json'), `${JSON.stringify(built, null, 2)}\n`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
  fs.renameSync(buildDir, cacheDir);
  state.buildDir = undefined;
  return { ...built, repoDir: path.join(cacheDir, 'repo'), cached: false };
}

/** fast-import's exported marks: mark number → object id. */
function readMarks(file) {
  const map = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^:(\d+) ([0-9a-f]{40,64})$/.exec(line);
    if (m) map.set(Number(m[1]), m[2]);
  }
  return map;
}

/** Counts that describe the repository: commits, refs, objects, bytes. */
export function repoStats(repoDir) {
  const refs = git(repoDir, ['for-each-ref', '--format=%(refname)']).split('\n').filter(Boolean);
  const objects = { commit: 0, tree: 0, blob: 0, tag: 0 };
  let blobBytes = 0;
  const list = git(repoDir, ['cat-file', '--batch-all-objects', '--batch-check=%(objecttype) %(objectsize)']);
  for (const line of list.split('\n')) {
    const [type, size] = line.split(' ');
    if (!(type in objects)) continue;
    objects[type]++;
    if (type === 'blob') blobBytes += Number(size);
  }
  const packDir = path.join(repoDir, '.git/objects/pack');
  const packBytes = fs.readdirSync(packDir).reduce((n, f) => n + fs.statSync(path.join(packDir, f)).size, 0);
  return {
    commits: Number(git(repoDir, ['rev-list', '--all', '--count']).trim()),
    branches: refs.filter((r) => r.startsWith('refs/heads/')).length,
    tags: refs.filter((r) => r.startsWith('refs/tags/')).length,
    filesAtHead: git(repoDir, ['ls-files', '-z']).split('\0').filter(Boolean).length,
    objects,
    blobBytes,
    packBytes,
  };
}
