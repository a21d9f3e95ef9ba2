import { promises as fs } from 'node:fs';
import path from 'node:path';
import { CONFIG_RULE_IDS } from '../../src/config/validate.js';
import { describe, expect, it, vi } from 'vitest';
import { CONFIG_FILE_NAMES, loadConfig } from '../../src/config/load.js';
import { maskOf, randomFingerprint, randomToken, writeFile, configErrorMessage, useTempCwd } from './helpers.js';

const tempDir = useTempCwd();

/** The one-line ConfigError message of a promise that must reject. */
const messageOf = configErrorMessage;

/** Writes a JSON config (a value, or raw text) into `tempDir()` and returns the error loading it gives. */
async function jsonError(config: unknown, raw = false): Promise<string> {
  await writeFile(tempDir(), 'monime-guard.config.json', raw ? String(config) : JSON.stringify(config, null, 2));
  return messageOf(loadConfig({ root: tempDir() }));
}

async function yamlError(text: string, name = 'monime-guard.config.yaml'): Promise<string> {
  await writeFile(tempDir(), name, text);
  return messageOf(loadConfig({ root: tempDir(), configPath: name }));
}

describe('loadConfig: finding the file', () => {
  it('returns the defaults when the root holds no config', async () => {
    await expect(loadConfig({ root: tempDir() })).resolves.toEqual({ config: {} });
  });

  it('loads a full JSON config', async () => {
    const fingerprint = randomFingerprint();
    const config = {
      $schema: './node_modules/monime-guard/schemas/config.schema.json',
      failOn: 'live',
      rules: { 'live-token': { severity: 'warning' }, 'test-token': { enabled: false }, 'client-exposed-token': {} },
      allow: [
        { path: 'fixtures/**', reason: 'generated test fixtures' },
        { fingerprint, reason: 'revoked on 2025-01-01' },
      ],
      baseline: 'baseline.json',
      exclude: ['vendor/**', '**/*.min.js'],
      scanBinary: true,
      gitIgnore: false,
    };
    const file = await writeFile(tempDir(), 'monime-guard.config.json', JSON.stringify(config));
    await expect(loadConfig({ root: tempDir() })).resolves.toEqual({
      config,
      file,
      baselinePath: path.join(tempDir(), 'baseline.json'),
    });
  });

  it('loads a YAML config with comments, as .yaml and as .yml', async () => {
    const text = [
      '# monime-guard settings',
      'failOn: test',
      'rules:',
      '  test-token:',
      '    severity: note',
      'allow:',
      '  - path: "docs/**"   # examples only',
      '    reason: placeholder tokens in docs',
      'exclude: [dist/**]',
      'gitIgnore: true',
      '',
    ].join('\n');
    const expected = {
      failOn: 'test',
      rules: { 'test-token': { severity: 'note' } },
      allow: [{ path: 'docs/**', reason: 'placeholder tokens in docs' }],
      exclude: ['dist/**'],
      gitIgnore: true,
    };
    for (const name of ['monime-guard.config.yaml', 'monime-guard.config.yml']) {
      const file = await writeFile(tempDir(), name, text);
      await expect(loadConfig({ root: tempDir() })).resolves.toEqual({ config: expected, file });
      await fs.rm(file);
    }
  });

  it('prefers .json over .yaml over .yml', async () => {
    await writeFile(tempDir(), 'monime-guard.config.yml', 'failOn: none\n');
    await expect(loadConfig({ root: tempDir() })).resolves.toMatchObject({ config: { failOn: 'none' } });
    await writeFile(tempDir(), 'monime-guard.config.yaml', 'failOn: test\n');
    await expect(loadConfig({ root: tempDir() })).resolves.toMatchObject({ config: { failOn: 'test' } });
    await writeFile(tempDir(), 'monime-guard.config.json', '{"failOn": "live"}');
    await expect(loadConfig({ root: tempDir() })).resolves.toMatchObject({ config: { failOn: 'live' } });
    expect(CONFIG_FILE_NAMES).toEqual(['monime-guard.config.json', 'monime-guard.config.yaml', 'monime-guard.config.yml']);
  });

  it('looks in the root only, not in its parents or children', async () => {
    await writeFile(tempDir(), 'monime-guard.config.json', '{"failOn": "none"}');
    await writeFile(tempDir(), 'sub/inner/monime-guard.config.json', '{"failOn": "live"}');
    await expect(loadConfig({ root: path.join(tempDir(), 'sub') })).resolves.toEqual({ config: {} });
  });

  it('resolves a relative root against the working directory', async () => {
    const file = await writeFile(tempDir(), 'project/monime-guard.config.json', '{}');
    await expect(loadConfig({ root: 'project' })).resolves.toEqual({ config: {}, file });
  });

  it('treats a root that is a file as holding no config', async () => {
    const file = await writeFile(tempDir(), 'single.txt', 'hello');
    await expect(loadConfig({ root: file })).resolves.toEqual({ config: {} });
  });

  it('reads --config relative to the working directory, ignoring the root', async () => {
    await writeFile(tempDir(), 'monime-guard.config.json', '{"failOn": "none"}');
    const file = await writeFile(tempDir(), 'ci/strict.yaml', 'failOn: any\nbaseline: ../.monime/baseline.json\n');
    await expect(loadConfig({ root: tempDir(), configPath: 'ci/strict.yaml' })).resolves.toEqual({
      config: { failOn: 'any', baseline: '../.monime/baseline.json' },
      file,
      baselinePath: path.join(tempDir(), '.monime', 'baseline.json'),
    });
  });

  it('resolves the baseline against the config file, not the root or working directory', async () => {
    await writeFile(tempDir(), 'conf/monime-guard.config.json', '{"baseline": "b/baseline.json"}');
    const loaded = await loadConfig({ root: tempDir(), configPath: path.join(tempDir(), 'conf/monime-guard.config.json') });
    expect(loaded.baselinePath).toBe(path.join(tempDir(), 'conf', 'b', 'baseline.json'));
    const absolute = path.join(tempDir(), 'elsewhere.json');
    await writeFile(tempDir(), 'conf/monime-guard.config.json', JSON.stringify({ baseline: absolute }));
    await expect(loadConfig({ root: path.join(tempDir(), 'conf') })).resolves.toMatchObject({ baselinePath: absolute });
  });

  it('accepts an empty object and a byte-order mark', async () => {
    await writeFile(tempDir(), 'monime-guard.config.json', '\uFEFF{ }\n');
    await expect(loadConfig({ root: tempDir() })).resolves.toMatchObject({ config: {} });
  });
});

