import { isCalendarDate } from '../../src/calendar-date.js';
import type { TokenConfig } from '../../src/iac/model.js';
import { definePolicy } from '../define-rule.js';

/**
 * The directive marker, joined at run time for the example's deliberate typo: written whole, that
 * line would be a real directive naming no rule to monime-guard scanning this repository (and the
 * command line's bundle, which carries the example), a warning on every `scan .`.
 */
const IGNORE = ['monime-guard', 'ignore'].join('-');

export const invalidSuppression = definePolicy<TokenConfig>({
  id: 'iac/invalid-suppression',
  severity: 'warning',
  description:
    'A `monime-guard-ignore` on a token configuration that suppresses nothing: no reason, no `--`, an unknown policy, or an `until` that is not a date.',
  remediation: 'Write `monime-guard-ignore iac/<id> -- <reason> [until YYYY-MM-DD]`, naming a policy from the rule table, or remove the suppression.',
  check(config, { policyIds }) {
    return config.suppressions.flatMap((suppression) => {
      const what = suppression.ruleId
        ? `the monime-guard-ignore for ${suppression.ruleId} on "${config.label}"`
        : `the monime-guard-ignore on "${config.label}"`;
      if (!suppression.ruleId) return [{ message: `${what} names no policy`, at: suppression.at }];
      if (!policyIds.has(suppression.ruleId)) return [{ message: `${what} names no known policy`, at: suppression.at }];
      if (suppression.malformed) return [{ message: `${what} needs "--" before its reason`, at: suppression.at }];
      if (!suppression.reason) return [{ message: `${what} gives no reason, so it suppresses nothing`, at: suppression.at }];
      if (suppression.until !== undefined && !isCalendarDate(suppression.until))
        return [{ message: `${what} has "until ${suppression.until}", which is not a YYYY-MM-DD date`, at: suppression.at }];
      return [];
    });
  },
  example: () => `tokens:
  # monime-guard-ignore iac/no-expiry -- legacy checkout, replaced in the Q1 migration until 2099-03-31
  - name: pass-with-reason
    mode: live
    expiry: never
  # monime-guard-ignore iac/no-expiry
  - name: fail-no-reason
    mode: live
    expiry: never
  # ${IGNORE} iac/no-expiri -- typo in the id
  - name: fail-unknown-policy
    mode: live
    expiry: 1-year
`,
});
