/**
 * The machine-readable format, described by `schemas/report.schema.json`. `version` changes only
 * when a field is removed, renamed or changes meaning; a new field bumps the schema file, not
 * the version. Positions are 1-based; columns count UTF-16 code units; `endColumn` is the
 * column just after the last character.
 */
import { redactTokens } from '../findings/mask.js';
import type {
  ClientExposure,
  Confidence,
  Encoding,
  FailOn,
  Finding,
  GitOrigin,
  Origin,
  Placeholder,
  RelatedLocation,
  ScanResult,
  ScanStats,
  ScanWarning,
  Verification,
  Severity,
  Span,
  TokenKind,
} from '../types.js';
import type { ReportContext } from './context.js';
import { TOOL_NAME, describeFinding } from './messages.js';
import { exceedsThreshold } from '../scan/threshold.js';
import { countBySeverity } from './summary.js';

/** Version of the JSON report layout; see the file comment for when it changes. */
export const JSON_REPORT_VERSION = 2;

/** Where a finding or placeholder is, flattened from its span. */
export interface JsonLocation {
  /** Path relative to the scan root, with `/` separators; `-` for stdin. */
  path: string;
  /** 1-based line of the first character. */
  line: number;
  /** 1-based column of the first character, in UTF-16 code units. */
  column: number;
  /** 1-based line of the position just after the last character. */
  endLine: number;
  /** 1-based column just after the last character. */
  endColumn: number;
}

/** One finding in the JSON report. Inline directives are internal and left out. */
export interface JsonFinding extends Omit<JsonLocation, 'path'> {
  /**
   * Where the finding is: a path relative to the scan root, a URL, or the name standard input
   * goes by. Absent for a finding in a commit or tag message, which is no file ({@link origin}).
   */
  path?: string;
  /** Stable rule id. */
  ruleId: string;
  /** Where the finding came from: `file`, `blob` (git content), `message`, `url` or `stdin`, with its details. */
  origin: Origin;
  /** Severity after configuration. */
  severity: Severity;
  /** Detector confidence. */
  confidence: Confidence;
  /** `live` or `test`; absent for a finding about a variable rather than a token value. */
  tokenKind?: TokenKind;
  /** The token with its body shortened to its first and last four characters. */
  masked: string;
  /** Hash of rule id and token; what baselines and `allow` entries match. */
  fingerprint: string;
  /** How the token was encoded, when it was found by decoding. */
  encoding?: Encoding;
  /** `path` when the token is in the path itself, not the content (then line 1, column 1). */
  place?: 'path';
  /** Where in git history the token is (history, staged and pre-push scans). */
  git?: GitOrigin;
  /** How the credential reaches client code (`client-exposed-token`). */
  exposure?: ClientExposure;
  /** Places tied to the finding: a bundle token's original source, a map token's source map. */
  related?: RelatedLocation[];
  /** With `--verify`: what Monime's API said of the token. */
  verification?: Verification;
  /** One line for a human. */
  message: string;
}

/** A rejected placeholder, present only with `--show-placeholders`. */
export interface JsonPlaceholder extends Omit<JsonLocation, 'path'> {
  /** Path relative to the scan root; absent for a placeholder in a commit or tag message. */
  path?: string;
  /** For a placeholder in a commit or tag message: the id of that commit or tag. */
  commit?: string;
  /** The rejected text, shortened like a token. */
  masked: string;
  /** Why it was rejected. */
  reason: string;
}

/** A problem with one input that did not stop the scan. */
export interface JsonWarning {
  /** The path at fault. */
  path: string;
  /** Machine-readable code (`unreadable`, `vanished`, …). */
  code: string;
  /** One line for a human. */
  message: string;
  /** `error` for an input that could not be checked at all: the report is incomplete. */
  level?: 'error';
}

/** Findings counted by severity, and by the fail-on threshold when one was given. */
export interface JsonSummary {
  /** Number of findings. */
  findings: number;
  /** Findings with severity `error`. */
  error: number;
  /** Findings with severity `warning`. */
  warning: number;
  /** Findings with severity `note`. */
  note: number;
  /** The `--fail-on` threshold in force, when the caller said. */
  failOn?: FailOn;
  /** Findings at or above `failOn`; present with `failOn`. */
  failing?: number;
}

/** The whole JSON report. */
export interface JsonReport {
  /** Layout version: {@link JSON_REPORT_VERSION}. */
  version: typeof JSON_REPORT_VERSION;
  /** The tool that wrote the report. */
  tool: { name: string; version: string };
  /** Counts, so a consumer need not recount findings. */
  summary: JsonSummary;
  /** Findings that survived every filter, sorted by path, line and column. */
  findings: JsonFinding[];
  /** Rejected placeholders; present only when asked for. */
  placeholders?: JsonPlaceholder[];
  /** Per-input problems. */
  warnings: JsonWarning[];
  /** Findings a filter took out, each with why; present only with `--include-suppressed`. */
  suppressed?: JsonSuppressedFinding[];
  /** Scan counters. */
  stats: ScanStats;
  /** For a scan of many repositories (`github`): each one scanned, by name. */
  repositories?: { name: string; uri?: string; revision?: string }[];
}

