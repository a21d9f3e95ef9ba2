/**
 * Reporters turn a {@link ScanResult} into text in one output format. Each format is one file
 * behind the {@link Reporter} signature: a pure function that returns the whole report as a
 * string and never prints, reads files or looks at the environment. The CLI and the Action decide
 * where the string goes.
 */
import { redactTokens } from '../findings/mask.js';
import type { ScanResult } from '../types.js';
import type { ReportContext } from './context.js';
import { toGithub } from './github.js';
import { toHtml } from './html.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { toSarif } from './sarif.js';
import { toText } from './text.js';

import type { ReportFormat } from './formats.js';

export { reportFormats, type ReportFormat } from './formats.js';

export type { ReportContext } from './context.js';

/** A report format: a pure function from a scan result to the report's full text. */
export type Reporter = (result: ScanResult, ctx: ReportContext) => string;

/** The reporter for each format. */
const reporters: Record<ReportFormat, Reporter> = {
  text: toText,
  json: toJson,
  sarif: toSarif,
  github: toGithub,
  markdown: toMarkdown,
  html: toHtml,
};

export { isReportFormat } from './formats.js';

/**
 * Formats a scan result as a report in the given format. Every token-shaped string in it is masked,
 * whatever field carried it (a path, a ref, an author), so a report is safe to print or store.
 */
export function formatReport(result: ScanResult, format: ReportFormat, ctx: ReportContext): string {
  return redactTokens(reporters[format](result, ctx));
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
export { toHtml } from './html.js';
