import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isManifestName } from '../iac/manifest.js';
import { readObjects } from '../sources/git/objects.js';
import { openRepository, treeBlobs, type Repository } from '../sources/git/repo.js';
import { git } from '../sources/git/run.js';
import type { RemoteRepository } from '../sources/github/api.js';
import { mirrorRepository, remoteState } from '../sources/github/clone.js';
import type { Finding, RepositoryInfo } from '../types.js';
import { packageVersion } from '../version.js';
import type { StateEntry } from './github-state.js';
import { MAX_BLOB_IN_MEMORY, missingObjectWarning, scanRevisions } from './history.js';
import { iacSource } from './iac.js';
import { emptyBatch, mergeBatch, type BatchResult } from './scan-input.js';
import type { ScanSetup } from './setup.js';

/**
 * One repository of an organisation scan, from its remote to its findings: whether it changed
 * since a saved state, a mirror clone, its history and its default branch's token
 * configurations. Plain data in and out, so it runs on the calling thread or on a worker.
 */

/** What a repository's scan needs besides the scan's setup. */
export interface RepositoryJob {
  /** Token for cloning (an HTTP header for the clone URL's origin). */
  token?: string;
  /** Keep mirror clones here and fetch into them next time. */
  keepClones?: string;
  /** Scan commit and tag messages. */
  messages: boolean;
}

/** The setup a repository's scan reads: the scan's own, without the baseline (applied at the end). */
export type RepositorySetup = Omit<ScanSetup, 'baseline'>;

/** What became of one repository. */
export type Outcome =
  | { status: 'scanned'; result: BatchResult; info: RepositoryInfo; entry: StateEntry }
  | { status: 'unchanged'; result: BatchResult; info: RepositoryInfo }
  | { status: 'failed'; result: BatchResult };

/** Scans repositories, each on its own, with the scan's settings. */
export class RepositoryWork {
  /** Digest of what decides a repository's findings besides its refs: a saved result is reused only under the same. */
  readonly settingsDigest: string;

  constructor(
    private readonly setup: RepositorySetup,
    private readonly options: RepositoryJob,
  ) {
    const { rules, scanBinary, placeholders, exclude } = setup.settings;
    this.settingsDigest = digest(JSON.stringify({ version: packageVersion(), rules, scanBinary, placeholders, exclude, messages: options.messages }));
  }

