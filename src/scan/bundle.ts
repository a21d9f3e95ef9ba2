import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorReason, SourceError } from '../errors.js';
import { mayContainToken } from '../detector/prefilter.js';
import {
  inlineMap,
  loadSourceMap,
  originalPositions,
  readMap,
  readMapFile,
  resolveSource,
  sourceMappingUrl,
  type LoadedMap,
  type MapCache,
} from '../sources/source-maps.js';
import { createNamer, toPosix, walkTree, type FileNamer } from '../sources/files.js';
import { crawl, DEFAULT_LIMITS, isUrl, type FetchLimits } from '../sources/web.js';
import type { Finding, RelatedLocation, ScanResult } from '../types.js';
import { archiveKind } from '../sources/archives/index.js';
import { scanArchive, scanContent } from './archive.js';
import { emptyBatch, mergeBatch, scanBytes, scanFile, type BatchResult, type ScanSettings } from './scan-input.js';
import { runSources, type Source } from './pipeline.js';
import type { BaseScanOptions } from './setup.js';

/** Options for {@link scanBundle}. */
export interface BundleOptions extends BaseScanOptions {
  /** Build folders, files or site URLs to scan; default: the build output found under the root. */
  paths?: readonly string[];
  /** Bounds of fetching a site by URL (default {@link DEFAULT_LIMITS}). */
  fetchLimits?: FetchLimits;
}

/** Where frameworks and tools put build output, relative to the project root. */
export const BUILD_OUTPUTS = [
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit/output',
  'public/build',
  'storybook-static',
  'android/app/src/main/assets',
  'ios/main.jsbundle',
];

/** Text files a build ships. */
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.map', '.html', '.htm', '.json', '.css', '.txt']);
/** Files whose strings sit in binary tables (Hermes bytecode, WebAssembly, React Native bundles). */
const BINARY_EXTENSIONS = new Set(['.bundle', '.jsbundle', '.hbc', '.wasm']);
/** App packages and archives a build writes (detected by content once read; the name only lets a walk pick them). */
const ARCHIVE_EXTENSIONS = new Set(['.apk', '.aab', '.ipa', '.zip', '.jar', '.aar', '.war', '.asar', '.xpi', '.vsix', '.tgz', '.gz', '.tar']);
/** Build-time folders that are not shipped. */
const NOT_SHIPPED = new Set(['node_modules', 'cache']);

/**
 * Scans build output for tokens shipped to clients: JavaScript, CSS, HTML, JSON, source maps,
 * and bundles without an extension or in binary form (read raw: their string tables hold the
 * strings as bytes). Build folders are scanned even when git ignores them. A token in generated
 * code is mapped back through its source map to the original file and line; a token in a map's
 * `sourcesContent` is reported at the original file and line.
 */
export async function scanBundle(options: BundleOptions = {}): Promise<ScanResult> {
  return runSources(options, () => [bundleSource(options)]);
}

/** Build output (folders, files) and sites (URLs): what ships to clients, mapped back to source where a map says. */
export function bundleSource(options: BundleOptions): Source {
  return {
    name: 'bundle',
    async read(setup, into) {
      const { root } = setup;
      const settings = shippedSettings(setup.settings);
      const inputs = options.paths && options.paths.length > 0 ? options.paths : defaultTargets(root);
      const targets = inputs.map((input) => ({ input, abs: isUrl(input) ? input : path.resolve(root, input) }));
      for (const target of targets) {
        if (isUrl(target.input)) {
          const site = emptyBatch();
          await scanSite(target.input, options.fetchLimits ?? DEFAULT_LIMITS, settings, site);
          // Everything here was fetched: a finding mapped back to an original source is still in the
          // resource it was fetched in, which its related locations name.
          for (const finding of site.findings) {
            finding.origin = { kind: 'url', url: isUrl(finding.path) ? finding.path : (finding.related?.find((r) => isUrl(r.path))?.path ?? target.input) };
          }
          mergeBatch(into, site);
          continue;
        }
        let stat: fs.Stats;
        try {
          stat = fs.statSync(target.abs);
        } catch {
          throw new SourceError(`${target.input}: no such file or directory`);
        }
        const files = stat.isDirectory() ? shippedFiles(target.abs, createNamer(root, setup.settings.exclude)) : [target.abs];
        const cache: MapCache = {};
        for (const file of files) scanShippedFile(file, root, settings, into, cache);
      }
      // App packages (APK, AAB, IPA, asar) and other archives the build wrote: what they hold ships.
      const archives = into.archives ?? [];
      delete into.archives;
      for (const archive of archives) {
        await scanArchive(
          { source: { file: archive.abs }, path: archive.rel, origin: (entry) => ({ kind: 'file', path: archive.rel, entry }), sourceMapsFrom: root },
          settings,
          into,
        );
      }
      if (settings.rules.exposure) for (const finding of into.findings) finding.exposure ??= { variable: '', via: 'bundle' };
    },
  };
}

