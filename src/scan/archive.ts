import * as path from 'node:path';
import { mayContainBase64Prefix, mayContainTokenText } from '../detector/prefilter.js';
import { DEFAULT_ARCHIVE_LIMITS, walkArchive, type ArchiveEntry, type ArchiveLimits } from '../sources/archives/index.js';
import { printableRuns, readBinaryStrings, runsAtPrefixes } from '../sources/binary/index.js';
import { inlineMap, originalPositions, readMap, sourceMappingUrl } from '../sources/source-maps.js';
import type { Finding, Placeholder } from '../types.js';
import type { ExtractedString } from '../sources/binary/index.js';
import { emptyBatch, scanBytes, type BatchResult, type ScanSettings } from './scan-input.js';

/**
 * Scanning inside archives (zip and its family: APK, AAB, IPA, jar, war; tar and gzip; Electron's
 * asar): every entry is read in memory, never extracted, nested archives are opened to a depth
 * limit, and each entry is scanned as what it is: text as text, app binaries (DEX, compiled
 * Android XML, Hermes bytecode, binary plists, native libraries) through the strings they hold.
 * A finding names the archive and the entry (`app.apk!/classes.dex`).
 */

/** Where an archive is, and how findings in it are placed. */
export interface ArchiveInput {
  /** The archive on disk, or its bytes (a git blob, a nested archive). */
  source: { file: string } | { bytes: Buffer };
  /** The archive's own path, as findings outside archives are named. */
  path: string;
  /** Sets each finding's origin from the archive's path and the entry's path inside it. */
  origin(entry: string[]): Finding['origin'];
  /**
   * Map findings in JavaScript entries back through source maps in the same archive (`bundle`):
   * the scan root, that a map's sources are named relative to.
   */
  sourceMapsFrom?: string;
}

/** A JavaScript entry with findings, waiting for the archive's source maps to be read. */
interface MappedEntry {
  entry: string[];
  findings: Finding[];
  /** The `sourceMappingURL` the entry names, if any. */
  url?: string;
}

/** Bytes a chunked entry's windows overlap by, so a token across two chunks is seen whole. */
const OVERLAP = 4096;
/** The most a window carries into the next: a line longer than this is cut where it stands. */
const MAX_CARRY = 1024 * 1024;
/**
 * The prefix's start as a binary may hold it: plain (UTF-8, MUTF-8, Latin-1) and in UTF-16 of
 * either byte order. Looser than the text prefilter, which rejects `mon_` glued to a letter: in
 * a binary the byte before a string is a length or a marker, which may read as one.
 */
const BINARY_NEEDLES = [Buffer.from('mon'), Buffer.from('mon', 'utf16le'), Buffer.from('\0m\0o\0n', 'latin1')];

/** The path findings in an entry are reported under: the archive's, then each entry's, joined by `!/`. */
export function entryPath(archive: string, entry: readonly string[]): string {
  return [archive, ...entry].join('!/');
}

