import type { TokenRule } from './define-rule.js';
import { liveToken } from './live-token.js';
import { testToken } from './test-token.js';

export type { Example, ExampleTokens, TokenRule } from './define-rule.js';
export { defineRule } from './define-rule.js';

/** Every token rule, in a fixed order. */
export const tokenRules: readonly TokenRule[] = [liveToken, testToken];

/** Looks a token rule up by id. */
export function findTokenRule(id: string): TokenRule | undefined {
  return tokenRules.find((rule) => rule.id === id);
}
