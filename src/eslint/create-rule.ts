import type { Rule } from 'eslint';
import { withInlineDirectives } from './directives.js';

/** Where each rule's documentation lives. */
const DOCS_BASE = 'https://github.com/monime-guard/monime-guard/blob/main/docs/rules/';

/** What a rule definition gives; `createRule` adds the docs URL. */
export interface RuleDefinition {
  name: string;
  type: 'problem' | 'suggestion';
  description: string;
  /** Whether `configs.recommended` turns the rule on. */
  recommended: boolean;
  messages: Record<string, string>;
  schema: NonNullable<Rule.RuleMetaData['schema']>;
  fixable?: 'code';
  hasSuggestions?: boolean;
  /**
   * The scanner's rule ids a report corresponds to, which `monime-guard-ignore` directives may
   * name besides `monime-guard/<name>` (see directives.ts).
   */
  scannerRules?: (descriptor: Rule.ReportDescriptor) => readonly string[];
  /**
   * A cheap test of the file's whole text (see gates.ts): when it says the rule can find nothing
   * there, `create` returns no visitors and the file costs the rule nothing.
   */
  mayFind?: (text: string) => boolean;
  create: Rule.RuleModule['create'];
}

/** A rule module with the metadata every rule of the plugin carries. */
export type MonimeRule = Rule.RuleModule & { meta: Rule.RuleMetaData & { docs: { description: string; url: string; recommended: boolean } } };

/** Typed identity helper for the plugin's rules (in the manner of typescript-eslint's `createRule`). */
export function createRule(definition: RuleDefinition): MonimeRule {
  return {
    meta: {
      type: definition.type,
      docs: { description: definition.description, url: `${DOCS_BASE}${definition.name}.md`, recommended: definition.recommended },
      messages: definition.messages,
      schema: definition.schema,
      ...(definition.fixable ? { fixable: definition.fixable } : {}),
      ...(definition.hasSuggestions ? { hasSuggestions: true } : {}),
    },
    create: (context) => {
      if (definition.mayFind && !definition.mayFind(context.sourceCode.text)) return {};
      const own = `monime-guard/${definition.name}`;
      return definition.create(withInlineDirectives(context, (descriptor) => [own, ...(definition.scannerRules?.(descriptor) ?? [])]));
    },
  };
}
