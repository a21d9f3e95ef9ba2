import type { Rule } from 'eslint';
import type * as ESTree from 'estree';
import { Minimatch } from 'minimatch';
import * as path from 'node:path';
import { clientPrefixOf, isMonimeCredentialName } from '../../exposure/client.js';
import { createRule } from '../create-rule.js';
import { mayHoldMonimeVariable } from '../gates.js';

/** SvelteKit modules whose exports are public environment variables. */
const SVELTE_PUBLIC_ENV = new Set(['$env/static/public', '$env/dynamic/public']);

/**
 * Monime secrets read where the browser gets them: a client-exposed variable (`NEXT_PUBLIC_…`,
 * `VITE_…`, SvelteKit's public env, …) named for a Monime token or key, and any Monime secret
 * variable read in a client module (`'use client'`, or a file matching the configured globs).
 */
export const noClientExposedToken = createRule({
  name: 'no-client-exposed-token',
  type: 'problem',
  description: 'Disallow reading Monime secrets from client-exposed environment variables or in client-side modules.',
  recommended: true,
  mayFind: mayHoldMonimeVariable,
  scannerRules: () => ['client-exposed-token'],
  messages: {
    publicVariable: '{{name}} is inlined into the client bundle ({{prefix}} variables are public): keep Monime tokens in server-only variables.',
    clientModule: '{{name}} is a Monime secret read in client-side code: read it in a server route or server action instead.',
  },
  schema: [
    {
      type: 'object',
      properties: {
        clientGlobs: {
          type: 'array',
          items: { type: 'string' },
          description: 'Files that run in the browser (minimatch globs, relative to the working directory).',
        },
      },
      additionalProperties: false,
    },
  ],
  create(context) {
    const options = (context.options[0] ?? {}) as { clientGlobs?: string[] };
    const relative = path.relative(context.cwd, context.filename).split(path.sep).join('/');
    const clientByGlob = (options.clientGlobs ?? []).some((glob) => new Minimatch(glob, { dot: true }).match(relative));
    let clientModule = clientByGlob;
    /** Local names bound to SvelteKit's dynamic public `env`. */
    const publicEnvNames = new Set<string>();

    const checkName = (node: ESTree.Node, name: string, forcedPrefix?: string): void => {
      if (!isMonimeCredentialName(name)) return;
      const prefix = forcedPrefix ?? clientPrefixOf(name);
      if (prefix) context.report({ node, messageId: 'publicVariable', data: { name, prefix } });
      else if (clientModule) context.report({ node, messageId: 'clientModule', data: { name } });
    };

    return {
      Program(node) {
        clientModule ||= node.body.some((statement) => 'directive' in statement && statement.directive === 'use client');
      },
      ImportDeclaration(node) {
        if (!SVELTE_PUBLIC_ENV.has(String(node.source.value))) return;
        for (const specifier of node.specifiers) {
          if (specifier.type === 'ImportSpecifier') {
            const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : String(specifier.imported.value);
            if (imported === 'env') publicEnvNames.add(specifier.local.name);
            else checkName(specifier, imported, 'PUBLIC_');
          }
        }
      },
      MemberExpression(node) {
        const name = propertyName(node);
        if (name === undefined) return;
        if (isEnvObject(node.object)) checkName(node, name);
        else if (node.object.type === 'Identifier' && publicEnvNames.has(node.object.name)) checkName(node, name, 'PUBLIC_');
      },
    } as Rule.RuleListener;
  },
});

/** `process.env` or `import.meta.env`. */
function isEnvObject(node: ESTree.Node): boolean {
  if (node.type !== 'MemberExpression' || propertyName(node) !== 'env') return false;
  const object = node.object;
  if (object.type === 'Identifier') return object.name === 'process';
  return object.type === 'MetaProperty' && object.meta.name === 'import' && object.property.name === 'meta';
}

/** The property a member expression reads: `a.b` and `a['b']`. */
function propertyName(node: ESTree.MemberExpression): string | undefined {
  if (!node.computed && node.property.type === 'Identifier') return node.property.name;
  if (node.computed && node.property.type === 'Literal' && typeof node.property.value === 'string') return node.property.value;
  return undefined;
}
