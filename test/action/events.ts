/**
 * Webhook payloads for the action's end-to-end tests. Each is one of GitHub's own example
 * payloads from @octokit/webhooks-examples, deep-copied and moved onto the test's repository,
 * branches and commits, so the action reads an event with every field GitHub sends rather than
 * the handful a hand-written object would have.
 */
import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';

/** A `pull_request` payload whose action is `opened` or `synchronize`. */
export type PullRequestPayload = Extract<WebhookDefinition<'pull_request'>['examples'][number], { action: 'opened' | 'synchronize' }>;

/** A `push` payload. */
export type PushPayload = WebhookDefinition<'push'>['examples'][number];

/** What a test sets on a pull request event; everything else keeps the example's value. */
export interface PullRequestEventOptions {
  /** Owner of the base repository (`repository.owner.login`). */
  owner: string;
  /** Name of the base repository (`repository.name`). */
  repo: string;
  /** The pull request number (`number` and `pull_request.number`). */
  number: number;
  /** `pull_request.base.sha`. */
  baseSha: string;
  /** `pull_request.head.sha`. */
  headSha: string;
  /** `pull_request.base.ref`; defaults to the default branch. */
  baseRef?: string;
  /** `pull_request.head.ref`; defaults to the example's `changes`. */
  headRef?: string;
  /** When true the head branch lives in a fork owned by {@link PullRequestEventOptions.forkOwner}. */
  fork?: boolean;
  /** Owner of the fork when `fork` is set; defaults to `fork-author`. */
  forkOwner?: string;
  /** `repository.default_branch` of the base repository; defaults to `main`. */
  defaultBranch?: string;
  /** The event's action; defaults to `opened`. */
  action?: 'opened' | 'synchronize';
  /** For `synchronize`: the head before the push (`before`); defaults to `baseSha`. */
  before?: string;
}

/** What a test sets on a push event; everything else keeps the example's value. */
export interface PushEventOptions {
  /** Owner of the repository (`repository.owner.login`). */
  owner: string;
  /** Name of the repository (`repository.name`). */
  repo: string;
  /** The ref's commit before the push; forty zeros when the push created the ref. */
  before: string;
  /** The ref's commit after the push; forty zeros when the push deleted the ref. */
  after: string;
  /** The full ref pushed, e.g. `refs/heads/topic`. */
  ref: string;
  /** `repository.default_branch`; defaults to `main`. */
  defaultBranch?: string;
  /** Whether the push created the ref; defaults to `before` being forty zeros. */
  created?: boolean;
}

/** The all-zero object id GitHub sends for a ref that did not exist before or after a push. */
const ZERO_SHA = '0'.repeat(40);

/** The account and repository every example payload is recorded on. */
const EXAMPLE_OWNER = 'Codertocat';
const EXAMPLE_REPO = 'Hello-World';

let definitions: WebhookDefinition[] | undefined;

/** The example catalogue (4 MB of JSON), parsed once on first use. */
function loadDefinitions(): WebhookDefinition[] {
  definitions ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
  return definitions;
}

/**
 * The first example of the `name` event that `accept` takes. The caller names the payload type
 * that goes with `name`; a missing example means the package changed shape.
 */
function findExample<T>(name: string, accept: (example: T) => boolean): T {
  const definition = loadDefinitions().find((candidate) => candidate.name === name);
  const example = (definition?.examples as T[] | undefined)?.find(accept);
  if (example === undefined) throw new Error(`@octokit/webhooks-examples has no suitable ${name} example`);
  return example;
}

/**
 * A deep copy of `value` with every match of each `from` in its strings replaced by `to`.
 * Working on the JSON text reaches every URL, label, login and e-mail address that names the
 * example's account, repository or commits, wherever the payload nests them.
 */
function renamed<T>(value: T, renames: ReadonlyArray<readonly [from: string | RegExp, to: string]>): T {
  let json = JSON.stringify(value);
  for (const [from, to] of renames) {
    const escaped = JSON.stringify(to).slice(1, -1);
    json = typeof from === 'string' ? json.split(from).join(escaped) : json.replace(from, () => escaped);
  }
  return JSON.parse(json) as T;
}

/**
 * A `pull_request` event (`opened` by default, or `synchronize`) on `owner/repo`, from base
 * `baseSha` to head `headSha`. With `fork`, the head repository, the head label and user, the pull
 * request's author and the sender belong to the fork's owner, as when an outside contributor
 * opens the pull request.
 */
