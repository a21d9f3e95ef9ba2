/**
 * The human format for terminals: findings grouped by file, then warnings, placeholders (when
 * asked for) and a summary.
 *
 * ```
 * src/app.ts
 *   3:17  error    live-token  Live Monime token mon_aB3d…wXy9 found
 *
 * What to do
 *   live-token  Revoke the token in the Monime dashboard, …
 *
 * 1 finding (1 error)
 * Scanned 12 files (1.2 MB) in 340 ms; 0 binary files skipped, 0 warnings, …
 * ```
 */
import picocolors from 'picocolors';
import type { Finding, Placeholder, ScanResult, ScanWarning, Severity } from '../types.js';
import { escapeControlChars } from './control-chars.js';
import type { ReportContext } from './context.js';
import { describeFinding, describeRule, placeOf } from './messages.js';
import { repositoryOf } from '../findings/order.js';
import { countBySeverity, countUnchecked, describeStats, describeVerdict } from './summary.js';

type Colors = ReturnType<typeof picocolors.createColors>;

/** Colour of each severity label. */
function paintSeverity(colors: Colors, severity: Severity, text: string): string {
  switch (severity) {
    case 'error':
      return colors.red(text);
    case 'warning':
      return colors.yellow(text);
    case 'note':
      return colors.blue(text);
  }
}

/** Findings at one place: a file (of one repository, in a scan of several). */
interface Group {
  path: string;
  repository?: string;
  findings: Finding[];
}

/** Groups findings by repository and path, keeping the order in which they first appear (the scan's sort order). */
function groupByPlace(findings: readonly Finding[]): Group[] {
  const groups = new Map<string, Group>();
  for (const finding of findings) {
    const key = placeOf(finding);
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else {
      const repository = repositoryOf(finding);
      groups.set(key, { path: finding.path, ...(repository === undefined ? {} : { repository }), findings: [finding] });
    }
  }
  return [...groups.values()];
}

/** `line:column` of a finding's start. */
function position(finding: Finding): string {
  return `${finding.span.start.line}:${finding.span.start.column}`;
}

/** The longest of some strings, for column alignment. */
function widest(values: Iterable<string>): number {
  let width = 0;
  for (const value of values) width = Math.max(width, value.length);
  return width;
}

/** The findings section: a path header per file, then one aligned line per finding. */
function findingLines(findings: readonly Finding[], colors: Colors): string[] {
  // Columns are padded on the uncoloured text, and colour is applied after, so ANSI codes do not
  // throw the alignment off. One width for the whole report keeps the columns straight across files.
  const positionWidth = widest(findings.map(position));
  const severityWidth = widest(findings.map((f) => f.severity));
  const ruleWidth = widest(findings.map((f) => f.ruleId));
  const lines: string[] = [];
  // In a scan of several repositories, each repository heads its files (findings come sorted by repository).
  const several = findings.some((finding) => repositoryOf(finding) !== undefined);
  let repository: string | undefined;
  for (const group of groupByPlace(findings)) {
    if (several && group.repository !== repository) {
      repository = group.repository;
      lines.push(colors.bold(escapeControlChars(repository ?? '(no repository)')));
    }
    lines.push(`${several ? '  ' : ''}${colors.underline(escapeControlChars(group.path))}`);
    for (const finding of group.findings) {
      const columns = [
        colors.dim(position(finding).padEnd(positionWidth)),
        paintSeverity(colors, finding.severity, finding.severity.padEnd(severityWidth)),
        colors.dim(escapeControlChars(finding.ruleId).padEnd(ruleWidth)),
        escapeControlChars(describeFinding(finding)),
      ];
      lines.push(`${several ? '    ' : '  '}${columns.join('  ')}`);
    }
    lines.push('');
  }
  return lines;
}

/**
 * What to do about the findings: each reported rule's remediation once, and how to keep a
 * deliberate example. A person reading a terminal should not need the docs to act.
 */
