/**
 * Pieces of the one-line messages that config and baseline errors carry. Every piece that echoes
 * text from a user's file passes through `redactTokens`, because error lines end up in CI logs and
 * PR comments, and a token must never leave the process whole (DESIGN §4).
 */
import path from 'node:path';
import { redactTokens } from '../findings/mask.js';

/** Longest piece of user text echoed in a message; longer text is cut so the message stays one line. */
const MAX_ECHO = 60;

/** Redacts, then cuts text to `MAX_ECHO` characters, so an echoed value can neither leak nor sprawl. */
function shorten(text: string): string {
  const redacted = redactTokens(text);
  return redacted.length > MAX_ECHO ? `${redacted.slice(0, MAX_ECHO - 1)}…` : redacted;
}

/**
 * Quotes a key or string value for a message: redacted, shortened, JSON-escaped (so a newline in
 * the value cannot break the one-line contract).
 */
export function quote(text: string): string {
  return JSON.stringify(shorten(text));
}

/** Describes a value for the `(got …)` part of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'an array';
  // YAML's `!!binary` tag yields a Buffer; calling it "an object" would only confuse.
  if (value instanceof Uint8Array) return 'binary data';
  return 'an object';
}

/** One step of a location inside a parsed document: an object key or an array index. */
export type PathSegment = string | number;

/**
 * Formats a location as a JSON Pointer (RFC 6901): `/` for the top level, `/allow/0/reason` below
 * it. Keys come from the user's file, so they are redacted like any other echoed text.
 */
export function toPointer(segments: readonly PathSegment[]): string {
  if (segments.length === 0) return '/';
  return segments.map((segment) => `/${redactTokens(String(segment)).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * How a file is named in messages: relative to the working directory when it lies inside it (what
 * a user can paste back into a command), absolute otherwise.
 */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  const outside = relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return outside ? file : relative;
}

/** Names a 1-based position the way the messages do: `line 3 column 5`. */
export function describePosition(line: number, column: number): string {
  return `line ${line} column ${column}`;
}
