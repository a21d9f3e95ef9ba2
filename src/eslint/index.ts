import type { ESLint, Linter } from 'eslint';
import { packageVersion } from '../version.js';
import type { MonimeRule } from './create-rule.js';
import { noClientExposedToken } from './rules/no-client-exposed-token.js';
import { noHardcodedToken } from './rules/no-hardcoded-token.js';
import { noInsecureApiUrl } from './rules/no-insecure-api-url.js';

/**
 * The ESLint plugin (flat config, ESLint 9 and 10):
 *
 * ```js
 * import monime from 'monime-guard/eslint';
 * export default [monime.configs.recommended];
 * ```
 */

/** Every rule of the plugin, by name. */
export const rules: Record<string, MonimeRule> = {
  'no-hardcoded-token': noHardcodedToken,
  'no-client-exposed-token': noClientExposedToken,
  'no-insecure-api-url': noInsecureApiUrl,
};

const plugin = {
  meta: { name: 'monime-guard', version: packageVersion(), namespace: 'monime-guard' },
  rules,
  configs: {} as { recommended: Linter.Config },
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: 'monime-guard/recommended',
  plugins: { 'monime-guard': plugin as unknown as ESLint.Plugin },
  rules: Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => rule.meta.docs.recommended)
      .map(([name]) => [`monime-guard/${name}`, 'error']),
  ) as Linter.RulesRecord,
};

export default plugin;
