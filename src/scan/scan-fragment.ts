import { detect, type TokenMatch } from '../detector/detect.js';
import { mayContainTokenText } from '../detector/prefilter.js';
import { readDirectives } from '../filters/inline.js';
import { fingerprintOf } from '../findings/fingerprint.js';
import { maskToken } from '../findings/mask.js';
import type { Fragment } from '../sources/fragments.js';
import type { Finding, Placeholder, Position, Severity, TokenKind } from '../types.js';
import { createLocator, linesAround } from './locate.js';

/**
 * The rule that reports each token kind, and the one that reports client exposures, as
 * configured. Disabled rules are absent.
 */
export type RuleTable = Partial<Record<TokenKind | 'exposure', { ruleId: string; severity: Severity }>>;

/** What one scanned input produced. */
export interface FragmentFindings {
  findings: Finding[];
  placeholders: Placeholder[];
}

/**
 * Runs the detector on one fragment and turns its matches into findings: positions, masks,
 * fingerprints, and the inline directives written on or above each finding's line. The raw token
 * is dropped here and goes no further, except into `secrets` (by fingerprint), which only a scan
 * that verifies tokens keeps, in memory, for the requests it makes.
 */
export function scanFragment(
  fragment: Fragment,
  path: string,
  rules: RuleTable,
  placeholders: boolean,
  into: FragmentFindings,
  secrets?: Map<string, string>,
): void {
  const { text, from, to } = fragment;
  const result = detect(text, { from, to, placeholders });
  const locate = createLocator(text, from, fragment.line, fragment.column);
  // Matches and rejections interleave by position; the locator wants increasing indexes.
  const events = [
    ...result.matches.map((match) => ({ start: match.start, match })),
    ...result.rejections.map((rejection) => ({ start: rejection.start, rejection })),
  ].sort((a, b) => a.start - b.start);
  for (const event of events) {
    const start = locate(event.start);
    if ('match' in event) {
      const { match } = event;
      const rule = rules[match.kind];
      if (!rule) continue;
      const { line, previous } = linesAround(text, match.start);
      const directives = [...readDirectives(line, 'same-line'), ...readDirectives(previous, 'next-line')];
      const finding = tokenFinding(match, rule, path, { start, end: endOf(text, match.start, match.end, start) }, secrets);
      if (directives.length > 0) finding.directives = directives;
      into.findings.push(finding);
    } else {
      const { rejection } = event;
      into.placeholders.push({
        path,
        span: { start, end: { line: start.line, column: start.column + (rejection.end - rejection.start) } },
        masked: maskPlaceholder(rejection.text),
        reason: rejection.reason,
      });
    }
  }
}

/**
 * A token in a path (a file's or a directory's name, an archive entry's name, a URL) is a leak of
 * its own, wherever the content goes: the name is in every listing, log and archive of the tree.
 * Each one becomes a finding of the same rule as a token in content, on the unit that carries the
 * path, at line 1 column 1 and marked `place: 'path'`. A directory's token is met once per file
 * inside; the scan keeps the first (see `onePerPathToken`).
 */
export function scanPath(path: string, rules: RuleTable, into: FragmentFindings, secrets?: Map<string, string>): void {
  if (!mayContainTokenText(path)) return;
  for (const match of detect(path).matches) {
    const rule = rules[match.kind];
    if (!rule) continue;
    const at = { line: 1, column: 1 };
    into.findings.push({ ...tokenFinding(match, rule, path, { start: at, end: at }, secrets), place: 'path' });
  }
}

/**
 * A finding for one detected token: its mask and fingerprint, the raw token dropped except into
 * `secrets`. Content is a file until its source says otherwise (a blob, a URL, standard input).
 */
function tokenFinding(
  match: TokenMatch,
  rule: { ruleId: string; severity: Severity },
  path: string,
  span: Finding['span'],
  secrets: Map<string, string> | undefined,
): Finding {
  const finding: Finding = {
    ruleId: rule.ruleId,
    severity: rule.severity,
    confidence: match.confidence,
    tokenKind: match.kind,
    path,
    origin: { kind: 'file', path },
    span,
    masked: maskToken(match.token),
    fingerprint: fingerprintOf(rule.ruleId, match.token),
    bodyLength: match.bodyLength,
  };
  if (match.encoding) finding.encoding = match.encoding;
  secrets?.set(finding.fingerprint, match.token);
  return finding;
}

/**
 * Keeps one finding per token found in paths (per repository): a token in a directory's name is
 * met once for every file inside it, and in history once for every commit that touched them.
 * `findings` are sorted, so the first path kept is the same on every run.
 */
export function onePerPathToken(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    if (finding.place !== 'path') return true;
    const repository = 'repository' in finding.origin ? (finding.origin.repository ?? '') : '';
    const key = `${finding.fingerprint}\0${repository}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Where evidence ends. It is on its start line except for base64 wrapped over several lines,
 * where the end column counts from the last line break inside it.
 */
function endOf(text: string, start: number, end: number, startAt: Position): Position {
  let line = startAt.line;
  let lastBreak = -1;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return lastBreak === -1 ? { line, column: startAt.column + (end - start) } : { line, column: end - lastBreak };
}

/**
 * Placeholders are not secrets, but one could be a real token the shape rules misjudged, so long
 * bodies are masked like tokens; short ones (`mon_<your-token>`) are shown as written.
 */
function maskPlaceholder(text: string): string {
  const body = text.replace(/^mon_(test_)?/, '');
  return /^[A-Za-z0-9]{16,}/.test(body) ? maskToken(text) : text.slice(0, 40);
}
