import { buildSync } from 'esbuild';
import { AnyMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { lookupMappings, readMapLayout } from '../../src/sources/map-layout.js';
import { makeTempDir, writeFiles } from '../cli/run-cli.js';

describe('reading a source map by layout', () => {
  it('agrees with trace-mapping on every position it is asked, in one pass', () => {
    const root = makeTempDir('monime-guard-map-');
    const files: Record<string, string> = {};
    for (let m = 0; m < 20; m++)
      files[`src/m${m}.js`] = `export function f${m}(a, b) {\n  const label = "m${m} \\" quoted";\n  return [a, b, label].join("/");\n}\n`;
    files['src/index.js'] = Array.from({ length: 20 }, (_, m) => `export * as m${m} from './m${m}.js';`).join('\n');
    writeFiles(root, files);
    const built = buildSync({
      absWorkingDir: root,
      entryPoints: ['src/index.js'],
      bundle: true,
      minify: true,
      outfile: 'out.js',
      sourcemap: 'external',
      write: false,
    });
    const mapBytes = Buffer.from(built.outputFiles.find((f) => f.path.endsWith('.map'))!.contents);
    const code = built.outputFiles.find((f) => f.path.endsWith('.js'))!.text;
    const layout = readMapLayout(mapBytes);
    // The index module re-exports only: esbuild leaves it out of the map.
    expect(layout.sources).toHaveLength(20);
    expect(layout.sourcesContent.filter(Boolean)).toHaveLength(20);
    const reference = new AnyMap(mapBytes.toString('utf8'));
    const lines = code.split('\n');
    const queries = [];
    for (let line = 1; line <= lines.length; line++) {
      for (let column = 0; column < lines[line - 1]!.length; column += 7) queries.push({ line, column });
    }
    const answers = lookupMappings(mapBytes, layout.mappings!, queries);
    queries.forEach((q, i) => {
      const expected = originalPositionFor(reference, q);
      const got = answers[i];
      expect(got ? { source: layout.sources[got.source], line: got.line, column: got.column } : null).toEqual(
        expected.source === null ? null : { source: expected.source.replace(/^.*?src\//, 'src/'), line: expected.line, column: expected.column },
      );
    });
  });

  it('finds sourcesContent entries without decoding them, and rejects what is not a map', () => {
    const map = Buffer.from(JSON.stringify({ version: 3, sources: ['a.js', null], sourcesContent: ['x = "\\"}]"', null], mappings: 'AAAA' }));
    const layout = readMapLayout(map);
    expect(layout.sourcesContent[0] && JSON.parse(map.toString('utf8', ...layout.sourcesContent[0]))).toBe('x = "\\"}]"');
    expect(layout.sourcesContent[1]).toBeUndefined();
    expect(() => readMapLayout(Buffer.from('[1,2]'))).toThrow(SyntaxError);
  });
});
