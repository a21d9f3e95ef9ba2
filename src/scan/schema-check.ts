/**
 * Checks a JSON value against a JSON Schema (draft 2020-12), for the reports `merge` reads.
 *
 * Why not ajv: it is a test-only dependency (DESIGN §5), it would be a second copy of a large
 * library in the command line's bundle, and its messages are not the one line naming the place
 * that users need. Unlike the config's hand-written validator (src/config/validate.ts), this one
 * reads the schema file itself, so `schemas/report.schema.json` stays the one source of truth; it
 * knows the keywords that schema uses (and a few neighbours), and a keyword it does not know is an
 * error rather than a silent pass. `test/scan/schema-check.test.ts` runs it beside ajv over valid
 * and broken reports, so the two agree on what a report is.
 */
import { describeValue, toPointer, type PathSegment } from '../config/messages.js';

/** A JSON Schema: an object of keywords, or `true` / `false`. */
export type JsonSchema = boolean | { readonly [keyword: string]: unknown };

/** Keywords that only describe; they never make a value invalid. */
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly']);

/** Keywords this checker asserts. */
const ASSERTIONS = new Set([
  'type',
  'const',
  'enum',
  'required',
  'properties',
  'additionalProperties',
  'dependentRequired',
  'items',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  '$ref',
  'oneOf',
  'anyOf',
  'allOf',
]);

/** Every keyword a schema (and its subschemas) uses that this checker does not know; empty when it can check it. */
export function unknownKeywords(schema: JsonSchema): string[] {
  const unknown = new Set<string>();
  const visit = (node: JsonSchema): void => {
    if (typeof node === 'boolean') return;
    for (const [keyword, value] of Object.entries(node)) {
      if (!ANNOTATIONS.has(keyword) && !ASSERTIONS.has(keyword)) unknown.add(keyword);
      if (keyword === 'properties' || keyword === '$defs') for (const sub of Object.values(value as object)) visit(sub as JsonSchema);
      else if (keyword === 'items' || keyword === 'additionalProperties') visit(value as JsonSchema);
      else if (keyword === 'oneOf' || keyword === 'anyOf' || keyword === 'allOf') for (const sub of value as JsonSchema[]) visit(sub);
    }
  };
  visit(schema);
  return [...unknown].sort();
}

/**
 * The first problem of `value` against `schema`, in document order, as `<JSON Pointer> <what is
 * wrong>` (`/findings/0/line must be an integer (got "3")`); undefined when the value is valid.
 * `$ref` resolves `#/…` pointers within `root` (the whole schema).
 */
export function schemaProblem(value: unknown, schema: JsonSchema, root: JsonSchema = schema): string | undefined {
  return check(value, schema, root, []);
}

