import type { FailOn, Finding } from '../types.js';

/**
 * True when a finding reaches the failure threshold: `live` fails on live tokens only, `test` on
 * test or live tokens, `any` on every finding (the default), `none` never. A finding about a
 * variable whose token is not written (a client-exposed credential variable) counts as live:
 * whatever it will hold is public. `active` fails only on tokens Monime's API verified as working
 * (`--verify`).
 */
export function exceedsThreshold(finding: Finding, failOn: FailOn): boolean {
  const kind = finding.tokenKind ?? (finding.exposure ? 'live' : undefined);
  switch (failOn) {
    case 'none':
      return false;
    case 'live':
      return kind === 'live';
    case 'test':
      return kind === 'live' || kind === 'test';
    case 'any':
      return true;
    case 'active':
      return finding.verification?.state === 'active';
  }
}
