/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` line per finding, which
 * the runner turns into annotations on the pull request's files; then one line per scan warning
 * and a closing `::notice` with the summary.
 *
 * ```
 * ::error file=src/app.ts,line=3,endLine=3,col=17,endColumn=30,title=monime-guard%3A live-token::Live Monime token mon_aB3d…wXy9 found
 * ```
 */
import type { Finding, ScanResult, ScanWarning, Severity } from '../types.js';
import type { ReportContext } from './context.js';
import { TOOL_NAME, describeFinding, placeOf } from './messages.js';
import { repositoryOf } from '../findings/order.js';
import { describeStats, describeVerdict } from './summary.js';

/** The workflow command for each severity. */
const COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

/**
 * Escapes a command's message the way the runner unescapes it: `%`, CR and LF. Without this a
 * newline in a file name would end the command and start a line of the attacker's choosing,
 * which the runner could read as another command.
 */
export function escapeGithubData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Escapes a command property value: as data, plus `:` and `,`, which delimit properties. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** Writes one workflow command; properties keep their given order, and empty values are left out. */
function command(name: string, properties: [string, string | number | undefined][], message: string): string {
  const props = properties
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeGithubData(message)}`;
}

/** The annotation for one finding. */
function findingCommand(finding: Finding): string {
  // A token in a commit message, or in another repository than the checkout, is in no file of
  // the checkout: the annotation goes on the run, and names the place in its message.
  if (repositoryOf(finding) !== undefined) {
    return command(
      COMMANDS[finding.severity],
      [['title', `${TOOL_NAME}: ${finding.ruleId}`]],
      `${placeOf(finding)}:${finding.span.start.line}: ${describeFinding(finding)}`,
    );
  }
  if (finding.git?.source === 'message') {
    return command(COMMANDS[finding.severity], [['title', `${TOOL_NAME}: ${finding.ruleId}`]], describeFinding(finding));
  }
  const { start, end } = finding.span;
  // The runner accepts columns only when an annotation starts and ends on the same line, and
  // its end column is inclusive, unlike the half-open spans findings carry.
  const sameLine = start.line === end.line;
  const endColumn = Math.max(start.column, end.column - 1);
  return command(
    COMMANDS[finding.severity],
    [
      ['file', finding.path],
      ['line', start.line],
      ['endLine', end.line],
      ['col', sameLine ? start.column : undefined],
      ['endColumn', sameLine ? endColumn : undefined],
      ['title', `${TOOL_NAME}: ${finding.ruleId}`],
    ],
    describeFinding(finding),
  );
}

/** A scan warning as a warning annotation on the run, not on a file: the file could not be read. */
function warningCommand(warning: ScanWarning): string {
  return command(warning.level === 'error' ? 'error' : 'warning', [['title', `${TOOL_NAME}: ${warning.code}`]], `${warning.path}: ${warning.message}`);
}

/** Formats a scan result as GitHub workflow commands, one per line. */
export function toGithub(result: ScanResult, ctx: ReportContext): string {
  const headline = describeVerdict(result.findings, result.warnings, ctx.failOn);
  const lines = [
    ...result.findings.map(findingCommand),
    ...result.warnings.map(warningCommand),
    command('notice', [['title', `${TOOL_NAME} ${ctx.toolVersion}`]], `${headline}. ${describeStats(result.stats)}`),
  ];
  return `${lines.join('\n')}\n`;
}
