// Reads a monime-guard JSON report and checks it against the tokens that were planted: which were
// found (recall), which findings nobody planted (false positives in real code), and duplicates.

import fs from 'node:fs';
import path from 'node:path';

const RULE_FOR_KIND = { live: 'live-token', test: 'test-token' };

/** A finding reduced to what the checks need; accepts `line`/`column` or `span.start`. */
function normalise(f, { root, cwd }) {
  const start = f.span?.start ?? f.location ?? f;
  let p = typeof f.path === 'string' ? f.path.replaceAll('\\', '/') : '';
  if (path.isAbsolute(p)) p = path.relative(root, p);
  else {
    // Paths relative to the working directory instead of the scan root still match.
    const fromCwd = path.relative(cwd, root).replaceAll('\\', '/');
    if (fromCwd && p.startsWith(`${fromCwd}/`)) p = p.slice(fromCwd.length + 1);
  }
  p = p.replace(/^\.\//, '');
  return {
    ruleId: f.ruleId,
    path: p,
    line: Number(start.line),
    column: Number(start.column),
    masked: typeof f.masked === 'string' ? f.masked : '?',
  };
}

/**
 * Checks one run's report. `singleFile` ignores paths (a scan of one file names it however it
 * likes). Returns counts plus the missed and unexpected entries for printing.
 */
export function checkReport(reportFile, expected, { root, cwd, singleFile = false }) {
  const result = {
    ok: false,
    error: undefined,
    findings: 0,
    found: 0,
    expected: expected.length,
    missed: [],
    unexpected: [],
    duplicates: 0,
    wrongRule: 0,
    wrongColumn: 0,
    wrongColumns: [],
    stats: undefined,
  };
  let report;
  try {
    report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  } catch (err) {
    result.error = err.code === 'ENOENT' ? 'no report written' : `report is not JSON (${err.message.split('\n')[0]})`;
    result.missed = expected;
    return result;
  }
  if (!Array.isArray(report?.findings)) {
    result.error = 'report has no findings array';
    result.missed = expected;
    return result;
  }
  result.ok = true;
  result.stats = report.stats;
  result.findings = report.findings.length;

  const byLine = new Map();
  for (const e of expected) {
    const key = `${singleFile ? '' : e.path}\0${e.line}`;
    if (!byLine.has(key)) byLine.set(key, []);
    byLine.get(key).push(e);
  }
  const hits = new Map();
  for (const raw of report.findings) {
    const f = normalise(raw, { root, cwd });
    const candidates = byLine.get(`${singleFile ? '' : f.path}\0${f.line}`) ?? [];
    // On a line holding several tokens the finding's column picks one; otherwise the line is enough.
    let e = candidates.find((c) => f.column >= c.column && f.column < c.column + c.length);
    if (!e && candidates.length === 1) e = candidates[0];
    if (!e) {
      result.unexpected.push(f);
      continue;
    }
    if (hits.has(e)) {
      result.duplicates++;
      continue;
    }
    hits.set(e, f);
    if (f.ruleId !== RULE_FOR_KIND[e.kind]) result.wrongRule++;
    // A finding inside an encoded needle may point at where the token starts within it.
    if (!(f.column >= e.column && f.column < e.column + e.length)) {
      result.wrongColumn++;
      result.wrongColumns.push({ path: e.path, line: e.line, expected: e.column, got: f.column, masked: e.masked });
    }
  }
  result.found = hits.size;
  result.missed = expected.filter((e) => !hits.has(e));
  return result;
}