function check(value: unknown, schema: JsonSchema, root: JsonSchema, at: PathSegment[]): string | undefined {
  if (schema === true) return undefined;
  if (schema === false) return `${toPointer(at)} is not allowed`;
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const problem = assert(keyword, argument, value, schema, root, at);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

/** Checks one keyword; properties and items recurse. */
function assert(
  keyword: string,
  argument: unknown,
  value: unknown,
  schema: { readonly [keyword: string]: unknown },
  root: JsonSchema,
  at: PathSegment[],
): string | undefined {
  const where = toPointer(at);
  const got = `(got ${describeValue(value)})`;
  switch (keyword) {
    case 'type': {
      const types = Array.isArray(argument) ? (argument as string[]) : [argument as string];
      return types.some((type) => hasType(value, type)) ? undefined : `${where} must be ${types.map(article).join(' or ')} ${got}`;
    }
    case 'const':
      return equal(value, argument) ? undefined : `${where} must be ${JSON.stringify(argument)} ${got}`;
    case 'enum': {
      const options = argument as unknown[];
      return options.some((option) => equal(value, option)) ? undefined : `${where} must be one of ${options.map((o) => JSON.stringify(o)).join(', ')} ${got}`;
    }
    case 'required': {
      if (!isObject(value)) return undefined;
      const missing = (argument as string[]).find((name) => !Object.hasOwn(value, name));
      return missing === undefined ? undefined : `${where} needs a ${JSON.stringify(missing)}`;
    }
    case 'dependentRequired': {
      if (!isObject(value)) return undefined;
      for (const [name, needs] of Object.entries(argument as Record<string, string[]>)) {
        if (!Object.hasOwn(value, name)) continue;
        const missing = needs.find((need) => !Object.hasOwn(value, need));
        if (missing !== undefined) return `${where} needs a ${JSON.stringify(missing)} beside ${JSON.stringify(name)}`;
      }
      return undefined;
    }
    case 'properties': {
      if (!isObject(value)) return undefined;
      for (const [name, sub] of Object.entries(argument as Record<string, JsonSchema>)) {
        if (!Object.hasOwn(value, name)) continue;
        const problem = check(value[name], sub, root, [...at, name]);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'additionalProperties': {
      if (!isObject(value)) return undefined;
      const declared = (schema.properties ?? {}) as Record<string, unknown>;
      for (const name of Object.keys(value)) {
        if (Object.hasOwn(declared, name)) continue;
        if (argument === false) return `${toPointer([...at, name])} is not allowed (no such field)`;
        const problem = check(value[name], argument as JsonSchema, root, [...at, name]);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'items': {
      if (!Array.isArray(value)) return undefined;
      for (const [index, item] of value.entries()) {
        const problem = check(item, argument as JsonSchema, root, [...at, index]);
        if (problem !== undefined) return problem;
      }
      return undefined;
    }
    case 'minItems':
      return Array.isArray(value) && value.length < (argument as number) ? `${where} must hold at least ${String(argument)} items` : undefined;
    case 'maxItems':
      return Array.isArray(value) && value.length > (argument as number) ? `${where} must hold at most ${String(argument)} items` : undefined;
    case 'minimum':
      return typeof value === 'number' && value < (argument as number) ? `${where} must be at least ${String(argument)} ${got}` : undefined;
    case 'maximum':
      return typeof value === 'number' && value > (argument as number) ? `${where} must be at most ${String(argument)} ${got}` : undefined;
    case 'minLength':
      // JSON Schema counts code points, not UTF-16 units.
      return typeof value === 'string' && [...value].length < (argument as number)
        ? `${where} must be at least ${String(argument)} characters long ${got}`
        : undefined;
    case 'maxLength':
      return typeof value === 'string' && [...value].length > (argument as number) ? `${where} must be at most ${String(argument)} characters long` : undefined;
    case 'pattern':
      return typeof value === 'string' && !new RegExp(argument as string, 'u').test(value) ? `${where} has the wrong form ${got}` : undefined;
    case '$ref':
      return check(value, resolve(argument as string, root), root, at);
    case 'allOf':
      for (const sub of argument as JsonSchema[]) {
        const problem = check(value, sub, root, at);
        if (problem !== undefined) return problem;
      }
      return undefined;
    case 'anyOf':
      return (argument as JsonSchema[]).some((sub) => check(value, sub, root, at) === undefined) ? undefined : `${where} matches none of the allowed forms`;
    case 'oneOf': {
      const problems = (argument as JsonSchema[]).map((sub) => check(value, sub, root, at));
      const matches = problems.filter((problem) => problem === undefined).length;
      if (matches === 1) return undefined;
      if (matches > 1) return `${where} matches more than one of the allowed forms`;
      // When the value's discriminating constants (an origin's `kind`) pick out one alternative,
      // that alternative's problem is the useful one to name.
      const chosen = (argument as JsonSchema[]).flatMap((sub, i) => (picks(value, sub) ? [problems[i]] : []));
      return chosen.length === 1 && chosen[0] !== undefined ? chosen[0] : `${where} matches none of the allowed forms`;
    }
    default:
      // A schema that uses a keyword this checker does not know cannot be checked faithfully.
      throw new Error(`the report schema uses the keyword ${JSON.stringify(keyword)}, which schema-check.ts does not know`);
  }
}

/** True when `schema` declares constant properties (a `kind`) and `value` has every one of them. */
function picks(value: unknown, schema: JsonSchema): boolean {
  if (typeof schema === 'boolean' || !isObject(value) || !isObject(schema.properties)) return false;
  const constants = Object.entries(schema.properties).filter(([, sub]) => isObject(sub) && Object.hasOwn(sub, 'const'));
  return constants.length > 0 && constants.every(([name, sub]) => equal(value[name], (sub as Record<string, unknown>).const));
}

/** Resolves a local `$ref` (`#/$defs/finding`) within the root schema. */
function resolve(ref: string, root: JsonSchema): JsonSchema {
  if (!ref.startsWith('#')) throw new Error(`the report schema refers to ${JSON.stringify(ref)}, outside itself`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[key] : undefined;
  }
  if (node === undefined) throw new Error(`the report schema refers to ${JSON.stringify(ref)}, which it does not define`);
  return node as JsonSchema;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    default:
      throw new Error(`the report schema names the type ${JSON.stringify(type)}, which JSON Schema does not have`);
  }
}

/** `an object`, `a string`, `an integer`, … */
function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON equality: same type and, for objects and arrays, equal members. */
function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && equal(a[key], b[key]));
  }
  return false;
}
