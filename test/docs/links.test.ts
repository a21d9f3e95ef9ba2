/**
 * Every link between the docs resolves: relative links to files that exist, and `#anchors` to
 * headings of the page they point to (GitHub's slugs: lower case, punctuation dropped, spaces as
 * dashes). Links to the web are not followed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/run-cli.js';

/** The markdown files people read: the README, docs/ and the rule pages. */
function pages(): string[] {
  const under = (dir: string): string[] =>
    fs
      .readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.md'))
      .map((file) => path.join(dir, file));
  return ['README.md', ...under('docs'), ...under('rules')];
}

/** The anchors of a page's headings, outside code blocks. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = !fenced && /^#+ (.*)$/.exec(line);
    if (heading)
      anchors.add(
        heading[1]!
          .toLowerCase()
          .replace(/[^\w\- ]/g, '')
          .replace(/ /g, '-'),
      );
  }
  return anchors;
}

describe('links in the docs', () => {
  it.each(pages())('%s', (file) => {
    const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target!)) continue;
      const [where = '', anchor] = target!.split('#');
      const page = where === '' ? file : path.normalize(path.join(path.dirname(file), where));
      if (!fs.existsSync(path.join(REPO_ROOT, page))) broken.push(`${target}: no file ${page}`);
      else if (anchor && page.endsWith('.md') && !anchorsOf(page).has(anchor)) broken.push(`${target}: no heading #${anchor} in ${page}`);
    }
    expect(broken).toEqual([]);
  });
});
