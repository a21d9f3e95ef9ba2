import { UNKNOWN } from './model.js';

/**
 * Evaluates the Terraform expressions the HCL parser hands back as `${…}` strings, for the
 * subset that token configurations use: literals, lists and objects, `var.*`, `local.*`,
 * `count.index`, `each.key` / `each.value`, attribute and index access, string templates, and a
 * few pure functions (`toset`, `tolist`, `tomap`, `concat`, `distinct`, `flatten`, `join`,
 * `lower`, `upper`, `trimspace`). Anything else (operators, conditionals, `for` expressions,
 * other resources, template directives) evaluates to {@link UNKNOWN}: a value is resolved or it
 * is unknown, never guessed.
 */

/** What names resolve to while evaluating. A missing entry evaluates to unknown. */
export interface Scope {
  /** `var.<name>`. */
  variable(name: string): unknown;
  /** `local.<name>`. */
  local(name: string): unknown;
  /** `count.index`, when the resource has `count`. */
  count?: unknown;
  /** `each.key` and `each.value`, when the resource has `for_each`. */
  each?: { key: unknown; value: unknown };
  /**
   * Results by template text, for scopes without `count` and `each` (resources repeat the same
   * `var.*` and `local.*` expressions). Values are shared: callers must not change them.
   */
  cache?: Map<string, unknown>;
}

/** Thrown inside the evaluator for syntax it does not resolve; caught into {@link UNKNOWN}. */
class Unresolved extends Error {}

/** Evaluates a value from the HCL parser's JSON: strings are templates, lists and objects are walked. */
export function evaluate(value: unknown, scope: Scope): unknown {
  if (typeof value === 'string') return evaluateTemplate(value, scope);
  if (Array.isArray(value)) return value.map((item) => evaluate(item, scope));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = evaluate(item, scope);
    return out;
  }
  return value;
}

/** Whether a value, or anything inside it, is unknown. */
export function isUnknownDeep(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(isUnknownDeep);
  if (value !== null && typeof value === 'object') return Object.values(value).some(isUnknownDeep);
  return false;
}

/** A string template: literal text with `${expr}` interpolations (`$${` is a literal `${`). */
function evaluateTemplate(text: string, scope: Scope): unknown {
  if (!text.includes('${') && !text.includes('%{')) return text;
  const cached = scope.cache?.get(text);
  if (cached !== undefined || scope.cache?.has(text)) return cached;
  let value: unknown;
  try {
    value = new Parser(text, 0, scope).template(undefined);
  } catch (error) {
    if (!(error instanceof Unresolved)) throw error;
    value = UNKNOWN;
  }
  scope.cache?.set(text, value);
  return value;
}

const IDENTIFIER = /[A-Za-z_][\w-]*/y;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;

/** Whether a character code is HCL whitespace (space, tab, newline, carriage return). */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** Functions evaluated when every argument is known. */
const FUNCTIONS: Record<string, (args: unknown[]) => unknown> = {
  toset: ([list]) => (Array.isArray(list) ? [...new Set(list.map(stringOf))].sort() : fail()),
  tolist: ([list]) => (Array.isArray(list) ? list : fail()),
  tomap: ([map]) => (isObject(map) ? map : fail()),
  concat: (lists) => (lists.every(Array.isArray) ? (lists as unknown[][]).flat() : fail()),
  distinct: ([list]) => (Array.isArray(list) ? list.filter((item, i) => list.indexOf(item) === i) : fail()),
  flatten: ([list]) => (Array.isArray(list) ? (list as unknown[]).flat(Infinity) : fail()),
  join: ([separator, list]) => (typeof separator === 'string' && Array.isArray(list) ? list.map(stringOf).join(separator) : fail()),
  lower: ([text]) => stringOf(text).toLowerCase(),
  upper: ([text]) => stringOf(text).toUpperCase(),
  trimspace: ([text]) => stringOf(text).trim(),
};

function fail(): never {
  throw new Unresolved();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value as Terraform converts it to a string; lists, objects and null do not convert. */
function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail();
}

/** Recursive descent over the expression text, evaluating as it goes. */
class Parser {
  constructor(
    private readonly text: string,
    private pos: number,
    private readonly scope: Scope,
  ) {}

  /**
   * A template up to `end` (a closing quote) or the end of the text. A template that is exactly
   * one interpolation keeps the interpolated value's type, as Terraform does.
   */
  template(end: '"' | undefined): unknown {
    const parts: unknown[] = [];
    let literal = '';
    for (;;) {
      if (this.pos >= this.text.length) {
        if (end) fail();
        break;
      }
      const c = this.text[this.pos]!;
      if (end && c === end) {
        this.pos++;
        break;
      }
      if ((c === '$' || c === '%') && this.text[this.pos + 1] === c && this.text[this.pos + 2] === '{') {
        literal += `${c}{`;
        this.pos += 3;
      } else if (c === '%' && this.text[this.pos + 1] === '{') {
        fail();
      } else if (c === '$' && this.text[this.pos + 1] === '{') {
        this.pos += 2;
        if (literal) parts.push(literal);
        literal = '';
        parts.push(this.expression());
        this.skipSpace();
        this.expect('}');
      } else if (end && c === '\\') {
        literal += this.escape();
      } else {
        literal += c;
        this.pos++;
      }
    }
    if (literal) parts.push(literal);
    if (parts.length === 1 && literal === '') return parts[0];
    if (parts.some((part) => part === UNKNOWN)) return UNKNOWN;
    return parts.map(stringOf).join('');
  }

