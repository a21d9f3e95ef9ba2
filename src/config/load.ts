/**
 * Finds, reads, parses and validates `monime-guard.config.json` / `.yaml` / `.yml`.
 *
 * Errors are `ConfigError`s with one line that names the file (relative to the working directory
 * when inside it) and, for bad values, the JSON Pointer of the key at fault; the CLI prints the line
 * and exits 2.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Document, YAMLError } from 'yaml';
import { commonJsExports } from '../commonjs-exports.js';
import { ConfigError, errorCode } from '../errors.js';
import { JsonSyntaxError, jsonError, parseJson } from './json-syntax.js';
import { redactTokens } from '../findings/mask.js';
import { describePosition, displayPath, quote } from './messages.js';
import { readTextFile } from './read-text.js';
import type { LoadedConfig } from './types.js';
import { validateConfig } from './validate.js';

/** File names looked for in the scan root, in order of preference; the first that exists wins. */
export const CONFIG_FILE_NAMES = ['monime-guard.config.json', 'monime-guard.config.yaml', 'monime-guard.config.yml'] as const;

/** Options of `loadConfig`. */
export interface LoadConfigOptions {
  /** The scan root; the config is looked for in this directory only, never in its parents. */
  root: string;
  /** A config file named by the user (`--config`), relative to the working directory; it must exist. */
  configPath?: string;
}

/**
 * Loads the configuration for a scan.
 *
 * Without `configPath`, looks for {@link CONFIG_FILE_NAMES} in `root` only (not in parents: a
 * config silently picked up from an enclosing directory would change what a scan reports without
 * anyone seeing why) and returns `{ config: {} }` when there is none. With `configPath`, that file
 * is read and must exist. `.json` files are parsed as strict JSON, `.yaml` / `.yml` as a single
 * YAML 1.2 document without duplicate keys. `baselinePath` is `config.baseline` resolved against
 * the config file's directory.
 *
 * @throws ConfigError when the file is missing (if named), unreadable, empty, malformed, or holds an
 *   unknown key or a bad value; the message is one line naming the file and the key.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  let file: string | undefined;
  if (options.configPath !== undefined) {
    if (options.configPath === '') throw new ConfigError('the config file path is empty');
    file = path.resolve(options.configPath);
  } else {
    file = await findConfigFile(path.resolve(options.root));
  }
  if (file === undefined) return { config: {} };

  const shown = displayPath(file);
  const text = await readTextFile(file, 'config file');
  const format = formatOf(file);
  if (format === undefined) {
    throw new ConfigError(`${shown}: unsupported config file type; use .json, .yaml or .yml`);
  }
  if (text.trim() === '') throw emptyConfig(shown);
  const value = format === 'json' ? parseJsonConfig(text, shown) : await parseYamlConfig(text, shown);
  const config = validateConfig(value, shown);

  const loaded: LoadedConfig = { config, file };
  if (config.baseline !== undefined) {
    loaded.baselinePath = path.resolve(path.dirname(file), config.baseline);
  }
  return loaded;
}

/** The first of `CONFIG_FILE_NAMES` present in `root`, or undefined. */
async function findConfigFile(root: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(root, name);
    try {
      // lstat, so that a dangling link or a directory of that name is found and then reported by
      // readTextFile instead of being skipped as if it were absent.
      await fs.lstat(candidate);
      return candidate;
    } catch (error) {
      const code = errorCode(error);
      // ENOTDIR: the root is a file (a single-file scan), which holds no config.
      if (code === 'ENOENT' || code === 'ENOTDIR') continue;
      throw new ConfigError(`${displayPath(candidate)}: cannot read the config file (${code ?? String(error)})`, {
        cause: error,
      });
    }
  }
  return undefined;
}

/** The parser a file name calls for; extensions are compared case-insensitively. */
function formatOf(file: string): 'json' | 'yaml' | undefined {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.json') return 'json';
  if (extension === '.yaml' || extension === '.yml') return 'yaml';
  return undefined;
}

function emptyConfig(shown: string): ConfigError {
  return new ConfigError(`${shown}: config file is empty (write {} to use the defaults)`);
}

function parseJsonConfig(text: string, shown: string): unknown {
  try {
    return parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    throw jsonError(shown, error);
  }
}

/** The `yaml` module's namespace; it is imported only when a config is YAML, to keep start-up light. */
type YamlModule = typeof import('yaml');

async function parseYamlConfig(text: string, shown: string): Promise<unknown> {
  const yaml: YamlModule = commonJsExports(await import('yaml'), 'parseAllDocuments');
  // The core schema is YAML 1.2's: `yes`/`no`/`on`/`off` stay strings (so `scanBinary: yes` is an
  // error rather than a silent true) and dates stay strings.
  const documents = yaml.parseAllDocuments(text, { schema: 'core', uniqueKeys: true, prettyErrors: true });
  if (documents.length === 0) throw emptyConfig(shown);
  if (documents.length > 1) {
    throw new ConfigError(`${shown}: holds ${documents.length} YAML documents; a config file holds one`);
  }
  const document = documents[0];
  if (document === undefined) throw emptyConfig(shown);
  // Warnings count too: an unresolved tag such as `!secret` would otherwise quietly become a string.
  const problem = document.errors[0] ?? document.warnings[0];
  if (problem !== undefined) throw yamlError(yaml, document, shown, problem);
  let value: unknown;
  try {
    // maxAliasCount bounds alias expansion ("billion laughs").
    value = document.toJS({ maxAliasCount: 100 }) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${shown} is not valid YAML (${redactTokens(reason.split('\n')[0] ?? '')})`, {
      cause: error,
    });
  }
  // A document of comments, or a bare `---`, holds nothing; say so rather than "got null".
  if (value === null && (document.contents === null || isEmptyScalar(yaml, document.contents))) {
    throw emptyConfig(shown);
  }
  return value;
}

function isEmptyScalar(yaml: YamlModule, node: unknown): boolean {
  return yaml.isScalar(node) && node.value === null && node.source === '';
}

/**
 * Words a YAML problem in one line. The `yaml` package appends the offending source lines to its
 * messages; they are cut off because they could hold a token.
 */
function yamlError(yaml: YamlModule, document: Document, shown: string, problem: YAMLError): ConfigError {
  const start = problem.linePos?.[0];
  const where = start ? ` at ${describePosition(start.line, start.col)}` : '';
  if (problem.code === 'DUPLICATE_KEY') {
    const key = keyAt(yaml, document, problem.pos[0]);
    return new ConfigError(`${shown}: duplicate key${key === undefined ? '' : ` ${quote(key)}`}${where}`);
  }
  const firstLine = problem.message.split('\n')[0] ?? '';
  const reason = firstLine.replace(/ at line \d+, column \d+:?$/, '');
  return new ConfigError(`${shown} is not valid YAML (${redactTokens(reason)}${where})`);
}

/** The value of the scalar mapping key that starts at `offset`, if there is one. */
function keyAt(yaml: YamlModule, document: Document, offset: number): string | undefined {
  let key: string | undefined;
  yaml.visit(document, {
    Pair(_, pair) {
      if (yaml.isScalar(pair.key) && pair.key.range?.[0] === offset) {
        key = String(pair.key.value);
        return yaml.visit.BREAK;
      }
      return undefined;
    },
  });
  return key;
}
