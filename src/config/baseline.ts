/**
 * Baseline files: the findings a team has accepted for now, so that only new ones fail a scan.
 *
 * A baseline stores fingerprints (hashes of rule id and token) plus enough context for a reviewer
 * to recognise each entry (rule, path, line, masked token), and never a token: the file is meant to
 * be committed. Format, described by `schemas/baseline.schema.json`:
 *
 * ```json
 * { "version": 1, "tool": "monime-guard", "createdAt": "2025-01-01T00:00:00.000Z",
 *   "findings": [{ "fingerprint": "…32 hex…", "ruleId": "live-token", "path": "src/a.ts",
 *                  "line": 3, "masked": "mon_aB3d…wXy9" }] }
 * ```
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { compareText } from '../findings/order.js';
import { ConfigError, errorReason } from '../errors.js';
import type { Finding } from '../types.js';
import { JsonSyntaxError, jsonError, parseJson } from './json-syntax.js';
import { redactTokens } from '../findings/mask.js';
import { writeFileWhole } from '../output/write-file.js';
import { describeValue, displayPath, quote, toPointer, type PathSegment } from './messages.js';
import { readTextFile } from './read-text.js';
import { FINGERPRINT_PATTERN } from './validate.js';

/** The baseline format version this release writes and reads. */
export const BASELINE_VERSION = 1;

/** The `tool` field of every baseline, so a file from another scanner is recognised as such. */
const BASELINE_TOOL = 'monime-guard';

/** One accepted finding in a baseline file. */
export interface BaselineEntry {
  /** The finding's fingerprint: 32 lowercase hex characters. The only field matching uses. */
  fingerprint: string;
  /** Rule id, for reviewers. */
  ruleId: string;
  /** Path relative to the scan root, for reviewers. */
  path: string;
  /** 1-based line where the finding was when the baseline was made, for reviewers. */
  line: number;
  /** The masked token (`mon_aB3d…wXy9`), for reviewers. */
  masked: string;
}

/** The whole contents of a baseline file. */
export interface BaselineFile {
  /** Format version; always 1 for now. */
  version: typeof BASELINE_VERSION;
  /** Always `monime-guard`. */
  tool: typeof BASELINE_TOOL;
  /** When the baseline was made, as an ISO 8601 timestamp. */
  createdAt: string;
  /** Accepted findings sorted by path, line and fingerprint; one per fingerprint and path. */
  findings: BaselineEntry[];
}

/**
 * Serialises findings as a baseline file: pretty JSON with a trailing newline, entries sorted by
 * path, line and fingerprint, one entry per fingerprint and path (the same token twice in one file
 * is one decision to accept, and keeping the first line keeps the file stable).
 *
 * `masked` is passed through `redactTokens` once more, so that even a finding built wrongly cannot
 * put a whole token into a file that gets committed.
 *
 * @param now When the baseline is made; defaults to the current time. Tests pass a fixed date.
 * @throws TypeError when a finding's fingerprint is not 32 lowercase hex characters: such a
 *   baseline could never be read back, so writing it would only defer the error.
 */
