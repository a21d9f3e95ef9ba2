/**
 * A stand-in for the part of GitHub's REST API the action calls, served over real HTTP on
 * 127.0.0.1 so the action's own Octokit client talks to it unchanged (GITHUB_API_URL points here).
 * Bodies have GitHub's field sets (typed by @octokit/openapi-types, values shaped after the
 * recordings in @octokit/fixtures), errors have GitHub's messages, and lists page the way GitHub
 * pages them: `per_page` (default 30, at most 100), `page`, and a `Link` header whose URLs use the
 * `/repositories/{id}/…` form, so a client must follow the header rather than rebuild URLs.
 */
import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { components } from '@octokit/openapi-types';
import { error, paginated, send, type Reply } from '../support/github-http.js';

type IssueComment = components['schemas']['issue-comment'];
type PullRequestCommit = components['schemas']['commit'];
type SimpleUser = components['schemas']['simple-user'];
type GitUser = NonNullable<components['schemas']['nullable-git-user']>;

/** One request as the server received it. */
export interface RecordedRequest {
  /** Upper-case HTTP method. */
  method: string;
  /** The path without the query string, e.g. `/repos/o/r/issues/7/comments`. */
  path: string;
  /** Query parameters; a repeated name keeps its last value. */
  query: Record<string, string>;
  /** Request headers, names in lower case. */
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body; the raw text when it is not JSON; undefined when there is none. */
  body: unknown;
}

/** A comment on an issue or pull request, as the server stores it. */
export interface FakeComment {
  /** The comment id GitHub would assign. */
  id: number;
  /** The issue or pull request number it is on. */
  issue: number;
  /** The markdown body. */
  body: string;
  /** The author's login. */
  user: string;
}

/** A running fake GitHub; its state is the test's to read and change. */
export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL, e.g. http://127.0.0.1:PORT */
  url: string;
  /** Every request received, in order, including refused ones. */
  requests: RecordedRequest[];
  /**
   * Current comments, oldest first (state changes with POST/PATCH). Tests may edit the array;
   * ids must stay unique.
   */
  comments: FakeComment[];
  /**
   * When true, POST/PATCH of comments answer 403 {"message":"Resource not accessible by
   * integration", "documentation_url": ...} as GitHub does for a read-only GITHUB_TOKEN.
   */
  denyWrites: boolean;
  /** When true every request answers 502 with GitHub's `{"message":"Server Error"}`, as in an outage. */
  outage: boolean;
  /** Stops the server, dropping kept-alive connections. */
  close(): Promise<void>;
}

/** The repository the server hosts and what is in it at start. */
export interface FakeGitHubOptions {
  /** Owner of the one repository served; any other repository answers 404. */
  owner: string;
  /** Name of the one repository served. */
  repo: string;
  /** Comments present at start, oldest first; ids are assigned in this order. */
  comments?: Omit<FakeComment, 'id'>[];
  /** Pull request number → its commit SHAs, oldest first. */
  pullCommits?: Record<number, string[]>;
}

/** The numeric id of the served repository, as used in `/repositories/{id}/…` Link URLs. */
export const FAKE_REPOSITORY_ID = 1296269;

/** Who writes comments through the API: the GITHUB_TOKEN's identity. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** GitHub lists at most this many commits of a pull request (see listCommits' documentation). */
export const PULL_REQUEST_COMMITS_LIMIT = 250;

const DOCS = {
  root: 'https://docs.github.com/rest',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  updateComment: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  deleteComment: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
  listCommits: 'https://docs.github.com/rest/pulls/pulls#list-commits-on-a-pull-request',
} as const;

/** The first id handed out; far from issue numbers so a mixed-up id and number cannot pass. */
const FIRST_COMMENT_ID = 1_000_001;

/** Where pull request commits are dated from, one minute apart. */
const COMMITS_EPOCH = Date.parse('2024-05-01T12:00:00Z');

