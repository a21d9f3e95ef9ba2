/**
 * The action end to end, run as a runner runs it: `node dist/action.js` with `INPUT_*` variables,
 * an event payload from @octokit/webhooks-examples, `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`
 * files, a shallow clone of a real repository as the workspace, and GitHub's REST API served by
 * a local server on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnv, expectNoSecrets, makeTempDir, REPO_ROOT, runProcess, secretToken, type RunResult } from '../cli/run-cli.js';
import { pullRequestEvent, pushEvent } from './events.js';
import { startFakeGitHub, type FakeGitHub } from './github-server.js';

const ACTION = path.join(REPO_ROOT, 'dist/action.js');
const OWNER = 'octo-shop';
const REPO = 'storefront';
const MARKER = '<!-- monime-guard-report -->';

const gitIn = (cwd: string, args: string[]): string =>
  execFileSync('git', ['-c', 'user.name=Dev', '-c', 'user.email=dev@example.com', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    env: cliEnv(),
    encoding: 'utf8',
  }).trim();

/** Writes files and commits them; returns the commit id. */
function commit(dir: string, files: Record<string, string | null>, message: string): string {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(dir, file);
    if (text === null) fs.rmSync(full);
    else {
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, text);
    }
  }
  gitIn(dir, ['add', '-A']);
  gitIn(dir, ['commit', '-q', '--allow-empty', '-m', message]);
  return gitIn(dir, ['rev-parse', 'HEAD']);
}

/** An origin repository (bare) with main, and a source clone to make branches in. */
function makeOrigin(): { root: string; source: string; bare: string; base: string } {
  const root = makeTempDir('monime-guard-action-');
  const source = path.join(root, 'source');
  fs.mkdirSync(source);
  gitIn(source, ['init', '-q']);
  let base = '';
  for (let i = 0; i < 3; i++) base = commit(source, { [`docs/page-${i}.md`]: `page ${i}\n` }, `docs ${i}`);
  const bare = path.join(root, 'origin.git');
  gitIn(root, ['init', '-q', '--bare', bare]);
  gitIn(source, ['remote', 'add', 'origin', bare]);
  gitIn(source, ['push', '-q', 'origin', 'main']);
  return { root, source, bare, base };
}

/** A shallow checkout of one commit of `branch`, as actions/checkout makes by default. */
function checkout(origin: { root: string; bare: string }, branch: string, name: string): string {
  const dir = path.join(origin.root, name);
  gitIn(origin.root, ['clone', '-q', '--depth', '1', '--branch', branch, `file://${origin.bare}`, dir]);
  return dir;
}

/**
 * The checkout actions/checkout makes for a pull_request event: GitHub's test merge of the pull
 * request (`refs/pull/N/merge`), one commit deep, detached; neither base nor head is in it.
 */
function checkoutMerge(origin: { root: string; bare: string }, number: number, name: string): string {
  const dir = path.join(origin.root, name);
  fs.mkdirSync(dir);
  gitIn(dir, ['init', '-q']);
  gitIn(dir, ['remote', 'add', 'origin', `file://${origin.bare}`]);
  gitIn(dir, ['fetch', '-q', '--no-tags', '--depth=1', 'origin', `+refs/pull/${number}/merge:refs/remotes/pull/${number}/merge`]);
  gitIn(dir, ['checkout', '-q', '--detach', `refs/remotes/pull/${number}/merge`]);
  return dir;
}

interface ActionRun extends RunResult {
  outputs: Record<string, string>;
  summary: string;
}

