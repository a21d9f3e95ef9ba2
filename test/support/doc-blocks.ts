/**
 * The fenced code blocks a doc page marks as run by a test, so the test runs them as the page
 * writes them: the page says `<!-- <test file> runs this block as it is. -->` (or `these blocks
 * as they are.`) just before them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A fenced block: its language and its text (ending in a newline). */
export interface DocBlock {
  language: string;
  text: string;
}

/** The first `count` fenced blocks after the marker naming `testFile` in `page` (a path from the repository root). */
export function markedBlocks(page: string, testFile: string, count = 1): DocBlock[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, page), 'utf8');
  const marker = `<!-- ${testFile} runs ${count === 1 ? 'this block as it is' : 'these blocks as they are'}. -->`;
  const at = text.indexOf(marker);
  if (at === -1) throw new Error(`${page}: the marker ${marker} is missing`);
  const blocks = [...text.slice(at).matchAll(/```(\w+)\n([\s\S]*?)```/g)].slice(0, count).map((m) => ({ language: m[1]!, text: m[2]! }));
  if (blocks.length < count) throw new Error(`${page}: fewer than ${count} blocks after ${marker}`);
  return blocks;
}
