// Checks a `history` or `staged` JSON report against the planted tokens. Tokens are random per
// generation and only their masked forms are kept, so a planted token counts as found when a
// finding has its masked form and rule id; where the finding names a commit, it must be the commit
// that brought the token in.

import fs from 'node:fs';

const RULE_FOR_KIND = { live: 'live-token', test: 'test-token' };

/** The report's findings, or why there are none. */
function readFindings(file) {
  let report;
  try {
    report = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    return { error: err.code === 'ENOENT' ? 'no report written' : `report is not JSON (${err.message.split('\n')[0]})` };
  }
  if (!Array.isArray(report?.findings)) return { error: 'report has no findings array' };
  return { findings: report.findings, stats: report.stats };
}

const commitOf = (f) => (typeof f.git?.commit === 'string' && f.git.commit !== '' ? f.git.commit : undefined);

/** Checks one report against `expected` ([{ id, kind, masked, path?, commit?, historyOnly? }]). */
export function checkPlanted(reportFile, expected) {
  const result = {
    error: undefined,
    findings: 0,
    expected: expected.length,
    found: 0,
    missed: [],
    commitsChecked: 0,
    wrongCommit: [],
    wrongPath: [],
    wrongHistoryOnly: [],
    duplicates: 0,
    unexpected: [],
    stats: undefined,
  };
  const { findings, stats, error } = readFindings(reportFile);
  if (error) return { ...result, error, missed: expected };
  result.findings = findings.length;
  result.stats = stats;
  const matched = new Set();
  for (const e of expected) {
    const hits = findings.filter((f) => f.masked === e.masked && f.ruleId === RULE_FOR_KIND[e.kind]);
    if (hits.length === 0) {
      result.missed.push(e);
      continue;
    }
    result.found++;
    result.duplicates += hits.length - 1;
    for (const h of hits) matched.add(h);
    const commits = hits.map(commitOf).filter(Boolean);
    if (e.commit && commits.length > 0) {
      result.commitsChecked++;
      if (!commits.includes(e.commit)) result.wrongCommit.push({ ...e, reported: [...new Set(commits)] });
    }
    if (e.path && !hits.some((h) => h.path === e.path)) result.wrongPath.push({ ...e, reported: [...new Set(hits.map((h) => h.path))] });
    const flags = hits.map((h) => h.git?.historyOnly).filter((x) => typeof x === 'boolean');
    if (e.historyOnly !== undefined && flags.length > 0 && !flags.includes(e.historyOnly)) result.wrongHistoryOnly.push(e);
  }
  result.unexpected = findings
    .filter((f) => !matched.has(f))
    .map((f) => ({ ruleId: f.ruleId, masked: typeof f.masked === 'string' ? f.masked : '?', path: f.path, commit: commitOf(f) }));
  return result;
}

/** The check standing for several runs of one command: the one that found least, then erred most. */
export function worstCheck(checks) {
  const badness = (c) => [c.error ? 1 : 0, -c.found, c.wrongCommit.length, c.unexpected.length];
  return checks.reduce((a, b) => {
    const [x, y] = [badness(a), badness(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return y[i] > x[i] ? b : a;
    return a;
  });
}
