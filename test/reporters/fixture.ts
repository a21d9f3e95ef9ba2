/**
 * Fixed inputs for the reporter tests: a deterministic scan result with fake masked tokens and
 * fingerprints (no real token is behind them), and helpers that make real random tokens at run
 * time for the tests that check no output ever holds a whole secret.
 */
import { createHash, randomInt } from 'node:crypto';
import type { ReportContext } from '../../src/reporters/index.js';
import type { Finding, ScanResult, ScanStats } from '../../src/types.js';
import { maskOf as maskToken } from '../support/tokens.js';

/** A context with every option set, as the golden files were made with. */
export const fullContext: ReportContext = {
  toolVersion: '0.1.0',
  color: false,
  rootUri: 'file:///home/runner/work/shop/shop/',
  showPlaceholders: true,
  failOn: 'live',
};

/** The least a caller must pass. */
export const minimalContext: ReportContext = { toolVersion: '0.1.0', color: false };

/** Counters with the duration fixed, so golden files do not change from run to run. */
export function fixedStats(overrides: Partial<ScanStats> = {}): ScanStats {
  return {
    filesScanned: 1234,
    bytesScanned: 5_678_901,
    binarySkipped: 3,
    allowed: 1,
    ignoredInline: 2,
    baselined: 4,
    warnings: 2,
    durationMs: 1234,
    ...overrides,
  };
}

/** A finding at `line:column`, one line long, with defaults for everything else. */
export function makeFinding(overrides: Partial<Finding> & Pick<Finding, 'path' | 'masked' | 'fingerprint'>): Finding {
  return {
    ruleId: 'live-token',
    severity: 'error',
    confidence: 'high',
    tokenKind: 'live',
    span: { start: { line: 1, column: 1 }, end: { line: 1, column: 69 } },
    bodyLength: 64,
    origin: { kind: 'file', path: overrides.path },
    ...overrides,
  };
}

/** A one-line span of `length` characters starting at `line:column`. */
export function spanAt(line: number, column: number, length: number): Finding['span'] {
  return { start: { line, column }, end: { line, column: column + length } };
}

/**
 * The golden scan result: known and unknown rules (`client-exposed-token`, `iac/future-policy`),
 * every severity, encodings, a multi-line span, stdin, and paths with spaces, `|`, backticks,
 * `,`, `:`, `%`, `#` and `@` to exercise each format's escaping.
 */
