import * as fs from 'node:fs';
import * as path from 'node:path';
import { Minimatch } from 'minimatch';
import { errorCode, errorReason, SourceError } from '../errors.js';
import { lastLine, runGit } from './git/run.js';
import { ignoredEnvFiles } from './ignored-env.js';
import type { ScanWarning, WarningCode } from '../types.js';

/** One file to scan. */
export interface FileEntry {
  /** Absolute path. */
  abs: string;
  /** Path relative to the scan root, `/`-separated: what reports show. */
  rel: string;
  /** Named by the user (or matched by their glob): read even through a symlink. */
  explicit: boolean;
  /**
   * A git-ignored dotenv file (see `ignoredEnvFiles`): read only for client-prefixed variables
   * holding a token, which a front-end build inlines whatever git ignores.
   */
  ignoredEnv?: boolean;
}

/** Options for {@link iterateInputs}. */
export interface ListOptions {
  /** Absolute scan root; `rel` paths are relative to it. */
  root: string;
  /** Inside a git work tree, list what git tracks plus untracked files it does not ignore. */
  gitIgnore: boolean;
  /** minimatch globs (relative to the root) never to scan unless named explicitly. */
  exclude: readonly string[];
  /**
   * Filled by {@link iterateInputs} before it yields any directory: files already yielded that
   * lie inside a directory to walk, which walkers must skip so no file is scanned twice.
   */
  walkSkip?: string[];
}

/** A directory to walk, handed out whole so that walking can run on worker threads too. */
export interface DirEntry {
  /** Absolute path of the directory. */
  dir: string;
}

/** What a listing yields: a file to scan, or a directory to walk. */
export type ListItem = FileEntry | DirEntry;

/** Directories never descended into: git's database and installed dependencies. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Turns absolute paths into entries: the path relative to the root, and the `exclude` check. */
export interface FileNamer {
  /** Path relative to the scan root, `/`-separated. */
  relative(abs: string): string;
  /** The entry for a file, or undefined when an `exclude` glob drops it (named files never are). */
  toEntry(abs: string, explicit: boolean): FileEntry | undefined;
}

/**
 * Builds the {@link FileNamer} for a root and its `exclude` globs. `skip` holds files that were
 * named on their own and must not be met again while walking (read at each call: it may grow).
 */
export function createNamer(root: string, exclude: readonly string[], skip: readonly string[] = []): FileNamer {
  const excluded = exclude.length > 0 ? exclude.map((glob) => new Minimatch(glob, { dot: true })) : undefined;
  const rootPrefix = root.endsWith(path.sep) ? root : root + path.sep;
  const relative = (abs: string): string =>
    abs.startsWith(rootPrefix) ? toPosix(abs.slice(rootPrefix.length)) : toPosix(path.relative(root, abs)) || path.basename(abs);
  return {
    relative,
    toEntry(abs, explicit) {
      if (!explicit && skip.length > 0 && skip.includes(abs)) return undefined;
      const rel = relative(abs);
      if (!explicit && excluded?.some((glob) => glob.match(rel))) return undefined;
      return { abs, rel, explicit };
    },
  };
}

/**
 * The one directory walk for sources that look for files of their own kinds (build output, token
 * configurations): every file under `dir` whose name `accept` takes, sorted. Like the file
 * scanner's walk, it never follows a symbolic link, never enters `.git` or a directory in
 * `skipDirs`, and leaves out what the scan's `exclude` globs drop (through `namer`).
 */
export function walkTree(dir: string, options: { namer: FileNamer; skipDirs: ReadonlySet<string>; accept: (name: string) => boolean }): string[] {
  const files: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && !options.skipDirs.has(entry.name)) stack.push(full);
      } else if (entry.isFile() && options.accept(entry.name) && options.namer.toEntry(full, false)) {
        files.push(full);
      }
    }
  }
  return files.sort();
}

/**
 * Expands paths, directories and globs into files to scan and directories to walk, lazily.
 * Inside a git work tree a directory becomes the files git lists; elsewhere it is yielded as a
 * {@link DirEntry} for {@link walkSome}. Paths that do not exist (and are not globs) throw a
 * {@link SourceError} before anything is yielded; problems below a named path are warnings,
 * pushed to `warnings` as they are met.
 */
export async function iterateInputs(inputs: readonly string[], options: ListOptions, warnings: ScanWarning[]): Promise<Generator<ListItem>> {
  if (inputs.some((input) => GLOB_SYNTAX.test(input))) fastGlob ??= (await import('fast-glob')).default;
  // Resolved before the generator starts, so a path that does not exist throws here, at the call.
  const resolved = inputs.map((input) => resolveInput(input, options.root));
  return listResolved(resolved, options, warnings);
}