function adviceLines(findings: readonly Finding[], colors: Colors, advice: readonly string[] = []): string[] {
  if (findings.length === 0) return [];
  const rules = [...new Set(findings.map((f) => f.ruleId))];
  const ruleWidth = widest(rules);
  const lines = [colors.bold('What to do'), ...advice.map((line) => `  ${line}`)];
  if (findings.some((f) => f.git?.historyOnly && !f.git.unpushed)) {
    lines.push('  A token in git history stays readable in every clone: revoke it in the Monime dashboard; rewriting history does not un-leak it.');
  }
  // A hook's own advice (unstage, amend) replaces the general per-rule remediation: short output.
  for (const rule of advice.length > 0 ? [] : rules) {
    const info = describeRule(rule);
    const advice = info.known ? info.remediation : `See ${info.helpUri}`;
    lines.push(`  ${colors.dim(escapeControlChars(rule).padEnd(ruleWidth))}  ${advice}`);
  }
  lines.push(`  ${colors.dim('A deliberate example? Add `monime-guard-ignore <rule> -- <reason>` on its line, or allow its fingerprint in the config.')}`, '');
  return lines;
}

/** The warnings section: per-input problems that did not stop the scan. */
function warningLines(warnings: readonly ScanWarning[], colors: Colors): string[] {
  if (warnings.length === 0) return [];
  const pathWidth = widest(warnings.map((w) => escapeControlChars(w.path)));
  const codeWidth = widest(warnings.map((w) => w.code));
  const unchecked = countUnchecked(warnings);
  const title =
    unchecked === 0
      ? `Warnings (${warnings.length})`
      : unchecked === warnings.length
        ? `Could not check (${unchecked})`
        : `Could not check (${unchecked}), and warnings (${warnings.length - unchecked})`;
  const lines = [colors.bold((unchecked > 0 ? colors.red : colors.yellow)(title))];
  for (const warning of warnings) {
    const paint = warning.level === 'error' ? colors.red : colors.yellow;
    const columns = [
      escapeControlChars(warning.path).padEnd(pathWidth),
      paint(escapeControlChars(warning.code).padEnd(codeWidth)),
      escapeControlChars(warning.message),
    ];
    lines.push(`  ${columns.join('  ')}`);
  }
  lines.push('');
  return lines;
}

/** The placeholders section, shown only for `--show-placeholders`. */
function placeholderLines(placeholders: readonly Placeholder[], colors: Colors): string[] {
  const header = colors.bold(`Placeholders (${placeholders.length})`);
  if (placeholders.length === 0) return [header, '  none', ''];
  const where = (p: Placeholder): string =>
    `${p.commit === undefined ? escapeControlChars(p.path) : `commit ${p.commit.slice(0, 12)} message`}:${p.span.start.line}:${p.span.start.column}`;
  const whereWidth = widest(placeholders.map(where));
  const maskedWidth = widest(placeholders.map((p) => escapeControlChars(p.masked)));
  const lines = [header];
  for (const placeholder of placeholders) {
    const columns = [
      where(placeholder).padEnd(whereWidth),
      escapeControlChars(placeholder.masked).padEnd(maskedWidth),
      colors.dim(escapeControlChars(placeholder.reason)),
    ];
    lines.push(`  ${columns.join('  ')}`);
  }
  lines.push('');
  return lines;
}

/** The closing summary: findings by severity (and the fail-on verdict), then the counters. */
function summaryLines(result: ScanResult, ctx: ReportContext, colors: Colors): string[] {
  const counts = countBySeverity(result.findings);
  const headline = describeVerdict(result.findings, result.warnings, ctx.failOn);
  const paint = counts.error > 0 || countUnchecked(result.warnings) > 0 ? colors.red : counts.warning > 0 ? colors.yellow : colors.green;
  return [colors.bold(paint(headline)), colors.dim(describeStats(result.stats))];
}

/** Formats a scan result for a terminal; colour only when `ctx.color` is true. */
export function toText(result: ScanResult, ctx: ReportContext): string {
  // createColors(false) returns functions that add nothing, so one code path serves both cases.
  const colors = picocolors.createColors(ctx.color);
  const lines = [
    ...findingLines(result.findings, colors),
    ...adviceLines(result.findings, colors, ctx.advice),
    ...warningLines(
      result.warnings.filter((warning) => !(ctx.warningsShown === 'all' || (ctx.warningsShown === 'errors' && warning.level === 'error'))),
      colors,
    ),
    ...(ctx.showPlaceholders ? placeholderLines(result.placeholders, colors) : []),
    ...summaryLines(result, ctx, colors),
  ];
  return `${lines.join('\n')}\n`;
}