describe('loadConfig: files that cannot be read', () => {
  it('needs a --config file to exist', async () => {
    expect(await messageOf(loadConfig({ root: tempDir(), configPath: 'nope.json' }))).toBe('nope.json: config file not found');
    expect(await messageOf(loadConfig({ root: tempDir(), configPath: '' }))).toBe('the config file path is empty');
  });

  it('names a directory', async () => {
    await fs.mkdir(path.join(tempDir(), 'monime-guard.config.json'));
    expect(await messageOf(loadConfig({ root: tempDir() }))).toBe('monime-guard.config.json: is a directory, not a config file');
    expect(await messageOf(loadConfig({ root: tempDir(), configPath: '.' }))).toBe(`${tempDir()}: is a directory, not a config file`);
  });

  it('names a broken symbolic link', async () => {
    await fs.symlink(path.join(tempDir(), 'missing.json'), path.join(tempDir(), 'monime-guard.config.json'));
    expect(await messageOf(loadConfig({ root: tempDir() }))).toBe('monime-guard.config.json: config file is a broken symbolic link');
  });

  it('refuses an empty file, whitespace, or a YAML file of comments', async () => {
    expect(await jsonError('', true)).toBe('monime-guard.config.json: config file is empty (write {} to use the defaults)');
    expect(await jsonError(' \n\t\n', true)).toBe('monime-guard.config.json: config file is empty (write {} to use the defaults)');
    await fs.rm(path.join(tempDir(), 'monime-guard.config.json'));
    expect(await yamlError('# nothing yet\n')).toBe('monime-guard.config.yaml: config file is empty (write {} to use the defaults)');
    expect(await yamlError('---\n# nothing yet\n')).toBe('monime-guard.config.yaml: config file is empty (write {} to use the defaults)');
  });

  it('refuses an unknown extension', async () => {
    await writeFile(tempDir(), 'guard.toml', 'failOn = "any"\n');
    expect(await messageOf(loadConfig({ root: tempDir(), configPath: 'guard.toml' }))).toBe(
      'guard.toml: unsupported config file type; use .json, .yaml or .yml',
    );
  });

  it('refuses text that is not UTF-8', async () => {
    await writeFile(tempDir(), 'monime-guard.config.json', Buffer.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]));
    expect(await messageOf(loadConfig({ root: tempDir() }))).toBe('monime-guard.config.json: config file is not UTF-8 text');
  });

  it('names files outside the working directory by absolute path', async () => {
    vi.restoreAllMocks();
    const file = await writeFile(tempDir(), 'monime-guard.config.json', '{"rulez": {}}');
    expect(await messageOf(loadConfig({ root: tempDir() }))).toBe(`${file}: unknown key "rulez" at /`);
  });
});

