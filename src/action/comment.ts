import { Octokit } from '@octokit/rest';
import { redactTokens } from '../findings/mask.js';
import { COMMENT_MARKER } from '../reporters/markdown.js';

/**
 * The one sticky pull request comment. It is found by a hidden marker among every comment of the
 * pull request (all pages), updated in place on every run, replaced by a short "all clear" once
 * the findings are gone, and never posted twice. A pull request that never had findings gets no
 * comment at all.
 */

/** The hidden marker that identifies the action's comment: the markdown report's first line. */
export const STICKY_MARKER = COMMENT_MARKER;

/** What happened to the comment. */
export type CommentOutcome =
  | { action: 'created' | 'updated'; id: number; url: string }
  | { action: 'skipped'; reason: string }
  | { action: 'denied'; reason: string }
  | { action: 'failed'; reason: string };

/** Where the comment goes and how to reach the API. */
export interface CommentTarget {
  apiUrl: string;
  token: string;
  owner: string;
  repo: string;
  pullRequest: number;
}

/**
 * The action's earlier comments, oldest first: those whose body starts with the marker (a person
 * mentioning the marker is not one), written by a bot when there are any (the `github-token` is
 * normally the workflow's, which writes as `github-actions[bot]`; a personal token writes as its
 * user, and then only the first such comment counts). More than one means two runs raced.
 */
function ownComments<T extends { id: number; body?: string | undefined; user?: { type?: string } | null }>(comments: readonly T[]): T[] {
  const marked = comments.filter((comment) => comment.body?.startsWith(STICKY_MARKER));
  const bots = marked.filter((comment) => comment.user?.type === 'Bot');
  return (bots.length > 0 ? bots : marked.slice(0, 1)).sort((a, b) => a.id - b.id);
}

/**
 * Creates or updates the sticky comment. `body` is the report (with the marker on its first
 * line), or undefined when there are no findings: an existing comment then becomes "all clear"
 * and no new one is posted. A token that may not write comments (a fork's pull request) is
 * reported as `denied`, and any other failure of the API as `failed`; neither is thrown.
 */
export async function upsertComment(target: CommentTarget, report: string | undefined, clear: string): Promise<CommentOutcome> {
  // What goes to GitHub passes the same mask as what the process prints.
  const body = report === undefined ? undefined : redactTokens(report);
  const allClear = redactTokens(clear);
  const octokit = new Octokit({ auth: target.token, baseUrl: target.apiUrl.replace(/\/+$/, ''), userAgent: 'monime-guard-action' });
  const where = { owner: target.owner, repo: target.repo };
  try {
    const list = async () =>
      ownComments(await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.pullRequest, per_page: 100 }));
    let [existing, ...extra] = await list();
    if (!existing) {
      if (body === undefined) return { action: 'skipped', reason: 'no findings, and no earlier comment to clear' };
      const created = await octokit.rest.issues.createComment({ ...where, issue_number: target.pullRequest, body });
      // Another run may have posted at the same moment: then the oldest stays and the rest go.
      [existing, ...extra] = await list();
      if (!existing || (existing.id === created.data.id && extra.length === 0)) return { action: 'created', id: created.data.id, url: created.data.html_url };
    }
    for (const duplicate of extra) await octokit.rest.issues.deleteComment({ ...where, comment_id: duplicate.id });
    const next = body ?? allClear;
    if (existing.body === next) return { action: 'skipped', reason: 'the comment already says this' };
    const updated = await octokit.rest.issues.updateComment({ ...where, comment_id: existing.id, body: next });
    return { action: 'updated', id: updated.data.id, url: updated.data.html_url };
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403 || status === 401 || status === 404) {
      return {
        action: 'denied',
        reason: `the token may not comment on this pull request (HTTP ${status}${/fork|integration/i.test(String((error as Error).message)) ? `: ${(error as Error).message}` : ''}); a pull request from a fork gets a read-only token`,
      };
    }
    // An outage, a rate limit or a network failure: the report stands without the comment.
    return { action: 'failed', reason: status === undefined ? String((error as Error)?.message ?? error) : `HTTP ${status}: ${(error as Error).message}` };
  }
}
