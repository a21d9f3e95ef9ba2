import * as path from 'node:path';
import { commonJsExports } from '../commonjs-exports.js';
import { ConfigError } from '../errors.js';
import type { Position } from '../types.js';
import { evaluate, isUnknownDeep, type Scope } from './expression.js';
import { resourceBlocks } from './hcl-layout.js';
import { readSuppressions } from './manifest.js';
import { UNKNOWN, type TokenConfig } from './model.js';
import { readTokenAttributes } from './resource-attributes.js';
import { TOKEN_RESOURCE } from './plan.js';

/**
 * Terraform HCL: the `monime_access_token` resources of a module (one directory), parsed with
 * HashiCorp's HCL parser (`@cdktf/hcl2json`, Go compiled to WebAssembly) and resolved against
 * the module's variables (defaults, `terraform.tfvars`, `*.auto.tfvars`, and the chosen variable
 * files), its `locals`, and `count` / `for_each` over literal collections. What cannot be resolved
 * stays unknown and is listed in the configuration's `unresolved`.
 */

/** A file of the module, read by the caller. */
export interface ModuleFile {
  /** Path relative to the scan root, as reported. */
  file: string;
  text: string;
}

/** A Terraform module to read. */
export interface TerraformModule {
  /** Its `.tf` files. Only resources in files with `report: true` are returned. */
  files: (ModuleFile & { report: boolean })[];
  /** Variable files applied in every reading, in the order Terraform applies them (later wins). */
  varFiles: ModuleFile[];
  /**
   * Environment variable files (`prod.tfvars`): the module is read once per file, applied after
   * `varFiles`, and each configuration says which file it was read with. None: read once.
   */
  environments?: ModuleFile[];
}

/** What reading a module produced: configurations, and one error line per malformed file. */
export interface TerraformRead {
  /** The configurations, one list per environment (a single list when there are none). */
  variants: { environment?: string; configs: TokenConfig[] }[];
  errors: string[];
}

type Parse = (filename: string, contents: string) => Promise<Record<string, unknown>>;
let parser: Promise<Parse> | undefined;

/** HashiCorp's HCL parser, loaded on first use (its WebAssembly takes a moment to compile). */
export function hclParser(): Promise<Parse> {
  parser ??= import('@cdktf/hcl2json').then((module) => commonJsExports(module, 'parse').parse as Parse);
  return parser;
}

/** Parses one HCL file; a syntax error becomes a {@link ConfigError} naming file:line:column. */
export async function parseHcl(file: ModuleFile): Promise<Record<string, unknown>> {
  const parse = await hclParser();
  try {
    return await parse(file.file, file.text);
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    // "parse config: [main.tf:2,7-3,1: Invalid expression; Expected …]"
    const match = /:(\d+),(\d+)(?:-[\d,]+)?: ([^;\]]+)(?:; ([^\]]*))?/.exec(text);
    if (match) throw new ConfigError(`${file.file}:${match[1]}:${match[2]}: ${match[3]}${match[4] ? `: ${match[4].trim()}` : ''}`);
    throw new ConfigError(`${file.file}: not valid HCL (${text.split('\n')[0]})`);
  }
}

/** Reads a module's token resources. Malformed files are reported and skipped; the rest is still read. */
export async function readTerraform(module: TerraformModule): Promise<TerraformRead> {
  const errors: string[] = [];
  const collect = async <T>(work: () => Promise<T> | T): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(error.message);
      return undefined;
    }
  };
  const parsed: { file: ModuleFile & { report: boolean }; body: Record<string, unknown> }[] = [];
  for (const file of module.files) {
    const body = await collect(() => parseHcl(file));
    if (body) parsed.push({ file, body });
  }
  const readVars = (file: ModuleFile): Promise<Record<string, unknown> | undefined> =>
    collect(() => (file.file.endsWith('.json') ? parseJsonVars(file) : parseHcl(file)));
  const assigned = new Map<string, unknown>();
  for (const file of module.varFiles) for (const [name, value] of Object.entries((await readVars(file)) ?? {})) assigned.set(name, value);
  const bodies = parsed.map((p) => p.body);
  const read = (values: Map<string, unknown>): TokenConfig[] => resources(parsed, moduleScope(bodies, values), errors);
  if (!module.environments || module.environments.length === 0) return { variants: [{ configs: read(assigned) }], errors };
  const variants: TerraformRead['variants'] = [];
  for (const environment of module.environments) {
    const values = new Map(assigned);
    for (const [name, value] of Object.entries((await readVars(environment)) ?? {})) values.set(name, value);
    variants.push({ environment: path.basename(environment.file), configs: read(values) });
  }
  return { variants, errors };
}

