/**
 * SARIF 2.1.0, the format GitHub code scanning and most security dashboards ingest. One run;
 * every rule of the registry in `tool.driver.rules`, plus any other rule a result uses; result
 * locations relative to `%SRCROOT%`, the scan root; `partialFingerprints` so alerts survive line
 * moves.
 */
import { rules as registry } from '../../rules/index.js';
import { redactTokens } from '../findings/mask.js';
import type { ClientExposure, Finding, GitOrigin, ScanResult, ScanWarning, Severity, FindingSuppression, Verification } from '../types.js';
import type { ReportContext } from './context.js';
import { TOOL_HOME, TOOL_NAME, describeFinding, describeRule, type RuleInfo } from './messages.js';
import { repositoryOf } from '../findings/order.js';
import { SEVERITY_ORDER } from './summary.js';

/** The `$schema` every log declares: the OASIS SARIF 2.1.0 schema. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Key under `partialFingerprints`; the `/v1` changes if the fingerprint's recipe ever does. */
export const SARIF_FINGERPRINT_KEY = 'monimeGuard/v1';

/** The `uriBaseId` that result locations are relative to. */
const SRCROOT = '%SRCROOT%';

/** SARIF message object; only plain text is used for results. */
interface SarifMessage {
  text: string;
  markdown?: string;
}

/** SARIF `artifactLocation`. */
interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
  /** For an entry inside an archive: its artifact in `run.artifacts`, nested in the archive's. */
  index?: number;
}

/** SARIF `artifact`: an archive, or an entry nested in one (`parentIndex`). */
interface SarifArtifact {
  location: { uri: string; uriBaseId?: string };
  parentIndex?: number;
}

/** SARIF `physicalLocation` with an optional region. */
interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region?: { startLine: number; startColumn: number; endLine?: number; endColumn?: number };
}

/** SARIF `reportingDescriptor`: one rule. */
interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: Severity };
  properties: { tags: string[]; 'security-severity': string };
}

/** SARIF `result`: one finding. */
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Severity;
  message: SarifMessage;
  /** A physical location (a file, a URL), or for a commit message a logical one. */
  locations: { physicalLocation?: SarifPhysicalLocation; logicalLocations?: SarifLogicalLocation[] }[];
  relatedLocations?: { id: number; message: SarifMessage; physicalLocation: SarifPhysicalLocation }[];
  partialFingerprints: Record<string, string>;
  properties: Record<string, string | GitOrigin | ClientExposure | Verification>;
  /** Present on findings a filter took out: code scanning shows them as dismissed, with the reason. */
  suppressions?: { kind: 'inSource' | 'external'; status: 'accepted'; justification?: string }[];
}

/** SARIF `logicalLocation`: a place that is not a file (a commit message). */
interface SarifLogicalLocation {
  kind: string;
  name: string;
  fullyQualifiedName: string;
}

