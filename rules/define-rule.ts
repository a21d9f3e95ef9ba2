import type { Position, Severity, TokenKind } from '../src/types.js';

/** Makes example tokens at test time, so no real-looking token is ever committed. */
export interface ExampleTokens {
  /** A fresh live token with a random base62 body of `length` characters (default 64). */
  live(length?: number): string;
  /** A fresh test token with a random base62 body of `length` characters (default 64). */
  test(length?: number): string;
}

/** An example text for a rule, built around generated tokens. */
export type Example = (tokens: ExampleTokens) => string;

/** A rule that reports tokens found by the detector. */
export interface TokenRule {
  /** Stable id; equals the file name. */
  id: string;
  /** Which token kind this rule reports. */
  tokenKind: TokenKind;
  /** Default severity; configurable per rule. */
  severity: Severity;
  /** One sentence; also the summary line of the rule's `.md` doc. */
  description: string;
  /** What to do about a finding; shown in reports. */
  remediation: string;
  /** Texts in which the rule must report exactly one finding. */
  positive: Example[];
  /** Texts in which the rule must report nothing. */
  negative: Example[];
}

/** Identity helper that types a rule definition. */
export function defineRule(rule: TokenRule): TokenRule {
  return rule;
}

/** An example file for a rule that looks at whole files: its path decides which checks apply. */
export interface FileExample {
  /** Path of the example file (`.env.local`, `next.config.js`). */
  path: string;
  /** Its content, built around generated tokens. */
  text: Example;
}

/**
 * A rule about how a credential reaches client-side code, judged on whole files (dotenv files,
 * framework config) rather than on a token alone.
 */
export interface ExposureRule {
  /** Stable id; equals the file name. */
  id: string;
  /** Default severity; configurable per rule. */
  severity: Severity;
  /** One sentence; also the summary line of the rule's `.md` doc. */
  description: string;
  /** What to do about a finding; shown in reports. */
  remediation: string;
  /** Files in which the rule must report exactly one finding. */
  positive: FileExample[];
  /** Files in which the rule must report nothing. */
  negative: FileExample[];
}

/** Identity helper that types an exposure rule definition. */
export function defineExposureRule(rule: ExposureRule): ExposureRule {
  return rule;
}

/** Any rule in the registry. */
export type Rule = TokenRule | ExposureRule | PolicyRule<never>;

/** What a policy is told besides the configuration. */
export interface PolicyContext {
  /** Today, for expiry dates. */
  today: Date;
  /** The policy's options from the config (`rules.<id>.options`), already defaulted by the policy. */
  options: Record<string, unknown>;
  /** Ids of every policy, for the ones that judge suppressions naming them. */
  policyIds: ReadonlySet<string>;
}

/** One breach of a policy by one token configuration. */
export interface PolicyViolation {
  /** One sentence for a human, naming the value at fault. */
  message: string;
  /** The field at fault; the finding points at it (else at the entry). */
  field?: string;
  /** A severity other than the policy's default, for escalations (a live token with write roles). */
  severity?: Severity;
  /** Where the violation is, when it is not a field's place (a token inside a value). */
  at?: Position;
  /**
   * Which value of the field it is about, when a policy can find several in one field (a role, an
   * IP entry). With the file, the resource and the field it makes the finding's fingerprint, so
   * a baseline keeps matching while counts and dates in the message change.
   */
  key?: string;
  /**
   * The kind of a token written in the value itself (`iac/hardcoded-token`). The finding then
   * carries a token of that kind, whatever the configuration's mode, and counts for
   * `--fail-on test` (and `live` for a live token) like a token found by `scan`.
   */
  token?: TokenKind;
}

/**
 * A policy over token configurations (`iac/<name>`), pure: the configuration in, violations
 * out. Examples are manifests (YAML) whose entries are named `pass…` and `fail…`.
 */
export interface PolicyRule<Config = unknown> {
  id: `iac/${string}`;
  severity: Severity;
  description: string;
  remediation: string;
  check(config: Config, context: PolicyContext): PolicyViolation[];
  /** Options the config may set under `rules.<id>.options`, with their defaults in the doc. */
  options?: Record<string, PolicyOption>;
  /**
   * A manifest whose entries are expected to pass or fail by their name (`pass…`, `fail…`), or
   * by their `purpose` when the name is what the policy judges. Built around generated tokens.
   */
  example: Example;
}

/** One configurable limit of a policy: a whole number, or a list of names. */
export interface PolicyOption {
  type: 'integer' | 'strings';
  description: string;
}

/** Identity helper that types a policy definition. */
export function definePolicy<Config>(policy: PolicyRule<Config>): PolicyRule<Config> {
  return policy;
}
