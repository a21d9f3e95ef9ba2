import * as path from 'node:path';
import { detect, type TokenMatch } from '../detector/detect.js';
import type { ClientExposure } from '../types.js';

/**
 * Finds Monime credentials that a build would hand to client-side code: `.env` variables under a
 * prefix that frameworks inline into browser bundles, and framework config that copies a server
 * variable into the client. Pure: text in, exposures out. The `client-exposed-token` rule (issue
 * 4) reports them.
 */

/** Prefixes whose variables frameworks inline into client bundles. */
export const CLIENT_PREFIXES = ['NEXT_PUBLIC_', 'NUXT_PUBLIC_', 'EXPO_PUBLIC_', 'VITE_', 'REACT_APP_', 'GATSBY_', 'VUE_APP_', 'STORYBOOK_', 'PUBLIC_'] as const;

/** How a credential reaches the client. */
export type ExposureVia = ClientExposure['via'];

/** One variable (or token) that would end up in client code. */
export interface Exposure {
  /** The variable name as written (`NEXT_PUBLIC_MONIME_TOKEN`, or the server variable a config copies). */
  variable: string;
  /** The client prefix it carries, when it carries one. */
  prefix?: string;
  via: ExposureVia;
  /** Index of the variable name in the text. */
  start: number;
  /** Index just past the variable name. */
  end: number;
  /** A token written as the variable's value, when there is one. */
  token?: TokenMatch;
}

/** Whether a variable name is one for a Monime credential: `*MONIME*TOKEN*`, `*MONIME*KEY*`, `*MONIME*SECRET*`. */
export function isMonimeCredentialName(name: string): boolean {
  return /MONIME.*(TOKEN|KEY|SECRET)/i.test(name);
}

/** The client prefix a variable name starts with, if any (`NEXT_PUBLIC_` before `PUBLIC_`). */
export function clientPrefixOf(name: string): string | undefined {
  return CLIENT_PREFIXES.find((prefix) => name.toUpperCase().startsWith(prefix));
}

/** Whether a path is a dotenv file: `.env`, `.env.local`, `.env.production`, `.env.example`, … */
export function isEnvFile(file: string): boolean {
  const base = path.basename(file);
  return base === '.env' || base.startsWith('.env.');
}

/** The framework whose config a path is, for the config checks. */
export function clientConfigKind(file: string): 'next' | 'vite' | 'webpack' | undefined {
  const base = path.basename(file);
  if (/^next\.config\.(js|cjs|mjs|ts|mts)$/.test(base)) return 'next';
  if (/^vite\.config\.(js|cjs|mjs|ts|mts)$/.test(base)) return 'vite';
  if (/^webpack\.([\w-]+\.)?config\.(js|cjs|mjs|ts)$/.test(base)) return 'webpack';
  return undefined;
}

/**
 * Exposures in a dotenv file: a variable under a client prefix whose name is one for a Monime
 * credential, or whose value holds a Monime token, whatever its name.
 */
export function findEnvExposures(text: string): Exposure[] {
  const exposures: Exposure[] = [];
  const line = /^\uFEFF?[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*[=:][ \t]*(.*)$/gm;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const name = match[1]!;
    const prefix = clientPrefixOf(name);
    if (!prefix) continue;
    const start = match.index + match[0].indexOf(name);
    const valueStart = match.index + match[0].length - match[2]!.length;
    const token = detect(match[2]!).matches[0];
    if (!token && !isMonimeCredentialName(name)) continue;
    exposures.push({
      variable: name,
      prefix,
      via: 'env-file',
      start,
      end: start + name.length,
      ...(token ? { token: { ...token, start: token.start + valueStart, end: token.end + valueStart } } : {}),
    });
  }
  return exposures;
}

/**
 * Exposures in framework config: Monime credential variables named inside Next.js `env`, Vite
 * `define`, or webpack `DefinePlugin` / `EnvironmentPlugin`, each of which copies values into the
 * client bundle. Reading the config's structure rather than running it: the block after the
 * keyword is taken to its matching bracket, skipping strings and comments.
 */
export function findConfigExposures(text: string, kind: 'next' | 'vite' | 'webpack'): Exposure[] {
  const openers: { pattern: RegExp; via: ExposureVia }[] =
    kind === 'next'
      ? [{ pattern: /\benv\s*:\s*\{/g, via: 'next-config-env' }]
      : kind === 'vite'
        ? [{ pattern: /\bdefine\s*:\s*\{/g, via: 'vite-define' }]
        : [
            { pattern: /\bDefinePlugin\s*\(/g, via: 'webpack-define' },
            { pattern: /\bEnvironmentPlugin\s*\(/g, via: 'webpack-environment' },
          ];
  const exposures: Exposure[] = [];
  for (const { pattern, via } of openers) {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const open = match.index + match[0].length - 1;
      const close = matchingBracket(text, open);
      const names = /[A-Za-z_][A-Za-z0-9_]*/g;
      names.lastIndex = open;
      // `MONIME_TOKEN: process.env.MONIME_TOKEN` names one variable twice: it is reported once.
      const named = new Set<string>();
      for (let name = names.exec(text); name && name.index < close; name = names.exec(text)) {
        if (!isMonimeCredentialName(name[0]) || named.has(name[0])) continue;
        named.add(name[0]);
        const prefix = clientPrefixOf(name[0]);
        exposures.push({ variable: name[0], ...(prefix ? { prefix } : {}), via, start: name.index, end: name.index + name[0].length });
      }
      const tokens = detect(text.slice(open, close)).matches;
      for (const token of tokens) {
        exposures.push({
          variable: '',
          via,
          start: open + token.start,
          end: open + token.end,
          token: { ...token, start: open + token.start, end: open + token.end },
        });
      }
    }
  }
  return dedupeByStart(exposures);
}

/** Index of the bracket closing the one at `open`, skipping strings and comments; the text's end when unclosed. */
function matchingBracket(text: string, open: number): number {
  const pairs: Record<string, string> = { '{': '}', '(': ')', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = stringEnd(text, i);
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
      continue;
    }
    if (pairs[c]) stack.push(pairs[c]!);
    else if (c === stack.at(-1)) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return text.length;
}

/** Index of the quote that ends the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

function dedupeByStart(exposures: Exposure[]): Exposure[] {
  const seen = new Set<number>();
  return exposures.filter((e) => (seen.has(e.start) ? false : (seen.add(e.start), true))).sort((a, b) => a.start - b.start);
}
