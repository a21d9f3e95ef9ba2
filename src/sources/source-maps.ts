import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnyMap, originalPositionFor, type TraceMap } from '@jridgewell/trace-mapping';

/**
 * Source maps of bundled files: finding a generated file's map (a `sourceMappingURL` comment,
 * inline as a `data:` URL or a path beside it, else `<file>.map`), reading it (indexed maps with
 * sections included), and mapping a generated position back to the original source.
 */

/** A loaded source map and where it came from. */
export interface LoadedMap {
  map: TraceMap;
  /** Absolute path of the map file; absent for an inline map. */
  file?: string;
  /** Directory that relative `sources` resolve against. */
  dir: string;
}

/** The last `sourceMappingURL` annotation in a generated file (`//#` or `/*#` comments). */
export function sourceMappingUrl(text: string): string | undefined {
  const pattern = /[#@]\s*sourceMappingURL=([^\s'"*]+)/g;
  let last: string | undefined;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match[1];
  return last;
}

/** Loads the source map of the generated file `file` (whose text is `text`), or undefined. */
export function loadSourceMap(file: string, text: string): LoadedMap | undefined {
  const dir = path.dirname(file);
  const url = sourceMappingUrl(text);
  if (url?.startsWith('data:')) {
    const comma = url.indexOf(',');
    const payload = url.slice(comma + 1);
    const json = /;base64$/.test(url.slice(0, comma)) ? Buffer.from(payload, 'base64').toString('utf8') : decodeURIComponent(payload);
    const map = parseMap(json);
    return map ? { map, dir } : undefined;
  }
  const candidates = [url && !/^[a-z]+:\/\//i.test(url) ? path.resolve(dir, decodeURIComponent(url.split(/[?#]/)[0]!)) : undefined, `${file}.map`];
  for (const candidate of candidates) {
    if (!candidate || !fs.existsSync(candidate)) continue;
    const map = parseMap(fs.readFileSync(candidate, 'utf8'));
    if (map) return { map, file: candidate, dir: path.dirname(candidate) };
  }
  return undefined;
}

/** Parses a source map (plain or indexed with sections); undefined when it is not one. */
export function parseMap(json: string): TraceMap | undefined {
  try {
    return new AnyMap(json);
  } catch {
    return undefined;
  }
}

/** Where a generated 1-based line and column came from, with the source resolved to a path. */
export function originalPosition(loaded: LoadedMap, line: number, column: number, root: string): { source: string; line: number; column: number } | undefined {
  const found = originalPositionFor(loaded.map, { line, column: column - 1 });
  if (found.source === null || found.line === null || found.column === null) return undefined;
  return { source: resolveSource(found.source, loaded.dir, root), line: found.line, column: found.column + 1 };
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
