#!/usr/bin/env node
// Benchmark of `monime-guard iac` on Terraform: 10,000 `monime_access_token` resources over 1,000
// HCL files (100 modules of 10 files, with variables, locals, templates, for_each and
// suppressions). The baseline is HashiCorp's HCL parser alone (`@cdktf/hcl2json`'s parse) reading
// and parsing the same files; the measured run is the library's whole `scanIac` (finding the
// files, parsing, resolving, checking every policy, filtering, sorting). Both run in this
// process, after one warm-up each, alternating, several runs, medians. Target: checking adds at
// most 25% to the parser's time (scanIac ≤ 1.25× the parser alone).
// Run `node scripts/bench-iac.mjs --help` for the flags.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BenchError, median } from './bench/measure.mjs';
import { parseBenchArgs } from './bench/args.mjs';
import { fmtCount, fmtRatio, fmtResult, fmtS, table } from './bench/table.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(ROOT, '.bench', 'iac-fixture');
const MODULES = 100;
const FILES_PER_MODULE = 10;
const RESOURCES_PER_FILE = 10;
const TARGET = 1.25;
/** Bump when the generated fixture changes, so a cached one is rebuilt. */
const FIXTURE_VERSION = '1';

const HELP = `usage: node scripts/bench-iac.mjs [options]     (npm run bench:iac -- [options])

  --runs N      timed runs of each side (default 7)
  --json FILE   also write every number as JSON to FILE
  -h, --help    this text

The fixture (${fmtCount(MODULES * FILES_PER_MODULE)} .tf files, ${fmtCount(MODULES * FILES_PER_MODULE * RESOURCES_PER_FILE)} token resources) is cached in
.bench/iac-fixture/. Needs \`npm run build\` first (it loads dist/src/index.js). Exit 0: the target is
met; 1: it is missed; 2: the benchmark could not run.`;

const log = (msg) => process.stderr.write(`bench-iac: ${msg}\n`);

const parseArgs = (argv) => parseBenchArgs(argv, { runs: 7 });

/** One resource block, varied by its index so every policy and every resolution path is exercised. */
function resource(m, f, r) {
  const i = (m * FILES_PER_MODULE + f) * RESOURCES_PER_FILE + r;
  const lines = [];
  if (i % 17 === 0) lines.push('# monime-guard-ignore iac/missing-ip-whitelist -- internal network only, reviewed by security');
  lines.push(`resource "monime_access_token" "svc_${f}_${r}" {`);
  if (i % 23 === 0) lines.push('  for_each            = toset(var.shops)');
  lines.push(i % 23 === 0 ? `  name                = "\${local.prefix} shop \${each.key} ${i}"` : `  name                = "\${local.prefix} worker ${i}"`);
  lines.push(`  test_mode           = ${i % 5 === 0 ? 'true' : 'var.test_mode'}`);
  if (i % 5 !== 0) lines.push(`  expires_at          = ${i % 3 === 0 ? 'var.expiry' : i % 3 === 1 ? `"2027-0${1 + (i % 9)}-15"` : 'null'}`);
  lines.push('  api_release         = "caph.2025-08-23"');
  if (i % 5 !== 0 && i % 4 !== 0) lines.push('  whitelist_space_ids = [var.space]');
  if (i % 5 !== 0 && i % 7 !== 0)
    lines.push(`  whitelist_ips       = concat(local.office_ips, ["203.0.113.${i % 250}"${i % 11 === 0 ? ', "10.0.0.0/8"' : ''}])`);
  lines.push(`  services            = ${i % 13 === 0 ? '["*"]' : '["payments", "payouts"]'}`);
  lines.push(`  roles               = ["payments:read", "${i % 6 === 0 ? 'payouts:*' : 'payouts:write'}"${i % 19 === 0 ? ', "customer:read"' : ''}]`);
  lines.push('}', '');
  return lines.join('\n');
}

function moduleHeader(m) {
  return [
    'variable "test_mode" {',
    '  default = false',
    '}',
    'variable "expiry" {',
    `  default = "${m % 2 === 0 ? '2027-03-01' : 'never'}"`,
    '}',
    'variable "space" {',
    `  default = "spc-${m.toString(36).padStart(6, '0')}"`,
    '}',
    'variable "shops" {',
    '  default = ["north", "south"]',
    '}',
    'locals {',
    `  prefix     = "team-${m}"`,
    '  office_ips = ["198.51.100.0/24"]',
    '}',
    '',
  ].join('\n');
}

/** Writes the fixture once; a marker file says it is complete and of this version. */
function ensureFixture() {
  const marker = path.join(FIXTURE, '.complete');
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === FIXTURE_VERSION) return;
  log(`generating ${fmtCount(MODULES * FILES_PER_MODULE)} .tf files in ${path.relative(ROOT, FIXTURE)}/`);
  fs.rmSync(FIXTURE, { recursive: true, force: true });
  for (let m = 0; m < MODULES; m++) {
    const dir = path.join(FIXTURE, `team-${String(m).padStart(3, '0')}`);
    fs.mkdirSync(dir, { recursive: true });
    for (let f = 0; f < FILES_PER_MODULE; f++) {
      let text = f === 0 ? moduleHeader(m) : '';
      for (let r = 0; r < RESOURCES_PER_FILE; r++) text += resource(m, f, r);
      fs.writeFileSync(path.join(dir, `tokens-${f}.tf`), text);
    }
  }
  fs.writeFileSync(marker, FIXTURE_VERSION);
}

