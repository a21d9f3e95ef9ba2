import type { Rule } from 'eslint';
import type * as ESTree from 'estree';
import { createRule } from '../create-rule.js';
import { mayHoldApiUrl } from '../gates.js';

/** `http://` followed by the Monime API host (and nothing that would make it another host). */
const INSECURE = /http:\/\/(api\.monime\.io)(?![\w.-])/gi;

/**
 * Plain-HTTP URLs to the Monime API: the token in the Authorization header would cross the
 * network readable by anyone on the way. Fixed to `https://`.
 */
export const noInsecureApiUrl = createRule({
  name: 'no-insecure-api-url',
  type: 'problem',
  description: 'Disallow plain-HTTP URLs to the Monime API.',
  recommended: true,
  mayFind: mayHoldApiUrl,
  fixable: 'code',
  messages: { insecure: 'http://{{host}} sends the access token in clear text: use https://{{host}}.' },
  schema: [],
  create(context) {
    const check = (node: ESTree.Node, raw: string, start: number): void => {
      for (const match of raw.matchAll(INSECURE)) {
        const at = start + match.index;
        context.report({
          node,
          loc: { start: context.sourceCode.getLocFromIndex(at), end: context.sourceCode.getLocFromIndex(at + match[0].length) },
          messageId: 'insecure',
          data: { host: match[1]! },
          fix: (fixer) => fixer.replaceTextRange([at, at + 'http://'.length], 'https://'),
        });
      }
    };
    // A cheap test gates the regular expression: most strings hold no URL at all.
    const mayHold = (raw: string): boolean => raw.includes('://') && raw.toLowerCase().includes('http://api.monime.io');
    return {
      Literal(node) {
        if (typeof node.value === 'string' && node.raw && mayHold(node.raw)) check(node, node.raw, node.range![0]);
      },
      TemplateElement(node) {
        // The element's source starts with the backtick or `}` before its text.
        if (mayHold(node.value.raw)) check(node, context.sourceCode.getText(node), node.range![0]);
      },
    } as Rule.RuleListener;
  },
});
