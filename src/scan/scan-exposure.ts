import { clientConfigKind, findConfigExposures, findEnvExposures, isEnvFile, type Exposure } from '../exposure/client.js';
import { readDirectives } from '../filters/inline.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import { maskToken } from '../findings/mask.js';
import type { Finding } from '../types.js';
import { createLocator, linesAround } from './locate.js';
import type { RuleTable } from './scan-fragment.js';

/** Whether `path` is a file the client-exposure rule reads whole (a dotenv file, a framework config). */
export function exposureApplies(path: string, rules: RuleTable): boolean {
  return rules.exposure !== undefined && (isEnvFile(path) || clientConfigKind(path) !== undefined);
}

/**
 * Findings of the client-exposure rule in one whole file. A token it reports is the same token
 * the token rules find: `replaceTokenFindings` then keeps only the more specific finding.
 */
export function exposureFindings(text: string, path: string, rules: RuleTable): Finding[] {
  const rule = rules.exposure;
  if (!rule) return [];
  const kind = clientConfigKind(path);
  const exposures = isEnvFile(path) ? findEnvExposures(text) : kind ? findConfigExposures(text, kind) : [];
  const locate = createLocator(text, 0, 1, 0);
  return exposures
    .sort((a, b) => spanStart(a) - spanStart(b))
    .map((exposure) => {
      const start = spanStart(exposure);
      const end = exposure.token ? exposure.token.end : exposure.end;
      const from = locate(start);
      const { line, previous } = linesAround(text, start);
      const directives = [...readDirectives(line, 'same-line'), ...readDirectives(previous, 'next-line')];
      const token = exposure.token;
      const finding: Finding = {
        ruleId: rule.ruleId,
        severity: rule.severity,
        confidence: token?.confidence ?? 'high',
        path,
        origin: { kind: 'file', path },
        span: { start: from, end: { line: from.line, column: from.column + (end - start) } },
        // A variable is not a secret; a token is shown masked, as everywhere.
        masked: token ? maskToken(token.token) : exposure.variable,
        fingerprint: fingerprintOf(rule.ruleId, token ? token.token : `${path}\0${exposure.variable}`),
        bodyLength: token?.bodyLength ?? 0,
        exposure: { variable: exposure.variable, ...(exposure.prefix ? { prefix: exposure.prefix } : {}), via: exposure.via },
      };
      if (token) finding.tokenKind = token.kind;
      if (token?.encoding) finding.encoding = token.encoding;
      if (directives.length > 0) finding.directives = directives;
      return finding;
    });
}

/** Where a finding for an exposure starts: at the token when one is written, else at the variable. */
function spanStart(exposure: Exposure): number {
  return exposure.token ? exposure.token.start : exposure.start;
}

/**
 * Drops token-rule findings that an exposure finding reports at the same place: one token, one
 * finding, under the most specific rule.
 */
export function replaceTokenFindings(findings: Finding[], from: number, exposures: readonly Finding[]): void {
  const taken = new Set(exposures.filter((e) => e.tokenKind).map((e) => `${e.span.start.line}:${e.span.start.column}`));
  for (let i = findings.length - 1; i >= from; i--) {
    const f = findings[i]!;
    if (taken.has(`${f.span.start.line}:${f.span.start.column}`)) findings.splice(i, 1);
  }
}
