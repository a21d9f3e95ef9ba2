/**
 * Inline directives that cannot fail silently: one naming a rule no rule has is a warning with the
 * nearest rule id; one that suppresses nothing is reported when asked for (--report-unused-directives,
 * or reportUnusedDirectives in the config), as ESLint reports its own.
 */
import { describe, expect, it } from 'vitest';
import { directivesIn } from '../../src/filters/inline.js';
import { scan } from '../../src/scan/scan.js';
import { makeTempDir, runCli, writeFiles } from '../cli/run-cli.js';
import { tokenOf } from '../support/tokens.js';

// Directives naming no rule are joined at run time: written whole, each would be a real directive
// to monime-guard scanning this repository, and a warning on every `scan .` of it.
const IGNORE = ['monime-guard', 'ignore'].join('-');

describe('directivesIn', () => {
  it('finds every directive with its line, scope and rule, in any comment syntax', () => {
    const text = ['a = 1', '# monime-guard-ignore-next-line test-token -- fixture', 'b = 2 // monime-guard-ignore', `<!-- ${IGNORE} live-tokn -->`].join('\n');
    expect(directivesIn(text, 0, text.length, 1)).toEqual([
      { line: 2, scope: 'next-line', ruleId: 'test-token' },
      { line: 3, scope: 'same-line' },
      { line: 4, scope: 'same-line', ruleId: 'live-tokn' },
    ]);
  });
});

describe('directive checks in a scan', () => {
  const files = (): string => {
    const dir = makeTempDir('monime-guard-directives-');
    writeFiles(dir, {
      'a.js': `const k = "${tokenOf('test')}"; // monime-guard-ignore test-token -- fixture\n`,
      'b.js': `// ${IGNORE}-next-line live-tokens -- typo\nconst k = "${tokenOf('live')}";\n`,
      'c.js': 'const nothing = 1; // monime-guard-ignore -- left behind\n',
      'd.yaml': 'tokens: [] # monime-guard-ignore iac/no-expiry -- for monime-guard iac\n',
    });
    return dir;
  };

  it('warns about a rule id no rule has, naming the nearest, and the finding is still reported', async () => {
    const result = await scan({ root: files(), config: {}, threads: 1 });
    expect(result.findings.map((f) => f.path)).toEqual(['b.js']);
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      ['directive-rule', 'b.js:1: monime-guard-ignore names live-tokens, which is no rule; did you mean live-token? It suppresses nothing.'],
    ]);
  });

  it('reports unused directives only when asked, by flag or config, never those for iac', async () => {
    const dir = files();
    const asked = await scan({ root: dir, config: {}, threads: 1, reportUnusedDirectives: true });
    expect(asked.warnings.filter((w) => w.code === 'unused-directive').map((w) => w.message)).toEqual([
      'c.js:1: this monime-guard-ignore suppresses nothing; remove it',
    ]);
    const configured = await scan({ root: dir, config: { reportUnusedDirectives: true }, threads: 1 });
    expect(configured.warnings.filter((w) => w.code === 'unused-directive')).toHaveLength(1);
    const run = await runCli(['scan', '.', '--report-unused-directives', '--fail-on', 'none'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('monime-guard: warning: c.js:1: this monime-guard-ignore suppresses nothing; remove it');
  });

  it('finds a directive in a file the gate rules out, and reads files that end inside the marker', async () => {
    const dir = makeTempDir('monime-guard-directives-');
    writeFiles(dir, {
      'clean.py': `x = 1  # ${IGNORE} live-tokn -- stale\n`,
      'cut.txt': 'ends with moni',
      'cut2.txt': 'ends with monime-guard-ign',
      'exact.txt': 'monime-guard-ignore',
    });
    const result = await scan({ root: dir, config: {}, threads: 1, reportUnusedDirectives: true });
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      ['directive-rule', 'clean.py'],
      ['unused-directive', 'exact.txt'],
    ]);
  });
});