describe('loadConfig: malformed JSON names the line and column', () => {
  const cases: [string, string][] = [
    ['{"failOn": "any",}', 'unexpected character "}" (JSON does not allow trailing commas) at line 1 column 18'],
    ['{"exclude": ["a/**",]}', 'unexpected character "]" (JSON does not allow trailing commas) at line 1 column 21'],
    ['{\n  "failOn": "any"\n  "gitIgnore": true\n}', 'expected "," or "}" after a property value at line 3 column 3'],
    ['{\n  // strict\n  "failOn": "any"\n}', 'unexpected character "/" (JSON does not allow comments) at line 2 column 3'],
    ["{'failOn': 'any'}", `unexpected character "'" (JSON strings need double quotes) at line 1 column 2`],
    ['{"failOn": "any}', 'unterminated string at line 1 column 12'],
    ['{"failOn": "an\ny"}', 'unterminated string (a line break comes before the closing quote) at line 1 column 12'],
    ['{"failOn" "any"}', 'expected ":" after a property name at line 1 column 11'],
    ['{failOn: "any"}', 'expected a property name in double quotes at line 1 column 2'],
    ['{"scanBinary": True}', 'unexpected character "T" at line 1 column 16'],
    ['{"exclude": ["a" "b"]}', 'expected "," or "]" after an array element at line 1 column 18'],
    ['{"n": 01}', 'invalid number at line 1 column 7'],
    ['{"n": -}', 'invalid number at line 1 column 7'],
    ['{"s": "\\x"}', 'bad escape \\x in a string at line 1 column 8'],
    ['{"s": "\\u12"}', 'bad \\u escape in a string (needs four hex digits) at line 1 column 8'],
    ['{"s": "a\tb"}', 'unescaped control character U+0009 in a string at line 1 column 9'],
    ['{', 'unexpected end of input at line 1 column 2'],
    ['{"failOn": ', 'unexpected end of input at line 1 column 12'],
    ['{} {}', 'unexpected text after the JSON value at line 1 column 4'],
    [`${'['.repeat(600)}${']'.repeat(600)}`, 'nested more than 512 levels deep at line 1 column 514'],
  ];
  const named = cases.map(([text, reason]) => [text.length > 40 ? `${text.slice(0, 40)}…` : text, text, reason]);
  it.each(named)('%j', async (_name, text, reason) => {
    expect(await jsonError(text, true)).toBe(`monime-guard.config.json is not JSON (${reason})`);
  });

  it('refuses duplicate keys at any depth', async () => {
    expect(await jsonError('{"failOn": "any",\n "failOn": "none"}', true)).toBe('monime-guard.config.json: duplicate key "failOn" at line 2 column 2');
    expect(await jsonError('{"rules": {"live-token": {"enabled": true, "enabled": false}}}', true)).toBe(
      'monime-guard.config.json: duplicate key "enabled" at line 1 column 44',
    );
  });

  it('never echoes the text around the error', async () => {
    const token = randomToken('live');
    const message = await jsonError(`{"failOn": "${token}" oops}`, true);
    expect(message).not.toContain(token);
    expect(message).toBe('monime-guard.config.json is not JSON (expected "," or "}" after a property value at line 1 column 83)');
  });
});

