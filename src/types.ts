/**
 * Shared data types of the pipeline: sources → detector → findings → filters → reporters.
 * Everything here is plain data so it can cross worker threads and be serialised as JSON.
 */

/** Whether a token moves real money (`live`, prefix `mon_`) or simulated money (`test`, `mon_test_`). */
export type TokenKind = 'live' | 'test';

/** How sure the detector is that a match is a real token. 64-character bodies are `high`. */
export type Confidence = 'high' | 'medium';

/** Severity of a finding, in SARIF's vocabulary. */
export type Severity = 'error' | 'warning' | 'note';

/** How a token was written when it was not written plainly. */
export type Encoding = 'base64' | 'base64url' | 'double-base64' | 'percent' | 'unicode-escape' | 'hex-escape' | 'html-entity' | 'mixed-escape';

/** Which findings make a scan fail: live tokens only, test or live tokens, any finding, or none. */
export type FailOn = 'live' | 'test' | 'any' | 'none' | 'active';

/** A position in a text: 1-based line, 1-based column counted in UTF-16 code units (as editors and SARIF do). */
export interface Position {
  /** 1-based line number. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
}

/** A half-open range of text: `end` is the position just after the last character. */
export interface Span {
  /** First character. */
  start: Position;
  /** Position just after the last character. */
  end: Position;
}

/**
 * An inline suppression comment found on a finding's line (`monime-guard-ignore`) or the line
 * before it (`monime-guard-ignore-next-line`).
 */
export interface InlineDirective {
  /** `same-line` for `monime-guard-ignore`, `next-line` for `monime-guard-ignore-next-line`. */
  scope: 'same-line' | 'next-line';
  /** The rule the directive names; absent means every rule. */
  ruleId?: string;
  /** The text after `--`, if any. */
  reason?: string;
}

/** Where in a git repository's history a finding is (set by `history`, `staged` and `pre-push`). */
export interface GitOrigin {
  /**
   * Full id of the earliest commit that brought the content in at `path` (for a message: the
   * commit or tag it belongs to). Empty for content that is only staged, not committed.
   */
  commit: string;
  /** Author's name (tagger's, for a tag message). */
  author?: string;
  /** Author's email. */
  email?: string;
  /** Author date, ISO 8601 with the author's offset. */
  date?: string;
  /** `blob` for file content, `message` for a commit or tag message. */
  source: 'blob' | 'message';
  /** Id of the blob that holds the token (file content only). */
  blob?: string;
  /** True when the token is not in the current tree (HEAD): deleting it from the code is too late. */
  historyOnly: boolean;
  /**
   * True when the commit is one a push is about to send (`pre-push`): the remote does not have it
   * yet, so rewriting the commits removes the token, and a later commit that deletes it does not.
   */
  unpushed?: true;
  /** How many other commits or paths brought the same token in. */
  otherOccurrences: number;
}

/**
 * One finding: a token (or, for later rules, a policy breach) at one place. Findings never hold a
 * secret whole: only its masked form and a fingerprint.
 */
export interface Finding {
  /** Stable rule id: `live-token`, `test-token`, … */
  ruleId: string;
  /** Severity after configuration. */
  severity: Severity;
  /** Detector confidence. */
  confidence: Confidence;
  /**
   * Whether the token is live or test. Absent when a finding is about a variable rather than a
   * token value (`client-exposed-token` on `NEXT_PUBLIC_MONIME_TOKEN=` with no token written).
   */
  tokenKind?: TokenKind;
  /**
   * Where the finding is, as reports show it: the path relative to the scan root (`/`
   * separators), the URL of a fetched resource, the name standard input goes by, or
   * `(commit message)`. {@link Finding.origin} says which of these it is.
   */
  path: string;
  /** Where the finding came from: a file in the tree, a blob in git, a commit message, a URL or standard input. */
  origin: Origin;
  /** Where the token (or its encoded form) is. */
  span: Span;
  /** The token with its body shortened to the first and last four characters. */
  masked: string;
  /** Hash of rule id and token value; survives moves, renames and rebases. */
  fingerprint: string;
  /** How the token was encoded, when it was found by decoding. */
  encoding?: Encoding;
  /**
   * `path` when the token is in the path itself (a file's or a directory's name, an archive
   * entry's name), not in the content; absent for a token in the content. Such a finding stands
   * at line 1, column 1, and is reported once per token (and repository), at the first path.
   */
  place?: 'path';
  /** Length of the token's body (the part after the prefix). */
  bodyLength: number;
  /** Inline suppression comments that apply to this place; consumed by the inline filter. */
  directives?: InlineDirective[];
  /** Where in git history the token is, for findings from git sources. */
  git?: GitOrigin;
  /** For `client-exposed-token`: the variable and the way it reaches client code. */
  exposure?: ClientExposure;
  /** For a policy finding (`iac/…`): what is wrong, in one sentence; reports show it as the message. */
  detail?: string;
  /** With `--verify`: whether Monime's API says the token works now. */
  verification?: Verification;
  /**
   * Other places that belong to this finding: for a token in a bundle, the original source line
   * its source map points to; for a token in a source map's `sourcesContent`, the map itself.
   */
  related?: RelatedLocation[];
}

/**
 * Where a finding came from. Every source says which kind: `file` for a file in the scanned tree
 * (scan, bundle, iac), `blob` for file content in git (history, pre-push: at the commit that
 * brought it in; staged: in the index, with no commit), `message` for a commit or tag message,
 * `url` for a resource fetched from a site, `stdin` for standard input. `repository`, when set,
 * names the repository among several (an organisation scan). `entry`, when set, is where inside
 * the archive at `path` the finding is: the entry's path in each archive from the outermost in
 * (`['lib/app.war', 'WEB-INF/lib/pay.jar', 'config.properties']`); {@link Finding.path} then
 * shows them joined with `!/` (`app.zip!/lib/app.war!/WEB-INF/lib/pay.jar!/config.properties`).
 */
export type Origin =
  | { kind: 'file'; path: string; entry?: string[]; repository?: string }
  | { kind: 'blob'; path: string; entry?: string[]; commit?: string; blob?: string; repository?: string }
  | { kind: 'message'; commit: string; repository?: string }
  | { kind: 'url'; url: string }
  | { kind: 'stdin'; name: string };

/**
 * What the Monime API said about a token: `active` (it authenticates), `inactive` (it does not),
 * or `unknown` (no usable answer; see {@link UnknownReason}).
 */
export type VerificationState = 'active' | 'inactive' | 'unknown';

/**
 * Why a verification is `unknown`: no answer in time (`timeout`), no connection (`network`), still
 * rate limited after the bounded retries (`rate-limit`), an answer that is not the API root's
 * (`unexpected-answer`: a 5xx, another status, a malformed body), or a redirect, which is never
 * followed with the token (`redirect`).
 */
export type UnknownReason = 'timeout' | 'network' | 'rate-limit' | 'unexpected-answer' | 'redirect';

/** The verification of one token. */
export interface Verification {
  /** What the API said. */
  state: VerificationState;
  /** For `active`: the environment the API reported (`live` or `test`); absent when it reported none. */
  environment?: 'live' | 'test';
  /** For `unknown`: why. */
  reason?: UnknownReason;
  /** One short line for humans. It never holds the token, a response body or a header value. */
  detail?: string;
  /** ISO 8601 time the answer was obtained; for an answer from the cache, when it was cached. */
  checkedAt: string;
  /** True when the answer came from the cache and no request was made. */
  cached?: boolean;
}

/** A place tied to a finding (SARIF `relatedLocations`). */
export interface RelatedLocation {
  /** Path relative to the scan root (or as the source map names it, when outside the root). */
  path: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** `original source` (where a bundle's token came from) or `source map` (where it was found). */
  role: 'original source' | 'source map';
}

/** How a Monime credential reaches client-side code. */
export interface ClientExposure {
  /** The variable (`NEXT_PUBLIC_MONIME_TOKEN`, or the server variable a config copies); empty for a token written into config. */
  variable: string;
  /** The client prefix the variable carries, when it carries one. */
  prefix?: string;
  /**
   * `bundle` (the token is in build output), `env-file`, `next-config-env`, `vite-define`,
   * `webpack-define` or `webpack-environment`.
   */
  via: 'bundle' | 'env-file' | 'next-config-env' | 'vite-define' | 'webpack-define' | 'webpack-environment';
}

/** A token-shaped string the detector rejected as a placeholder, listed by `--show-placeholders`. */
export interface Placeholder {
  /** Path relative to the scan root; `(commit message)` for a commit or tag message ({@link Placeholder.commit}). */
  path: string;
  /** For a placeholder in a commit or tag message: the id of that commit or tag. */
  commit?: string;
  /** Where it is. */
  span: Span;
  /** The text that was rejected, shortened the same way findings are. */
  masked: string;
  /** Why it was rejected (`repeated`, `sequential`, `low-entropy`, `template`, `redacted`, …). */
  reason: string;
}

/** A problem with one input that did not stop the scan: unreadable, vanished, not a regular file. */
/**
 * Every warning code, with what it means: the list the JSON Schema and the report docs give, kept
 * equal to this one by a test.
 */
export const WARNING_CODES = {
  unreadable: 'a file or directory could not be read (permissions, an I/O error)',
  vanished: 'a listed file disappeared before it was read',
  'not-regular': 'a named path is a FIFO, socket or device, so it was not read',
  'bom-mismatch': 'a file starts with a UTF-16 byte-order mark but its bytes are not UTF-16 (no zero bytes); it was read as UTF-8 after the mark',
  'binary-tables': "an app binary's string tables (DEX, compiled XML, resources.arsc, Hermes) do not parse; its printable runs were scanned instead",
  'symlink-loop': 'a named symbolic link leads to itself',
  'broken-symlink': 'a named symbolic link points to nothing',
  'no-match': 'a glob matched no file',
  git: 'git is missing or `git ls-files` failed, so `.gitignore` was not applied',
  unmerged: 'a staged path has an unresolved merge conflict and was not scanned',
  'empty-repository': 'the repository has no commits, so history had nothing to scan',
  shallow: 'the clone is shallow, so history before its first commit was not scanned',
  submodule:
    'a git submodule or nested repository was not scanned: not checked out (`scan`), or, in `history`, another repository whose history is its own (the message says how to scan it)',
  'missing-object': "a blob (or tag) is missing from git's object store, so it was not scanned; the message names it, its path and its commit",
  'empty-push': 'the action scanned a push that brought commits, yet read no file of them (they add no file, or the checkout lacks them)',
  'source-map': 'a source map could not be read, so findings in its bundle are not mapped back',
  fetch: 'a URL could not be fetched',
  'crawl-limit': 'a site crawl stopped at one of its limits; the URLs it did not reach are named',
  unresolved: 'a token configuration value could not be resolved, so no policy judged it',
  'nothing-to-check': 'no token configuration was found where `iac` looked',
  malformed: 'a token configuration file is not valid YAML, JSON or HCL, or breaks the format (level error)',
  'not-configuration': 'a file named to `iac` holds no token configuration (level error)',
  github: 'a GitHub organisation, user or repository could not be listed, cloned or read; the scan went on without it',
  unauthenticated: 'no GitHub token was given, so only public repositories were listed',
  'directive-rule': 'an inline monime-guard-ignore names a rule no rule has (the message names the nearest one); it suppresses nothing',
  'unused-directive': 'an inline monime-guard-ignore suppresses nothing (reported with --report-unused-directives or reportUnusedDirectives)',
  'archive-depth': 'an archive nested deeper than --max-archive-depth inside others was not opened',
  'archive-limit': "an archive's uncompressed bytes reached the limit; the rest of it was not read",
  'archive-bomb': "an archive entry's compression ratio passed the limit (a decompression bomb); the rest of it was not read",
  'archive-encrypted': 'an archive entry is encrypted, so it could not be read',
  'archive-corrupt': 'an archive is truncated or malformed (overlapping entries, bad offsets); what could be read was scanned',
  'archive-name': 'an archive entry has a suspicious name (`..`, an absolute path, control characters); it was scanned, never extracted',
  'archive-unsupported': 'an archive or entry uses a format or compression method that cannot be read here',
} as const;

/** A warning's machine-readable code. */
export type WarningCode = keyof typeof WARNING_CODES;

export interface ScanWarning {
  /** The path at fault, relative to the scan root where possible. */
  path: string;
  /** Machine-readable code: one of {@link WARNING_CODES}. */
  code: WarningCode;
  /** One line for a human. */
  message: string;
  /**
   * `error` for an input the command could not check at all (a malformed configuration file, a
   * named file that is no configuration): the result is incomplete, reports say so, and the
   * command exits 2. Absent for a warning.
   */
  level?: 'error';
}

/** Why a finding is not reported. */
export interface FindingSuppression {
  /** `allow`: a config `allow` entry; `inline`: a directive in the file itself; `baseline`: a baseline file. */
  by: 'allow' | 'inline' | 'baseline';
  /** The reason given, when there is one (an `allow` entry's, or the text after `--`). */
  reason?: string;
}

/** A finding that a filter took out, and why. */
export interface SuppressedFinding extends Finding {
  suppression: FindingSuppression;
}

/** Counters describing a scan. */
export interface ScanStats {
  /** Files whose content was scanned. */
  filesScanned: number;
  /** Bytes read from scanned files and stdin. */
  bytesScanned: number;
  /** Files skipped because they are binary (a NUL byte in the first 8 KiB). */
  binarySkipped: number;
  /**
   * Git-ignored dotenv files (`.env`, `.env.local`, `.env.<mode>[.local]` beside a `package.json`)
   * read for client-prefixed variables holding a token only, which front-end builds inline; absent
   * when there were none.
   */
  ignoredEnvFiles?: number;
  /** Findings removed by config `allow` entries. */
  allowed: number;
  /** Findings removed by inline `monime-guard-ignore` comments. */
  ignoredInline: number;
  /** Findings removed because the baseline already holds them. */
  baselined: number;
  /** Number of warnings. */
  warnings: number;
  /** Wall time of the scan in milliseconds. */
  durationMs: number;
  /** For a scan of many repositories (`github`): how many were listed, scanned, found unchanged since a saved state, and could not be read. */
  repositories?: RepositoryCounts;
}

/** What became of the repositories of a scan of many (`github`). */
export interface RepositoryCounts {
  /** Repositories selected to scan (after forks, archived, `--exclude` and the shard). */
  listed: number;
  /** Scanned in this run. */
  scanned: number;
  /** Not scanned again: a saved state (`--state`) held their result and the remote had not changed. */
  unchanged: number;
  /** Could not be listed, cloned or read; each is a warning naming it. */
  failed: number;
}

/**
 * The repository a git scan read (history, staged, pre-push): where it lives and which commit
 * was checked out, for SARIF's `versionControlProvenance`. The URL never holds credentials.
 */
export interface RepositoryInfo {
  /** The name findings give as `origin.repository` (`owner/name`), in a scan of several repositories. */
  name?: string;
  /** The `origin` remote as a web URL (`https://github.com/owner/repo`), when there is one. */
  uri?: string;
  /** The commit HEAD named. */
  revision?: string;
}

/** What `scan()` returns. */
export interface ScanResult {
  /** For scans of a git repository: which one, and at which commit. */
  repository?: RepositoryInfo;
  /** For a scan of several repositories (`github`): each one scanned, by name, with its commit. */
  repositories?: RepositoryInfo[];
  /** Findings that survived every filter, sorted by path, line and column. */
  findings: Finding[];
  /**
   * Findings a filter took out (an `allow` entry, an inline directive or a manifest suppression,
   * a baseline), each with who decided and why, sorted like `findings`. SARIF lists them as
   * suppressed results and JSON with `--include-suppressed`; absent where a source keeps none.
   */
  suppressed?: SuppressedFinding[];
  /** Rejected placeholders, only when asked for. */
  placeholders: Placeholder[];
  /** Per-input problems, sorted by path. */
  warnings: ScanWarning[];
  /** Counters. */
  stats: ScanStats;
}
