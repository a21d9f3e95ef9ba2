/**
 * The JSON Schemas shipped for the IaC formats agree with the readers: every fixture the readers
 * accept validates, and the mistakes the manifest reader rejects are rejected by the schema too.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHcl } from '../../src/iac/terraform.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const schema = (name: string): object => JSON.parse(fs.readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as object;

let ajv: Ajv2020;
beforeAll(() => {
  // allowMatchingProperties: `x-monime-guard-ignore` is both a named property and an `x-` extension.
  ajv = new Ajv2020({ strict: true, strictRequired: false, allowMatchingProperties: true, allErrors: true });
  ajv.addSchema(schema('terraform-token'));
  ajv.addSchema(schema('terraform-plan'));
  ajv.addSchema(schema('token-manifest'));
});

const validate = (id: string, value: unknown): string[] => {
  const check = ajv.getSchema(`https://raw.githubusercontent.com/monime-guard/monime-guard/main/schemas/${id}.schema.json`)!;
  return check(value) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
};

const dirs = fs.readdirSync(FIXTURES);

describe('IaC JSON Schemas', () => {
  it.each(dirs)('accept the %s fixtures in every format', async (dir) => {
    for (const file of fs.readdirSync(`${FIXTURES}${dir}`)) {
      const text = fs.readFileSync(`${FIXTURES}${dir}/${file}`, 'utf8');
      if (file.startsWith('monime-tokens.')) expect(validate('token-manifest', parseYaml(text)), file).toEqual([]);
      if (file === 'plan.json') expect(validate('terraform-plan', JSON.parse(text)), file).toEqual([]);
      if (file === 'main.tf') {
        const body = (await parseHcl({ file, text })) as { resource: { monime_access_token: Record<string, object[]> } };
        for (const [name, [attributes]] of Object.entries(body.resource.monime_access_token))
          expect(validate('terraform-token', attributes), `${file} ${name}`).toEqual([]);
      }
    }
  });

  it('accept a kind: MonimeAccessToken document', () => {
    expect(
      validate(
        'token-manifest',
        parseYaml('kind: MonimeAccessToken\napiVersion: tokens.example/v1\nspec:\n  name: Payouts Worker\n  mode: live\n  expiry: 2027-06-30\n'),
      ),
    ).toEqual([]);
  });

  it.each([
    ['mode: production', 'tokens:\n  - name: Shop\n    mode: production\n'],
    ['an unknown field', 'tokens:\n  - name: Shop\n    expires: never\n'],
    ['a bad expiry', 'tokens:\n  - name: Shop\n    expiry: soon\n'],
    ['roles not a list', 'tokens:\n  - name: Shop\n    roles: payments:read\n'],
    ['no tokens list', 'token:\n  - name: Shop\n'],
  ])('reject %s, as the reader does', (_, text) => {
    expect(validate('token-manifest', parseYaml(text))).not.toEqual([]);
  });

  it('check the after values of a planned token', () => {
    const plan = { resource_changes: [{ type: 'monime_access_token', change: { actions: ['create'], after: { test_mode: 'yes' } } }] };
    expect(validate('terraform-plan', plan)).not.toEqual([]);
  });
});
