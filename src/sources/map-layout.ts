/**
 * Reading a source map without parsing it whole. Maps of large bundles run to hundreds of
 * megabytes, most of it `sourcesContent`; `JSON.parse` and a full decode of `mappings` would
 * take seconds and gigabytes. Here the top-level object is walked on its bytes (string contents
 * skipped), `mappings` is decoded in one streaming pass that keeps only the segments asked for,
 * and `sourcesContent` entries are located so that only those with a hit are ever decoded.
 */

/** Byte ranges of a map's top-level fields, and the small fields parsed. */
export interface MapLayout {
  /** `[start, end)` of the `mappings` string's content. */
  mappings?: [number, number];
  sources: (string | null)[];
  sourceRoot?: string;
  /** `[start, end)` of each `sourcesContent` element, quotes included; null entries are absent. */
  sourcesContent: ([number, number] | undefined)[];
  /** An indexed map (`sections`): read with the general-purpose decoder instead. */
  sectioned: boolean;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index just past the JSON string starting with the quote at `at`. */
function skipString(bytes: Buffer, at: number): number {
  for (let i = bytes.indexOf(QUOTE, at + 1); i !== -1; i = bytes.indexOf(QUOTE, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; bytes[j] === BACKSLASH; j--) slashes++;
    if (slashes % 2 === 0) return i + 1;
  }
  throw new SyntaxError('unterminated string in source map');
}

function skipSpace(bytes: Buffer, at: number): number {
  let i = at;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return i;
}

/** Index just past the JSON value starting at `at` (strings skipped without decoding). */
function skipValue(bytes: Buffer, at: number): number {
  const c = bytes[at];
  if (c === QUOTE) return skipString(bytes, at);
  if (c === 0x7b || c === 0x5b) {
    let depth = 0;
    for (let i = at; i < bytes.length; i++) {
      const b = bytes[i];
      if (b === QUOTE) {
        i = skipString(bytes, i) - 1;
      } else if (b === 0x7b || b === 0x5b) {
        depth++;
      } else if (b === 0x7d || b === 0x5d) {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    throw new SyntaxError('unterminated value in source map');
  }
  let i = at;
  while (i < bytes.length && bytes[i] !== 0x2c && bytes[i] !== 0x7d && bytes[i] !== 0x5d) i++;
  return i;
}

/** Walks a map's top-level object; throws a SyntaxError when it is not a JSON object. */
export function readMapLayout(bytes: Buffer): MapLayout {
  const layout: MapLayout = { sources: [], sourcesContent: [], sectioned: false };
  let i = skipSpace(bytes, bytes[0] === 0xef ? 3 : 0);
  if (bytes[i] !== 0x7b) throw new SyntaxError('a source map is a JSON object');
  i = skipSpace(bytes, i + 1);
  while (i < bytes.length && bytes[i] !== 0x7d) {
    const keyEnd = skipString(bytes, i);
    const key = JSON.parse(bytes.toString('utf8', i, keyEnd)) as string;
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== 0x3a) throw new SyntaxError('expected : in source map');
    const valueStart = skipSpace(bytes, i + 1);
    const valueEnd = skipValue(bytes, valueStart);
    if (key === 'mappings' && bytes[valueStart] === QUOTE) layout.mappings = [valueStart + 1, valueEnd - 1];
    else if (key === 'sources') layout.sources = JSON.parse(bytes.toString('utf8', valueStart, valueEnd)) as (string | null)[];
    else if (key === 'sourceRoot') layout.sourceRoot = JSON.parse(bytes.toString('utf8', valueStart, valueEnd)) as string;
    else if (key === 'sections') layout.sectioned = true;
    else if (key === 'sourcesContent') layout.sourcesContent = arrayElements(bytes, valueStart, valueEnd);
    i = skipSpace(bytes, valueEnd);
    if (bytes[i] === 0x2c) i = skipSpace(bytes, i + 1);
  }
  return layout;
}

/** Byte ranges of the string elements of the array at `[start, end)`; null elements are undefined. */
function arrayElements(bytes: Buffer, start: number, end: number): ([number, number] | undefined)[] {
  const elements: ([number, number] | undefined)[] = [];
  let i = skipSpace(bytes, start + 1);
  while (i < end - 1) {
    const valueEnd = skipValue(bytes, i);
    elements.push(bytes[i] === QUOTE ? [i, valueEnd] : undefined);
    i = skipSpace(bytes, valueEnd);
    if (bytes[i] === 0x2c) i = skipSpace(bytes, i + 1);
  }
  return elements;
}

/** A generated position to look up: 1-based line, 0-based column. */
export interface GeneratedQuery {
  line: number;
  column: number;
}

/** An original position: source index, 1-based line, 0-based column. */
export interface OriginalSegment {
  source: number;
  line: number;
  column: number;
}

const BASE64 = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) BASE64[c.charCodeAt(0)] = i;

/**
 * Looks several generated positions up in one pass over the `mappings` bytes, keeping no decoded
 * segment but the best match of each query: the last segment on its line at or before its column
 * (the same rule as trace-mapping's default, greatest lower bound).
 */
export function lookupMappings(bytes: Buffer, range: [number, number], queries: readonly GeneratedQuery[]): (OriginalSegment | undefined)[] {
  const answers: (OriginalSegment | undefined)[] = queries.map(() => undefined);
  const order = queries.map((q, i) => ({ ...q, i })).sort((a, b) => a.line - b.line || a.column - b.column);
  let next = 0;
  let line = 1;
  let genColumn = 0;
  let source = 0;
  let origLine = 0;
  let origColumn = 0;
  const fields = [0, 0, 0, 0, 0];
  let field = 0;
  let value = 0;
  let shift = 0;
  const endSegment = (): void => {
    if (field === 0) return;
    genColumn += fields[0]!;
    if (field >= 4) {
      source += fields[1]!;
      origLine += fields[2]!;
      origColumn += fields[3]!;
      // Record this segment for every pending query on this line at or past its column.
      for (let k = next; k < order.length && order[k]!.line === line; k++) {
        if (order[k]!.column >= genColumn) answers[order[k]!.i] = { source, line: origLine + 1, column: origColumn };
      }
    }
    field = 0;
  };
  for (let i = range[0]; i < range[1] && next < order.length; i++) {
    const c = bytes[i]!;
    if (c === 0x2c || c === 0x3b) {
      endSegment();
      if (c === 0x3b) {
        line++;
        genColumn = 0;
        while (next < order.length && order[next]!.line < line) next++;
      }
      continue;
    }
    const digit = BASE64[c] ?? -1;
    if (digit < 0) throw new SyntaxError('invalid character in source map mappings');
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    // A sixth field or more would be malformed; it is ignored rather than trusted.
    if (field < fields.length) fields[field] = value & 1 ? -(value >>> 1) : value >>> 1;
    field++;
    value = 0;
    shift = 0;
  }
  endSegment();
  return answers;
}
