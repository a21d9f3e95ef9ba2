/**
 * Strict JSON parsing for config and baseline files.
 *
 * `JSON.parse` alone is not enough here, for three reasons:
 * - its error messages differ between Node 20 and Node 22+ (only the latter gives a line and
 *   column), and Node 20's quote the text around the error, which could put a token on stderr;
 * - it silently keeps the last of two equal keys, so a second `"allow"` would drop the first;
 * - we want a hint for the usual mistakes (comments, trailing commas, single quotes).
 * So a small scanner checks the grammar (RFC 8259) and key uniqueness first and reports the first
 * problem with our own words and position; only then does `JSON.parse` build the value.
 */
import { ConfigError } from '../errors.js';
import { describePosition, quote } from './messages.js';

/** Deeper nesting than this is refused; our files nest four levels, and it bounds the recursion. */
const MAX_DEPTH = 512;

/** A JSON text that cannot be accepted, with where the problem starts. */
export class JsonSyntaxError extends Error {
  /** `syntax` for grammar errors; `duplicate-key` when an object repeats a key. */
  readonly kind: 'syntax' | 'duplicate-key';
  /** What is wrong, in a few words, never quoting more than one character or one key of the input. */
  readonly reason: string;
  /** 1-based line of the problem, when known. */
  readonly line: number | undefined;
  /** 1-based column (UTF-16 code units) of the problem, when known. */
  readonly column: number | undefined;

  constructor(kind: 'syntax' | 'duplicate-key', reason: string, position?: { line: number; column: number }) {
    super(position ? `${reason} at line ${position.line} column ${position.column}` : reason);
    this.name = 'JsonSyntaxError';
    this.kind = kind;
    this.reason = reason;
    this.line = position?.line;
    this.column = position?.column;
  }
}

/**
 * Parses a JSON text strictly: RFC 8259 grammar, no duplicate keys, at most 512 levels deep.
 * Throws `JsonSyntaxError` naming the first problem and its line and column.
 */
export function parseJson(text: string): unknown {
  new Scanner(text).run();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The scanner accepts only what JSON.parse accepts, so this means a bug in the scanner. Say
    // so without echoing JSON.parse's message, which may quote the input.
    throw new JsonSyntaxError('syntax', 'rejected by JSON.parse');
  }
}

/**
 * Words a JSON problem: `<file> is not JSON (<reason> at line L column C)`, or for a repeated key
 * `<file>: duplicate key "k" at line L column C`. Shared by the config and
 * baseline loaders.
 */
export function jsonError(shown: string, error: JsonSyntaxError): ConfigError {
  const where = error.line !== undefined && error.column !== undefined ? ` at ${describePosition(error.line, error.column)}` : '';
  if (error.kind === 'duplicate-key') return new ConfigError(`${shown}: ${error.reason}${where}`);
  return new ConfigError(`${shown} is not JSON (${error.reason}${where})`);
}

