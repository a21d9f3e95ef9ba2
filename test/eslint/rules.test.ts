import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import { describe, it } from 'vitest';
import { maskToken } from '../../src/findings/mask.js';
import { rules } from '../../src/eslint/index.js';
import { liveToken, testToken } from '../support/tokens.js';

// RuleTester runs its cases through the test framework's functions.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const js = new RuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } } });
const ts = new RuleTester({ languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } });
const vue = new RuleTester({ files: ['**/*.vue'], languageOptions: { parser: vueParser, ecmaVersion: 'latest', sourceType: 'module' } });
const svelte = new RuleTester({ files: ['**/*.svelte'], languageOptions: { parser: svelteParser, ecmaVersion: 'latest', sourceType: 'module' } });

const live = liveToken();
const test = testToken();
const liveMessage = `Live Monime token ${maskToken(live)} is written into the code: read it from the environment on the server, and revoke it if it was ever committed.`;
const testMessage = `Test Monime token ${maskToken(test)} is written into the code: read it from the environment on the server, and revoke it if it was ever committed.`;
const env = 'process.env.MONIME_ACCESS_TOKEN';

/** Test names default to the code, which holds a token: every case gets a name instead. */
function named<T extends { code: string }>(cases: T[], prefix: string): (T & { name: string })[] {
  return cases.map((c, i) => ({ ...c, name: `${prefix} ${i + 1}` }));
}

describe('no-hardcoded-token', () => {
  const rule = rules['no-hardcoded-token']!;
  const valid = [
    "const name = 'monday';",
    'const t = process.env.MONIME_ACCESS_TOKEN;',
    "const placeholder = 'mon_<your-token>';",
    `const x = 'mon_${'X'.repeat(40)}';`,
    "const common_name = 'daemon_aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f';",
    '// TODO: rotate the token',
    `const half = 'mon_' + suffix;`,
  ];
  js.run('no-hardcoded-token (JavaScript)', rule, {
    valid: named(
      valid.map((code) => ({ code })),
      'valid',
    ),
    invalid: named(
      [
        {
          code: `const key = '${live}';`,
          errors: [
            { message: liveMessage, line: 1, column: 14, endColumn: 14 + live.length, suggestions: [{ messageId: 'useEnv', output: `const key = ${env};` }] },
          ],
        },
        { code: `const key = \`${test}\`;`, errors: [{ message: testMessage, suggestions: [{ messageId: 'useEnv', output: `const key = ${env};` }] }] },
        { code: `const key = \`Bearer ${live} for \${user}\`;`, errors: [{ message: liveMessage, suggestions: [] }] },
        {
          code: `const key = '${live.slice(0, 20)}' + '${live.slice(20)}';`,
          errors: [{ message: liveMessage, suggestions: [{ messageId: 'useEnv', output: `const key = ${env};` }] }],
        },
        {
          code: `const key = ['${live.slice(0, 30)}', '${live.slice(30)}'].join('');`,
          errors: [{ message: liveMessage, suggestions: [{ messageId: 'useEnv', output: `const key = ${env};` }] }],
        },
        { code: `// old key: ${live}\nconst a = 1;`, errors: [{ message: liveMessage, line: 1, column: 13 }] },
        {
          code: `const key = '${Buffer.from(live).toString('base64')}';`,
          errors: [{ message: liveMessage, suggestions: [{ messageId: 'useEnv', output: `const key = ${env};` }] }],
        },
        {
          code: `const el = <Pay token="${live}" />;`,
          errors: [{ message: liveMessage, suggestions: [{ messageId: 'useEnv', output: `const el = <Pay token={${env}} />;` }] }],
        },
        { code: `const el = <p>${test}</p>;`, errors: [{ message: testMessage, suggestions: [] }] },
      ],
      'invalid',
    ),
  });
  js.run('no-hardcoded-token (comments off)', rule, { valid: named([{ code: `// ${live}`, options: [{ comments: false }] }], 'comments off'), invalid: [] });
  ts.run('no-hardcoded-token (TypeScript, TSX)', rule, {
    valid: ['const name: string = "monday";', 'type T = { token: string };'],
    invalid: named(
      [
        {
          code: `const key: string = '${live}';`,
          errors: [{ message: liveMessage, suggestions: [{ messageId: 'useEnv', output: `const key: string = ${env};` }] }],
        },
        {
          code: `export const Pay = () => <Button token="${test}" />;`,
          errors: [{ message: testMessage, suggestions: [{ messageId: 'useEnv', output: `export const Pay = () => <Button token={${env}} />;` }] }],
        },
      ],
      'typescript',
    ),
  });
});