/** SARIF `notification`: a scan warning reported by the tool about its own execution. */
interface SarifNotification {
  level: 'warning' | 'error';
  message: SarifMessage;
  descriptor: { id: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
}

/** SARIF `run`. */
interface SarifRun {
  tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
  originalUriBaseIds?: Record<string, { uri: string }>;
  /** The repository and commit a git scan read: code scanning ties results to them. */
  versionControlProvenance?: { repositoryUri: string; revisionId?: string; mappedTo: { uriBaseId: string } }[];
  /** The archives findings were found in, and their entries, each nested in its parent. */
  artifacts?: SarifArtifact[];
  columnKind: 'utf16CodeUnits';
  invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
  results: SarifResult[];
}

/** The top-level SARIF log, as far as this reporter writes it. */
export interface SarifLog {
  /** Always {@link SARIF_SCHEMA_URI}. */
  $schema: string;
  /** Always `2.1.0`. */
  version: '2.1.0';
  /** Exactly one run. */
  runs: [SarifRun];
}

/**
 * GitHub sorts alerts by this CVSS-like score: 9.0 and up is "critical", 4.0 to 6.9 "medium".
 * A live token moves real money (an `error` by default); a test token only opens the test Space.
 */
const SECURITY_SEVERITY: Record<Severity, string> = { error: '9.0', warning: '5.0', note: '2.0' };
/** A result whose token Monime's API verified as working (`--verify`) scores the highest, whatever its rule. */
const ACTIVE_SECURITY_SEVERITY = '10.0';

/** A lone UTF-16 surrogate: `encodeURIComponent` throws on one, so they become U+FFFD first. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Percent-encodes each `/`-separated segment, keeping the separators. Tokens are masked first, so
 * the mask's `…` is encoded with the rest (masking the finished log would leave it raw, which a
 * URI may not hold).
 */
function encodePath(path: string): string {
  return redactTokens(path)
    .replace(LONE_SURROGATE, '\uFFFD')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * Where a finding's file is, as a SARIF artifact location. Paths are normally relative to the
 * scan root and become URI references against `%SRCROOT%`; encoding every segment keeps a `:`
 * in a first segment from reading as a URI scheme and `#`/`?` from cutting the path short. An
 * absolute path (a file outside the root named on the command line) becomes a `file:` URI.
 */
function artifactLocation(path: string): SarifArtifactLocation {
  // A resource fetched by `bundle <url>` is named by its URL, already a valid absolute URI.
  if (/^https?:\/\/[^\s]+$/.test(path)) return { uri: maskedUri(path) };
  if (path.startsWith('/')) return { uri: `file://${encodePath(path)}` };
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return { uri: `file:///${drive[1]}:/${encodePath(path.slice(3))}` };
  // `-` (stdin) stays `-`: a valid relative reference, so the log still validates and the
  // result still shows, just without a file to open.
  return { uri: encodePath(path), uriBaseId: SRCROOT };
}

/** A URI with its tokens masked and each mask's `…` percent-encoded, so it stays a URI. */
function maskedUri(uri: string): string {
  return redactTokens(uri).replaceAll('…', '%E2%80%A6');
}

/**
 * The repositories a git scan read, and the commits, for code scanning: the one repository at the
 * scan root, or each of several (`github`), its findings' locations relative to its own base.
 */
function provenance(result: ScanResult): Pick<SarifRun, 'versionControlProvenance'> {
  const entries = (result.repositories ?? (result.repository ? [result.repository] : []))
    .filter((repository) => repository.uri)
    .map((repository) => ({
      repositoryUri: maskedUri(repository.uri!),
      ...(repository.revision ? { revisionId: repository.revision } : {}),
      mappedTo: { uriBaseId: repository.name !== undefined && result.repositories ? repository.name : SRCROOT },
    }));
  return entries.length > 0 ? { versionControlProvenance: entries } : {};
}

/** A location in one of several repositories is relative to that repository's base, named after it. */
function inRepository(location: SarifArtifactLocation, repository: string | undefined): SarifArtifactLocation {
  return repository !== undefined && location.uriBaseId === SRCROOT ? { ...location, uriBaseId: repository } : location;
}

/** The most severe of some severities, or `warning` when there are none. */
function mostSevere(severities: readonly Severity[]): Severity {
  return SEVERITY_ORDER.find((severity) => severities.includes(severity)) ?? 'warning';
}

/** The SARIF rule descriptor for a rule. */
function toSarifRule(info: RuleInfo, level: Severity): SarifRule {
  return {
    id: info.id,
    name: info.name,
    shortDescription: { text: info.description },
    fullDescription: { text: `${info.description} ${info.remediation}` },
    help: {
      text: `${info.description}\n\n${info.remediation}\n\nDocumentation: ${info.helpUri}`,
      markdown: `**${info.description}**\n\n${info.remediation}\n\n[Rule documentation](${info.helpUri})`,
    },
    helpUri: info.helpUri,
    defaultConfiguration: { level },
    properties: {
      tags: info.id.startsWith('iac/') ? ['security', 'iac', 'configuration'] : ['security', 'secret'],
      'security-severity': SECURITY_SEVERITY[level],
    },
  };
}

/**
 * The rules to declare: every registry rule (so a clean run still tells dashboards what was
 * checked), then rules used by findings that the registry does not know, sorted by id.
 */
function collectRules(findings: readonly Finding[]): SarifRule[] {
  const rules = registry.map((rule) => toSarifRule(describeRule(rule.id), rule.severity));
  const known = new Set(registry.map((rule) => rule.id));
  const unknown = new Map<string, Severity[]>();
  for (const finding of findings) {
    if (known.has(finding.ruleId)) continue;
    const severities = unknown.get(finding.ruleId) ?? [];
    severities.push(finding.severity);
    unknown.set(finding.ruleId, severities);
  }
  for (const id of [...unknown.keys()].sort()) {
    rules.push(toSarifRule(describeRule(id), mostSevere(unknown.get(id) ?? [])));
  }
  return rules;
}

function toSarifResult(finding: Finding, ruleIndex: number, artifacts: ArtifactTable): SarifResult {
  const { start, end } = finding.span;
  // A commit message is no file: SARIF names it as a logical location (the commit), not a path.
  const location =
    finding.origin.kind === 'message'
      ? { logicalLocations: [{ kind: 'resource', name: 'commit message', fullyQualifiedName: `${finding.origin.commit}:message` }] }
      : {
          physicalLocation: {
            artifactLocation: { ...inRepository(artifactLocation(finding.path), repositoryOf(finding)), ...artifacts.indexOf(finding) },
            region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
          },
        };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.severity,
    message: { text: describeFinding(finding) },
    locations: [location],
    ...(finding.related
      ? {
          relatedLocations: finding.related.map((r, i) => ({
            id: i + 1,
            message: { text: r.role },
            physicalLocation: { artifactLocation: artifactLocation(r.path), region: { startLine: r.line, startColumn: r.column } },
          })),
        }
      : {}),
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: finding.fingerprint },
    properties: {
      confidence: finding.confidence,
      ...(finding.tokenKind ? { tokenKind: finding.tokenKind } : {}),
      ...(finding.encoding ? { encoding: finding.encoding } : {}),
      ...(finding.git ? { git: { ...finding.git } } : {}),
      ...(finding.exposure ? { exposure: { ...finding.exposure } } : {}),
      // A token the API says works now is the most urgent kind of finding there is.
      ...(finding.verification ? { verification: { ...finding.verification } } : {}),
      ...(finding.verification?.state === 'active' ? { 'security-severity': ACTIVE_SECURITY_SEVERITY } : {}),
    },
  };
}

