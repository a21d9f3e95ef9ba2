/**
 * The fake GitHub and the event payloads the action's end-to-end tests stand on, checked with the
 * client the action itself uses: a real @octokit/rest Octokit over real HTTP.
 */
import { createRequire } from 'node:module';
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { pullRequestEvent, pushEvent } from './events.js';
import {
  ACTIONS_BOT_LOGIN,
  FAKE_REPOSITORY_ID,
  PULL_REQUEST_COMMITS_LIMIT,
  startFakeGitHub,
  type FakeGitHub,
  type FakeGitHubOptions,
} from './github-server.js';

const OWNER = 'octo-shop';
const REPO = 'storefront';
const where = { owner: OWNER, repo: REPO };

/** A fake 40-hex commit id, distinct per `n`. */
const sha = (n: number): string => n.toString(16).padStart(40, 'c');

/** Octokit logs every failed request; the failures here are the point, so keep them quiet. */
const quiet = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

let server: FakeGitHub | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Partial<FakeGitHubOptions> = {}): Promise<{ fake: FakeGitHub; octokit: Octokit }> {
  const fake = await startFakeGitHub({ ...where, ...options });
  server = fake;
  return { fake, octokit: new Octokit({ auth: 'test-token', baseUrl: fake.url, log: quiet }) };
}

/** The error a promise rejects with, for asserting on its fields. */
async function rejection(promise: Promise<unknown>): Promise<Error & { status?: number; response?: { data?: unknown; headers?: Record<string, unknown> } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the request to fail');
}

