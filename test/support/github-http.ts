/**
 * What every stand-in for GitHub's REST API in the tests answers with: GitHub's headers, its
 * error body, and its pagination (`per_page`, `page` and a `Link` header to follow).
 */
import { randomBytes } from 'node:crypto';
import type * as http from 'node:http';
import type { components } from '@octokit/openapi-types';

type BasicError = components['schemas']['basic-error'];

/** A reply: status, JSON body (undefined for none) and extra headers. */
export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** GitHub's error body. */
export function error(message: string, documentationUrl: string, status: number): BasicError {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

/**
 * One page of `items` for the request `url`, with GitHub's `Link` header: rel prev, next, last,
 * first in that order, each URL the `linkBase` plus the request's other query parameters and
 * then `page`.
 */
export function paginated(items: readonly unknown[], url: URL, linkBase: string): Reply {
  const requestedPerPage = Number.parseInt(url.searchParams.get('per_page') ?? '', 10);
  const perPage = Number.isNaN(requestedPerPage) || requestedPerPage < 1 ? 30 : Math.min(requestedPerPage, 100);
  const requestedPage = Number.parseInt(url.searchParams.get('page') ?? '', 10);
  const page = Number.isNaN(requestedPage) || requestedPage < 1 ? 1 : requestedPage;
  const lastPage = Math.ceil(items.length / perPage);
  const pageUrl = (n: number): string => {
    const query = new URLSearchParams(url.searchParams);
    query.delete('page');
    query.append('page', String(n));
    return `${linkBase}?${query.toString()}`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  const body = items.slice((page - 1) * perPage, page * perPage);
  return { status: 200, body, ...(links.length > 0 ? { headers: { link: links.join(', ') } } : {}) };
}

/** Writes a reply with the headers every GitHub API response carries. */
export function send(res: http.ServerResponse, reply: Reply): void {
  // 204 No Content (a deleted comment) has no body and no content type.
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    ...(reply.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
    'content-length': Buffer.byteLength(text),
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': requestId(),
    ...reply.headers,
  });
  res.end(text);
}

/** An `x-github-request-id` in GitHub's shape, e.g. `C0FE:3A1B2:4D5E6F:7A8B9C:6650A1B2`. */
function requestId(): string {
  const hex = randomBytes(16).toString('hex').toUpperCase();
  return [hex.slice(0, 4), hex.slice(4, 9), hex.slice(9, 15), hex.slice(15, 21), hex.slice(21, 29)].join(':');
}
