import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { detect } from '../../src/detector/detect.js';

/**
 * Keeps the README honest (a registry that a test keeps honest): its rule table is the registry, every flag the
 * built CLI offers is documented, no flag is documented that does not exist, and the docs hold no
 * token the scanner would report (this repository scans itself in CI).
 */

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = path.join(root, 'dist/bin/monime-guard.js');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** Every page of the docs: the README and docs/ (the rule pages have their own tests). */
const docPages = [
  'README.md',
  ...fs
    .readdirSync(path.join(root, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => path.join('docs', file)),
];
/** All the docs as one text, for what must be documented somewhere. */
const allDocs = docPages.map((file) => fs.readFileSync(path.join(root, file), 'utf8')).join('\n');

/** The output of `monime-guard <args>` from the built CLI; the suite's global setup keeps the build current. */
function runCli(args: string[]): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  if (result.error) throw result.error;
  expect(result.status, `monime-guard ${args.join(' ')} failed: ${result.stderr}`).toBe(0);
  return result.stdout;
}

/** A flag as a whole word: `--fail-on` but not the `--fail` in it, `-o` but not the `-o` in `-of`. */
const FLAG = /(?<![\w-])(--[a-z][a-z0-9-]*|-[A-Za-z])(?![\w-])/g;

function flagsIn(text: string): Set<string> {
  return new Set([...text.matchAll(FLAG)].map((match) => match[1] ?? ''));
}

function mentions(text: string, flag: string): boolean {
  const escaped = flag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`).test(text);
}

/** Splits a markdown table row into trimmed cells, honouring `\|` escapes. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** The body rows of the first table whose header is exactly `header`. */
function tableRows(markdown: string, header: string[]): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim().startsWith('|') && cells(line).join('\u0000') === header.join('\u0000'));
  if (start === -1) return [];
  const rows: string[][] = [];
  // Skip the header and its `| --- |` delimiter row; the table ends at the first line that is not a row.
  for (let i = start + 2; i < lines.length && (lines[i] ?? '').trim().startsWith('|'); i++) rows.push(cells(lines[i] ?? ''));
  return rows;
}

describe('README rule table', () => {
  const rows = tableRows(readme, ['Rule', 'Severity', 'Description']);
  const parsed = rows.map(([rule = '', severity = '', description = '']) => {
    const link = /^\[`?([^`\]]+)`?\]\(([^)\s]+)\)$/.exec(rule);
    return { id: link?.[1] ?? rule, target: link?.[2], severity, description };
  });

  it('exists', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it('has one row per registered token rule, in order, with its default severity and exact description', () => {
    expect(parsed.map(({ id, severity, description }) => ({ id, severity, description }))).toEqual(
      rules.map((rule) => ({ id: rule.id, severity: rule.severity, description: rule.description })),
    );
  });

  it('links every rule to its existing rules/<id>.md page', () => {
    for (const row of parsed) {
      expect(row.target, `${row.id} is not a link`).toBe(`rules/${row.id}.md`);
      expect(fs.existsSync(path.join(root, 'rules', `${row.id}.md`)), `rules/${row.id}.md is missing`).toBe(true);
    }
  });
});

describe('README and the CLI', () => {
  const mainHelp = runCli(['--help']);
  const scanHelp = runCli(['scan', '--help']);
  const baselineHelp = runCli(['baseline', '--help']);

  it('docs/commands/scan.md mentions every flag that `scan --help` prints', () => {
    const flags = [...flagsIn(scanHelp)];
    expect(flags).toContain('--format');
    const page = fs.readFileSync(path.join(root, 'docs/commands/scan.md'), 'utf8');
    expect(flags.filter((flag) => !mentions(page, flag))).toEqual([]);
  });

  it('docs/commands/baseline.md mentions every flag that `baseline --help` prints, or the scan page it points to does', () => {
    const page = ['baseline', 'scan'].map((name) => fs.readFileSync(path.join(root, `docs/commands/${name}.md`), 'utf8')).join('\n');
    expect([...flagsIn(baselineHelp)].filter((flag) => !mentions(page, flag))).toEqual([]);
  });

  const commandsBlock = mainHelp.slice(mainHelp.indexOf('Commands:'), mainHelp.indexOf('Options:'));
  const commands = [...commandsBlock.matchAll(/^\s+monime-guard ([\w-]+)/gm)].map((match) => match[1] ?? '');

  it("has a page for every command the CLI lists, linked from the README's table of commands", () => {
    expect(commands).toEqual(['scan', 'baseline', 'history', 'staged', 'pre-push', 'bundle', 'iac', 'github', 'merge', 'install-hooks']);
    for (const command of commands) {
      const page = fs.readFileSync(path.join(root, `docs/commands/${command}.md`), 'utf8');
      expect(page.split('\n')[0]).toBe(`# \`monime-guard ${command}\``);
      expect(readme).toMatch(new RegExp(`\\| \\[\`${command}[^\`]*\`\\]\\(docs/commands/${command}\\.md\\) \\|`));
    }
  });

  it('mentions every flag of every command on its page, or on the scan page its flags come from', () => {
    for (const command of commands) {
      const page = [command, 'scan'].map((name) => fs.readFileSync(path.join(root, `docs/commands/${name}.md`), 'utf8')).join('\n');
      const missing = [...flagsIn(runCli([command, '--help']))].filter((flag) => !mentions(page, flag));
      expect(missing, `monime-guard ${command} --help`).toEqual([]);
    }
  });

  it('documents no long flag that neither the CLI nor the benchmark script has', () => {
    // The organisation and archive benchmarks load TypeScript test helpers, so they run through tsx.
    const benchHelp = ['scripts/bench.mjs', 'scripts/bench-history.mjs', 'scripts/bench-startup.mjs', 'scripts/bench-github.mjs', 'scripts/bench-archives.mjs']
      .map((script) => {
        const loader = script.includes('github') || script.includes('archives') ? ['--import', 'tsx'] : [];
        return spawnSync(process.execPath, [...loader, path.join(root, script), '--help'], { cwd: root, encoding: 'utf8' }).stdout;
      })
      .join('\n');
    // Flags of other tools that the README quotes on purpose: `git ls-files`, `npm install`/`pack`/`publish`, `node`,
    // the pre-commit framework, the ripgrep command the benchmark compares against, and the
    // package checks (publint, attw).
    const otherTools = [
      '--cached',
      '--mirror',
      '--silent',
      '--pack-destination',
      '--dry-run',
      '--others',
      '--exclude-standard',
      '--save-dev',
      '--no-ignore',
      '--hidden',
      '--objects',
      '--batch',
      '--unshallow',
      '--since',
      '--no-install',
      '--no-verify',
      '--staged',
      '--all',
      '--raw',
      '--hook-type',
      '--all-files',
      '--check',
      '--allow-git',
      '--ignore-scripts',
      '--strict',
      '--pack',
      '--profile',
    ];
    const commandHelp = commands.flatMap((command) => [...flagsIn(runCli([command, '--help']))]);
    const known = new Set([...flagsIn(mainHelp), ...commandHelp, ...flagsIn(benchHelp), ...otherTools]);
    const unknown = [...flagsIn(allDocs)].filter((flag) => flag.startsWith('--') && !known.has(flag));
    expect(unknown).toEqual([]);
  });
});

describe('docs hold no reportable token', () => {
  it.each(docPages)('%s', (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    expect(detect(text).matches.map((match) => `${match.kind} at ${match.start}`)).toEqual([]);
  });
});
