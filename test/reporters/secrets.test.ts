/**
 * No report may hold a whole token (docs/output.md, "Masking and fingerprints"). The findings here carry masks of real,
 * randomly generated tokens, built with the mask rule, and every format, with every option,
 * must show nothing of a body beyond its first and last four characters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReport, reportFormats, type ReportContext } from '../../src/reporters/index.js';
import type { ScanResult } from '../../src/types.js';
import { cleanResult, findingFor, fullContext, generateToken, maskOf, minimalContext, type GeneratedToken } from './fixture.js';

/** Every format with both the fullest and the barest context, and with colour on. */
const CONTEXTS: ReportContext[] = [fullContext, minimalContext, { ...fullContext, color: true }];

/** Runs of the body a report would show only if it leaked more than the mask. */
function leakWindows(token: GeneratedToken): string[] {
  // Nine characters is one more than the mask keeps (four and four) and long enough that a random
  // base62 run turning up by chance elsewhere in a report is not a concern.
  const windows: string[] = [];
  for (let i = 0; i + 9 <= token.body.length; i += 1) windows.push(token.body.slice(i, i + 9));
  return windows;
}

function resultFor(tokens: GeneratedToken[]): ScanResult {
  const result = cleanResult();
  result.findings = tokens.map((token, index) => findingFor(token, `src/file-${index}.ts`, index + 1));
  result.placeholders = tokens.map((token, index) => ({
    path: `docs/page-${index}.md`,
    span: { start: { line: 1, column: 1 }, end: { line: 1, column: token.token.length + 1 } },
    masked: maskOf(token),
    reason: 'redacted',
  }));
  return result;
}

function expectNoLeak(tokens: GeneratedToken[]): void {
  const result = resultFor(tokens);
  for (const format of reportFormats) {
    for (const ctx of CONTEXTS) {
      const report = formatReport(result, format, ctx);
      for (const token of tokens) {
        expect(report, `${format} shows the mask`).toContain(maskOf(token));
        expect(report.includes(token.token), `${format} leaks a whole token`).toBe(false);
        expect(report.includes(token.body), `${format} leaks a whole body`).toBe(false);
        for (const window of leakWindows(token)) {
          expect(report.includes(window), `${format} leaks part of a body`).toBe(false);
        }
      }
    }
  }
}

describe('secrets in reports', () => {
  it('never shows more than the mask of live and test tokens of every length', () => {
    expectNoLeak([generateToken('live'), generateToken('test'), generateToken('live', 32), generateToken('test', 40), generateToken('live', 31)]);
  });

  it('never shows more than the mask, for any generated token', () => {
    fc.assert(
      fc.property(fc.constantFrom<'live' | 'test'>('live', 'test'), fc.integer({ min: 16, max: 96 }), (kind, length) => {
        expectNoLeak([generateToken(kind, length)]);
      }),
      { numRuns: 25 },
    );
  });
});

describe('a token in any field of a result', () => {
  it('is masked by formatReport in every format: paths, entries, authors, repositories, URLs, warnings', () => {
    fc.assert(
      fc.property(fc.constantFrom<'live' | 'test'>('live', 'test'), fc.constantFrom('', '-', '.', '@'), (kind, around) => {
        const planted = Array.from({ length: 8 }, () => generateToken(kind));
        const [inPath, inEntry, inAuthor, inEmail, inRepository, inUri, inWarning, inDetail] = planted.map((token) => `${around}${token.token}${around}`);
        const result = cleanResult();
        const finding = findingFor(generateToken('live'), `app/${inPath}/pay.ts`, 3);
        finding.origin = {
          kind: 'blob',
          path: `app/${inPath}/pay.ts`,
          entry: [`lib/${inEntry}.js`],
          commit: 'a'.repeat(40),
          repository: `acme/${inRepository}`,
        };
        finding.git = { commit: 'a'.repeat(40), author: `${inAuthor} <${inEmail}@example.com>`, date: '2026-01-02T03:04:05Z' } as never;
        finding.detail = `the token named ${inDetail} never expires`;
        result.findings = [finding];
        result.repositories = [{ name: `acme/${inRepository}`, uri: `https://example.com/${inUri}/shop`, revision: 'b'.repeat(40) }];
        result.warnings = [{ path: inWarning!, code: 'unreadable', message: `${inWarning}: cannot open (EACCES)` }];
        for (const format of reportFormats) {
          for (const ctx of CONTEXTS) {
            const report = formatReport(result, format, ctx);
            for (const token of planted) expect(report.includes(token.body), `${format} leaks a whole body`).toBe(false);
          }
        }
      }),
      { numRuns: 10 },
    );
  });
});
