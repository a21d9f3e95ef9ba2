// What the generated history holds besides everyday edits: side branches (two merged back, one
// release line, one abandoned), tags, and the tokens planted in old commits. Positions are fractions
// of the main branch's commits (of the branch's own commits for a plant on a branch), so the plan
// scales with --commits. Everything is in the first half of history except removals and merges.

/** Side branches, each forked from main after the commit at `forkAt`. */
export const BRANCHES = [
  { name: 'feature/payouts-sandbox', forkAt: 0.22, commits: 40 },
  { name: 'release/1.x', forkAt: 0.4, commits: 260, tagEvery: 40, tagPrefix: 'v1.0.' },
  { name: 'feature/checkout-redesign', forkAt: 0.5, commits: 140, mergeAt: 0.56 },
  { name: 'feature/webhook-retries', forkAt: 0.68, commits: 90, mergeAt: 0.71 },
];

/** Main gets an annotated release tag every this many of its commits. */
export const MAIN_TAG_EVERY = 2000;

/**
 * Tokens planted in old commits. `how`: `new-file` (added with the token in it), `existing-file`
 * (a line added to a file that is edited all the time), `message` (in a commit message).
 * `remove`: how the token later leaves the tree (`line` edited out, `file` deleted), so it is in
 * history only; without it the token is still in the tree at the end.
 */
export const PLANTS = [
  { id: 'settings-module', kind: 'live', at: 0.03, how: 'new-file', path: 'config/settings_production.py', remove: { at: 0.05, how: 'line' } },
  { id: 'sandbox-constant', kind: 'test', at: 0.07, how: 'existing-file' },
  { id: 'dotenv', kind: 'live', at: 0.11, how: 'new-file', path: '.env.production', remove: { at: 0.115, how: 'file' } },
  { id: 'commit-message', kind: 'test', at: 0.16, how: 'message' },
  { id: 'abandoned-branch', kind: 'live', branch: 'feature/payouts-sandbox', at: 0.15, how: 'new-file', path: 'src/shop/payouts/sandbox_keys.py' },
  { id: 'webhook-fixture', kind: 'test', at: 0.3, how: 'new-file', path: 'tests/fixtures/monime_webhook.json' },
  { id: 'hardcoded-header', kind: 'live', at: 0.35, how: 'existing-file', remove: { at: 0.42, how: 'line' } },
  { id: 'helm-values', kind: 'test', at: 0.45, how: 'new-file', path: 'deploy/helm/values.yaml', remove: { at: 0.7, how: 'file' } },
];

/** The line that holds a planted token, in the style of the file it is in. */
export function tokenLine(plant, token) {
  if (plant.how === 'existing-file') {
    return plant.kind === 'test'
      ? `MONIME_TEST_TOKEN = "${token}"  # sandbox, safe to share?`
      : `        headers = {"Authorization": "Bearer ${token}", "Monime-Space-Id": space_id}`;
  }
  if (plant.path.endsWith('.env.production')) return `MONIME_ACCESS_TOKEN=${token}`;
  if (plant.path.endsWith('.json')) return `    "accessToken": "${token}",`;
  if (plant.path.endsWith('.yaml')) return `    MONIME_ACCESS_TOKEN: "${token}"`;
  return `MONIME_ACCESS_TOKEN = "${token}"`;
}

/** What replaces a token line when the token is edited out. */
export const REPLACEMENT_LINE = 'MONIME_ACCESS_TOKEN = os.environ["MONIME_ACCESS_TOKEN"]';

/** A whole small file around the token line, for `new-file` plants that are not Python. */
export function plantedFileLines(plant, line) {
  if (plant.path.endsWith('.env.production'))
    return ['DATABASE_URL=postgres://shop@db:5432/shop', 'REDIS_URL=redis://cache:6379/0', line, 'MONIME_SPACE_ID=spc-k3Xb9mQ2', 'LOG_LEVEL=info'];
  if (plant.path.endsWith('.json'))
    return [
      '{',
      '  "event": "payment.completed",',
      '  "space": "spc-k3Xb9mQ2",',
      '  "auth": {',
      line,
      '    "version": "caph.2025-08-23"',
      '  },',
      '  "amount": { "currency": "SLE", "value": 12500 }',
      '}',
    ];
  if (plant.path.endsWith('.yaml'))
    return [
      'replicaCount: 2',
      'image:',
      '  repository: registry.example.com/shop',
      '  tag: "1.4.2"',
      'env:',
      '    MONIME_SPACE_ID: spc-k3Xb9mQ2',
      line,
      'resources:',
      '  limits: { cpu: 500m, memory: 256Mi }',
    ];
  return undefined;
}

/** A commit message that mentions the token, as people sometimes paste one. */
export const messageWithToken = (token) =>
  `Rotate the sandbox credentials\n\nThe old test key ${token} was pasted in the team chat;\nit is revoked now. New one is in the vault.\n`;

export const AUTHORS = [
  { name: 'Aminata Kamara', email: 'aminata.kamara@example.com', tz: '+0000' },
  { name: 'Mohamed Sesay', email: 'mohamed.sesay@example.com', tz: '+0000' },
  { name: 'Fatmata Bangura', email: 'fatmata@example.org', tz: '+0000' },
  { name: 'Ibrahim Conteh', email: 'iconteh@example.com', tz: '+0100' },
  { name: 'Isatu Koroma', email: 'isatu.koroma@example.com', tz: '+0000' },
  { name: 'Abdul Turay', email: 'abdul@example.net', tz: '-0500' },
  { name: 'Mariama Jalloh', email: 'mariama.jalloh@example.com', tz: '+0000' },
  { name: 'Joseph Kanu', email: 'jkanu@example.com', tz: '+0200' },
  { name: 'Hawa Mansaray', email: 'hawa.m@example.org', tz: '+0000' },
  { name: 'Samuel Williams', email: 'sam.williams@example.com', tz: '+0100' },
];

const VERBS = ['Fix', 'Refactor', 'Add', 'Update', 'Remove dead code in', 'Tidy', 'Speed up', 'Document', 'Handle errors in', 'Simplify', 'Test'];
const TOPICS = [
  'retry logic',
  'pagination',
  'timeouts',
  'logging',
  'validation',
  'currency rounding',
  'signature checks',
  'idempotency keys',
  'caching',
  'config loading',
  'type hints',
  'batch size',
];

/** An everyday commit message about the files it touches. */
export function commitMessage(rng, paths) {
  const module = paths[0].split('/').pop().replace(/\.py$/, '');
  const subject = rng.chance(0.5) ? `${rng.pick(VERBS)} ${module}` : `${rng.pick(VERBS)} ${rng.pick(TOPICS)} (${module})`;
  if (!rng.chance(0.3)) return `${subject}\n`;
  return `${subject}\n\nTouches ${paths.join(', ')}.\nRefs #${rng.range(100, 9999)}.\n`;
}
