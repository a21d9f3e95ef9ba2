import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

/**
 * Listing repositories through GitHub's REST API (github.com or a GitHub Enterprise Server),
 * with Octokit's pagination, and its throttling and retry plugins for primary and secondary rate
 * limits, `retry-after` and 5xx answers. The token only ever goes into Octokit's `auth`.
 */

/** A repository as the listing gives it, reduced to what a scan needs. */
export interface RemoteRepository {
  /** `owner/name`. */
  fullName: string;
  /** The HTTPS clone URL the API gives (`clone_url`). */
  cloneUrl: string;
  /** The default branch, when the repository has one. */
  defaultBranch?: string;
  /** Size in KiB as GitHub reports it (the packed repository); balances shards. */
  size: number;
  fork: boolean;
  archived: boolean;
  private: boolean;
}

/** Whose repositories to list. */
export interface GitHubTargets {
  /** Organisations: every repository the token can see (`GET /orgs/{org}/repos`). */
  orgs?: readonly string[];
  /** Users: the repositories they own (`GET /users/{user}/repos`). */
  users?: readonly string[];
  /** Single repositories, `owner/name` (`GET /repos/{owner}/{repo}`). */
  repos?: readonly string[];
}

/** Options for {@link listRepositories}. */
export interface ListOptions {
  /** API base URL; default `https://api.github.com`. */
  apiUrl?: string;
  /** A token; without one only public repositories are listed. */
  token?: string;
  /** `User-Agent` sent with every request. */
  userAgent: string;
  /** Told about waits for rate limits and retries, one line each (never with the token). */
  onNotice?: (message: string) => void;
  /** Most retries of one request after a rate limit (default 3). */
  rateLimitRetries?: number;
}

/** A target that could not be listed, and why in one line. */
export interface ListingFailure {
  target: string;
  message: string;
}

/** What the listing found. */
export interface Listing {
  /** Every repository listed, once each, sorted by full name. */
  repositories: RemoteRepository[];
  /** Targets that could not be listed. */
  failures: ListingFailure[];
}

/** The default API of github.com. */
export const DEFAULT_API_URL = 'https://api.github.com';

/** The fields of the API's repository object that a scan reads. */
interface ApiRepository {
  full_name: string;
  clone_url?: string;
  default_branch?: string;
  size?: number;
  fork?: boolean;
  archived?: boolean;
  private?: boolean;
}

/** Lists the repositories of the targets; a target that fails is a failure, not an exception. */
export async function listRepositories(targets: GitHubTargets, options: ListOptions): Promise<Listing> {
  const octokit = createClient(options);
  const found = new Map<string, RemoteRepository>();
  const failures: ListingFailure[] = [];
  const add = (repository: ApiRepository): void => {
    const remote = toRemote(repository);
    if (remote) found.set(remote.fullName.toLowerCase(), remote);
  };
  const attempt = async (target: string, list: () => Promise<void>): Promise<void> => {
    try {
      await list();
    } catch (error) {
      failures.push({ target, message: describeApiError(error) });
    }
  };
  for (const org of targets.orgs ?? []) {
    await attempt(`organisation ${org}`, async () => {
      for (const repository of await octokit.paginate(octokit.rest.repos.listForOrg, { org, type: 'all', per_page: 100 })) add(repository);
    });
  }
  for (const user of targets.users ?? []) {
    await attempt(`user ${user}`, async () => {
      for (const repository of await octokit.paginate(octokit.rest.repos.listForUser, { username: user, type: 'owner', per_page: 100 })) add(repository);
    });
  }
  for (const name of targets.repos ?? []) {
    await attempt(`repository ${name}`, async () => {
      const [owner = '', repo = ''] = name.split('/');
      add((await octokit.rest.repos.get({ owner, repo })).data);
    });
  }
  const repositories = [...found.values()].sort((a, b) => (a.fullName < b.fullName ? -1 : a.fullName > b.fullName ? 1 : 0));
  return { repositories, failures };
}

/** An Octokit client with pagination, throttling and retries, that logs nothing by itself. */
function createClient(options: ListOptions): InstanceType<typeof Octokit> {
  const GuardOctokit = Octokit.plugin(throttling, retry);
  const notice = options.onNotice ?? ((): void => undefined);
  const retries = options.rateLimitRetries ?? 3;
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _client: unknown, retryCount: number): boolean => {
      if (retryCount >= retries) {
        notice(`GitHub ${kind} rate limit on ${request.method} ${request.url}; giving up after ${retries} retries`);
        return false;
      }
      notice(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying in ${retryAfter} s`);
      return true;
    };
  return new GuardOctokit({
    baseUrl: (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, ''),
    userAgent: options.userAgent,
    ...(options.token ? { auth: options.token } : {}),
    // Octokit's own log would print to the console; its warnings go through the notice instead.
    log: { debug: () => undefined, info: () => undefined, warn: (message: string) => notice(String(message)), error: () => undefined },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
    retry: { retries: 3 },
  });
}

/** Keeps what a scan reads from an API repository; one without a clone URL cannot be scanned. */
function toRemote(repository: ApiRepository): RemoteRepository | undefined {
  if (!repository.clone_url) return undefined;
  return {
    fullName: repository.full_name,
    cloneUrl: repository.clone_url,
    ...(repository.default_branch ? { defaultBranch: repository.default_branch } : {}),
    size: repository.size ?? 0,
    fork: repository.fork === true,
    archived: repository.archived === true,
    private: repository.private === true,
  };
}

/** One line for an API failure: the status and GitHub's message, or why no answer came; never a header or the token. */
export function describeApiError(error: unknown): string {
  const failure = error as { status?: number; message?: string; response?: { data?: { message?: unknown } }; cause?: unknown };
  if (failure.response && typeof failure.status === 'number') {
    const said = typeof failure.response.data?.message === 'string' ? failure.response.data.message : undefined;
    return `HTTP ${failure.status}${said ? ` (${said})` : ''}`;
  }
  // No answer at all (Octokit calls that a 500): the innermost cause says why (ECONNREFUSED, ENOTFOUND, …).
  let cause: unknown = failure.cause;
  let reason = failure.message ?? String(error);
  while (typeof cause === 'object' && cause !== null) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string') reason = code;
    else if (typeof message === 'string' && message !== '') reason = message;
    cause = (cause as { cause?: unknown }).cause;
  }
  return `no answer: ${reason}`;
}
