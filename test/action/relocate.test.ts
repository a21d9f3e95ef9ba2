import { describe, expect, it } from 'vitest';
import { relocateToHead } from '../../src/action/relocate.js';
import { scanHistory } from '../../src/scan/history.js';
import { git, gitRepo } from '../cli/run-cli.js';
import { liveToken, testToken } from '../support/tokens.js';

describe('history findings at the head commit', () => {
  it('moves a finding to where its token is at head, and leaves one whose token has left the file', async () => {
    const { dir, commit } = gitRepo('monime-guard-relocate-');
    const moved = liveToken();
    const removed = testToken();
    const introduced = commit({ 'src/a.js': `const a = '${moved}';\n`, 'src/b.js': `const b = '${removed}';\n` });
    const head = commit({ 'src/a.js': `// one\n// two\n  const a = '${moved}';\n`, 'src/b.js': 'const b = process.env.B;\n' });
    const { findings } = await scanHistory({ root: dir, config: {} });
    expect(findings.map((f) => [f.path, f.span.start.line])).toEqual([
      ['src/a.js', 1],
      ['src/b.js', 1],
    ]);

    relocateToHead(findings, dir, head);
    const [a, b] = findings;
    expect(a!.span).toEqual({ start: { line: 3, column: 14 }, end: { line: 3, column: 14 + moved.length } });
    expect(a!.git?.commit).toBe(introduced);
    expect(b!.span.start).toEqual({ line: 1, column: 12 });

    // At the first commit nothing has moved; a commit without the file changes nothing either.
    relocateToHead(findings, dir, introduced);
    expect(a!.span.start).toEqual({ line: 1, column: 12 });
    git(dir, ['rm', '-q', 'src/a.js']);
    git(dir, ['commit', '-q', '-m', 'remove']);
    relocateToHead(findings, dir, 'HEAD');
    expect(a!.span.start).toEqual({ line: 1, column: 12 });
  });
});
