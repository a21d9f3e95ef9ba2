import type { Rule } from 'eslint';
import type * as ESTree from 'estree';
import { detect, type TokenMatch } from '../../detector/detect.js';
import { mayContainTokenText } from '../../detector/prefilter.js';
import { maskToken } from '../../findings/mask.js';
import { createRule } from '../create-rule.js';
import { mayHoldToken } from '../gates.js';

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
  mayFind: mayHoldToken,
  scannerRules: (descriptor) => ['data' in descriptor && descriptor.data?.kind === 'Live' ? 'live-token' : 'test-token'],
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
    // Set while a Vue template is walked: `process.env` is not in a template's scope, so no suggestion there.
    let inTemplate = false;
    const report = (node: ESTree.Node, match: TokenMatch, offset: number | undefined, replaceable: boolean): void => {
      const loc = offset === undefined ? node.loc! : { start: source.getLocFromIndex(offset + match.start), end: source.getLocFromIndex(offset + match.end) };
      context.report({
        node,
        loc,
        messageId: 'hardcoded',
        data: { kind: match.kind === 'live' ? 'Live' : 'Test', masked: maskToken(match.token) },
        suggest: replaceable && !inTemplate ? [{ messageId: 'useEnv', fix: (fixer) => replace(fixer, node) }] : [],
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

    /**
     * Template text and attribute values of Vue and Svelte. Their source may hold quotes around
     * the value (Vue) or entities; positions are exact only when the source is the value as is.
     */
    const templateText = (node: ESTree.Node & { value: string; range: [number, number] }): void => {
      if (typeof node.value !== 'string') return;
      const raw = source.text.slice(node.range[0], node.range[1]);
      const offset = raw === node.value ? node.range[0] : raw.slice(1, -1) === node.value ? node.range[0] + 1 : undefined;
      check(node, node.value, offset, false);
    };

    /** Checks one operand on its own: a literal or an expression-free template. */
    const checkOperand = (node: ESTree.Node): void => {
      if (node.type === 'Literal' && typeof node.value === 'string') check(node, node.value, valueOffset(node, node.value), true);
      else if (node.type === 'TemplateLiteral') checkTemplate(node);
    };
    const checkTemplate = (node: ESTree.TemplateLiteral): void => {
      const whole = node.expressions.length === 0;
      for (const quasi of node.quasis) {
        const value = quasi.value.cooked ?? quasi.value.raw;
        check(whole ? node : quasi, value, quasi.value.raw === value ? quasi.range![0] : undefined, whole);
      }
    };

    const listeners = {
      Literal(node: ESTree.Literal) {
        // Operands of `+` and elements of `[…].join()` are checked with their neighbours.
        if (typeof node.value !== 'string' || isOperand(node) || isJoinElement(node)) return;
        checkOperand(node);
      },
      TemplateLiteral(node: ESTree.TemplateLiteral) {
        if (isOperand(node) || isJoinElement(node)) return;
        checkTemplate(node);
      },
      JSXText(node: ESTree.Node & { value: string; range: [number, number] }) {
        check(node, node.value, node.range[0], false);
      },
      BinaryExpression(node: ESTree.BinaryExpression) {
        // The outermost `+` of a chain flattens it once: each run of constant operands is checked
        // as one string (a token split over pieces), and a run of one as the literal it is.
        if (node.operator !== '+' || isOperand(node)) return;
        for (const run of constantRuns(flattenPlus(node))) {
          if (run.length === 1) {
            checkOperand(run[0]!);
            continue;
          }
          const text = run.map((part) => constantString(part)!).join('');
          const whole = run.length === flattenPlus(node).length;
          if (!mayContainTokenText(text)) continue;
          const match = detect(text).matches[0];
          if (match) {
            if (whole) report(node, match, undefined, true);
            else
              context.report({
                loc: { start: run[0]!.loc!.start, end: run.at(-1)!.loc!.end },
                messageId: 'hardcoded',
                data: { kind: match.kind === 'live' ? 'Live' : 'Test', masked: maskToken(match.token) },
              });
          }
        }
      },
      CallExpression(node: ESTree.CallExpression) {
        const elements = joinElements(node);
        if (!elements) return;
        const text = joinedConstant(node);
        if (text !== undefined) check(node, text, undefined, true);
        // Not all constant: each string is checked on its own.
        else for (const element of elements) if (element) checkOperand(element);
      },
      'Program:exit'() {
        if (options.comments === false) return;
        for (const comment of source.getAllComments()) check(comment as unknown as ESTree.Node, comment.value, comment.range![0] + 2, false);
      },
      // Svelte templates (svelte-eslint-parser): attribute values and text.
      SvelteLiteral: templateText,
      SvelteText: templateText,
    };
    // Vue templates (vue-eslint-parser) are walked apart from the script: attribute values,
    // text, and the expressions in `{{ }}` and bindings, which are ordinary expressions.
    const services = source.parserServices as { defineTemplateBodyVisitor?: (template: object, script: object) => Rule.RuleListener } | undefined;
    if (services?.defineTemplateBodyVisitor) {
      const template =
        <T>(listener: (node: T) => void) =>
        (node: T): void => {
          inTemplate = true;
          try {
            listener(node);
          } finally {
            inTemplate = false;
          }
        };
      const { Literal, TemplateLiteral, BinaryExpression, CallExpression } = listeners;
      return services.defineTemplateBodyVisitor(
        {
          VLiteral: templateText,
          VText: templateText,
          Literal: template(Literal),
          TemplateLiteral: template(TemplateLiteral),
          BinaryExpression: template(BinaryExpression),
          CallExpression: template(CallExpression),
        },
        listeners,
      );
    }
    return listeners as Rule.RuleListener;
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
  const elements = joinElements(node);
  if (!elements) return undefined;
  const separator = node.arguments.length === 0 ? ',' : constantString(node.arguments[0] as ESTree.Node);
  if (separator === undefined) return undefined;
  const parts = elements.map((element) => (element && element.type !== 'SpreadElement' ? constantString(element) : undefined));
  return parts.every((p) => p !== undefined) ? parts.join(separator) : undefined;
}

/** The operands of a `+` chain, left to right. */
function flattenPlus(node: ESTree.Node): ESTree.Node[] {
  const operands: ESTree.Node[] = [];
  const stack: ESTree.Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'BinaryExpression' && current.operator === '+') stack.push(current.right, current.left as ESTree.Node);
    else operands.push(current);
  }
  return operands;
}

