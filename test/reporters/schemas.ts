/**
 * Validators for the two machine formats: SARIF against the SARIF 2.1.0 JSON Schema that
 * Microsoft's SARIF SDK ships (`@microsoft/jest-sarif`, `sarif-2.1.0-rtm.5.json`, draft-04),
 * and the JSON report against our own `schemas/report.schema.json` (draft 2020-12).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';

const require = createRequire(import.meta.url);

// These packages are CommonJS with `exports.default`; under NodeNext the default import is the
// whole `module.exports`, so the constructors are reached through `.default`.
const AjvDraft04 = ajvDraft04.default;
const Ajv2020 = ajv2020.default;
const addFormats = ajvFormats.default;

/** Formats ajv errors as one readable block for assertion messages. */
function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

function loadJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

const sarifSchema = loadJson(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'));
// rtm.5 writes the `language` pattern as `^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`, a stray `]`
// that is legal in a plain JavaScript RegExp but not under the `u` flag ajv uses by default
// (the OASIS errata corrected the pattern). Plain RegExps let the published schema compile as is.
const sarifAjv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(sarifAjv);
const sarifValidate = sarifAjv.compile(sarifSchema);

/** Errors from validating a SARIF log; empty when it is valid. */
export function sarifErrors(log: unknown): string[] {
  return sarifValidate(log) ? [] : describeErrors(sarifValidate.errors);
}

const reportSchema = loadJson(fileURLToPath(new URL('../../schemas/report.schema.json', import.meta.url)));
const reportAjv = new Ajv2020({ allErrors: true, strict: true });
addFormats(reportAjv);
const reportValidate = reportAjv.compile(reportSchema);

/** Errors from validating a JSON report against `schemas/report.schema.json`; empty when valid. */
export function reportErrors(report: unknown): string[] {
  return reportValidate(report) ? [] : describeErrors(reportValidate.errors);
}
