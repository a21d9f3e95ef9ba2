/**
 * The HTML page in a real browser: headless Chromium (Debian's `chromium`, which `.ci/run`
 * installs) loads each page from a file and the tests read the DOM. The page's promises (no
 * requests, working filters) are only checked in a browser: a machine without Chromium skips
 * these tests with one line saying how to install it, and under CI they fail.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml } from '../../src/reporters/html.js';
import type { ScanResult } from '../../src/types.js';
import { CHROMIUM_COMMANDS, CHROMIUM_INSTALL, launchChromium, type Browser, type Page } from '../support/chromium.js';
import { requireTool } from '../support/tools.js';
import { cleanResult, makeFinding, minimalContext, spanAt } from './fixture.js';
import { organisationContext, organisationResult } from './html-fixture.js';

const executable = requireTool('chromium', CHROMIUM_INSTALL, { commands: CHROMIUM_COMMANDS });
let browser: Browser | undefined;
let dir: string;

beforeAll(async () => {
  if (!executable) return;
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-html-'));
  browser = await launchChromium(executable);
});

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes a page to a file and opens it in a new tab, scripts on or off. */
async function open(html: string, name: string, options: { scripts?: boolean } = {}): Promise<{ page: Page; url: string }> {
  if (!browser) throw new Error('chromium did not start');
  const file = path.join(dir, name);
  fs.writeFileSync(file, html);
  const page = await browser.newPage();
  await page.setViewport(1280, 800);
  if (options.scripts === false) await page.disableScripts();
  const url = pathToFileURL(file).href;
  await page.goto(url);
  return { page, url };
}

/** In the page: the findings a reader sees, as `repository rule severity`. */
const VISIBLE = `[...document.querySelectorAll('tr.finding')].filter((row) => row.getClientRects().length > 0)
  .map((row) => row.dataset.repository + ' ' + row.dataset.rule + ' ' + row.dataset.severity)`;

/** In the page: picks an option of a filter as a reader does, firing `change`. */
function choose(name: string, value: string): string {
  return `(() => { const select = document.querySelector('select[name="${name}"]'); select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true })); return select.value; })()`;
}

/** In the page: a function giving a heading's text without its count. */
const TITLE = `((h) => [...h.childNodes].filter((node) => !(node.classList && node.classList.contains('count'))).map((node) => node.textContent).join(''))`;

/** In the page: the headings a reader sees, at one level. */
function visibleHeadings(level: 'h2' | 'h3'): string {
  return `[...document.querySelectorAll('main ${level}')].filter((h) => h.getClientRects().length > 0).map(${TITLE})`;
}

/** In the page: the text the filter form shows. */
const SHOWN = `document.getElementById('shown').textContent`;

