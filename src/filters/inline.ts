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

/** A directive as written in a file, found by {@link directivesIn}. */
export interface WrittenDirective {
  /** 1-based line it is on. */
  line: number;
  scope: InlineDirective['scope'];
  ruleId?: string;
}

/**
 * Every directive in `text[from, to)`, whose first character is on line `firstLine`: what the
 * checks of directives read (a rule id no rule has; with `--report-unused-directives`, one that
 * suppressed nothing). Text without the marker costs one search.
 */
export function directivesIn(text: string, from: number, to: number, firstLine: number): WrittenDirective[] {
  const found: WrittenDirective[] = [];
  let line = firstLine;
  let counted = from;
  for (let at = text.indexOf(MARKER, from); at !== -1 && at < to; at = text.indexOf(MARKER, at + MARKER.length)) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
    counted = at;
    const end = text.indexOf('\n', at);
    const rest = text.slice(at, end === -1 ? text.length : end);
    const match = new RegExp(DIRECTIVE.source).exec(rest);
    if (!match || match.index !== 0) continue;
    found.push({ line, scope: match[1] === NEXT_LINE ? 'next-line' : 'same-line', ...(match[2] ? { ruleId: match[2] } : {}) });
  }
  return found;
}
