/**
 * A stand-in for GitHub as an organisation scan meets it, on 127.0.0.1: the REST endpoints that
 * list repositories (organisation, user, single repository), with GitHub's repository objects
 * (the recording in @octokit/fixtures, typed by @octokit/openapi-types), its pagination and its
 * rate-limit and error answers; and the repositories themselves over git's smart HTTP protocol
 * (the real `git http-backend`), which checks the `Authorization` header a clone must carry.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { components } from '@octokit/openapi-types';
import { error, paginated, send, type Reply } from './github-http.js';

type ApiRepository = components['schemas']['full-repository'];

/** One repository the server lists. */
export interface ServedRepository {
  owner: string;
  name: string;
  /** Directory of a bare repository to serve; absent: listed, but its clone fails (gone from disk). */
  dir?: string;
  /** `http` (default): cloned through this server's smart HTTP; `file`: a file:// URL to `dir`. */
  transport?: 'http' | 'file';
  size?: number;
  fork?: boolean;
  archived?: boolean;
  private?: boolean;
  defaultBranch?: string;
  /** Listed under this user (GET /users/{user}/repos) rather than as an organisation's. */
  user?: boolean;
}

/** A fault the next API request answers with, once. */
export type Fault = 'primary-rate-limit' | 'secondary-rate-limit' | 'bad-gateway';

/** A running server. */
export interface FakeGitHubOrg {
  /** API base URL (as `--api-url`). */
  url: string;
  /** Faults to answer the next API requests with, in order, one each. */
  faults: Fault[];
  /** Every API request: method, path with query, and whether it carried the token. */
  apiRequests: { method: string; url: string; authorized: boolean }[];
  /** Every git request: path and the Authorization header it carried (if any). */
  gitRequests: { url: string; authorization?: string }[];
  /**
   * Git requests for a repository (`owner/name`) this returns true for are never answered, as a
   * clone that hangs: a test stops a scan at a known point with it, and no timer decides.
   */
  holdGit?: (repository: string) => boolean;
  close(): Promise<void>;
}

/** Options of {@link startFakeGitHubOrg}. */
export interface FakeGitHubOrgOptions {
  repositories: readonly ServedRepository[];
  /** The token the server accepts; private repositories are listed and served only with it. */
  token: string;
}

const require = createRequire(import.meta.url);
/** GitHub's answer for `GET /repos/octokit-fixture-org/hello-world`, as @octokit/fixtures recorded it. */
const RECORDED = (
  JSON.parse(fs.readFileSync(require.resolve('@octokit/fixtures/scenarios/api.github.com/get-repository/normalized-fixture.json'), 'utf8')) as {
    response: ApiRepository;
  }[]
)[0]!.response;

/** Starts the server; `close` stops it. */
export async function startFakeGitHubOrg(options: FakeGitHubOrgOptions): Promise<FakeGitHubOrg> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const basic = `Basic ${Buffer.from(`x-access-token:${options.token}`).toString('base64')}`;
  const fake: FakeGitHubOrg = {
    url: base,
    faults: [],
    apiRequests: [],
    gitRequests: [],
    close: () => {
      // Held git requests are still open; their connections go with the server.
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  const repositories = options.repositories.map((repo, i) => ({ repo, id: 5000 + i, object: repositoryObject(repo, 5000 + i, base) }));
  const visible = (authorized: boolean) => repositories.filter(({ repo }) => authorized || !repo.private);

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', base);
    if (url.pathname.startsWith('/git/')) {
      fake.gitRequests.push({ url: req.url ?? '', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
      const repository = /^\/git\/([^/]+\/[^/]+)\.git\//.exec(url.pathname)?.[1];
      if (repository !== undefined && fake.holdGit?.(repository)) req.resume();
      else serveGit(req, res, url, options.repositories, req.headers.authorization === basic);
      return;
    }
    const given = req.headers.authorization ?? '';
    const authorized = given === `token ${options.token}` || given === `bearer ${options.token}` || given === `Bearer ${options.token}`;
    fake.apiRequests.push({ method: req.method ?? 'GET', url: req.url ?? '', authorized });
    req.resume();
    const fault = fake.faults.shift();
    if (fault) {
      send(res, faultReply(fault));
      return;
    }
    let match: RegExpExecArray | null;
    const listing = (owner: string, user: boolean, linkBase: string): Reply => {
      const owned = visible(authorized).filter(({ repo }) => repo.owner.toLowerCase() === owner.toLowerCase() && (repo.user ?? false) === user);
      if (owned.length === 0 && !options.repositories.some((repo) => repo.owner.toLowerCase() === owner.toLowerCase())) {
        return { status: 404, body: error('Not Found', 'https://docs.github.com/rest', 404) };
      }
      return paginated(
        owned.map(({ object }) => object),
        url,
        linkBase,
      );
    };
    let reply: Reply;
    if ((match = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname)) || (match = /^\/organizations\/([^/]+)\/repos$/.exec(url.pathname))) {
      reply = listing(decodeURIComponent(match[1]!), false, `${base}/organizations/${match[1]}/repos`);
    } else if ((match = /^\/users\/([^/]+)\/repos$/.exec(url.pathname)) || (match = /^\/user\/([^/]+)\/repos$/.exec(url.pathname))) {
      reply = listing(decodeURIComponent(match[1]!), true, `${base}/user/${match[1]}/repos`);
    } else if ((match = /^\/repos\/([^/]+)\/([^/]+)$/.exec(url.pathname))) {
      const [owner, name] = [decodeURIComponent(match[1]!), decodeURIComponent(match[2]!)];
      const found = visible(authorized).find(({ repo }) => repo.owner.toLowerCase() === owner.toLowerCase() && repo.name.toLowerCase() === name.toLowerCase());
      reply = found
        ? { status: 200, body: found.object }
        : { status: 404, body: error('Not Found', 'https://docs.github.com/rest/repos/repos#get-a-repository', 404) };
    } else {
      reply = { status: 404, body: error('Not Found', 'https://docs.github.com/rest', 404) };
    }
    send(res, { ...reply, headers: { ...rateHeaders(4999), ...reply.headers } });
  });
  return fake;
}