describe('no-hardcoded-token in Vue and Svelte templates', () => {
  const rule = rules['no-hardcoded-token']!;
  vue.run('no-hardcoded-token (Vue)', rule, {
    valid: named([{ code: '<template><p title="monday">hello</p></template>', filename: 'a.vue' }], 'vue valid'),
    invalid: named(
      [
        { code: `<template><Pay token="${live}" /></template>`, filename: 'a.vue', errors: [{ message: liveMessage, line: 1, column: 23 }] },
        { code: `<template><p>{{ '${test}' }}</p></template>`, filename: 'a.vue', errors: [{ message: testMessage }] },
        { code: `<template><p>old: ${live}</p></template>\n<script>const a = 1;</script>`, filename: 'a.vue', errors: [{ message: liveMessage }] },
        {
          code: `<script>const key = '${test}';</script>`,
          filename: 'a.vue',
          errors: [{ message: testMessage, suggestions: [{ messageId: 'useEnv', output: `<script>const key = ${env};</script>` }] }],
        },
      ],
      'vue',
    ),
  });
  svelte.run('no-hardcoded-token (Svelte)', rule, {
    valid: named([{ code: '<p title="monday">hello</p>', filename: 'a.svelte' }], 'svelte valid'),
    invalid: named(
      [
        { code: `<Pay token="${live}" />`, filename: 'a.svelte', errors: [{ message: liveMessage, line: 1, column: 13 }] },
        { code: `<p>old: ${test}</p>`, filename: 'a.svelte', errors: [{ message: testMessage }] },
        {
          code: `<script>const key = '${live}';</script>`,
          filename: 'a.svelte',
          errors: [{ message: liveMessage, suggestions: [{ messageId: 'useEnv', output: `<script>const key = ${env};</script>` }] }],
        },
      ],
      'svelte',
    ),
  });
});

describe('no-client-exposed-token', () => {
  const rule = rules['no-client-exposed-token']!;
  js.run('no-client-exposed-token', rule, {
    valid: [
      'const t = process.env.MONIME_ACCESS_TOKEN;',
      'const url = process.env.NEXT_PUBLIC_SITE_URL;',
      'const id = import.meta.env.VITE_MONIME_SPACE_ID;',
      "import { PUBLIC_SITE } from '$env/static/public';",
      { code: "'use client';\nconst url = process.env.NEXT_PUBLIC_SITE_URL;" },
    ],
    invalid: [
      {
        code: 'const t = process.env.NEXT_PUBLIC_MONIME_TOKEN;',
        errors: [{ messageId: 'publicVariable', data: { name: 'NEXT_PUBLIC_MONIME_TOKEN', prefix: 'NEXT_PUBLIC_' } }],
      },
      { code: "const t = process.env['REACT_APP_MONIME_KEY'];", errors: [{ messageId: 'publicVariable' }] },
      {
        code: 'const t = import.meta.env.VITE_MONIME_SECRET;',
        errors: [{ messageId: 'publicVariable', data: { name: 'VITE_MONIME_SECRET', prefix: 'VITE_' } }],
      },
      { code: 'const t = process.env.EXPO_PUBLIC_MONIME_TOKEN;', errors: [{ messageId: 'publicVariable' }] },
      {
        code: "import { PUBLIC_MONIME_TOKEN } from '$env/static/public';",
        errors: [{ messageId: 'publicVariable', data: { name: 'PUBLIC_MONIME_TOKEN', prefix: 'PUBLIC_' } }],
      },
      {
        code: "import { env } from '$env/dynamic/public';\nconst t = env.MONIME_API_KEY;",
        errors: [{ messageId: 'publicVariable', data: { name: 'MONIME_API_KEY', prefix: 'PUBLIC_' } }],
      },
      {
        code: "'use client';\nexport const t = process.env.MONIME_ACCESS_TOKEN;",
        errors: [{ messageId: 'clientModule', data: { name: 'MONIME_ACCESS_TOKEN' } }],
      },
      {
        code: 'export const t = process.env.MONIME_API_KEY;',
        filename: 'src/client/pay.js',
        options: [{ clientGlobs: ['src/client/**'] }],
        errors: [{ messageId: 'clientModule' }],
      },
    ],
  });
});