function* listResolved(resolved: readonly ResolvedInput[], options: ListOptions, warnings: ScanWarning[]): Generator<ListItem> {
  const namer = createNamer(options.root, options.exclude);
  const seen = new Set<string>();
  const entry = (abs: string, explicit: boolean): FileEntry | undefined => {
    if (seen.has(abs)) return undefined;
    seen.add(abs);
    return namer.toEntry(abs, explicit);
  };
  const warn = (abs: string, code: WarningCode, message: string): void => {
    warnings.push({ path: namer.relative(abs), code, message });
  };

  // Directories to walk go last, so the files yielded before them are known and skipped by walkers.
  const walkDirs: string[] = [];
  for (const { input, abs, stat, error } of resolved) {
    if (!stat) {
      const code = errorCode(error);
      if (code === 'ENOENT' && isSymlink(abs)) {
        warn(abs, 'broken-symlink', `${input}: symlink points to nothing`);
      } else if (code === 'ENOENT' && isGlob(input)) {
        const matches = globFiles(input, options.root);
        if (matches.length === 0) warn(abs, 'no-match', `${input}: pattern matched no files`);
        for (const match of matches) {
          const file = entry(match, true);
          if (file) yield file;
        }
      } else if (code === 'ELOOP') {
        warn(abs, 'symlink-loop', `${input}: symlink loop, skipped`);
      } else {
        warn(abs, 'unreadable', `${input}: cannot read (${code ?? String(error)})`);
      }
    } else if (stat.isFile()) {
      const file = entry(abs, true);
      if (file) yield file;
    } else if (stat.isDirectory()) {
      const listed = options.gitIgnore ? gitFiles(abs) : undefined;
      if (listed?.warning) warn(abs, 'git', listed.warning);
      for (const { abs: where, reason } of listed?.unscanned ?? [])
        warn(where, 'submodule', `${namer.relative(where)}: a submodule or nested repository, not scanned: ${reason}`);
      if (listed?.files) {
        for (const listedFile of listed.files) {
          const file = entry(listedFile, false);
          if (file) yield file;
        }
        for (const envFile of ignoredEnvFiles(abs, listed.files)) {
          const file = entry(envFile, false);
          if (file) yield { ...file, ignoredEnv: true };
        }
      } else {
        walkDirs.push(abs);
      }
    } else {
      warn(abs, 'not-regular', `${input}: not a regular file (FIFO, socket or device), skipped; pipe its content to \`-\` instead`);
    }
  }
  // A directory inside another one that is walked anyway (`scan . src`) is walked once.
  const within = (child: string, parent: string): boolean => child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
  const roots = [...new Set(walkDirs)].filter((dir, _, all) => !all.some((other) => other !== dir && within(dir, other)));
  for (const file of seen) if (roots.some((dir) => within(file, dir))) options.walkSkip?.push(file);
  for (const dir of roots) yield { dir };
}

/**
 * Walks directories from `stack` until `budget` files were handed to `onFile` (finishing the
 * directory at hand), leaving the directories not yet read on `stack`. Symlinks are not followed,
 * `.git` and `node_modules` are pruned. A budget lets a worker walk part of a tree and give the
 * rest back, so two threads share one large directory tree.
 */
export function walkSome(stack: string[], budget: number, namer: FileNamer, onFile: (entry: FileEntry) => void, warnings: ScanWarning[]): void {
  let files = 0;
  while (files < budget) {
    const dir = stack.pop();
    if (dir === undefined) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const rel = namer.relative(dir);
      warnings.push({ path: rel, code: 'unreadable', message: `${rel}: cannot list directory (${errorReason(error)})` });
      continue;
    }
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const dirent of entries) {
      if (dirent.isDirectory()) {
        if (!SKIPPED_DIRS.has(dirent.name)) stack.push(prefix + dirent.name);
      } else if (dirent.isFile()) {
        const entry = namer.toEntry(prefix + dirent.name, false);
        if (entry) {
          onFile(entry);
          files++;
        }
      }
      // Symlinks, FIFOs, sockets and devices found while walking are skipped without a word:
      // following symlinks risks loops and scanning outside the tree. Reports are sorted later,
      // so directory order does not matter.
    }
  }
}

/** A named input with what `stat` (following symlinks: the user asked for this path) said of it. */
interface ResolvedInput {
  input: string;
  abs: string;
  stat?: fs.Stats;
  error?: unknown;
}

/**
 * Checks a named input up front, so a path that does not exist fails the scan at once instead
 * of after other inputs were scanned.
 */
function resolveInput(input: string, root: string): ResolvedInput {
  const abs = path.resolve(root, input);
  try {
    return { input, abs, stat: fs.statSync(abs) };
  } catch (error) {
    const code = errorCode(error);
    if ((code === 'ENOENT' || code === 'ENOTDIR') && !isSymlink(abs) && !isGlob(input)) {
      throw new SourceError(`${input}: no such file or directory`);
    }
    return { input, abs, error };
  }
}

/** What {@link gitFiles} found: the files to scan, a warning about git itself, and what it could not scan. */
interface GitListing {
  files?: string[];
  warning?: string;
  /** Submodules and nested repositories that were not scanned, each with why. */
  unscanned?: { abs: string; reason: string }[];
}

/**
 * Asks git which files of `dir` it tracks or would track. Returns undefined files outside a work
 * tree, or when the directory is one git ignores (it was named, so it is scanned whole). Git's
 * answers are read from exit codes and output, never from its (translatable) messages. A
 * submodule (a gitlink in the index) or a nested repository (an untracked directory git lists as
 * `dir/`) is another repository: its files are listed by its own git, with its own ignore rules;
 * one that is not checked out is named in `unscanned`. A tracked file deleted from the work tree is
 * not there to scan: git tags it removed (`R`), and it is left out rather than warned about as a
 * file that disappeared during the scan.
 */