/** Runs dist/action.js as a runner would. */
async function runAction(
  workspace: string,
  event: { name: string; payload: object },
  server: FakeGitHub,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const dir = makeTempDir('monime-guard-runner-');
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary.md') };
  fs.writeFileSync(files.event, JSON.stringify(event.payload));
  fs.writeFileSync(files.output, '');
  fs.writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKSPACE: workspace,
    GITHUB_API_URL: server.url,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    'INPUT_GITHUB-TOKEN': 'ghs_fakeInstallationToken',
    INPUT_MODE: 'auto',
    'INPUT_FAIL-ON': 'any',
    INPUT_COMMENT: 'true',
    INPUT_ANNOTATIONS: 'true',
    INPUT_IAC: 'true',
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const run = await runProcess(process.execPath, [ACTION], { cwd: workspace, env, timeoutMs: 120_000 });
  const outputs = Object.fromEntries(
    fs
      .readFileSync(files.output, 'utf8')
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const summary = fs.readFileSync(files.summary, 'utf8');
  for (const [where, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
    ['summary', summary],
  ] as const)
    expectNoSecrets(text, where);
  return { ...run, outputs, summary };
}

let server: FakeGitHub;
beforeAll(async () => {
  server = await startFakeGitHub({ owner: OWNER, repo: REPO });
});
afterAll(async () => {
  await server.close();
});

const prEvent = (number: number, baseSha: string, headSha: string, extra: { fork?: boolean } = {}) => ({
  name: 'pull_request',
  payload: pullRequestEvent({ owner: OWNER, repo: REPO, number, baseSha, headSha, baseRef: 'main', headRef: `feature-${number}`, ...extra }),
});

/** The action's comments on a pull request: the bot's, not the people's. */
const commentsOn = (issue: number) => server.comments.filter((c) => c.issue === issue && c.user === 'github-actions[bot]');

describe('the GitHub Action, run as a runner runs it', () => {
  it('comments once, updates the same comment, and turns it into "all clear" when the branch is fixed', async () => {
    const origin = makeOrigin();
    const token = secretToken('live');
    gitIn(origin.source, ['checkout', '-q', '-b', 'feature-7']);
    commit(origin.source, { 'src/pay.js': `export const key = '${token}';\n` }, 'add payments');
    const head = commit(
      origin.source,
      {
        'ops/monime-tokens.yaml':
          'tokens:\n  - name: Storefront Checkout\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n',
      },
      'token manifest',
    );
    gitIn(origin.source, ['push', '-q', 'origin', 'feature-7']);
    const workspace = checkout(origin, 'feature-7', 'ws-7');

    // A long discussion (the comment list spans pages), with a person quoting the marker.
    for (let i = 0; i < 130; i++) server.comments.push({ id: 9_000 + i, issue: 7, body: `review note ${i}`, user: 'octocat' });
    server.comments.push({ id: 9_500, issue: 7, body: `Why is there a ${MARKER} in the bot's comment?`, user: 'octocat' });

    const first = await runAction(workspace, prEvent(7, origin.base, head), server);
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/^::error file=src\/pay\.js,line=1,/m);
    expect(first.stdout).toMatch(/^::error file=ops\/monime-tokens\.yaml,line=4,.*iac\/no-expiry/m);
    expect(first.stdout).toMatch(/^::error::monime-guard: 2 findings at or above fail-on any$/m);
    expect(first.outputs).toMatchObject({ findings: '2', 'new-findings': '2' });
    expect(fs.existsSync(first.outputs['sarif-file']!)).toBe(true);
    expect(first.summary).toContain('## monime-guard report');
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body.startsWith(MARKER)).toBe(true);
    expectNoSecrets(commentsOn(7)[0]!.body, 'the comment');
    expectNoSecrets(fs.readFileSync(first.outputs['sarif-file']!, 'utf8'), 'the SARIF file');

    const second = await runAction(workspace, prEvent(7, origin.base, head), server);
    expect(second.status).toBe(1);
    expect(commentsOn(7)).toHaveLength(1);
    // The same comment, updated; or left alone when the report came out byte for byte the same
    // (its footer holds the scan's duration, which two runs can share to the millisecond).
    expect(server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === 'PATCH').length).toBeLessThanOrEqual(1);

    // The branch is rewritten without the token and with a fixed manifest (a force push).
    gitIn(origin.source, ['checkout', '-q', '-B', 'feature-7', origin.base]);
    const fixed = commit(origin.source, { 'src/pay.js': 'export const key = process.env.MONIME_TOKEN;\n' }, 'payments from the environment');
    gitIn(origin.source, ['push', '-q', '--force', 'origin', 'feature-7']);
    const clean = checkout(origin, 'feature-7', 'ws-7-fixed');
    const third = await runAction(clean, prEvent(7, origin.base, fixed), server);
    expect(third.status).toBe(0);
    expect(third.outputs).toMatchObject({ findings: '0', 'new-findings': '0' });
    expect(commentsOn(7)).toHaveLength(1);
    expect(commentsOn(7)[0]!.body).toMatch(/All clear/);
    expect(server.comments.find((c) => c.id === 9_500)!.body).toBe(`Why is there a ${MARKER} in the bot's comment?`);
    expect(server.requests.filter((r) => r.method === 'GET' && /\/comments$/.test(r.path)).length).toBeGreaterThanOrEqual(6);
  });

  it('masks a token in a file name, a git author and a manifest name in the annotations, comment, summary and SARIF file', async () => {
    const origin = makeOrigin();
    const [inName, inAuthor, inManifest] = [secretToken('test'), secretToken('live'), secretToken('test')];
    gitIn(origin.source, ['checkout', '-q', '-b', 'feature-21']);
    fs.writeFileSync(path.join(origin.source, `${inName}.txt`), 'nothing here\n');
    fs.mkdirSync(path.join(origin.source, 'ops'), { recursive: true });
    fs.writeFileSync(
      path.join(origin.source, 'ops/monime-tokens.yaml'),
      `tokens:\n  - name: ${inManifest}\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n`,
    );
    gitIn(origin.source, ['add', '-A']);
    execFileSync('git', ['-c', `user.name=${inAuthor}`, '-c', 'user.email=dev@example.com', 'commit', '-qm', 'add'], { cwd: origin.source, env: cliEnv() });
    const head = gitIn(origin.source, ['rev-parse', 'HEAD']);
    gitIn(origin.source, ['push', '-q', 'origin', 'feature-21']);
    const workspace = checkout(origin, 'feature-21', 'ws-21');

    const run = await runAction(workspace, prEvent(21, origin.base, head), server);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`::warning file=mon_test_${inName.slice(9, 13)}…${inName.slice(-4)}.txt,line=1,`);
    expect(commentsOn(21)).toHaveLength(1);
    const body = commentsOn(21)[0]!.body;
    expect(body).toContain(`mon_test_${inName.slice(9, 13)}…`);
    expectNoSecrets(body, 'the comment');
    expectNoSecrets(fs.readFileSync(run.outputs['sarif-file']!, 'utf8'), 'the SARIF file');
  });

  it('covers a pull request of 300 commits from a shallow clone by deepening it, and follows fail-on', async () => {
    const origin = makeOrigin();
    const token = secretToken('test');
    gitIn(origin.source, ['checkout', '-q', '-b', 'feature-8']);
    commit(origin.source, { 'config/dev.env': `MONIME_TOKEN=${token}\n` }, 'first commit of the PR');
    let head = '';
    for (let i = 0; i < 299; i++) head = commit(origin.source, { 'notes.txt': `note ${i}\n` }, `note ${i}`);
    gitIn(origin.source, ['push', '-q', 'origin', 'feature-8']);
    const workspace = checkout(origin, 'feature-8', 'ws-8');
    expect(gitIn(workspace, ['rev-parse', '--is-shallow-repository'])).toBe('true');

    const run = await runAction(workspace, prEvent(8, origin.base, head), server, { 'fail-on': 'live', comment: 'false' });
    expect(run.stdout).toMatch(/deepening by 50 commits/);
    expect(run.stdout).toMatch(/^::(warning|error) file=config\/dev\.env,line=1,/m);
    expect(run.outputs['new-findings']).toBe('1');
    // A test token does not reach fail-on live.
    expect(run.status).toBe(0);
    expect(commentsOn(8)).toEqual([]);
  });

  it('scans a pull request from the test-merge checkout actions/checkout makes, while main moves on', async () => {
    const origin = makeOrigin();
    gitIn(origin.source, ['checkout', '-q', '-b', 'feature-12']);
    const live = secretToken('live');
    commit(origin.source, { 'src/client.js': `const monime = '${live}';\n` }, 'client');
    // A later commit moves the token down three lines: annotations go where it is at the head.
    const head = commit(origin.source, { 'src/client.js': `// client\n// setup\n\nconst monime = '${live}';\n`, 'src/other.js': 'export {};\n' }, 'other');
    // main gains a commit (with a token of its own) after the branch left it.
    gitIn(origin.source, ['checkout', '-q', 'main']);
    const base = commit(origin.source, { 'legacy/old.js': `const old = '${secretToken('live')}';\n` }, 'legacy');
    gitIn(origin.source, ['merge', '-q', '--no-ff', '--no-edit', 'feature-12']);
    const merge = gitIn(origin.source, ['rev-parse', 'HEAD']);
    gitIn(origin.source, ['push', '-q', 'origin', 'feature-12', `${merge}:refs/pull/12/merge`, `${base}:refs/heads/main`]);
    const workspace = checkoutMerge(origin, 12, 'ws-12');
    expect(gitIn(workspace, ['rev-parse', 'HEAD'])).toBe(merge);

    const run = await runAction(workspace, prEvent(12, base, head), server, { comment: 'false' });
    expect(run.stdout).toMatch(/which the checkout does not have/);
    expect(run.stdout).toMatch(/^::error file=src\/client\.js,line=4,endLine=4,col=17,/m);
    // The token main gained is not the pull request's.
    expect(run.stdout).not.toMatch(/legacy\/old\.js/);
    expect(run.outputs['new-findings']).toBe('1');
    expect(run.status).toBe(1);
  });

  it('heals duplicate comments that racing runs left: the oldest is kept and updated, the rest deleted', async () => {
    const origin = makeOrigin();
    gitIn(origin.source, ['checkout', '-q', '-b', 'feature-11']);
    const head = commit(origin.source, { 'src/key.js': `const key = '${secretToken('test')}';\n` }, 'key');
    gitIn(origin.source, ['push', '-q', 'origin', 'feature-11']);
    const workspace = checkout(origin, 'feature-11', 'ws-11');
    server.comments.push(
      { id: 8_001, issue: 11, body: `${MARKER}\nfirst run`, user: 'github-actions[bot]' },
      { id: 8_002, issue: 11, body: `${MARKER}\nsecond run`, user: 'github-actions[bot]' },
    );
    const run = await runAction(workspace, prEvent(11, origin.base, head), server);
    expect(run.status).toBe(1);
    expect(commentsOn(11).map((c) => c.id)).toEqual([8_001]);
    expect(commentsOn(11)[0]!.body).toMatch(/src\/key\.js/);
    expect(server.requests.filter((r) => r.method === 'DELETE').map((r) => r.path)).toEqual([`/repos/${OWNER}/${REPO}/issues/comments/8002`]);
  });

  it('degrades to a notice when the token may not comment (a fork), and still reports and fails on findings', async () => {
    const origin = makeOrigin();
    gitIn(origin.source, ['checkout', '-q', '-b', 'feature-9']);
    const head = commit(origin.source, { 'src/key.js': `const key = '${secretToken('live')}';\n` }, 'oops');
    gitIn(origin.source, ['push', '-q', 'origin', 'feature-9']);
    const workspace = checkout(origin, 'feature-9', 'ws-9');
    server.denyWrites = true;
    try {
      const run = await runAction(workspace, prEvent(9, origin.base, head, { fork: true }), server);
      expect(run.stdout).toMatch(/^::notice::monime-guard: no pull request comment: .*403/m);
      expect(run.stdout).toMatch(/^::error file=src\/key\.js,/m);
      expect(run.summary).toContain('## monime-guard report');
      expect(run.status).toBe(1);
      const none = await runAction(workspace, prEvent(9, origin.base, head, { fork: true }), server, { 'fail-on': 'none' });
      expect(none.status).toBe(0);
    } finally {
      server.denyWrites = false;
    }
    // GitHub's API down: the comment is skipped with a warning; outputs and the verdict stand.
    server.outage = true;
    try {
      const run = await runAction(workspace, prEvent(9, origin.base, head), server, { 'fail-on': 'none' });
      expect(run.stdout).toMatch(/^::warning::monime-guard: could not update the pull request comment: .*502/m);
      expect(run.outputs).toMatchObject({ findings: '1', 'new-findings': '1' });
      expect(run.status).toBe(0);
    } finally {
      server.outage = false;
    }
    expect(commentsOn(9)).toEqual([]);
  });

  it('treats base == head and a deleted branch as nothing to scan, and names a bad input', async () => {
    const origin = makeOrigin();
    const workspace = checkout(origin, 'main', 'ws-main');
    const before = server.requests.length;
    const same = await runAction(workspace, prEvent(10, origin.base, origin.base), server);
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/base and head are the same commit/);
    const deleted = await runAction(
      workspace,
      { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, before: origin.base, after: '0'.repeat(40), ref: 'refs/heads/gone' }) },
      server,
    );
    expect(deleted.status).toBe(0);
    expect(server.requests.length).toBe(before);

    const bare = makeTempDir('monime-guard-no-checkout-');
    const noCheckout = await runAction(bare, prEvent(10, origin.base, 'c'.repeat(40)), server);
    expect(noCheckout.status).toBe(2);
    expect(noCheckout.stdout).toContain(`::error::monime-guard: GITHUB_WORKSPACE ${bare} is not a git repository: run actions/checkout before this step`);

    const bad = await runAction(workspace, prEvent(10, origin.base, origin.base), server, { 'fail-on': 'sometimes' });
    expect(bad.status).toBe(2);
    expect(bad.stdout.trim()).toBe('::error::monime-guard: input fail-on must be one of live, test, any, none, active, not "sometimes"');
  });

  it('scans what a push adds, and a new branch against the default branch', async () => {
    const origin = makeOrigin();
    gitIn(origin.source, ['checkout', '-q', '-b', 'topic']);
    const after = commit(origin.source, { 'app/config.js': `module.exports = { monime: '${secretToken('live')}' };\n` }, 'config');
    gitIn(origin.source, ['push', '-q', 'origin', 'topic']);
    const workspace = checkout(origin, 'topic', 'ws-topic');
    const created = await runAction(
      workspace,
      {
        name: 'push',
        payload: pushEvent({ owner: OWNER, repo: REPO, before: '0'.repeat(40), after, ref: 'refs/heads/topic', created: true, defaultBranch: 'main' }),
      },
      server,
    );
    expect(created.stdout).toMatch(/new branch: what [0-9a-f]{12} adds to main/);
    expect(created.outputs['new-findings']).toBe('1');
    expect(created.status).toBe(1);
    const moved = await runAction(
      workspace,
      { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, before: origin.base, after, ref: 'refs/heads/topic' }) },
      server,
    );
    expect(moved.outputs['new-findings']).toBe('1');

    // A force push whose `before` the remote no longer has: the branch is scanned as new.
    const gone = 'dead'.repeat(10);
    const forced = await runAction(
      workspace,
      { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, before: gone, after, ref: 'refs/heads/topic', defaultBranch: 'main' }) },
      server,
    );
    expect(forced.stdout).toMatch(
      /^::warning::monime-guard: cannot fetch deaddeaddead from origin \(a force push may have removed it\); scanning what [0-9a-f]{12} adds to main instead$/m,
    );
    expect(forced.outputs['new-findings']).toBe('1');
    expect(forced.status).toBe(1);
    // On the default branch itself there is nothing to compare with: the whole history.
    const onMain = checkout(origin, 'main', 'ws-main');
    const whole = await runAction(
      onMain,
      { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, before: gone, after: origin.base, ref: 'refs/heads/main', defaultBranch: 'main' }) },
      server,
    );
    expect(whole.stdout).toMatch(/scanning the full history instead/);
    expect(whole.stdout).toMatch(/fetching the full history/);
    expect(whole.status).toBe(0);
  });

  it('scans the whole history on the first push of the default branch, as when a codebase is imported into a new repository', async () => {
    const root = makeTempDir('monime-guard-import-');
    const source = path.join(root, 'source');
    fs.mkdirSync(source);
    gitIn(source, ['init', '-q']);
    commit(source, { 'config/old.env': `MONIME_TOKEN=${secretToken('live')}\n` }, 'old config');
    commit(source, { 'config/old.env': null }, 'drop the old config');
    const after = commit(source, { 'README.md': 'shop\n' }, 'readme');
    const bare = path.join(root, 'origin.git');
    gitIn(root, ['init', '-q', '--bare', bare]);
    gitIn(source, ['push', '-q', bare, 'main']);
    const workspace = checkout({ root, bare }, 'main', 'ws');
    const first = await runAction(
      workspace,
      { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, before: '0'.repeat(40), after, ref: 'refs/heads/main', defaultBranch: 'main' }) },
      server,
    );
    expect(first.stdout).toMatch(/scanning the first push of main: the whole history of [0-9a-f]{12}/);
    expect(first.stdout).toMatch(/fetching the full history/);
    expect(first.outputs['new-findings']).toBe('1');
    expect(first.status).toBe(1);
  });

  it('warns when a push that brought commits scans no file', async () => {
    const origin = makeOrigin();
    const before = origin.base;
    const after = commit(origin.source, {}, 'an empty commit');
    gitIn(origin.source, ['push', '-q', 'origin', 'main']);
    const workspace = checkout(origin, 'main', 'ws-empty');
    const run = await runAction(
      workspace,
      { name: 'push', payload: pushEvent({ owner: OWNER, repo: REPO, before, after, ref: 'refs/heads/main', defaultBranch: 'main' }) },
      server,
    );
    expect(run.stdout).toMatch(/^::warning title=monime-guard%3A empty-push::\.: the push brought commits, yet no file of them was scanned \(push: /m);
    expect(run.summary).toContain('empty-push');
    expect(run.status).toBe(0);
  });
});