describe('loadConfig: malformed YAML names the line and column', () => {
  it('refuses duplicate keys', async () => {
    expect(await yamlError('failOn: any\nfailOn: none\n')).toBe('monime-guard.config.yaml: duplicate key "failOn" at line 2 column 1');
    expect(await yamlError('rules:\n  live-token: {}\n  "live-token": {}\n')).toBe('monime-guard.config.yaml: duplicate key "live-token" at line 3 column 3');
  });

  it('refuses several documents', async () => {
    expect(await yamlError('failOn: any\n---\nfailOn: none\n')).toBe('monime-guard.config.yaml: holds 2 YAML documents; a config file holds one');
  });

  it('reports syntax errors without the source lines', async () => {
    expect(await yamlError('failOn: any: none\n')).toBe(
      'monime-guard.config.yaml is not valid YAML (Nested mappings are not allowed in compact mappings at line 1 column 9)',
    );
    expect(await yamlError('exclude: [a/**, b/**\n', 'monime-guard.config.yml')).toMatch(
      /^monime-guard\.config\.yml is not valid YAML \(.+ at line 2 column 1\)$/,
    );
    expect(await yamlError('baseline: !secret baseline.json\n')).toBe(
      'monime-guard.config.yaml is not valid YAML (Unresolved tag: !secret at line 1 column 11)',
    );
    expect(await yamlError('a: &x 1\nb: *y\n')).toBe(
      'monime-guard.config.yaml is not valid YAML (Unresolved alias (the anchor must be set before the alias): y)',
    );
  });

  it('keeps YAML 1.1 booleans and binary data out of boolean settings', async () => {
    expect(await yamlError('scanBinary: yes\n')).toBe('monime-guard.config.yaml: /scanBinary must be true or false (got "yes")');
    expect(await yamlError('baseline: !!binary aGVsbG8=\n')).toBe('monime-guard.config.yaml: /baseline must be a string (got binary data)');
  });
});