/**
 * Every token resource instance of the files to report, resolved in one scope. An instance whose
 * values are wrong (an expiry that is no day) is left out, its error added to `errors` once.
 */
function resources(parsed: { file: ModuleFile & { report: boolean }; body: Record<string, unknown> }[], scope: Scope, errors: string[]): TokenConfig[] {
  const configs: TokenConfig[] = [];
  for (const { file, body } of parsed) {
    if (!file.report) continue;
    const blocks = (body.resource as Record<string, Record<string, unknown[]>> | undefined)?.[TOKEN_RESOURCE];
    if (!blocks) continue;
    const layouts = new Map(resourceBlocks(file.text, TOKEN_RESOURCE).map((b) => [b.name, b]));
    const suppressions = readSuppressions(file.text);
    // The parser sorts blocks by name; report them in the order they are written.
    const line = (name: string): number => layouts.get(name)?.at.line ?? 0;
    for (const [name, declared] of Object.entries(blocks).sort(([a], [b]) => line(a) - line(b))) {
      const layout = layouts.get(name);
      const at = layout?.at ?? { line: 1, column: 1 };
      const attributes = declared[0] as Record<string, unknown>;
      for (const instance of instances(attributes, scope)) {
        let config: TokenConfig;
        try {
          config = readResource(`${TOKEN_RESOURCE}.${name}${instance.key}`, attributes, instance.scope, file.file, at, layout?.attributes ?? new Map());
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          if (!errors.includes(error.message)) errors.push(error.message);
          continue;
        }
        for (let line = at.line - 1; line <= (layout?.endLine ?? at.line); line++) {
          const suppression = suppressions.get(line);
          if (suppression) config.suppressions.push(suppression);
        }
        configs.push(config);
      }
    }
  }
  return configs;
}

