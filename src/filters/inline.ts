import type { Finding, InlineDirective } from '../types.js';

const MARKER = 'monime-guard-ignore';
const NEXT_LINE = '-next-line';
/**
 * A directive and what follows it: an optional rule id, then an optional `-- reason`. Comment
 * closers (`*\/`, `-->`) end it. The marker text is the same in every comment syntax, so
 * `//`, `#`, `--`, `;`, `%`, `<!-- -->` and `/* *\/` comments all work without parsing them.
 */
const DIRECTIVE = /monime-guard-ignore(-next-line)?(?![\w-])[ \t]*([a-z][a-z0-9]*(?:[-/][a-z0-9]+)+)?(?:[ \t]*--(?!>)[ \t]*(.*?))?[ \t]*(?:\*\/|-->|$)/g;

/**
 * Reads the directives in one line of text. `scope` picks which kind counts: `same-line` for the
 * line a finding is on, `next-line` for the line above it.
 */
export function readDirectives(line: string, scope: InlineDirective['scope']): InlineDirective[] {
  if (!line.includes(MARKER)) return [];
  const directives: InlineDirective[] = [];
  for (const match of line.matchAll(DIRECTIVE)) {
    const isNextLine = match[1] === NEXT_LINE;
    if (isNextLine !== (scope === 'next-line')) continue;
    const directive: InlineDirective = { scope };
    if (match[2]) directive.ruleId = match[2];
    const reason = match[3]?.trim();
    if (reason) directive.reason = reason;
    directives.push(directive);
  }
  return directives;
}

/** The first of the finding's directives that applies to its rule. */
export function inlineDirectiveFor(finding: Finding): InlineDirective | undefined {
  return (finding.directives ?? []).find((d) => d.ruleId === undefined || d.ruleId === finding.ruleId);
}