export function toBaseline(findings: readonly Finding[], now: Date = new Date()): string {
  const entries: BaselineEntry[] = findings.map((finding) => {
    if (!FINGERPRINT_PATTERN.test(finding.fingerprint)) {
      throw new TypeError(`toBaseline: the finding at ${finding.path}:${finding.span.start.line} has a fingerprint that is not 32 lowercase hex characters`);
    }
    return {
      fingerprint: finding.fingerprint,
      ruleId: finding.ruleId,
      path: finding.path,
      line: finding.span.start.line,
      masked: redactTokens(finding.masked),
    };
  });
  entries.sort((a, b) => compareText(a.path, b.path) || a.line - b.line || compareText(a.fingerprint, b.fingerprint));
  const seen = new Set<string>();
  const unique = entries.filter((entry) => {
    const key = `${entry.fingerprint}\0${entry.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const file: BaselineFile = {
    version: BASELINE_VERSION,
    tool: BASELINE_TOOL,
    createdAt: now.toISOString(),
    findings: unique,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Writes `toBaseline(findings, now)` to `file` (relative to the working directory), creating its
 * directory. The file is written whole or not at all (see `writeFileWhole`), so an interrupted
 * run or a full disk never leaves half a baseline behind for the next scan to choke on.
 *
 * @throws ConfigError with one line naming the file when its directory cannot be made, and
 *   WriteError when the file cannot be written (the old one is then intact).
 */
export async function writeBaseline(file: string, findings: readonly Finding[], now?: Date): Promise<void> {
  const target = path.resolve(file);
  const text = toBaseline(findings, now);
  const shown = displayPath(target);
  try {
    await fs.mkdir(path.dirname(target), { recursive: true });
  } catch (error) {
    // EEXIST here means a file sits where a directory of the path should be.
    throw new ConfigError(`${shown}: cannot create the baseline file's directory (${errorReason(error)})`, { cause: error });
  }
  writeFileWhole(target, text, { name: shown, what: 'the baseline file' });
}

/**
 * Reads a baseline file (relative to the working directory) and returns the fingerprints it
 * accepts. Only `version`, `tool` and each entry's `fingerprint` are checked: the other fields are
 * for reviewers, and a hand-edited note in them should not break a scan.
 *
 * @throws ConfigError with one line naming the file and the problem: missing, a directory, empty,
 *   not JSON (with line and column), another tool's or version's file, or an entry without a
 *   32-hex fingerprint.
 */
export async function loadBaseline(file: string): Promise<Set<string>> {
  const absolute = path.resolve(file);
  const shown = displayPath(absolute);
  let text: string;
  try {
    text = await readTextFile(absolute, 'baseline file');
  } catch (error) {
    // The usual first run: the config names a baseline that was never written.
    if (error instanceof ConfigError && error.message.endsWith('baseline file not found')) {
      throw new ConfigError(`${error.message}; create it with \`monime-guard baseline\` (it records today's findings), or take "baseline" out of the config`, {
        cause: error,
      });
    }
    throw error;
  }
  if (text.trim() === '') throw new ConfigError(`${shown}: baseline file is empty`);

  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw jsonError(shown, error);
    throw error;
  }

  // Declared as functions, not arrows: TypeScript narrows after a call only through declared ones.
  function fail(at: readonly PathSegment[], problem: string): never {
    throw new ConfigError(`${shown}: ${toPointer(at)} ${problem}`);
  }
  function isObject(item: unknown): item is Record<string, unknown> {
    return typeof item === 'object' && item !== null && !Array.isArray(item);
  }

  if (!isObject(value)) {
    throw new ConfigError(`${shown}: a baseline must be a JSON object (got ${describeValue(value)})`);
  }
  // A JSON report (`--format json`) is the likeliest wrong file: it names the same tool, in an
  // object, and its version is not the baseline's, which would otherwise read as "upgrade".
  if (isObject(value.tool) && value.tool.name === BASELINE_TOOL) {
    throw new ConfigError(
      `${shown}: is a monime-guard JSON report (--format json), not a baseline; make a baseline with \`monime-guard baseline\` (it records today's findings, see docs/configuration.md#baseline-file)`,
    );
  }
  if (!Object.hasOwn(value, 'version')) fail([], 'needs a "version"; is this a monime-guard baseline?');
  if (value.version !== BASELINE_VERSION) {
    if (typeof value.version === 'number' && Number.isInteger(value.version) && value.version > BASELINE_VERSION) {
      throw new ConfigError(
        `${shown}: baseline version ${value.version} is newer than this monime-guard reads (version ${BASELINE_VERSION}); upgrade monime-guard`,
      );
    }
    fail(['version'], `must be ${BASELINE_VERSION} (got ${describeValue(value.version)})`);
  }
  if (!Object.hasOwn(value, 'tool')) fail([], 'needs a "tool"; is this a monime-guard baseline?');
  if (value.tool !== BASELINE_TOOL) fail(['tool'], `must be ${quote(BASELINE_TOOL)} (got ${describeValue(value.tool)})`);
  if (!Object.hasOwn(value, 'findings')) fail([], 'needs a "findings"');
  const { findings } = value;
  if (!Array.isArray(findings)) fail(['findings'], `must be an array (got ${describeValue(findings)})`);

  const fingerprints = new Set<string>();
  (findings as unknown[]).forEach((entry, index) => {
    const at = ['findings', index];
    if (!isObject(entry)) fail(at, `must be an object (got ${describeValue(entry)})`);
    if (!Object.hasOwn(entry, 'fingerprint')) fail(at, 'needs a "fingerprint"');
    const { fingerprint } = entry;
    if (typeof fingerprint !== 'string' || !FINGERPRINT_PATTERN.test(fingerprint)) {
      fail([...at, 'fingerprint'], `must be 32 lowercase hex characters (got ${describeValue(fingerprint)})`);
    }
    fingerprints.add(fingerprint);
  });
  return fingerprints;
}
