import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin, { rules } from '../../src/eslint/index.js';

const readme = fs.readFileSync(new URL('../../docs/eslint.md', import.meta.url), 'utf8');

describe('ESLint plugin metadata', () => {
  it.each(Object.entries(rules))('%s has a doc whose summary is its description, and a docs URL to it', (name, rule) => {
    const doc = fs.readFileSync(new URL(`../../docs/rules/${name}.md`, import.meta.url), 'utf8');
    expect(doc.startsWith(`# ${name}\n`)).toBe(true);
    expect(doc.split('\n\n')[1]?.trim()).toBe(rule.meta.docs.description);
    expect(rule.meta.docs.url).toBe(`https://github.com/monime-guard/monime-guard/blob/main/docs/rules/${name}.md`);
    expect(rule.meta.schema).toBeDefined();
  });

  it('recommends every rule marked recommended, through the plugin itself', () => {
    const recommended = plugin.configs.recommended;
    expect(recommended.plugins?.['monime-guard']).toBe(plugin);
    expect(Object.keys(recommended.rules ?? {})).toEqual(
      Object.entries(rules)
        .filter(([, rule]) => rule.meta.docs.recommended)
        .map(([name]) => `monime-guard/${name}`),
    );
    expect(plugin.meta).toMatchObject({ name: 'monime-guard', namespace: 'monime-guard' });
  });

  it('matches the table of ESLint rules in docs/eslint.md', () => {
    const table = readme.slice(readme.indexOf('| ESLint rule |'));
    const lines = table.split('\n');
    const end = lines.findIndex((line) => !line.startsWith('|'));
    const rows = lines.slice(2, end);
    expect(rows.map((row) => /\[`monime-guard\/([\w-]+)`\]/.exec(row)?.[1])).toEqual(Object.keys(rules));
    for (const rule of Object.values(rules)) expect(table).toContain(rule.meta.docs.description);
  });
});
