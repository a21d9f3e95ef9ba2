/**
 * The words every report uses: one-line finding messages and rule metadata. Findings are data
 * with rule ids; this file is the one place that turns them into text, so every format says the
 * same thing the same way.
 */
import { findRule } from '../../rules/index.js';
import { repositoryOf } from '../findings/order.js';
import type { Encoding, Finding, GitOrigin, RelatedLocation, Severity, Verification } from '../types.js';

/** Where each rule's documentation lives; `<id>` may contain `/` (`iac/no-expiry`). */
const RULE_DOCS_BASE = 'https://github.com/monime-guard/monime-guard/blob/main/rules/';

/** The project's home page, for SARIF `informationUri` and report footers. */
export const TOOL_HOME = 'https://github.com/monime-guard/monime-guard';

/** The tool's name as it appears in every report. */
export const TOOL_NAME = 'monime-guard';

/** What a report needs to know about a rule, whether or not this version knows the rule. */
export interface RuleInfo {
  /** Stable rule id. */
  id: string;
  /** PascalCase name derived from the id, for SARIF `reportingDescriptor.name`. */
  name: string;
  /** One sentence saying what the rule reports. */
  description: string;
  /** What to do about a finding. */
  remediation: string;
  /** Severity the rule reports at before configuration; absent for rules this version does not know. */
  defaultSeverity?: Severity;
  /** URL of the rule's documentation page. */
  helpUri: string;
  /** Whether the rule is in this version's registry. */
  known: boolean;
}

/** Human phrases for each encoding, completing "found (…)". */
const ENCODING_PHRASES: Record<Encoding, string> = {
  base64: 'base64-encoded',
  base64url: 'base64url-encoded',
  'double-base64': 'base64-encoded twice',
  percent: 'percent-encoded',
  'unicode-escape': 'written with \\u escapes',
  'hex-escape': 'written with \\x escapes',
  'html-entity': 'written with HTML character references',
  'mixed-escape': 'written with mixed escapes',
};

/** Where a finding is, for a line of text: its path, after its repository's name in a scan of several (`[acme/shop] src/pay.js`). */
export function placeOf(finding: Finding): string {
  const repository = repositoryOf(finding);
  return repository === undefined ? finding.path : `[${repository}] ${finding.path}`;
}

/** Describes how a token was encoded (`base64-encoded`), for messages and table cells. */
export function describeEncoding(encoding: Encoding): string {
  // The lookup can miss when a newer detector reports an encoding this reporter predates;
  // echoing the raw name keeps the report readable instead of printing `undefined`.
  return ENCODING_PHRASES[encoding] ?? encoding;
}

/** Capitalised token kind for the start of a sentence. */
function kindWord(finding: Finding): string {
  return finding.tokenKind === 'live' ? 'Live' : 'Test';
}

/** How each route into client code reads, completing "… is inlined into client-side code …". */
const EXPOSURE_ROUTES: Record<NonNullable<Finding['exposure']>['via'], string> = {
  bundle: 'in build output',
  'env-file': 'by its client prefix',
  'next-config-env': 'by next.config `env`',
  'vite-define': 'by Vite `define`',
  'webpack-define': 'by webpack DefinePlugin',
  'webpack-environment': 'by webpack EnvironmentPlugin',
};

/** The message of a `client-exposed-token` finding: the token (if written) and the variable. */
function describeExposure(finding: Finding): string {
  const exposure = finding.exposure;
  const route = exposure ? ` ${EXPOSURE_ROUTES[exposure.via] ?? `(${exposure.via})`}` : '';
  if (finding.tokenKind) {
    const variable = exposure?.variable ? ` in ${exposure.variable}` : '';
    if (exposure?.via === 'bundle') return `${kindWord(finding)} Monime token ${finding.masked} is shipped to clients in build output`;
    return `${kindWord(finding)} Monime token ${finding.masked}${variable} is inlined into client-side code${route}`;
  }
  return `Monime credential variable ${exposure?.variable ?? finding.masked} is inlined into client-side code${route}`;
}

/**
 * Per-rule message builders. Rules missing here fall back to a generic sentence, so a finding
 * from a rule added after this reporter (or from a plugin) still reads as a sentence.
 */
const MESSAGES: Record<string, (finding: Finding) => string> = {
  'live-token': (f) => `Live Monime token ${f.masked} found`,
  'test-token': (f) => `Test Monime token ${f.masked} found`,
  'client-exposed-token': describeExposure,
};

