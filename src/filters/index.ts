import type { AllowEntry } from '../config/types.js';
import type { Finding } from '../types.js';
import { createAllowlist } from './allowlist.js';
import { isIgnoredInline } from './inline.js';

export { readDirectives, isIgnoredInline } from './inline.js';
export { createAllowlist } from './allowlist.js';

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

/** One filter step: a name for the counters and a test that returns true to drop a finding. */
interface FilterStep {
  counter: keyof FilterCounts;
  drops: (finding: Finding) => boolean;
}

/**
 * Applies the filters in a fixed order: config allowlist, inline comments, baseline. The order
 * decides which counter a finding suppressed twice lands in; an allowlisted path wins because it
 * is the broadest and most deliberate decision.
 */
export function applyFilters(findings: readonly Finding[], context: FilterContext): { findings: Finding[]; counts: FilterCounts } {
  const baseline = context.baseline;
  const steps: FilterStep[] = [
    { counter: 'allowed', drops: createAllowlist(context.allow) },
    { counter: 'ignoredInline', drops: isIgnoredInline },
    { counter: 'baselined', drops: (finding) => baseline?.has(finding.fingerprint) ?? false },
  ];
  const counts: FilterCounts = { allowed: 0, ignoredInline: 0, baselined: 0 };
  const kept = findings.filter((finding) => {
    const step = steps.find((s) => s.drops(finding));
    if (step) counts[step.counter]++;
    return !step;
  });
  return { findings: kept, counts };
}
