/**
 * A byte-order mark the bytes contradict (issue 24, §2): a stray `FF FE` (or `FE FF`) before ASCII
 * used to make the whole file UTF-16, decoded into CJK-looking characters, so a token in it was
 * never found and nothing was said. Such a file is read as UTF-8 after the mark and named in a
 * `bom-mismatch` warning; real UTF-16 is read as before.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scan.js';
import { scanBytes, emptyBatch } from '../../src/scan/scan-input.js';
import { CHUNK_BYTES } from '../../src/sources/fragments.js';
import { liveToken, maskOf, testToken } from '../support/tokens.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp directory holding the given files. */
function tree(files: Record<string, Buffer>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-encoding-')));
  dirs.push(dir);
  for (const [name, bytes] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), bytes);
  return dir;
}

const LE = Buffer.from([0xff, 0xfe]);
const BE = Buffer.from([0xfe, 0xff]);

describe('a UTF-16 byte-order mark before bytes that are not UTF-16', () => {
  it('is read as UTF-8 after the mark: the token is found at its place, and a warning names the file', async () => {
    const [a, b] = [liveToken(), testToken()];
    const root = tree({
      'le.env': Buffer.concat([LE, Buffer.from(`# payments\nMONIME_ACCESS_TOKEN=${a}\n`)]),
      'be.env': Buffer.concat([BE, Buffer.from(`KEY=${b}\n`)]),
    });
    const result = await scan({ root, paths: ['.'], gitIgnore: false });
    expect(result.findings.map((f) => [f.path, f.span.start.line, f.span.start.column, f.masked])).toEqual([
      ['be.env', 1, 5, maskOf(b)],
      ['le.env', 2, 21, maskOf(a)],
    ]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['bom-mismatch', 'be.env'],
      ['bom-mismatch', 'le.env'],
    ]);
    expect(result.warnings[0]!.message).toBe(
      'be.env: starts with a UTF-16 byte-order mark, but its bytes are not UTF-16 (no zero bytes); read as UTF-8 after the mark',
    );
    expect(result.stats.filesScanned).toBe(2);
  });

  it('is warned about when the file holds no token, and in a file larger than one read', async () => {
    const token = liveToken();
    const big = Buffer.concat([LE, Buffer.from('x'.repeat(CHUNK_BYTES + 1000) + `\nK=${token}\n`)]);
    const root = tree({ 'clean.txt': Buffer.concat([LE, Buffer.from('nothing to see\n')]), 'big.txt': big });
    const result = await scan({ root, paths: ['.'], gitIgnore: false });
    expect(result.findings.map((f) => [f.path, f.span.start.line, f.masked])).toEqual([['big.txt', 2, maskOf(token)]]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['bom-mismatch', 'big.txt'],
      ['bom-mismatch', 'clean.txt'],
    ]);
  });

  it('on standard input and in a git blob', async () => {
    const token = liveToken();
    const bytes = Buffer.concat([LE, Buffer.from(`K=${token}\n`)]);
    const result = await scan({ root: tree({}), paths: ['-'], stdin: bytes, stdinFilename: 'app.log' });
    expect(result.findings.map((f) => [f.path, f.masked])).toEqual([['app.log', maskOf(token)]]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([['bom-mismatch', 'app.log']]);
    const blob = emptyBatch();
    scanBytes(bytes, 'config/app.env', { rules: {}, scanBinary: false, placeholders: false, root: '/', exclude: [], walkSkip: [] } as never, blob);
    expect(blob.warnings.map((w) => w.code)).toEqual(['bom-mismatch']);
  });
});

describe('real UTF-16 with a byte-order mark', () => {
  it('is read as UTF-16, with no warning', async () => {
    const [a, b] = [liveToken(), testToken()];
    const be = Buffer.from(`K=${b}\n`, 'utf16le').swap16();
    const root = tree({
      'le.txt': Buffer.concat([LE, Buffer.from(`K=${a}\n`, 'utf16le')]),
      'be.txt': Buffer.concat([BE, be]),
      'cjk.txt': Buffer.concat([LE, Buffer.from('中文', 'utf16le')]),
    });
    const result = await scan({ root, paths: ['.'], gitIgnore: false });
    expect(result.findings.map((f) => [f.path, f.span.start.column, f.masked])).toEqual([
      ['be.txt', 3, maskOf(b)],
      ['le.txt', 3, maskOf(a)],
    ]);
    expect(result.warnings).toEqual([]);
  });
});
