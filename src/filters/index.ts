import type { AllowEntry } from '../config/types.js';
import type { Finding, SuppressedFinding, FindingSuppression } from '../types.js';
import { matchAllowEntry } from './allowlist.js';
import { inlineDirectiveFor } from './inline.js';

export { readDirectives, inlineDirectiveFor } from './inline.js';
export { matchAllowEntry } from './allowlist.js';

/** What the filters need to know. */
export interface FilterContext {
  /** Config `allow` entries. */
  allow: readonly AllowEntry[];
  /** Fingerprints already accepted in a baseline file. */
  baseline?: ReadonlySet<string>;
}

/** How many findings each filter removed. */
export interface FilterCounts {
  allowed: number;
  ignoredInline: number;
  baselined: number;
}

/** One filter step: the counter it adds to, and a test that returns why it drops a finding, if it does. */
interface FilterStep {
  counter: keyof FilterCounts;
  drops: (finding: Finding) => FindingSuppression | undefined;
}

/**
 * Applies the filters in a fixed order: config allowlist, inline comments, baseline. The order
 * decides which counter a finding suppressed twice lands in; an allowlisted path wins because it
 * is the broadest and most deliberate decision. What is dropped is kept in `suppressed`, with why.
 */
export function applyFilters(
  findings: readonly Finding[],
  context: FilterContext,
): { findings: Finding[]; suppressed: SuppressedFinding[]; counts: FilterCounts } {
  const baseline = context.baseline;
  const allowed = matchAllowEntry(context.allow);
  const steps: FilterStep[] = [
    { counter: 'allowed', drops: (finding) => decided('allow', allowed(finding)) },
    { counter: 'ignoredInline', drops: (finding) => decided('inline', inlineDirectiveFor(finding)) },
    { counter: 'baselined', drops: (finding) => (baseline?.has(finding.fingerprint) ? { by: 'baseline' } : undefined) },
  ];
  const counts: FilterCounts = { allowed: 0, ignoredInline: 0, baselined: 0 };
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const finding of findings) {
    let suppression: FindingSuppression | undefined;
    const step = steps.find((s) => (suppression = s.drops(finding)) !== undefined);
    if (step && suppression) {
      counts[step.counter]++;
      suppressed.push({ ...finding, suppression });
    } else kept.push(finding);
  }
  return { findings: kept, suppressed, counts };
}

/** A suppression by `by` when `decision` (an allow entry, a directive) exists, with its reason if it gave one. */
function decided(by: FindingSuppression['by'], decision: { reason?: string } | undefined): FindingSuppression | undefined {
  if (!decision) return undefined;
  return decision.reason ? { by, reason: decision.reason } : { by };
}
