import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASELINE_VERSION, loadBaseline, toBaseline, writeBaseline } from '../../src/config/baseline.js';
import { WriteError } from '../../src/errors.js';
import { makeFinding, maskOf, randomFingerprint, randomToken, writeFile, configErrorMessage, useTempCwd } from './helpers.js';

const tempDir = useTempCwd();

/** The one-line ConfigError message of a promise that must reject. */
const messageOf = configErrorMessage;

async function baselineError(content: unknown, raw = false): Promise<string> {
  await writeFile(tempDir(), 'baseline.json', raw ? String(content) : JSON.stringify(content));
  return messageOf(loadBaseline('baseline.json'));
}

const now = new Date('2025-03-04T05:06:07.890Z');

describe('toBaseline', () => {
  it('writes sorted, de-duplicated entries as pretty JSON with a trailing newline', () => {
    const fpA = `a${'0'.repeat(31)}`;
    const fpB = `b${'0'.repeat(31)}`;
    const findings = [
      makeFinding({ path: 'src/z.ts', line: 9, fingerprint: fpB, masked: 'mon_aaaa…bbbb' }),
      makeFinding({ path: 'src/a.ts', line: 12, fingerprint: fpA, masked: 'mon_cccc…dddd' }),
      // The same token twice in one file is one decision; the first line is kept.
      makeFinding({ path: 'src/a.ts', line: 3, fingerprint: fpA, masked: 'mon_cccc…dddd' }),
      makeFinding({ path: 'src/a.ts', line: 3, fingerprint: fpB, masked: 'mon_aaaa…bbbb', ruleId: 'test-token' }),
      // The same token in another file is a separate entry.
      makeFinding({ path: 'lib/b.ts', line: 1, fingerprint: fpA, masked: 'mon_cccc…dddd' }),
    ];
    const text = toBaseline(findings, now);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(
      `${JSON.stringify(
        {
          version: 1,
          tool: 'monime-guard',
          createdAt: '2025-03-04T05:06:07.890Z',
          findings: [
            { fingerprint: fpA, ruleId: 'live-token', path: 'lib/b.ts', line: 1, masked: 'mon_cccc…dddd' },
            { fingerprint: fpA, ruleId: 'live-token', path: 'src/a.ts', line: 3, masked: 'mon_cccc…dddd' },
            { fingerprint: fpB, ruleId: 'test-token', path: 'src/a.ts', line: 3, masked: 'mon_aaaa…bbbb' },
            { fingerprint: fpB, ruleId: 'live-token', path: 'src/z.ts', line: 9, masked: 'mon_aaaa…bbbb' },
          ],
        },
        null,
        2,
      )}\n`,
    );
  });

  it('sorts paths by code unit, not by locale', () => {
    const text = toBaseline([makeFinding({ path: 'b.ts' }), makeFinding({ path: 'B.ts' }), makeFinding({ path: 'a.ts' })], now);
    const paths = (JSON.parse(text) as { findings: { path: string }[] }).findings.map((entry) => entry.path);
    expect(paths).toEqual(['B.ts', 'a.ts', 'b.ts']);
  });

  it('writes an empty baseline', () => {
    expect(JSON.parse(toBaseline([], now))).toEqual({
      version: BASELINE_VERSION,
      tool: 'monime-guard',
      createdAt: now.toISOString(),
      findings: [],
    });
  });

  it('never stores a token, even from a finding built wrongly', () => {
    const live = randomToken('live');
    const test = randomToken('test', 40);
    const text = toBaseline([makeFinding({ masked: live }), makeFinding({ masked: `${test} `, ruleId: 'test-token', tokenKind: 'test' })], now);
    expect(text).not.toContain(live);
    expect(text).not.toContain(test);
    expect(text).toContain(maskOf(live));
    expect(text).toContain(maskOf(test));
  });

  it('refuses a fingerprint it could not read back', () => {
    expect(() => toBaseline([makeFinding({ fingerprint: 'XYZ', path: 'src/a.ts', line: 4 })], now)).toThrow(
      'toBaseline: the finding at src/a.ts:4 has a fingerprint that is not 32 lowercase hex characters',
    );
  });
});

