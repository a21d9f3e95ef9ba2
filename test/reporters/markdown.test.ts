import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_MAX_BYTES, toMarkdown } from '../../src/reporters/markdown.js';
import type { ScanResult } from '../../src/types.js';
import { cleanResult, fullContext, goldenResult, makeFinding, minimalContext, spanAt } from './fixture.js';
import { expectGolden } from './golden.js';

/** Renders markdown the way GitHub does (CommonMark + GFM), without allowing raw HTML through. */
function render(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

function decodeEntities(html: string): string {
  return html.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The cells of each body row of the first table, as HTML. */
function tableCells(html: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  return Array.from(body.matchAll(/<tr>([\s\S]*?)<\/tr>/g), (row) => Array.from(row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g), (cell) => cell[1]!));
}

/** A result whose findings sit at the given paths. */
function resultWithPaths(paths: string[]): ScanResult {
  const result = cleanResult();
  result.findings = paths.map((path, index) => makeFinding({ path, span: spanAt(index + 1, 1, 68), masked: 'mon_aB3d…wXy9', fingerprint: 'ab' }));
  return result;
}

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

describe('markdown reporter', () => {
  it('matches the golden report', () => {
    expectGolden('report.md', toMarkdown(goldenResult(), fullContext));
  });

  it('matches the golden clean report', () => {
    expectGolden('report-clean.md', toMarkdown(cleanResult(), minimalContext));
  });

  it('renders one table row per finding with severity, rule, location, token and encoding', () => {
    const rows = tableCells(render(toMarkdown(goldenResult(), fullContext)));
    expect(rows).toHaveLength(9);
    expect(rows[4]).toEqual([
      '<strong>error</strong>',
      '<code>live-token</code>',
      '<code>k8s/secret.yaml:7</code>',
      '<code>mon_K9pL…m2Nq</code>',
      'base64-encoded',
    ]);
    expect(rows[6]![4]).toBe('written with \\u escapes');
  });

  it.each([
    ['a pipe', 'a|b.env'],
    ['backticks', 'we`ird``name.env'],
    ['a leading backtick', '`start.env'],
    ['a trailing backtick and space', 'end ` '],
    ['HTML', '<img src=x onerror=alert(1)>.env'],
    ['a markdown link', '[click](https://evil.example)/x.env'],
    ['an autolink', 'www.evil.example/x.env'],
    ['a mention', '@octocat/team.env'],
    ['emphasis and headings', '# *bold* _it_ ~~del~~.env'],
    ['a backslash before a pipe', 'dir\\|x.env'],
    ['a newline', 'two\nlines.env'],
  ])('shows a path with %s literally, in one cell', (_name, path) => {
    const html = render(toMarkdown(resultWithPaths([path]), minimalContext));
    const rows = tableCells(html);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(5);
    const expected = path.replaceAll('\n', '\\n');
    expect(rows[0]![2]).toMatch(/^<code>.*<\/code>$/);
    // A zero-width space may separate a backslash from a pipe (see codeSpan); it is invisible.
    const shown = decodeEntities(rows[0]![2]!.slice('<code>'.length, -'</code>'.length)).replaceAll('\u200b', '');
    expect(shown).toBe(`${expected}:1`);
    expect(html).not.toMatch(/<(a|img|script|em|h1)\b/);
  });

  it('shows warnings with hostile paths literally', () => {
    const result = cleanResult();
    result.warnings = [{ path: '<b>x</b>|`y`', code: 'unreadable', message: 'EACCES: [denied](http://x)' }];
    const html = render(toMarkdown(result, minimalContext));
    expect(html).toContain('<code>&lt;b&gt;x&lt;/b&gt;|`y`</code> (unreadable): <code>EACCES: [denied](http://x)</code>');
    expect(html).not.toMatch(/<(a|b)\b/);
  });

  it('keeps a huge report under 1 MiB and says how many findings it left out', () => {
    const paths = Array.from({ length: 20_000 }, (_, i) => `packages/pkg-${i}/${'deeply/nested/'.repeat(6)}config-${i}.env`);
    const result = resultWithPaths(paths);
    result.warnings = Array.from({ length: 5_000 }, (_, i) => ({
      path: `vendor/${'x'.repeat(100)}-${i}.bin`,
      code: 'unreadable',
      message: 'EACCES: permission denied',
    }));
    const markdown = toMarkdown(result, fullContext);
    expect(utf8Bytes(markdown)).toBeLessThanOrEqual(MARKDOWN_MAX_BYTES);
    // Rendering 1 MiB of markdown takes seconds, so rows are counted from the source, less the
    // header and delimiter rows; the smaller-budget test below renders its output.
    const shownRows = markdown.split('\n').filter((line) => line.startsWith('| ')).length - 2;
    const more = /_…and (\d+) more findings/.exec(markdown);
    expect(more).not.toBeNull();
    expect(shownRows + Number(more![1])).toBe(20_000);
    expect(shownRows).toBeGreaterThan(1000);
    const shownWarnings = markdown.split('\n').filter((line) => line.startsWith('- `vendor/')).length;
    const moreWarnings = /_…and (\d+) more warnings/.exec(markdown);
    expect(shownWarnings).toBeGreaterThan(0);
    expect(shownWarnings + Number(moreWarnings![1])).toBe(5_000);
    expect(markdown.trimEnd().endsWith('</sub>')).toBe(true);
  });

  it('honours a smaller byte budget, as a PR comment needs', () => {
    const result = resultWithPaths(Array.from({ length: 2_000 }, (_, i) => `src/file-${i}.ts`));
    const markdown = toMarkdown(result, minimalContext, { maxBytes: 65_536 });
    expect(utf8Bytes(markdown)).toBeLessThanOrEqual(65_536);
    const more = /_…and (\d+) more findings/.exec(markdown);
    expect(more).not.toBeNull();
    expect(tableCells(render(markdown)).length + Number(more![1])).toBe(2_000);
  });

  it('does not truncate what fits', () => {
    const markdown = toMarkdown(goldenResult(), fullContext);
    expect(markdown).not.toContain('more, not shown');
  });

  it('starts with a marker an integration can find its comment by', () => {
    expect(toMarkdown(cleanResult(), minimalContext).split('\n')[0]).toBe('<!-- monime-guard-report -->');
  });
});
