import type { ExposureRule, Rule, TokenRule } from './define-rule.js';
import { clientExposedToken } from './client-exposed-token.js';
import { liveToken } from './live-token.js';
import { testToken } from './test-token.js';

export type { Example, ExampleTokens, ExposureRule, FileExample, Rule, TokenRule } from './define-rule.js';
export { defineExposureRule, defineRule } from './define-rule.js';

/** Every token rule, in a fixed order. */
export const tokenRules: readonly TokenRule[] = [liveToken, testToken];

/** Every rule about credentials reaching client-side code. */
export const exposureRules: readonly ExposureRule[] = [clientExposedToken];

/** Every rule, in a fixed order: what reports, SARIF and the README list. */
export const rules: readonly Rule[] = [...tokenRules, ...exposureRules];

/** Looks a token rule up by id. */
export function findTokenRule(id: string): TokenRule | undefined {
  return tokenRules.find((rule) => rule.id === id);
}

/** Looks any rule up by id. */
export function findRule(id: string): Rule | undefined {
  return rules.find((rule) => rule.id === id);
}
