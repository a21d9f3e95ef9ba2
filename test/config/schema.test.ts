/**
 * The JSON Schemas in schemas/ and the hand-written checks in src/config must agree. ajv and
 * ajv-formats are test-only: the library validates by hand so that ajv never loads at run time.
 */
import { promises as fs } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenRules } from '../../rules/index.js';
import { toBaseline } from '../../src/config/baseline.js';
import { CONFIG_RULE_IDS, FINGERPRINT_PATTERN, MAX_GLOB_LENGTH, validateConfig } from '../../src/config/validate.js';
import { ConfigError } from '../../src/errors.js';
import { makeFinding, randomFingerprint } from './helpers.js';

type Schema = Record<string, unknown>;

async function readSchema(name: string): Promise<Schema> {
  return JSON.parse(await fs.readFile(new URL(`../../schemas/${name}`, import.meta.url), 'utf8')) as Schema;
}

let configSchema: Schema;
let baselineSchema: Schema;
let schemaAccepts: (value: unknown) => boolean;
let baselineAccepts: (value: unknown) => boolean;

beforeAll(async () => {
  configSchema = await readSchema('config.schema.json');
  baselineSchema = await readSchema('baseline.schema.json');
  // strict mode makes ajv refuse unknown keywords and other schema mistakes instead of ignoring them.
  // Except strictRequired: it also flags the standard "exactly one of" idiom
  // (`oneOf: [{ required: [a] }, { required: [b] }]`), whose keys are defined one level up.
  const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
  addFormats.default(ajv);
  const config = ajv.compile(configSchema);
  const baseline = ajv.compile(baselineSchema);
  schemaAccepts = (value) => config(value);
  baselineAccepts = (value) => baseline(value);
});

function validatorAccepts(value: unknown): boolean {
  try {
    validateConfig(value, 'monime-guard.config.json');
    return true;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return false;
  }
}