describe('loadConfig: bad values name the key', () => {
  const fingerprint = 'a'.repeat(32);
  const cases: [string, unknown, string][] = [
    ['an array at the top', [], 'the top level must be an object of settings (got an array)'],
    ['a number at the top', 42, 'the top level must be an object of settings (got 42)'],
    ['a string at the top', 'any', 'the top level must be an object of settings (got "any")'],
    ['null at the top', null, 'the top level must be an object of settings (got null)'],
    ['an unknown key', { rulez: {} }, 'unknown key "rulez" at /'],
    ['a key in the wrong case', { failon: 'any' }, 'unknown key "failon" at /'],
    ['a key with a slash', { 'a/b': 1 }, 'unknown key "a/b" at /'],
    ['$schema not a string', { $schema: 1 }, '/$schema must be a string (got 1)'],
    ['failOn unknown', { failOn: 'all' }, '/failOn must be one of live, test, any, none, active (got "all")'],
    ['failOn a number', { failOn: 1 }, '/failOn must be one of live, test, any, none, active (got 1)'],
    ['failOn in the wrong case', { failOn: 'Live' }, '/failOn must be one of live, test, any, none, active (got "Live")'],
    ['rules an array', { rules: [] }, '/rules must be an object (got an array)'],
    ['an unknown rule', { rules: { 'live-tokens': {} } }, `unknown key "live-tokens" at /rules (known rules: ${CONFIG_RULE_IDS.join(', ')})`],
    ['rule settings a boolean', { rules: { 'live-token': false } }, '/rules/live-token must be an object (got false)'],
    ['rule settings a string', { rules: { 'test-token': 'off' } }, '/rules/test-token must be an object (got "off")'],
    ['an unknown rule setting', { rules: { 'test-token': { level: 'error' } } }, 'unknown key "level" at /rules/test-token'],
    ['enabled not a boolean', { rules: { 'live-token': { enabled: 'no' } } }, '/rules/live-token/enabled must be true or false (got "no")'],
    ['an unknown severity', { rules: { 'live-token': { severity: 'fatal' } } }, '/rules/live-token/severity must be one of error, warning, note (got "fatal")'],
    [
      'severity null',
      { rules: { 'client-exposed-token': { severity: null } } },
      '/rules/client-exposed-token/severity must be one of error, warning, note (got null)',
    ],
    ['allow an object', { allow: { path: 'a' } }, '/allow must be an array (got an object)'],
    ['allow entry a string', { allow: ['src/**'] }, '/allow/0 must be an object (got "src/**")'],
    ['allow entry without a reason', { allow: [{ path: 'a/**' }] }, '/allow/0 needs a "reason"'],
    ['allow entry with neither', { allow: [{ reason: 'why' }] }, '/allow/0 needs a "path" or a "fingerprint"'],
    [
      'allow entry with both',
      {
        allow: [
          { path: 'a/**', reason: 'x' },
          { path: 'b/**', fingerprint, reason: 'y' },
        ],
      },
      '/allow/1 has both "path" and "fingerprint"; use one per entry',
    ],
    ['allow entry with an unknown key', { allow: [{ path: 'a', reason: 'b', note: 'c' }] }, 'unknown key "note" at /allow/0'],
    ['an empty reason', { allow: [{ path: 'a', reason: '' }] }, '/allow/0/reason must not be empty'],
    ['a blank reason', { allow: [{ path: 'a', reason: ' \t ' }] }, '/allow/0/reason must not be blank'],
    ['a reason not a string', { allow: [{ path: 'a', reason: 5 }] }, '/allow/0/reason must be a string (got 5)'],
    [
      'an uppercase fingerprint',
      { allow: [{ fingerprint: 'A'.repeat(32), reason: 'x' }] },
      `/allow/0/fingerprint must be 32 lowercase hex characters (got "${'A'.repeat(32)}")`,
    ],
    ['a short fingerprint', { allow: [{ fingerprint: 'abc123', reason: 'x' }] }, '/allow/0/fingerprint must be 32 lowercase hex characters (got "abc123")'],
    ['a fingerprint not a string', { allow: [{ fingerprint: 12, reason: 'x' }] }, '/allow/0/fingerprint must be a string (got 12)'],
    ['an empty path', { allow: [{ path: '', reason: 'x' }] }, '/allow/0/path must not be empty'],
    [
      'an absolute path glob',
      { allow: [{ path: '/srv/app/**', reason: 'x' }] },
      '/allow/0/path is not a usable glob: it starts with "/", but paths are relative to the scan root (got "/srv/app/**")',
    ],
    [
      'a negated path glob',
      { allow: [{ path: '!src/**', reason: 'x' }] },
      '/allow/0/path is not a usable glob: a leading "!" would negate it; list only what to match (got "!src/**")',
    ],
    ['exclude a string', { exclude: 'dist/**' }, '/exclude must be an array (got "dist/**")'],
    ['exclude entry a number', { exclude: [3] }, '/exclude/0 must be a string (got 3)'],
    ['an empty exclude glob', { exclude: ['a/**', ''] }, '/exclude/1 must not be empty'],
    [
      'a comment glob',
      { exclude: ['#generated'] },
      '/exclude/0 is not a usable glob: a leading "#" makes it a comment that matches nothing (got "#generated")',
    ],
    ['a ./ glob', { exclude: ['./dist/**'] }, '/exclude/0 is not a usable glob: a leading "./" never matches; drop it (got "./dist/**")'],
    [
      'a directory glob',
      { exclude: ['dist/'] },
      `/exclude/0 is not a usable glob: a trailing "/" never matches a file; end it with "/**" to match a directory's files (got "dist/")`,
    ],
    ['a glob that is too long', { exclude: ['x'.repeat(4097)] }, '/exclude/0 must be at most 4096 characters long; split it into several globs'],
    ['baseline empty', { baseline: '' }, '/baseline must not be empty'],
    ['baseline not a string', { baseline: true }, '/baseline must be a string (got true)'],
    ['scanBinary a string', { scanBinary: 'true' }, '/scanBinary must be true or false (got "true")'],
    ['gitIgnore null', { gitIgnore: null }, '/gitIgnore must be true or false (got null)'],
    ['gitIgnore a number', { gitIgnore: 0 }, '/gitIgnore must be true or false (got 0)'],
    ['a long value', { failOn: 'x'.repeat(100) }, `/failOn must be one of live, test, any, none, active (got "${'x'.repeat(59)}…")`],
    ['the first problem in document order', { scanBinary: 1, failOn: 'x' }, '/scanBinary must be true or false (got 1)'],
  ];
  it.each(cases)('%s', async (_name, config, problem) => {
    const message = await jsonError(config);
    expect(message).toBe(
      problem.startsWith('/') || problem.startsWith('unknown') || problem.startsWith('the top') ? `monime-guard.config.json: ${problem}` : problem,
    );
  });

  it('accepts every known key with every allowed value', async () => {
    for (const failOn of ['live', 'test', 'any', 'none']) {
      for (const severity of ['error', 'warning', 'note']) {
        await writeFile(tempDir(), 'monime-guard.config.json', JSON.stringify({ failOn, rules: { 'live-token': { severity, enabled: true } } }));
        await expect(loadConfig({ root: tempDir() })).resolves.toMatchObject({ config: { failOn } });
      }
    }
  });

  it('masks tokens in echoed values and keys', async () => {
    const live = randomToken('live');
    const test = randomToken('test');
    const message = await jsonError({ failOn: live });
    expect(message).not.toContain(live);
    expect(message).toBe(`monime-guard.config.json: /failOn must be one of live, test, any, none, active (got "${maskOf(live)}")`);

    const keyMessage = await jsonError({ [test]: true });
    expect(keyMessage).not.toContain(test);
    expect(keyMessage).toBe(`monime-guard.config.json: unknown key "${maskOf(test)}" at /`);

    const ruleMessage = await jsonError({ rules: { 'live-token': { [live]: 1 } } });
    expect(ruleMessage).not.toContain(live);

    await fs.rm(path.join(tempDir(), 'monime-guard.config.json'));
    const yamlMessage = await yamlError(`failOn: ${test}\nfailOn: ${live}\n`);
    expect(yamlMessage).not.toContain(test);
    expect(yamlMessage).toBe('monime-guard.config.yaml: duplicate key "failOn" at line 2 column 1');
    const duplicateKey = await yamlError(`${live}: 1\n${live}: 2\n`);
    expect(duplicateKey).not.toContain(live);
    expect(duplicateKey).toBe(`monime-guard.config.yaml: duplicate key "${maskOf(live)}" at line 2 column 1`);
  });
});