/**
 * SARIF `suppression`: a directive in the file is `inSource`; an `allow` entry of the config and
 * a baseline file are `external`. The justification is the reason given, or says where it is.
 */
function toSarifSuppression(suppression: FindingSuppression): NonNullable<SarifResult['suppressions']>[number] {
  const where =
    suppression.by === 'baseline'
      ? 'accepted in the baseline file'
      : suppression.by === 'allow'
        ? 'allowed by the config'
        : 'ignored by a monime-guard-ignore comment';
  return {
    kind: suppression.by === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    justification: suppression.reason ? `${redactTokens(suppression.reason)} (${where})` : where,
  };
}

function toSarifNotification(warning: ScanWarning): SarifNotification {
  return {
    level: warning.level === 'error' ? 'error' : 'warning',
    message: { text: `${warning.path}: ${warning.message}` },
    descriptor: { id: warning.code },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(warning.path) } }],
  };
}

/** Makes sure a base URI ends in `/`, as SARIF requires of `originalUriBaseIds` entries. */
function withTrailingSlash(uri: string): string {
  return uri.endsWith('/') ? uri : `${uri}/`;
}

/** Builds the SARIF log as an object, for callers that post-process it (the Action). */
export function buildSarifLog(result: ScanResult, ctx: ReportContext): SarifLog {
  const suppressed = result.suppressed ?? [];
  const rules = collectRules([...result.findings, ...suppressed]);
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const notifications = result.warnings.map(toSarifNotification);
  const artifacts = new ArtifactTable();
  const run: SarifRun = {
    tool: {
      driver: { name: TOOL_NAME, version: ctx.toolVersion, informationUri: TOOL_HOME, rules },
    },
    ...(ctx.rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: withTrailingSlash(ctx.rootUri) } } } : {}),
    ...provenance(result),
    columnKind: 'utf16CodeUnits',
    invocations: [
      {
        // Per-file problems are warnings; an input that could not be checked at all means the run
        // did not do all it was asked to.
        executionSuccessful: !result.warnings.some((warning) => warning.level === 'error'),
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
      },
    ],
    results: [
      ...result.findings.map((finding) => toSarifResult(finding, indexOf.get(finding.ruleId) ?? 0, artifacts)),
      ...suppressed.map((finding) => ({
        ...toSarifResult(finding, indexOf.get(finding.ruleId) ?? 0, artifacts),
        suppressions: [toSarifSuppression(finding.suppression)],
      })),
    ],
  };
  if (artifacts.list.length > 0) run.artifacts = artifacts.list;
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/**
 * The artifacts of findings inside archives, built as results are: the archive (at its path, like
 * any file) and each entry nested in the one that holds it (`parentIndex`), its `uri` the entry's
 * path inside its parent. A result's location keeps the whole `archive!/entry` path as its `uri`
 * (what tools without nesting show) and points at the innermost entry by `index`.
 */
class ArtifactTable {
  readonly list: SarifArtifact[] = [];
  private readonly known = new Map<string, number>();

  indexOf(finding: Finding): { index?: number } {
    const origin = finding.origin;
    if ((origin.kind !== 'file' && origin.kind !== 'blob') || !origin.entry?.length) return {};
    let parent = this.add(JSON.stringify([origin.repository ?? '', origin.path]), inRepository(artifactLocation(origin.path), origin.repository));
    origin.entry.forEach((name, depth) => {
      const key = JSON.stringify([origin.repository ?? '', origin.path, ...origin.entry!.slice(0, depth + 1)]);
      parent = this.add(key, { uri: encodePath(name) }, parent);
    });
    return { index: parent };
  }

  private add(key: string, location: SarifArtifact['location'], parentIndex?: number): number {
    const found = this.known.get(key);
    if (found !== undefined) return found;
    this.list.push({ location, ...(parentIndex === undefined ? {} : { parentIndex }) });
    this.known.set(key, this.list.length - 1);
    return this.list.length - 1;
  }
}

/** Formats a scan result as a SARIF 2.1.0 log (two-space indented, trailing newline). */
export function toSarif(result: ScanResult, ctx: ReportContext): string {
  return `${JSON.stringify(buildSarifLog(result, ctx), null, 2)}\n`;
}
