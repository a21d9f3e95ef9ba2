import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorCode, errorReason, SourceError } from '../errors.js';

/**
 * Hook managers: tools that own a repository's git hooks and run the user's commands from their
 * own files. monime-guard must not write git hooks behind their back (husky's dispatcher, for
 * one, runs `.husky/<hook>` and silently does nothing when that file is gone), so it works
 * through them: it adds its line to husky's hook files, and for lefthook and simple-git-hooks,
 * whose configuration is the user's to edit, it prints what to add.
 */

/** A hook manager monime-guard knows. */
export type HookManager = 'husky' | 'lefthook' | 'simple-git-hooks';

/** The hook manager found in a repository, with the file or directory that shows it. */
export interface DetectedManager {
  manager: HookManager;
  /** husky: the `.husky` directory; the others: their configuration file. */
  where: string;
}

/** The git hooks monime-guard can install, and the command each runs. */
export const HOOKS = {
  'pre-commit': 'staged',
  'pre-push': 'pre-push',
} as const;

/** A hook name monime-guard installs. */
export type HookName = keyof typeof HOOKS;

/**
 * The command line a hook runs. A pre-push hook hands git's arguments on (`"$@"`) when it is a
 * shell script of its own (husky's); managers that run a command themselves pass stdin only.
 */
function hookCommand(hook: HookName, shellArgs: boolean): string {
  return `monime-guard ${HOOKS[hook]} --quiet${shellArgs && hook === 'pre-push' ? ' "$@"' : ''}`;
}

/** The comment that ends every line monime-guard adds to a husky hook: how it finds its own. */
const HUSKY_MARKER = '# added by monime-guard install-hooks (remove with: monime-guard install-hooks --uninstall)';

const LEFTHOOK_FILES = [
  'lefthook.yml',
  'lefthook.yaml',
  '.lefthook.yml',
  '.lefthook.yaml',
  'lefthook.json',
  'lefthook.toml',
  '.lefthook.json',
  '.lefthook.toml',
];
const SIMPLE_GIT_HOOKS_FILES = [
  '.simple-git-hooks.cjs',
  '.simple-git-hooks.js',
  '.simple-git-hooks.mjs',
  '.simple-git-hooks.json',
  'simple-git-hooks.cjs',
  'simple-git-hooks.js',
  'simple-git-hooks.mjs',
  'simple-git-hooks.json',
];

/**
 * Finds the hook manager of the work tree, if any: husky when git's `core.hooksPath` is husky's
 * (`.husky/_` in husky 9, `.husky` before) or when `.husky/` exists and package.json names husky;
 * lefthook by its configuration file; simple-git-hooks by its key in package.json or its file.
 */
export function detectManager(workTree: string, hooksPath: string | undefined): DetectedManager | undefined {
  const husky = path.join(workTree, '.husky');
  if (hooksPath !== undefined && /(^|[\\/])\.husky([\\/]_)?[\\/]?$/.test(hooksPath)) return { manager: 'husky', where: husky };
  const lefthook = LEFTHOOK_FILES.find((name) => fs.existsSync(path.join(workTree, name)));
  if (lefthook) return { manager: 'lefthook', where: path.join(workTree, lefthook) };
  const manifest = readPackageJson(workTree);
  const simple = SIMPLE_GIT_HOOKS_FILES.find((name) => fs.existsSync(path.join(workTree, name)));
  if (simple) return { manager: 'simple-git-hooks', where: path.join(workTree, simple) };
  if (manifest && 'simple-git-hooks' in manifest) return { manager: 'simple-git-hooks', where: path.join(workTree, 'package.json') };
  const dependsOnHusky = ['dependencies', 'devDependencies'].some((key) => dependsOn(manifest, key, 'husky'));
  if (dependsOnHusky && fs.existsSync(husky)) return { manager: 'husky', where: husky };
  return undefined;
}

/**
 * Whether the project can run monime-guard the way hook managers start it: package.json lists it
 * (in `dependencies`, `devDependencies` or `optionalDependencies`; `npm install` puts it in
 * node_modules), or node_modules/.bin already has it.
 */
export function projectHasMonimeGuard(workTree: string): boolean {
  if (fs.existsSync(path.join(workTree, 'node_modules/.bin/monime-guard'))) return true;
  const manifest = readPackageJson(workTree);
  return DEPENDENCY_KEYS.some((key) => dependsOn(manifest, key, 'monime-guard'));
}