/**
 * A token in build output is public, live or test: the client-exposure rule reports it (when it
 * is enabled) instead of the token rules, at its severity.
 */
function shippedSettings(settings: ScanSettings): ScanSettings {
  const exposure = settings.rules.exposure;
  if (!exposure) return settings;
  return { ...settings, rules: { ...settings.rules, live: exposure, test: exposure } };
}

/** The build output present under `root`; a clear error when there is none. */
function defaultTargets(root: string): string[] {
  const found = BUILD_OUTPUTS.map((p) => path.join(root, p)).filter((p) => fs.existsSync(p));
  if (found.length === 0) {
    throw new SourceError(`no build output found in ${root} (looked for ${BUILD_OUTPUTS.join(', ')}): name it, as in monime-guard bundle <dir>`);
  }
  return found;
}

/** Files in a build folder that may ship to clients, symlinks not followed. */
function shippedFiles(dir: string, namer: FileNamer): string[] {
  return walkTree(dir, { namer, skipDirs: NOT_SHIPPED, accept: isShipped });
}

function isShipped(name: string): boolean {
  const ext = path.extname(name).toLowerCase();
  return ext === '' || TEXT_EXTENSIONS.has(ext) || BINARY_EXTENSIONS.has(ext) || ARCHIVE_EXTENSIONS.has(ext);
}

/** Binary bundles up to this size are read whole, through their string tables; larger ones are streamed raw. */
const MAX_BINARY_IN_MEMORY = 256 * 1024 * 1024;

/** Bytes read from the end of a generated file to find its `sourceMappingURL` comment. */
const TAIL_BYTES = 64 * 1024;

/** Scans one shipped file and ties its findings to their sources. */
function scanShippedFile(file: string, root: string, settings: ScanSettings, result: BatchResult, cache: MapCache): void {
  const rel = toPosix(path.relative(root, file)) || path.basename(file);
  const binary = BINARY_EXTENSIONS.has(path.extname(file).toLowerCase());
  const own = emptyBatch();
  // A bundle in binary form (Hermes bytecode) is read through its string table when it fits in memory.
  const size = binary ? fs.statSync(file).size : 0;
  if (binary && size <= MAX_BINARY_IN_MEMORY && !archiveKind(readPart(file, 1024, 'head'))) scanContent(fs.readFileSync(file), rel, settings, own);
  else scanFile({ abs: file, rel, explicit: true }, binary ? { ...settings, scanBinary: true } : settings, own);
  if (own.findings.length > 0 && !binary) {
    try {
      if (file.endsWith('.map')) {
        own.findings = fromSourcesContent(readMapFile(file, cache), rel, root, settings, own.findings);
      } else {
        // Only the end is needed, unless the map is inline in the file.
        const tail = readPart(file, TAIL_BYTES, 'tail');
        const bytes = sourceMappingUrl(tail)?.startsWith('data:') && tail.length === TAIL_BYTES ? fs.readFileSync(file) : tail;
        own.findings = tieToSources(bytes, rel, root, settings, own.findings, () => loadSourceMap(file, bytes, cache));
      }
    } catch (error) {
      own.warnings.push({
        path: rel,
        code: 'source-map',
        message: `${rel}: source map not read (${errorReason(error)})`,
      });
    }
  }
  mergeBatch(result, own);
}

/** The first or last `length` bytes of a file (all of it when shorter). */
function readPart(file: string, length: number, end: 'head' | 'tail'): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, length));
    fs.readSync(fd, buffer, 0, buffer.length, end === 'head' ? 0 : size - buffer.length);
    return buffer;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Ties findings in generated code to their sources: each gets the original position its map
 * points to. A token in an inline map's `data:` URL is in the map, not the code: it is reported
 * where it was written, in `sourcesContent`, with the generated file as the related location.
 */
function tieToSources(bytes: Buffer, rel: string, root: string, settings: ScanSettings, findings: Finding[], load: () => LoadedMap | undefined): Finding[] {
  const loaded = load();
  if (!loaded) return findings;
  // The line of an inline map's comment: findings on it are in the map, not in the code.
  // An inline map makes `bytes` the whole file (see scanShippedFile), so its line is counted right.
  const inlineAt = loaded.file ? -1 : bytes.lastIndexOf('sourceMappingURL=data:');
  const inlineLine = inlineAt === -1 ? 0 : countLines(bytes, inlineAt);
  const inCode = findings.filter((f) => f.span.start.line !== inlineLine);
  const originals = originalPositions(
    loaded,
    inCode.map((f) => f.span.start),
    root,
  );
  inCode.forEach((finding, i) => {
    const original = originals[i];
    if (original) addRelated(finding, { path: displayPath(original.source, root), line: original.line, column: original.column, role: 'original source' });
  });
  if (inlineLine === 0) return inCode;
  return [
    ...inCode,
    ...fromSourcesContent(
      loaded,
      rel,
      root,
      settings,
      findings.filter((f) => f.span.start.line === inlineLine),
    ),
  ];
}

