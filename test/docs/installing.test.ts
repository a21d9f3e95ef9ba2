/**
 * How the docs say to install monime-guard. It is not on the npm registry yet, so every page that
 * gives `npm install … monime-guard` by name says "once published" beside it, and the command
 * messages print (`INSTALL_COMMAND`) is the git install from the package's own repository URL,
 * which the README and the installing page give.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INSTALL_COMMAND } from '../../src/version.js';
import { REPO_ROOT } from '../cli/run-cli.js';

/** The README and every page under docs/, as paths from the repository root. */
function pages(): string[] {
  const docs = fs.readdirSync(path.join(REPO_ROOT, 'docs'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  return ['README.md', ...docs.map((file) => `docs/${file.split(path.sep).join('/')}`)];
}

/** `npm install` (or `npm i`) naming the package by its registry name, not a path, URL or git spec. */
const REGISTRY_INSTALL = /npm (?:install|i|add) [^\n`]*?(?<![\w/.:@#-])monime-guard(?![\w/.:@#-])/g;

describe('installing, as the docs say it', () => {
  it('messages name the git install of the repository package.json names', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { repository: { url: string } };
    expect(INSTALL_COMMAND).toBe(`npm install --save-dev ${manifest.repository.url}`);
    for (const page of ['README.md', 'docs/installing.md']) expect(fs.readFileSync(path.join(REPO_ROOT, page), 'utf8'), page).toContain(INSTALL_COMMAND);
  });

  it('gives the registry install only as what works once the package is published', () => {
    const unqualified: string[] = [];
    for (const page of pages()) {
      const text = fs.readFileSync(path.join(REPO_ROOT, page), 'utf8');
      for (const match of text.matchAll(REGISTRY_INSTALL)) {
        // The heading above the command and the paragraph (or code block) that holds it.
        const before = text.slice(0, match.index);
        const heading = [...before.matchAll(/^#+ .*$/gm)].at(-1)?.[0] ?? '';
        const start = before.lastIndexOf('\n\n');
        const end = text.indexOf('\n\n', match.index);
        const paragraph = text.slice(start === -1 ? 0 : start, end === -1 ? undefined : end);
        if (!/once\b.*\bpublished/i.test(`${heading}\n${paragraph}`)) unqualified.push(`${page}: ${match[0]}`);
      }
    }
    expect(unqualified).toEqual([]);
  });
});
