import type { TokenConfig } from '../src/iac/model.js';
import type { ExposureRule, PolicyRule, Rule, TokenRule } from './define-rule.js';
import { clientExposedToken } from './client-exposed-token.js';
import { broadIpWhitelist } from './iac/broad-ip-whitelist.js';
import { expiryTooLong } from './iac/expiry-too-long.js';
import { hardcodedToken } from './iac/hardcoded-token.js';
import { invalidSuppression } from './iac/invalid-suppression.js';
import { missingIpWhitelist } from './iac/missing-ip-whitelist.js';
import { missingSpaceWhitelist } from './iac/missing-space-whitelist.js';
import { noExpiry } from './iac/no-expiry.js';
import { overScoped } from './iac/over-scoped.js';
import { testModeConflict } from './iac/test-mode-conflict.js';
import { undescriptiveName } from './iac/undescriptive-name.js';
import { unknownRole } from './iac/unknown-role.js';
import { wildcardRole } from './iac/wildcard-role.js';
import { liveToken } from './live-token.js';
import { testToken } from './test-token.js';

export type {
  Example,
  ExampleTokens,
  ExposureRule,
  FileExample,
  PolicyContext,
  PolicyOption,
  PolicyRule,
  PolicyViolation,
  Rule,
  TokenRule,
} from './define-rule.js';
export { defineExposureRule, definePolicy, defineRule } from './define-rule.js';

/** Every token rule, in a fixed order. */
export const tokenRules: readonly TokenRule[] = [liveToken, testToken];

/** Every rule about credentials reaching client-side code. */
export const exposureRules: readonly ExposureRule[] = [clientExposedToken];

/** Every token-configuration policy (`iac/…`), in the order of the README's table. */
export const policyRules: readonly PolicyRule<TokenConfig>[] = [
  noExpiry,
  expiryTooLong,
  wildcardRole,
  overScoped,
  unknownRole,
  missingSpaceWhitelist,
  missingIpWhitelist,
  broadIpWhitelist,
  testModeConflict,
  hardcodedToken,
  undescriptiveName,
  invalidSuppression,
];

/** Every rule, in a fixed order: what reports, SARIF and the README list. */
export const rules: readonly Rule[] = [...tokenRules, ...exposureRules, ...(policyRules as readonly PolicyRule<never>[])];

/** Looks any rule up by id. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