describe('fake GitHub: issue comments', () => {
  it('pages 250 comments by its Link headers, in order, and Octokit collects them all', async () => {
    const bodies = Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`);
    const { fake, octokit } = await start({
      comments: [...bodies.map((body) => ({ issue: 7, body, user: 'reviewer' })), { issue: 8, body: 'elsewhere', user: 'reviewer' }],
    });
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: 7, per_page: 100 });
    expect(all.map((comment) => comment.body)).toEqual(bodies);
    expect(new Set(all.map((comment) => comment.id)).size).toBe(250);
    // The first URL is Octokit's; the others come from rel="next", which names the repository by id.
    expect(fake.requests.map(({ method, path, query }) => ({ method, path, query }))).toEqual([
      { method: 'GET', path: `/repos/${OWNER}/${REPO}/issues/7/comments`, query: { per_page: '100' } },
      { method: 'GET', path: `/repositories/${FAKE_REPOSITORY_ID}/issues/7/comments`, query: { per_page: '100', page: '2' } },
      { method: 'GET', path: `/repositories/${FAKE_REPOSITORY_ID}/issues/7/comments`, query: { per_page: '100', page: '3' } },
    ]);
    expect(fake.requests.every((request) => request.headers.authorization === 'token test-token')).toBe(true);
  });

  it('writes Link headers exactly as GitHub did in a recorded pagination', async () => {
    // @octokit/fixtures recorded GitHub paging 13 issues by 3: five pages, each with its Link.
    const recorded = createRequire(import.meta.url)('@octokit/fixtures/scenarios/api.github.com/paginate-issues/normalized-fixture.json') as Array<{
      headers: { link: string };
    }>;
    const { fake, octokit } = await start({ comments: Array.from({ length: 13 }, (_, i) => ({ issue: 7, body: `c${i}`, user: 'reviewer' })) });
    const ours = `${fake.url}/repositories/${FAKE_REPOSITORY_ID}/issues/7/comments`;
    let url = `/repos/${OWNER}/${REPO}/issues/7/comments?per_page=3`;
    const links: string[] = [];
    for (;;) {
      const response = await octokit.request(`GET ${url}`);
      links.push(String(response.headers.link));
      const next = /<([^>]+)>; rel="next"/.exec(String(response.headers.link));
      if (!next?.[1]) break;
      url = next[1];
    }
    expect(links).toEqual(recorded.map((step) => step.headers.link.replaceAll('https://api.github.com/repositories/1000/issues', ours)));
  });

  it('pages by 30 unless asked, never by more than 100, and sends no Link for one page', async () => {
    const { octokit } = await start({ comments: Array.from({ length: 120 }, (_, i) => ({ issue: 3, body: `c${i}`, user: 'reviewer' })) });
    const byDefault = await octokit.rest.issues.listComments({ ...where, issue_number: 3 });
    expect(byDefault.data).toHaveLength(30);
    expect(byDefault.headers.link).toBe(
      `<${server!.url}/repositories/${FAKE_REPOSITORY_ID}/issues/3/comments?page=2>; rel="next", <${server!.url}/repositories/${FAKE_REPOSITORY_ID}/issues/3/comments?page=4>; rel="last"`,
    );
    const capped = await octokit.rest.issues.listComments({ ...where, issue_number: 3, per_page: 500 });
    expect(capped.data).toHaveLength(100);
    const single = await octokit.rest.issues.listComments({ ...where, issue_number: 4 });
    expect(single.data).toEqual([]);
    expect(single.headers.link).toBeUndefined();
  });

  it('answers with GitHub-shaped comments and headers', async () => {
    const { octokit } = await start({ comments: [{ issue: 5, body: 'looks good', user: OWNER }] });
    const response = await octokit.rest.issues.listComments({ ...where, issue_number: 5 });
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}:[0-9A-F]{5}:[0-9A-F]{6}:[0-9A-F]{6}:[0-9A-F]{8}$/);
    const [comment] = response.data;
    expect(comment).toMatchObject({
      url: `${server!.url}/repos/${OWNER}/${REPO}/issues/comments/${comment!.id}`,
      html_url: `https://github.com/${OWNER}/${REPO}/pull/5#issuecomment-${comment!.id}`,
      issue_url: `${server!.url}/repos/${OWNER}/${REPO}/issues/5`,
      body: 'looks good',
      user: { login: OWNER, type: 'User' },
      author_association: 'OWNER',
      reactions: { total_count: 0 },
    });
    expect(comment!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(Buffer.from(comment!.node_id, 'base64').toString()).toBe(`012:IssueComment${comment!.id}`);
  });

  it('creates a comment as github-actions[bot], then updates that same comment', async () => {
    const { fake, octokit } = await start();
    const created = await octokit.rest.issues.createComment({ ...where, issue_number: 7, body: 'first' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ body: 'first', user: { login: ACTIONS_BOT_LOGIN, type: 'Bot', id: 41898282 }, author_association: 'NONE' });
    expect(fake.comments).toEqual([{ id: created.data.id, issue: 7, body: 'first', user: ACTIONS_BOT_LOGIN }]);

    const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: Number(created.data.id), body: 'second' });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ id: created.data.id, body: 'second', created_at: created.data.created_at });
    expect(fake.comments).toEqual([{ id: created.data.id, issue: 7, body: 'second', user: ACTIONS_BOT_LOGIN }]);
    expect(fake.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/7/comments`, body: { body: 'first' } },
      { method: 'PATCH', path: `/repos/${OWNER}/${REPO}/issues/comments/${created.data.id}`, body: { body: 'second' } },
    ]);

    const missing = await rejection(octokit.rest.issues.updateComment({ ...where, comment_id: 42, body: 'x' }));
    expect(missing).toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
    const noBody = await rejection(octokit.request(`POST /repos/${OWNER}/${REPO}/issues/7/comments`, {}));
    expect(noBody).toMatchObject({ status: 422, response: { data: { message: 'Invalid request.\n\n"body" wasn\'t supplied.' } } });
    expect(fake.comments).toHaveLength(1);
  });

  it('takes a Bearer token too, and answers 400 to a body that is not JSON', async () => {
    const { fake } = await start();
    const response = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/issues/7/comments`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: '{"body": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      message: 'Problems parsing JSON',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '400',
    });
    expect(fake.requests[0]?.body).toBe('{"body": ');
    expect(fake.comments).toEqual([]);
  });

  it('refuses writes with 403 "Resource not accessible by integration" when denyWrites is set', async () => {
    const { fake, octokit } = await start({ comments: [{ issue: 9, body: 'old', user: ACTIONS_BOT_LOGIN }] });
    fake.denyWrites = true;
    const create = await rejection(octokit.rest.issues.createComment({ ...where, issue_number: 9, body: 'new' }));
    expect(create.constructor.name).toBe('RequestError');
    expect(create).toMatchObject({
      name: 'HttpError',
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
      response: {
        data: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' },
      },
    });
    const update = await rejection(octokit.rest.issues.updateComment({ ...where, comment_id: fake.comments[0]!.id, body: 'new' }));
    expect(update).toMatchObject({ status: 403 });
    // Reading still works, as with a read-only token.
    const listed = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: 9 });
    expect(listed.map((comment) => comment.body)).toEqual(['old']);
    expect(fake.comments).toEqual([expect.objectContaining({ body: 'old' })]);
  });

  it('answers 401 without credentials and 404 for other repositories and routes', async () => {
    const { fake } = await start();
    const anonymous = new Octokit({ baseUrl: fake.url, log: quiet });
    const unauthenticated = await rejection(anonymous.rest.issues.listComments({ ...where, issue_number: 1 }));
    expect(unauthenticated).toMatchObject({ status: 401, response: { data: { message: 'Requires authentication' } } });
    expect(fake.requests[0]?.headers.authorization).toBeUndefined();

    const octokit = new Octokit({ auth: 'test-token', baseUrl: fake.url, log: quiet });
    const otherRepo = await rejection(octokit.rest.issues.listComments({ owner: OWNER, repo: 'elsewhere', issue_number: 1 }));
    expect(otherRepo).toMatchObject({ status: 404, response: { data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } } });
    const unknown = await rejection(octokit.rest.repos.get(where));
    expect(unknown).toMatchObject({ status: 404, response: { data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } } });
    expect(unknown.response?.headers?.['content-type']).toBe('application/json; charset=utf-8');
  });
});

