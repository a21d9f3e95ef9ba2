import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
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
 * Expands paths, directories and globs into the files to scan. Paths that do not exist (and are
 * not globs) are an error; everything that goes wrong below a named path is a warning.
 */
export function listFiles(inputs: readonly string[], options: ListOptions): FileList {
  const files: FileEntry[] = [];
  const warnings: ScanWarning[] = [];
  const seen = new Set<string>();
  const excluded = options.exclude.map((glob) => new Minimatch(glob, { dot: true }));
  const relative = (abs: string): string => toPosix(path.relative(options.root, abs)) || path.basename(abs);
  const add = (abs: string, explicit: boolean): void => {
    if (seen.has(abs)) return;
    const rel = relative(abs);
    if (!explicit && excluded.some((glob) => glob.match(rel))) return;
    seen.add(abs);
    files.push({ abs, rel, explicit });
  };
  const warn = (abs: string, code: string, message: string): void => {
    warnings.push({ path: relative(abs), code, message });
  };

  for (const input of inputs) {
    const abs = path.resolve(options.root, input);
    let stat: fs.Stats;
    try {
      // Explicit paths are followed through symlinks: the user asked for this one.
      stat = fs.statSync(abs);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT' && !fs.existsSync(abs) && isSymlink(abs)) {
        warn(abs, 'broken-symlink', `${input}: symlink points to nothing`);
      } else if (code === 'ENOENT' && fg.isDynamicPattern(input)) {
        const matches = globFiles(input, options.root);
        if (matches.length === 0) warn(abs, 'no-match', `${input}: pattern matched no files`);
        for (const match of matches) add(match, true);
      } else if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new SourceError(`${input}: no such file or directory`);
      } else if (code === 'ELOOP') {
        warn(abs, 'symlink-loop', `${input}: symlink loop, skipped`);
      } else {
        warn(abs, 'unreadable', `${input}: cannot read (${code ?? String(error)})`);
      }
      continue;
    }
    if (stat.isFile()) {
      add(abs, true);
    } else if (stat.isDirectory()) {
      const listed = options.gitIgnore ? gitFiles(abs) : undefined;
      if (listed?.warning) warn(abs, 'git', listed.warning);
      if (listed?.files) {
        for (const file of listed.files) add(file, false);
      } else {
        walk(abs, add, warn);
      }
    } else {
      warn(abs, 'not-regular', `${input}: not a regular file (FIFO, socket or device), skipped; pipe its content to \`-\` instead`);
    }
  }
  return { files, warnings };
}

/** Lists a directory's files without following symlinks, pruning `.git` and `node_modules`. */
function walk(
  root: string,
  add: (abs: string, explicit: boolean) => void,
  warn: (abs: string, code: string, message: string) => void,
): void {
  const stack = [root];
  for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warn(dir, 'unreadable', `${dir}: cannot list directory (${errorCode(error) ?? String(error)})`);
      continue;
    }
    // Sorted so that reports and baselines do not depend on directory order.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i]!;
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) stack.push(abs);
      } else if (entry.isFile()) {
        add(abs, false);
      }
      // Symlinks, FIFOs, sockets and devices found while walking are skipped without a word:
      // following symlinks risks loops and scanning outside the tree.
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
  files.sort();
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
  const matches = fg.sync(pattern, {
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
