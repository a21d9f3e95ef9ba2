import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeGithubData, escapeGithubProperty, toGithub } from '../../src/reporters/github.js';
import { cleanResult, fullContext, goldenResult, makeFinding, minimalContext, spanAt } from './fixture.js';
import { expectGolden } from './golden.js';

/** Undoes the escaping the way the Actions runner does: `%25` last, so `%250A` stays `%0A`. */
function unescapeProperty(text: string): string {
  return text.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
}

/** Splits `::cmd k=v,k=v::message` into its parts (properties split on the unescaped `,`). */
function parseCommand(line: string): { command: string; properties: Record<string, string>; message: string } {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: match[1]!, properties, message: unescapeProperty(match[3]!) };
}

describe('github reporter', () => {
  it('matches the golden output', () => {
    expectGolden('github.txt', toGithub(goldenResult(), fullContext));
  });

  it('escapes data: %, CR and LF, % first', () => {
    expect(escapeGithubData('100%')).toBe('100%25');
    expect(escapeGithubData('a\r\nb')).toBe('a%0D%0Ab');
    expect(escapeGithubData('%0A')).toBe('%250A');
    expect(escapeGithubData('a:b,c')).toBe('a:b,c');
  });

  it('escapes properties: data rules plus : and ,', () => {
    expect(escapeGithubProperty('a:b,c')).toBe('a%3Ab%2Cc');
    expect(escapeGithubProperty('x%2Cy')).toBe('x%252Cy');
    expect(escapeGithubProperty('line\nbreak')).toBe('line%0Abreak');
  });

  it('round-trips any string through escaping and the runner unescaping', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const property = escapeGithubProperty(text);
        expect(property).not.toMatch(/[\r\n:,]/);
        expect(unescapeProperty(property)).toBe(text);
        const data = escapeGithubData(text);
        expect(data).not.toMatch(/[\r\n]/);
        expect(unescapeProperty(data)).toBe(text);
      }),
    );
  });

  it('writes one command per finding plus a summary notice', () => {
    const lines = toGithub(goldenResult(), minimalContext).trimEnd().split('\n');
    // 9 findings, 2 warnings, 1 summary.
    expect(lines).toHaveLength(12);
    expect(lines.every((line) => line.startsWith('::'))).toBe(true);
    expect(lines.map((line) => parseCommand(line).command)).toEqual([
      'error',
      'warning',
      'notice',
      'notice',
      'error',
      'error',
      'warning',
      'error',
      'warning',
      'warning',
      'warning',
      'notice',
    ]);
  });

  it('puts a token found in a commit message on the run, not on a file', () => {
    const lines = toGithub(goldenResult(), minimalContext).trimEnd().split('\n');
    const message = lines.map(parseCommand).find((c) => c.message.includes('in the message of commit'));
    expect(message?.properties).toEqual({ title: 'monime-guard: test-token' });
  });

  it('puts the file, an inclusive end column and a title on each annotation', () => {
    const first = parseCommand(toGithub(goldenResult(), minimalContext).split('\n')[0]!);
    expect(first).toEqual({
      command: 'error',
      properties: { file: '.env', line: '1', endLine: '1', col: '21', endColumn: '88', title: 'monime-guard: live-token' },
      message: 'Live Monime token mon_aB3d…wXy9 found',
    });
  });

  it('leaves columns out of multi-line annotations, as the runner requires', () => {
    const line = toGithub(goldenResult(), minimalContext).split('\n')[2]!;
    const parsed = parseCommand(line);
    expect(parsed.properties).toEqual({
      file: 'docs/we|ird `name`, with:colon 100% #1 @octocat.md',
      line: '3',
      endLine: '4',
      title: 'monime-guard: test-token',
    });
  });

  it('keeps a hostile file name inside its own command', () => {
    const result = cleanResult();
    result.findings = [
      makeFinding({
        path: 'x.env\n::error file=forged.js::pwned,title=a:b',
        span: spanAt(1, 1, 68),
        masked: 'mon_aB3d…wXy9',
        fingerprint: 'ab',
      }),
    ];
    const lines = toGithub(result, minimalContext).trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(parseCommand(lines[0]!).properties.file).toBe('x.env\n::error file=forged.js::pwned,title=a:b');
    expect(parseCommand(lines[0]!).properties.title).toBe('monime-guard: live-token');
  });

  it('ends with a summary notice, also when clean', () => {
    const clean = toGithub(cleanResult(), minimalContext);
    expect(clean).toBe(
      '::notice title=monime-guard 0.1.0::No findings. Scanned 1234 files (5.7 MB) in 87 ms; 0 binary files skipped, 0 warnings, 0 baselined, 0 allowed, 0 ignored inline\n',
    );
    const summary = parseCommand(toGithub(goldenResult(), fullContext).trimEnd().split('\n').at(-1)!);
    expect(summary.message).toMatch(/^9 findings \(4 errors, 3 warnings, 2 notes\); 5 at or above --fail-on live\. Scanned/);
  });
});
