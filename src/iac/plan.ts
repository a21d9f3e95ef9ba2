import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { collectStrings } from './manifest.js';
import { ConfigError } from '../errors.js';
import type { Position } from '../types.js';
import { UNKNOWN, type TokenConfig } from './model.js';
import { readTokenAttributes } from './resource-attributes.js';

/**
 * Terraform plan JSON (`terraform show -json plan.out`): every `resource_changes` entry of type
 * `monime_access_token` that is created or updated, read from its `after` values. Values Terraform
 * will only know after apply (`after_unknown`) are unknown here too.
 */

/** The Terraform resource type of a Monime access token. */
export const TOKEN_RESOURCE = 'monime_access_token';

/** Whether a JSON text looks like a Terraform plan (cheap test before parsing). */
export function looksLikePlan(text: string): boolean {
  return text.includes('"resource_changes"') && text.includes(TOKEN_RESOURCE);
}

/** Reads the token resources of a plan; throws a {@link ConfigError} naming file:line:column when it is malformed. */
export function readPlan(text: string, file: string): TokenConfig[] {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const pos = lines.linePos(error.pos[0]);
    throw new ConfigError(`${file}:${pos.line}:${pos.col}: ${error.message.split('\n')[0]}`);
  }
  const at = (node: Node | undefined | null): Position => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const root = document.contents;
  const changes = isMap(root) ? root.get('resource_changes', true) : undefined;
  if (!isSeq(changes)) return [];
  const configs: TokenConfig[] = [];
  for (const change of changes.items) {
    if (!isMap(change) || (change.get('type') as unknown) !== TOKEN_RESOURCE) continue;
    const detail = change.get('change', true);
    if (!isMap(detail)) continue;
    const actions = detail.get('actions', true);
    const verbs = isSeq(actions) ? actions.items.map((a) => (isScalar(a) ? String(a.value) : '')) : [];
    if (!verbs.includes('create') && !verbs.includes('update')) continue;
    const after = detail.get('after', true);
    const unknown = detail.get('after_unknown', true);
    if (isMap(after)) configs.push(readResource(String(change.get('address') ?? TOKEN_RESOURCE), after, isMap(unknown) ? unknown : undefined, file, at));
  }
  return configs;
}

/** The attributes of a token resource that the policies judge. */
const ATTRIBUTES = new Set(['name', 'test_mode', 'expires_at', 'api_release', 'whitelist_space_ids', 'whitelist_ips', 'services', 'roles']);

/** One planned resource into the model. */
function readResource(
  address: string,
  after: YAMLMap,
  unknown: YAMLMap | undefined,
  file: string,
  at: (node: Node | undefined | null) => Position,
): TokenConfig {
  const config: TokenConfig = { format: 'plan', file, at: at(after), label: address, positions: {}, strings: [], suppressions: [] };
  const pending = (key: string): boolean => unknown?.get(key) === true;
  const value = (key: string, field: keyof TokenConfig): unknown => {
    if (pending(key)) {
      config.positions[field] = at(unknown!.get(key, true) as Node);
      return UNKNOWN;
    }
    const node = after.get(key, true) as Node | undefined;
    if (!node) return undefined;
    config.positions[field] = at(node);
    if (isScalar(node)) return node.value;
    if (isSeq(node)) return node.items.map((item) => (isScalar(item) ? String(item.value) : '?'));
    return UNKNOWN;
  };
  readTokenAttributes(config, value);

  for (const pair of after.items) {
    if (isScalar(pair.key) && pending(String(pair.key.value))) continue;
    if (pair.value) collectStrings(pair.value as Node, at, config.strings);
  }
  config.unresolved = [...(unknown?.items ?? [])]
    .filter((pair) => pair.value && isScalar(pair.value) && pair.value.value === true)
    .map((pair) => String((pair.key as { value?: unknown }).value))
    .filter((key) => ATTRIBUTES.has(key));
  return config;
}
