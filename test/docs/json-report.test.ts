/**
 * What can drift between the code, the JSON Schema and docs/json-report.md: the warning codes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../src/types.js';
import { REPO_ROOT } from '../cli/run-cli.js';

describe('warning codes', () => {
  const codes = Object.keys(WARNING_CODES);

  it("are the JSON Schema's enum", () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas/report.schema.json'), 'utf8')) as {
      $defs: { warning: { properties: { code: { enum: string[] } } } };
    };
    expect(schema.$defs.warning.properties.code.enum).toEqual(codes);
  });

  it('are each listed in docs/json-report.md with their meaning', () => {
    const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs/json-report.md'), 'utf8');
    for (const [code, meaning] of Object.entries(WARNING_CODES)) expect(docs, code).toContain(`| \`${code}\` | ${meaning} |`);
  });
});