  private escape(): string {
    const next = this.text[this.pos + 1];
    this.pos += 2;
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
    if (next !== undefined && next in simple) return simple[next]!;
    if (next === 'u') {
      const hex = this.text.slice(this.pos, this.pos + 4);
      this.pos += 4;
      return String.fromCharCode(Number.parseInt(hex, 16));
    }
    return fail();
  }

  expression(): unknown {
    this.skipSpace();
    let value = this.primary();
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '.' && /[A-Za-z_]/.test(this.text[this.pos + 1] ?? '')) {
        this.pos++;
        value = this.access(value, this.identifier());
      } else if (c === '.' && /\d/.test(this.text[this.pos + 1] ?? '')) {
        this.pos++;
        value = this.access(value, Number(this.number()));
      } else if (c === '[') {
        this.pos++;
        const index = this.expression();
        this.skipSpace();
        this.expect(']');
        value = this.access(value, index);
      } else {
        return value;
      }
    }
  }

  private access(value: unknown, key: unknown): unknown {
    if (value === UNKNOWN || key === UNKNOWN) return UNKNOWN;
    if (Array.isArray(value) && typeof key === 'number') return key in value ? value[key] : fail();
    if (isObject(value) && (typeof key === 'string' || typeof key === 'number')) return String(key) in value ? value[String(key)] : fail();
    return fail();
  }

  private primary(): unknown {
    const c = this.text[this.pos];
    if (c === '"') {
      this.pos++;
      return this.template('"');
    }
    if (c === '[') return this.list();
    if (c === '{') return this.object();
    if (c === '(') {
      this.pos++;
      const value = this.expression();
      this.skipSpace();
      this.expect(')');
      return value;
    }
    if (c === '-' || (c !== undefined && /\d/.test(c))) return Number(this.number());
    if (c !== undefined && /[A-Za-z_]/.test(c)) return this.reference(this.identifier());
    return fail();
  }

  private reference(name: string): unknown {
    this.skipSpace();
    if (this.text[this.pos] === '(') return this.call(name);
    if (name === 'true') return true;
    if (name === 'false') return false;
    if (name === 'null') return null;
    const attribute = (): string => {
      this.skipSpace();
      this.expect('.');
      return this.identifier();
    };
    if (name === 'var') return this.scope.variable(attribute());
    if (name === 'local') return this.scope.local(attribute());
    if (name === 'count' && this.scope.count !== undefined && attribute() === 'index') return this.scope.count;
    if (name === 'each' && this.scope.each) {
      const part = attribute();
      if (part === 'key') return this.scope.each.key;
      if (part === 'value') return this.scope.each.value;
    }
    // Another resource, a data source, a module output, path.*, terraform.*: known only at apply.
    return UNKNOWN;
  }

  private call(name: string): unknown {
    this.pos++;
    const args = this.sequence(')');
    const fn = FUNCTIONS[name];
    if (!fn || args.some(isUnknownDeep)) return UNKNOWN;
    return fn(args);
  }

  private list(): unknown {
    this.pos++;
    this.skipSpace();
    if (/^for\s/.test(this.text.slice(this.pos, this.pos + 4))) fail();
    return this.sequence(']');
  }

  /** Comma-separated expressions up to `close` (a trailing comma allowed). */
  private sequence(close: string): unknown[] {
    const items: unknown[] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) {
        this.pos++;
        return items;
      }
      items.push(this.expression());
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== close) fail();
    }
  }

  private object(): unknown {
    this.pos++;
    this.skipSpace();
    if (/^for\s/.test(this.text.slice(this.pos, this.pos + 4))) fail();
    const out: Record<string, unknown> = {};
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') {
        this.pos++;
        return out;
      }
      const key = this.text[this.pos] === '"' ? (this.pos++, this.template('"')) : this.identifier();
      if (typeof key !== 'string') fail();
      this.skipSpace();
      if (this.text[this.pos] !== '=' && this.text[this.pos] !== ':') fail();
      this.pos++;
      out[key] = this.expression();
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
    }
  }

  private identifier(): string {
    return this.sticky(IDENTIFIER);
  }

  private number(): string {
    return this.sticky(NUMBER);
  }

  private sticky(pattern: RegExp): string {
    pattern.lastIndex = this.pos;
    const match = pattern.exec(this.text);
    if (!match) fail();
    this.pos += match[0].length;
    return match[0];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && isSpace(this.text.charCodeAt(this.pos))) this.pos++;
  }

  private expect(char: string): void {
    if (this.text[this.pos] !== char) fail();
    this.pos++;
  }
}
