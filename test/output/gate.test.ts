/**
 * The output gate masks token-shaped text in every write to stdout and stderr, including a token
 * cut across two writes and one written as bytes. The stream part runs in a real child process,
 * since the gate replaces the process's own streams.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactTokens } from '../../src/findings/mask.js';
import { createStreamRedactor } from '../../src/output/gate.js';
import { REPO_ROOT } from '../cli/run-cli.js';
import { maskOf, testToken, liveToken } from '../support/tokens.js';

describe('redactTokens', () => {
  it('masks a token after an escape that ends in a letter or digit (%40, \\u0001, \\n), but not inside a word', () => {
    const token = liveToken();
    for (const before of ['%40', '\\u0001', '\\x01', '\\n', '\\t', ' ', '']) expect(redactTokens(`${before}${token}`)).toBe(`${before}${maskOf(token)}`);
    expect(redactTokens(`dae${token}`)).toBe(`dae${token}`);
  });
});

describe('createStreamRedactor', () => {
  it('masks a token cut anywhere across two chunks', () => {
    const token = testToken();
    const text = `a report line naming ${token} and more\n`;
    for (let cut = 0; cut <= text.length; cut++) {
      const redactor = createStreamRedactor();
      const out = redactor.push(text.slice(0, cut)) + redactor.push(text.slice(cut)) + redactor.flush();
      expect(out).toBe(`a report line naming ${maskOf(token)} and more\n`);
    }
  });

  it('masks a token cut into any number of pieces, and loses no other text', () => {
    const token = liveToken();
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.nat(200), { maxLength: 8 }), (before, after, cuts) => {
        const text = `${before} ${token} ${after}`;
        const redactor = createStreamRedactor();
        let out = '';
        let from = 0;
        for (const at of [...cuts.map((cut) => cut % (text.length + 1))].sort((a, b) => a - b)) {
          out += redactor.push(text.slice(from, at));
          from = at;
        }
        out += redactor.push(text.slice(from)) + redactor.flush();
        expect(out).not.toContain(token);
        expect(out).toBe(`${before} ${maskOf(token)} ${after}`);
      }),
      { numRuns: 200 },
    );
  });

  it('lets out a held tail that cannot be a token once the next chunk comes', () => {
    const redactor = createStreamRedactor();
    expect(redactor.push('scanning mon')).toBe('scanning ');
    expect(redactor.push('day\n')).toBe('monday\n');
    expect(redactor.flush()).toBe('');
  });
});

/** Runs a script in a child process that installs the gate, and returns what it wrote. */
function gated(script: string): { stdout: string; stderr: string } {
  const gate = path.join(REPO_ROOT, 'src/output/gate.ts');
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `import { installOutputGate } from ${JSON.stringify(gate)};\ninstallOutputGate();\n${script}`],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    },
  );
  expect(run.status, run.stderr).toBe(0);
  return { stdout: run.stdout, stderr: run.stderr };
}

describe('installOutputGate', () => {
  it('masks strings and Buffers on stdout and stderr, split writes, console and process.exit alike', () => {
    const token = testToken();
    const [head, tail] = [token.slice(0, 20), token.slice(20)];
    const { stdout, stderr } = gated(
      [
        `process.stdout.write(${JSON.stringify(`string ${token}\n`)});`,
        `process.stdout.write(Buffer.from(${JSON.stringify(`bytes é ${token} ü\n`)}));`,
        `process.stdout.write(${JSON.stringify(`split ${head}`)});`,
        `process.stdout.write(Buffer.from(${JSON.stringify(`${tail}\n`)}));`,
        `console.error(new Error(${JSON.stringify(`stack of ${token}`)}).stack);`,
        `process.stdout.write(${JSON.stringify(`last ${token}`)});`,
        'process.exit(0);',
      ].join('\n'),
    );
    const masked = maskOf(token);
    expect(stdout).toBe(`string ${masked}\nbytes é ${masked} ü\nsplit ${masked}\nlast ${masked}`);
    expect(stderr).toContain(`Error: stack of ${masked}\n    at `);
    expect(stderr).not.toContain(token);
  });
});
