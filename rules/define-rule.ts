import type { Severity, TokenKind } from '../src/types.js';

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