/** The recorded repository object with this repository's names, URLs, size and flags. */
function repositoryObject(repo: ServedRepository, id: number, base: string): ApiRepository {
  const fullName = `${repo.owner}/${repo.name}`;
  const cloneUrl = repo.transport === 'file' && repo.dir ? `file://${repo.dir}` : `${base}/git/${fullName}.git`;
  return {
    ...RECORDED,
    id,
    node_id: Buffer.from(`010:Repository${id}`).toString('base64'),
    name: repo.name,
    full_name: fullName,
    owner: { ...RECORDED.owner, login: repo.owner },
    private: repo.private ?? false,
    visibility: repo.private ? 'private' : 'public',
    html_url: `${base}/${fullName}`,
    url: `${base}/repos/${fullName}`,
    clone_url: cloneUrl,
    git_url: `git://127.0.0.1/${fullName}.git`,
    ssh_url: `git@127.0.0.1:${fullName}.git`,
    size: repo.size ?? 10,
    fork: repo.fork ?? false,
    archived: repo.archived ?? false,
    default_branch: repo.defaultBranch ?? 'main',
  };
}

/** GitHub's rate-limit headers. */
function rateHeaders(remaining: number, resetSeconds = 3600): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetSeconds),
    'x-ratelimit-resource': 'core',
  };
}

/** The answers GitHub gives for a spent quota, a secondary limit and a bad gateway. */
function faultReply(fault: Fault): Reply {
  if (fault === 'primary-rate-limit') {
    return {
      status: 403,
      body: error('API rate limit exceeded for user ID 1.', 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting', 403),
      headers: rateHeaders(0, 1),
    };
  }
  if (fault === 'secondary-rate-limit') {
    return {
      status: 429,
      body: error(
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        429,
      ),
      headers: { ...rateHeaders(4000), 'retry-after': '1' },
    };
  }
  return { status: 502, body: { message: 'Server Error' } };
}

/**
 * Serves `/git/OWNER/NAME.git/…` through `git http-backend` (CGI): the header must carry the
 * token for a private repository, as GitHub asks; a repository without a directory is gone.
 */
function serveGit(req: http.IncomingMessage, res: http.ServerResponse, url: URL, repositories: readonly ServedRepository[], authorized: boolean): void {
  const match = /^\/git\/([^/]+)\/([^/]+)\.git(\/.*)$/.exec(url.pathname);
  const repo = match ? repositories.find((r) => r.owner === match[1] && r.name === match[2]) : undefined;
  if (!match || !repo?.dir) {
    req.resume();
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Repository not found.\n');
    return;
  }
  if (repo.private && !authorized) {
    req.resume();
    res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' }).end('Authentication failed\n');
    return;
  }
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: path.dirname(repo.dir),
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: `/${path.basename(repo.dir)}${match[3]}`,
      REQUEST_METHOD: req.method ?? 'GET',
      QUERY_STRING: url.search.replace(/^\?/, ''),
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      REMOTE_ADDR: '127.0.0.1',
    },
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  req.pipe(child.stdin);
  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      res.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) return;
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    headersSent = true;
    res.write(head.subarray(end + 4));
  });
  child.on('close', () => {
    if (!headersSent) res.writeHead(500).end();
    else res.end();
  });
}
