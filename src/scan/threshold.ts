import type { FailOn, Finding } from '../types.js';

/**
 * True when a finding reaches the failure threshold: `live` fails on live tokens only, `test` on
 * test or live tokens, `any` on every finding (the default), `none` never.
 */
export function exceedsThreshold(finding: Finding, failOn: FailOn): boolean {
  switch (failOn) {
    case 'none':
      return false;
    case 'live':
      return finding.tokenKind === 'live';
    case 'test':
      return finding.tokenKind === 'live' || finding.tokenKind === 'test';
    case 'any':
      return true;
  }
}
