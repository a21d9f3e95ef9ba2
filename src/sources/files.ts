import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { Minimatch } from 'minimatch';
import { SourceError } from '../errors.js';
import type { ScanWarning } from '../types.js';

/** One file to scan. */
export interface FileEntry {
  /** Absolute path. */
  abs: string;
  /** Path relative to the scan root, `/`-separated: what reports show. */
  rel: string;
  /** Named by the user (or matched by their glob): read even through a symlink. */
  explicit: boolean;
}

/** Options for {@link listFiles}. */
export interface ListOptions {
  /** Absolute scan root; `rel` paths are relative to it. */
  root: string;
  /** Inside a git work tree, list what git tracks plus untracked files it does not ignore. */
  gitIgnore: boolean;
  /** minimatch globs (relative to the root) never to scan unless named explicitly. */
  exclude: readonly string[];
}

/** What {@link listFiles} found. */
export interface FileList {
  files: FileEntry[];
  warnings: ScanWarning[];
}

/** Directories never descended into: git's database and installed dependencies. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/**
 * Expands paths, directories and globs into the files to scan, lazily, so scanning can start
 * while a large tree is still being listed. Paths that do not exist (and are not globs) throw a
 * {@link SourceError} before anything is yielded; problems below a named path are warnings,
 * pushed to `warnings` as they are met.
 */
export function* iterateFiles(inputs: readonly string[], options: ListOptions, warnings: ScanWarning[]): Generator<FileEntry> {
  const resolved = inputs.map((input) => resolveInput(input, options.root));
  const seen = new Set<string>();
  const excluded = options.exclude.length > 0 ? options.exclude.map((glob) => new Minimatch(glob, { dot: true })) : undefined;
  const rootPrefix = options.root.endsWith(path.sep) ? options.root : options.root + path.sep;
  const relative = (abs: string): string =>
    abs.startsWith(rootPrefix) ? toPosix(abs.slice(rootPrefix.length)) : toPosix(path.relative(options.root, abs)) || path.basename(abs);
  const entry = (abs: string, explicit: boolean): FileEntry | undefined => {
    if (seen.has(abs)) return undefined;
    const rel = relative(abs);
    if (!explicit && excluded?.some((glob) => glob.match(rel))) return undefined;
    seen.add(abs);
    return { abs, rel, explicit };
  };
  const warn = (abs: string, code: string, message: string): void => {
    warnings.push({ path: relative(abs), code, message });
  };

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
      const files = listed?.files ?? walk(abs, warn);
      for (const abs of files) {
        const file = entry(abs, false);
        if (file) yield file;
      }
    } else {
      warn(abs, 'not-regular', `${input}: not a regular file (FIFO, socket or device), skipped; pipe its content to \`-\` instead`);
    }
  }
}

/** Every file at once: {@link iterateFiles} collected. */
export function listFiles(inputs: readonly string[], options: ListOptions): FileList {
  const warnings: ScanWarning[] = [];
  const files = [...iterateFiles(inputs, options, warnings)];
  return { files, warnings };
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

/** Lists a directory's files without following symlinks, pruning `.git` and `node_modules`. */
function* walk(root: string, warn: (abs: string, code: string, message: string) => void): Generator<string> {
  const stack = [root];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warn(dir, 'unreadable', `${dir}: cannot list directory (${errorCode(error) ?? String(error)})`);
      continue;
    }
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const dirent of entries) {
      if (dirent.isDirectory()) {
        if (!SKIPPED_DIRS.has(dirent.name)) stack.push(prefix + dirent.name);
      } else if (dirent.isFile()) {
        yield prefix + dirent.name;
      }
      // Symlinks, FIFOs, sockets and devices found while walking are skipped without a word:
      // following symlinks risks loops and scanning outside the tree. Reports are sorted later,
      // so directory order does not matter.
    }
  }
}

/**
 * Asks git which files of `dir` it tracks or would track. Returns undefined files outside a work
 * tree, or when the directory is one git ignores (it was named, so it is scanned whole).
 */
function gitFiles(dir: string): { files?: string[]; warning?: string } | undefined {
  const listed = runGit(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']);
  if (listed.error === 'missing') return { warning: 'git is not on PATH: files that .gitignore excludes are scanned too' };
  if (listed.error === 'not-a-repo') return undefined;
  if (listed.error) return { warning: `git ls-files failed (${listed.error}): scanning without .gitignore` };
  const names = listed.stdout.split('\0').filter((name) => name !== '');
  if (names.length === 0 && runGit(dir, ['check-ignore', '-q', '.']).status === 0) return undefined;
  const files: string[] = [];
  for (const name of names) {
    if (name.split('/').some((segment) => SKIPPED_DIRS.has(segment))) continue;
    files.push(path.join(dir, name));
  }
  return { files };
}

function runGit(cwd: string, args: string[]): { stdout: string; status: number | null; error?: string } {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) {
    return { stdout: '', status: null, error: errorCode(result.error) === 'ENOENT' ? 'missing' : result.error.message };
  }
  if (result.status !== 0) {
    const stderr = result.stderr.trim();
    if (/not a git repository/i.test(stderr)) return { stdout: '', status: result.status, error: 'not-a-repo' };
    if (args[0] === 'check-ignore') return { stdout: '', status: result.status };
    return { stdout: '', status: result.status, error: stderr.split('\n')[0] || `exit ${result.status}` };
  }
  return { stdout: result.stdout, status: 0 };
}

/** Expands a glob relative to the root; symlinks are not followed and dependencies are skipped. */
function globFiles(pattern: string, root: string): string[] {
  const matches = loadFastGlob().sync(pattern, {
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
 * fast-glob is loaded on first use: it is the heaviest module on the scan path and most scans
 * name no glob. It is CommonJS, so `require` loads it synchronously inside the listing generator.
 */
let fastGlob: typeof import('fast-glob') | undefined;
function loadFastGlob(): typeof import('fast-glob') {
  fastGlob ??= createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob');
  return fastGlob;
}

/** A cheap look for glob syntax first; fast-glob decides only for names that have some. */
function isGlob(input: string): boolean {
  return /[*?[\]{}()!]/.test(input) && loadFastGlob().isDynamicPattern(input);
}

function isSymlink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The `code` of a Node.js system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
