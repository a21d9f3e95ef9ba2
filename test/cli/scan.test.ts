/**
 * `monime-guard scan` and `monime-guard baseline` as a user meets them: the built CLI in a temp
 * directory, real files, a real git repository. Every run is checked for leaked tokens by
 * `runCli` (see run-cli.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  CLI_ENTRY,
  expectNoSecrets,
  git,
  initRepo,
  linesOf,
  makeTempDir,
  runCli,
  runJson,
  runProcess,
  secretToken,
  stackLines,
  writeFiles,
  type RunResult,
} from './run-cli.js';
import { maskOf } from '../support/tokens.js';
import { requireTool } from '../support/tools.js';

/** An ANSI colour (SGR) sequence; a terminal progress line may erase its line, which is not colour. */
const COLOR = /\x1b\[[0-9;]*m/;

// Every test has its own temp dir, so the tests of each block run concurrently (describe.concurrent):
// vitest runs one test file at a time on a 2-core machine, and concurrent CLI processes keep
// both cores busy.

/** A tree with one test token in `src/app.ts` at line 3, column 16, and a clean file. */
function testTokenTree(): { dir: string; token: string } {
  const dir = makeTempDir();
  const token = secretToken('test');
  writeFiles(dir, {
    'src/app.ts': `// app\nimport x from 'y';\nconst token = '${token}';\n`,
    'README.md': '# nothing to see\n',
  });
  return { dir, token };
}

function expectNoStack(run: RunResult): void {
  expect(stackLines(run.stderr)).toEqual([]);
}

describe.concurrent('exit codes', () => {
  it('exits 0 on a clean tree and says what it scanned', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.txt': 'hello\n', 'b/c.md': 'mon_decimal_point and daemon_test_thing\n' });
    const run = await runCli(['scan'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Scanned 2 files/);
    expect(run.stderr).toBe('');
  });

  it('exits 2 with one line for a bad flag value', async () => {
    const { dir } = testTokenTree();
    const run = await runCli(['scan', '--threads', '0'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(linesOf(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/^monime-guard: .*--threads/);
    expectNoStack(run);
  });

  it('exits 2 without a command', async () => {
    const dir = makeTempDir();
    const run = await runCli([], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/command/);
    expectNoStack(run);
  });
});

describe.concurrent('--fail-on', () => {
  const cases = [
    { kinds: ['test'], failOn: 'live', status: 0 },
    { kinds: ['test'], failOn: 'test', status: 1 },
    { kinds: ['test'], failOn: 'none', status: 0 },
    { kinds: ['live'], failOn: 'live', status: 1 },
    { kinds: ['live', 'test'], failOn: 'live', status: 1 },
  ] as const;
  it.each(cases)('$kinds with --fail-on $failOn exits $status', async ({ kinds, failOn, status }) => {
    const dir = makeTempDir();
    writeFiles(dir, Object.fromEntries(kinds.map((kind) => [`${kind}.env`, `TOKEN=${secretToken(kind)}\n`])));
    const run = await runCli(['scan', '--fail-on', failOn], { cwd: dir });
    expect(run.status).toBe(status);
    // The report still lists what was found, whatever the threshold.
    expect(run.stdout).toContain(`${kinds.length} finding`);
  });

  it('rejects an unknown threshold with exit 2 and one line naming the flag and value', async () => {
    const { dir } = testTokenTree();
    const run = await runCli(['scan', '--fail-on', 'sometimes'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('fail-on');
    expect(run.stderr).toContain('sometimes');
    expectNoStack(run);
  });
});

describe.concurrent('--format', () => {
  it('json: the versioned report with positions, mask and fingerprint', async () => {
    const { dir, token } = testTokenTree();
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(report.version).toBe(2);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'test-token',
      tokenKind: 'test',
      confidence: 'high',
      path: 'src/app.ts',
      line: 3,
      column: 16,
      endLine: 3,
      endColumn: 16 + token.length,
      masked: maskOf(token),
    });
    expect(report.findings[0]?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(report.stats.filesScanned).toBe(2);
  });

  it('sarif: SARIF 2.1.0 with ruleId, level, relative uri and region', async () => {
    const { dir } = testTokenTree();
    const run = await runCli(['scan', '--format', 'sarif'], { cwd: dir });
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as {
      version: string;
      runs: {
        tool: { driver: { name: string } };
        results: {
          ruleId: string;
          level: string;
          partialFingerprints: Record<string, string>;
          locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    expect(log.version).toBe('2.1.0');
    const result = log.runs[0]?.results[0];
    expect(log.runs[0]?.tool.driver.name).toBe('monime-guard');
    expect(result?.ruleId).toBe('test-token');
    expect(result?.level).toBe('warning');
    expect(Object.keys(result?.partialFingerprints ?? {})).not.toHaveLength(0);
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('src/app.ts');
    expect(result?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 3, startColumn: 16 });
  });

  it('github: one workflow-command annotation per finding', async () => {
    const { dir, token } = testTokenTree();
    const run = await runCli(['scan', '--format', 'github'], { cwd: dir });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning|notice) /.test(line) && line.includes('file='));
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatch(/^::warning file=src\/app\.ts,line=3,.*col=16/);
    expect(annotations[0]).toContain(maskOf(token));
  });

  it('markdown: a report with a table row for the finding', async () => {
    const { dir, token } = testTokenTree();
    const run = await runCli(['scan', '--format', 'markdown'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^#+ monime-guard report$/m);
    const row = run.stdout.split('\n').find((line) => line.startsWith('|') && line.includes('src/app.ts:3'));
    expect(row).toBeDefined();
    expect(row).toContain('test-token');
    expect(row).toContain(maskOf(token));
  });

  it('text: grouped by file with line:column, rule and summary; no colour into a pipe', async () => {
    const { dir, token } = testTokenTree();
    const run = await runCli(['scan', '--format', 'text'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).not.toMatch(COLOR);
    const lines = run.stdout.split('\n');
    const header = lines.indexOf('src/app.ts');
    expect(header).toBeGreaterThanOrEqual(0);
    expect(lines[header + 1]).toMatch(/^\s+3:16\s+warning\s+test-token\s+/);
    expect(lines[header + 1]).toContain(maskOf(token));
    expect(run.stdout).toMatch(/1 finding/);
  });

  it('rejects an unknown format before scanning', async () => {
    const { dir } = testTokenTree();
    const run = await runCli(['scan', '--format', 'xml'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('format');
    expect(run.stderr).toContain('xml');
    expectNoStack(run);
  });
});

describe.concurrent('--output', () => {
  it('writes the report to the file, prints nothing, and keeps exit code 1', async () => {
    const { dir, token } = testTokenTree();
    const run = await runCli(['scan', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const text = fs.readFileSync(path.join(dir, 'report.json'), 'utf8');
    expectNoSecrets(text, 'report.json');
    const report = JSON.parse(text) as { findings: { masked: string }[] };
    expect(report.findings.map((f) => f.masked)).toEqual([maskOf(token)]);
  });

  it('keeps exit code 0 for a clean tree', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.txt': 'clean\n' });
    const run = await runCli(['scan', '-o', 'report.sarif', '--format', 'sarif'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });
});

describe.concurrent('--quiet', () => {
  it('prints nothing at all for a clean scan', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.txt': 'clean\n' });
    const run = await runCli(['scan', '--quiet'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
  });

  it('keeps warnings off stderr but still reports findings', async () => {
    const { dir, token } = testTokenTree();
    // A glob that matches nothing is a warning (see 'warns about a glob that matches nothing').
    const quiet = await runCli(['scan', '-q', '.', 'nothing/**/*.zzz'], { cwd: dir });
    expect(quiet.status).toBe(1);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toContain(maskOf(token));
  });
});

describe.concurrent('colour', () => {
  /** Runs the CLI on a pseudo-terminal through util-linux `script`, so stdout is a TTY. */
  async function runOnTty(args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<{ status: number | null; output: string }> {
    const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
    const command = [process.execPath, CLI_ENTRY, ...args].map(quote).join(' ');
    const result = await runProcess(script!, ['-qec', command, '/dev/null'], { cwd, env });
    const output = `${result.stdout}${result.stderr}`;
    expectNoSecrets(output, `terminal output of monime-guard ${args.join(' ')}`);
    return { status: result.status, output };
  }
  const script = requireTool('script', "util-linux's: apt-get install bsdutils", { check: ['-qec', 'true', '/dev/null'] });

  it('--color forces it on, even into a pipe with NO_COLOR set', async () => {
    const { dir } = testTokenTree();
    expect((await runCli(['scan', '--color'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout).toMatch(COLOR);
  });

  it.runIf(script)('is on for a terminal, and off with NO_COLOR or --no-color', async () => {
    const { dir } = testTokenTree();
    const plain = await runOnTty(['scan'], dir);
    expect(plain.status).toBe(1);
    expect(plain.output).toMatch(COLOR);
    const noColorEnv = await runOnTty(['scan'], dir, { NO_COLOR: '1' });
    expect(noColorEnv.status).toBe(1);
    expect(noColorEnv.output).toContain('src/app.ts');
    expect(noColorEnv.output).not.toMatch(COLOR);
    const noColorFlag = await runOnTty(['scan', '--no-color'], dir);
    expect(noColorFlag.status).toBe(1);
    expect(noColorFlag.output).toContain('src/app.ts');
    expect(noColorFlag.output).not.toMatch(COLOR);
  });
});

describe.concurrent('--version and --help', () => {
  it('--version prints the package version', async () => {
    const dir = makeTempDir();
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it('--help lists the commands, examples and exit codes', async () => {
    const dir = makeTempDir();
    const run = await runCli(['--help'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/scan \[paths\.\.\]/);
    expect(run.stdout).toMatch(/baseline \[paths\.\.\]/);
    expect(run.stdout).toMatch(/^Examples:/m);
    expect(run.stdout).toContain('--stdin-filename');
    expect(run.stdout).toMatch(/Exit codes/);
  });

  it('scan --help lists the scan flags', async () => {
    const dir = makeTempDir();
    const run = await runCli(['scan', '--help'], { cwd: dir });
    expect(run.status).toBe(0);
    for (const flag of ['--format', '--output', '--fail-on', '--baseline', '--show-placeholders', '--no-git-ignore', '--scan-binary']) {
      expect(run.stdout, flag).toContain(flag.replace('--no-git-ignore', '--git-ignore'));
    }
  });
});

describe.concurrent('standard input', () => {
  it('scans - and reports under --stdin-filename', async () => {
    const dir = makeTempDir();
    const token = secretToken('live');
    const { run, report } = await runJson(['scan', '-', '--stdin-filename', 'logs/app.log'], {
      cwd: dir,
      input: `boot ok\nAuthorization: Bearer ${token}\n`,
    });
    expect(run.status).toBe(1);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'logs/app.log', line: 2, column: 23, tokenKind: 'live', ruleId: 'live-token' });
  });

  it('reports standard input as - without a name, and scans it alongside files', async () => {
    const { dir } = testTokenTree();
    const token = secretToken('test');
    const { run, report } = await runJson(['scan', '-', 'src'], { cwd: dir, input: `${token}\n` });
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.column}`).sort()).toEqual(['-:1:1', 'src/app.ts:3:16']);
  });
});

describe.concurrent('which files are scanned', () => {
  it('scans hidden files and directories', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { '.env': `MONIME_ACCESS_TOKEN=${secretToken('live')}\n`, '.config/app.yml': `token: ${secretToken('test')}\n` });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => f.path).sort()).toEqual(['.config/app.yml', '.env']);
  });

  it('skips node_modules/ and .git/ outside a git repository', async () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'node_modules/pkg/index.js': `module.exports = '${secretToken('live')}';\n`,
      'lib/node_modules/x/y.js': `'${secretToken('live')}'\n`,
      '.git/config': `token = ${secretToken('live')}\n`,
      'src/ok.ts': `'${secretToken('test')}'\n`,
    });
    const { report } = await runJson(['scan'], { cwd: dir });
    expect(report.findings.map((f) => f.path)).toEqual(['src/ok.ts']);
  });

  describe('inside a git repository', () => {
    function repoTree(): string {
      const dir = makeTempDir();
      initRepo(dir);
      writeFiles(dir, {
        '.gitignore': '.env\nbuild/\n',
        'src/tracked.ts': 'export const clean = true;\n',
        '.env': `MONIME_ACCESS_TOKEN=${secretToken('live')}\n`,
        'build/out.js': `var t="${secretToken('live')}";\n`,
      });
      git(dir, ['add', '.gitignore', 'src/tracked.ts']);
      git(dir, ['commit', '-qm', 'init']);
      // Untracked and not ignored: scanned.
      writeFiles(dir, { 'notes/untracked.md': `token ${secretToken('test')}\n` });
      // Never scanned: dependencies (not even ignored here) and git's own database.
      writeFiles(dir, { 'node_modules/pkg/index.js': `'${secretToken('live')}'\n` });
      fs.appendFileSync(path.join(dir, '.git/description'), `\n${secretToken('live')}\n`);
      return dir;
    }

    it('skips git-ignored files and scans untracked ones', async () => {
      const dir = repoTree();
      const { run, report } = await runJson(['scan'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(report.findings.map((f) => f.path)).toEqual(['notes/untracked.md']);
    });

    it('--no-git-ignore scans ignored files too, but still not node_modules or .git', async () => {
      const dir = repoTree();
      const { report } = await runJson(['scan', '--no-git-ignore'], { cwd: dir });
      expect(report.findings.map((f) => f.path).sort()).toEqual(['.env', 'build/out.js', 'notes/untracked.md']);
    });

    it('scans an ignored file that is named explicitly', async () => {
      const dir = repoTree();
      const { run, report } = await runJson(['scan', '.env'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(report.findings.map((f) => f.path)).toEqual(['.env']);
    });

    it('scans a subdirectory relative to the working directory', async () => {
      const dir = repoTree();
      const { report } = await runJson(['scan', 'notes'], { cwd: dir });
      expect(report.findings.map((f) => f.path)).toEqual(['notes/untracked.md']);
    });
  });

  it('expands a quoted glob argument itself', async () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'a.env': `A=${secretToken('live')}\n`,
      'deep/er/b.env': `B=${secretToken('test')}\n`,
      'c.txt': `C=${secretToken('live')}\n`,
    });
    // The CLI is spawned without a shell, so the pattern reaches it as a quoted '**/*.env' would.
    const { run, report } = await runJson(['scan', '**/*.env'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['a.env', 'deep/er/b.env']);
  });

  // BUG (src/sources/files.ts as of f4df168): files found by walking a directory (walkSome) never
  // enter iterateInputs' `seen` set, so a file inside a named directory that is also named itself,
  // or inside two overlapping named directories, is scanned once per mention and its token
  // reported that many times (here: filesScanned 3, three findings).
  it('scans a file once when it is named twice, directly and through its directory', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'sub/a.env': `A=${secretToken('live')}\n` });
    const { report } = await runJson(['scan', '.', 'sub', 'sub/a.env'], { cwd: dir });
    expect(report.stats.filesScanned).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['sub/a.env']);
  });

  it('warns about a glob that matches nothing and exits by the findings', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.txt': 'clean\n' });
    const { run, report } = await runJson(['scan', '**/*.nothing'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'no-match' })]);
    expect(run.stderr).toMatch(/^monime-guard: warning: \*\*\/\*\.nothing: .*matched no files/m);
  });
});

describe.concurrent('--show-placeholders', () => {
  it('lists a documentation placeholder in json and text, without failing the scan', async () => {
    const dir = makeTempDir();
    const placeholder = `mon_test_${'X'.repeat(31)}`;
    writeFiles(dir, { 'docs/setup.md': `# Setup\n\nSet MONIME_ACCESS_TOKEN to ${placeholder} in .env\n` });
    const { run, report } = await runJson(['scan', '--show-placeholders'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(report.findings).toEqual([]);
    // The span and the mask cover the placeholder and nothing after it.
    expect(report.placeholders).toEqual([
      {
        path: 'docs/setup.md',
        line: 3,
        column: 28,
        endLine: 3,
        endColumn: 28 + placeholder.length,
        masked: 'mon_test_XXXX…XXXX',
        reason: 'repeated',
      },
    ]);

    const text = await runCli(['scan', '--show-placeholders'], { cwd: dir });
    expect(text.stdout).toMatch(/Placeholders \(1\)/);
    expect(text.stdout).toContain('docs/setup.md:3:28');
  });
});

describe.concurrent('inline suppressions', () => {
  it('honours same-line and next-line directives in many comment syntaxes', async () => {
    const dir = makeTempDir();
    const t = (): string => secretToken('test');
    const l = (): string => secretToken('live');
    const files = {
      'a.ts': `const a = '${t()}'; // monime-guard-ignore\n`,
      'b.ts': `// monime-guard-ignore-next-line test-token -- fixture for the parser\nconst b = '${t()}';\n`,
      'c.py': `# monime-guard-ignore-next-line\nC = "${l()}"\n`,
      'd.py': `D = "${t()}"  # monime-guard-ignore test-token -- test fixture\n`,
      'e.md': `<!-- monime-guard-ignore-next-line -- docs example -->\n\`${t()}\`\n`,
      'f.md': `Token: \`${t()}\` <!-- monime-guard-ignore test-token -- sample -->\n`,
      'g.css': `/* monime-guard-ignore-next-line live-token -- old key, revoked */\n.x { --k: "${l()}"; }\n`,
      'h.js': `const h = "${l()}" /* monime-guard-ignore live-token */;\n`,
      'i.sql': `-- monime-guard-ignore-next-line test-token -- seed data\nINSERT INTO k VALUES ('${t()}');\n`,
      'j.sql': `SELECT '${l()}'; -- monime-guard-ignore -- reason here\n`,
    };
    writeFiles(dir, files);
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(report.findings).toEqual([]);
    expect(report.stats.ignoredInline).toBe(Object.keys(files).length);
    expect(run.status).toBe(0);
  });

  it('does not suppress a finding of the other rule, nor one two lines down', async () => {
    const dir = makeTempDir();
    writeFiles(dir, {
      'a.ts': `const a = '${secretToken('test')}'; // monime-guard-ignore live-token -- wrong rule\n`,
      'b.py': `# monime-guard-ignore-next-line test-token\nB = "${secretToken('live')}"\n`,
      'c.md': `<!-- monime-guard-ignore-next-line -->\n\n${secretToken('test')}\n`,
      'd.ts': `// monime-guard-ignore\nconst d = '${secretToken('live')}';\n`,
    });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => `${f.path}:${f.line}:${f.ruleId}`)).toEqual([
      'a.ts:1:test-token',
      'b.py:2:live-token',
      'c.md:3:test-token',
      'd.ts:2:live-token',
    ]);
    expect(report.stats.ignoredInline).toBe(0);
  });
});

describe.concurrent('configuration file', () => {
  /** A tree with one live and one test token in src/, and a test token under fixtures/. */
  function configTree(): { dir: string; live: string; test: string; fixture: string } {
    const dir = makeTempDir();
    const live = secretToken('live');
    const test = secretToken('test');
    const fixture = secretToken('test');
    writeFiles(dir, {
      'src/live.ts': `export const k = '${live}';\n`,
      'src/test.ts': `export const k = '${test}';\n`,
      'fixtures/deep/sample.env': `T=${fixture}\n`,
    });
    return { dir, live, test, fixture };
  }

  async function fingerprintOf(dir: string, file: string): Promise<string> {
    const { report } = await runJson(['scan', file], { cwd: dir });
    const fingerprint = report.findings[0]?.fingerprint;
    expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
    return fingerprint!;
  }

  it('monime-guard.config.json: allow by path glob and by fingerprint', async () => {
    const { dir } = configTree();
    const fingerprint = await fingerprintOf(dir, 'src/test.ts');
    writeFiles(dir, {
      'monime-guard.config.json': JSON.stringify({
        allow: [
          { path: 'fixtures/**', reason: 'generated fixtures' },
          { fingerprint, reason: 'revoked test token' },
        ],
      }),
    });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['src/live.ts']);
    expect(report.stats.allowed).toBe(2);
  });

  it('monime-guard.config.json: a disabled rule, a severity override and failOn', async () => {
    const { dir } = configTree();
    writeFiles(dir, {
      'monime-guard.config.json': JSON.stringify({
        failOn: 'live',
        rules: { 'test-token': { enabled: false }, 'live-token': { severity: 'note' } },
      }),
    });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(report.findings.map((f) => `${f.path}:${f.ruleId}:${f.severity}`)).toEqual(['src/live.ts:live-token:note']);
    expect(run.status).toBe(1);
    // Without the live token, failOn "live" makes a scan with only test tokens pass.
    writeFiles(dir, { 'monime-guard.config.json': JSON.stringify({ failOn: 'live' }) });
    fs.rmSync(path.join(dir, 'src/live.ts'));
    const passing = await runJson(['scan'], { cwd: dir });
    expect(passing.report.findings).toHaveLength(2);
    expect(passing.run.status).toBe(0);
    // The flag wins over the file.
    expect((await runCli(['scan', '--fail-on', 'any'], { cwd: dir })).status).toBe(1);
  });

  it('monime-guard.config.yaml: the same settings in YAML', async () => {
    const { dir } = configTree();
    writeFiles(dir, {
      'monime-guard.config.yaml': [
        '# monime-guard settings',
        'failOn: test',
        'rules:',
        '  live-token:',
        '    severity: warning',
        'allow:',
        '  - path: "fixtures/**"',
        '    reason: generated fixtures',
        '',
      ].join('\n'),
    });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => `${f.path}:${f.severity}`)).toEqual(['src/live.ts:warning', 'src/test.ts:warning']);
    expect(report.stats.allowed).toBe(1);
    expect(report.summary.failOn).toBe('test');
  });

  it('--config loads a file from elsewhere instead of the one in the root', async () => {
    const { dir } = configTree();
    writeFiles(dir, {
      // The root config would allow everything; --config replaces it.
      'monime-guard.config.json': JSON.stringify({ allow: [{ path: '**', reason: 'everything' }] }),
      'ci/guard.yml': 'rules:\n  test-token:\n    enabled: false\n',
    });
    const { report } = await runJson(['scan', '--config', 'ci/guard.yml'], { cwd: dir });
    expect(report.findings.map((f) => f.path)).toEqual(['src/live.ts']);
    expect((await runJson(['scan'], { cwd: dir })).report.findings).toEqual([]);
  });

  it('--config naming a missing file exits 2 with one line', async () => {
    const { dir } = configTree();
    const run = await runCli(['scan', '--config', 'nope.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(linesOf(run.stderr)).toHaveLength(1);
    expect(run.stderr).toContain('nope.json');
    expect(stackLines(run.stderr)).toEqual([]);
  });
});

describe.concurrent('baseline', () => {
  it('records fingerprints and masks (never a token), then scan --baseline reports only new tokens', async () => {
    const dir = makeTempDir();
    const old = [secretToken('live'), secretToken('test')];
    writeFiles(dir, { 'src/a.ts': `const a = '${old[0]}';\n`, 'config/b.env': `B=${old[1]}\n` });
    const before = (await runJson(['scan'], { cwd: dir })).report;

    const made = await runCli(['baseline'], { cwd: dir });
    expect(made.status).toBe(0);
    expect(made.stderr).toMatch(/wrote 2 finding/);
    const file = path.join(dir, '.monime-guard-baseline.json');
    const text = fs.readFileSync(file, 'utf8');
    expectNoSecrets(text, 'the baseline file');
    const baseline = JSON.parse(text) as { version: number; findings: { fingerprint: string; masked: string; path: string }[] };
    expect(baseline.version).toBe(1);
    expect(baseline.findings.map((f) => f.fingerprint).sort()).toEqual(before.findings.map((f) => f.fingerprint).sort());
    expect(baseline.findings.map((f) => f.masked).sort()).toEqual(old.map(maskOf).sort());

    // Nothing new: clean.
    const unchanged = await runJson(['scan', '--baseline', '.monime-guard-baseline.json'], { cwd: dir });
    expect(unchanged.run.status).toBe(0);
    expect(unchanged.report.findings).toEqual([]);
    expect(unchanged.report.stats.baselined).toBe(2);

    // A baselined token that moves keeps its fingerprint; a new token is reported.
    const added = secretToken('test');
    writeFiles(dir, { 'src/a.ts': `\n\n// moved\nconst a = '${old[0]}';\n`, 'src/new.ts': `export const n = '${added}';\n` });
    const { run, report } = await runJson(['scan', '--baseline', '.monime-guard-baseline.json'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(report.findings.map((f) => `${f.path}:${f.masked}`)).toEqual([`src/new.ts:${maskOf(added)}`]);
    expect(report.stats.baselined).toBe(2);
  });

  it('baseline -o writes where asked, and the config can name the baseline', async () => {
    const dir = makeTempDir();
    writeFiles(dir, { 'a.env': `A=${secretToken('live')}\n` });
    expect((await runCli(['baseline', '-o', 'accepted.json'], { cwd: dir })).status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'accepted.json'))).toBe(true);
    writeFiles(dir, { 'monime-guard.config.json': JSON.stringify({ baseline: 'accepted.json' }) });
    const { run, report } = await runJson(['scan'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(report.stats.baselined).toBe(1);
  });
});

describe.concurrent('many files (worker threads in the built CLI)', () => {
  it('finds every one of 500 planted tokens with --threads 2, the same as --threads 1 and 3', async () => {
    const dir = makeTempDir();
    const files: Record<string, string> = {};
    const expected: string[] = [];
    for (let i = 0; i < 500; i++) {
      const token = secretToken(i % 3 === 0 ? 'live' : 'test');
      const name = `pkg-${String(i % 7)}/dir-${String(i % 11)}/file-${String(i).padStart(3, '0')}.ts`;
      const line = 1 + (i % 5);
      files[name] = `${'// filler\n'.repeat(line - 1)}export const k${i} = '${token}';\n`;
      expected.push(`${name}:${line}:${maskOf(token)}`);
    }
    writeFiles(dir, files);
    const two = await runJson(['scan', '--threads', '2'], { cwd: dir });
    expect(two.run.status).toBe(1);
    expect(two.run.stderr).toBe('');
    expect(two.report.stats.filesScanned).toBe(500);
    const found = two.report.findings.map((f) => `${f.path}:${f.line}:${f.masked}`);
    expect(found.sort()).toEqual(expected.sort());
    const one = await runJson(['scan', '--threads', '1'], { cwd: dir });
    expect(one.report.findings).toEqual(two.report.findings);
    const three = await runJson(['scan', '--threads', '3'], { cwd: dir });
    expect(three.report.findings).toEqual(two.report.findings);
  });
});
