import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packRepository, readManifest, REPO_ROOT, run } from './npm.js';

/**
 * A TypeScript user's project, as the README describes it: `module` and `moduleResolution`
 * `nodenext`, `strict`, and the package installed from its tarball. The project is put together
 * by hand rather than with `npm install`, so the test needs no network: the packed tarball is
 * extracted into node_modules/monime-guard, and its dependencies, TypeScript, ESLint and
 * `@types/node` are links into this repository's node_modules (npm would put them beside it).
 * `skipLibCheck` is left off, so the package's own declarations are checked too.
 */

let work: string;
let tarball: string;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-ts-'));
  const packDir = path.join(work, 'pack');
  fs.mkdirSync(packDir);
  tarball = path.join(packDir, packRepository(packDir).filename);
});

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

/** What goes into a project besides the package and TypeScript. */
interface ProjectOptions {
  /** Link `@types/node` into the project. */
  typesNode: boolean;
  /** Link `eslint` (which ships its own types) into the project. */
  eslint: boolean;
  /** Source files by name; all of them are the program. */
  files: Record<string, string>;
}

/** Makes a project directory and returns it. */
function makeProject(name: string, options: ProjectOptions): string {
  const dir = path.join(work, name);
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(path.join(modules, 'monime-guard'), { recursive: true });
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', path.join(modules, 'monime-guard'), '--strip-components=1'], { encoding: 'utf8' });
  expect(untar.status, untar.stderr).toBe(0);

  const links = [...Object.keys(readManifest().dependencies), 'typescript'];
  if (options.typesNode) links.push('@types/node');
  if (options.eslint) links.push('eslint');
  for (const link of links) {
    fs.mkdirSync(path.dirname(path.join(modules, link)), { recursive: true });
    fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', link), path.join(modules, link), 'dir');
  }

  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }, null, 2));
  // No `types` list: TypeScript 6 then loads no @types package on its own, so the library's
  // declarations must bring @types/node in themselves.
  const compilerOptions = { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true };
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: Object.keys(options.files) }, null, 2));
  for (const [file, text] of Object.entries(options.files)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

/** Runs the project's `tsc`, listing the files of the program after any errors. */
function typeCheck(dir: string): { status: number | null; output: string; nodeTypes: boolean } {
  const result = run(process.execPath, [path.join(dir, 'node_modules/typescript/bin/tsc'), '-p', dir, '--listFiles'], dir);
  const output = result.stdout + result.stderr;
  return { status: result.status, output, nodeTypes: /[\\/]@types[\\/]node[\\/]/.test(output) };
}

const USES_LIBRARY = `import {
  ConfigError,
  formatReport,
  maskToken,
  scan,
  scanIac,
  type Finding,
  type IacResult,
  type ScanOptions,
  type ScanResult,
} from 'monime-guard';

/** Scans a directory and its token configurations, and prints what was found. */
export async function check(root: string): Promise<number> {
  const options: ScanOptions = { root, paths: ['.'], stdin: Buffer.from(''), threads: 1 };
  try {
    const result: ScanResult = await scan(options);
    const live: Finding[] = result.findings.filter((finding) => finding.tokenKind === 'live');
    const iac: IacResult = await scanIac({ root, today: new Date() });
    for (const finding of [...live, ...iac.findings]) {
      console.log(\`\${finding.path}:\${finding.span.start.line} \${finding.ruleId} \${finding.masked}\`);
    }
    console.log(formatReport(result, 'json', { toolVersion: '1.0.0', color: false, failOn: 'any' }));
    return live.length + iac.errors.length;
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message, maskToken('mon_test_'));
    throw error;
  }
}
`;

const USES_PLUGIN = `import monime, { rules } from 'monime-guard/eslint';
import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';

const names: string[] = Object.keys(rules);
const recommended: Linter.Config = monime.configs.recommended;

export default defineConfig([
  recommended,
  { plugins: { 'monime-guard': monime }, rules: { 'monime-guard/no-hardcoded-token': 'warn' } },
  { name: names.join(',') },
]);
`;

describe('a TypeScript project (nodenext, strict)', () => {
  it('type-checks code that uses the library and the ESLint plugin, with @types/node and eslint installed', () => {
    const dir = makeProject('with-node-types', { typesNode: true, eslint: true, files: { 'index.ts': USES_LIBRARY, 'eslint.config.ts': USES_PLUGIN } });
    const result = typeCheck(dir);
    expect(result.output).not.toContain('error TS');
    expect(result.status).toBe(0);
  });

  it('type-checks an ESLint config that uses the plugin without @types/node', () => {
    const dir = makeProject('eslint-only', { typesNode: false, eslint: true, files: { 'eslint.config.ts': USES_PLUGIN } });
    const result = typeCheck(dir);
    expect(result.output).not.toContain('error TS');
    expect(result.status).toBe(0);
    expect(result.nodeTypes).toBe(false);
  });

  it('fails on the library without @types/node, naming the missing type definitions (as the README says)', () => {
    const dir = makeProject('without-node-types', { typesNode: false, eslint: false, files: { 'index.ts': USES_LIBRARY } });
    const result = typeCheck(dir);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("node_modules/monime-guard/dist/src/index.d.ts(1,23): error TS2688: Cannot find type definition file for 'node'.");
    expect(result.nodeTypes).toBe(false);
  });
});
