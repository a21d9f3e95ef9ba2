import { describe, expect, it } from 'vitest';
import { buildJsonReport, toJson } from '../../src/reporters/json.js';
import { cleanResult, fullContext, goldenResult, minimalContext } from './fixture.js';
import { expectGolden } from './golden.js';
import { reportErrors } from './schemas.js';

describe('json reporter', () => {
  it('matches the golden report', () => {
    expectGolden('report.json', toJson(goldenResult(), fullContext));
  });

  it.each([
    ['full context', goldenResult(), fullContext],
    ['minimal context', goldenResult(), minimalContext],
    ['clean scan', cleanResult(), minimalContext],
    ['clean scan with placeholders shown', cleanResult(), fullContext],
  ] as const)('validates against schemas/report.schema.json (%s)', (_name, result, ctx) => {
    expect(reportErrors(JSON.parse(toJson(result, ctx)))).toEqual([]);
  });

  it('is the object buildJsonReport returns, serialised', () => {
    expect(JSON.parse(toJson(goldenResult(), fullContext))).toEqual(buildJsonReport(goldenResult(), fullContext));
  });

  it('leaves out internal fields', () => {
    const result = goldenResult();
    result.findings[0]!.directives = [{ scope: 'same-line', ruleId: 'live-token', reason: 'fixture' }];
    const finding = buildJsonReport(result, fullContext).findings[0]!;
    expect(Object.keys(finding)).toEqual([
      'ruleId',
      'severity',
      'confidence',
      'tokenKind',
      'path',
      'line',
      'column',
      'endLine',
      'endColumn',
      'origin',
      'masked',
      'fingerprint',
      'message',
    ]);
  });

  it('includes encoding and a message', () => {
    const finding = buildJsonReport(goldenResult(), fullContext).findings.find((f) => f.path === 'k8s/secret.yaml');
    expect(finding).toMatchObject({
      encoding: 'base64',
      message: 'Live Monime token mon_K9pL…m2Nq found (base64-encoded)',
      line: 7,
      column: 10,
      endLine: 7,
      endColumn: 102,
    });
  });

  it('includes placeholders only when asked to', () => {
    expect(buildJsonReport(goldenResult(), minimalContext)).not.toHaveProperty('placeholders');
    expect(buildJsonReport(goldenResult(), fullContext).placeholders).toHaveLength(2);
  });

  it('counts findings, and failing ones only with a fail-on threshold', () => {
    expect(buildJsonReport(goldenResult(), minimalContext).summary).toEqual({ findings: 9, error: 4, warning: 3, note: 2 });
    expect(buildJsonReport(goldenResult(), { ...minimalContext, failOn: 'test' }).summary).toMatchObject({
      failOn: 'test',
      failing: 9,
    });
    expect(buildJsonReport(goldenResult(), { ...minimalContext, failOn: 'none' }).summary.failing).toBe(0);
  });

  it('has a schema that rejects reports it does not describe', () => {
    const report = JSON.parse(toJson(goldenResult(), fullContext)) as Record<string, unknown>;
    expect(reportErrors({ ...report, version: 1 })).not.toEqual([]);
    expect(reportErrors({ ...report, version: 3 })).not.toEqual([]);
    expect(reportErrors({ ...report, extra: true })).not.toEqual([]);
    const findings = report.findings as Record<string, unknown>[];
    expect(reportErrors({ ...report, findings: [{ ...findings[0], token: 'x' }] })).not.toEqual([]);
    expect(reportErrors({ ...report, findings: [{ ...findings[0], severity: 'fatal' }] })).not.toEqual([]);
    const { origin: _, ...withoutOrigin } = findings[0]!;
    expect(reportErrors({ ...report, findings: [withoutOrigin] })).not.toEqual([]);
  });

  it('gives a finding in a commit message no path, only its origin', () => {
    const report = buildJsonReport(goldenResult(), fullContext);
    const inMessage = report.findings.filter((f) => f.origin.kind === 'message');
    expect(inMessage).toHaveLength(1);
    expect(inMessage[0]).not.toHaveProperty('path');
    expect(inMessage[0]!.origin).toEqual({ kind: 'message', commit: 'fedcba9876543210fedcba9876543210fedcba98' });
  });
});
