/**
 * Markdown for a pull-request comment or a job summary (`$GITHUB_STEP_SUMMARY`): a heading, the
 * verdict, a table of findings, the warnings and the counters. Everything that comes from the
 * scanned repository (paths, warning messages) is written inside code spans, so a file name can
 * neither inject markdown or HTML nor @-mention anyone. The output is cut to a byte budget
 * (1 MiB by default, GitHub's limit for a job summary), with an "and N more" line in place of the
 * rows that did not fit.
 */
import type { Finding, ScanResult, ScanWarning } from '../types.js';
import { escapeControlChars } from './control-chars.js';
import type { ReportContext } from './context.js';
import { TOOL_NAME, describeEncoding, placeOf } from './messages.js';
import { countUnchecked, describeStats, describeVerdict } from './summary.js';

/** Default byte budget: GitHub rejects job summaries over 1 MiB. */
export const MARKDOWN_MAX_BYTES = 1024 * 1024;

/**
 * A hidden marker on the first line, so an integration can find its earlier comment and update it
 * instead of posting another.
 */
export const COMMENT_MARKER = '<!-- monime-guard-report -->';

/** Options of the markdown format beyond the shared {@link ReportContext}. */
export interface MarkdownOptions {
  /**
   * Most bytes (UTF-8) the report may take. Defaults to {@link MARKDOWN_MAX_BYTES}; a PR comment
   * needs a smaller one (GitHub caps comment bodies at 65,536 characters). The heading, verdict
   * and counters are always written, so a budget smaller than those (a few hundred bytes) is
   * exceeded rather than producing an empty report.
   */
  maxBytes?: number;
}

