// A single 1 GiB file of real source lines with tokens planted at chosen byte offsets, several of
// them straddling power-of-two boundaries (where a chunked reader splits its reads) in every way a
// token can be split: inside the prefix, between `mon_` and `test_`, after the prefix, in the body.

import fs from 'node:fs';
import { b64, makeToken, mask } from './tokens.mjs';
import { TextWriter } from './text.mjs';

const KiB = 1024;
const MiB = 1024 * KiB;
export const BIG_FILE_SIZE = 1024 * MiB;

const PLANTS = [
  { at: 1000, kind: 'live', why: 'near the start' },
  { at: 64 * KiB - 20, kind: 'test', why: 'body across 64 KiB' },
  { at: 1 * MiB - 2, kind: 'live', why: '"mo|n_" across 1 MiB' },
  { at: 2 * MiB - 4, kind: 'test', why: '"mon_|test_" across 2 MiB' },
  { at: 4 * MiB - 9, kind: 'test', why: 'prefix|body across 4 MiB' },
  { at: 8 * MiB - 30, kind: 'live', why: 'body across 8 MiB' },
  { at: 16 * MiB - 67, kind: 'live', why: 'last body char after 16 MiB' },
  { at: 24 * MiB - 20, kind: 'test', length: 32, why: '32-char body across 24 MiB' },
  { at: 64 * MiB - 1, kind: 'live', why: '"m|on_" across 64 MiB' },
  { at: 256 * MiB, kind: 'test', why: 'starts at 256 MiB' },
  { at: 512 * MiB - 30, kind: 'live', encoded: true, why: 'base64 across 512 MiB' },
  { at: 777 * MiB + 12345, kind: 'live', length: 40, why: '40-char body mid-file' },
  { at: BIG_FILE_SIZE - 300, kind: 'test', why: 'near the end' },
];

/** Writes the 1 GiB file; returns the expected findings and the tokens (for redaction). */
export function writeBigFile(file, block) {
  const expected = [];
  const secrets = [];
  const fd = fs.openSync(file, 'w');
  try {
    const w = new TextWriter(fd, block);
    for (const p of PLANTS) {
      const token = makeToken(p.kind, p.length ?? 64);
      const needle = p.encoded ? b64(token) : token;
      const { line, column } = p.encoded ? w.plantAt(p.at, 'MONIME_ACCESS_TOKEN: ', needle, '') : w.plantAt(p.at, 'MONIME_ACCESS_TOKEN="', needle, '"');
      expected.push({ path: '', line, column, length: needle.length, kind: p.kind, masked: mask(token), why: p.why, offset: p.at });
      secrets.push(token, needle);
    }
    w.finish(BIG_FILE_SIZE);
    // Flushed to disk so that write-back does not land inside a timed run.
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return { expected, secrets };
}
