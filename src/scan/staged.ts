import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError, SourceError } from '../errors.js';
import { openRepository } from '../sources/git/repo.js';
import { git } from '../sources/git/run.js';
import type { ScanResult } from '../types.js';
import { entryPath } from './archive.js';
import { scanBlobs } from './history.js';
import { mergeBatch, type BatchResult } from './scan-input.js';
import { runSources, type Source } from './pipeline.js';
import type { BaseScanOptions } from './setup.js';

/** Options for {@link scanStaged}. */
export interface StagedOptions extends BaseScanOptions {
  /**
   * Only these paths (relative to the root), as the pre-commit framework names them. A named path
   * with a staged change is scanned as above; a named path without one is scanned whole, as the
   * index holds it (that is what `pre-commit run --all-files` asks for). Staged changes to paths
   * not named are left to the run that names them. An empty list names nothing, so everything
   * staged is scanned.
   */
  paths?: readonly string[];
}

/** A staged change: the blob the next commit will hold at `path`, and the one HEAD holds. */
interface StagedChange {
  path: string;
  staged: string;
  /** The blob at this path (or the rename's source) in HEAD; absent for a new file. */
  head?: string;
}

/**
 * Scans what the next commit would add: the content of the index (not the working tree) for
 * every path that differs from HEAD, with line numbers of the staged file. Tokens HEAD already
 * holds in the same file (or the file it was renamed from) were committed before and are not
 * reported again. Works before the first commit, with renames, partial staging and deletions;
 * paths with unresolved merge conflicts are warned about, since git will not commit them.
 */
export async function scanStaged(options: StagedOptions = {}): Promise<ScanResult> {
  return runSources(options, () => [stagedSource(options)]);
}

/** The index of the repository at the root: what the next commit adds, as staged. */
export function stagedSource(options: StagedOptions): Source {
  return {
    name: 'staged',
    async read(setup, into) {
      const repo = openRepository(setup.root);
      if (repo.bare) throw new SourceError(`${setup.root}: a bare repository has no index to scan`);
      let changes = stagedChanges(repo.cwd, repo.head ?? repo.emptyTree, into);
      if (options.paths && options.paths.length > 0) changes = namedChanges(repo.workTree!, setup.root, options.paths, changes);

      // Identical files share a blob: each blob is scanned once, and its findings given to every path.
      const byBlob = await scanBlobs(repo.cwd, new Map(changes.map((c) => [c.staged, c.path])), setup.settings);

      // Only files with findings need their HEAD version, to tell old tokens from new ones.
      const withFindings = changes.filter((c) => c.head && (byBlob.get(c.staged)?.findings.length ?? 0) > 0);
      const committed = new Map<string, Set<string>>();
      for (const [id, previous] of await scanBlobs(repo.cwd, new Map(withFindings.map((c) => [c.head!, c.path])), setup.settings)) {
        committed.set(id, new Set(previous.findings.map((f) => f.fingerprint)));
      }
      for (const change of changes) {
        const own = byBlob.get(change.staged);
        if (!own) continue;
        const old = change.head ? committed.get(change.head) : undefined;
        mergeBatch(into, {
          ...own,
          findings: own.findings
            .filter((f) => !old?.has(f.fingerprint))
            .map((f) => {
              const entry = f.origin.kind === 'blob' ? f.origin.entry : undefined;
              return {
                ...f,
                path: entry ? entryPath(change.path, entry) : change.path,
                origin: { kind: 'blob' as const, path: change.path, ...(entry ? { entry } : {}), blob: change.staged },
              };
            }),
          placeholders: own.placeholders.map((p) => ({ ...p, path: change.path })),
        });
      }
    },
  };
}

/**
 * Narrows the staged changes to the named paths, and adds the named paths that have no staged
 * change as whole files (their index blob, with nothing in HEAD to subtract).
 */
function namedChanges(workTree: string, root: string, paths: readonly string[], changes: readonly StagedChange[]): StagedChange[] {
  const named = new Set(paths.map((p) => path.relative(workTree, path.resolve(root, p)).split(path.sep).join('/')));
  const kept = changes.filter((change) => named.has(change.path));
  for (const change of kept) named.delete(change.path);
  if (named.size === 0) return kept;
  // Literal pathspecs: a file named `*.js` or `:x` means that file, not a pattern.
  const out = git(['--literal-pathspecs', 'ls-files', '--stage', '-z', '--', ...named], { cwd: workTree }).stdout.toString('utf8');
  const listed: string[] = [];
  for (const entry of out.split('\0')) {
    // `<mode> SP <id> SP <stage> TAB <path>`; conflicted paths (stage 1-3) were warned about already.
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    listed.push(entry.slice(tab + 1));
    const [mode, id, stage] = entry.slice(0, tab).split(' ');
    if (stage !== '0' || !id || mode === '160000' || mode === '120000') continue;
    kept.push({ path: entry.slice(tab + 1), staged: id });
  }
  requireIndexed(workTree, root, paths, named, listed);
  return kept;
}

/**
 * Fails on a named path the index does not hold: a typo, or a file never added, would otherwise
 * be scanned as nothing and pass. A path whose deletion is staged (HEAD has it) adds nothing,
 * so it is no error.
 */
function requireIndexed(workTree: string, root: string, paths: readonly string[], named: ReadonlySet<string>, listed: readonly string[]): void {
  for (const name of named) {
    if (listed.some((file) => file === name || file.startsWith(`${name}/`))) continue;
    const inHead = git(['--literal-pathspecs', 'ls-tree', '--name-only', 'HEAD', '--', name], { cwd: workTree, okCodes: [128] });
    if (inHead.status === 0 && inHead.stdout.length > 0) continue;
    const given = paths.find((p) => path.relative(workTree, path.resolve(root, p)).split(path.sep).join('/') === name) ?? name;
    const exists = fs.existsSync(path.resolve(root, given));
    throw new InputError(
      exists
        ? `${given}: not in the index, so nothing of it is staged (git add it first, or scan the working tree with monime-guard scan ${given})`
        : `${given}: no such file in the index or the working tree`,
    );
  }
}

/** The index's changes against `base` (HEAD, or the empty tree before the first commit). */
function stagedChanges(cwd: string, base: string, result: BatchResult): StagedChange[] {
  const out = git(['diff-index', '--cached', '--raw', '-z', '--no-abbrev', '-M', base], { cwd }).stdout.toString('utf8');
  const fields = out.split('\0');
  const changes: StagedChange[] = [];
  for (let i = 0; i < fields.length - 1;) {
    // `:<old mode> <new mode> <old id> <new id> <status>`, then one path (two for renames and copies).
    const [oldMode = '', newMode = '', oldId = '', newId = '', status = ''] = fields[i]!.slice(1).split(' ');
    const paths = status.startsWith('R') || status.startsWith('C') ? 2 : 1;
    const path = fields[i + paths]!;
    i += 1 + paths;
    if (status === 'D') continue;
    if (status === 'U') {
      result.warnings.push({ path, code: 'unmerged', message: `${path}: unresolved merge conflict, not scanned (resolve it and stage the result)` });
      continue;
    }
    // Submodules (160000) are commits of other repositories; symlinks (120000) hold a path.
    if (newMode === '160000' || newMode === '120000') continue;
    const head = /^0+$/.test(oldId) || oldMode === '160000' ? undefined : oldId;
    changes.push({ path, staged: newId, ...(head ? { head } : {}) });
  }
  return changes;
}
