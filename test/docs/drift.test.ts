/**
 * What drifts between the code and the docs: every export of the package is on the library API
 * page, every field of the JSON report's schema is on the report page, and no comment in the code
 * cites a file that is not in this repository.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run-cli.js';
import { reportErrors } from '../reporters/schemas.js';

const read = (file: string): string => fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');

/** The names `src/index.ts` exports, values and types alike. */
function exportedNames(): string[] {
  const text = read('src/index.ts');
  const names = new Set<string>();
  for (const [, list] of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list!.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .at(-1)!
        .trim();
      if (name) names.add(name);
    }
  }
  for (const [, name] of text.matchAll(/export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type)\s+(\w+)/g)) names.add(name!);
  // `export type * from './types.js'`: everything that module exports.
  for (const [, from] of text.matchAll(/export\s+type\s+\*\s+from\s+'\.\/([^']+)\.js'/g)) {
    const module = read(`src/${from}.ts`);
    for (const [, name] of module.matchAll(/export\s+(?:const|interface|type)\s+(\w+)/g)) names.add(name!);
  }
  return [...names].sort();
}

/** Every property name the schema declares, at any depth. */
function schemaFields(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) schemaFields(item, into);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) into.add(name);
      schemaFields(value, into);
    }
  }
  return into;
}

describe('docs that drift', () => {
  it('docs/library.md names every export of the package', () => {
    const page = read('docs/library.md');
    const names = exportedNames();
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name) => !new RegExp(`\\b${name}\\b`).test(page))).toEqual([]);
  });

  it('docs/json-report.md names every field of the report schema', () => {
    const page = read('docs/json-report.md');
    const fields = [...schemaFields(JSON.parse(read('schemas/report.schema.json')))].sort();
    expect(fields.filter((field) => !page.includes(`\`${field}\``))).toEqual([]);
  });

  it("docs/json-report.md's example is a report the schema accepts", () => {
    const page = read('docs/json-report.md');
    const example = /## Example\n\n```json\n([\s\S]*?)```/.exec(page)?.[1];
    expect(example).toBeDefined();
    expect(reportErrors(JSON.parse(example!))).toEqual([]);
  });

  it('no comment in the code cites a file that is not in the repository', () => {
    const files = ['src', 'rules', 'test', 'scripts'].flatMap((dir) =>
      fs
        .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.(ts|mjs)$/.test(file))
        .map((file) => path.join(dir, file)),
    );
    const missing: string[] = [];
    for (const file of files) {
      for (const [, cited] of read(file).matchAll(/(?:\/\/|\*)[^\n]*?\b([A-Z][A-Z_-]*\.md)\b/g)) {
        if (cited === 'README.md') continue;
        if (!fs.existsSync(path.join(REPO_ROOT, cited!)) && !fs.existsSync(path.join(REPO_ROOT, 'docs', cited!))) missing.push(`${file}: ${cited}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
