/**
 * The one direction of imports (README, "Architecture"): every module of `src/` and `rules/` sits
 * in a layer and imports only from its own layer or those below, and no modules import each
 * other in a circle. Type-only imports count: a cycle of types is still a cycle to a reader.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run-cli.js';

/** Layers from the bottom up; a module belongs to the first whose pattern matches its path. */
const LAYERS: { name: string; pattern: RegExp }[] = [
  {
    name: 'core',
    pattern:
      /^src\/(types|errors|exit-codes|version|calendar-date|commonjs-exports|closest-name)\.ts$|^src\/(detector|findings|output)\/|^src\/iac\/(model|catalogue)\.ts$/,
  },
  { name: 'rules', pattern: /^rules\// },
  { name: 'engine', pattern: /^src\/(sources|scan|filters|config|reporters|iac|exposure|hooks|verify)\/|^src\/index\.ts$/ },
  { name: 'adapters', pattern: /^src\/(cli|eslint|action)\// },
];

/** Adapters stand side by side: none imports another. */
const ADAPTERS = ['src/cli/', 'src/eslint/', 'src/action/'];

function sourceFiles(): string[] {
  return ['src', 'rules'].flatMap((dir) =>
    fs
      .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `${dir}/${file.split(path.sep).join('/')}`),
  );
}

/** The repository-relative modules a file imports (static, type-only and dynamic `import()`). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specifiers.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)).replace(/\.js$/, '.ts'));
}

const layerOf = (file: string): number => LAYERS.findIndex((layer) => layer.pattern.test(file));

describe('imports', () => {
  const files = sourceFiles();
  const graph = new Map(files.map((file) => [file, importsOf(file)]));

  it('every module is in a layer', () => {
    expect(files.filter((file) => layerOf(file) === -1)).toEqual([]);
  });

  it('point down the layers (core, rules, engine, adapters), and no adapter imports another', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        if (layerOf(target) > layerOf(file)) wrong.push(`${file} (${LAYERS[layerOf(file)]!.name}) imports ${target} (${LAYERS[layerOf(target)]?.name})`);
        const from = ADAPTERS.find((a) => file.startsWith(a));
        const to = ADAPTERS.find((a) => target.startsWith(a));
        if (from && to && from !== to) wrong.push(`${file} imports another adapter's ${target}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('form no cycle', () => {
    // Tarjan's strongly connected components: any component of two or more modules is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    let next = 0;
    const visit = (file: string): void => {
      index.set(file, next);
      low.set(file, next++);
      stack.push(file);
      onStack.add(file);
      for (const target of graph.get(file) ?? []) {
        if (!graph.has(target)) continue;
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
