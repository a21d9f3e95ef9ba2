#!/usr/bin/env node
// Benchmark: `monime-guard scan` of an APK-like archive against `unzip -p ARCHIVE | rg -c mon_`
// measured in the same run.
//
// Builds (or reuses, from .bench/archives/) a 150 MB zip laid out like an Android release: mostly
// assets that are already compressed (stored as they are, as aapt stores PNGs and audio), a
// React Native bundle, DEX files whose string tables hold tokens, a compiled manifest and native
// libraries, with tokens planted in text, DEX, manifest and native code. Then times, medians of
// --runs, alternating: the baseline (every entry inflated and piped into ripgrep) and monime-guard,
// whose report must name every planted token. Targets: ≤ 2× the baseline's time; peak memory
// ≤ 200 MiB. Run with tsx (npm run bench:archives), which loads the fixture writers.

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAxml, writeDex, writeElf } from '../test/support/app-binaries.ts';
import { writeZip } from '../test/support/archive-writer.ts';
import { parseBenchArgs } from './bench/args.mjs';
import { BenchError, ensureTools, measure, median, runBenchmark } from './bench/measure.mjs';
import { makeToken, mask } from './bench/tokens.mjs';
import { fmtMB, fmtMiB, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CACHE_DIR = path.join(ROOT, '.bench', 'archives');
const CLI = path.join(ROOT, 'dist/bin/monime-guard.js');
const TARGETS = { ratio: 2, peakMiB: 200 };
const MiB = 1024 * 1024;
const LAYOUT_VERSION = 2;

const HELP = `usage: npm run bench:archives -- [--runs N] [--json FILE]

Scans a 150 MB APK-like archive with monime-guard and with \`unzip -p | rg -c mon_\`, alternating,
medians of --runs (default 3). Targets: ≤ ${TARGETS.ratio}× the baseline's time, peak memory ≤ ${TARGETS.peakMiB} MiB.`;

const log = (line) => process.stderr.write(`bench:archives: ${line}\n`);

/** Source-like text of about `bytes` bytes (it compresses as code does). */
function codeText(bytes, seed) {
  const words = ['const', 'function', 'return', 'fetch', 'headers', 'payment', 'amount', 'currency', 'await', 'render', 'props', 'state'];
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `  ${words[(i * 7 + seed) % words.length]} v${i % 997} = ${words[(i * 3) % words.length]}(${i}, "${words[(i * 5) % words.length]}-${i % 101}");`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** The archive and its planted tokens (cached with their masks; the tokens themselves are kept only in memory). */
function ensureArchive() {
  const file = path.join(CACHE_DIR, 'app-release.apk');
  const manifestFile = path.join(CACHE_DIR, 'manifest.json');
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    if (manifest.version === LAYOUT_VERSION && fs.statSync(file).size === manifest.bytes) return manifest;
  } catch {
    // Build it.
  }
  log('building a 150 MB APK-like archive …');
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const token = (kind) => makeToken(kind);
  const planted = { bundle: token('live'), dex: token('live'), manifest: token('test'), native: token('live'), config: token('test') };
  const entries = [
    { name: 'AndroidManifest.xml', data: writeAxml(['manifest', 'com.shop.app', planted.manifest, 'application', 'activity']) },
    {
      name: 'classes.dex',
      data: writeDex(['Lcom/shop/BuildConfig;', 'MONIME_TOKEN', planted.dex, ...Array.from({ length: 20000 }, (_, i) => `Lcom/shop/C${i};`)]),
      method: 'deflate',
    },
    { name: 'classes2.dex', data: writeDex(Array.from({ length: 40000 }, (_, i) => `method${i}`)), method: 'deflate' },
    {
      name: 'assets/index.android.bundle',
      data: Buffer.from(`${codeText(12 * MiB, 1)}\nconst MONIME = "${planted.bundle}";\n${codeText(2 * MiB, 2)}\n`),
      method: 'deflate',
    },
    { name: 'assets/config.json', data: Buffer.from(`{"api":"https://api.monime.io","token":"${planted.config}"}\n`), method: 'deflate' },
    { name: 'lib/arm64-v8a/libapp.so', data: writeElf(['dart:core', planted.native, 'main'], randomBytes(18 * MiB)), method: 'deflate' },
    { name: 'lib/armeabi-v7a/libapp.so', data: writeElf(['dart:core', 'main'], randomBytes(14 * MiB)), method: 'deflate' },
  ];
  // Assets already compressed (images, audio, fonts): stored as they are, the bulk of the package.
  for (let i = 0; i < 110; i++) entries.push({ name: `res/drawable-xxhdpi/image_${i}.png`, data: randomBytes(MiB), method: 'store' });
  const apk = writeZip(entries);
  fs.writeFileSync(file, apk);
  const manifest = { version: LAYOUT_VERSION, bytes: apk.length, masks: Object.fromEntries(Object.entries(planted).map(([k, t]) => [k, mask(t)])) };
  fs.writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function main() {
  const opts = parseBenchArgs(process.argv.slice(2), { runs: 3 });
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (!fs.existsSync(CLI)) throw new BenchError('dist/bin/monime-guard.js not found: run `npm run build` first');
  const { rg } = ensureTools(log, [{ command: 'unzip', package: 'unzip' }]);
  const manifest = ensureArchive();
  const archive = path.join(CACHE_DIR, 'app-release.apk');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-archives-'));
  try {
    const baseline = [];
    const tool = [];
    const output = path.join(tmp, 'report.json');
    for (let run = 0; run < opts.runs; run++) {
      log(`run ${run + 1}/${opts.runs}`);
      const b = await measure('sh', ['-c', `unzip -p '${archive}' | '${rg}' -c mon_ || true`], { cwd: tmp, tmpDir: tmp });
      baseline.push(b);
      const t = await measure(process.execPath, [CLI, 'scan', archive, '--format', 'json', '--output', output, '--quiet'], { cwd: tmp, tmpDir: tmp });
      if (t.code !== 1) throw new BenchError(`monime-guard exited ${t.code}: ${t.stderr}`);
      tool.push(t);
    }
    const report = JSON.parse(fs.readFileSync(output, 'utf8'));
    const found = new Set(report.findings.map((f) => f.masked));
    const missed = Object.entries(manifest.masks)
      .filter(([, masked]) => !found.has(masked))
      .map(([id]) => id);
    const baseMs = median(baseline.map((r) => r.wallMs));
    const toolMs = median(tool.map((r) => r.wallMs));
    const peakKiB = Math.max(...tool.map((r) => r.peakKiB));
    const checks = { ratio: toolMs / baseMs <= TARGETS.ratio, peak: peakKiB / 1024 <= TARGETS.peakMiB, recall: missed.length === 0 };
    process.stdout.write(
      `${table(
        ['measurement', 'time', 'peak RSS', 'ratio', 'target', 'result'],
        [
          ['unzip -p | rg -c mon_', fmtS(baseMs), fmtMiB(Math.max(...baseline.map((r) => r.peakKiB))), '', '', 'baseline'],
          ['monime-guard scan', fmtS(toolMs), fmtMiB(peakKiB), fmtRatio(toolMs / baseMs), `≤ ${TARGETS.ratio}×`, fmtResult(checks.ratio)],
          ['peak memory', '', fmtMiB(peakKiB), '', `≤ ${TARGETS.peakMiB} MiB`, fmtResult(checks.peak)],
          [
            'planted tokens found',
            '',
            '',
            `${Object.keys(manifest.masks).length - missed.length}/${Object.keys(manifest.masks).length}`,
            '100%',
            fmtResult(checks.recall),
          ],
        ],
        ['l', 'r', 'r', 'r', 'l', 'l'],
      )}\n${fmtMB(manifest.bytes)} archive${missed.length ? `; missed: ${missed.join(', ')}` : ''}\n`,
    );
    if (opts.json) fs.writeFileSync(opts.json, `${JSON.stringify({ archiveBytes: manifest.bytes, baseMs, toolMs, peakKiB, missed, checks }, null, 2)}\n`);
    return Object.values(checks).every(Boolean) ? 0 : 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

runBenchmark('bench:archives', main);
