import { calendarDay, isCalendarDate } from '../calendar-date.js';
import { policyRules } from '../../rules/index.js';
import type { Config } from '../config/types.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import type { Finding, Severity, SuppressedFinding } from '../types.js';
import { detect } from '../detector/detect.js';
import { mayContainTokenText } from '../detector/prefilter.js';
import { maskToken } from '../findings/mask.js';
import { createLocator } from '../scan/locate.js';
import { readSuppressions } from './manifest.js';
import type { Suppression, TokenConfig } from './model.js';

/** Options of {@link checkConfigs}. */
export interface CheckOptions {
  /** Rule settings from the config (enabled, severity, options). */
  config?: Config;
  /** Today, for expiry dates and suppressions with `until` (default: now). */
  today?: Date;
}

/** What checking produced: findings, and those a suppression removed (with its reason). */
export interface CheckResult {
  findings: Finding[];
  /** How many findings a suppression removed: `suppressedFindings.length`. */
  suppressed: number;
  suppressedFindings: SuppressedFinding[];
}

/**
 * Runs every enabled policy on every configuration. A violation is suppressed by a
 * `monime-guard-ignore iac/<id> -- reason` comment on or above its entry; a suppression without
 * a reason suppresses nothing and says so, and one past its `until` date stops suppressing and
 * says so.
 */
export function checkConfigs(configs: readonly TokenConfig[], options: CheckOptions = {}): CheckResult {
  const today = options.today ?? new Date();
  const policyIds = new Set(policyRules.map((policy) => policy.id));
  const findings: Finding[] = [];
  const suppressedFindings: SuppressedFinding[] = [];
  // Settings are looked up once per policy, not once per configuration.
  const enabled = policyRules.flatMap((policy) => {
    const settings = options.config?.rules?.[policy.id] as { enabled?: boolean; severity?: Severity; options?: Record<string, unknown> } | undefined;
    return settings?.enabled === false ? [] : [{ policy, severity: settings?.severity, context: { today, options: settings?.options ?? {}, policyIds } }];
  });
  for (const config of configs) {
    for (const { policy, severity, context } of enabled) {
      for (const violation of policy.check(config, context)) {
        const at = violation.at ?? (violation.field ? config.positions[violation.field as keyof TokenConfig] : undefined) ?? config.at;
        const suppression = config.suppressions.find((s) => s.ruleId === policy.id);
        const verdict = judgeSuppression(suppression, today);
        const finding: Finding = {
          ruleId: policy.id,
          severity: severity ?? violation.severity ?? policy.severity,
          confidence: 'high',
          // The kind of token the configuration makes, so `--fail-on live` applies, or the kind of the
          // token written in it (`iac/hardcoded-token`), which `--fail-on test` counts as a token.
          ...(violation.token ? { tokenKind: violation.token } : config.mode === 'live' || config.mode === 'test' ? { tokenKind: config.mode } : {}),
          path: config.file,
          origin: { kind: 'file', path: config.file },
          span: { start: at, end: { line: at.line, column: at.column + 1 } },
          masked: config.label,
          // The file, the resource, the field and which value of it: not the message, whose counts
          // and dates change while the decision a baseline records does not.
          fingerprint: fingerprintOf(
            policy.id,
            `${config.file}\0${config.label}\0${violation.field ?? ''}\0${violation.key ?? (violation.at ? `${violation.at.line}:${violation.at.column}` : '')}`,
          ),
          bodyLength: 0,
          detail: `${violation.message}${verdict && verdict !== 'applies' ? ` (${verdict})` : ''}`,
        };
        if (verdict === 'applies')
          suppressedFindings.push({ ...finding, suppression: { by: 'inline', ...(suppression?.reason ? { reason: suppression.reason } : {}) } });
        else findings.push(finding);
      }
    }
  }
  return { findings, suppressed: suppressedFindings.length, suppressedFindings };
}

/** Whether a suppression applies, or why it does not. */
function judgeSuppression(suppression: Suppression | undefined, today: Date): 'applies' | string | undefined {
  if (!suppression) return undefined;
  if (suppression.malformed)
    return `the monime-guard-ignore on line ${suppression.at.line} is not understood, so it suppresses nothing: write "-- <reason>" after the policy id`;
  if (!suppression.reason) return `the monime-guard-ignore on line ${suppression.at.line} has no reason, so it suppresses nothing: add "-- <reason>"`;
  if (suppression.until !== undefined && !isCalendarDate(suppression.until)) {
    return `the monime-guard-ignore on line ${suppression.at.line} has an \`until\` (${suppression.until}) that is not a day in the calendar (YYYY-MM-DD), so it suppresses nothing`;
  }
  if (suppression.until !== undefined && calendarDay(suppression.until)! + 86_400_000 <= today.getTime())
    return `the monime-guard-ignore on line ${suppression.at.line} expired on ${suppression.until}`;
  return 'applies';
}

/**
 * Checks one Terraform module read once per environment file. A finding that every environment
 * produces is reported once; one that only some produce names them (`with prod.tfvars`).
 */
