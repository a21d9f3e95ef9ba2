// Inputs that make naive scanners slow (quadratic backtracking, rescanning overlapping prefixes,
// whole-line buffering), each at two sizes, plus same-size plain text to compare against.

import fs from 'node:fs';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { makeToken, mask, randomBase62 } from './tokens.mjs';
import { writePlainText } from './text.mjs';

const MiB = 1024 * 1024;

function writeAll(file, buf) {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, buf);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** `mon_mon_mon_…` on one line: a prefix at every fourth byte, never a token. */
function monRepeated(file, size) {
  const buf = Buffer.alloc(size, 'mon_');
  buf[size - 1] = 10;
  writeAll(file, buf);
  return { expected: [], secrets: [] };
}

/** `mon_` and then one run of random base62 with no boundary to the end of the file. */
function base62Run(file, size) {
  writeAll(file, Buffer.from(`mon_${randomBase62(size - 5)}\n`, 'latin1'));
  return { expected: [], secrets: [] };
}

/** Real code joined into one line, with ten 64-character tokens at known columns. */
function oneLine(file, size, block) {
  const flat = Buffer.from(block.buf);
  for (let i = 0; i < flat.length; i++) if (flat[i] === 10) flat[i] = 32;
  const buf = Buffer.allocUnsafe(size);
  for (let off = 0; off < size; off += flat.length) flat.copy(buf, off, 0, Math.min(flat.length, size - off));
  buf[size - 1] = 10;
  const expected = [];
  const secrets = [];
  const count = 10;
  for (let i = 0; i < count; i++) {
    const token = makeToken(i % 2 ? 'test' : 'live');
    const at = Math.floor(((i + 0.5) * size) / count) + randomInt(1000);
    buf.write(`"${token}"`, at - 1, 'latin1');
    expected.push({ path: '', line: 1, column: at + 1, length: token.length, kind: i % 2 ? 'test' : 'live', masked: mask(token) });
    secrets.push(token);
  }
  writeAll(file, buf);
  return { expected, secrets };
}

const CASES = [
  { id: 'mon-repeated', label: 'mon_mon_mon_… (1 line)', sizes: [10 * MiB, 20 * MiB], make: monRepeated, checkRecall: false, expectNone: true },
  { id: 'base62-run', label: 'mon_ + base62 run', sizes: [10 * MiB, 20 * MiB], make: base62Run, checkRecall: false, expectNone: false },
  { id: 'one-line', label: '1 line, 10 tokens', sizes: [50 * MiB, 100 * MiB], make: oneLine, checkRecall: true, expectNone: false },
];

/** Writes every adversarial input and its plain-text twin under `dir`. */
export function writeAdversarial(dir, block) {
  const plain = new Map();
  const cases = CASES.map((c) => ({
    ...c,
    inputs: c.sizes.map((size) => {
      if (!plain.has(size)) {
        const file = path.join(dir, `plain-${size / MiB}MiB.txt`);
        writePlainText(file, size, block);
        plain.set(size, file);
      }
      const file = path.join(dir, `${c.id}-${size / MiB}MiB.txt`);
      return { size, file, plainFile: plain.get(size), ...c.make(file, size, block) };
    }),
  }));
  // A one-line file: what the scanner costs before it reads anything (start-up, walking, report).
  const empty = path.join(dir, 'empty.txt');
  writeAll(empty, Buffer.from('\n'));
  return { cases, plain, empty };
}