/** A reply: status, JSON body and any headers beyond the common ones. */
/** What a route handler sees. */
interface Call {
  url: URL;
  body: unknown;
  bodyIsJson: boolean;
  /** The route's captured path parameters after the repository prefix. */
  params: string[];
}

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const { owner, repo } = options;
  const startedAt = timestamp(Date.now());
  const times = new Map<number, { created: string; updated: string }>();
  const server = http.createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const api = `http://127.0.0.1:${port}`;
  const web = 'https://github.com';
  const repoApi = `${api}/repos/${owner}/${repo}`;
  const repoWeb = `${web}/${owner}/${repo}`;

  const fake: FakeGitHub = {
    url: api,
    requests: [],
    comments: (options.comments ?? []).map((comment, index) => ({ id: FIRST_COMMENT_ID + index, ...comment })),
    denyWrites: false,
    outage: false,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Octokit's fetch keeps connections alive; close() alone would wait for them to idle out.
        server.closeAllConnections();
      }),
  };

  const user = (login: string): SimpleUser => {
    const bot = login === ACTIONS_BOT_LOGIN;
    const id = bot ? 41898282 : accountId(login);
    const path = `${api}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: legacyNodeId(bot ? 'Bot' : 'User', String(id)),
      avatar_url: bot ? 'https://avatars.githubusercontent.com/in/15368?v=4' : `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url: path,
      html_url: bot ? `${web}/apps/github-actions` : `${web}/${login}`,
      followers_url: `${path}/followers`,
      following_url: `${path}/following{/other_user}`,
      gists_url: `${path}/gists{/gist_id}`,
      starred_url: `${path}/starred{/owner}{/repo}`,
      subscriptions_url: `${path}/subscriptions`,
      organizations_url: `${path}/orgs`,
      repos_url: `${path}/repos`,
      events_url: `${path}/events{/privacy}`,
      received_events_url: `${path}/received_events`,
      type: bot ? 'Bot' : 'User',
      user_view_type: 'public',
      site_admin: false,
    };
  };

  const association = (login: string): NonNullable<IssueComment['author_association']> =>
    login === ACTIONS_BOT_LOGIN ? 'NONE' : login.toLowerCase() === owner.toLowerCase() ? 'OWNER' : 'CONTRIBUTOR';

  const toIssueComment = (comment: FakeComment): IssueComment => {
    const time = times.get(comment.id) ?? { created: startedAt, updated: startedAt };
    return {
      url: `${repoApi}/issues/comments/${comment.id}`,
      // Every issue here is a pull request: the action only ever comments on those.
      html_url: `${repoWeb}/pull/${comment.issue}#issuecomment-${comment.id}`,
      issue_url: `${repoApi}/issues/${comment.issue}`,
      id: comment.id,
      node_id: legacyNodeId('IssueComment', String(comment.id)),
      user: user(comment.user),
      created_at: time.created,
      updated_at: time.updated,
      author_association: association(comment.user),
      body: comment.body,
      reactions: {
        url: `${repoApi}/issues/comments/${comment.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: null,
    };
  };

  const toCommit = (sha: string, index: number, shas: readonly string[]): PullRequestCommit => {
    const author = user(owner);
    const identity: GitUser = { name: owner, email: `${author.id}+${owner}@users.noreply.github.com`, date: timestamp(COMMITS_EPOCH + index * 60_000) };
    const parent = index > 0 ? shas[index - 1] : undefined;
    const tree = treeSha(sha);
    return {
      sha,
      node_id: legacyNodeId('Commit', `${FAKE_REPOSITORY_ID}:${sha}`),
      commit: {
        author: identity,
        committer: identity,
        message: `Change ${index + 1}`,
        tree: { sha: tree, url: `${repoApi}/git/trees/${tree}` },
        url: `${repoApi}/git/commits/${sha}`,
        comment_count: 0,
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
      },
      url: `${repoApi}/commits/${sha}`,
      html_url: `${repoWeb}/commit/${sha}`,
      comments_url: `${repoApi}/commits/${sha}/comments`,
      author,
      committer: author,
      // The first commit's parent is on the base branch, which the options do not name.
      parents: parent === undefined ? [] : [{ sha: parent, url: `${repoApi}/commits/${parent}`, html_url: `${repoWeb}/commit/${parent}` }],
    };
  };

  const writeDenied = (docs: string): Reply | undefined =>
    fake.denyWrites
      ? {
          status: 403,
          body: error('Resource not accessible by integration', docs, 403),
          headers: { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
        }
      : undefined;

  /** The `body` of a comment write, or the error GitHub gives for a missing or malformed one. */
  const commentBody = (call: Call, docs: string): string | Reply => {
    if (call.body !== undefined && !call.bodyIsJson) return { status: 400, body: error('Problems parsing JSON', docs, 400) };
    const body = (call.body as { body?: unknown } | undefined)?.body;
    if (typeof body !== 'string') return { status: 422, body: error('Invalid request.\n\n"body" wasn\'t supplied.', docs, 422) };
    return body;
  };

  const routes: Array<{ method: string; pattern: RegExp; handle: (call: Call) => Reply }> = [
    {
      method: 'GET',
      pattern: /^\/issues\/(\d+)\/comments$/,
      handle: (call) => {
        const issue = Number(call.params[0]);
        const since = Date.parse(call.url.searchParams.get('since') ?? '');
        const all = fake.comments
          .filter((comment) => comment.issue === issue)
          .map(toIssueComment)
          .filter((comment) => Number.isNaN(since) || Date.parse(comment.updated_at) >= since);
        return paginated(all, call.url, `${api}/repositories/${FAKE_REPOSITORY_ID}/issues/${issue}/comments`);
      },
    },
    {
      method: 'POST',
      pattern: /^\/issues\/(\d+)\/comments$/,
      handle: (call) => {
        const denied = writeDenied(DOCS.createComment);
        if (denied) return denied;
        const body = commentBody(call, DOCS.createComment);
        if (typeof body !== 'string') return body;
        const id = Math.max(FIRST_COMMENT_ID - 1, ...fake.comments.map((comment) => comment.id)) + 1;
        const now = timestamp(Date.now());
        const comment: FakeComment = { id, issue: Number(call.params[0]), body, user: ACTIONS_BOT_LOGIN };
        fake.comments.push(comment);
        times.set(id, { created: now, updated: now });
        const created = toIssueComment(comment);
        return { status: 201, body: created, headers: { location: created.url } };
      },
    },
    {
      method: 'PATCH',
      pattern: /^\/issues\/comments\/(\d+)$/,
      handle: (call) => {
        const denied = writeDenied(DOCS.updateComment);
        if (denied) return denied;
        const comment = fake.comments.find((candidate) => candidate.id === Number(call.params[0]));
        if (!comment) return { status: 404, body: error('Not Found', DOCS.updateComment, 404) };
        const body = commentBody(call, DOCS.updateComment);
        if (typeof body !== 'string') return body;
        comment.body = body;
        times.set(comment.id, { created: times.get(comment.id)?.created ?? startedAt, updated: timestamp(Date.now()) });
        return { status: 200, body: toIssueComment(comment) };
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/issues\/comments\/(\d+)$/,
      handle: (call) => {
        const denied = writeDenied(DOCS.deleteComment);
        if (denied) return denied;
        const index = fake.comments.findIndex((candidate) => candidate.id === Number(call.params[0]));
        if (index < 0) return { status: 404, body: error('Not Found', DOCS.deleteComment, 404) };
        fake.comments.splice(index, 1);
        return { status: 204, body: undefined };
      },
    },
    {
      method: 'GET',
      pattern: /^\/pulls\/(\d+)\/commits$/,
      handle: (call) => {
        const number = Number(call.params[0]);
        const shas = options.pullCommits?.[number];
        if (!shas) return { status: 404, body: error('Not Found', DOCS.listCommits, 404) };
        const listed = shas.slice(0, PULL_REQUEST_COMMITS_LIMIT).map((sha, index) => toCommit(sha, index, shas));
        return paginated(listed, call.url, `${api}/repositories/${FAKE_REPOSITORY_ID}/pulls/${number}/commits`);
      },
    },
  ];

  /** The repository-relative path, or undefined when the path names another repository. */
  const withinRepository = (path: string): string | undefined => {
    const byName = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path);
    // GitHub matches owner and repository names without regard to case.
    if (byName?.[1]?.toLowerCase() === owner.toLowerCase() && byName[2]?.toLowerCase() === repo.toLowerCase()) return byName[3];
    const byId = /^\/repositories\/(\d+)(\/.*)$/.exec(path);
    if (byId && Number(byId[1]) === FAKE_REPOSITORY_ID) return byId[2];
    return undefined;
  };

  const answer = (method: string, url: URL, headers: http.IncomingHttpHeaders, raw: string): Reply => {
    const authorization = headers.authorization;
    if (!authorization) return { status: 401, body: error('Requires authentication', DOCS.root, 401) };
    if (!/^(token|bearer) \S+$/i.test(authorization)) return { status: 401, body: error('Bad credentials', DOCS.root, 401) };
    const rest = withinRepository(decodeURIComponent(url.pathname));
    const route = rest === undefined ? undefined : routes.find((candidate) => candidate.method === method && candidate.pattern.test(rest));
    if (!route || rest === undefined) return { status: 404, body: error('Not Found', DOCS.root, 404) };
    const params = route.pattern.exec(rest)?.slice(1) ?? [];
    const parsed = parseJson(raw);
    return route.handle({ url, body: parsed.value, bodyIsJson: parsed.json, params });
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const url = new URL(req.url ?? '/', api);
      const raw = Buffer.concat(chunks).toString('utf8');
      fake.requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: { ...req.headers }, body: parseJson(raw).value });
      let reply: Reply;
      try {
        reply = fake.outage ? { status: 502, body: { message: 'Server Error' } } : answer(method, url, req.headers, raw);
      } catch (failure) {
        // A bug in the fake must fail the test loudly, not look like a GitHub answer.
        reply = { status: 500, body: { message: `Server Error (fake GitHub: ${(failure as Error).message})` } };
      }
      send(res, reply);
    });
  });

  return fake;
}

/** A JSON body parsed, or the raw text when it does not parse; undefined when empty. */
function parseJson(raw: string): { value: unknown; json: boolean } {
  if (raw === '') return { value: undefined, json: false };
  try {
    return { value: JSON.parse(raw) as unknown, json: true };
  } catch {
    return { value: raw, json: false };
  }
}

/** GitHub's timestamp form: ISO 8601 in UTC without milliseconds. */
function timestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A legacy global node id: base64 of a zero, the type name's length, a colon, the type and the
 * key (`MDQ6VXNlcjE=` is `04:User1`, `MDEyOklzc3VlQ29tbWVudDE=` is `012:IssueComment1`).
 */
function legacyNodeId(type: string, key: string): string {
  return Buffer.from(`0${type.length}:${type}${key}`).toString('base64');
}

/** A stable account id for a login, so the same login always gets the same user object. */
function accountId(login: string): number {
  let hash = 0;
  for (const char of login.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 1_000_000 + (hash % 90_000_000);
}

/** A stable 40-hex tree id for a commit; only its shape matters to a client. */
function treeSha(sha: string): string {
  return createHash('sha1').update(`tree of ${sha}`).digest('hex');
}
