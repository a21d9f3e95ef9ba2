// The small repository `staged` is timed in: a few dozen committed files, then one file changed
// and one file added and both staged, the way a pre-commit hook finds the index. Each carries a
// fresh token, so the check also proves the staged scan looks at both kinds of change.

import fs from 'node:fs';
import path from 'node:path';
import { makeToken, mask } from '../bench/tokens.mjs';
import { git } from './cache.mjs';
import { MIN_FILE, editLines, newFileLines, newPath, textOf } from './content.mjs';
import { createRandom } from './random.mjs';

const FILES = 40;
/** Identity and settings for the commit, so neither the user's git config nor hooks get in. */
const GIT_OPTS = ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null'];

export function createStagedRepo(dir, filler) {
  const rng = createRandom(7);
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  const taken = new Set();
  const files = [];
  for (let i = 0; i < FILES; i++) {
    const p = newPath(rng, taken);
    taken.add(p);
    const lines = newFileLines(rng, filler, rng.logUniform(MIN_FILE, 8 * 1024));
    write(dir, p, lines);
    files.push({ path: p, lines });
  }
  git(dir, ['add', '-A']);
  git(dir, [...GIT_OPTS, 'commit', '-q', '-m', 'Initial import']);

  const live = makeToken('live');
  const test = makeToken('test');
  const changed = files[0];
  const lines = editLines(changed.lines, rng, filler, new Set());
  lines.splice(rng.int(lines.length + 1), 0, `MONIME_ACCESS_TOKEN = "${live}"`);
  write(dir, changed.path, lines);
  const added = newPath(rng, taken);
  const addedLines = newFileLines(rng, filler, 3 * 1024);
  addedLines.splice(rng.int(addedLines.length + 1), 0, `    client = Monime(access_token="${test}")`);
  write(dir, added, addedLines);
  git(dir, ['add', '--', changed.path, added]);
  return {
    files: FILES,
    secrets: [live, test],
    expected: [
      { id: 'staged-modified-file', kind: 'live', masked: mask(live), path: changed.path },
      { id: 'staged-new-file', kind: 'test', masked: mask(test), path: added },
    ],
  };
}

function write(dir, rel, lines) {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), textOf(lines));
}
