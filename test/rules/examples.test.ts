import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exposureRules, rules, tokenRules } from '../../rules/index.js';
import { detect } from '../../src/detector/detect.js';
import { ruleTable } from '../../src/scan/setup.js';
import { emptyBatch, scanBytes } from '../../src/scan/scan-input.js';
import { exampleTokens } from '../support/tokens.js';

/** Each rule's own examples are its first tests (one rule, one file, its examples inside). */
describe.each(tokenRules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  it.each(rule.positive.map((example, i) => [i, example] as const))('positive example %i is reported once', (_i, example) => {
    const text = example(exampleTokens);
    const matches = detect(text).matches;
    expect(matches).toHaveLength(1);
    expect(matches[0]?.kind).toBe(rule.tokenKind);
  });

  it.each(rule.negative.map((example, i) => [i, example] as const))('negative example %i is not reported', (_i, example) => {
    expect(detect(example(exampleTokens)).matches).toEqual([]);
  });
});

/** Exposure rules judge whole files: their examples go through the scanner under their paths. */
describe.each(exposureRules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  const settings = { rules: ruleTable({}), scanBinary: false, placeholders: false, root: '/', exclude: [], walkSkip: [] };
  const findingsOf = (path: string, text: string): string[] => {
    const batch = emptyBatch();
    scanBytes(Buffer.from(text), path, settings, batch);
    return batch.findings.map((f) => f.ruleId);
  };

  it.each(rule.positive.map((example, i) => [i, example] as const))('positive example %i is reported once', (_i, example) => {
    expect(findingsOf(example.path, example.text(exampleTokens))).toEqual([id]);
  });

  it.each(rule.negative.map((example, i) => [i, example] as const))('negative example %i is not reported by it', (_i, example) => {
    expect(findingsOf(example.path, example.text(exampleTokens))).not.toContain(id);
  });
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('rule %s', (id, rule) => {
  it('has a doc whose first paragraph is its description', () => {
    const doc = fs.readFileSync(new URL(`../../rules/${id}.md`, import.meta.url), 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    expect(doc.split('\n\n')[1]?.trim()).toBe(rule.description);
  });

  it('is exported from a file named after its id', () => {
    expect(fs.existsSync(new URL(`../../rules/${id}.ts`, import.meta.url))).toBe(true);
  });
});
