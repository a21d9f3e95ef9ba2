/**
 * The HTML report's own style sheet and script, inlined into every page, and the hashes its
 * Content-Security-Policy allows them by. The page loads nothing else: no font, no image, no
 * script or style from anywhere, so it can be opened from a CI artifact or an e-mail attachment
 * without calling home, and a path that slipped past escaping still could not run a script (its
 * hash would not match).
 *
 * The script only filters: it reads the `data-` attributes the reporter writes on each finding's
 * row and hides rows, and the files and repositories left empty. With scripts off the filter form
 * stays hidden and every finding is shown.
 */
import { createHash } from 'node:crypto';

/** The page's style sheet: readable on screen and on paper, light or dark. */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #c62828; --warning: #b26a00; --note: #1565c0; --ok: #1b7f3b; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #161b22; --line: #3d444d;
    --error: #f47067; --warning: #e0a030; --note: #6cb6ff; --ok: #57ab5a; }
}
[hidden] { display: none !important; }
* { box-sizing: border-box; }
body { margin: 0; padding: 24px 32px 48px; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", "Liberation Sans", "DejaVu Sans", sans-serif;
  color: var(--fg); background: var(--bg); }
code, .mono { font-family: ui-monospace, "SFMono-Regular", "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: 13px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 14px; margin: 16px 0 6px; font-weight: 600; overflow-wrap: anywhere; }
.count { color: var(--muted); font-weight: normal; font-size: 13px; margin-left: 8px; }
.verdict { font-size: 16px; font-weight: 600; margin: 4px 0 12px; }
.verdict.fail { color: var(--error); }
.verdict.pass { color: var(--ok); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0 0 16px; color: var(--muted); }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.overview { display: flex; flex-wrap: wrap; gap: 16px; margin: 8px 0 16px; }
.chart { margin: 0; padding: 12px 16px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; }
.chart text { fill: var(--fg); font-size: 12px; }
.chart text.n { fill: var(--muted); }
.chart .seg-error { fill: var(--error); }
.chart .seg-warning { fill: var(--warning); }
.chart .seg-note { fill: var(--note); }
.chart [data-filter][tabindex] { cursor: pointer; }
.chart [data-filter][tabindex]:hover text, .chart [data-filter][tabindex]:focus text { text-decoration: underline; }
.legend { display: flex; gap: 12px; margin-top: 6px; color: var(--muted); font-size: 12px; }
.legend span::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; vertical-align: -1px; }
.legend .l-error::before { background: var(--error); }
.legend .l-warning::before { background: var(--warning); }
.legend .l-note::before { background: var(--note); }
.filters { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; padding: 10px 12px; margin: 0 0 8px;
  background: var(--panel); border: 1px solid var(--line); border-radius: 6px; position: sticky; top: 0; z-index: 1; }
.filters label { font-weight: 600; }
.filters select { margin-left: 6px; font: inherit; }
.filters output { color: var(--muted); margin-left: auto; }
table { border-collapse: collapse; width: 100%; margin: 0 0 8px; }
th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; background: var(--panel); }
td.message { overflow-wrap: anywhere; }
table.findings { table-layout: fixed; }
.c-line { width: 60px; } .c-severity { width: 136px; } .c-rule { width: 176px; } .c-token { width: 176px; } .c-introduced { width: 320px; }
table.findings td:nth-child(1), table.findings td:nth-child(3), table.findings td:nth-child(4) { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.nobr { white-space: nowrap; }
.sev { display: inline-block; min-width: 64px; padding: 0 6px; border-radius: 10px; font-size: 12px; font-weight: 600; text-align: center; color: #fff; }
.sev-error { background: var(--error); }
.sev-warning { background: var(--warning); }
.sev-note { background: var(--note); }
.badge { display: inline-block; padding: 0 6px; margin-left: 4px; border: 1px solid currentColor; border-radius: 10px; font-size: 11px; }
.badge.fails { color: var(--error); }
.badge.history { color: var(--warning); }
.muted { color: var(--muted); }
a { color: var(--note); }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
@media print { .filters { display: none !important; } body { padding: 0; } }
`;

/**
 * The filters. Plain ES5-level DOM code with no dependency; it touches only what the reporter
 * wrote (`#filters`, `tr.finding`, `[data-group]`, `[data-filter]`), and writes text with
 * `textContent`, never markup.
 */
export const PAGE_SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.finding'));
  // Innermost groups first, so a repository is judged after the files in it.
  var groups = Array.prototype.slice.call(document.querySelectorAll('[data-group]')).reverse();
  var shown = document.getElementById('shown');
  function matches(row) {
    return selects.every(function (select) {
      return select.selectedIndex <= 0 || row.getAttribute('data-' + select.name) === select.value;
    });
  }
  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row);
      if (!row.hidden) count += 1;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('tr.finding:not([hidden])');
    });
    var noun = rows.length === 1 ? ' finding' : ' findings';
    shown.textContent = count === rows.length ? 'Showing all ' + rows.length + noun : 'Showing ' + count + ' of ' + rows.length + noun;
  }
  form.addEventListener('change', apply);
  form.addEventListener('reset', function (event) {
    // Reset by hand, so the rows are shown again in the same turn as the click.
    event.preventDefault();
    selects.forEach(function (select) {
      select.selectedIndex = 0;
    });
    apply();
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-filter]'), function (bar) {
    var select = form.querySelector('select[name="' + bar.getAttribute('data-filter') + '"]');
    if (!select) return;
    function pick() {
      select.value = bar.getAttribute('data-value');
      apply();
    }
    bar.setAttribute('tabindex', '0');
    bar.setAttribute('role', 'button');
    bar.addEventListener('click', pick);
    bar.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        pick();
      }
    });
  });
  form.hidden = false;
  apply();
})();
`;

/** A CSP source expression that allows exactly one inline element's text. */
function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The page's Content-Security-Policy: nothing may load from anywhere (no network request, no
 * `file:` neighbour), the one style sheet and the one script above run by their hashes, images
 * only as `data:` URLs (the favicon), no `<base>` and no form submission.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  `style-src ${cspHash(PAGE_STYLE)}`,
  `script-src ${cspHash(PAGE_SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
