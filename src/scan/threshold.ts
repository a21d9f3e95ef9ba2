import type { FailOn, Finding } from '../types.js';

/**
 * Whether a finding is about a token written somewhere: every scan finding with a token kind
 * (`live-token`, `test-token`, `client-exposed-token` with a value) and `iac/hardcoded-token`. Other
 * `iac/…` findings carry the kind of token their configuration makes, but hold no token.
 */
function carriesToken(finding: Finding): boolean {
  if (finding.tokenKind === undefined) return false;
  return !finding.ruleId.startsWith('iac/') || finding.ruleId === 'iac/hardcoded-token';
}

/**
 * True when a finding reaches the failure threshold. The levels nest, `live` ⊂ `test` ⊂ `any`, so
 * a stricter level never passes what a looser one fails:
 *
 * - `live`: a live token, or a policy finding about a configuration that makes live tokens;
 * - `test`: every token, live or test, plus everything `live` fails; not a finding without a token
 *   (a client-exposed variable name with no value, a policy finding about a test configuration);
 * - `any`: every finding (the default); `none`: never;
 * - `active`: only tokens Monime's API verified as working (`--verify`).
 *
 * A client-exposed variable with no value is therefore `any` only: it holds no token yet, and
 * `test` leaves out findings without a token, so `live`, being inside `test`, does too.
 */
export function exceedsThreshold(finding: Finding, failOn: FailOn): boolean {
  switch (failOn) {
    case 'none':
      return false;
    case 'live':
      return finding.tokenKind === 'live';
    case 'test':
      return finding.tokenKind === 'live' || carriesToken(finding);
    case 'any':
      return true;
    case 'active':
      return finding.verification?.state === 'active';
  }
}