/** Consecutive operands that are constant strings, as runs. */
function constantRuns(operands: readonly ESTree.Node[]): ESTree.Node[][] {
  const runs: ESTree.Node[][] = [];
  let run: ESTree.Node[] = [];
  for (const operand of operands) {
    if (constantString(operand) !== undefined) {
      run.push(operand);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

type WithParent = ESTree.Node & { parent?: ESTree.Node };

/** Whether a node is an operand of a `+` chain (its outermost `+` checks it). */
function isOperand(node: ESTree.Node): boolean {
  const parent = (node as WithParent).parent;
  return parent?.type === 'BinaryExpression' && parent.operator === '+';
}

/** The elements of `[…].join(…)`, when `node` is such a call. */
function joinElements(node: ESTree.CallExpression): (ESTree.Node | null)[] | undefined {
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || callee.property.name !== 'join') return undefined;
  return callee.object.type === 'ArrayExpression' && node.arguments.length <= 1 ? callee.object.elements : undefined;
}

/** Whether a node is an element of `[…].join(…)` (the call checks it). */
function isJoinElement(node: ESTree.Node): boolean {
  const array = (node as WithParent).parent;
  const member = array?.type === 'ArrayExpression' ? (array as WithParent).parent : undefined;
  const call = member?.type === 'MemberExpression' ? (member as WithParent).parent : undefined;
  return call?.type === 'CallExpression' && joinElements(call) !== undefined;
}
