import type { Rule } from 'eslint';
import { readDirectives } from '../filters/inline.js';

/**
 * The scanner's inline directives in ESLint: `monime-guard-ignore [rule] [-- reason]` on the line
 * of a problem, or `monime-guard-ignore-next-line …` on the line above, silence the plugin's
 * report exactly as they silence the scanner's finding, so a line is never fine for one tool and
 * an error for the other. A directive names either the scanner's rule (`live-token`,
 * `test-token`, `client-exposed-token`) or the ESLint rule (`monime-guard/no-hardcoded-token`);
 * one that names no rule silences every rule on its line.
 */

/** The 1-based line a report points at. */
function reportLine(descriptor: Rule.ReportDescriptor): number | undefined {
  const loc = 'loc' in descriptor ? descriptor.loc : undefined;
  if (loc) return 'start' in loc ? loc.start.line : loc.line;
  const node = 'node' in descriptor ? descriptor.node : undefined;
  return node?.loc?.start.line;
}

/** Whether a directive on the report's line (or the line above) silences one of `ruleIds`. */
export function ignoredInline(lines: readonly string[], descriptor: Rule.ReportDescriptor, ruleIds: readonly string[]): boolean {
  const line = reportLine(descriptor);
  if (line === undefined) return false;
  const directives = [...readDirectives(lines[line - 1] ?? '', 'same-line'), ...(line > 1 ? readDirectives(lines[line - 2] ?? '', 'next-line') : [])];
  return directives.some((directive) => directive.ruleId === undefined || ruleIds.includes(directive.ruleId));
}

/**
 * The rule's context with `report` going through {@link ignoredInline} first. ESLint's context is
 * frozen, so the rule gets an object that inherits everything from it but `report`.
 */
export function withInlineDirectives(context: Rule.RuleContext, ruleIds: (descriptor: Rule.ReportDescriptor) => readonly string[]): Rule.RuleContext {
  const lines = context.sourceCode.lines;
  const report = (descriptor: Rule.ReportDescriptor): void => {
    if (!ignoredInline(lines, descriptor, ruleIds(descriptor))) context.report(descriptor);
  };
  return Object.create(context, { report: { value: report } }) as Rule.RuleContext;
}