describe('loadBaseline', () => {
  it('round-trips the fingerprints of toBaseline', async () => {
    const findings = Array.from({ length: 25 }, (_, index) => makeFinding({ path: `src/f${index % 7}.ts`, line: index + 1 }));
    await writeFile(tempDir(), 'baseline.json', toBaseline(findings, now));
    await expect(loadBaseline('baseline.json')).resolves.toEqual(new Set(findings.map((finding) => finding.fingerprint)));
    await expect(loadBaseline(path.join(tempDir(), 'baseline.json'))).resolves.toHaveProperty('size', 25);
  });

  it('round-trips through writeBaseline, creating the directory and leaving no temp files', async () => {
    const findings = [makeFinding(), makeFinding({ path: 'b.ts' })];
    await writeBaseline('.monime/baseline.json', findings, now);
    expect(await fs.readdir(path.join(tempDir(), '.monime'))).toEqual(['baseline.json']);
    expect(await fs.readFile(path.join(tempDir(), '.monime/baseline.json'), 'utf8')).toBe(toBaseline(findings, now));
    await expect(loadBaseline('.monime/baseline.json')).resolves.toEqual(new Set(findings.map((finding) => finding.fingerprint)));
  });

  it('names a baseline it cannot write', async () => {
    await writeFile(tempDir(), 'blocker', 'a file where a directory should be');
    expect(await messageOf(writeBaseline('blocker/baseline.json', [], now))).toBe(
      "blocker/baseline.json: cannot create the baseline file's directory (EEXIST)",
    );
    await fs.mkdir(path.join(tempDir(), 'taken.json'));
    // The file itself is written by the one file writer, whose failures are WriteErrors.
    const taken = await writeBaseline('taken.json', [], now).catch((error: unknown) => error);
    expect(taken).toBeInstanceOf(WriteError);
    expect((taken as WriteError).message).toBe('taken.json: cannot write the baseline file (EISDIR)');
    expect((await fs.readdir(tempDir())).sort()).toEqual(['blocker', 'taken.json']);
  });

  it('ignores fields only reviewers use', async () => {
    const fingerprint = randomFingerprint();
    await writeFile(tempDir(), 'baseline.json', JSON.stringify({ version: 1, tool: 'monime-guard', findings: [{ fingerprint, note: 'rotated' }] }));
    await expect(loadBaseline('baseline.json')).resolves.toEqual(new Set([fingerprint]));
  });

  it('names a missing file, a directory and an empty file', async () => {
    expect(await messageOf(loadBaseline('nope.json'))).toBe(
      'nope.json: baseline file not found; create it with `monime-guard baseline` (it records today\'s findings), or take "baseline" out of the config',
    );
    await fs.mkdir(path.join(tempDir(), 'base'));
    expect(await messageOf(loadBaseline('base'))).toBe('base: is a directory, not a baseline file');
    expect(await baselineError('', true)).toBe('baseline.json: baseline file is empty');
  });

  it('names text that is not JSON, with line and column', async () => {
    expect(await baselineError('{\n  "version": 1,\n  "tool": monime-guard\n}', true)).toBe(
      'baseline.json is not JSON (unexpected character "m" at line 3 column 11)',
    );
    expect(await baselineError('version: 1\n', true)).toBe('baseline.json is not JSON (unexpected character "v" at line 1 column 1)');
    expect(await baselineError('{"version": 1, "version": 1}', true)).toBe('baseline.json: duplicate key "version" at line 1 column 16');
  });

  it('does not echo a token from a file that is not JSON', async () => {
    const token = randomToken('live');
    const message = await baselineError(`${token}\n`, true);
    expect(message).not.toContain(token);
    expect(message).toBe('baseline.json is not JSON (unexpected character "m" at line 1 column 1)');
  });

  const fingerprint = 'f'.repeat(32);
  const shapes: [string, unknown, string][] = [
    ['an array', [], 'baseline.json: a baseline must be a JSON object (got an array)'],
    ['a string', 'x', 'baseline.json: a baseline must be a JSON object (got "x")'],
    ['no version', { tool: 'monime-guard', findings: [] }, 'baseline.json: / needs a "version"; is this a monime-guard baseline?'],
    ['version 0', { version: 0, tool: 'monime-guard', findings: [] }, 'baseline.json: /version must be 1 (got 0)'],
    ['version "1"', { version: '1', tool: 'monime-guard', findings: [] }, 'baseline.json: /version must be 1 (got "1")'],
    [
      'a newer version',
      { version: 2, tool: 'monime-guard', findings: [] },
      'baseline.json: baseline version 2 is newer than this monime-guard reads (version 1); upgrade monime-guard',
    ],
    ['no tool', { version: 1, findings: [] }, 'baseline.json: / needs a "tool"; is this a monime-guard baseline?'],
    ['another tool', { version: 1, tool: 'gitleaks', findings: [] }, 'baseline.json: /tool must be "monime-guard" (got "gitleaks")'],
    ['no findings', { version: 1, tool: 'monime-guard' }, 'baseline.json: / needs a "findings"'],
    ['findings an object', { version: 1, tool: 'monime-guard', findings: {} }, 'baseline.json: /findings must be an array (got an object)'],
    [
      'an entry not an object',
      { version: 1, tool: 'monime-guard', findings: [fingerprint] },
      `baseline.json: /findings/0 must be an object (got "${fingerprint}")`,
    ],
    [
      'an entry without a fingerprint',
      { version: 1, tool: 'monime-guard', findings: [{ fingerprint }, { path: 'a.ts' }] },
      'baseline.json: /findings/1 needs a "fingerprint"',
    ],
    [
      'an uppercase fingerprint',
      { version: 1, tool: 'monime-guard', findings: [{ fingerprint: 'F'.repeat(32) }] },
      `baseline.json: /findings/0/fingerprint must be 32 lowercase hex characters (got "${'F'.repeat(32)}")`,
    ],
    [
      'a short fingerprint',
      { version: 1, tool: 'monime-guard', findings: [{ fingerprint: 'abc' }] },
      'baseline.json: /findings/0/fingerprint must be 32 lowercase hex characters (got "abc")',
    ],
    [
      'a numeric fingerprint',
      { version: 1, tool: 'monime-guard', findings: [{ fingerprint: 12 }] },
      'baseline.json: /findings/0/fingerprint must be 32 lowercase hex characters (got 12)',
    ],
  ];
  it.each(shapes)('names a wrong shape: %s', async (_name, content, message) => {
    expect(await baselineError(content)).toBe(message);
  });

  it('masks a token stored where a fingerprint should be', async () => {
    const token = randomToken('test');
    const message = await baselineError({ version: 1, tool: 'monime-guard', findings: [{ fingerprint: token }] });
    expect(message).not.toContain(token);
    expect(message).toBe(`baseline.json: /findings/0/fingerprint must be 32 lowercase hex characters (got "${maskOf(token)}")`);
  });
});
