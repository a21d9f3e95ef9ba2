/**
 * Merging JSON reports: the shards of an organisation scan, or the reports of any commands, into
 * one result that every reporter can format. Each report's findings are turned back into
 * {@link Finding}s, the same finding at the same place listed by more than one report is kept
 * once, and the result is filtered, sorted and counted the way a scan's is.
 */
import { redactTokens } from '../findings/mask.js';
import type { AllowEntry } from '../config/types.js';
import { applyFilters } from '../filters/index.js';
import { compareActiveFirst, compareFindings, compareText } from '../findings/order.js';
import type { JsonFinding, JsonPlaceholder, JsonReport, JsonWarning } from '../reporters/json.js';
import { describeFinding } from '../reporters/messages.js';
import type { Finding, Origin, Placeholder, RepositoryCounts, RepositoryInfo, ScanResult, ScanStats, ScanWarning, SuppressedFinding } from '../types.js';
import { entryPath } from './archive.js';
import { MESSAGE_PATH } from './history.js';

/** What {@link mergeReports} may apply on top of what the reports' own scans filtered. */
export interface MergeOptions {
  /**
   * Config `allow` entries (path globs and fingerprints) to apply to the merged findings; what
   * they take out is counted in `stats.allowed` and listed in `suppressed`.
   */
  allow?: readonly AllowEntry[];
  /** Fingerprints of a baseline (from `loadBaseline`) to apply to the merged findings. */
  baseline?: ReadonlySet<string>;
}

/**
 * Merges JSON reports (as `readJsonReport` or `parseJsonReport` return them) into one result.
 *
 * - A finding is the same when its rule, fingerprint, origin (kind, repository, path, commit,
 *   blob, URL or name) and span are: one listed by several reports is kept once, the first
 *   report's copy. The same token at different places is kept at each.
 * - A finding one report lists and another lists as suppressed is a finding.
 * - Warnings and placeholders are kept once each; the stats are the sums of the reports' counters
 *   (`durationMs` too: the work done, not the wall time of reports made side by side), and
 *   `warnings` counts the merged warnings.
 * - `allow` and `baseline` apply on top, as a scan applies them; everything is then sorted as a
 *   scan sorts it.
 *
 * Reports hold no token whole, so neither does the result; free text copied from them (messages,
 * reasons, paths) is passed through the token redaction all the same.
 */
export function mergeReports(reports: readonly JsonReport[], options: MergeOptions = {}): ScanResult {
  const findings = new Map<string, Finding>();
  const suppressed = new Map<string, SuppressedFinding>();
  const warnings = new Map<string, ScanWarning>();
  const placeholders = new Map<string, Placeholder>();
  const stats: ScanStats = { filesScanned: 0, bytesScanned: 0, binarySkipped: 0, allowed: 0, ignoredInline: 0, baselined: 0, warnings: 0, durationMs: 0 };
  // The repositories of organisation-scan shards: each once by name, and their counts summed.
  const repositories = new Map<string, RepositoryInfo>();
  let repositoryCounts: RepositoryCounts | undefined;

  for (const report of reports) {
    for (const entry of report.findings) keepFirst(findings, toFinding(entry));
    for (const entry of report.suppressed ?? []) {
      const finding = toFinding(entry.finding);
      const reason = entry.suppression.reason;
      const suppression = reason === undefined ? { by: entry.suppression.by } : { by: entry.suppression.by, reason: redactTokens(reason) };
      const key = `${findingKey(finding)}\0${suppression.by}`;
      if (!suppressed.has(key)) suppressed.set(key, { ...finding, suppression });
    }
    for (const entry of report.warnings) {
      const warning = toWarning(entry);
      const key = JSON.stringify([warning.path, warning.code, warning.message, warning.level ?? '']);
      if (!warnings.has(key)) warnings.set(key, warning);
    }
    for (const entry of report.placeholders ?? []) {
      const placeholder = toPlaceholder(entry);
      const key = JSON.stringify([placeholder.path, placeholder.commit ?? '', placeholder.span, placeholder.masked, placeholder.reason]);
      if (!placeholders.has(key)) placeholders.set(key, placeholder);
    }
    for (const counter of ['filesScanned', 'bytesScanned', 'binarySkipped', 'allowed', 'ignoredInline', 'baselined', 'durationMs'] as const) {
      stats[counter] += report.stats[counter];
    }
    if (report.stats.ignoredEnvFiles) stats.ignoredEnvFiles = (stats.ignoredEnvFiles ?? 0) + report.stats.ignoredEnvFiles;
    for (const repository of report.repositories ?? []) if (!repositories.has(repository.name)) repositories.set(repository.name, { ...repository });
    if (report.stats.repositories) {
      repositoryCounts ??= { listed: 0, scanned: 0, unchanged: 0, failed: 0 };
      for (const counter of ['listed', 'scanned', 'unchanged', 'failed'] as const) repositoryCounts[counter] += report.stats.repositories[counter];
    }
  }
  if (repositoryCounts) stats.repositories = repositoryCounts;

  const filtered = applyFilters([...findings.values()], { allow: options.allow ?? [], ...(options.baseline ? { baseline: options.baseline } : {}) });
  stats.allowed += filtered.counts.allowed;
  stats.baselined += filtered.counts.baselined;
  // What one report took out but another reported is reported: listing it twice (as a result and
  // as a suppressed one) would show it twice in SARIF.
  const reported = new Set(filtered.findings.map(findingKey));
  const allSuppressed = [...suppressed.values(), ...filtered.suppressed].filter((finding) => !reported.has(findingKey(finding)));
  const warningList = [...warnings.values()].sort((a, b) => compareText(a.path, b.path));
  stats.warnings = warningList.length;
  return {
    ...(repositories.size > 0 ? { repositories: [...repositories.values()].sort((a, b) => compareText(a.name ?? '', b.name ?? '')) } : {}),
    findings: filtered.findings.sort(compareActiveFirst),
    suppressed: allSuppressed.sort(compareFindings),
    placeholders: [...placeholders.values()].sort(
      (a, b) => compareText(a.path, b.path) || a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column,
    ),
    warnings: warningList,
    stats,
  };
}

