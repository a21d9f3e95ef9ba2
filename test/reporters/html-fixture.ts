/**
 * A realistic result for the HTML report: an organisation scan of four repositories, with live,
 * test and client-exposed tokens, a token configuration policy, findings from history with their
 * commits' dates (so the page shows ages), one in a commit message, a warning and suppressions.
 * The browser test loads it, and `npm run screenshot:html` photographs it for the README. Masks
 * and fingerprints are made up: no token is behind them.
 */
import type { ReportContext } from '../../src/reporters/index.js';
import type { Finding, GitOrigin, ScanResult } from '../../src/types.js';
import { fixedStats, makeFinding, spanAt } from './fixture.js';

/** The moment the report is "made": ages are counted up to it. */
export const ORGANISATION_NOW = '2026-07-01T09:30:00Z';

/** The context the organisation page is made with. */
export const organisationContext: ReportContext = { toolVersion: '0.1.0', color: false, failOn: 'live', now: ORGANISATION_NOW };

/** A 40-hex commit id made from a short seed, so each fixture commit differs. */
function commitId(seed: string): string {
  return seed.padEnd(40, '0').slice(0, 40);
}

/** The git part of a finding from history. */
function gitAt(seed: string, author: string, date: string, extra: Partial<GitOrigin> = {}): GitOrigin {
  return {
    commit: commitId(seed),
    author,
    email: `${author.split(' ')[0]!.toLowerCase()}@example.invalid`,
    date,
    source: 'blob',
    historyOnly: false,
    otherOccurrences: 0,
    ...extra,
  };
}

/** A token finding in a repository's history. */
function historyFinding(
  repository: string,
  path: string,
  line: number,
  kind: 'live' | 'test',
  masked: string,
  git: GitOrigin,
  overrides: Partial<Finding> = {},
): Finding {
  return makeFinding({
    path,
    origin: { kind: 'blob', path, commit: git.commit, repository },
    ruleId: kind === 'live' ? 'live-token' : 'test-token',
    severity: kind === 'live' ? 'error' : 'warning',
    tokenKind: kind,
    span: spanAt(line, 17, kind === 'live' ? 68 : 73),
    masked,
    fingerprint: `${git.commit.slice(0, 16)}${String(line).padStart(16, '0')}`,
    git,
    ...overrides,
  });
}

/** The organisation scan: `acme/checkout-web`, `acme/legacy-admin`, `acme/mobile-app`, `acme/payments-api`. */
export function organisationResult(): ScanResult {
  const findings: Finding[] = [
    historyFinding('acme/payments-api', 'config/production.env', 4, 'live', 'mon_Zq81…Tb4e', gitAt('3f9c2a71', 'Ann Example', '2024-02-11T10:02:44+00:00'), {}),
    historyFinding(
      'acme/payments-api',
      'scripts/seed-payouts.ts',
      12,
      'live',
      'mon_H7dk…p02R',
      gitAt('a41be9c0', 'Bo Example', '2025-11-20T16:45:10-05:00', { historyOnly: true, otherOccurrences: 2 }),
    ),
    historyFinding(
      'acme/payments-api',
      'test/fixtures/monime.json',
      8,
      'test',
      'mon_test_Lp3x…Vv9a',
      gitAt('c0d4e5f6', 'Cy Example', '2026-06-24T08:15:00+02:00'),
    ),
    makeFinding({
      path: '(commit message)',
      origin: { kind: 'message', commit: commitId('e1f2a3b4'), repository: 'acme/payments-api' },
      ruleId: 'test-token',
      severity: 'warning',
      tokenKind: 'test',
      span: spanAt(3, 9, 73),
      masked: 'mon_test_Qe5r…Mk7s',
      fingerprint: 'e1f2a3b4000000000000000000000003',
      git: { ...gitAt('e1f2a3b4', 'Bo Example', '2025-05-02T11:20:00+00:00'), source: 'message' },
    }),
    historyFinding('acme/checkout-web', '.env.local', 2, 'live', 'mon_Vx4c…Hj8k', gitAt('7b8c9d0e', 'Dee Example', '2026-03-15T13:05:00+00:00'), {
      ruleId: 'client-exposed-token',
      exposure: { variable: 'NEXT_PUBLIC_MONIME_TOKEN', prefix: 'NEXT_PUBLIC_', via: 'env-file' },
    }),
    historyFinding('acme/checkout-web', 'src/lib/monime.ts', 21, 'test', 'mon_test_Gh3i…Jk4l', gitAt('5a6b7c8d', 'Dee Example', '2026-04-02T09:00:00+00:00')),
    historyFinding(
      'acme/mobile-app',
      'android/app/src/main/res/values/secrets.xml',
      7,
      'live',
      'mon_K9pL…m2Nq',
      gitAt('9e8d7c6b', 'Eve Example', '2023-09-30T18:30:00+01:00'),
      {
        encoding: 'base64',
      },
    ),
    historyFinding('acme/mobile-app', 'ios/Config.xcconfig', 3, 'test', 'mon_test_St9u…Vw0x', gitAt('1a2b3c4d', 'Eve Example', '2025-12-01T07:45:00+00:00')),
    historyFinding('acme/legacy-admin', 'app/settings.py', 33, 'live', 'mon_Ab1c…De2f', gitAt('4d5e6f70', 'Fay Example', '2021-08-19T14:22:00+00:00'), {
      git: { ...gitAt('4d5e6f70', 'Fay Example', '2021-08-19T14:22:00+00:00'), historyOnly: true },
    }),
    makeFinding({
      path: 'infra/monime-tokens.yaml',
      origin: { kind: 'file', path: 'infra/monime-tokens.yaml', repository: 'acme/payments-api' },
      ruleId: 'iac/no-expiry',
      severity: 'error',
      tokenKind: 'live',
      span: spanAt(9, 5, 14),
      masked: 'payments-prod',
      fingerprint: 'f00dfeed000000000000000000000009',
      detail: 'The live token "payments-prod" never expires: give it an expiry and rotate it every 3 to 6 months',
    }),
  ];
  return {
    findings,
    placeholders: [],
    warnings: [{ path: 'acme/archived-prototype', code: 'unreadable', message: 'acme/archived-prototype: clone failed (repository not found)' }],
    stats: fixedStats({
      filesScanned: 18_240,
      bytesScanned: 412_000_000,
      binarySkipped: 310,
      allowed: 2,
      ignoredInline: 1,
      baselined: 0,
      warnings: 1,
      durationMs: 48_200,
    }),
  };
}
