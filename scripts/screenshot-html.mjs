// Makes docs/images/html-report.png, the HTML report's screenshot the README and docs/output.md
// show: the organisation fixture of the HTML tests (test/reporters/html-fixture.ts), rendered by
// the reporter and photographed in headless Chromium. Run with `npm run screenshot:html` (tsx
// loads the TypeScript sources); `--out FILE` writes elsewhere.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toHtml } from '../src/reporters/html.ts';
import { findChromium, launchChromium } from '../test/support/chromium.ts';
import { organisationContext, organisationResult } from '../test/reporters/html-fixture.ts';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  console.log('usage: npm run screenshot:html [-- --out FILE]   (default docs/images/html-report.png)');
  process.exit(0);
}
const outIndex = args.indexOf('--out');
const out = path.resolve(outIndex === -1 ? 'docs/images/html-report.png' : args[outIndex + 1]);

const executable = findChromium();
if (!executable) {
  console.error('screenshot-html: no chromium on PATH (apt-get install chromium, or set CHROMIUM)');
  process.exit(2);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monime-guard-screenshot-'));
const page = path.join(dir, 'report.html');
fs.writeFileSync(page, toHtml(organisationResult(), organisationContext));
const browser = await launchChromium(executable);
try {
  const tab = await browser.newPage();
  await tab.setViewport(1280, 800);
  await tab.goto(pathToFileURL(page).href);
  if (tab.errors.length > 0) throw new Error(`the page logged errors:\n${tab.errors.join('\n')}`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, await tab.screenshot());
  console.log(`screenshot-html: wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