/** Shows one input character in a message: printable ones quoted, others as `U+XXXX`. */
function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f || (code >= 0x80 && code < 0xa0)) {
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return JSON.stringify(char);
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** A recursive-descent recogniser; it builds no values, only finds the first problem. */
class Scanner {
  private pos = 0;

  constructor(private readonly text: string) {}

  run(): void {
    this.skipWhitespace();
    this.value(0);
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail('unexpected text after the JSON value');
  }

  private fail(reason: string, at = this.pos, kind: 'syntax' | 'duplicate-key' = 'syntax'): never {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (this.text.charCodeAt(i) === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    throw new JsonSyntaxError(kind, reason, { line, column: at - lineStart + 1 });
  }

  /** Fails on the character at `pos`, with a hint for the mistakes people make most often. */
  private unexpected(): never {
    const code = this.text.codePointAt(this.pos);
    if (code === undefined) this.fail('unexpected end of input');
    const char = String.fromCodePoint(code);
    const hints: Record<string, string> = {
      '/': ' (JSON does not allow comments)',
      '#': ' (JSON does not allow comments)',
      "'": ' (JSON strings need double quotes)',
    };
    this.fail(`unexpected character ${describeChar(char)}${hints[char] ?? ''}`);
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) this.pos++;
      else return;
    }
  }

  private value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`nested more than ${MAX_DEPTH} levels deep`);
    const char = this.text[this.pos];
    switch (char) {
      case '{':
        this.object(depth + 1);
        return;
      case '[':
        this.array(depth + 1);
        return;
      case '"':
        this.string();
        return;
      case 't':
        this.literal('true');
        return;
      case 'f':
        this.literal('false');
        return;
      case 'n':
        this.literal('null');
        return;
      default:
        if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) {
          this.number();
          return;
        }
        this.unexpected();
    }
  }

  private object(depth: number): void {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    const keys = new Set<string>();
    for (;;) {
      this.skipWhitespace();
      const char = this.text[this.pos];
      if (char === '}') this.fail('unexpected character "}" (JSON does not allow trailing commas)');
      if (char !== '"') {
        if (char === undefined || char === '/' || char === '#' || char === "'") this.unexpected();
        this.fail('expected a property name in double quotes');
      }
      const keyStart = this.pos;
      this.string();
      const key = JSON.parse(this.text.slice(keyStart, this.pos)) as string;
      if (keys.has(key)) this.fail(`duplicate key ${quote(key)}`, keyStart, 'duplicate-key');
      keys.add(key);
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') {
        if (this.pos >= this.text.length) this.unexpected();
        this.fail('expected ":" after a property name');
      }
      this.pos++;
      this.skipWhitespace();
      this.value(depth);
      if (this.closes('}', 'a property value')) return;
    }
  }

  private array(depth: number): void {
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] === ']') {
        this.fail('unexpected character "]" (JSON does not allow trailing commas)');
      }
      this.value(depth);
      if (this.closes(']', 'an array element')) return;
    }
  }

  /**
   * After a member of an object or array: a comma (false: another member follows) or the closing
   * bracket (true: done, consumed); anything else is an error naming what came before it.
   */
  private closes(close: '}' | ']', after: string): boolean {
    this.skipWhitespace();
    const next = this.text[this.pos];
    if (next === ',' || next === close) {
      this.pos++;
      return next === close;
    }
    if (next === undefined || next === '/' || next === '#') this.unexpected();
    this.fail(`expected "," or "${close}" after ${after}`);
  }

  private string(): void {
    const start = this.pos;
    this.pos++;
    for (;;) {
      if (this.pos >= this.text.length) this.fail('unterminated string', start);
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x22) {
        this.pos++;
        return;
      }
      if (code === 0x5c) {
        const escape = this.text[this.pos + 1];
        if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          this.pos += 2;
          continue;
        }
        if (escape === 'u') {
          HEX4.lastIndex = this.pos + 2;
          if (HEX4.test(this.text)) {
            this.pos += 6;
            continue;
          }
          this.fail('bad \\u escape in a string (needs four hex digits)');
        }
        if (escape === undefined) this.fail('unterminated string', start);
        this.fail(`bad escape \\${escape} in a string`);
      }
      if (code === 0x0a || code === 0x0d) {
        this.fail('unterminated string (a line break comes before the closing quote)', start);
      }
      if (code < 0x20) {
        this.fail(`unescaped control character ${describeChar(String.fromCharCode(code))} in a string`);
      }
      this.pos++;
    }
  }

  private number(): void {
    const start = this.pos;
    NUMBER.lastIndex = start;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail('invalid number');
    this.pos += match[0].length;
    const next = this.text[this.pos];
    // `01`, `1.`, `1e` would otherwise surface as a confusing "expected ','" one character later.
    if (next !== undefined && /[0-9.eE+-]/.test(next)) this.fail('invalid number', start);
  }

  private literal(word: 'true' | 'false' | 'null'): void {
    if (this.text.startsWith(word, this.pos)) {
      this.pos += word.length;
      return;
    }
    this.unexpected();
  }
}
