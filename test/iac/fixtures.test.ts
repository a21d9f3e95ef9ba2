/**
 * Every policy's fixtures, in the three formats: `test/iac/fixtures/<policy>/` holds a token
 * manifest, a Terraform module and a plan (a JSON manifest for `invalid-suppression`, since a plan
 * carries no suppressions), with resources named `pass…` and `fail…`, and `expected.txt`: the
 * exact `file:line rule-id` of every finding the whole directory gives.
 * `UPDATE_FIXTURES=1 npx vitest run test/iac/fixtures.test.ts` rewrites `expected.txt` files;
 * review their diff before committing. Token placeholders (`{{LIVE_TOKEN}}`) become fresh random
 * tokens in a temporary copy, and `{{UNKNOWN_POLICY}}` a policy id with a typo (`iac/no-expiri`):
 * written whole in the fixture, it would be a directive naming no rule to `monime-guard scan .` of
 * this repository.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policyRules } from '../../rules/index.js';
import { toSarif } from '../../src/reporters/sarif.js';
import { scanIac } from '../../src/scan/iac.js';
import { expectGolden } from '../reporters/golden.js';
import { sarifErrors } from '../reporters/schemas.js';
import { liveToken, testToken } from '../support/tokens.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const today = new Date('2026-11-28T00:00:00Z');

/** A temporary copy of a fixture directory with its token placeholders filled. */
function materialize(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `monime-guard-iac-${name}-`));
  for (const file of fs.readdirSync(path.join(FIXTURES, name))) {
    if (file === 'expected.txt') continue;
    const text = fs.readFileSync(path.join(FIXTURES, name, file), 'utf8');
    fs.writeFileSync(
      path.join(dir, file),
      text
        .replaceAll('{{LIVE_TOKEN}}', () => liveToken())
        .replaceAll('{{TEST_TOKEN}}', () => testToken())
        .replaceAll('{{UNKNOWN_POLICY}}', 'iac/no-expiri'),
    );
  }
  return dir;
}

/** `fail-no-reason` and `fail_no_reason` alike. */
const normal = (label: string): string => label.replaceAll('-', '_').split(' ')[0]!;

/**
 * The pass…/fail… key of the configuration a finding is about: from its resource address or name,
 * or, for a manifest entry judged by its name, from the entry's purpose.
 */
function entryKey(label: string, text: string, line: number): string | undefined {
  const address = /\.((?:pass|fail)\w*)/.exec(label);
  if (address) return normal(address[1]!);
  if (/^(pass|fail)/.test(label)) return normal(label);
  const lines = text.split('\n');
  let start = line - 1;
  while (start > 0 && !/^\s*-\s/.test(lines[start]!)) start--;
  let end = start + 1;
  while (end < lines.length && !/^\s*-\s/.test(lines[end]!) && !/^\S/.test(lines[end]!)) end++;
  const purpose = /purpose:\s*"?((?:pass|fail)[\w-]*)/.exec(lines.slice(start, end).join('\n'));
  return purpose ? normal(purpose[1]!) : undefined;
}

/** The keys of the fail… configurations a fixture file declares. */
function failKeys(text: string): Set<string> {
  const declared =
    /resource "monime_access_token" "(fail\w*)"|"name": "(fail[\w-]*)"|"address": "monime_access_token\.(fail\w*)"|(?:name|purpose): "?(fail[\w-]*)/g;
  return new Set([...text.matchAll(declared)].map((m) => normal(m[1] ?? m[2] ?? m[3] ?? m[4]!)));
}

describe.each(policyRules.map((policy) => [policy.id.slice(4), policy.id] as const))('fixtures of iac/%s', (name, id) => {
  it('report exactly the expected rule ids and lines, and the policy fails exactly the fail… resources', async () => {
    const dir = materialize(name);
    const result = await scanIac({ root: dir, today });
    expect(result.errors).toEqual([]);
    const actual = `${result.findings.map((f) => `${f.path}:${f.span.start.line} ${f.ruleId}`).join('\n')}\n`;
    const expectedFile = path.join(FIXTURES, name, 'expected.txt');
    if (process.env.UPDATE_FIXTURES === '1') fs.writeFileSync(expectedFile, actual);
    expect(actual).toBe(fs.readFileSync(expectedFile, 'utf8'));

    const files = fs.readdirSync(dir).filter((file) => file !== 'expected.txt');
    expect(files.length).toBe(3);
    const own = result.findings.filter((f) => f.ruleId === id);
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const reported = own.filter((f) => f.path === file).map((f) => entryKey(f.masked, text, f.span.start.line));
      expect(new Set(reported), file).toEqual(failKeys(text));
      expect(failKeys(text).size, `${file} declares a fail… configuration`).toBeGreaterThan(0);
    }
    expect(JSON.stringify(result)).not.toMatch(/mon_(test_)?[A-Za-z0-9]{30,}/);
  });
});

describe('SARIF of an iac run', () => {
  it('matches the golden log, validates, and gives every rule a security-severity', async () => {
    const dir = materialize('no-expiry');
    const result = await scanIac({ root: dir, today });
    const sarif = toSarif(
      { ...result, stats: { ...result.stats, durationMs: 0 } },
      { toolVersion: '0.1.0', color: false, rootUri: 'file:///home/runner/work/shop/shop/' },
    );
    expectGolden('iac.sarif', sarif);
    const log = JSON.parse(sarif) as {
      runs: { tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } }; results: { ruleId: string }[] }[];
    };
    expect(sarifErrors(log)).toEqual([]);
    const rules = log.runs[0]!.tool.driver.rules.filter((rule) => rule.id.startsWith('iac/'));
    expect(rules.map((rule) => rule.id)).toEqual(policyRules.map((policy) => policy.id));
    for (const rule of rules) expect(rule.properties['security-severity']).toMatch(/^\d+\.\d$/);
    expect(new Set(log.runs[0]!.results.map((r) => r.ruleId))).toContain('iac/no-expiry');
  });
});