/** `terraform.tfvars.json` and `*.auto.tfvars.json`: a JSON object of variable values. */
function parseJsonVars(file: ModuleFile): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    const offset = /position (\d+)/.exec(String(error))?.[1];
    const before = file.text.slice(0, offset ? Number(offset) : 0).split('\n');
    throw new ConfigError(`${file.file}:${before.length}:${before.at(-1)!.length + 1}: not valid JSON`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${file.file}:1:1: a variables file must hold an object`);
  return value as Record<string, unknown>;
}

/** The module's `var.*` and `local.*`, resolved lazily (locals may refer to each other). */
function moduleScope(bodies: Record<string, unknown>[], assigned: Map<string, unknown>): Scope {
  const defaults = new Map<string, unknown>();
  const localExpressions = new Map<string, unknown>();
  for (const body of bodies) {
    for (const [name, blocks] of Object.entries((body.variable as Record<string, Record<string, unknown>[]> | undefined) ?? {})) {
      const block = blocks[0] ?? {};
      defaults.set(name, 'default' in block ? block.default : UNKNOWN);
    }
    for (const block of (body.locals as Record<string, unknown>[] | undefined) ?? []) {
      for (const [name, value] of Object.entries(block)) localExpressions.set(name, value);
    }
  }
  const base: Scope = {
    cache: new Map(),
    variable(name) {
      // A value given for an undeclared variable is an error in Terraform: unknown here.
      if (!defaults.has(name)) return UNKNOWN;
      // Variable files hold constants; an expression there is not resolved.
      if (assigned.has(name)) return evaluate(assigned.get(name), { variable: () => UNKNOWN, local: () => UNKNOWN });
      return evaluate(defaults.get(name), { variable: () => UNKNOWN, local: () => UNKNOWN });
    },
    local(name) {
      if (!localExpressions.has(name) || resolving.has(name)) return UNKNOWN;
      if (!locals.has(name)) {
        resolving.add(name);
        locals.set(name, evaluate(localExpressions.get(name), base));
        resolving.delete(name);
      }
      return locals.get(name);
    },
  };
  const locals = new Map<string, unknown>();
  const resolving = new Set<string>();
  return base;
}

/** The instances a resource block makes: one, one per `count`, or one per `for_each` element. */
function instances(attributes: Record<string, unknown>, scope: Scope): { key: string; scope: Scope }[] {
  if ('count' in attributes) {
    const count = evaluate(attributes.count, scope);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return [{ key: '[?]', scope: { ...scope, count: UNKNOWN, cache: undefined } }];
    return Array.from({ length: count }, (_, i) => ({ key: `[${i}]`, scope: { ...scope, count: i, cache: undefined } }));
  }
  if ('for_each' in attributes) {
    const each = evaluate(attributes.for_each, scope);
    if (Array.isArray(each) && !isUnknownDeep(each) && each.every((item) => typeof item === 'string')) {
      return [...new Set(each as string[])]
        .sort()
        .map((key) => ({ key: `[${JSON.stringify(key)}]`, scope: { ...scope, each: { key, value: key }, cache: undefined } }));
    }
    if (each !== null && typeof each === 'object' && !Array.isArray(each)) {
      return Object.keys(each)
        .sort()
        .map((key) => ({
          key: `[${JSON.stringify(key)}]`,
          scope: { ...scope, each: { key, value: (each as Record<string, unknown>)[key] }, cache: undefined },
        }));
    }
    return [{ key: '[?]', scope: { ...scope, each: { key: UNKNOWN, value: UNKNOWN }, cache: undefined } }];
  }
  return [{ key: '', scope }];
}

/** One resource instance into the model. */
function readResource(
  address: string,
  attributes: Record<string, unknown>,
  scope: Scope,
  file: string,
  at: Position,
  positions: Map<string, Position>,
): TokenConfig {
  const config: TokenConfig = { format: 'terraform', file, at, label: address, positions: {}, strings: [], suppressions: [], unresolved: [] };
  const value = (key: string, field: keyof TokenConfig): unknown => {
    if (!(key in attributes)) return undefined;
    config.positions[field] = positions.get(key) ?? at;
    const resolved = evaluate(attributes[key], scope);
    if (isUnknownDeep(resolved)) {
      config.unresolved!.push(key);
      return UNKNOWN;
    }
    collectStrings(resolved, config.positions[field]!, config.strings);
    return resolved;
  };
  readTokenAttributes(config, value);

  for (const [key, resolved] of Object.entries(attributes)) {
    if (key === 'lifecycle' || key === 'count' || key === 'for_each') continue;
    if (!['name', 'test_mode', 'expires_at', 'api_release', 'whitelist_space_ids', 'whitelist_ips', 'services', 'roles'].includes(key)) {
      collectStrings(evaluate(resolved, scope), positions.get(key) ?? at, config.strings);
    }
  }
  return config;
}

/** Every string in a resolved value, all placed at the attribute that holds it. */
function collectStrings(value: unknown, at: Position, into: { value: string; at: Position }[]): void {
  if (typeof value === 'string') into.push({ value, at });
  else if (Array.isArray(value)) for (const item of value) collectStrings(item, at, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectStrings(item, at, into);
}

/** Variable files Terraform loads by itself, in its order: `terraform.tfvars(.json)`, then `*.auto.tfvars(.json)` by name. */
export function isAutoVarFile(name: string): boolean {
  return /^terraform\.tfvars(\.json)?$/.test(name) || /\.auto\.tfvars(\.json)?$/.test(name);
}

/** Sorts variable files into the order Terraform applies them. */
export function orderVarFiles(files: readonly string[]): string[] {
  const rank = (file: string): number => {
    const base = path.basename(file);
    if (base === 'terraform.tfvars') return 0;
    if (base === 'terraform.tfvars.json') return 1;
    return 2;
  };
  return [...files].sort((a, b) => rank(a) - rank(b) || (path.basename(a) < path.basename(b) ? -1 : path.basename(a) > path.basename(b) ? 1 : 0));
}
