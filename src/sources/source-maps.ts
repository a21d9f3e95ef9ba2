import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnyMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { lookupMappings, readMapLayout, type MapLayout } from './map-layout.js';

/**
 * Source maps of bundled files: finding a generated file's map (a `sourceMappingURL` comment,
 * inline as a `data:` URL or a path beside it, else `<file>.map`), and mapping generated
 * positions back to original sources. Maps are read by layout (see map-layout.ts), so a map of
 * hundreds of megabytes costs one pass and little memory; indexed maps with sections go through
 * @jridgewell/trace-mapping.
 */

/** A source map read for lookups. */
export interface LoadedMap {
  bytes: Buffer;
  layout: MapLayout;
  /** Path or URL of the map; absent for an inline map. */
  file?: string;
  /** Directory that relative `sources` resolve against. */
  dir: string;
}

/** An original position: the source as a path, 1-based line and column. */
export interface OriginalPosition {
  source: string;
  line: number;
  column: number;
}

/** The last `sourceMappingURL` annotation in a generated file's bytes. */
export function sourceMappingUrl(bytes: Buffer): string | undefined {
  const at = bytes.lastIndexOf('sourceMappingURL=');
  if (at === -1 || !/[#@]\s*$/.test(bytes.toString('latin1', Math.max(0, at - 4), at))) return undefined;
  let end = at + 'sourceMappingURL='.length;
  while (end < bytes.length && !' \t\r\n\'"*'.includes(String.fromCharCode(bytes[end]!))) end++;
  return bytes.toString('utf8', at + 'sourceMappingURL='.length, end);
}

/** Reads a map's bytes; undefined when they are not a source map. */
export function readMap(bytes: Buffer, dir: string, file?: string): LoadedMap | undefined {
  try {
    const layout = readMapLayout(bytes);
    if (!layout.mappings && !layout.sectioned) return undefined;
    return { bytes, layout, dir, ...(file ? { file } : {}) };
  } catch {
    return undefined;
  }
}

/** The map of an inline `data:` URL. */
export function inlineMap(url: string, dir: string): LoadedMap | undefined {
  const comma = url.indexOf(',');
  const payload = url.slice(comma + 1);
  const bytes = /;base64$/.test(url.slice(0, comma)) ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload));
  return readMap(bytes, dir);
}

/**
 * The last map file read, kept for the next caller: a bundle and its map are scanned one after
 * the other, and a map can be hundreds of megabytes, so it is read once, and only one is held.
 */
export interface MapCache {
  file?: string;
  map?: LoadedMap;
}

/** Reads the map file `file` (through `cache`), or undefined when it is not a source map. */
export function readMapFile(file: string, cache: MapCache = {}): LoadedMap | undefined {
  if (cache.file === file) return cache.map;
  cache.file = undefined;
  cache.map = undefined;
  const map = readMap(fs.readFileSync(file), path.dirname(file), file);
  cache.file = file;
  cache.map = map;
  return map;
}

/**
 * Loads the source map of the generated file `file` from disk, or undefined. `bytes` need only
 * hold the file's end, where the `sourceMappingURL` comment is, unless that is an inline map.
 */
export function loadSourceMap(file: string, bytes: Buffer, cache?: MapCache): LoadedMap | undefined {
  const dir = path.dirname(file);
  const url = sourceMappingUrl(bytes);
  if (url?.startsWith('data:')) return inlineMap(url, dir);
  const candidates = [url && !/^[a-z]+:\/\//i.test(url) ? path.resolve(dir, decodeURIComponent(url.split(/[?#]/)[0]!)) : undefined, `${file}.map`];
  for (const candidate of candidates) {
    if (!candidate || !fs.existsSync(candidate)) continue;
    const loaded = readMapFile(candidate, cache);
    if (loaded) return loaded;
  }
  return undefined;
}

/** Where each generated position (1-based line and column) came from, in one pass over the map. */
export function originalPositions(loaded: LoadedMap, queries: readonly { line: number; column: number }[], root: string): (OriginalPosition | undefined)[] {
  const { layout } = loaded;
  const sourceDir = path.resolve(loaded.dir, layout.sourceRoot ?? '');
  if (layout.sectioned) {
    const map = new AnyMap(loaded.bytes.toString('utf8'));
    return queries.map((q) => {
      const found = originalPositionFor(map, { line: q.line, column: q.column - 1 });
      if (found.source === null || found.line === null || found.column === null) return undefined;
      return { source: resolveSource(found.source, loaded.dir, root), line: found.line, column: found.column + 1 };
    });
  }
  const segments = lookupMappings(
    loaded.bytes,
    layout.mappings!,
    queries.map((q) => ({ line: q.line, column: q.column - 1 })),
  );
  return segments.map((segment) => {
    const source = segment ? layout.sources[segment.source] : undefined;
    if (!segment || typeof source !== 'string') return undefined;
    return { source: resolveSource(source, sourceDir, root), line: segment.line, column: segment.column + 1 };
  });
}

/**
 * A map's source as an absolute file path. Bundler schemes (`webpack://app/./src/x.ts`) name paths
 * from the project root; plain relative sources are relative to the map's directory.
 */
export function resolveSource(source: string, dir: string, root: string): string {
  if (source.startsWith('file://')) return decodeURIComponent(source.slice('file://'.length));
  const scheme = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/?/i.exec(source);
  if (scheme) return path.resolve(root, source.slice(scheme[0].length).replace(/^(\.\/)+/, ''));
  return path.isAbsolute(source) ? source : path.resolve(dir, source);
}