/** Scans every entry of an archive into `into`; problems with the archive are warnings. */
export async function scanArchive(input: ArchiveInput, settings: ScanSettings, into: BatchResult, limits: Partial<ArchiveLimits> = {}): Promise<void> {
  // Entries come in the archive's order, so maps are kept (within a budget) until the walk ends.
  const maps = new Map<string, Buffer>();
  let mapBytes = 0;
  const pending: MappedEntry[] = [];
  await walkArchive(
    input.source,
    { ...DEFAULT_ARCHIVE_LIMITS, ...(settings.maxArchiveDepth !== undefined ? { maxDepth: settings.maxArchiveDepth } : {}), ...limits },
    async (entry) => {
      const own = emptyBatch();
      const where = entryPath(input.path, entry.path);
      await scanEntry(entry, where, settings, own);
      for (const finding of own.findings) finding.origin = input.origin(entry.path);
      if (input.sourceMapsFrom !== undefined && entry.bytes) {
        const name = entry.path.at(-1) ?? '';
        if (name.endsWith('.map') && mapBytes + entry.bytes.length <= MAP_BUDGET) {
          maps.set(entry.path.join('\0'), entry.bytes);
          mapBytes += entry.bytes.length;
        } else if (own.findings.length > 0 && /\.(m?js|cjs|bundle|jsbundle)$/.test(name)) {
          const url = sourceMappingUrl(entry.bytes.subarray(Math.max(0, entry.bytes.length - 64 * 1024)));
          pending.push({ entry: entry.path, findings: own.findings, ...(url ? { url } : {}) });
        }
      }
      into.findings.push(...own.findings);
      into.placeholders.push(...own.placeholders);
      into.warnings.push(...own.warnings);
      into.filesScanned += own.filesScanned;
      into.bytesScanned += own.bytesScanned;
    },
    (warning) => {
      const where = entryPath(input.path, warning.path);
      into.warnings.push({ path: where, code: warning.code, message: `${where}: ${warning.message}` });
    },
  );
  if (input.sourceMapsFrom !== undefined) for (const mapped of pending) mapBack(mapped, maps, input.path, input.sourceMapsFrom);
}

/** Source maps kept from one archive, in bytes, for `bundle`'s mapping back. */
const MAP_BUDGET = 256 * 1024 * 1024;

/**
 * Adds to each finding of a JavaScript entry where its map says it came from: the map its
 * `sourceMappingURL` names (relative to the entry, or inline), else `<entry>.map`, in the same
 * archive. Sources named by a bundler scheme (`webpack://app/./src/pay.ts`) are the project's
 * files; other sources are placed inside the archive, beside the map.
 */
function mapBack(mapped: MappedEntry, maps: ReadonlyMap<string, Buffer>, archive: string, root: string): void {
  const parent = mapped.entry.slice(0, -1);
  const name = mapped.entry.at(-1)!;
  const dir = path.posix.dirname(name);
  const inArchive = path.join(root, `${entryPath(archive, [...parent, dir === '.' ? '' : dir])}`);
  let loaded;
  if (mapped.url?.startsWith('data:')) loaded = inlineMap(mapped.url, inArchive);
  else {
    const candidates = [...(mapped.url && !/^[a-z]+:/i.test(mapped.url) ? [path.posix.normalize(path.posix.join(dir, mapped.url))] : []), `${name}.map`];
    const found = candidates.map((candidate) => maps.get([...parent, candidate].join('\0'))).find((bytes) => bytes !== undefined);
    if (found) loaded = readMap(found, inArchive);
  }
  if (!loaded) return;
  const originals = originalPositions(
    loaded,
    mapped.findings.map((finding) => finding.span.start),
    root,
  );
  mapped.findings.forEach((finding, i) => {
    const original = originals[i];
    if (!original) return;
    const rel = path.relative(root, original.source).split(path.sep).join('/');
    finding.related = [
      ...(finding.related ?? []),
      { path: rel.startsWith('..') ? original.source : rel, line: original.line, column: original.column, role: 'original source' },
    ];
  });
}

