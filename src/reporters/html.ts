/**
 * One self-contained HTML page: the verdict, a chart of findings by repository and by rule,
 * filters by rule, severity and repository, the findings grouped by repository and then by file
 * (a finding in a commit message under its commit), the age of each introducing commit, the
 * warnings, what was suppressed, and the counters.
 *
 * The page loads nothing (its Content-Security-Policy forbids every fetch), so it can be opened
 * from a CI artifact without calling home. Everything that comes from the scanned code (paths,
 * repository names, authors, warning messages) is HTML-escaped, with control and bidirectional
 * characters shown as escapes, so a file named `<script>…` reads as text. Tokens appear only
 * masked. Scripts off, the filters are hidden and every finding is shown.
 */
import { exceedsThreshold } from '../scan/threshold.js';
import type { Finding, GitOrigin, Placeholder, ScanResult, ScanWarning, SuppressedFinding } from '../types.js';
import { escapeControlChars } from './control-chars.js';
import type { ReportContext } from './context.js';
import { PAGE_CSP, PAGE_SCRIPT, PAGE_STYLE } from './html-assets.js';
import { TOOL_HOME, TOOL_NAME, describeFinding, ruleHelpUri } from './messages.js';
import { SEVERITY_ORDER, countBySeverity, countUnchecked, describeStats, describeVerdict, plural, type SeverityCounts } from './summary.js';

/** Characters that mean something in HTML text or a quoted attribute. */
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes untrusted text for an HTML text node or a quoted attribute value (and for SVG, which
 * is XML), after making control and bidirectional characters visible.
 */