describe.runIf(executable)('the HTML report in Chromium', () => {
  it('loads with no console error and no request but the file itself', async () => {
    const { page, url } = await open(toHtml(organisationResult(), organisationContext), 'organisation.html');
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([url]);
    expect(await page.evaluate<string>('document.title')).toBe('monime-guard report');
  });

  it('groups findings by repository and then file, and shows only masked tokens', async () => {
    const { page } = await open(toHtml(organisationResult(), organisationContext), 'grouping.html');
    expect(await page.evaluate(visibleHeadings('h2'))).toEqual(['acme/checkout-web', 'acme/legacy-admin', 'acme/mobile-app', 'acme/payments-api']);
    const places = await page.evaluate<string[]>(
      `[...document.querySelectorAll('section.repository')].map((s) => ${TITLE}(s.querySelector('h2')) + ': ' + [...s.querySelectorAll('h3')].map(${TITLE}).join(', '))`,
    );
    expect(places).toEqual([
      'acme/checkout-web: .env.local, src/lib/monime.ts',
      'acme/legacy-admin: app/settings.py',
      'acme/mobile-app: android/app/src/main/res/values/secrets.xml, ios/Config.xcconfig',
      'acme/payments-api: config/production.env, scripts/seed-payouts.ts, test/fixtures/monime.json, Message of commit e1f2a3b40000, infra/monime-tokens.yaml',
    ]);
    const tokens = await page.evaluate<string[]>(`[...document.querySelectorAll('tr.finding td:nth-child(4)')].map((td) => td.textContent)`);
    expect([...tokens].sort()).toEqual(
      organisationResult()
        .findings.map((finding) => finding.masked)
        .sort(),
    );
    expect(tokens.filter((token) => token.startsWith('mon_')).every((token) => /^mon_(test_)?[A-Za-z0-9]{4}…[A-Za-z0-9]{4}$/.test(token))).toBe(true);
    const ages = await page.evaluate<string[]>(`[...document.querySelectorAll('.age')].map((age) => age.textContent)`);
    expect(ages).toContain('(4 years ago)');
    expect(ages).toContain('(7 days ago)');
  });

  it('filters by rule, severity and repository, hides emptied files and repositories, and shows all again', async () => {
    const { page } = await open(toHtml(organisationResult(), organisationContext), 'filters.html');
    expect(await page.evaluate(`document.getElementById('filters').hidden`)).toBe(false);
    expect(await page.evaluate<string[]>(VISIBLE)).toHaveLength(10);
    expect(await page.evaluate(SHOWN)).toBe('Showing all 10 findings');

    await page.evaluate(choose('rule', 'live-token'));
    const live = await page.evaluate<string[]>(VISIBLE);
    expect(live).toEqual([
      'repo:acme/legacy-admin live-token error',
      'repo:acme/mobile-app live-token error',
      'repo:acme/payments-api live-token error',
      'repo:acme/payments-api live-token error',
    ]);
    expect(await page.evaluate(SHOWN)).toBe('Showing 4 of 10 findings');
    expect(await page.evaluate(visibleHeadings('h2'))).toEqual(['acme/legacy-admin', 'acme/mobile-app', 'acme/payments-api']);
    expect(await page.evaluate(visibleHeadings('h3'))).toEqual([
      'app/settings.py',
      'android/app/src/main/res/values/secrets.xml',
      'config/production.env',
      'scripts/seed-payouts.ts',
    ]);

    await page.evaluate(choose('rule', ''));
    await page.evaluate(choose('severity', 'warning'));
    await page.evaluate(choose('repository', 'repo:acme/payments-api'));
    expect(await page.evaluate<string[]>(VISIBLE)).toEqual(['repo:acme/payments-api test-token warning', 'repo:acme/payments-api test-token warning']);
    expect(await page.evaluate(visibleHeadings('h3'))).toEqual(['test/fixtures/monime.json', 'Message of commit e1f2a3b40000']);

    await page.evaluate(choose('repository', 'repo:acme/checkout-web'));
    await page.evaluate(choose('severity', 'error'));
    expect(await page.evaluate<string[]>(VISIBLE)).toEqual(['repo:acme/checkout-web client-exposed-token error']);

    await page.evaluate(`document.querySelector('#filters button[type="reset"]').click()`);
    expect(await page.evaluate<string[]>(VISIBLE)).toHaveLength(10);
    expect(await page.evaluate(`[...document.querySelectorAll('#filters select')].map((s) => s.selectedIndex)`)).toEqual([0, 0, 0]);
    expect(page.errors).toEqual([]);
  });

  it('filters from the charts: a bar picks its rule or repository', async () => {
    const { page } = await open(toHtml(organisationResult(), organisationContext), 'chart.html');
    await page.evaluate(`document.querySelector('[data-filter="rule"][data-value="test-token"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`);
    expect(await page.evaluate(`document.querySelector('select[name="rule"]').value`)).toBe('test-token');
    expect(await page.evaluate<string[]>(VISIBLE)).toHaveLength(4);
    await page.evaluate(
      `document.querySelector('[data-filter="repository"][data-value="repo:acme/mobile-app"]').dispatchEvent(new MouseEvent('click', { bubbles: true }))`,
    );
    expect(await page.evaluate<string[]>(VISIBLE)).toEqual(['repo:acme/mobile-app test-token warning']);
    expect(page.errors).toEqual([]);
  });

  it('shows every finding and no filter form with scripts off', async () => {
    const { page } = await open(toHtml(organisationResult(), organisationContext), 'no-script.html', { scripts: false });
    expect(await page.evaluate<string[]>(VISIBLE)).toHaveLength(10);
    expect(await page.evaluate(`document.getElementById('filters').getClientRects().length`)).toBe(0);
    expect(await page.evaluate(`document.querySelectorAll('.chart svg g').length`)).toBe(8);
  });

  it('renders hostile paths, repository names, authors and messages as text, and runs none of them', async () => {
    const paths = [
      '<script>window.pwned = 1</script>.env',
      '<img src=x onerror="window.pwned = 2">.env',
      '"><svg onload="window.pwned = 3">',
      'rtl\u202eenv.txt',
    ];
    const result: ScanResult = cleanResult();
    result.findings = paths.map((path, index) =>
      makeFinding({
        path,
        origin: { kind: 'blob', path, commit: 'ab'.repeat(20), repository: `acme/<b>${index}</b>` },
        span: spanAt(index + 1, 1, 68),
        masked: 'mon_aB3d…wXy9',
        fingerprint: `f${index}`,
        git: {
          commit: 'ab'.repeat(20),
          author: '<img src=x onerror="window.pwned = 4">',
          date: '2026-01-01T00:00:00Z',
          source: 'blob',
          historyOnly: false,
          otherOccurrences: 0,
        },
      }),
    );
    result.warnings = [{ path: '<iframe src="https://evil.example/">', code: 'unreadable', message: '<script>window.pwned = 5</script>' }];
    const { page, url } = await open(toHtml(result, { ...minimalContext, now: '2026-07-01T00:00:00Z' }), 'hostile.html');
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(await page.evaluate(`document.querySelectorAll('img, iframe, main svg, b, body > script ~ script').length`)).toBe(0);
    expect(await page.evaluate(`document.querySelectorAll('script').length`)).toBe(1);
    const shown = await page.evaluate<string[]>(`[...document.querySelectorAll('h3 code')].map((code) => code.textContent)`);
    expect(shown.sort()).toEqual([...paths.slice(0, 3), 'rtl\\u202eenv.txt'].sort());
    expect(await page.evaluate(`[...document.querySelectorAll('h2')].map((h) => h.firstChild.textContent).filter((t) => t.startsWith('acme/'))`)).toEqual([
      'acme/<b>0</b>',
      'acme/<b>1</b>',
      'acme/<b>2</b>',
      'acme/<b>3</b>',
    ]);
    expect(await page.evaluate(`document.querySelector('#warnings td.message').textContent`)).toBe('<script>window.pwned = 5</script>');
    expect(page.errors).toEqual([]);
    expect(page.requests).toEqual([url]);
  });

  it('makes a screenshot of the organisation page (into a temp dir; npm run screenshot:html updates the committed one)', async () => {
    const { page } = await open(toHtml(organisationResult(), organisationContext), 'screenshot.html');
    const png = await page.screenshot();
    const file = path.join(dir, 'html-report.png');
    fs.writeFileSync(file, png);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The PNG header's width: the viewport's.
    expect(png.readUInt32BE(16)).toBe(1280);
    const committed = fs.readFileSync(new URL('../../docs/images/html-report.png', import.meta.url));
    expect(committed.subarray(0, 8)).toEqual(png.subarray(0, 8));
  });
});