/**
 * Punctuation that means something in the middle of a line (emphasis, code, links, tables,
 * strikethrough); HTML's `<`, `>`, `&` are handled apart. Marks that act only at the start of a
 * line (`#`, `-`, `+`, `1.`) are left alone: escaped text is never placed at a line start.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~]/g;

/** Escapes plain text so markdown shows it literally, on one line. */
function escapeMarkdownText(text: string): string {
  return escapeControlChars(text)
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * Writes text as an inline code span that shows it exactly: the fence is one backtick longer
 * than the longest backtick run inside, and padded with spaces when the text starts or ends with
 * a backtick or a space (CommonMark strips one space from each end). In a table cell `|` must be
 * written `\|` even inside code, or it would end the cell.
 */
function codeSpan(text: string, inTable: boolean): string {
  let content = escapeControlChars(text);
  if (content === '') return '';
  if (inTable) {
    // GitHub (cmark-gfm) absorbs any `|` that follows a backslash and drops that one backslash,
    // while other GFM parsers count backslash parity. A zero-width space between a backslash and
    // a pipe keeps both readings identical and changes nothing a reader sees.
    content = content.replaceAll('\\|', '\\\u200b|').replaceAll('|', '\\|');
  }
  let longestRun = 0;
  for (const match of content.matchAll(/`+/g)) longestRun = Math.max(longestRun, match[0].length);
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^[ `]|[ `]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Bytes a string takes in UTF-8, counted without allocating (surrogate pairs are 4 bytes). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes some lines take once joined with newlines, counting one newline per line. */
function linesLength(lines: readonly string[]): number {
  return lines.reduce((total, line) => total + utf8Length(line) + 1, 0);
}

/** How many of the leading entries fit in a byte budget, given each entry's size. */
function countFitting(sizes: readonly number[], budget: number): number {
  let used = 0;
  for (let i = 0; i < sizes.length; i += 1) {
    used += sizes[i]!;
    if (used > budget) return i;
  }
  return sizes.length;
}

/** Sum of the first `count` sizes. */
function sumOf(sizes: readonly number[], count: number): number {
  let total = 0;
  for (let i = 0; i < count; i += 1) total += sizes[i]!;
  return total;
}

/** The table header of the findings table. */
const TABLE_HEAD = ['| Severity | Rule | Location | Token | Encoding |', '| --- | --- | --- | --- | --- |'];

/** One table row per finding. */
function findingRow(finding: Finding): string {
  const cells = [
    finding.severity === 'error' ? '**error**' : finding.severity,
    codeSpan(finding.ruleId, true),
    codeSpan(`${placeOf(finding)}:${finding.span.start.line}`, true) + gitNote(finding),
    codeSpan(finding.masked, true),
    finding.encoding ? escapeMarkdownText(describeEncoding(finding.encoding)) : '',
  ];
  return `| ${cells.join(' | ')} |`;
}

/** For findings from git history: the commit, and whether only history still holds the token. */
function gitNote(finding: Finding): string {
  const git = finding.git;
  if (!git || git.commit === '') return '';
  return ` in ${codeSpan(git.commit.slice(0, 12), true)}${git.historyOnly && !git.unpushed ? ' (history only: revoke it)' : ''}`;
}

/** One list item per scan warning. */
function warningItem(warning: ScanWarning): string {
  const level = warning.level === 'error' ? '**could not check** ' : '';
  return `- ${level}${codeSpan(warning.path, false)} (${escapeMarkdownText(warning.code)}): ${codeSpan(warning.message, false)}`;
}

/** The line that stands in for rows cut to fit the budget. */
function moreLine(count: number, noun: string): string {
  return `_…and ${count} more ${count === 1 ? noun : `${noun}s`}, not shown to keep this report under its size limit. The \`json\` and \`sarif\` formats list them all._`;
}

/** Formats a scan result as markdown for a PR comment or job summary, cut to `options.maxBytes`. */
export function toMarkdown(result: ScanResult, ctx: ReportContext, options: MarkdownOptions = {}): string {
  const maxBytes = options.maxBytes ?? MARKDOWN_MAX_BYTES;
  const verdict = describeVerdict(result.findings, result.warnings, ctx.failOn);
  // The verdict and counters are this tool's own words and numbers, so they are written as they
  // are; escaping them would only make the raw markdown harder to read.
  const head = [COMMENT_MARKER, `## ${TOOL_NAME} report`, '', `**${verdict}**`, ''];
  const footer = [`<sub>${describeStats(result.stats)} · ${TOOL_NAME} ${escapeMarkdownText(ctx.toolVersion)}</sub>`];
  const rows = result.findings.map(findingRow);
  const items = result.warnings.map(warningItem);
  const unchecked = countUnchecked(result.warnings);
  const warningsHead =
    items.length > 0
      ? [unchecked > 0 ? `### Could not check (${unchecked}) and warnings (${items.length - unchecked})` : `### Warnings (${items.length})`, '']
      : [];

  const render = (rowCount: number, itemCount: number): string[] => [
    ...head,
    ...(rows.length > 0 ? [...TABLE_HEAD, ...rows.slice(0, rowCount), ''] : []),
    ...(rowCount < rows.length ? [moreLine(rows.length - rowCount, 'finding'), ''] : []),
    ...warningsHead,
    ...items.slice(0, itemCount),
    ...(itemCount < items.length ? ['', moreLine(items.length - itemCount, 'warning')] : []),
    ...(items.length > 0 ? [''] : []),
    ...footer,
  ];

  let lines = render(rows.length, items.length);
  if (linesLength(lines) > maxBytes) {
    // Each row and item costs its bytes plus a newline; everything else, with both "more" lines
    // at their longest, is fixed cost.
    const rowSizes = rows.map((row) => utf8Length(row) + 1);
    const itemSizes = items.map((item) => utf8Length(item) + 1);
    const available = Math.max(0, maxBytes - linesLength(render(0, 0)));
    // Findings matter more than warnings, but a flood of findings must not hide every warning:
    // warnings get up to an eighth of the space, and findings the rest.
    const itemsReserve = Math.min(sumOf(itemSizes, itemSizes.length), Math.floor(available / 8));
    const rowCount = countFitting(rowSizes, available - itemsReserve);
    const itemCount = countFitting(itemSizes, available - sumOf(rowSizes, rowCount));
    lines = render(rowCount, itemCount);
    // A budget smaller than the fixed parts cannot be met with rows; fall back to none.
    if (linesLength(lines) > maxBytes) lines = render(0, 0);
  }
  return lines.join('\n') + '\n';
}