function keepFirst(into: Map<string, Finding>, finding: Finding): void {
  const key = findingKey(finding);
  if (!into.has(key)) into.set(key, finding);
}

/**
 * What makes two findings the same finding at the same place: rule, fingerprint (rule and token),
 * every field of the origin, and the span.
 */
function findingKey(finding: Finding): string {
  const origin = finding.origin as Partial<Record<'kind' | 'repository' | 'path' | 'commit' | 'blob' | 'url' | 'name', string>>;
  const { start, end } = finding.span;
  return JSON.stringify([
    finding.ruleId,
    finding.fingerprint,
    origin.kind,
    origin.repository ?? '',
    origin.path ?? '',
    origin.commit ?? '',
    origin.blob ?? '',
    origin.url ?? '',
    origin.name ?? '',
    'entry' in finding.origin ? (finding.origin.entry ?? []) : [],
    start.line,
    start.column,
    end.line,
    end.column,
  ]);
}

/** Turns a report's finding back into the finding the scan had, field by field. */
export function toFinding(entry: JsonFinding): Finding {
  const origin = toOrigin(entry.origin);
  const finding: Finding = {
    ruleId: entry.ruleId,
    severity: entry.severity,
    confidence: entry.confidence,
    ...(entry.tokenKind ? { tokenKind: entry.tokenKind } : {}),
    // A commit message has no path in the report; reports show it under the scan's pseudo-path.
    path: origin.kind === 'message' ? MESSAGE_PATH : redactTokens(entry.path ?? placeOf(origin)),
    origin,
    span: { start: { line: entry.line, column: entry.column }, end: { line: entry.endLine, column: entry.endColumn } },
    masked: redactTokens(entry.masked),
    fingerprint: entry.fingerprint,
    ...(entry.encoding ? { encoding: entry.encoding } : {}),
    ...(entry.place ? { place: entry.place } : {}),
    // The report does not carry the body's length; a high-confidence token's is 64 (the only
    // length that earns it), and 0 stands for "not known" (as for a finding with no token).
    bodyLength: entry.confidence === 'high' && entry.tokenKind ? 64 : 0,
    ...(entry.git ? { git: { ...entry.git, ...(entry.git.author !== undefined ? { author: redactTokens(entry.git.author) } : {}) } } : {}),
    ...(entry.exposure ? { exposure: { ...entry.exposure } } : {}),
    ...(entry.related ? { related: entry.related.map((related) => ({ ...related, path: redactTokens(related.path) })) } : {}),
    // A shard's verification is kept (the reports hold no token to verify again), active first.
    ...(entry.verification
      ? { verification: { ...entry.verification, ...(entry.verification.detail ? { detail: redactTokens(entry.verification.detail) } : {}) } }
      : {}),
  };
  // A policy finding's message is its own sentence (`detail`); a token finding's is built from its
  // fields. Whatever the fields do not rebuild word for word (a policy's sentence, or wording from
  // another release) is kept as the report said it.
  const message = redactTokens(entry.message);
  return describeFinding(finding) === message ? finding : { ...finding, detail: message };
}

/** A copy of a report's origin, with only the fields its kind has. */
function toOrigin(origin: Origin): Origin {
  const repository = 'repository' in origin && origin.repository !== undefined ? { repository: redactTokens(origin.repository) } : {};
  const entry = 'entry' in origin && origin.entry !== undefined ? { entry: origin.entry.map(redactTokens) } : {};
  switch (origin.kind) {
    case 'file':
      return { kind: 'file', path: redactTokens(origin.path), ...entry, ...repository };
    case 'blob':
      return {
        kind: 'blob',
        path: redactTokens(origin.path),
        ...entry,
        ...(origin.commit !== undefined ? { commit: origin.commit } : {}),
        ...(origin.blob !== undefined ? { blob: origin.blob } : {}),
        ...repository,
      };
    case 'message':
      return { kind: 'message', commit: origin.commit, ...repository };
    case 'url':
      return { kind: 'url', url: redactTokens(origin.url) };
    case 'stdin':
      return { kind: 'stdin', name: redactTokens(origin.name) };
  }
}

/** Where reports show a finding whose report gave no path: its origin's place. */
function placeOf(origin: Origin): string {
  switch (origin.kind) {
    case 'file':
    case 'blob':
      return origin.entry ? entryPath(origin.path, origin.entry) : origin.path;
    case 'message':
      return MESSAGE_PATH;
    case 'url':
      return origin.url;
    case 'stdin':
      return origin.name;
  }
}

function toWarning(entry: JsonWarning): ScanWarning {
  return {
    path: redactTokens(entry.path),
    code: entry.code as ScanWarning['code'],
    message: redactTokens(entry.message),
    ...(entry.level ? { level: entry.level } : {}),
  };
}

function toPlaceholder(entry: JsonPlaceholder): Placeholder {
  return {
    path: entry.commit !== undefined ? MESSAGE_PATH : redactTokens(entry.path ?? ''),
    ...(entry.commit !== undefined ? { commit: entry.commit } : {}),
    span: { start: { line: entry.line, column: entry.column }, end: { line: entry.endLine, column: entry.endColumn } },
    masked: redactTokens(entry.masked),
    reason: redactTokens(entry.reason),
  };
}
