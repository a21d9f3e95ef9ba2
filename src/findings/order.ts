import type { Finding } from '../types.js';

/** Orders strings by UTF-16 code units, the same on every machine (unlike `localeCompare`). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders findings by repository (when there are several), path, then position, then rule, so reports are stable. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(repositoryOf(a) ?? '', repositoryOf(b) ?? '') ||
    compareText(a.path, b.path) ||
    a.span.start.line - b.span.start.line ||
    a.span.start.column - b.span.start.column ||
    compareText(a.ruleId, b.ruleId)
  );
}

/** The repository a finding names, in a scan of several repositories (`github`); undefined in a scan of one. */
export function repositoryOf(finding: Finding): string | undefined {
  return 'repository' in finding.origin ? finding.origin.repository : undefined;
}

/** Orders findings with tokens Monime's API verified as active first (`--verify`), then as {@link compareFindings} does. */
export function compareActiveFirst(a: Finding, b: Finding): number {
  return activeRank(a) - activeRank(b) || compareFindings(a, b);
}

function activeRank(finding: Finding): number {
  return finding.verification?.state === 'active' ? 0 : 1;
}