/** 1-based line of byte `at`. */
function countLines(bytes: Buffer, at: number): number {
  let line = 1;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < at; i = bytes.indexOf(0x0a, i + 1)) line++;
  return line;
}

/**
 * Findings of the tokens in a map's `sourcesContent`, at the original file and line, each with
 * the map (`mapRel`, at the raw finding's place) as related location. Only entries whose raw bytes
 * pass the prefilter are decoded. Raw findings that `sourcesContent` does not explain are kept.
 */
function fromSourcesContent(loaded: LoadedMap | undefined, mapRel: string, root: string, settings: ScanSettings, raw: Finding[]): Finding[] {
  if (!loaded) return raw;
  const found: Finding[] = [];
  const scanSource = (content: string, source: string, sourceDir: string): void => {
    const batch = emptyBatch();
    scanBytes(Buffer.from(content), displayPath(resolveSource(source, sourceDir, root), root), settings, batch);
    found.push(...batch.findings);
  };
  const { bytes, layout } = loaded;
  if (layout.sectioned) {
    // Indexed maps are rare and made of ordinary maps: parsed whole, section by section.
    const parsed = JSON.parse(bytes.toString('utf8')) as { sections?: { map?: { sourceRoot?: unknown; sources?: unknown[]; sourcesContent?: unknown[] } }[] };
    for (const { map } of parsed.sections ?? []) {
      const sourceDir = path.resolve(loaded.dir, typeof map?.sourceRoot === 'string' ? map.sourceRoot : '');
      (map?.sourcesContent ?? []).forEach((content, i) => {
        const source = map?.sources?.[i];
        if (typeof content === 'string') scanSource(content, typeof source === 'string' ? source : `source-${i}`, sourceDir);
      });
    }
  } else {
    const sourceDir = path.resolve(loaded.dir, layout.sourceRoot ?? '');
    layout.sourcesContent.forEach((range, i) => {
      if (!range || !mayContainToken(bytes, range[0], range[1])) return;
      scanSource(JSON.parse(bytes.toString('utf8', range[0], range[1])) as string, layout.sources[i] ?? `source-${i}`, sourceDir);
    });
  }
  const byToken = new Map(raw.map((f) => [f.fingerprint, f]));
  for (const finding of found) {
    const inMap = byToken.get(finding.fingerprint);
    addRelated(finding, { path: mapRel, line: inMap?.span.start.line ?? 1, column: inMap?.span.start.column ?? 1, role: 'source map' });
  }
  const explained = new Set(found.map((f) => f.fingerprint));
  return [...found, ...raw.filter((f) => !explained.has(f.fingerprint))];
}

/**
 * Scans a deployed site: the page and what it loads (see {@link crawl}), each resource reported
 * under its URL. Tokens in scripts are mapped through the maps the crawl fetched; tokens in a
 * map's `sourcesContent` are reported at the source's name. Sources resolve as paths from `/`.
 */
async function scanSite(url: string, limits: FetchLimits, settings: ScanSettings, result: BatchResult): Promise<void> {
  const maps = new Map<string, Buffer>();
  const scripts: { url: string; bytes: Buffer; batch: BatchResult }[] = [];
  await crawl(
    url,
    limits,
    (resource) => {
      const own = emptyBatch();
      scanBytes(resource.body, resource.url, settings, own);
      if (resource.kind === 'map') {
        maps.set(resource.url, resource.body);
        if (own.findings.length > 0) own.findings = fromSourcesContent(readMap(resource.body, '/', resource.url), resource.url, '/', settings, own.findings);
        mergeBatch(result, own);
        return false;
      }
      if (own.findings.length === 0) {
        mergeBatch(result, own);
        return false;
      }
      // Mapped once the crawl is over: its map comes later.
      scripts.push({ url: resource.url, bytes: resource.body, batch: own });
      return resource.kind === 'script';
    },
    result.warnings,
  );
  for (const script of scripts) {
    const load = (): LoadedMap | undefined => {
      const ref = sourceMappingUrl(script.bytes);
      if (ref?.startsWith('data:')) return inlineMap(ref, '/');
      const mapUrl = ref ? new URL(ref, script.url).href : `${script.url}.map`;
      const bytes = maps.get(mapUrl);
      return bytes ? readMap(bytes, '/', mapUrl) : undefined;
    };
    script.batch.findings = tieToSources(script.bytes, script.url, '/', settings, script.batch.findings, load);
    mergeBatch(result, script.batch);
  }
}

/** A path relative to the root when inside it, else as absolute. */
function displayPath(abs: string, root: string): string {
  const rel = path.relative(root, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? toPosix(abs) : toPosix(rel);
}

function addRelated(finding: Finding, location: RelatedLocation): void {
  finding.related = [...(finding.related ?? []), location];
}
