/**
 * Merging JSON reports (src/scan/merge.ts): a report read back is the result it was written
 * from, the same finding at the same place is kept once, the same token at other places at each,
 * and the filters, counters and order are a scan's.
 */
import { describe, expect, it } from 'vitest';
import { compareFindings } from '../../src/findings/order.js';
import { buildJsonReport, toJson, type JsonReport } from '../../src/reporters/json.js';
import { formatReport } from '../../src/reporters/index.js';
import { mergeReports, toFinding } from '../../src/scan/merge.js';
import type { Finding, ScanResult, SuppressedFinding } from '../../src/types.js';
import { fixedStats, goldenResult, makeFinding, spanAt } from '../reporters/fixture.js';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { testToken } from '../support/tokens.js';

const ctx = { toolVersion: '0.1.0', color: false, showPlaceholders: true, includeSuppressed: true, failOn: 'live' as const };

/** The golden result as a scan returns it: sorted, with a suppressed finding and an iac finding with its own sentence. */
function scanLikeResult(): ScanResult {
  const result = goldenResult();
  const policy: Finding = makeFinding({
    path: 'infra/tokens.yaml',
    ruleId: 'iac/no-expiry',
    severity: 'error',
    span: spanAt(4, 3, 10),
    masked: 'mon_Pq8r…St9u',
    fingerprint: '9a2b3c4d5e6f708192a3b4c5d6e7f801',
    detail: 'Token "Main Website Integration" is live and never expires',
  });
  const suppressed: SuppressedFinding = {
    ...makeFinding({ path: 'test/fixtures.ts', masked: 'mon_Zz1y…Xx2w', fingerprint: 'a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5', span: spanAt(2, 9, 68) }),
    suppression: { by: 'allow', reason: 'fixture' },
  };
  return {
    ...result,
    findings: [...result.findings, policy].sort(compareFindings),
    suppressed: [suppressed],
    stats: fixedStats({ warnings: result.warnings.length }),
  };
}

const reportOf = (result: ScanResult): JsonReport => buildJsonReport(result, ctx);

