/**
 * Reading JSON reports back (src/scan/read-report.ts, src/scan/schema-check.ts): the checker
 * knows every keyword the report schema uses, agrees with ajv on valid and broken reports, and
 * every problem is one line naming the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { buildJsonReport } from '../../src/reporters/json.js';
import { parseJsonReport, readJsonReport } from '../../src/scan/read-report.js';
import { schemaProblem, unknownKeywords, type JsonSchema } from '../../src/scan/schema-check.js';
import { makeTempDir, REPO_ROOT } from '../cli/run-cli.js';
import { fullContext, goldenResult } from '../reporters/fixture.js';
import { reportErrors } from '../reporters/schemas.js';

const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas/report.schema.json'), 'utf8')) as JsonSchema;
const golden = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(buildJsonReport(goldenResult(), { ...fullContext, includeSuppressed: true }))) as Record<string, unknown>;

/** Broken reports: each breaks one rule of the schema. */
const BROKEN: [string, (report: any) => void][] = [
  ['a missing required field', (r) => delete r.stats],
  ['an unknown top-level field', (r) => (r.extra = 1)],
  ['a line that is a string', (r) => (r.findings[0].line = '3')],
  ['a line of 0', (r) => (r.findings[0].line = 0)],
  ['a column that is not whole', (r) => (r.findings[0].column = 1.5)],
  ['an unknown severity', (r) => (r.findings[0].severity = 'fatal')],
  ['a fingerprint that is not hex', (r) => (r.findings[0].fingerprint = 'XYZ')],
  ['an empty masked token', (r) => (r.findings[0].masked = '')],
  ['an origin of an unknown kind', (r) => (r.findings[0].origin = { kind: 'tape', path: 'x' })],
  ['a file origin without a path', (r) => (r.findings[0].origin = { kind: 'file' })],
  ['a file origin with a commit', (r) => (r.findings[0].origin = { kind: 'file', path: 'x', commit: 'a' })],
  ['a git commit of the wrong form', (r) => (r.findings.find((f: any) => f.git).git.commit = 'HEAD')],
  ['failOn without failing', (r) => delete r.summary.failing],
  ['a placeholder with both path and commit', (r) => (r.placeholders[0].commit = 'a'.repeat(40))],
  ['an unknown warning code', (r) => (r.warnings[0].code = 'exploded')],
  ['a negative count', (r) => (r.stats.filesScanned = -1)],
  ['findings that are not an array', (r) => (r.findings = {})],
  ['a suppression by nobody', (r) => (r.suppressed = [{ finding: r.findings[0], suppression: { by: 'nobody' } }])],
];

describe('the report schema checker', () => {
  it('knows every keyword the report schema uses', () => {
    expect(unknownKeywords(schema)).toEqual([]);
    expect(unknownKeywords({ type: 'object', if: { required: ['a'] } })).toEqual(['if']);
  });

  it('accepts the reports ajv accepts', () => {
    const report = golden();
    expect(reportErrors(report)).toEqual([]);
    expect(schemaProblem(report, schema)).toBeUndefined();
  });

  it.each(BROKEN)('rejects %s, as ajv does, with one line naming the place', (_, breakIt) => {
    const report = golden();
    breakIt(report);
    expect(reportErrors(report)).not.toEqual([]);
    const problem = schemaProblem(report, schema);
    expect(problem).toMatch(/^\/\S*/);
    expect(problem).not.toContain('\n');
  });

  it('names the field at fault', () => {
    const report = golden() as any;
    report.findings[1].line = '3';
    expect(schemaProblem(report, schema)).toBe('/findings/1/line must be an integer (got "3")');
    const origin = golden() as any;
    origin.findings[0].origin = { kind: 'file' };
    expect(schemaProblem(origin, schema)).toBe('/findings/0/origin needs a "path"');
  });
});

describe('parseJsonReport and readJsonReport', () => {
  it('return a valid report as it is', async () => {
    const dir = makeTempDir();
    const text = JSON.stringify(golden());
    fs.writeFileSync(path.join(dir, 'r.json'), text);
    expect(parseJsonReport(text, 'r.json')).toEqual(JSON.parse(text));
    expect(await readJsonReport(path.join(dir, 'r.json'))).toEqual(JSON.parse(text));
  });

  it.each([
    ['', 'r.json: is empty, not a JSON report'],
    ['{"version": 2,', 'r.json: is not JSON (unexpected end of input at line 1 column 15)'],
    ['[1, 2]', 'r.json: is not a monime-guard JSON report (got an array, not an object)'],
    ['{"version": "2.1.0", "runs": []}', 'r.json: is a SARIF log, not a monime-guard JSON report'],
    ['{"version": 1, "findings": []}', 'r.json: is not a monime-guard JSON report'],
    ['{"version": 1, "tool": {"name": "monime-guard", "version": "0.0.1"}}', 'r.json: is a version 1 report; merge reads version 2'],
    ['{"version": 3, "tool": {"name": "monime-guard", "version": "9.0.0"}}', 'r.json: is a version 3 report; merge reads version 2 (upgrade monime-guard)'],
    ['{"version": 2, "tool": {"name": "monime-guard", "version": "0.1.0"}}', 'r.json: is not a valid version 2 report: / needs a "summary"'],
  ])('refuse %j with one line naming it', (text, message) => {
    expect(() => parseJsonReport(text, 'r.json')).toThrow(SourceError);
    try {
      parseJsonReport(text, 'r.json');
    } catch (error) {
      expect((error as Error).message).toContain(message);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('name a missing file and a directory', async () => {
    const dir = makeTempDir();
    await expect(readJsonReport(path.join(dir, 'gone.json'))).rejects.toThrow(/gone\.json: JSON report not found$/);
    await expect(readJsonReport(dir)).rejects.toThrow(/: is a directory, not a JSON report$/);
  });
});
