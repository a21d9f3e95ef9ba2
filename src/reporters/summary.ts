/**
 * Counting and wording for report summaries, shared by the human formats (text, markdown,
 * github) so their summary lines agree.
 */
import { exceedsThreshold } from '../scan/threshold.js';
import type { FailOn, Finding, ScanStats, ScanWarning, Severity } from '../types.js';

/** Severities from most to least severe: the order summaries list them in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'note'];

/** How many findings there are of each severity. */
export type SeverityCounts = Record<Severity, number>;

/** Counts findings by severity. */
export function countBySeverity(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** `1 finding`, `2 findings`: a count with its noun in the right number. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `3 findings (2 errors, 1 warning)`, or `No findings` when there are none. */
export function describeFindingCounts(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings';
  const counts = countBySeverity(findings);
  const parts = SEVERITY_ORDER.filter((severity) => counts[severity] > 0).map((severity) => plural(counts[severity], severity));
  return `${plural(findings.length, 'finding')} (${parts.join(', ')})`;
}

/** How many inputs could not be checked at all (warnings at level `error`). */
export function countUnchecked(warnings: readonly ScanWarning[]): number {
  return warnings.filter((warning) => warning.level === 'error').length;
}

/**
 * The verdict every human format leads with: what could not be checked (a report of an
 * incomplete check must not read as a clean one), the findings, and what the threshold makes of
 * them. `Incomplete: 1 input could not be checked; no findings in the rest; none at or above …`.
 */
export function describeVerdict(findings: readonly Finding[], warnings: readonly ScanWarning[], failOn: FailOn | undefined): string {
  const unchecked = countUnchecked(warnings);
  const counts = describeFindingCounts(findings);
  const found =
    unchecked === 0
      ? counts
      : `Incomplete: ${plural(unchecked, 'input')} could not be checked; ${counts.charAt(0).toLowerCase()}${counts.slice(1)} in the rest`;
  return [found, describeFailOn(findings, failOn)].filter((part) => part !== '').join('; ');
}

/**
 * What a fail-on threshold makes of the findings, e.g. `2 at or above --fail-on live`; empty when
 * no threshold was given.
 */
export function describeFailOn(findings: readonly Finding[], failOn: FailOn | undefined): string {
  if (failOn === undefined) return '';
  if (failOn === 'none') return '--fail-on none: the scan does not fail on findings';
  const failing = findings.filter((finding) => exceedsThreshold(finding, failOn)).length;
  return failing === 0 ? `none at or above --fail-on ${failOn}` : `${failing} at or above --fail-on ${failOn}`;
}

/** Bytes in the unit a person would use: `512 B`, `48.2 kB`, `12.3 MB` (decimal units). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A duration in the unit a person would use: `850 ms`, `3.2 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The counters line: `Scanned 12 files (1.2 MB) in 340 ms; 1 binary file skipped, 2 warnings,
 * 1 baselined, 0 allowed, 0 ignored inline`.
 */
export function describeStats(stats: ScanStats): string {
  const scanned = `Scanned ${plural(stats.filesScanned, 'file')} (${formatBytes(stats.bytesScanned)}) in ${formatDuration(stats.durationMs)}`;
  const details = [
    `${plural(stats.binarySkipped, 'binary file')} skipped`,
    ...(stats.ignoredEnvFiles ? [`${plural(stats.ignoredEnvFiles, 'git-ignored .env file')} read for client-exposed variables`] : []),
    plural(stats.warnings, 'warning'),
    `${stats.baselined} baselined`,
    `${stats.allowed} allowed`,
    `${stats.ignoredInline} ignored inline`,
  ];
  return `${scanned}; ${details.join(', ')}`;
}