function gitFiles(dir: string): GitListing | undefined {
  // The index with tags and modes, to tell removed files (`R`) and submodules (mode 160000) from
  // files; then what git would add.
  const listed = runGit(['ls-files', '-z', '-t', '--cached', '--stage', '--deleted'], { cwd: dir });
  if (!listed.ran) {
    const code = errorCode(listed.error);
    // An unreadable directory cannot be a work tree we could list; walking it reports why.
    if (code === 'EACCES') return undefined;
    return {
      warning:
        code === 'ENOENT'
          ? 'git is not on PATH: files that .gitignore excludes are scanned too'
          : `cannot run git (${code ?? listed.error.message}): scanning without .gitignore`,
    };
  }
  const others = listed.status === 0 ? runGit(['ls-files', '-z', '--others', '--exclude-standard'], { cwd: dir }) : listed;
  const failed = !others.ran ? { status: 128, stderr: Buffer.from(others.error.message) } : others.status !== 0 ? others : undefined;
  if (failed) {
    // Outside a work tree (or inside .git) this is not git's to list: the directory is walked.
    const inside = runGit(['rev-parse', '--is-inside-work-tree'], { cwd: dir });
    if (!inside.ran || inside.status !== 0 || inside.stdout.toString('utf8').trim() !== 'true') return undefined;
    return { warning: `git ls-files failed (${lastLine(failed.stderr) || `exit code ${failed.status}`}): scanning without .gitignore` };
  }
  const names = new Set<string>();
  const nested: string[] = [];
  const removed = new Set<string>();
  for (const entry of listed.stdout.toString('utf8').split('\0')) {
    // `<tag> SP <mode> SP <id> SP <stage> TAB <path>`; an unmerged path has up to three stages,
    // and a removed one comes twice (cached, then `R`).
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const name = entry.slice(tab + 1);
    if (entry.startsWith('R ')) removed.add(name);
    else if (entry.slice(2).startsWith('160000 ')) nested.push(name);
    else names.add(name);
  }
  for (const name of removed) names.delete(name);
  for (const name of (others.ran ? others.stdout : Buffer.alloc(0)).toString('utf8').split('\0')) {
    if (name === '') continue;
    if (name.endsWith('/')) nested.push(name.slice(0, -1));
    else names.add(name);
  }
  // check-ignore exits 0 when the path is ignored, 1 when it is not.
  if (names.size === 0 && nested.length === 0) {
    const ignored = runGit(['check-ignore', '-q', '.'], { cwd: dir });
    if (ignored.ran && ignored.status === 0) return undefined;
  }
  const files: string[] = [];
  for (const name of names) {
    if (name.split('/').some((segment) => SKIPPED_DIRS.has(segment))) continue;
    files.push(path.join(dir, name));
  }
  const listing: GitListing = { files };
  for (const name of nested) {
    if (name.split('/').some((segment) => SKIPPED_DIRS.has(segment))) continue;
    const abs = path.join(dir, name);
    const inner = fs.existsSync(path.join(abs, '.git')) ? gitFiles(abs) : undefined;
    if (inner?.files) files.push(...inner.files);
    if (inner?.unscanned) (listing.unscanned ??= []).push(...inner.unscanned);
    if (!inner?.files) {
      const reason = inner?.warning ?? 'it is not checked out (git submodule update --init checks it out)';
      (listing.unscanned ??= []).push({ abs, reason });
    }
  }
  return listing;
}

/** Expands a glob relative to the root; symlinks are not followed and dependencies are skipped. */
function globFiles(pattern: string, root: string): string[] {
  const matches = loadedFastGlob().sync(pattern, {
    cwd: root,
    dot: true,
    onlyFiles: true,
    absolute: true,
    followSymbolicLinks: false,
    unique: false,
    suppressErrors: true,
  });
  return matches.filter((abs) => !abs.split(/[\\/]/).some((segment) => SKIPPED_DIRS.has(segment))).sort();
}

/**
 * fast-glob is loaded only when an input has glob syntax: it is the heaviest module on the scan
 * path (about 30 ms to load, and most of the bundled command line's bytes) and most scans name
 * no glob. {@link iterateInputs} loads it before it looks at the inputs.
 */
let fastGlob: typeof import('fast-glob') | undefined;
function loadedFastGlob(): typeof import('fast-glob') {
  if (!fastGlob) throw new Error('fast-glob was not loaded before a glob was expanded');
  return fastGlob;
}

/** Characters without which no input is a glob. */
const GLOB_SYNTAX = /[*?[\]{}()!]/;

/** A cheap look for glob syntax first; fast-glob decides only for names that have some. */
function isGlob(input: string): boolean {
  return GLOB_SYNTAX.test(input) && loadedFastGlob().isDynamicPattern(input);
}

function isSymlink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A path with `/` separators, as reports show paths on every platform. */
export function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