describe('fake GitHub: pull request commits', () => {
  it('pages a pull request of 300 commits to its first 250, the most GitHub lists', async () => {
    const shas = Array.from({ length: 300 }, (_, i) => sha(i + 1));
    const { fake, octokit } = await start({ pullCommits: { 12: shas } });
    const commits = await octokit.paginate(octokit.rest.pulls.listCommits, { ...where, pull_number: 12, per_page: 100 });
    expect(commits).toHaveLength(PULL_REQUEST_COMMITS_LIMIT);
    expect(commits.map((commit) => commit.sha)).toEqual(shas.slice(0, PULL_REQUEST_COMMITS_LIMIT));
    expect(fake.requests.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(fake.requests[1]?.path).toBe(`/repositories/${FAKE_REPOSITORY_ID}/pulls/12/commits`);
    expect(commits[1]).toMatchObject({
      sha: shas[1],
      html_url: `https://github.com/${OWNER}/${REPO}/commit/${shas[1]}`,
      commit: { message: 'Change 2', author: { name: OWNER }, verification: { verified: false } },
      author: { login: OWNER },
      parents: [{ sha: shas[0] }],
    });
    expect(commits[0]?.parents).toEqual([]);
  });

  it('answers 404 for a pull request it does not know', async () => {
    const { octokit } = await start({ pullCommits: { 12: [sha(1)] } });
    expect(await rejection(octokit.rest.pulls.listCommits({ ...where, pull_number: 13 }))).toMatchObject({ status: 404 });
  });
});

describe('event payloads', () => {
  const base = sha(1);
  const head = sha(2);

  it('a pull request from a branch of the same repository', () => {
    const event = pullRequestEvent({ ...where, number: 7, baseSha: base, headSha: head, headRef: 'feature-7' });
    expect(event).toMatchObject({
      action: 'opened',
      number: 7,
      repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER }, default_branch: 'main' },
      pull_request: {
        number: 7,
        html_url: `https://github.com/${OWNER}/${REPO}/pull/7`,
        base: { sha: base, ref: 'main', label: `${OWNER}:main`, repo: { full_name: `${OWNER}/${REPO}` } },
        head: { sha: head, ref: 'feature-7', label: `${OWNER}:feature-7`, repo: { full_name: `${OWNER}/${REPO}`, fork: false } },
      },
    });
    // Nothing of the example's repository, account or commits is left behind.
    expect(JSON.stringify(event)).not.toMatch(/Codertocat|Hello-World|ec26c3e57ca3|f95f852bd8fc/);
  });

  it('a pull request from a fork, and a synchronize', () => {
    const event = pullRequestEvent({
      ...where,
      number: 9,
      baseSha: base,
      headSha: head,
      fork: true,
      baseRef: 'release',
      defaultBranch: 'trunk',
      action: 'synchronize',
    });
    expect(event).toMatchObject({
      action: 'synchronize',
      before: base,
      after: head,
      repository: { full_name: `${OWNER}/${REPO}`, default_branch: 'trunk', fork: false },
      sender: { login: 'fork-author' },
      pull_request: {
        base: { ref: 'release', repo: { full_name: `${OWNER}/${REPO}` } },
        head: { sha: head, label: 'fork-author:changes', repo: { full_name: `fork-author/${REPO}`, fork: true, owner: { login: 'fork-author' } } },
      },
    });
    expect(event.pull_request.head.repo?.id).not.toBe(event.repository.id);
  });

  it('returns a fresh copy every time', () => {
    const first = pullRequestEvent({ ...where, number: 1, baseSha: base, headSha: head });
    first.pull_request.head.sha = 'changed';
    expect(pullRequestEvent({ ...where, number: 1, baseSha: base, headSha: head }).pull_request.head.sha).toBe(head);
  });

  it('pushes: an update, a new branch, a deletion', () => {
    const zero = '0'.repeat(40);
    const update = pushEvent({ ...where, before: base, after: head, ref: 'refs/heads/topic' });
    expect(update).toMatchObject({
      ref: 'refs/heads/topic',
      before: base,
      after: head,
      created: false,
      deleted: false,
      compare: `https://github.com/${OWNER}/${REPO}/compare/${base.slice(0, 12)}...${head.slice(0, 12)}`,
      head_commit: { id: head },
      repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER }, default_branch: 'main' },
    });
    expect(JSON.stringify(update)).not.toMatch(/Codertocat|Hello-World|6113728f27ae/);

    const created = pushEvent({ ...where, before: zero, after: head, ref: 'refs/heads/topic', defaultBranch: 'trunk' });
    expect(created).toMatchObject({
      created: true,
      deleted: false,
      compare: `https://github.com/${OWNER}/${REPO}/compare/topic`,
      repository: { default_branch: 'trunk' },
    });

    const deleted = pushEvent({ ...where, before: base, after: zero, ref: 'refs/heads/gone' });
    expect(deleted).toMatchObject({ created: false, deleted: true, head_commit: null, commits: [] });
  });
});
