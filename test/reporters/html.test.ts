/**
 * The HTML page as text: its golden file, its grouping, escaping, ages and Content-Security-Policy.
 * How it behaves in a browser (filters, no requests, no console errors) is tested in Chromium by
 * html-chromium.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { describeAge, escapeHtml, toHtml } from '../../src/reporters/html.js';
import type { ReportContext } from '../../src/reporters/index.js';
import type { Finding, ScanResult } from '../../src/types.js';
import { cleanResult, fullContext, goldenResult, makeFinding, minimalContext, spanAt } from './fixture.js';
import { expectGolden } from './golden.js';
import { ORGANISATION_NOW, organisationContext, organisationResult } from './html-fixture.js';

/** The golden files' context: every option, and a fixed "now" for the ages. */
const htmlContext: ReportContext = { ...fullContext, includeSuppressed: true, now: '2026-07-01T00:00:00Z' };

/** The inner text of every element `<tag …>` of a class, markup inside it removed. */
function textsOf(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(pattern)].map((match) => match[1]!.replace(/<[^>]*>/g, ''));
}

/** Decodes the entities {@link escapeHtml} writes. */
function decode(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

/** A result with one finding per path, each in an optional repository. */
function resultAt(places: { path: string; repository?: string }[]): ScanResult {
  const result = cleanResult();
  result.findings = places.map(({ path, repository }, index) =>
    makeFinding({
      path,
      origin: { kind: 'file', path, ...(repository ? { repository } : {}) },
      span: spanAt(index + 1, 1, 68),
      masked: 'mon_aB3d…wXy9',
      fingerprint: `f${index}`,
    }),
  );
  return result;
}

describe('html reporter', () => {
  it('matches the golden page', () => {
    const result = goldenResult();
    result.suppressed = [
      {
        ...makeFinding({ path: 'docs/example.md', span: spanAt(5, 3, 68), masked: 'mon_Cd5e…Fg6h', fingerprint: '9a' }),
        suppression: { by: 'allow', reason: 'a documented <example>' },
      },
    ];
    expectGolden('report.html', toHtml(result, htmlContext));
  });

  it('matches the golden clean page', () => {
    expectGolden('report-clean.html', toHtml(cleanResult(), minimalContext));
  });

  it('matches the golden organisation page (the screenshot)', () => {
    expectGolden('organisation.html', toHtml(organisationResult(), organisationContext));
  });

  it('is reproducible: the same result and context give the same page, and nothing reads the clock', () => {
    const first = toHtml(organisationResult(), organisationContext);
    expect(toHtml(organisationResult(), organisationContext)).toBe(first);
    const withoutNow = toHtml(organisationResult(), { ...organisationContext, now: undefined });
    expect(withoutNow).not.toContain(' ago');
    expect(withoutNow).not.toContain('Generated');
    expect(withoutNow).toContain('2021-08-19');
  });

  it('loads nothing: no external script, style, image, font or frame, and a policy that forbids them', () => {
    const page = toHtml(organisationResult(), organisationContext);
    expect(page).not.toMatch(/<(script|img|iframe|object|embed|link)\b[^>]*\b(src|href)="(?!data:)/i);
    expect(page).not.toMatch(/@import|url\(/i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).toContain('img-src data:');
    expect(csp).not.toContain('unsafe');
  });

  it('allows its one style sheet and one script by their hashes, which match what the page holds', () => {
    const page = toHtml(organisationResult(), organisationContext);
    const csp = /content="(default-src[^"]*)"/.exec(page)![1]!;
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(csp).toContain(`style-src ${hash(styles[0]!)}`);
    expect(csp).toContain(`script-src ${hash(scripts[0]!)}`);
  });

  it('groups by repository, sorted, with findings that name none last, then by file in scan order', () => {
    const page = toHtml(
      resultAt([
        { path: 'a.env', repository: 'acme/web' },
        { path: 'b.env', repository: 'acme/api' },
        { path: '-' },
        { path: 'c.env', repository: 'acme/web' },
        { path: 'a.env', repository: 'acme/web' },
      ]),
      minimalContext,
    );
    expect(textsOf(page, /<h2>([^<]*)<span class="count">/g)).toEqual(['acme/api', 'acme/web', 'Other inputs']);
    expect(textsOf(page, /<h3><code>([^<]*)<\/code>/g)).toEqual(['b.env', 'a.env', 'c.env', '-']);
    expect(page).toContain('<select name="repository">');
    expect([...page.matchAll(/data-repository="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'repo:acme/api',
      'repo:acme/web',
      'repo:acme/web',
      'repo:acme/web',
      'none',
    ]);
  });

  it('without repositories on findings: one group, headed by the scanned repository when the result names one', () => {
    const plain = toHtml(resultAt([{ path: 'a.env' }, { path: 'b.env' }]), minimalContext);
    expect(plain.slice(plain.indexOf('<main'), plain.indexOf('</main>'))).not.toContain('<h2>');
    expect(plain).not.toContain('name="repository"');
    expect(plain).not.toContain('Findings by repository');
    const named = resultAt([{ path: 'a.env' }]);
    named.repository = { uri: 'https://github.com/acme/shop', revision: 'abc123' };
    const page = toHtml(named, minimalContext);
    expect(textsOf(page, /<h2>([^<]*)<span class="count">/g)).toEqual(['https://github.com/acme/shop']);
    expect(page).toContain('Findings by repository');
  });

  it('shows a finding in a commit message under its commit, not under a file', () => {
    const page = toHtml(organisationResult(), organisationContext);
    expect(page).toContain('<h3>Message of commit <code title="e1f2a3b400000000000000000000000000000000">e1f2a3b40000</code>');
    expect(page).not.toContain('(commit message)');
  });

  it("shows the age of each introducing commit, counted to the context's now, and the oldest in the header", () => {
    const page = toHtml(organisationResult(), organisationContext);
    expect(page).toContain(
      '<time datetime="2021-08-19T14:22:00+00:00" title="2021-08-19T14:22:00+00:00">2021-08-19</time> <strong class="age">(4 years ago)</strong>',
    );
    expect(page).toContain('(7 days ago)');
    expect(page).toMatch(/<dt>Oldest introducing commit<\/dt><dd><time datetime="2021-08-19T14:22:00\+00:00">2021-08-19<\/time> \(4 years ago\)<\/dd>/);
    expect(page).toContain(`<dt>Generated</dt><dd><time datetime="${ORGANISATION_NOW}">`);
  });

  it.each([
    ['2026-07-01T08:00:00Z', 'today'],
    ['2026-06-30T09:00:00Z', '1 day ago'],
    ['2026-05-03T09:00:00Z', '59 days ago'],
    ['2026-05-01T09:00:00Z', '2 months ago'],
    ['2024-07-03T09:00:00Z', '23 months ago'],
    ['2024-06-30T09:00:00Z', '2 years ago'],
    ['2026-07-01T20:00:00Z', 'today'],
    ['2026-07-05T09:00:00Z', 'in the future'],
    ['not a date', undefined],
  ])('describeAge(%s) is %s', (date, age) => {
    expect(describeAge(date, '2026-07-01T09:30:00Z')).toBe(age);
  });

  it('marks the findings at or above --fail-on, and says the threshold', () => {
    const page = toHtml(organisationResult(), organisationContext);
    expect(page.match(/class="badge fails"/g)).toHaveLength(6);
    expect(page).toContain('<dt>Fails on</dt><dd><code>--fail-on live</code></dd>');
    expect(page).toContain('<p class="verdict fail">10 findings (6 errors, 4 warnings); 6 at or above --fail-on live</p>');
    const none = toHtml(organisationResult(), { ...organisationContext, failOn: 'none' });
    expect(none).not.toContain('class="badge fails"');
    expect(none).toContain('<p class="verdict pass">');
  });

  it('shows warnings, the suppressed counts, and the suppressed findings when asked', () => {
    const result = goldenResult();
    result.suppressed = [{ ...result.findings[0]!, suppression: { by: 'baseline' } }];
    const page = toHtml(result, fullContext);
    expect(page).toContain('<h2>Warnings (2)</h2>');
    expect(page).toContain('<td><code>bad\\nname.txt</code></td>');
    expect(page).toContain('<h2>Suppressed (7)</h2>\n<p>1 allowed by the config, 2 ignored inline, 4 in the baseline.</p>\n</section>');
    expect(toHtml(result, { ...fullContext, includeSuppressed: true })).toContain(
      '<td><code>.env:1</code></td><td><code>live-token</code></td><td><code>mon_aB3d…wXy9</code></td><td>baseline</td>',
    );
  });

  it('says a result is incomplete when an input could not be checked', () => {
    const result = cleanResult();
    result.warnings = [{ path: 'tokens.yaml', code: 'malformed', message: 'not YAML', level: 'error' }];
    const page = toHtml(result, minimalContext);
    expect(page).toContain('<p class="verdict fail">Incomplete: 1 input could not be checked; no findings in the rest</p>');
    expect(page).toContain('<h2>Could not check (1) and warnings (0)</h2>');
  });

  it('shows placeholders only with showPlaceholders', () => {
    expect(toHtml(goldenResult(), fullContext)).toContain('<h2>Placeholders (2)</h2>');
    expect(toHtml(goldenResult(), { ...fullContext, showPlaceholders: false })).not.toContain('Placeholders');
  });

  const hostile: [string, string][] = [
    ['a script tag', '<script>alert(1)</script>.env'],
    ['an image with a handler', '<img src=x onerror=alert(1)>.env'],
    ['quotes that would end an attribute', 'a" onmouseover="alert(1)\'.env'],
    ['an entity', '&lt;b&gt;.env'],
    ['a newline and an escape sequence', 'two\nlines\u001b[31m.env'],
    ['a bidirectional override', 'invoice\u202etxt.exe'],
  ];

  it.each(hostile)('shows a path with %s as text', (_name, path) => {
    const page = toHtml(resultAt([{ path, repository: `acme/${path}` }]), minimalContext);
    const body = page.slice(page.indexOf('<body>'), page.lastIndexOf('<script>'));
    expect(body).not.toMatch(/<(script|img|b)\b/i);
    // No tag gains an event handler: outside quoted attribute values, no `on…=`.
    const tags = [...body.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0].replace(/"[^"]*"/g, '""'));
    expect(tags.filter((tag) => /\son\w+\s*=/i.test(tag))).toEqual([]);
    const shown = path.replaceAll('\n', '\\n').replaceAll('\u001b', '\\x1b').replaceAll('\u202e', '\\u202e');
    expect(textsOf(page, /<h3><code>([^<]*)<\/code>/g).map(decode)).toEqual([shown]);
    expect(textsOf(page, /<h2>([^<]*)<span class="count">/g).map(decode)).toEqual([`acme/${shown}`]);
    expect(page).toContain(`data-repository="${escapeHtml(`repo:acme/${path}`)}"`);
  });

  it('escapes authors, warning messages and repository URLs too', () => {
    const result = organisationResult();
    const finding: Finding = { ...result.findings[0]!, git: { ...result.findings[0]!.git!, author: '<b>Mallory</b>' } };
    result.findings = [finding];
    result.warnings = [{ path: '<i>x</i>', code: 'unreadable', message: '<iframe src=//evil.example>' }];
    const page = toHtml(result, organisationContext);
    expect(page).toContain('&lt;b&gt;Mallory&lt;/b&gt;');
    expect(page).toContain('&lt;iframe src=//evil.example&gt;');
    expect(page).not.toMatch(/<(b|i|iframe)>/);
  });

  it('escapeHtml turns markup characters into entities and control characters into visible escapes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>\n\u0000`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\\n\\x00');
  });
});
