import type { Rule } from 'eslint';
import type * as ESTree from 'estree';
import { detect, type TokenMatch } from '../../detector/detect.js';
import { mayContainTokenText } from '../../detector/prefilter.js';
import { maskToken } from '../../findings/mask.js';
import { createRule } from '../create-rule.js';

const REPLACEMENT = 'process.env.MONIME_ACCESS_TOKEN';

/**
 * Tokens written into code: string and template literals, JSX text and attribute values,
 * comments, and constant strings joined with `+` or `[...].join()` that assemble a token. The
 * scanner's detector decides, so placeholders are not reported and encoded tokens are; a cheap
 * check for the prefixes gates it, so ordinary strings cost one `indexOf`.
 */
export const noHardcodedToken = createRule({
  name: 'no-hardcoded-token',
  type: 'problem',
  description: 'Disallow Monime access tokens written into source code.',
  recommended: true,
  hasSuggestions: true,
  messages: {
    hardcoded: '{{kind}} Monime token {{masked}} is written into the code: read it from the environment on the server, and revoke it if it was ever committed.',
    useEnv: `Replace it with ${REPLACEMENT}.`,
  },
  schema: [
    {
      type: 'object',
      properties: { comments: { type: 'boolean', description: 'Also check comments (default true).' } },
      additionalProperties: false,
    },
  ],
  create(context) {
    const options = (context.options[0] ?? {}) as { comments?: boolean };
    const source = context.sourceCode;

    /** Reports the first token in `text`, the value of `node`; `offset` maps text indexes to source ones when they match one to one. */
    const check = (node: ESTree.Node, text: string, offset: number | undefined, replaceable: boolean): void => {
      if (!mayContainTokenText(text)) return;
      const match = detect(text).matches[0];
      if (!match) return;
      report(node, match, offset, replaceable);
    };
    const report = (node: ESTree.Node, match: TokenMatch, offset: number | undefined, replaceable: boolean): void => {
      const loc =
        offset === undefined
          ? node.loc!
          : { start: source.getLocFromIndex(offset + match.start), end: source.getLocFromIndex(offset + match.end) };
      context.report({
        node,
        loc,
        messageId: 'hardcoded',
        data: { kind: match.kind === 'live' ? 'Live' : 'Test', masked: maskToken(match.token) },
        suggest: replaceable ? [{ messageId: 'useEnv', fix: (fixer) => replace(fixer, node) }] : [],
      });
    };
    const replace = (fixer: Rule.RuleFixer, node: ESTree.Node): Rule.Fix => {
      const parent = (node as ESTree.Node & { parent?: ESTree.Node }).parent;
      // An attribute value needs braces: `token="…"` becomes `token={process.env.…}`.
      return parent?.type === ('JSXAttribute' as string) ? fixer.replaceText(node, `{${REPLACEMENT}}`) : fixer.replaceText(node, REPLACEMENT);
    };
    /** Index in the source of a string literal's first character, when its raw text is its value. */
    const valueOffset = (node: ESTree.Literal, value: string): number | undefined => {
      const raw = node.raw ?? '';
      return raw.length === value.length + 2 && raw.slice(1, -1) === value ? node.range![0] + 1 : undefined;
    };

    return {
      Literal(node) {
        if (typeof node.value !== 'string' || isPartOfConstantJoin(node)) return;
        check(node, node.value, valueOffset(node, node.value), true);
      },
      TemplateLiteral(node) {
        if (isPartOfConstantJoin(node)) return;
        const whole = node.expressions.length === 0;
        for (const quasi of node.quasis) {
          const value = quasi.value.cooked ?? quasi.value.raw;
          check(whole ? node : quasi, value, quasi.value.raw === value ? quasi.range![0] : undefined, whole);
        }
      },
      JSXText(node: ESTree.Node & { value: string; range: [number, number] }) {
        check(node, node.value, node.range[0], false);
      },
      BinaryExpression(node) {
        if (node.operator !== '+' || isPartOfConstantJoin(node)) return;
        const text = constantString(node);
        if (text !== undefined) check(node, text, undefined, true);
      },
      CallExpression(node) {
        const text = joinedConstant(node);
        if (text !== undefined) check(node, text, undefined, true);
      },
      'Program:exit'() {
        if (options.comments === false) return;
        for (const comment of source.getAllComments()) check(comment as unknown as ESTree.Node, comment.value, comment.range![0] + 2, false);
      },
    } as Rule.RuleListener;
  },
});

/** The value of a `+` chain of constant strings, or undefined when a part is not constant. */
function constantString(node: ESTree.Node): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === 'TemplateLiteral') return node.expressions.length === 0 ? node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('') : undefined;
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const left = constantString(node.left as ESTree.Node);
    const right = left === undefined ? undefined : constantString(node.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

/** The value of `['…', '…'].join(sep)` over constant strings, or undefined. */
function joinedConstant(node: ESTree.CallExpression): string | undefined {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'join') return undefined;
  if (callee.object.type !== 'ArrayExpression' || node.arguments.length > 1) return undefined;
  const separator = node.arguments.length === 0 ? ',' : constantString(node.arguments[0] as ESTree.Node);
  if (separator === undefined) return undefined;
  const parts = callee.object.elements.map((element) => (element && element.type !== 'SpreadElement' ? constantString(element) : undefined));
  return parts.every((p) => p !== undefined) ? parts.join(separator) : undefined;
}

/**
 * Whether a string is a part of a larger constant `+` chain or `join`: the whole is checked
 * there, once, so a token is not reported twice.
 */
function isPartOfConstantJoin(node: ESTree.Node): boolean {
  const parent = (node as ESTree.Node & { parent?: ESTree.Node }).parent;
  if (!parent) return false;
  if (parent.type === 'BinaryExpression' && parent.operator === '+') return constantString(parent) !== undefined;
  if (parent.type === 'ArrayExpression') {
    const call = (parent as ESTree.Node & { parent?: ESTree.Node }).parent;
    return call?.type === 'MemberExpression' && joinedConstant((call as ESTree.Node & { parent?: ESTree.Node }).parent as ESTree.CallExpression) !== undefined;
  }
  return false;
}
