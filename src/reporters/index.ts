/**
 * Reporters turn a {@link ScanResult} into text in one output format. Each format is one file
 * behind the {@link Reporter} signature: a pure function that returns the whole report as a
 * string and never prints, reads files or looks at the environment. The CLI and the Action decide
 * where the string goes.
 */
import type { FailOn, ScanResult } from '../types.js';
import { toGithub } from './github.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';
import { toText } from './text.js';

import type { ReportFormat } from './formats.js';

export { reportFormats, type ReportFormat } from './formats.js';

/** What a reporter may know beyond the scan result. Everything the environment decides is passed in here. */
export interface ReportContext {
  /** Version of monime-guard, shown in reports and in SARIF `tool.driver.version`. */
  toolVersion: string;
  /** Whether the text format may use ANSI colours; the CLI decides from the TTY and `NO_COLOR`. */
  color: boolean;
  /**
   * `file://` URI of the scan root, with a trailing slash. SARIF uses it for
   * `originalUriBaseIds.%SRCROOT%`; other formats ignore it.
   */
  rootUri?: string;
  /** List rejected placeholders (text and JSON formats), as `--show-placeholders` asks. */
  showPlaceholders?: boolean;
  /** List the findings filters took out, with why (JSON), as `--include-suppressed` asks. SARIF always lists them. */
  includeSuppressed?: boolean;
  /** The failure threshold in force, so reports can say which findings fail the scan. */
  failOn?: FailOn;
  /**
   * Advice for the situation the command runs in (a commit being made, a push), shown in the
   * text format's "What to do" section before the per-rule advice.
   */
  advice?: readonly string[];
}

/** A report format: a pure function from a scan result to the report's full text. */
export type Reporter = (result: ScanResult, ctx: ReportContext) => string;

/** The reporter for each format. */
const reporters: Record<ReportFormat, Reporter> = {
  text: toText,
  json: toJson,
  sarif: toSarif,
  github: toGithub,
  markdown: toMarkdown,
};

export { isReportFormat } from './formats.js';

/** Formats a scan result as a report in the given format. */
export function formatReport(result: ScanResult, format: ReportFormat, ctx: ReportContext): string {
  return reporters[format](result, ctx);
}

export { describeFinding, describeRule, describeEncoding } from './messages.js';
export type { RuleInfo } from './messages.js';
export { toGithub, escapeGithubData, escapeGithubProperty } from './github.js';
export { toJson, buildJsonReport, JSON_REPORT_VERSION } from './json.js';
export type { JsonReport, JsonFinding, JsonLocation, JsonPlaceholder, JsonWarning, JsonSummary } from './json.js';
export { toMarkdown, MARKDOWN_MAX_BYTES } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { toSarif, buildSarifLog, SARIF_SCHEMA_URI, SARIF_FINGERPRINT_KEY } from './sarif.js';
export type { SarifLog } from './sarif.js';
export { toText } from './text.js';
