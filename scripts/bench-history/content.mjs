// File content for the generated repositories: real source lines (the Python standard library, the
// same filler scripts/bench.mjs uses), laid down as files of a chosen size and edited a few lines at
// a time, the way code changes from one commit to the next.

import { createHash } from 'node:crypto';
import { corpusSources, walk } from '../bench/corpus.mjs';
import { BenchError } from '../bench/measure.mjs';
import { textBlock } from '../bench/text.mjs';

/** Files stay between these sizes (bytes): edits grow small files and shrink large ones. */
export const MIN_FILE = 2 * 1024;
export const MAX_FILE = 20 * 1024;
const FILLER_BYTES = 4_000_000;

/**
 * The filler: about 4 MB of ASCII source lines from the Python standard library (installed
 * packages left out, so the text depends only on the Python version), and a hash of it that the
 * repository cache is keyed on.
 */
export function loadFiller() {
  const stdlib = corpusSources().find((s) => s.name === 'python-stdlib');
  const files = walk(stdlib.dir, stdlib.filter).filter((f) => !f.rel.split('/').includes('site-packages'));
  const { buf } = textBlock({ dir: stdlib.dir, files }, FILLER_BYTES);
  const lines = buf.toString('latin1').split('\n');
  lines.pop(); // the empty string after the last newline
  if (lines.length < 10_000) throw new BenchError(`too little filler text in ${stdlib.dir} (${lines.length} lines)`);
  return { lines, sha: createHash('sha256').update(buf).digest('hex'), source: stdlib.dir };
}

/** Bytes of a file made of `lines`, each ending in a newline (the filler is ASCII). */
export const sizeOf = (lines) => lines.reduce((n, l) => n + l.length + 1, 0);

/** The file's text. */
export const textOf = (lines) => (lines.length === 0 ? '' : `${lines.join('\n')}\n`);

/** A run of consecutive filler lines of about `bytes`, so a new file reads like real code. */
export function newFileLines(rng, filler, bytes) {
  const start = rng.int(filler.length);
  const lines = [];
  for (let i = start, n = 0; n < bytes; i = (i + 1) % filler.length) {
    lines.push(filler[i]);
    n += filler[i].length + 1;
  }
  return lines;
}

/**
 * A copy of `lines` with one to four small edits: lines replaced, a short run of lines inserted,
 * lines deleted. Lines in `pinned` (planted tokens) are never replaced or deleted, so a token stays
 * until the plan removes it. The input array is not changed: states of a file share arrays.
 */
export function editLines(lines, rng, filler, pinned) {
  const out = lines.slice();
  let size = sizeOf(out);
  const edits = rng.range(1, 4);
  for (let e = 0; e < edits; e++) {
    let op = rng.pick(['replace', 'replace', 'replace', 'insert', 'insert', 'delete']);
    if (size > MAX_FILE) op = 'delete';
    else if (size < MIN_FILE || out.length === 0) op = 'insert';
    if (op === 'insert') {
      const n = rng.range(1, 6);
      const start = rng.int(filler.length - n);
      const added = filler.slice(start, start + n);
      out.splice(rng.int(out.length + 1), 0, ...added);
      size += sizeOf(added);
      continue;
    }
    const at = rng.int(out.length);
    // Oversized files lose a block at a time, so they come back into range in a few commits.
    const n = op === 'delete' && size > MAX_FILE ? rng.range(10, 40) : rng.range(1, 3);
    for (let i = Math.min(out.length, at + n) - 1; i >= at; i--) {
      if (pinned.has(out[i])) continue;
      size -= out[i].length + 1;
      if (op === 'delete') out.splice(i, 1);
      else {
        out[i] = filler[rng.int(filler.length)];
        size += out[i].length + 1;
      }
    }
  }
  return out;
}

const DIRS = [
  'src/shop/api',
  'src/shop/billing',
  'src/shop/checkout',
  'src/shop/customers',
  'src/shop/payments',
  'src/shop/payouts',
  'src/shop/webhooks',
  'src/shop/core',
  'src/shop/db',
  'src/shop/util',
  'src/worker',
  'tests/unit',
  'tests/integration',
  'scripts',
  'tools',
];
const WORDS = [
  'account',
  'audit',
  'balance',
  'batch',
  'cache',
  'cart',
  'client',
  'codes',
  'config',
  'currency',
  'events',
  'export',
  'fees',
  'gateway',
  'handler',
  'invoice',
  'ledger',
  'limits',
  'models',
  'notify',
  'orders',
  'parser',
  'queue',
  'receipt',
  'refund',
  'report',
  'retry',
  'routes',
  'schema',
  'session',
  'settle',
  'signing',
  'storage',
  'sync',
  'tasks',
  'transfer',
  'users',
  'views',
  'wallet',
  'worker',
];

/** A new, unused `.py` path in one of a few source and test folders. */
export function newPath(rng, taken) {
  for (;;) {
    const dir = rng.pick(DIRS);
    const stem = rng.chance(0.5) ? rng.pick(WORDS) : `${rng.pick(WORDS)}_${rng.pick(WORDS)}`;
    const name = dir.startsWith('tests/') ? `test_${stem}.py` : `${stem}.py`;
    const p = `${dir}/${name}`;
    if (!taken.has(p)) return p;
  }
}