const DEPENDENCY_KEYS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/** Whether a package.json's `key` (`dependencies`, …) names `name`. */
function dependsOn(manifest: Record<string, unknown> | undefined, key: string, name: string): boolean {
  const deps = manifest?.[key];
  return typeof deps === 'object' && deps !== null && name in deps;
}

function readPackageJson(workTree: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(workTree, 'package.json'), 'utf8'));
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    // No package.json, or one that is not JSON: no manager found through it.
    return undefined;
  }
}

/** What happened to one husky hook file. */
export type HuskyAction = 'created' | 'added' | 'updated' | 'unchanged' | 'removed' | 'absent';

/**
 * Adds monime-guard's line to a husky hook file (creating it when missing), or with `remove`
 * takes it out again. The line goes first, after any shebang, comments and husky 8's `husky.sh`
 * line: a pre-push check must read git's lines before anything else can, and an `exit` the user
 * wrote at the end must not skip it. Returns what it did; the user's lines are never changed.
 */
export function editHuskyHook(file: string, hook: HookName, remove = false): HuskyAction {
  const existing = readIfExists(file);
  const line = `${hookCommand(hook, true)} ${HUSKY_MARKER}`;
  const lines = existing === undefined ? [] : existing.split('\n');
  const ours = lines.findIndex((l) => l.includes(HUSKY_MARKER));
  if (remove) {
    if (ours === -1) return 'absent';
    const rest = lines.filter((l) => !l.includes(HUSKY_MARKER));
    if (rest.every((l) => l.trim() === '')) fs.rmSync(file);
    else fs.writeFileSync(file, rest.join('\n'));
    return 'removed';
  }
  if (ours !== -1) {
    if (lines[ours] === line) return 'unchanged';
    lines[ours] = line;
    fs.writeFileSync(file, lines.join('\n'));
    return 'updated';
  }
  let at = 0;
  while (at < lines.length && /^\s*(#|\.\s)/.test(lines[at]!)) at++;
  lines.splice(at, 0, line);
  const text = lines.join('\n');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text.endsWith('\n') ? text : `${text}\n`, { mode: 0o755 });
  return existing === undefined ? 'created' : 'added';
}

/** A hook file's text, or undefined when there is none; any other failure names the file. */
export function readIfExists(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw new SourceError(`${file}: cannot read (${errorReason(error)})`);
  }
}

/** What to add to a manager's configuration, and the command that applies it. */
export interface Snippet {
  /** The file to add it to. */
  file: string;
  text: string;
  /** The manager's command that writes the git hooks from its configuration. */
  apply: string;
}

/**
 * The configuration that runs monime-guard's hooks under lefthook or simple-git-hooks. Both run
 * hooks with `node_modules/.bin` out of PATH, so the commands go through `npx --no-install`.
 */
export function managerSnippet(detected: DetectedManager, hooks: readonly HookName[]): Snippet {
  if (detected.manager === 'lefthook') {
    const yaml = detected.where.endsWith('.yml') || detected.where.endsWith('.yaml');
    const entries = hooks.map((hook) => ({ hook, run: `npx --no-install ${hookCommand(hook, false)}`, stdin: hook === 'pre-push' }));
    const text = yaml
      ? entries
          .map((e) => [`${e.hook}:`, '  commands:', '    monime-guard:', `      run: ${e.run}`, ...(e.stdin ? ['      use_stdin: true'] : [])].join('\n'))
          .join('\n')
      : JSON.stringify(
          Object.fromEntries(entries.map((e) => [e.hook, { commands: { 'monime-guard': { run: e.run, ...(e.stdin ? { use_stdin: true } : {}) } } }])),
          null,
          2,
        );
    return { file: detected.where, text, apply: 'npx lefthook install' };
  }
  if (detected.manager === 'simple-git-hooks') {
    const commands = Object.fromEntries(hooks.map((hook) => [hook, `npx --no-install ${hookCommand(hook, false)}`]));
    const inPackage = path.basename(detected.where) === 'package.json';
    return { file: detected.where, text: JSON.stringify(inPackage ? { 'simple-git-hooks': commands } : commands, null, 2), apply: 'npx simple-git-hooks' };
  }
  throw new Error(`no snippet for ${detected.manager}: monime-guard edits its hook files itself`);
}
