import { scanBytes, emptyBatch } from '../scan/scan-input.js';
import { contentSettings } from '../scan/setup.js';
import type { RuleTable } from '../scan/scan-fragment.js';
import { git } from '../sources/git/run.js';
import type { Finding } from '../types.js';

/**
 * History findings point at the line of the commit that brought the token in. GitHub shows
 * annotations (and code scanning alerts) on the commit under review, where later commits may
 * have moved that line. This moves each finding whose token is still in its file at `head` to
 * the token's place there; the commit it names stays the one that introduced it. A token no
 * longer in the file keeps its place in the introducing commit.
 */
export function relocateToHead(findings: readonly Finding[], cwd: string, head: string): void {
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.git?.source !== 'blob') continue;
    byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), finding]);
  }
  for (const [file, found] of byPath) {
    const blob = git(['cat-file', 'blob', `${head}:${file}`], { cwd, okCodes: [128] });
    if (blob.status !== 0) continue;
    const atHead = emptyBatch();
    scanBytes(blob.stdout, file, contentSettings(cwd, rulesOf(found)), atHead);
    for (const finding of found) {
      const there = atHead.findings.find((candidate) => candidate.fingerprint === finding.fingerprint);
      if (there) finding.span = there.span;
    }
  }
}

/** The rules that made these findings, so a rescan fingerprints them the same way. */
function rulesOf(findings: readonly Finding[]): RuleTable {
  const rules: RuleTable = {};
  for (const finding of findings) {
    const rule = { ruleId: finding.ruleId, severity: finding.severity };
    if (finding.exposure) rules.exposure = rule;
    else if (finding.tokenKind) rules[finding.tokenKind] = rule;
  }
  return rules;
}