/** A finding an `allow` entry, an inline directive or a baseline took out, and why. */
export interface JsonSuppressedFinding {
  finding: JsonFinding;
  suppression: { by: 'allow' | 'inline' | 'baseline'; reason?: string };
}

/** Flattens a path and span into the report's location fields. */
function toJsonLocation(path: string, { start, end }: Span): JsonLocation {
  return { path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** Converts one finding, choosing fields explicitly so internal ones never leak into the report. */
function toJsonFinding(finding: Finding): JsonFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    confidence: finding.confidence,
    ...(finding.tokenKind ? { tokenKind: finding.tokenKind } : {}),
    ...withoutPseudoPath(toJsonLocation(finding.path, finding.span), finding),
    origin: { ...finding.origin },
    masked: finding.masked,
    fingerprint: finding.fingerprint,
    ...(finding.encoding ? { encoding: finding.encoding } : {}),
    ...(finding.place ? { place: finding.place } : {}),
    ...(finding.git ? { git: { ...finding.git } } : {}),
    ...(finding.exposure ? { exposure: { ...finding.exposure } } : {}),
    ...(finding.related ? { related: finding.related.map((r) => ({ ...r })) } : {}),
    ...(finding.verification ? { verification: { ...finding.verification } } : {}),
    message: describeFinding(finding),
  };
}

/** A commit message is no file: its findings name no path, only their place in the message. */
function withoutPseudoPath(location: JsonLocation, finding: Finding): Omit<JsonLocation, 'path'> & { path?: string } {
  if (finding.origin.kind !== 'message') return location;
  const { path: _messages, ...inMessage } = location;
  return inMessage;
}

function toJsonPlaceholder(placeholder: Placeholder): JsonPlaceholder {
  const { path, ...inText } = toJsonLocation(placeholder.path, placeholder.span);
  return {
    // A message is no file: its placeholders name the commit instead of a path.
    ...(placeholder.commit === undefined ? { path } : { commit: placeholder.commit }),
    ...inText,
    masked: placeholder.masked,
    reason: placeholder.reason,
  };
}

function toJsonWarning(warning: ScanWarning): JsonWarning {
  return { path: warning.path, code: warning.code, message: warning.message, ...(warning.level ? { level: warning.level } : {}) };
}

function summarize(findings: readonly Finding[], failOn: FailOn | undefined): JsonSummary {
  const counts = countBySeverity(findings);
  const summary: JsonSummary = { findings: findings.length, ...counts };
  if (failOn !== undefined) {
    summary.failOn = failOn;
    summary.failing = findings.filter((finding) => exceedsThreshold(finding, failOn)).length;
  }
  return summary;
}

/** Builds the JSON report as an object, for callers that post-process it. */
export function buildJsonReport(result: ScanResult, ctx: ReportContext): JsonReport {
  const stats = result.stats;
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: TOOL_NAME, version: ctx.toolVersion },
    summary: summarize(result.findings, ctx.failOn),
    findings: result.findings.map(toJsonFinding),
    ...(ctx.showPlaceholders ? { placeholders: result.placeholders.map(toJsonPlaceholder) } : {}),
    warnings: result.warnings.map(toJsonWarning),
    ...(ctx.includeSuppressed
      ? {
          suppressed: (result.suppressed ?? []).map((finding) => ({
            finding: toJsonFinding(finding),
            suppression: { by: finding.suppression.by, ...(finding.suppression.reason ? { reason: redactTokens(finding.suppression.reason) } : {}) },
          })),
        }
      : {}),
    // Copied field by field so the report's key order and contents do not depend on how the
    // scanner happened to build its stats object.
    stats: {
      filesScanned: stats.filesScanned,
      bytesScanned: stats.bytesScanned,
      binarySkipped: stats.binarySkipped,
      ...(stats.ignoredEnvFiles ? { ignoredEnvFiles: stats.ignoredEnvFiles } : {}),
      allowed: stats.allowed,
      ignoredInline: stats.ignoredInline,
      baselined: stats.baselined,
      warnings: stats.warnings,
      durationMs: stats.durationMs,
      ...(stats.repositories ? { repositories: { ...stats.repositories } } : {}),
    },
    ...(result.repositories
      ? {
          repositories: result.repositories.map(({ name, uri, revision }) => ({
            name: name ?? '',
            ...(uri ? { uri } : {}),
            ...(revision ? { revision } : {}),
          })),
        }
      : {}),
  };
}

/** Formats a scan result as the versioned JSON report (two-space indented, trailing newline). */
export function toJson(result: ScanResult, ctx: ReportContext): string {
  return `${JSON.stringify(buildJsonReport(result, ctx), null, 2)}\n`;
}