/**
 * The one-line human message for a finding, e.g.
 * `Live Monime token mon_aB3d…wXy9 found (base64-encoded)`. It shows only the masked token.
 */
export function describeFinding(finding: Finding): string {
  if (finding.detail !== undefined) return finding.detail;
  const build = MESSAGES[finding.ruleId];
  const base = build ? build(finding) : `${kindWord(finding)} Monime token ${finding.masked} reported by rule ${finding.ruleId}`;
  const placed = finding.place === 'path' ? `${base} in the path itself (a file's or a directory's name), so the path is shown masked` : base;
  const encoded = finding.encoding ? `${placed} (${describeEncoding(finding.encoding)})` : placed;
  const related = (finding.related ?? []).map(describeRelated).join('');
  const located = finding.git ? `${encoded}${related} ${describeGitOrigin(finding.git)}` : `${encoded}${related}`;
  return finding.verification ? `${located}; ${describeVerification(finding.verification)}` : located;
}

/**
 * What Monime's API said of the token, ending a finding's message: `ACTIVE (live): revoke it in the
 * Monime dashboard now`, `inactive (revoked, expired or never valid)`, `not verified (timeout)`.
 */
export function describeVerification(verification: Verification): string {
  const detail = verification.detail ? ` (${verification.detail})` : '';
  switch (verification.state) {
    case 'active':
      return `ACTIVE${verification.environment ? ` (${verification.environment})` : ''}: revoke it in the Monime dashboard now${detail}`;
    case 'inactive':
      return `inactive (revoked, expired or never valid)${detail}`;
    case 'unknown':
      return `not verified (${verification.reason ?? 'no answer'})${detail}`;
  }
}

/** A related location as a message suffix: ` (from src/pay.ts:3:17)`. */
function describeRelated(location: RelatedLocation): string {
  const where = `${location.path}:${location.line}:${location.column}`;
  return location.role === 'original source' ? ` (from ${where})` : ` (in the source map ${location.path})`;
}

/**
 * Where in history a token came from, completing a finding's message:
 * `in commit 1a2b3c4d5e6f (Ann, 2026-01-02); also in 2 other commits or paths; in history only: …`.
 */
export function describeGitOrigin(git: GitOrigin): string {
  if (git.commit === '') return 'in a staged change';
  const who = [git.author, git.date?.slice(0, 10)].filter((part) => part !== undefined && part !== '').join(', ');
  const where = `${git.source === 'message' ? 'in the message of commit' : 'in commit'} ${git.commit.slice(0, 12)}${who ? ` (${who})` : ''}`;
  const others =
    git.otherOccurrences > 0
      ? `; also in ${git.otherOccurrences} other commit${git.otherOccurrences === 1 ? '' : 's'} or path${git.otherOccurrences === 1 ? '' : 's'}`
      : '';
  // Before a push the commits can still be rewritten: that, not revoking, is the advice.
  const historyOnly = !git.historyOnly
    ? ''
    : git.unpushed
      ? '; a later commit deletes it, but the push would still send this commit: rewrite the commits before pushing'
      : '; in history only: revoke it, deleting it from the code does not un-leak it';
  return `${where}${others}${historyOnly}`;
}

/** Turns `live-token` into `LiveToken` and `iac/no-expiry` into `IacNoExpiry`. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** The documentation URL of a rule. */
export function ruleHelpUri(id: string): string {
  // Ids are kebab-case words and `/`; encoding each segment keeps an odd future id from
  // producing an invalid URL while leaving the folder structure (`iac/…`) intact.
  return `${RULE_DOCS_BASE}${id.split('/').map(encodeURIComponent).join('/')}.md`;
}

/**
 * Metadata for a rule id, from the registry when the rule is known and a generic text otherwise,
 * so reports never fail on a rule id they have not heard of.
 */
export function describeRule(id: string): RuleInfo {
  const helpUri = ruleHelpUri(id);
  const rule = findRule(id);
  if (rule) {
    return {
      id,
      name: ruleName(id),
      description: rule.description,
      remediation: rule.remediation,
      defaultSeverity: rule.severity,
      helpUri,
      known: true,
    };
  }
  return {
    id,
    name: ruleName(id) || 'Rule',
    description: `A finding of the monime-guard rule \`${id}\`.`,
    remediation: "See the rule's documentation for what to do.",
    helpUri,
    known: false,
  };
}
