/**
 * The library entry point `scan()`: what a finding holds, that threading does not change the
 * result, that a token across a read-chunk boundary is found once at the right place, and (as a
 * property) that any token in any text is found once at the right line and column and no report
 * format shows it whole.
 *
 * From TypeScript sources worker threads are not available and `scan()` stays on the calling
 * thread; test/cli/scan.test.ts drives the built worker path through the CLI.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKEN_LENGTH } from '../../src/detector/grammar.js';
import { formatReport, reportFormats, type ReportContext } from '../../src/reporters/index.js';
import { scan } from '../../src/scan/scan.js';
import { CHUNK_BYTES } from '../../src/sources/fragments.js';
import type { ScanResult } from '../../src/types.js';
import { liveToken, maskOf, testToken } from '../support/tokens.js';

let tmp: string;
beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-scan-')));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fresh directory under this file's temp dir. */
function freshDir(name: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

/** The result without its wall time, which is the one field two equal scans may differ in. */
function withoutTime(result: ScanResult): unknown {
  return { ...result, stats: { ...result.stats, durationMs: 0 } };
}

/** Scans text given as standard input, with no configuration file. */
function scanText(text: string | Buffer): Promise<ScanResult> {
  return scan({ root: tmp, paths: ['-'], stdin: text, config: {}, threads: 1 });
}

const CONTEXTS: ReportContext[] = [
  { toolVersion: '0.0.0-test', color: false, rootUri: 'file:///repo/', showPlaceholders: true, failOn: 'any' },
  { toolVersion: '0.0.0-test', color: true },
];

describe('findings', () => {
  it('carry rule, severity, confidence, kind, relative path, span, mask and fingerprint', async () => {
    const root = freshDir('fields');
    const live = liveToken();
    const test = testToken();
    writeFiles(root, {
      'src/deep/config.ts': `// config\n  export const key = "${live}";\n`,
      'other/copy.env': `MONIME_ACCESS_TOKEN=${live}\n`,
      'tests/fixture.json': `{\n  "a": 1,\n  "token": "${test}"\n}\n`,
    });
    const result = await scan({ root, config: {}, gitIgnore: false });
    expect(result.findings.map((f) => f.path)).toEqual(['other/copy.env', 'src/deep/config.ts', 'tests/fixture.json']);
    const [copy, config, fixture] = result.findings;
    expect(config).toEqual({
      ruleId: 'live-token',
      severity: 'error',
      confidence: 'high',
      tokenKind: 'live',
      path: 'src/deep/config.ts',
      origin: { kind: 'file', path: 'src/deep/config.ts' },
      span: { start: { line: 2, column: 23 }, end: { line: 2, column: 23 + live.length } },
      masked: maskOf(live),
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown as string,
      bodyLength: 64,
    });
    expect(copy).toMatchObject({ span: { start: { line: 1, column: 21 } }, masked: maskOf(live) });
    // The same token in two files has one fingerprint; another token has another.
    expect(copy?.fingerprint).toBe(config?.fingerprint);
    expect(fixture).toMatchObject({
      ruleId: 'test-token',
      severity: 'warning',
      tokenKind: 'test',
      span: { start: { line: 3, column: 13 }, end: { line: 3, column: 13 + test.length } },
      masked: maskOf(test),
    });
    expect(fixture?.fingerprint).not.toBe(config?.fingerprint);
    expect(result.stats).toMatchObject({ filesScanned: 3, binarySkipped: 0, warnings: 0 });
    expect(JSON.stringify(result)).not.toContain(live);
    expect(JSON.stringify(result)).not.toContain(test);
  });

  it('mark a base64-encoded token with its encoding and the plain token fingerprint', async () => {
    const root = freshDir('base64');
    const token = liveToken();
    const encoded = Buffer.from(token).toString('base64');
    writeFiles(root, {
      'k8s/secret.yaml': `apiVersion: v1\nkind: Secret\ndata:\n  MONIME_ACCESS_TOKEN: ${encoded}\n`,
      'plain.env': `T=${token}\n`,
    });
    const result = await scan({ root, config: {}, gitIgnore: false });
    const [secret, plain] = result.findings;
    expect(secret).toMatchObject({
      path: 'k8s/secret.yaml',
      ruleId: 'live-token',
      tokenKind: 'live',
      encoding: 'base64',
      masked: maskOf(token),
      span: { start: { line: 4, column: 24 } },
    });
    expect(secret!.span.end.column).toBeGreaterThan(24 + 64);
    expect(secret!.span.end.column).toBeLessThanOrEqual(24 + encoded.length);
    expect(plain?.encoding).toBeUndefined();
    expect(secret?.fingerprint).toBe(plain?.fingerprint);
  });

  it('give bodies of other lengths medium confidence', async () => {
    const token = testToken(40);
    const result = await scanText(`x ${token}\n`);
    expect(result.findings).toEqual([expect.objectContaining({ path: '-', confidence: 'medium', bodyLength: 40, tokenKind: 'test', masked: maskOf(token) })]);
  });
});

describe('threads', () => {
  it('give the same result with threads: 1 and threads: 2 on a tree of 320 files', async () => {
    const root = freshDir('threads');
    const files: Record<string, string> = {};
    for (let i = 0; i < 320; i++) {
      const token = i % 2 === 0 ? liveToken() : testToken();
      const content = i % 5 === 0 ? `nothing here ${i}\n` : `${'# pad\n'.repeat(i % 7)}TOKEN_${i}=${token}\n`;
      files[`d${i % 9}/e${i % 4}/f${i}.txt`] = content;
    }
    // One binary file and one placeholder, so every counter has something in it.
    files['bin/blob.dat'] = '\0\0binary';
    files['docs/readme.md'] = `use mon_test_${'X'.repeat(31)} here\n`;
    writeFiles(root, files);
    const one = await scan({ root, config: {}, gitIgnore: false, threads: 1, placeholders: true });
    const two = await scan({ root, config: {}, gitIgnore: false, threads: 2, placeholders: true });
    expect(one.findings).toHaveLength(256);
    expect(one.stats).toMatchObject({ filesScanned: 321, binarySkipped: 1 });
    expect(one.placeholders).toHaveLength(1);
    expect(withoutTime(two)).toEqual(withoutTime(one));
  });
});

describe('read-chunk boundaries', () => {
  // The reader fills a CHUNK_BYTES buffer; each window reports up to about 8 × MAX_TOKEN_LENGTH × 4
  // bytes before its end and keeps the rest as overlap for the next (OVERLAP in fragments.ts).
  // Offsets around both edges, and the next window's, are tried.
  const overlap = 8 * MAX_TOKEN_LENGTH * 4;

  /**
   * Text whose line `linePrefix + token` starts so that the token's first byte is at
   * `tokenOffset`. Lines before it are ASCII; the expected position is returned with it.
   */
  function textWithTokenAt(tokenOffset: number, linePrefix: string, token: string): { bytes: Buffer; line: number; column: number } {
    const prefix = Buffer.from(linePrefix);
    const lineStart = tokenOffset - prefix.length;
    if (lineStart < 0) throw new Error('offset too small for the prefix');
    const full = Math.floor(lineStart / 80);
    const rest = lineStart % 80;
    const lines = Buffer.alloc(full * 80, `${'x'.repeat(79)}\n`);
    const partial = rest > 0 ? Buffer.from(`${'y'.repeat(rest - 1)}\n`) : Buffer.alloc(0);
    // 80 KiB after the token, so the input goes on past the edges around the token: a window
    // ends at its report edge only when more input follows.
    const after = Buffer.from(` tail\n${`${'z'.repeat(79)}\n`.repeat(1024)}`);
    const bytes = Buffer.concat([lines, partial, prefix, Buffer.from(token), after]);
    expect(bytes.indexOf(token)).toBe(tokenOffset);
    return { bytes, line: full + (rest > 0 ? 1 : 0) + 1, column: linePrefix.length + 1 };
  }

  const prefixes = {
    ascii: 'export const MONIME_ACCESS_TOKEN = ',
    // 2-, 3- and 4-byte characters, ending right before the token, so a boundary inside the
    // prefix falls in the middle of a character at some offsets.
    multibyte: `${'é€😀ü'.repeat(400)}😀€`,
  };
  const token = liveToken();
  const offsets = [
    CHUNK_BYTES - overlap - 3,
    CHUNK_BYTES - overlap,
    CHUNK_BYTES - overlap + 1,
    CHUNK_BYTES - overlap + 5,
    CHUNK_BYTES - token.length - 1,
    CHUNK_BYTES - token.length,
    CHUNK_BYTES - 30,
    CHUNK_BYTES - 1,
    CHUNK_BYTES,
    CHUNK_BYTES + 1,
    CHUNK_BYTES + 2,
    CHUNK_BYTES + 4,
    CHUNK_BYTES + 6,
    2 * CHUNK_BYTES - 2 * overlap - 2048 + 3,
    2 * CHUNK_BYTES + 1,
  ];

  for (const [name, linePrefix] of Object.entries(prefixes)) {
    it(`finds a token once at the right line and column around the boundary (${name} prefix)`, async () => {
      for (const offset of offsets) {
        const { bytes, line, column } = textWithTokenAt(offset, linePrefix, token);
        const result = await scanText(bytes);
        const where = `token at byte ${offset} (CHUNK_BYTES ${offset - CHUNK_BYTES >= 0 ? '+' : ''}${offset - CHUNK_BYTES})`;
        expect(
          result.findings.map((f) => [f.span.start.line, f.span.start.column, f.span.end.column]),
          where,
        ).toEqual([[line, column, column + token.length]]);
      }
    });
  }

  it('finds a token across the boundary of a real file once, at the right place', async () => {
    const root = freshDir('chunk-file');
    const { bytes, line, column } = textWithTokenAt(CHUNK_BYTES - 20, prefixes.multibyte, token);
    writeFiles(root, { 'big.txt': bytes });
    const result = await scan({ root, config: {}, gitIgnore: false, threads: 1 });
    expect(result.findings.map((f) => [f.path, f.span.start.line, f.span.start.column])).toEqual([['big.txt', line, column]]);
    expect(result.stats.bytesScanned).toBe(bytes.length);
  });

  // BUG (src/sources/fragments.ts, utf16Units): columns of later windows are counted on raw bytes
  // (one unit per non-continuation byte, two per byte >= 0xF0), but the detector's text is decoded
  // with U+FFFD for each invalid sequence. On a line with invalid UTF-8 before the token, the
  // column then depends on where the chunk boundary falls: a stray continuation byte (0x80)
  // counts 0 units instead of 1 (and a truncated 4-byte lead such as 0xF0 '(' counts 2 instead
  // of 1).
  it('counts columns the same way on both sides of a boundary when the line holds invalid UTF-8', async () => {
    const invalid = Buffer.from([0x80, 0x80, 0x20, 0xc3, 0x20]);
    const decodedUnits = invalid.toString('utf8').length; // U+FFFD, U+FFFD, ' ', U+FFFD, ' '
    const small = Buffer.concat([Buffer.from('a\n'), invalid, Buffer.from(`K=${token}\n`)]);
    const smallResult = await scanText(small);
    expect(smallResult.findings[0]?.span.start).toEqual({ line: 2, column: decodedUnits + 3 });

    // The same line, placed so that the invalid bytes are reported by the first window and the
    // token, 200 characters later, by the second.
    const padding = CHUNK_BYTES - overlap - 50;
    const head = Buffer.concat([Buffer.alloc(padding - 1, 'p'), Buffer.from('\n')]);
    const line = Buffer.concat([invalid, Buffer.from(`${'q'.repeat(200)}=${token}\n`), Buffer.alloc(65536, 'r')]);
    const big = await scanText(Buffer.concat([head, line]));
    expect(big.findings[0]?.span.start).toEqual({ line: 2, column: decodedUnits + 202 });
  });
});

describe('property: any token in any text', () => {
  /** Characters that may stand right before and right after a token. */
  const boundary = fc.constantFrom(' ', '\t', '\n', '\r\n', '"', "'", '`', '=', ':', '(', ')', ',', ';', '>', '<', '[', ']', '{', '}', '/', 'é', '😀', '€');
  /** Surrounding text: any Unicode, newlines, and pieces that look like the start of a token. */
  const surrounding = fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\n\n', ' ', '\t') },
        { weight: 1, arbitrary: fc.constantFrom('mon_', 'mon_test_', 'mon_test_abc', 'daemon_', '%5F', '\\u005f', 'bW9uX', '…', '${', '*') },
      ),
      { maxLength: 12 },
    )
    // A NUL in the first 8 KiB makes any input binary (skipped, by design), so it is left out.
    .map((parts) => parts.join('').replaceAll('\0', ' '));

  it('is found exactly once, at the expected line and column, and no report shows it whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        surrounding,
        boundary,
        fc.constantFrom<'live' | 'test'>('live', 'test'),
        fc.constantFrom(64, 64, 64, 32, 48, 80),
        boundary,
        surrounding,
        async (before, open, kind, length, close, after) => {
          const token = kind === 'live' ? liveToken(length) : testToken(length);
          const head = before + open;
          const text = head + token + close + after;
          const lineStart = head.lastIndexOf('\n') + 1;
          const line = head.split('\n').length;
          // A byte order mark at the very start is not part of the text, as editors show it.
          const bom = line === 1 && head.startsWith('\ufeff') ? 1 : 0;
          const column = head.length - lineStart + 1 - bom;

          const result = await scanText(text);
          expect(result.findings.map((f) => [f.tokenKind, f.span.start.line, f.span.start.column, f.span.end.column, f.masked])).toEqual([
            [kind, line, column, column + token.length, maskOf(token)],
          ]);
          const body = token.slice(kind === 'test' ? 9 : 4);
          for (const format of reportFormats) {
            for (const ctx of CONTEXTS) {
              const report = formatReport(result, format, ctx);
              expect(report.includes(token), `${format} shows the token`).toBe(false);
              expect(report.includes(body), `${format} shows the body`).toBe(false);
            }
          }
        },
      ),
      { numRuns: 250 },
    );
  });
});

describe('evidence over several lines', () => {
  it('ends a wrapped base64 finding on the line where its encoded text ends', async () => {
    // Draw until no line break splits the prefix's base64 needle (see the detector's tests).
    for (;;) {
      const token = liveToken();
      const flat = Buffer.from(`MONIME_ACCESS_TOKEN=${token}\n`).toString('base64');
      const wrapped = flat.replace(/(.{76})/g, '$1\n');
      const result = await scan({ paths: ['-'], stdin: `data: |\n${wrapped}`, config: {} });
      if (result.findings.length === 0) continue;
      const { start, end } = result.findings[0]!.span;
      expect(start.line).toBe(2);
      expect(end.line).toBe(3);
      const lines = `data: |\n${wrapped}`.split('\n');
      // The end column is just past the last encoded character of the token on line 3.
      expect(end.column).toBeGreaterThan(1);
      expect(end.column).toBeLessThanOrEqual((lines[2] ?? '').length + 1);
      return;
    }
  });
});