describe('mergeReports', () => {
  it('reads one report back into the result it was written from: the same JSON, and the same SARIF', () => {
    const result = scanLikeResult();
    const merged = mergeReports([reportOf(result)]);
    expect(toJson(merged, ctx)).toBe(toJson(result, ctx));
    expect(formatReport(merged, 'sarif', ctx)).toBe(formatReport(result, 'sarif', ctx));
    expect(formatReport(merged, 'text', ctx)).toBe(formatReport(result, 'text', ctx));
    expect(reportErrors(JSON.parse(toJson(merged, ctx)))).toEqual([]);
    expect(sarifErrors(JSON.parse(formatReport(merged, 'sarif', ctx)))).toEqual([]);
  });

  it('turns each field of a finding back: origin with repository, git, exposure, related, encoding, span, commit messages', () => {
    const finding = toFinding({
      ruleId: 'client-exposed-token',
      severity: 'error',
      confidence: 'medium',
      tokenKind: 'live',
      path: 'dist/app.js',
      line: 3,
      column: 7,
      endLine: 4,
      endColumn: 2,
      origin: { kind: 'blob', path: 'dist/app.js', commit: 'a'.repeat(40), blob: 'b'.repeat(40), repository: 'acme/shop' },
      masked: 'mon_aB3d…wXy9',
      fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      encoding: 'base64',
      exposure: { variable: '', via: 'bundle' },
      related: [{ path: 'src/pay.ts', line: 2, column: 5, role: 'original source' }],
      message: 'anything',
    });
    expect(finding).toMatchObject({
      path: 'dist/app.js',
      origin: { kind: 'blob', path: 'dist/app.js', commit: 'a'.repeat(40), blob: 'b'.repeat(40), repository: 'acme/shop' },
      span: { start: { line: 3, column: 7 }, end: { line: 4, column: 2 } },
      encoding: 'base64',
      exposure: { variable: '', via: 'bundle' },
      related: [{ path: 'src/pay.ts', line: 2, column: 5, role: 'original source' }],
      // A message the fields do not rebuild is kept as the report said it.
      detail: 'anything',
      bodyLength: 0,
    });
    const message = toFinding({
      ruleId: 'test-token',
      severity: 'warning',
      confidence: 'high',
      tokenKind: 'test',
      line: 1,
      column: 12,
      endLine: 1,
      endColumn: 85,
      origin: { kind: 'message', commit: 'c'.repeat(40), repository: 'acme/api' },
      masked: 'mon_test_Gh3i…Jk4l',
      fingerprint: '8192a3b4c5d6e7f8091a2b3c4d5e6f70',
      message: 'Test Monime token mon_test_Gh3i…Jk4l found',
    });
    expect(message).toMatchObject({ path: '(commit message)', origin: { kind: 'message', commit: 'c'.repeat(40), repository: 'acme/api' }, bodyLength: 64 });
    expect(message.detail).toBeUndefined();
  });

  it('keeps the same finding at the same place once, however many reports list it', () => {
    const report = reportOf(scanLikeResult());
    const once = mergeReports([report]);
    const thrice = mergeReports([report, structuredClone(report), report]);
    expect(thrice.findings).toEqual(once.findings);
    expect(thrice.suppressed).toEqual(once.suppressed);
    expect(thrice.warnings).toEqual(once.warnings);
    expect(thrice.placeholders).toEqual(once.placeholders);
    // The counters are sums: a report given three times counts three times.
    expect(thrice.stats.filesScanned).toBe(3 * report.stats.filesScanned);
    expect(thrice.stats.warnings).toBe(once.warnings.length);
  });

  it('keeps the same token at different places at each: other paths, commits, repositories, lines', () => {
    const base = makeFinding({ path: 'a.env', masked: 'mon_aB3d…wXy9', fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0', span: spanAt(1, 21, 68) });
    const variants: Finding[] = [
      base,
      { ...base, path: 'b.env', origin: { kind: 'file', path: 'b.env' } },
      { ...base, origin: { kind: 'file', path: 'a.env', repository: 'acme/one' } },
      { ...base, origin: { kind: 'file', path: 'a.env', repository: 'acme/two' } },
      { ...base, origin: { kind: 'blob', path: 'a.env', commit: 'a'.repeat(40) } },
      { ...base, origin: { kind: 'blob', path: 'a.env', commit: 'b'.repeat(40) } },
      { ...base, span: spanAt(2, 21, 68) },
      { ...base, ruleId: 'client-exposed-token' },
    ];
    const reports = variants.map((finding) => reportOf({ findings: [finding], placeholders: [], warnings: [], stats: fixedStats({ warnings: 0 }) }));
    expect(mergeReports(reports).findings).toHaveLength(variants.length);
    expect(mergeReports([...reports, ...reports]).findings).toHaveLength(variants.length);
  });

  it('merges overlapping reports and sorts as a scan does', () => {
    const [a, b, c] = ['a.env', 'b.env', 'c.env'].map((path, i) =>
      makeFinding({ path, masked: 'mon_aB3d…wXy9', fingerprint: `${i}f1e2d3c4b5a69788796a5b4c3d2e1f0`, span: spanAt(1, 21, 68) }),
    );
    const result = (findings: Finding[]): ScanResult => ({ findings, placeholders: [], warnings: [], stats: fixedStats({ warnings: 0 }) });
    const merged = mergeReports([reportOf(result([c!, b!])), reportOf(result([b!, a!]))]);
    expect(merged.findings.map((f) => f.path)).toEqual(['a.env', 'b.env', 'c.env']);
  });

  it('a finding one report suppressed and another reported is a finding, listed once', () => {
    const finding = makeFinding({ path: 'a.env', masked: 'mon_aB3d…wXy9', fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' });
    const reported = reportOf({ findings: [finding], placeholders: [], warnings: [], stats: fixedStats({ warnings: 0 }) });
    const suppressed = reportOf({
      findings: [],
      suppressed: [{ ...finding, suppression: { by: 'baseline' } }],
      placeholders: [],
      warnings: [],
      stats: fixedStats({ warnings: 0 }),
    });
    const merged = mergeReports([suppressed, reported]);
    expect(merged.findings).toHaveLength(1);
    expect(merged.suppressed).toEqual([]);
    expect(mergeReports([suppressed]).suppressed).toHaveLength(1);
  });

  it('applies allow entries and a baseline on top, counted and listed as suppressed', () => {
    const result = scanLikeResult();
    const merged = mergeReports([reportOf(result)], {
      allow: [{ path: 'k8s/**', reason: 'sealed secrets' }],
      baseline: new Set(['0f1e2d3c4b5a69788796a5b4c3d2e1f0']),
    });
    expect(merged.findings).toHaveLength(result.findings.length - 2);
    expect(merged.stats.allowed).toBe(result.stats.allowed + 1);
    expect(merged.stats.baselined).toBe(result.stats.baselined + 1);
    expect(merged.suppressed!.map((f) => [f.path, f.suppression.by])).toEqual([
      ['.env', 'baseline'],
      ['k8s/secret.yaml', 'allow'],
      ['test/fixtures.ts', 'allow'],
    ]);
  });

  it('masks anything token-shaped in the free text it copies', () => {
    const token = testToken();
    const report = reportOf(scanLikeResult());
    report.warnings.push({ path: `notes-${token}.txt`, code: 'unreadable', message: `cannot read ${token}` });
    report.suppressed![0]!.suppression.reason = `was ${token}`;
    report.findings[0]!.message = `odd message ${token}`;
    const merged = mergeReports([report]);
    for (const format of ['json', 'text', 'sarif', 'markdown', 'github'] as const) {
      const text = formatReport(merged, format, ctx);
      expect(text).not.toContain(token);
      expect(text).not.toContain(token.slice('mon_test_'.length));
    }
  });
});