export function escapeHtml(text: string): string {
  return escapeControlChars(text).replace(/[&<>"']/g, (char) => HTML_SPECIAL[char]!);
}

/** Shorthand for {@link escapeHtml}, as templates below use it on every interpolated string. */
const h = escapeHtml;

/** The repository a finding names, when a report covers several (an organisation scan). */
function repositoryOf(finding: Finding): string | undefined {
  const origin = finding.origin;
  return origin.kind === 'file' || origin.kind === 'blob' || origin.kind === 'message' ? origin.repository : undefined;
}

/** Findings of one repository (or of the one scan), in the scan's order. */
interface RepositoryGroup {
  /** The heading: a repository name or URL; absent for a report of one unnamed tree. */
  name?: string;
  /** The value the repository filter matches: `repo:<name>`, or `none` for findings with no repository. */
  key: string;
  findings: Finding[];
}

/** Findings at one place: a file (or URL, or standard input), or a commit's message. */
interface PlaceGroup {
  /** A commit message has no file: it is shown under its commit. */
  kind: 'path' | 'message';
  /** The path, or the commit's id. */
  name: string;
  findings: Finding[];
}

/**
 * Groups by `origin.repository` when any finding has one (sorted by name, findings without one
 * last, under "Other inputs"); otherwise one group, named after the scanned repository's URL
 * when the result has one.
 */
function groupByRepository(result: ScanResult): RepositoryGroup[] {
  const named = result.findings.some((finding) => repositoryOf(finding) !== undefined);
  if (!named) {
    const uri = result.repository?.uri;
    return result.findings.length === 0 ? [] : [{ ...(uri ? { name: uri } : {}), key: 'none', findings: result.findings }];
  }
  const groups = new Map<string | undefined, Finding[]>();
  for (const finding of result.findings) {
    const repository = repositoryOf(finding);
    const group = groups.get(repository);
    if (group) group.push(finding);
    else groups.set(repository, [finding]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([name, findings]) => (name === undefined ? { name: 'Other inputs', key: 'none', findings } : { name, key: `repo:${name}`, findings }));
}

/** Groups a repository's findings by file, or by commit for findings in commit messages, in the scan's order. */
function groupByPlace(findings: readonly Finding[]): PlaceGroup[] {
  const groups = new Map<string, PlaceGroup>();
  for (const finding of findings) {
    const place: Omit<PlaceGroup, 'findings'> =
      finding.origin.kind === 'message' ? { kind: 'message', name: finding.origin.commit } : { kind: 'path', name: finding.path };
    const key = `${place.kind}:${place.name}`;
    const group = groups.get(key);
    if (group) group.findings.push(finding);
    else groups.set(key, { ...place, findings: [finding] });
  }
  return [...groups.values()];
}

const DAY_MS = 86_400_000;

/**
 * How long ago a commit was made, as a person says it: `today`, `5 days ago`, `3 months ago`,
 * `2 years ago`; undefined when either date does not parse.
 */
export function describeAge(date: string, now: string): string | undefined {
  const then = Date.parse(date);
  const at = Date.parse(now);
  if (Number.isNaN(then) || Number.isNaN(at)) return undefined;
  const days = Math.floor((at - then) / DAY_MS);
  // A commit dated after the report (a skewed clock) is not given a negative age.
  if (days < -1) return 'in the future';
  if (days < 1) return 'today';
  if (days < 60) return `${plural(days, 'day')} ago`;
  if (days < 730) return `${plural(Math.floor(days / 30.44), 'month')} ago`;
  return `${plural(Math.floor(days / 365.25), 'year')} ago`;
}

/** The `Introduced` cell: commit, author, date and age; or that the change is only staged. */
function introducedCell(git: GitOrigin | undefined, ctx: ReportContext): string {
  if (!git) return '<td></td>';
  if (git.commit === '') return '<td class="muted">staged, not committed</td>';
  const parts = [`<code title="${h(git.commit)}">${h(git.commit.slice(0, 12))}</code>`];
  if (git.author) parts.push(h(git.author));
  if (git.date) {
    const age = ctx.now === undefined ? undefined : describeAge(git.date, ctx.now);
    parts.push(
      `<time datetime="${h(git.date)}" title="${h(git.date)}">${h(git.date.slice(0, 10))}</time>${age ? ` <strong class="age">(${h(age)})</strong>` : ''}`,
    );
  }
  const badges = [
    git.historyOnly && !git.unpushed
      ? '<span class="badge history" title="Not in the current tree: revoke the token, deleting it does not un-leak it">history only</span>'
      : '',
    git.otherOccurrences > 0 ? `<span class="muted"> +${h(plural(git.otherOccurrences, 'other place'))}</span>` : '',
  ].join('');
  return `<td>${parts.join(' · ')}${badges}</td>`;
}

/** A finding's message, escaped, with its masked token kept on one line (a reader copies it whole to look it up). */
function messageHtml(message: string, masked: string): string {
  const text = h(message);
  return masked === '' ? text : text.replaceAll(h(masked), `<span class="nobr">${h(masked)}</span>`);
}

/** One table row per finding, carrying what the filters match in `data-` attributes. */
function findingRow(finding: Finding, group: RepositoryGroup, ctx: ReportContext, withGit: boolean): string {
  const failOn = ctx.failOn;
  const fails =
    failOn !== undefined && failOn !== 'none' && exceedsThreshold(finding, failOn)
      ? ` <span class="badge fails" title="At or above --fail-on ${h(failOn)}: fails the scan">fails</span>`
      : '';
  // The message without the git part: the Introduced column shows that.
  const message = describeFinding({ ...finding, git: undefined });
  const position = `${finding.span.start.line}:${finding.span.start.column}`;
  const cells = [
    `<td class="mono">${h(position)}</td>`,
    `<td><span class="sev sev-${h(finding.severity)}">${h(finding.severity)}</span>${fails}</td>`,
    `<td><a href="${h(ruleHelpUri(finding.ruleId))}" rel="noopener noreferrer"><code>${h(finding.ruleId)}</code></a></td>`,
    `<td><code>${h(finding.masked)}</code></td>`,
    `<td class="message">${messageHtml(message, finding.masked)}</td>`,
    ...(withGit ? [introducedCell(finding.git, ctx)] : []),
  ];
  const data = `data-rule="${h(finding.ruleId)}" data-severity="${h(finding.severity)}" data-repository="${h(group.key)}"`;
  return `<tr class="finding" ${data}>${cells.join('')}</tr>`;
}

/** A table of findings, with an `Introduced` column when any of them came from git. */
function findingsTable(findings: readonly Finding[], group: RepositoryGroup, ctx: ReportContext, withGit: boolean): string {
  // One set of column widths for every table, so the columns line up from file to file.
  const columns = [
    ['line', 'Line'],
    ['severity', 'Severity'],
    ['rule', 'Rule'],
    ['token', 'Token'],
    ['message', 'Message'],
    ...(withGit ? [['introduced', 'Introduced']] : []),
  ];
  const cols = columns.map(([name]) => `<col class="c-${name}">`).join('');
  const head = columns.map(([, title]) => `<th scope="col">${title}</th>`).join('');
  const rows = findings.map((finding) => findingRow(finding, group, ctx, withGit));
  return `<table class="findings"><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}

/** `2 findings (1 error, 1 warning)`, for headings and a chart's tooltips. */
function describeCounts(counts: SeverityCounts): string {
  const present = SEVERITY_ORDER.filter((severity) => counts[severity] > 0);
  const total = present.reduce((sum, severity) => sum + counts[severity], 0);
  return `${plural(total, 'finding')} (${present.map((severity) => plural(counts[severity], severity)).join(', ')})`;
}

/** {@link describeCounts} of some findings. */
function countLabel(findings: readonly Finding[]): string {
  return describeCounts(countBySeverity(findings));
}

/** The findings section: a heading per repository (when there are repositories), then per file or commit. */
function findingsSection(result: ScanResult, groups: readonly RepositoryGroup[], ctx: ReportContext): string {
  if (result.findings.length === 0) return '<main id="findings"><p>No findings.</p></main>';
  const withGit = result.findings.some((finding) => finding.git !== undefined);
  const sections = groups.map((group) => {
    const places = groupByPlace(group.findings).map((place) => {
      const title =
        place.kind === 'message' ? `Message of commit <code title="${h(place.name)}">${h(place.name.slice(0, 12))}</code>` : `<code>${h(place.name)}</code>`;
      return `<section class="place" data-group>\n<h3>${title}<span class="count">${h(countLabel(place.findings))}</span></h3>\n${findingsTable(place.findings, group, ctx, withGit)}\n</section>`;
    });
    const heading = group.name === undefined ? '' : `<h2>${h(group.name)}<span class="count">${h(countLabel(group.findings))}</span></h2>\n`;
    return `<section class="repository" data-group>\n${heading}${places.join('\n')}\n</section>`;
  });
  return `<main id="findings">\n${sections.join('\n')}\n</main>`;
}

/** One bar of a chart: its label, its findings by severity, and what clicking it filters. */
interface Bar {
  label: string;
  counts: SeverityCounts;
  filter: 'rule' | 'repository';
  value: string;
}

/** Longest label a chart shows before cutting it with `…` (the bar's tooltip has it whole). */
const LABEL_CHARS = 26;

/** A horizontal bar chart as inline SVG, each bar stacked by severity; the biggest first. */
function barChart(title: string, bars: Bar[]): string {
  const rowHeight = 22;
  const labelWidth = 190;
  const barWidth = 220;
  const width = labelWidth + barWidth + 40;
  const total = (bar: Bar): number => bar.counts.error + bar.counts.warning + bar.counts.note;
  const sorted = [...bars].sort((a, b) => total(b) - total(a) || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const max = Math.max(1, ...sorted.map(total));
  const rows = sorted.map((bar, index) => {
    const y = index * rowHeight;
    const label = bar.label.length > LABEL_CHARS ? `${bar.label.slice(0, LABEL_CHARS - 1)}…` : bar.label;
    let x = labelWidth;
    const segments = SEVERITY_ORDER.filter((severity) => bar.counts[severity] > 0).map((severity) => {
      const segment = Math.max(2, Math.round((bar.counts[severity] / max) * barWidth));
      const rect = `<rect class="seg-${severity}" x="${x}" y="${y + 4}" width="${segment}" height="${rowHeight - 8}" rx="2"/>`;
      x += segment;
      return rect;
    });
    const tooltip = `${bar.label}: ${describeCounts(bar.counts)}`;
    return (
      `<g data-filter="${bar.filter}" data-value="${h(bar.value)}"><title>${h(tooltip)}</title>` +
      `<text x="0" y="${y + rowHeight / 2 + 4}">${h(label)}</text>${segments.join('')}` +
      `<text class="n" x="${x + 6}" y="${y + rowHeight / 2 + 4}">${total(bar)}</text></g>`
    );
  });
  const height = sorted.length * rowHeight;
  return (
    `<figure class="chart"><figcaption>${h(title)}</figcaption>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${h(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `${rows.join('')}</svg>` +
    `<div class="legend"><span class="l-error">error</span><span class="l-warning">warning</span><span class="l-note">note</span></div></figure>`
  );
}

/** The charts: findings by repository (when the report names repositories) and by rule. */
function chartsSection(result: ScanResult, groups: readonly RepositoryGroup[]): string {
  if (result.findings.length === 0) return '';
  const charts: string[] = [];
  const namedGroups = groups.filter((group) => group.name !== undefined);
  if (namedGroups.length > 0) {
    const bars = namedGroups.map((group): Bar => ({ label: group.name!, counts: countBySeverity(group.findings), filter: 'repository', value: group.key }));
    charts.push(barChart('Findings by repository', bars));
  }
  const byRule = new Map<string, Finding[]>();
  for (const finding of result.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  charts.push(
    barChart(
      'Findings by rule',
      [...byRule.entries()].map(([rule, findings]): Bar => ({ label: rule, counts: countBySeverity(findings), filter: 'rule', value: rule })),
    ),
  );
  return `<section class="overview" aria-label="Charts">\n${charts.join('\n')}\n</section>`;
}

/** A `<select>` whose first option shows everything; the script treats index 0 as "all". */
function filterSelect(name: string, label: string, all: string, options: readonly { value: string; label: string; count: number }[]): string {
  const items = options.map((option) => `<option value="${h(option.value)}">${h(option.label)} (${option.count})</option>`);
  return `<label>${label}<select name="${name}"><option value="">${all}</option>${items.join('')}</select></label>`;
}

/**
 * The filter form, hidden until the script shows it (so a page read with scripts off offers no
 * control that does nothing). Repositories are offered when there are more than one.
 */
function filtersForm(result: ScanResult, groups: readonly RepositoryGroup[]): string {
  if (result.findings.length === 0) return '';
  const rules = new Map<string, number>();
  for (const finding of result.findings) rules.set(finding.ruleId, (rules.get(finding.ruleId) ?? 0) + 1);
  const severities = countBySeverity(result.findings);
  const selects = [
    filterSelect(
      'rule',
      'Rule',
      'All rules',
      [...rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([rule, count]) => ({ value: rule, label: rule, count })),
    ),
    filterSelect(
      'severity',
      'Severity',
      'All severities',
      SEVERITY_ORDER.filter((severity) => severities[severity] > 0).map((severity) => ({ value: severity, label: severity, count: severities[severity] })),
    ),
    ...(groups.length > 1
      ? [
          filterSelect(
            'repository',
            'Repository',
            'All repositories',
            groups.map((group) => ({ value: group.key, label: group.name ?? 'Other inputs', count: group.findings.length })),
          ),
        ]
      : []),
  ];
  return `<form id="filters" class="filters" hidden>${selects.join('')}<button type="reset">Show all</button><output id="shown" aria-live="polite"></output></form>`;
}

/** The oldest dated introducing commit, as `2024-01-02 (2 years ago)`, for the facts list. */
function oldestCommit(findings: readonly Finding[], ctx: ReportContext): string | undefined {
  let oldest: { date: string; time: number } | undefined;
  for (const finding of findings) {
    const date = finding.git?.date;
    const time = date === undefined ? NaN : Date.parse(date);
    if (date !== undefined && !Number.isNaN(time) && (oldest === undefined || time < oldest.time)) oldest = { date, time };
  }
  if (oldest === undefined) return undefined;
  const age = ctx.now === undefined ? undefined : describeAge(oldest.date, ctx.now);
  return `<time datetime="${h(oldest.date)}">${h(oldest.date.slice(0, 10))}</time>${age ? ` (${h(age)})` : ''}`;
}

/** The header: title, verdict, and the facts a reader asks first. */
function headerSection(result: ScanResult, ctx: ReportContext): string {
  const verdict = describeVerdict(result.findings, result.warnings, ctx.failOn);
  const failing =
    countUnchecked(result.warnings) > 0 ||
    (ctx.failOn === undefined ? result.findings.length > 0 : result.findings.some((finding) => exceedsThreshold(finding, ctx.failOn!)));
  const facts: [string, string][] = [];
  if (result.repository?.uri) facts.push(['Repository', h(result.repository.uri)]);
  if (result.repository?.revision) facts.push(['Revision', `<code>${h(result.repository.revision)}</code>`]);
  if (ctx.failOn !== undefined) facts.push(['Fails on', `<code>--fail-on ${h(ctx.failOn)}</code>`]);
  const oldest = oldestCommit(result.findings, ctx);
  if (oldest) facts.push(['Oldest introducing commit', oldest]);
  if (ctx.now !== undefined) facts.push(['Generated', `<time datetime="${h(ctx.now)}">${h(ctx.now)}</time>`]);
  facts.push(['Tool', `${TOOL_NAME} ${h(ctx.toolVersion)}`]);
  const list = facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('');
  return `<header>\n<h1>${TOOL_NAME} report</h1>\n<p class="verdict ${failing ? 'fail' : 'pass'}">${h(verdict)}</p>\n<dl class="facts">${list}</dl>\n</header>`;
}

/** The warnings: inputs that could not be read or checked. */
function warningsSection(warnings: readonly ScanWarning[]): string {
  if (warnings.length === 0) return '';
  const unchecked = countUnchecked(warnings);
  const title = unchecked > 0 ? `Could not check (${unchecked}) and warnings (${warnings.length - unchecked})` : `Warnings (${warnings.length})`;
  const rows = warnings.map(
    (warning) =>
      `<tr><td><code>${h(warning.path)}</code></td><td>${warning.level === 'error' ? '<span class="sev sev-error">could not check</span>' : h(warning.code)}</td><td class="message">${h(warning.message)}</td></tr>`,
  );
  return `<section id="warnings">\n<h2>${title}</h2>\n<table><thead><tr><th scope="col">Path</th><th scope="col">Code</th><th scope="col">Message</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>\n</section>`;
}

/** Where a suppressed finding or placeholder is, as `path:line` or `commit … message:line`. */
function placeOf(path: string, commit: string | undefined, line: number): string {
  return commit === undefined ? `${path}:${line}` : `commit ${commit.slice(0, 12)} message:${line}`;
}

/** What filters took out: always the counts; the findings themselves with `--include-suppressed`. */
function suppressedSection(result: ScanResult, ctx: ReportContext): string {
  const { allowed, ignoredInline, baselined } = result.stats;
  const summary = `${allowed} allowed by the config, ${ignoredInline} ignored inline, ${baselined} in the baseline.`;
  const listed = ctx.includeSuppressed ? (result.suppressed ?? []) : [];
  const rows = listed.map((finding: SuppressedFinding) => {
    const commit = finding.origin.kind === 'message' ? finding.origin.commit : undefined;
    return (
      `<tr><td><code>${h(placeOf(finding.path, commit, finding.span.start.line))}</code></td><td><code>${h(finding.ruleId)}</code></td>` +
      `<td><code>${h(finding.masked)}</code></td><td>${h(finding.suppression.by)}</td><td class="message">${h(finding.suppression.reason ?? '')}</td></tr>`
    );
  });
  const table =
    rows.length > 0
      ? `\n<table><thead><tr><th scope="col">Where</th><th scope="col">Rule</th><th scope="col">Token</th><th scope="col">By</th><th scope="col">Reason</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
      : '';
  return `<section id="suppressed">\n<h2>Suppressed (${allowed + ignoredInline + baselined})</h2>\n<p>${summary}</p>${table}\n</section>`;
}

/** Rejected placeholders, with `--show-placeholders`. */
function placeholdersSection(placeholders: readonly Placeholder[]): string {
  const rows = placeholders.map(
    (placeholder) =>
      `<tr><td><code>${h(placeOf(placeholder.path, placeholder.commit, placeholder.span.start.line))}</code></td><td><code>${h(placeholder.masked)}</code></td><td>${h(placeholder.reason)}</td></tr>`,
  );
  const body =
    rows.length === 0
      ? '<p>None.</p>'
      : `<table><thead><tr><th scope="col">Where</th><th scope="col">Text</th><th scope="col">Why not a token</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  return `<section id="placeholders">\n<h2>Placeholders (${placeholders.length})</h2>\n${body}\n</section>`;
}

/** Formats a scan result as one self-contained HTML page. */
export function toHtml(result: ScanResult, ctx: ReportContext): string {
  const groups = groupByRepository(result);
  const body = [
    headerSection(result, ctx),
    chartsSection(result, groups),
    filtersForm(result, groups),
    findingsSection(result, groups, ctx),
    warningsSection(result.warnings),
    suppressedSection(result, ctx),
    ctx.showPlaceholders ? placeholdersSection(result.placeholders) : '',
    `<footer>${h(describeStats(result.stats))} · <a href="${TOOL_HOME}" rel="noopener noreferrer">${TOOL_NAME}</a> ${h(ctx.toolVersion)}</footer>`,
  ].filter((part) => part !== '');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Without an icon of its own a browser may ask for /favicon.ico; a data: URL asks nobody.
    '<link rel="icon" href="data:,">',
    `<title>${TOOL_NAME} report</title>`,
    `<style>${PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