export function checkVariants(variants: readonly { environment?: string; configs: readonly TokenConfig[] }[], options: CheckOptions = {}): CheckResult {
  if (variants.length === 1) return checkConfigs(variants[0]!.configs, options);
  const merged = new Map<string, { finding: Finding; environments: string[] }>();
  // A suppressed finding is the same decision in every environment: kept once.
  const suppressedFindings = new Map<string, SuppressedFinding>();
  for (const variant of variants) {
    const checked = checkConfigs(variant.configs, options);
    for (const finding of checked.suppressedFindings) if (!suppressedFindings.has(finding.fingerprint)) suppressedFindings.set(finding.fingerprint, finding);
    for (const finding of checked.findings) {
      const key = `${finding.ruleId}\0${finding.path}\0${finding.span.start.line}\0${finding.span.start.column}\0${finding.masked}\0${finding.detail}`;
      const entry = merged.get(key) ?? { finding, environments: [] };
      entry.environments.push(variant.environment ?? '');
      merged.set(key, entry);
    }
  }
  const findings = [...merged.values()].map(({ finding, environments }) =>
    environments.length === variants.length ? finding : { ...finding, detail: `${finding.detail} (with ${environments.join(', ')})` },
  );
  return { findings, suppressed: suppressedFindings.size, suppressedFindings: [...suppressedFindings.values()] };
}

/** A file read as configuration whose whole text is checked for token values. */
export interface ConfigurationText {
  /** Path relative to the scan root, as reported. */
  file: string;
  text: string;
}

/** What {@link checkHardcodedTokens} produced, and which files held a token at all. */
export interface HardcodedCheck extends CheckResult {
  /** Files that held a token (reported, suppressed, or already reported by the resource check). */
  holding: Set<string>;
}

/** The id of the rule both the resource check and the whole-file check report under. */
const HARDCODED = 'iac/hardcoded-token';

/**
 * Checks the whole text of configuration files (Terraform `.tf` and `.tfvars`, manifests, plans)
 * for Monime token values, wherever they are written: a provider block, an `http` data source's
 * `Authorization` header, a variable default, a local, a module argument, any manifest field.
 * The detector decides what a token is, so every encoding and placeholder rule of `scan` applies.
 * A token in `known` (one the resource check already judged in the same configuration) is left
 * to that check, so no token is reported twice. A `monime-guard-ignore iac/hardcoded-token --
 * reason` comment on the token's line or the line above suppresses it, as it does for policies.
 */
export function checkHardcodedTokens(
  files: readonly ConfigurationText[],
  known: (file: string) => ReadonlySet<string>,
  options: CheckOptions = {},
): HardcodedCheck {
  const today = options.today ?? new Date();
  const findings: Finding[] = [];
  const suppressedFindings: SuppressedFinding[] = [];
  const holding = new Set<string>();
  const settings = options.config?.rules?.[HARDCODED] as { enabled?: boolean; severity?: Severity } | undefined;
  const policy = policyRules.find((rule) => rule.id === HARDCODED);
  for (const { file, text } of files) {
    if (!mayContainTokenText(text)) continue;
    const matches = detect(text).matches;
    if (matches.length === 0) continue;
    holding.add(file);
    if (settings?.enabled === false || !policy) continue;
    const judged = known(file);
    const locate = createLocator(text, 0, 1, 1);
    const suppressions = readSuppressions(text);
    for (const match of matches) {
      const at = locate(match.start);
      if (judged.has(match.token)) continue;
      const end = locate(match.end);
      const masked = maskToken(match.token);
      const suppression = suppressions.get(at.line)?.ruleId === HARDCODED ? suppressions.get(at.line) : suppressions.get(at.line - 1);
      const verdict = judgeSuppression(suppression?.ruleId === HARDCODED ? suppression : undefined, today);
      const finding: Finding = {
        ruleId: HARDCODED,
        severity: settings?.severity ?? policy.severity,
        confidence: match.confidence,
        tokenKind: match.kind,
        path: file,
        origin: { kind: 'file', path: file },
        span: { start: at, end },
        masked,
        fingerprint: fingerprintOf(HARDCODED, match.token),
        ...(match.encoding ? { encoding: match.encoding } : {}),
        bodyLength: match.bodyLength,
        detail: `the ${match.kind} token ${masked} is written in the configuration: pass it in a variable marked \`sensitive = true\` (or an environment variable) filled from a secret store (Vault, AWS Secrets Manager, …), and revoke this one${verdict && verdict !== 'applies' ? ` (${verdict})` : ''}`,
      };
      if (verdict === 'applies')
        suppressedFindings.push({ ...finding, suppression: { by: 'inline', ...(suppression?.reason ? { reason: suppression.reason } : {}) } });
      else findings.push(finding);
    }
  }
  return { findings, suppressed: suppressedFindings.length, suppressedFindings, holding };
}

/** The tokens the detector finds in the strings of configurations: what the resource check already judged. */
export function tokensIn(configs: readonly TokenConfig[]): Set<string> {
  const tokens = new Set<string>();
  for (const config of configs)
    for (const s of config.strings) if (mayContainTokenText(s.value)) for (const match of detect(s.value).matches) tokens.add(match.token);
  return tokens;
}
