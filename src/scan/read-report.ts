/**
 * Reads JSON reports back (what `--format json` wrote), for `merge`. A report is checked
 * against `schemas/report.schema.json` before anything trusts it, and every way it can be wrong
 * is one `SourceError` line that names the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeValue, displayPath } from '../config/messages.js';
import { JsonSyntaxError, parseJson } from '../config/json-syntax.js';
import { readTextFile } from '../config/read-text.js';
import { ConfigError, SourceError } from '../errors.js';
import { JSON_REPORT_VERSION, type JsonReport } from '../reporters/json.js';
import { TOOL_NAME } from '../reporters/messages.js';
import { schemaProblem, type JsonSchema } from './schema-check.js';

/** Where the report schema sits relative to this module: in the sources, compiled, and bundled. */
const SCHEMA_LOCATIONS = ['../../schemas/report.schema.json', '../../../schemas/report.schema.json'];

let reportSchema: JsonSchema | undefined;

/**
 * The report schema, read once from the package's `schemas/` folder (shipped with the package,
 * and in every clone), so the file users validate against is the one this code checks with.
 */
function loadReportSchema(): JsonSchema {
  if (reportSchema) return reportSchema;
  for (const relative of SCHEMA_LOCATIONS) {
    let text: string;
    try {
      text = fs.readFileSync(new URL(relative, import.meta.url), 'utf8');
    } catch {
      continue;
    }
    const schema = JSON.parse(text) as { title?: unknown };
    if (schema.title !== 'monime-guard JSON report') continue;
    reportSchema = schema as JsonSchema;
    return reportSchema;
  }
  throw new SourceError('schemas/report.schema.json is missing from the monime-guard package; reinstall it');
}

/**
 * Reads a JSON report from a file (relative to the working directory).
 *
 * @throws SourceError naming the file when it is missing, a directory, not UTF-8, not JSON, not a
 *   monime-guard JSON report, a report of another version, or a report the schema rejects.
 */
export async function readJsonReport(file: string): Promise<JsonReport> {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = await readTextFile(absolute, 'JSON report');
  } catch (error) {
    // The reader words its errors for config files; a report is an input, not configuration.
    if (error instanceof ConfigError) throw new SourceError(error.message, { cause: error });
    throw error;
  }
  return parseJsonReport(text, displayPath(absolute));
}

/**
 * Parses and checks the text of a JSON report; `name` is how messages name it (a path, or
 * `standard input`).
 *
 * @throws SourceError naming it when it is not JSON, not a monime-guard JSON report, a report of
 *   another version, or a report the schema rejects.
 */
export function parseJsonReport(text: string, name: string): JsonReport {
  if (text.trim() === '') throw new SourceError(`${name}: is empty, not a JSON report`);
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const where = error.line !== undefined && error.column !== undefined ? ` at line ${error.line} column ${error.column}` : '';
      throw new SourceError(`${name}: is not JSON (${error.reason}${where}); merge reads reports written with --format json`);
    }
    throw error;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SourceError(`${name}: is not a monime-guard JSON report (got ${describeValue(value)}, not an object)`);
  }
  const report = value as Record<string, unknown>;
  if (Object.hasOwn(report, 'runs') && typeof report.version === 'string') {
    throw new SourceError(`${name}: is a SARIF log, not a monime-guard JSON report; write reports for merge with --format json`);
  }
  const tool = report.tool as { name?: unknown } | undefined;
  if (!Object.hasOwn(report, 'version') || typeof tool !== 'object' || tool === null || tool.name !== TOOL_NAME) {
    throw new SourceError(`${name}: is not a monime-guard JSON report (it needs "version" and "tool": {"name": "${TOOL_NAME}"})`);
  }
  if (report.version !== JSON_REPORT_VERSION) {
    const newer = typeof report.version === 'number' && report.version > JSON_REPORT_VERSION;
    throw new SourceError(
      `${name}: is a version ${describeValue(report.version)} report; merge reads version ${JSON_REPORT_VERSION}` +
        (newer ? ' (upgrade monime-guard)' : ' (write it again with this monime-guard)'),
    );
  }
  const problem = schemaProblem(value, loadReportSchema());
  if (problem !== undefined) throw new SourceError(`${name}: is not a valid version ${JSON_REPORT_VERSION} report: ${problem}`);
  return value as JsonReport;
}
