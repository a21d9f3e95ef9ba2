import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { liveToken, testToken } from '../support/tokens.js';

/** What `create` returns for a file, with the little of the context a gated `create` reads. */
function listenersFor(ruleName: string, text: string): Rule.RuleListener {
  const context = { sourceCode: { text }, options: [], cwd: '/', filename: '/src/app.js' } as unknown as Rule.RuleContext;
  return rules[ruleName]!.create(context);
}

/** The plugin's rule ids reported when linting `code` with every rule on. */
function lint(code: string, filename = 'src/app.jsx', sourceType: 'module' | 'script' = 'module'): string[] {
  const linter = new Linter();
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.js', '**/*.jsx'],
        languageOptions: { ecmaVersion: 'latest', sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { 'monime-guard': { rules } },
        rules: Object.fromEntries(Object.keys(rules).map((name) => [`monime-guard/${name}`, 'error'])),
      },
    ],
    filename,
  );
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.map((m) => m.ruleId ?? '');
}

const plain = "import { join } from 'node:path';\nexport const dir = join('a', 'b'); // common_name, daemon_x\nconst n = `${dir}/x` + 'y';\n";

describe('rule gates', () => {
  it('give a file without any candidate text no visitors at all', () => {
    for (const name of Object.keys(rules)) expect(listenersFor(name, plain), name).toEqual({});
    expect(lint(plain)).toEqual([]);
  });

  it('keep the visitors, and the reports, of a file that holds what a rule looks for', () => {
    const live = liveToken();
    const code = `const key = '${live}';\nconst url = 'http://api.monime.io/v1';\nconst v = process.env.NEXT_PUBLIC_MONIME_TOKEN;\n`;
    for (const name of Object.keys(rules)) expect(Object.keys(listenersFor(name, code)).length, name).toBeGreaterThan(0);
    expect(lint(code).sort()).toEqual(['monime-guard/no-client-exposed-token', 'monime-guard/no-hardcoded-token', 'monime-guard/no-insecure-api-url']);
    // Each rule opens only for its own needle.
    expect(Object.keys(listenersFor('no-hardcoded-token', 'const v = process.env.NEXT_PUBLIC_MONIME_TOKEN;'))).toEqual([]);
    expect(Object.keys(listenersFor('no-insecure-api-url', `const key = '${live}';`))).toEqual([]);
  });

  it('let through tokens whose source text has no plain prefix: escaped, entity-encoded, split, base64', () => {
    const token = testToken();
    const rest = token.slice(1);
    const cases = [
      `const a = '\\u006d${rest}';`,
      `const a = '\\u{6d}${rest}';`,
      `const a = '\\x6d${rest}';`,
      `const a = 'mo\\u006e${token.slice(3)}';`,
      `const a = 'mon\\x5f${token.slice(4)}';`,
      `const a = <p>&#109;${rest}</p>;`,
      `const a = <p>&#x6d;${rest}</p>;`,
      `const a = 'm' + '${rest}';`,
      `const a = 'mo' + '${token.slice(2)}';`,
      `const a = ['m', 'o', '${token.slice(2)}'].join('');`,
      `const a = '${Buffer.from(`key=${token}`).toString('base64')}';`,
      `const a = '${Buffer.from(`k=${token}`).toString('base64url')}';`,
      `const a = '${Buffer.from(Buffer.from(`k=${token}`).toString('base64')).toString('base64')}';`,
      `const a = \`${(
        Buffer.from(`x:${token}`)
          .toString('base64')
          .match(/.{1,7}/g) ?? []
      ).join('\n')}\`;`,
    ];
    for (const code of cases) {
      expect(code.includes('mon_'), code).toBe(false);
      expect(lint(code), code).toEqual(['monime-guard/no-hardcoded-token']);
    }
    expect(lint('const v = process.env.NEXT_PUBLIC_\\u004dONIME_TOKEN;')).toEqual(['monime-guard/no-client-exposed-token']);
    expect(lint("const v = process.env['NEXT_PUBLIC_MON\\x49ME_TOKEN'];")).toEqual(['monime-guard/no-client-exposed-token']);
    expect(lint("const v = process.env['NEXT_PUBLIC_MONIM\\u{45}_TOKEN'];")).toEqual(['monime-guard/no-client-exposed-token']);
    // Escapes of other characters open nothing: JavaScript is full of them.
    expect(Object.keys(listenersFor('no-client-exposed-token', "const a = '\\u00e9\\x41\\u{1F600}';"))).toEqual([]);
    // Legacy octal escapes, which only sloppy-mode scripts allow.
    for (const code of [`var a = '\\155${rest}';`, `var a = 'm\\157${token.slice(2)}';`, `var a = 'mo\\156${token.slice(3)}';`]) {
      expect(lint(code, 'src/legacy.js', 'script'), code).toEqual(['monime-guard/no-hardcoded-token']);
    }
  });
});