export function goldenResult(): ScanResult {
  return {
    findings: [
      makeFinding({
        path: '.env',
        span: spanAt(1, 21, 68),
        masked: 'mon_aB3d…wXy9',
        fingerprint: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      }),
      makeFinding({
        path: '.env',
        ruleId: 'test-token',
        severity: 'warning',
        tokenKind: 'test',
        span: spanAt(2, 21, 73),
        masked: 'mon_test_Qr7t…Zz01',
        fingerprint: '1a2b3c4d5e6f708192a3b4c5d6e7f809',
      }),
      makeFinding({
        path: 'docs/we|ird `name`, with:colon 100% #1 @octocat.md',
        ruleId: 'test-token',
        severity: 'note',
        confidence: 'medium',
        tokenKind: 'test',
        span: { start: { line: 3, column: 5 }, end: { line: 4, column: 2 } },
        masked: 'mon_test_Lm5n…Pq6r',
        fingerprint: '2b3c4d5e6f708192a3b4c5d6e7f8091a',
        encoding: 'percent',
        bodyLength: 40,
      }),
      makeFinding({
        path: 'infra/main.tf',
        ruleId: 'iac/future-policy',
        severity: 'note',
        span: spanAt(14, 3, 12),
        masked: 'mon_Gh2j…Kl3m',
        fingerprint: '3c4d5e6f708192a3b4c5d6e7f8091a2b',
      }),
      makeFinding({
        path: 'k8s/secret.yaml',
        span: spanAt(7, 10, 92),
        masked: 'mon_K9pL…m2Nq',
        fingerprint: '4d5e6f708192a3b4c5d6e7f8091a2b3c',
        encoding: 'base64',
      }),
      makeFinding({
        path: '.env.local',
        ruleId: 'client-exposed-token',
        span: spanAt(12, 26, 68),
        masked: 'mon_Vx4c…Hj8k',
        fingerprint: '5e6f708192a3b4c5d6e7f8091a2b3c4d',
        exposure: { variable: 'NEXT_PUBLIC_MONIME_TOKEN', prefix: 'NEXT_PUBLIC_', via: 'env-file' },
      }),
      makeFinding({
        path: '-',
        ruleId: 'test-token',
        severity: 'warning',
        tokenKind: 'test',
        span: spanAt(1, 1, 78),
        masked: 'mon_test_St9u…Vw0x',
        fingerprint: '6f708192a3b4c5d6e7f8091a2b3c4d5e',
        encoding: 'unicode-escape',
      }),
      // From `history`: a deleted token, and one in a commit message.
      makeFinding({
        path: 'config/old.env',
        origin: { kind: 'blob', path: 'config/old.env', commit: '0123456789abcdef0123456789abcdef01234567', blob: '89abcdef0123456789abcdef0123456789abcdef' },
        span: spanAt(3, 7, 68),
        masked: 'mon_Ab1c…De2f',
        fingerprint: '708192a3b4c5d6e7f8091a2b3c4d5e6f',
        git: {
          commit: '0123456789abcdef0123456789abcdef01234567',
          author: 'Ann Example',
          email: 'ann@example.invalid',
          date: '2026-03-04T05:06:07+01:00',
          source: 'blob',
          blob: '89abcdef0123456789abcdef0123456789abcdef',
          historyOnly: true,
          otherOccurrences: 2,
        },
      }),
      makeFinding({
        path: '(commit message)',
        origin: { kind: 'message', commit: 'fedcba9876543210fedcba9876543210fedcba98' },
        ruleId: 'test-token',
        severity: 'warning',
        tokenKind: 'test',
        span: spanAt(1, 12, 73),
        masked: 'mon_test_Gh3i…Jk4l',
        fingerprint: '8192a3b4c5d6e7f8091a2b3c4d5e6f70',
        git: {
          commit: 'fedcba9876543210fedcba9876543210fedcba98',
          author: 'Bo Example',
          email: 'bo@example.invalid',
          date: '2026-05-06T07:08:09-04:00',
          source: 'message',
          historyOnly: true,
          otherOccurrences: 0,
        },
      }),
    ],
    placeholders: [
      {
        path: 'README.md',
        span: spanAt(4, 22, 40),
        masked: 'mon_test_XXXX…XXXX',
        reason: 'repeated',
      },
      {
        path: 'docs/setup.md',
        span: spanAt(9, 8, 19),
        masked: 'mon_${MONIME_TOKEN}',
        reason: 'template',
      },
    ],
    warnings: [
      { path: 'bad\nname.txt', code: 'vanished', message: 'The file vanished during the scan.' },
      { path: 'vendor/blob.bin', code: 'unreadable', message: "EACCES: permission denied, open 'vendor/blob.bin'" },
    ],
    stats: fixedStats(),
  };
}

/** A scan that found nothing and had no problems. */
export function cleanResult(): ScanResult {
  return {
    findings: [],
    placeholders: [],
    warnings: [],
    stats: fixedStats({ binarySkipped: 0, allowed: 0, ignoredInline: 0, baselined: 0, warnings: 0, durationMs: 87 }),
  };
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A random base62 body; made at run time so no token-shaped literal is ever committed. */
export function randomBody(length: number): string {
  let body = '';
  for (let i = 0; i < length; i += 1) body += BASE62[randomInt(BASE62.length)];
  return body;
}

/** A generated token with its parts. */
export interface GeneratedToken {
  token: string;
  prefix: string;
  body: string;
  kind: 'live' | 'test';
}

/** A fresh random token of a kind and body length. */
export function generateToken(kind: 'live' | 'test', length = 64): GeneratedToken {
  const prefix = kind === 'live' ? 'mon_' : 'mon_test_';
  const body = randomBody(length);
  return { token: `${prefix}${body}`, prefix, body, kind };
}

/** The mask rule for a generated token (see test/support/tokens.ts). */
export function maskOf(token: GeneratedToken): string {
  return maskToken(token.token);
}

/** A finding for a generated token, as the pipeline would make it. */
export function findingFor(token: GeneratedToken, path: string, line: number): Finding {
  return makeFinding({
    path,
    ruleId: token.kind === 'live' ? 'live-token' : 'test-token',
    severity: token.kind === 'live' ? 'error' : 'warning',
    tokenKind: token.kind,
    span: spanAt(line, 5, token.token.length),
    masked: maskOf(token),
    fingerprint: createHash('sha256').update(token.token).digest('hex').slice(0, 32),
    bodyLength: token.body.length,
  });
}