describe('config.schema.json', () => {
  it('puts a title and a description on every property and definition', () => {
    const missing: string[] = [];
    const visit = (schema: unknown, at: string): void => {
      if (typeof schema !== 'object' || schema === null) return;
      const node = schema as Schema;
      for (const group of ['properties', '$defs'] as const) {
        const children = node[group];
        if (typeof children !== 'object' || children === null) continue;
        for (const [key, child] of Object.entries(children as Record<string, Schema>)) {
          if (typeof child.title !== 'string' || typeof child.description !== 'string') missing.push(`${at}/${group}/${key}`);
          visit(child, `${at}/${group}/${key}`);
        }
      }
      if (typeof node.items === 'object') visit(node.items, `${at}/items`);
    };
    visit(configSchema, '#');
    visit(baselineSchema, 'baseline#');
    expect(missing).toEqual([]);
  });

  it('lists exactly the configurable rule ids, and every token rule is configurable', () => {
    const rules = (configSchema.properties as Record<string, Schema>).rules as Schema;
    expect(Object.keys(rules.properties as Schema)).toEqual([...CONFIG_RULE_IDS]);
    for (const rule of tokenRules) expect(CONFIG_RULE_IDS).toContain(rule.id);
  });

  it('shares its constants with the hand validator', () => {
    const defs = configSchema.$defs as Record<string, Schema>;
    const allowProperties = (defs.allowEntry as Schema).properties as Record<string, Schema>;
    expect(allowProperties.fingerprint?.pattern).toBe(FINGERPRINT_PATTERN.source);
    expect(defs.glob?.maxLength).toBe(MAX_GLOB_LENGTH);
  });

  const fp = randomFingerprint();
  // [name, config, valid]: the expectation pins intent, the comparison pins agreement.
  const table: [string, unknown, boolean][] = [
    ['empty', {}, true],
    [
      'everything',
      {
        $schema: './schema.json',
        failOn: 'live',
        rules: { 'live-token': { enabled: true, severity: 'error' }, 'test-token': {}, 'client-exposed-token': { enabled: false } },
        allow: [
          { path: 'a/**', reason: 'r' },
          { fingerprint: fp, reason: 'r' },
        ],
        baseline: 'b.json',
        exclude: ['**/*.min.js'],
        scanBinary: false,
        gitIgnore: true,
      },
      true,
    ],
    ['array at top', [], false],
    ['null at top', null, false],
    ['string at top', 'x', false],
    ['unknown key', { rulez: {} }, false],
    ['$schema number', { $schema: 1 }, false],
    ['$schema empty', { $schema: '' }, true],
    ...(['live', 'test', 'any', 'none'].map((failOn) => [`failOn ${failOn}`, { failOn }, true]) as [string, unknown, boolean][]),
    ['failOn bad', { failOn: 'all' }, false],
    ['failOn case', { failOn: 'ANY' }, false],
    ['failOn number', { failOn: 0 }, false],
    ['rules empty', { rules: {} }, true],
    ['rules array', { rules: [] }, false],
    ['rules unknown id', { rules: { 'iac/nope': {} } }, false],
    ['policy settings', { rules: { 'iac/no-expiry': { enabled: false, severity: 'warning' } } }, true],
    ['policy options', { rules: { 'iac/over-scoped': { options: { maxWriteServices: 3 } }, 'iac/unknown-role': { options: { services: ['loans'] } } } }, true],
    ['policy option unknown', { rules: { 'iac/over-scoped': { options: { maxWrites: 3 } } } }, false],
    ['policy option fraction', { rules: { 'iac/over-scoped': { options: { maxWriteServices: 2.5 } } } }, false],
    ['policy option negative', { rules: { 'iac/broad-ip-whitelist': { options: { minIpv4Prefix: -1 } } } }, false],
    ['policy option empty name', { rules: { 'iac/unknown-role': { options: { services: [''] } } } }, false],
    ['options on a token rule', { rules: { 'live-token': { options: {} } } }, false],
    ['options on a policy without any', { rules: { 'iac/no-expiry': { options: {} } } }, false],
    ['rule settings bool', { rules: { 'live-token': true } }, false],
    ['rule unknown setting', { rules: { 'live-token': { level: 'error' } } }, false],
    ...(['error', 'warning', 'note'].map((severity) => [`severity ${severity}`, { rules: { 'test-token': { severity } } }, true]) as [
      string,
      unknown,
      boolean,
    ][]),
    ['severity bad', { rules: { 'test-token': { severity: 'fatal' } } }, false],
    ['enabled string', { rules: { 'test-token': { enabled: 'false' } } }, false],
    ['allow empty', { allow: [] }, true],
    ['allow object', { allow: {} }, false],
    ['allow entry string', { allow: ['a/**'] }, false],
    ['allow no reason', { allow: [{ path: 'a/**' }] }, false],
    ['allow reason only', { allow: [{ reason: 'r' }] }, false],
    ['allow both', { allow: [{ path: 'a/**', fingerprint: fp, reason: 'r' }] }, false],
    ['allow extra key', { allow: [{ path: 'a/**', reason: 'r', expires: '2030-01-01' }] }, false],
    ['allow reason empty', { allow: [{ path: 'a', reason: '' }] }, false],
    ['allow reason blank', { allow: [{ path: 'a', reason: '  \n' }] }, false],
    ['allow reason padded', { allow: [{ path: 'a', reason: '  ok  ' }] }, true],
    ['allow reason number', { allow: [{ path: 'a', reason: 1 }] }, false],
    ['fingerprint upper', { allow: [{ fingerprint: fp.toUpperCase(), reason: 'r' }] }, fp.toUpperCase() === fp],
    ['fingerprint short', { allow: [{ fingerprint: fp.slice(1), reason: 'r' }] }, false],
    ['fingerprint long', { allow: [{ fingerprint: `${fp}0`, reason: 'r' }] }, false],
    ['fingerprint newline', { allow: [{ fingerprint: `${fp}\n`, reason: 'r' }] }, false],
    ['fingerprint non-hex', { allow: [{ fingerprint: 'g'.repeat(32), reason: 'r' }] }, false],
    ['fingerprint null', { allow: [{ fingerprint: null, reason: 'r' }] }, false],
    ['path empty', { allow: [{ path: '', reason: 'r' }] }, false],
    ['path null', { allow: [{ path: null, reason: 'r' }] }, false],
    ['baseline', { baseline: '../b.json' }, true],
    ['baseline empty', { baseline: '' }, false],
    ['baseline array', { baseline: ['b.json'] }, false],
    ['exclude empty', { exclude: [] }, true],
    ['exclude string', { exclude: 'a' }, false],
    ['exclude number entry', { exclude: [1] }, false],
    ['scanBinary true', { scanBinary: true }, true],
    ['scanBinary string', { scanBinary: 'true' }, false],
    ['gitIgnore number', { gitIgnore: 1 }, false],
    ['gitIgnore null', { gitIgnore: null }, false],
  ];
  const globs: [string, boolean][] = [
    ['src/**', true],
    ['**/*.min.js', true],
    ['*.{js,ts}', true],
    ['+(a|b)/**', true],
    ['[', true],
    ['a\\b', true],
    ['src/../lib/**', true],
    ['../outside/**', true],
    ['.env', true],
    [' ', true],
    ['a\n', true],
    ['', false],
    ['/abs/**', false],
    ['!src/**', false],
    ['!(a|b)', false],
    ['#comment', false],
    ['\\#not-a-comment', true],
    ['./src/**', false],
    ['.\\src', true],
    ['dist/', false],
    ['dist/\n', true],
    ['x'.repeat(MAX_GLOB_LENGTH), true],
    ['x'.repeat(MAX_GLOB_LENGTH + 1), false],
    // JSON Schema counts code points; an emoji is one code point and two UTF-16 units.
    ['\u{1F600}'.repeat(MAX_GLOB_LENGTH), true],
    ['\u{1F600}'.repeat(MAX_GLOB_LENGTH + 1), false],
  ];
  for (const [glob, valid] of globs) {
    const name = JSON.stringify(glob.length > 20 ? `${glob.slice(0, 20)}…(${glob.length})` : glob);
    table.push([`exclude ${name}`, { exclude: [glob] }, valid]);
    table.push([`allow path ${name}`, { allow: [{ path: glob, reason: 'r' }] }, valid]);
  }

  it.each(table)('agrees with the hand validator: %s', (_name, config, valid) => {
    expect({ schema: schemaAccepts(config), validator: validatorAccepts(config) }).toEqual({
      schema: valid,
      validator: valid,
    });
  });

  it('agrees with the hand validator on generated configs', () => {
    const text = fc.oneof(
      {
        arbitrary: fc.constantFrom(...globs.map(([glob]) => glob), 'live', 'test', 'any', 'none', 'error', 'warning', 'note', fp, fp.toUpperCase()),
        weight: 4,
      },
      { arbitrary: fc.string(), weight: 2 },
      { arbitrary: fc.string({ unit: 'binary' }), weight: 1 },
    );
    const anything = fc.oneof(
      { arbitrary: text, weight: 4 },
      { arbitrary: fc.boolean(), weight: 1 },
      { arbitrary: fc.integer(), weight: 1 },
      { arbitrary: fc.constantFrom(null, [], {}), weight: 1 },
    );
    // Mostly good values with a bad one now and then, so that both verdicts are common.
    const mostly = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: good, weight: 20 }, { arbitrary: anything, weight: 1 });
    const extraKey = fc.oneof(
      { arbitrary: fc.constant({}), weight: 30 },
      {
        arbitrary: fc.dictionary(fc.constantFrom('rulez', 'note', 'level', '__proto__', 'constructor', ''), anything, {
          minKeys: 1,
          maxKeys: 1,
        }),
        weight: 1,
      },
    );
    const withExtra = (record: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> =>
      fc.tuple(record, extraKey).map(([base, extra]) => ({ ...base, ...extra }));
    const glob = mostly(fc.oneof({ arbitrary: fc.constantFrom('src/**', '**/*.min.js', 'vendor/**', '.env'), weight: 3 }, { arbitrary: text, weight: 1 }));
    const ruleSettings = mostly(
      withExtra(fc.record({ enabled: mostly(fc.boolean()), severity: mostly(fc.constantFrom('error', 'warning', 'note')) }, { requiredKeys: [] })),
    );
    const allowEntry = mostly(
      withExtra(
        fc.record(
          {
            path: glob,
            fingerprint: mostly(fc.oneof(fc.constant(fp), fc.stringMatching(/^[0-9a-f]{32}$/))),
            reason: mostly(fc.oneof(fc.constantFrom('r', '', ' ', 'why not'), fc.string())),
          },
          { requiredKeys: [] },
        ),
      ),
    );
    const config = mostly(
      withExtra(
        fc.record(
          {
            $schema: mostly(fc.string()),
            failOn: mostly(fc.constantFrom('live', 'test', 'any', 'none')),
            rules: mostly(
              withExtra(fc.record({ 'live-token': ruleSettings, 'test-token': ruleSettings, 'client-exposed-token': ruleSettings }, { requiredKeys: [] })),
            ),
            allow: mostly(fc.array(allowEntry, { maxLength: 3 })),
            baseline: mostly(fc.string()),
            exclude: mostly(fc.array(glob, { maxLength: 3 })),
            scanBinary: mostly(fc.boolean()),
            gitIgnore: mostly(fc.boolean()),
          },
          { requiredKeys: [] },
        ),
      ),
    );
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(config, (value) => {
        const verdict = validatorAccepts(value);
        if (verdict) accepted++;
        else rejected++;
        expect(schemaAccepts(value)).toBe(verdict);
      }),
      { numRuns: 3000 },
    );
    // Agreement only means something if both verdicts occur often.
    expect(Math.min(accepted, rejected)).toBeGreaterThan(300);
  });
});

describe('baseline.schema.json', () => {
  it('accepts what toBaseline writes', () => {
    const text = toBaseline([makeFinding(), makeFinding({ path: 'b.ts', ruleId: 'test-token', line: 7 })]);
    expect(baselineAccepts(JSON.parse(text))).toBe(true);
    expect(baselineAccepts(JSON.parse(toBaseline([])))).toBe(true);
  });

  it('refuses wrong shapes', () => {
    const good = JSON.parse(toBaseline([makeFinding()], new Date(0))) as { findings: Record<string, unknown>[] } & Record<string, unknown>;
    const entry = good.findings[0] ?? {};
    const variants: unknown[] = [
      { ...good, version: 2 },
      { ...good, tool: 'gitleaks' },
      { ...good, createdAt: 'yesterday' },
      { ...good, extra: true },
      { ...good, findings: [{ ...entry, fingerprint: 'ABC' }] },
      { ...good, findings: [{ ...entry, line: 0 }] },
      { ...good, findings: [{ ...entry, token: 'x' }] },
      { ...good, findings: [{ fingerprint: entry.fingerprint }] },
    ];
    for (const variant of variants) expect(baselineAccepts(variant)).toBe(false);
  });
});