  /** Scans one repository, or reuses `saved` when neither its refs nor the settings changed since. */
  async scan(remote: RemoteRepository, saved?: StateEntry): Promise<Outcome> {
    const name = remote.fullName;
    const failed = (message: string): Outcome => {
      const result = emptyBatch();
      result.warnings.push({ path: name, code: 'github', message: `${name}: ${message}` });
      return { status: 'failed', result };
    };
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-github-'));
    try {
      const refs = await remoteState(remote.cloneUrl, this.options.token, scratch);
      if (!refs.ok) return failed(`could not be read (${refs.message})`);
      if (saved && saved.refs === refs.value.digest && saved.settings === this.settingsDigest) {
        return { status: 'unchanged', result: saved.result, info: infoOf(remote, saved.revision) };
      }
      const keep = this.options.keepClones;
      const dir = keep ? path.join(keep, ...name.split('/').slice(0, -1), `${name.split('/').at(-1)}.git`) : path.join(scratch, 'clone.git');
      const existing = keep !== undefined && fs.existsSync(path.join(dir, 'HEAD'));
      if (keep && !existing) fs.mkdirSync(path.dirname(dir), { recursive: true });
      const mirrored = await mirrorRepository(remote.cloneUrl, dir, this.options.token, existing);
      if (!mirrored.ok) return failed(`could not be cloned (${mirrored.message})`);
      let result: BatchResult;
      let revision: string | undefined;
      try {
        const repo = openRepository(dir);
        revision = repo.head;
        result = await this.scanClone(repo, name, scratch);
      } catch (error) {
        return failed(`could not be read (${error instanceof Error ? error.message : String(error)})`);
      }
      const entry: StateEntry = { repository: name, refs: refs.value.digest, settings: this.settingsDigest, ...(revision ? { revision } : {}), result };
      return { status: 'scanned', result, info: infoOf(remote, revision), entry };
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }

  /** History (every ref) and the default branch's token configurations, named after the repository. */
  private async scanClone(repo: Repository, name: string, scratch: string): Promise<BatchResult> {
    const own = emptyBatch();
    if (!repo.head && !hasRefs(repo)) {
      own.warnings.push({ path: name, code: 'empty-repository', message: `${name}: the repository has no commits; nothing to scan` });
      return own;
    }
    await scanRevisions(repo, { revisions: ['--all'], base: [], messages: this.options.messages }, this.setup, own);
    if (repo.head) await this.scanConfigurations(repo, name, repo.head, path.join(scratch, 'tree'), own);
    for (const finding of own.findings) nameRepository(finding, name);
    for (const warning of own.warnings) {
      if (!warning.message.startsWith(`${name}:`)) warning.message = `${name}: ${warning.message}`;
      warning.path = `${name}/${warning.path}`;
    }
    return own;
  }

  /**
   * The IaC checks on the default branch: the files that can hold token configuration are read
   * from git into a private directory (only those; never the whole tree), checked there, and
   * reported at their path in the repository at that commit.
   */
  private async scanConfigurations(repo: Repository, name: string, head: string, dir: string, into: BatchResult): Promise<void> {
    const candidates = new Map<string, string>();
    for (const [id, file] of treeBlobs(repo, head)) if (mayHoldConfiguration(file)) candidates.set(id, file);
    if (candidates.size === 0) return;
    let written = 0;
    await readObjects(
      repo.cwd,
      candidates,
      MAX_BLOB_IN_MEMORY,
      (object) => {
        if (!object.content) return;
        // YAML and JSON files are many (lock files, CI): only those that name Monime are checked.
        const base = path.posix.basename(object.path);
        if (!/\.tf(vars)?(\.json)?$/.test(base) && !isManifestName(base) && !/onime/i.test(object.content.toString('utf8'))) return;
        const target = path.join(dir, ...object.path.split('/'));
        if (!target.startsWith(dir + path.sep)) return;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, object.content, { mode: 0o600 });
        written++;
      },
      (id, file) => into.warnings.push(missingObjectWarning(id, file, head)),
    );
    if (written === 0) return;
    const own = emptyBatch();
    await iacSource({ paths: ['.'] }).read({ ...this.setup, root: dir, settings: { ...this.setup.settings, root: dir } }, own);
    for (const finding of own.findings) {
      const file = 'path' in finding.origin ? finding.origin.path : finding.path;
      finding.origin = { kind: 'blob', path: file, commit: head };
    }
    for (const finding of own.suppressed ?? []) finding.origin = { kind: 'blob', path: finding.path, commit: head };
    for (const finding of own.suppressed ?? []) nameRepository(finding, name);
    // In a scan of many repositories, a configuration that could not be checked is a warning
    // about that repository, not a verdict on the whole run; finding none is no news at all.
    own.warnings = own.warnings.filter((warning) => warning.code !== 'nothing-to-check').map(({ level: _level, ...warning }) => warning);
    own.filesScanned = 0;
    own.bytesScanned = 0;
    mergeBatch(into, own);
  }
}

/** Whether a path in a tree can hold token configuration for the IaC checks. */
function mayHoldConfiguration(file: string): boolean {
  const base = path.posix.basename(file);
  if (file.split('/').some((part) => part === '..' || part === '.git' || part === 'node_modules' || part === '.terraform')) return false;
  return /\.(tf|tfvars|ya?ml|json)$/.test(base) || /\.tfvars\.json$/.test(base) || isManifestName(base);
}

/** Whether the repository has any ref at all (a bare clone whose HEAD names an unborn branch may still have others). */
function hasRefs(repo: Repository): boolean {
  return git(['for-each-ref', '--count=1', '--format=%(refname)'], { cwd: repo.cwd }).stdout.length > 0;
}

/** Puts the repository's name on a finding (and on the finding's own suppressed copies). */
function nameRepository(finding: Finding, name: string): void {
  if (finding.origin.kind === 'file' || finding.origin.kind === 'blob' || finding.origin.kind === 'message') finding.origin.repository = name;
}

/** The repository as reports name it: its name, its web address, the commit its default branch was at. */
function infoOf(remote: RemoteRepository, revision: string | undefined): RepositoryInfo {
  const web = remote.cloneUrl.replace(/\.git$/, '');
  return {
    name: remote.fullName,
    ...(/^https?:\/\//.test(web) ? { uri: web } : {}),
    ...(revision ? { revision } : {}),
  };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