/** Every .tf file of the fixture, sorted. */
function fixtureFiles() {
  return fs
    .readdirSync(FIXTURE, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tf'))
    .sort()
    .map((file) => path.join(FIXTURE, file));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const library = path.join(ROOT, 'dist/src/index.js');
  if (!fs.existsSync(library)) throw new BenchError('dist/src/index.js is missing: run `npm run build` first');
  const { scanIac } = await import(pathToFileURL(library).href);
  const { parse } = await import('@cdktf/hcl2json');
  ensureFixture();
  const files = fixtureFiles();
  if (files.length !== MODULES * FILES_PER_MODULE)
    throw new BenchError(`the fixture holds ${files.length} .tf files, not ${MODULES * FILES_PER_MODULE}: delete .bench/iac-fixture and run again`);
  const bytes = files.reduce((sum, file) => sum + fs.statSync(file).size, 0);

  const parserOnly = async () => {
    let blocks = 0;
    for (const file of files) {
      const body = await parse(path.relative(FIXTURE, file), fs.readFileSync(file, 'utf8'));
      blocks += Object.keys(body.resource?.monime_access_token ?? {}).length;
    }
    return blocks;
  };
  const checker = async () => scanIac({ root: FIXTURE, today: new Date('2026-11-28T00:00:00Z') });

  log('warming up (the parser compiles its WebAssembly once per process)');
  const declared = await parserOnly();
  const sample = await checker();
  if (declared !== MODULES * FILES_PER_MODULE * RESOURCES_PER_FILE)
    throw new BenchError(`the parser saw ${declared} token resources, not ${MODULES * FILES_PER_MODULE * RESOURCES_PER_FILE}`);
  if (sample.errors.length > 0) throw new BenchError(`scanIac reported errors: ${sample.errors[0]}`);

  const parserTimes = [];
  const checkerTimes = [];
  for (let run = 0; run < opts.runs; run++) {
    for (const [times, work] of run % 2 === 0
      ? [
          [parserTimes, parserOnly],
          [checkerTimes, checker],
        ]
      : [
          [checkerTimes, checker],
          [parserTimes, parserOnly],
        ]) {
      globalThis.gc?.();
      const start = process.hrtime.bigint();
      await work();
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    log(`run ${run + 1}/${opts.runs}: parser ${fmtS(parserTimes.at(-1))}, scanIac ${fmtS(checkerTimes.at(-1))}`);
  }
  const parserMs = median(parserTimes);
  const checkerMs = median(checkerTimes);
  const ratio = checkerMs / parserMs;
  const pass = ratio <= TARGET;
  const counts = new Map();
  for (const finding of sample.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);

  process.stdout.write(
    `monime-guard iac on Terraform: ${fmtCount(files.length)} files, ${fmtCount(declared)} token resources, ${(bytes / 1e6).toFixed(1)} MB; ${opts.runs} runs each, medians\n\n`,
  );
  process.stdout.write(
    `${table(
      ['', 'median', 'vs parser', 'target', 'result'],
      [
        ['HCL parser alone (@cdktf/hcl2json parse)', fmtS(parserMs), '1.00×', '', 'baseline'],
        ['scanIac (parse, resolve, check, report)', fmtS(checkerMs), fmtRatio(ratio), `≤ ${fmtRatio(TARGET)}`, fmtResult(pass)],
      ],
      ['l', 'r', 'r', 'r', 'l'],
    )}\n\n`,
  );
  process.stdout.write(`checking adds ${((ratio - 1) * 100).toFixed(1)}% to the parser's time (target ≤ ${((TARGET - 1) * 100).toFixed(0)}%)\n`);
  process.stdout.write(
    `findings: ${fmtCount(sample.findings.length)} (${[...counts]
      .sort()
      .map(([id, n]) => `${id} ${fmtCount(n)}`)
      .join(', ')}); suppressed ${fmtCount(sample.stats.ignoredInline)}; warnings ${fmtCount(sample.warnings.length)}\n`,
  );
  if (opts.json) {
    fs.writeFileSync(
      opts.json,
      `${JSON.stringify({ files: files.length, resources: declared, bytes, runs: opts.runs, parserMs: parserTimes, checkerMs: checkerTimes, medianParserMs: parserMs, medianCheckerMs: checkerMs, ratio, target: TARGET, pass, findings: Object.fromEntries(counts) }, null, 2)}\n`,
    );
  }
  return pass ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`bench-iac: ${error instanceof BenchError ? error.message : (error?.stack ?? String(error))}\n`);
    process.exit(2);
  },
);