/** Scans one entry, whole or in overlapping windows when it came in chunks. */
async function scanEntry(entry: ArchiveEntry, where: string, settings: ScanSettings, into: BatchResult): Promise<void> {
  if (entry.bytes) {
    scanContent(entry.bytes, where, settings, into);
    return;
  }
  if (!entry.chunks) return;
  // Windows of a large entry: each scanned with the end of the one before it, findings placed by
  // the lines (text) or bytes (binary) before the window, and each reported once.
  let carry = Buffer.alloc(0);
  let linesBefore = 0;
  let bytesBefore = 0;
  let binary: boolean | undefined;
  const seen = new Set<string>();
  for await (const chunk of entry.chunks) {
    const window = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
    binary ??= looksBinary(window);
    const own = emptyBatch();
    scanContent(window, where, settings, own, binary);
    for (const finding of own.findings) {
      shift(finding, binary ? 0 : linesBefore, binary ? bytesBefore : 0);
      const key = `${finding.fingerprint}:${finding.span.start.line}:${finding.span.start.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      into.findings.push(finding);
    }
    into.placeholders.push(...own.placeholders);
    into.bytesScanned += chunk.length;
    // Text is cut at a line start, so lines and columns in the next window stay exact (unless the
    // line is longer than a chunk: then the columns of its findings count from the cut).
    let cut = Math.max(0, window.length - OVERLAP);
    if (!binary) {
      const lineStart = window.lastIndexOf(10, cut) + 1;
      if (lineStart > 0 && window.length - lineStart <= MAX_CARRY) cut = lineStart;
      linesBefore += countNewlines(window.subarray(0, cut));
    }
    bytesBefore += cut;
    carry = Buffer.from(window.subarray(cut));
  }
  into.filesScanned++;
}

/**
 * Scans an entry's content (or a shipped app binary's, as `bundle` reads a Hermes bundle): text
 * as any file is scanned; a binary through the strings its format holds, each placed at line 1
 * and its byte offset in the entry (plus 1) as the column.
 */
export function scanContent(bytes: Buffer, where: string, settings: ScanSettings, into: BatchResult, binary = looksBinary(bytes)): void {
  if (!binary) {
    scanBytes(bytes, where, { ...settings, scanBinary: true }, into);
    return;
  }
  into.filesScanned++;
  into.bytesScanned += bytes.length;
  // Escapes of single prefix characters (`%6D`, `\x6d`) turn up by chance in any binary, so the
  // gate here is the prefix's bytes and its base64; each string extracted is gated as text below.
  if (!BINARY_NEEDLES.some((needle) => bytes.includes(needle)) && !mayContainBase64Prefix(bytes)) return;
  for (const found of binaryStrings(bytes, where, into)) {
    if (!mayContainTokenText(found.text)) continue;
    const own = emptyBatch();
    scanBytes(Buffer.from(found.text, 'utf8'), where, { ...settings, scanBinary: false }, own);
    for (const finding of own.findings) {
      placeInBinary(finding.span, found.offset);
      into.findings.push(finding);
    }
    for (const placeholder of own.placeholders) placeInBinary(placeholder.span, found.offset);
    into.placeholders.push(...own.placeholders);
  }
}

/**
 * The strings of a binary: its string tables, or, when they do not parse (a corrupt or truncated
 * DEX, compiled XML, `resources.arsc` or Hermes file), its printable runs, as for any other binary,
 * with a `binary-tables` warning naming it. A table that half parses may have lost any string, so
 * the runs replace it whole: a token is ASCII, and the runs hold every ASCII string of the file
 * (cut at glued prefixes, see {@link runsAtPrefixes}).
 */
function binaryStrings(bytes: Buffer, where: string, into: BatchResult): ExtractedString[] {
  const read = readBinaryStrings(bytes);
  if (read.problems.length === 0) return read.strings;
  const first = read.problems[0]!.replace(/; read printable runs instead$/, '');
  const more = read.problems.length > 1 ? ` (and ${read.problems.length - 1} more)` : '';
  into.warnings.push({ path: where, code: 'binary-tables', message: `${where}: ${first}${more}; its printable runs were scanned instead` });
  return runsAtPrefixes(printableRuns(bytes));
}

/** A string found at `offset` in a binary: line 1, its column counted from the entry's first byte. */
function placeInBinary(span: Placeholder['span'], offset: number): void {
  span.start = { line: 1, column: offset + span.start.column };
  span.end = { line: 1, column: offset + span.end.column };
}

/** Moves a finding found in a window by the lines (or bytes) before the window. */
function shift(finding: Finding, lines: number, bytes: number): void {
  const { start, end } = finding.span;
  finding.span = {
    start: { line: start.line + lines, column: start.column + bytes },
    end: { line: end.line + lines, column: end.column + bytes },
  };
}

/** The rule every scan uses: a NUL byte in the first 8 KiB means binary. */
function looksBinary(bytes: Buffer): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) count++;
  return count;
}