describe('no-insecure-api-url', () => {
  const rule = rules['no-insecure-api-url']!;
  js.run('no-insecure-api-url', rule, {
    valid: ["const u = 'https://api.monime.io/v1/payments';", "const u = 'http://api.monime.io.example.com/';", "const u = 'http://localhost:3000';"],
    invalid: [
      {
        code: "const u = 'http://api.monime.io/v1/payments';",
        output: "const u = 'https://api.monime.io/v1/payments';",
        errors: [{ messageId: 'insecure', column: 12 }],
      },
      { code: 'const u = `http://API.monime.io/v1/${id}`;', output: 'const u = `https://API.monime.io/v1/${id}`;', errors: [{ messageId: 'insecure' }] },
    ],
  });
});

describe('monime-guard-ignore directives, as the scanner reads them', () => {
  js.run('no-hardcoded-token with directives', rules['no-hardcoded-token']!, {
    valid: named(
      [
        { code: `const key = '${live}'; // monime-guard-ignore live-token -- documented sample account` },
        { code: `const key = '${test}'; // monime-guard-ignore -- every rule on this line` },
        { code: `// monime-guard-ignore-next-line test-token -- fixture for the sandbox\nconst key = '${test}';` },
        { code: `const key = '${live}'; /* monime-guard-ignore monime-guard/no-hardcoded-token -- the ESLint rule's own name */` },
      ],
      'ignored',
    ),
    invalid: named(
      [
        // Another rule's directive, or one on another line, silences nothing.
        {
          code: `const key = '${live}'; // monime-guard-ignore test-token -- only test tokens`,
          errors: [
            {
              message: liveMessage,
              suggestions: [{ messageId: 'useEnv', output: `const key = ${env}; // monime-guard-ignore test-token -- only test tokens` }],
            },
          ],
        },
        {
          code: `// monime-guard-ignore live-token -- same-line form on the line above\nconst key = '${live}';`,
          errors: [
            {
              message: liveMessage,
              suggestions: [{ messageId: 'useEnv', output: `// monime-guard-ignore live-token -- same-line form on the line above\nconst key = ${env};` }],
            },
          ],
        },
        {
          code: `// monime-guard-ignore-next-line live-token -- two lines up\n\nconst key = '${live}';`,
          errors: [
            {
              message: liveMessage,
              suggestions: [{ messageId: 'useEnv', output: `// monime-guard-ignore-next-line live-token -- two lines up\n\nconst key = ${env};` }],
            },
          ],
        },
      ],
      'not ignored',
    ),
  });
  js.run('no-client-exposed-token with directives', rules['no-client-exposed-token']!, {
    valid: named(
      [{ code: 'const t = process.env.NEXT_PUBLIC_MONIME_TOKEN; // monime-guard-ignore client-exposed-token -- a publishable test key' }],
      'ignored',
    ),
    invalid: named(
      [{ code: 'const t = process.env.NEXT_PUBLIC_MONIME_TOKEN; // monime-guard-ignore live-token -- wrong rule', errors: [{ messageId: 'publicVariable' }] }],
      'not ignored',
    ),
  });
});
