import { looksLikeDate } from '../calendar-date.js';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node, type YAMLMap } from 'yaml';
import { ConfigError } from '../errors.js';
import type { Position } from '../types.js';
import { closest } from '../closest-name.js';
import { parseExpiry, UNKNOWN, type Suppression, type TokenConfig } from './model.js';

/**
 * The token manifest: `monime-tokens.yaml` / `.json`, or any YAML document with
 * `kind: MonimeAccessToken`. A manifest holds `tokens:`, a list of entries; a
 * `kind: MonimeAccessToken` document is one entry (its fields at the top level or under `spec:`).
 * JSON is YAML, so one reader serves both, with line and column for every value.
 */

/** Whether a file's name makes it a manifest whatever its content. */
export function isManifestName(name: string): boolean {
  return /^monime-tokens\.(ya?ml|json)$/.test(name);
}

/** A suppression comment: `monime-guard-ignore iac/<id> -- reason until YYYY-MM-DD`; the id and the rest are checked by `iac/invalid-suppression`. */
const SUPPRESSION = /monime-guard-ignore(?:\s+(?!--)(\S+))?\s*(.*)$/;

/** Reads the token entries of a manifest; throws a {@link ConfigError} naming file:line:column when it is malformed. */
export function readManifest(text: string, file: string, named: boolean): TokenConfig[] {
  const lines = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false });
  const at = (node: Node | undefined | null): Position => {
    const pos = lines.linePos(node?.range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const suppressions = readSuppressions(text);
  const configs: TokenConfig[] = [];
  for (const document of Array.isArray(documents) ? documents : [documents]) {
    const error = document.errors[0];
    if (error) {
      const pos = lines.linePos(error.pos[0]);
      throw new ConfigError(`${file}:${pos.line}:${pos.col}: ${error.message.split('\n')[0]}`);
    }
    const root = document.contents;
    if (!isMap(root)) continue;
    if ((root.get('kind') as unknown) === 'MonimeAccessToken') {
      const spec = root.get('spec', true);
      configs.push(readEntry(isMap(spec) ? spec : root, file, at, lines, suppressions));
    } else if (named) {
      const tokens = root.get('tokens', true);
      if (!isSeq(tokens)) throw new ConfigError(`${file}:${at(root).line}:${at(root).column}: a token manifest needs a \`tokens:\` list`);
      for (const item of tokens.items) if (isMap(item)) configs.push(readEntry(item, file, at, lines, suppressions));
    }
  }
  return configs;
}

/** The `monime-guard-ignore` comments of a file (`#` or `//`), by line. */
export function readSuppressions(text: string): Map<number, Suppression> {
  const found = new Map<number, Suppression>();
  text.split('\n').forEach((line, i) => {
    const comment = /(#|\/\/)\s*(monime-guard-ignore.*)$/.exec(line);
    const suppression = comment && parseSuppression(comment[2]!, { line: i + 1, column: line.indexOf('monime-guard-ignore') + 1 });
    if (suppression) found.set(i + 1, suppression);
  });
  return found;
}

/** One suppression's text (`monime-guard-ignore iac/<id> -- reason until YYYY-MM-DD`, the keyword optional), or undefined when it is not one. */
export function parseSuppression(text: string, at: Position): Suppression | undefined {
  const match = SUPPRESSION.exec(text.startsWith('monime-guard-ignore') ? text : `monime-guard-ignore ${text.trim()}`);
  if (!match) return undefined;
  const rest = match[2]!.trim();
  // Without the "--", what follows the id is not taken as a reason: the rule asks for the separator.
  if (rest && !rest.startsWith('--')) return { ruleId: match[1] ?? '', malformed: true, at };
  const body = rest.slice(2).trim();
  const until = /(?:^|\s)until\s+(\S+)$/.exec(body);
  const reason = (until ? body.slice(0, until.index) : body).trim();
  return { ruleId: match[1] ?? '', ...(reason ? { reason } : {}), ...(until ? { until: until[1]! } : {}), at };
}

/** One entry of the manifest into the model. */
function readEntry(
  map: YAMLMap,
  file: string,
  at: (node: Node | undefined | null) => Position,
  lines: LineCounter,
  suppressions: Map<number, Suppression>,
): TokenConfig {
  const start = at(map);
  // range[1] is just past the value, often the start of the next line (where the next entry's comment may sit).
  const endLine = lines.linePos(Math.max(0, (map.range?.[1] ?? 1) - 1)).line;
  const config: TokenConfig = { format: 'manifest', file, at: start, label: '', positions: {}, strings: [], suppressions: [] };
  const field = (key: string): Node | undefined => map.get(key, true) as Node | undefined;
  const wrong = (node: Node, message: string): never => {
    const pos = at(node);
    throw new ConfigError(`${file}:${pos.line}:${pos.column}: ${message}`);
  };
  checkKeys(map, ENTRY_FIELDS, 'a token entry', wrong);
  const text = (key: 'name' | 'apiRelease' | 'owner' | 'purpose'): void => {
    const node = field(key);
    if (!node) return;
    config.positions[key] = at(node);
    if (!isScalar(node) || typeof node.value !== 'string') wrong(node, `\`${key}\` must be a string`);
    config[key] = (node as { value: string }).value;
  };
  const list = (key: 'spaces' | 'ips' | 'services' | 'roles', node: Node | undefined, where: string): void => {
    if (!node) return;
    config.positions[key] = at(node);
    if (isScalar(node) && node.value === null) {
      config[key] = [];
      return;
    }
    if (!isSeq(node)) return wrong(node, `\`${where}\` must be a list`);
    config[key] = node.items.map((item) =>
      isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')
        ? String(item.value)
        : wrong(item as Node, `\`${where}\` must hold strings`),
    );
  };
  text('name');
  const mode = field('mode');
  if (mode) {
    config.positions.mode = at(mode);
    const value = isScalar(mode) ? mode.value : undefined;
    if (value !== 'test' && value !== 'live') wrong(mode, '`mode` must be test or live');
    config.mode = value as 'test' | 'live';
  }
  const expiry = field('expiry');
  if (expiry) {
    config.positions.expiry = at(expiry);
    const value = isScalar(expiry) ? parseExpiry(expiry.value) : UNKNOWN;
    if (value === UNKNOWN || value === undefined) {
      const written = isScalar(expiry) ? String(expiry.value) : '';
      return wrong(
        expiry,
        looksLikeDate(written)
          ? `\`expiry\` ${written} is not a day in the calendar`
          : '`expiry` must be 2-months, 1-year (any number of days, months or years), an ISO date or never',
      );
    }
    config.expiry = value;
  }
  text('apiRelease');
  const whitelist = field('whitelist');
  if (whitelist && !(isScalar(whitelist) && whitelist.value === null)) {
    if (!isMap(whitelist)) return wrong(whitelist, '`whitelist` must be a mapping with `spaces` and `ips`');
    checkKeys(whitelist, ['spaces', 'ips'], '`whitelist`', wrong);
    list('spaces', whitelist.get('spaces', true) as Node | undefined, 'whitelist.spaces');
    list('ips', whitelist.get('ips', true) as Node | undefined, 'whitelist.ips');
  }
  list('services', field('services'), 'services');
  list('roles', field('roles'), 'roles');
  text('owner');
  text('purpose');
  const rotate = field('rotateEveryDays');
  if (rotate) {
    config.positions.rotateEveryDays = at(rotate);
    if (!isScalar(rotate) || typeof rotate.value !== 'number' || !Number.isInteger(rotate.value) || rotate.value < 1)
      return wrong(rotate, '`rotateEveryDays` must be a whole number of days');
    config.rotateEveryDays = rotate.value;
  }
  config.label = typeof config.name === 'string' ? config.name : `entry at line ${start.line}`;
  collectStrings(map, at, config.strings);
  readIgnoreField(field(IGNORE_FIELD), at, config);
  for (let line = start.line - 1; line <= endLine; line++) {
    const suppression = suppressions.get(line);
    if (suppression) config.suppressions.push(suppression);
  }
  return config;
}

/** The fields of a token entry; `x-…` fields are left to other tools. */
const ENTRY_FIELDS = ['name', 'mode', 'expiry', 'apiRelease', 'whitelist', 'services', 'roles', 'owner', 'purpose', 'rotateEveryDays'];

/** Rejects a key the format does not have, with the closest one it does. */
function checkKeys(map: YAMLMap, allowed: readonly string[], what: string, wrong: (node: Node, message: string) => never): void {
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (allowed.includes(key) || key.startsWith('x-') || KIND_FIELDS.includes(key)) continue;
    const hint = closest(key, allowed);
    wrong(
      pair.key as Node,
      `unknown field \`${key}\` in ${what}: ${hint ? `did you mean \`${hint}\`?` : `its fields are ${allowed.join(', ')} (and x-… for other tools)`}`,
    );
  }
}

/** Fields of a `kind: MonimeAccessToken` document around its token fields. */
const KIND_FIELDS = ['kind', 'apiVersion', 'metadata', 'spec'];

/** The field that carries suppressions where comments cannot (JSON): a string or a list of them. */
const IGNORE_FIELD = 'x-monime-guard-ignore';

/** Suppressions from the entry's `x-monime-guard-ignore` field. A value that is not one is reported as an invalid suppression. */
function readIgnoreField(node: Node | undefined, at: (node: Node | undefined | null) => Position, config: TokenConfig): void {
  if (!node) return;
  const items = isSeq(node) ? (node.items as Node[]) : [node];
  for (const item of items) {
    const text = isScalar(item) && typeof item.value === 'string' ? item.value : '';
    config.suppressions.push(parseSuppression(text, at(item)) ?? { ruleId: '', malformed: true, at: at(item) });
  }
}

/** Every string scalar under `node`, with where it is (suppression fields left out). */
export function collectStrings(node: Node, at: (node: Node | undefined | null) => Position, into: { value: string; at: Position }[]): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string') into.push({ value: node.value, at: at(node) });
  } else if (isMap(node)) {
    for (const pair of node.items) if (pair.value && !(isScalar(pair.key) && pair.key.value === IGNORE_FIELD)) collectStrings(pair.value as Node, at, into);
  } else if (isSeq(node)) {
    for (const item of node.items) collectStrings(item as Node, at, into);
  }
}