export function pullRequestEvent(o: PullRequestEventOptions): PullRequestPayload {
  const action = o.action ?? 'opened';
  const example = findExample<PullRequestPayload>('pull_request', (e) => e.action === action);
  const old = example.pull_request;
  const defaultBranch = o.defaultBranch ?? 'main';
  const baseRef = o.baseRef ?? defaultBranch;
  const headRef = o.headRef ?? old.head.ref;
  const payload = renamed(example, [
    [old.head.sha, o.headSha],
    [old.base.sha, o.baseSha],
    // The pull request's own URLs: .../pulls/2, .../pull/2, .../issues/2/comments and the like.
    ...(['pulls', 'pull', 'issues'] as const).map((kind) => [new RegExp(`(?<=/${kind}/)${example.number}(?=["/#])`, 'g'), String(o.number)] as const),
    [EXAMPLE_REPO, o.repo],
    [EXAMPLE_OWNER, o.owner],
  ]);
  payload.number = o.number;
  const pr = payload.pull_request;
  pr.number = o.number;
  pr.base.ref = baseRef;
  pr.base.label = `${o.owner}:${baseRef}`;
  pr.base.sha = o.baseSha;
  pr.head.sha = o.headSha;
  pr.head.ref = headRef;
  pr.head.label = `${o.owner}:${headRef}`;
  for (const repository of [payload.repository, pr.base.repo, pr.head.repo]) {
    if (repository) repository.default_branch = defaultBranch;
  }
  if (payload.action === 'synchronize') {
    payload.before = o.before ?? o.baseSha;
    payload.after = o.headSha;
  }
  if (o.fork) {
    const forkOwner = o.forkOwner ?? 'fork-author';
    const forked = renamed(example.pull_request.head, [
      [old.head.sha, o.headSha],
      [EXAMPLE_REPO, o.repo],
      [EXAMPLE_OWNER, forkOwner],
    ]);
    // A fork is its own repository under its own account: new ids, and the fork flag set.
    forked.user.id += 1;
    if (forked.repo) {
      forked.repo.id += 1;
      forked.repo.owner.id = forked.user.id;
      forked.repo.fork = true;
      forked.repo.default_branch = defaultBranch;
    }
    pr.head = { ...forked, ref: headRef, label: `${forkOwner}:${headRef}`, sha: o.headSha };
    pr.user = forked.user;
    pr.author_association = 'CONTRIBUTOR';
    payload.sender = forked.user;
  }
  return payload;
}

/**
 * A `push` event of `ref` from `before` to `after` on `owner/repo`. `created` and `deleted`
 * follow the zero object ids unless given; a deletion has no head commit and no commits, and any
 * other push lists just its head commit (GitHub lists up to 20, so the action must not count on
 * the list being the whole push).
 */
export function pushEvent(o: PushEventOptions): PushPayload {
  const example = findExample<PushPayload>('push', (e) => e.ref.startsWith('refs/heads/') && e.head_commit !== null && e.commits.length > 0);
  const defaultBranch = o.defaultBranch ?? 'main';
  const payload = renamed(example, [
    [example.after, o.after],
    [EXAMPLE_REPO, o.repo],
    [EXAMPLE_OWNER, o.owner],
  ]);
  const created = o.created ?? o.before === ZERO_SHA;
  const deleted = o.after === ZERO_SHA;
  const web = `https://github.com/${o.owner}/${o.repo}`;
  payload.ref = o.ref;
  payload.before = o.before;
  payload.after = o.after;
  payload.created = created;
  payload.deleted = deleted;
  payload.forced = false;
  payload.base_ref = null;
  payload.repository.default_branch = defaultBranch;
  payload.repository.master_branch = defaultBranch;
  // GitHub compares a new ref by its name, and anything else as before...after by short ids.
  payload.compare = created
    ? `${web}/compare/${o.ref.replace(/^refs\/(heads|tags)\//, '')}`
    : `${web}/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`;
  if (deleted || payload.head_commit === null) {
    payload.head_commit = null;
    payload.commits = [];
  } else {
    payload.head_commit = { ...payload.head_commit, id: o.after, url: `${web}/commit/${o.after}` };
    payload.commits = [{ ...payload.head_commit }];
  }
  return payload;
}
