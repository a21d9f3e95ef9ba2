// Realistic filler text for generated inputs, and a writer that lays it down while planting tokens
// at exact byte offsets and keeping count of lines.

import fs from 'node:fs';
import path from 'node:path';

const MAX_LINE = 200;

/**
 * About `targetBytes` of real source lines taken from a spread of corpus files: ASCII only (so byte
 * offsets are UTF-16 columns), no CR, at most 200 characters a line. Call it before tokens are planted.
 */
export function textBlock(corpus, targetBytes = 4_000_000) {
  const lines = [];
  let bytes = 0;
  const files = corpus.files.filter((f) => f.size > 0 && f.size < 1 << 20);
  // A fixed stride over the sorted listing: deterministic, and mixes Python with C headers.
  for (let i = 0, n = 0; n < files.length && bytes < targetBytes; i = (i + 97) % files.length, n++) {
    let text;
    try {
      text = fs.readFileSync(path.join(corpus.dir, files[i].rel), 'latin1');
    } catch {
      continue;
    }
    if (text.includes('\0')) continue;
    for (const line of text.split('\n')) {
      if (line.length > MAX_LINE || /[^\x20-\x7e\t]/.test(line)) continue;
      lines.push(line);
      bytes += line.length + 1;
      if (bytes >= targetBytes) break;
    }
  }
  const buf = Buffer.from(`${lines.join('\n')}\n`, 'latin1');
  // Offsets just after each newline: the places a slice of whole lines may end.
  const ends = [];
  for (let j = buf.indexOf(10); j !== -1; j = buf.indexOf(10, j + 1)) ends.push(j + 1);
  return { buf, ends: Uint32Array.from(ends) };
}

/** Index of the last element of sorted `a` that is <= x, or -1. */
function lastAtMost(a, x) {
  let lo = 0;
  let hi = a.length - 1;
  let ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] <= x) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

const PAD = '# lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';

/** Writes filler lines and planted lines to a file descriptor, tracking byte offset and line number. */
export class TextWriter {
  constructor(fd, block) {
    this.fd = fd;
    this.block = block;
    this.pos = 0;
    this.line = 1;
    this.blockOff = 0;
    this.blockLine = 0; // index into block.ends of the first newline at or after blockOff
  }

  write(buf) {
    fs.writeSync(this.fd, buf);
    this.pos += buf.length;
    for (let j = buf.indexOf(10); j !== -1; j = buf.indexOf(10, j + 1)) this.line++;
  }

  /** Writes whole filler lines while they fit below byte offset `limit`. */
  fillTo(limit) {
    const { buf, ends } = this.block;
    for (;;) {
      const room = limit - this.pos;
      const k = lastAtMost(ends, Math.min(buf.length, this.blockOff + room));
      if (k < this.blockLine) return;
      const end = ends[k];
      fs.writeSync(this.fd, buf, this.blockOff, end - this.blockOff);
      this.pos += end - this.blockOff;
      this.line += k - this.blockLine + 1;
      if (end === buf.length) {
        this.blockOff = 0;
        this.blockLine = 0;
      } else {
        this.blockOff = end;
        this.blockLine = k + 1;
      }
    }
  }

  /**
   * Writes filler and then a line whose `needle` starts exactly at byte offset `at`. Returns the
   * line and 1-based column of the needle.
   */
  plantAt(at, label, needle, suffix = '"') {
    this.fillTo(at - label.length);
    const gap = at - this.pos;
    if (gap < label.length) throw new Error(`cannot plant at ${at}: writer already at ${this.pos}`);
    const padLen = gap - label.length;
    const pad = padLen === 0 ? '' : `${PAD.repeat(Math.ceil(padLen / PAD.length)).slice(0, padLen - 1)} `;
    const line = this.line;
    this.write(Buffer.from(`${pad}${label}${needle}${suffix}\n`, 'latin1'));
    return { line, column: gap + 1 };
  }

  /** Fills up to exactly `size` bytes, ending with a newline. */
  finish(size) {
    this.fillTo(size - 1);
    const rest = size - this.pos;
    if (rest > 0) this.write(Buffer.from(`${PAD.repeat(Math.ceil(rest / PAD.length)).slice(0, rest - 1)}\n`, 'latin1'));
  }
}

/** Writes a file of exactly `size` bytes of filler lines. */
export function writePlainText(file, size, block) {
  const fd = fs.openSync(file, 'w');
  try {
    new TextWriter(fd, block).finish(size);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
