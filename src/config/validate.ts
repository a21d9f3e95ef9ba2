/**
 * The hand-written twin of `schemas/config.schema.json`.
 *
 * Why not validate with the schema itself: ajv would be a runtime dependency (and a slow start for
 * `monime-guard staged`), and its messages are not the one line naming the key that users need.
 * The price is two sources of truth; `test/config/schema.test.ts` runs both over a table of
 * cases and over generated configs, so they cannot drift apart unnoticed.
 *
 * Every check stops at the first problem, in document order, and throws one `ConfigError` line:
 * `<file>: <JSON Pointer> <what is wrong> (got <value>)`.
 */
import { Minimatch } from 'minimatch';
import { ConfigError } from '../errors.js';
import type { FailOn, Severity } from '../types.js';
import { describeValue, quote, toPointer, type PathSegment } from './messages.js';
import { policyRules, rules as registry, type PolicyOption } from '../../rules/index.js';
import type { AllowEntry, Config, RuleSettings } from './types.js';

/** The options a policy declares, or undefined for rules that take none. */
function policyOptions(id: string): Record<string, PolicyOption> | undefined {
  return policyRules.find((policy) => policy.id === id)?.options;
}

/** Rule ids a config may configure under `rules` (DESIGN §4; stable): every rule in the registry. */
export const CONFIG_RULE_IDS: readonly string[] = registry.map((rule) => rule.id);

/** Values of `failOn`, in the order messages list them. */
const FAIL_ON_VALUES: readonly FailOn[] = ['live', 'test', 'any', 'none', 'active'];

/** Values of a rule's `severity`, in the order messages list them. */
const SEVERITY_VALUES: readonly Severity[] = ['error', 'warning', 'note'];

/** A fingerprint as findings carry it: 128 bits in lowercase hex. Same pattern as the schema. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{32}$/;

/**
 * Longest glob accepted, in Unicode code points (as JSON Schema's `maxLength` counts). Well below
 * minimatch's own limit of 65536 UTF-16 units even for astral characters, so a glob the schema
 * accepts can never make minimatch throw.
 */
export const MAX_GLOB_LENGTH = 4096;

/**
 * Why a glob that minimatch would accept still cannot work, checked in this order; together they
 * are the schema's `$defs/glob` pattern. The filters match globs (with `dot: true`) against file
 * paths relative to the scan root with `/` separators, which never start with `/` or `./` and never
 * end with `/`, so such globs would silently match nothing (`dist/` is the common one, from
 * .gitignore habits). A leading `!` would negate the glob, which in an `allow` list means "allow
 * everything else"; a leading `#` makes minimatch treat the glob as a comment.
 */
const GLOB_PITFALLS: readonly { test: RegExp; why: string }[] = [
  { test: /^\//, why: 'it starts with "/", but paths are relative to the scan root' },
  { test: /^!/, why: 'a leading "!" would negate it; list only what to match' },
  { test: /^#/, why: 'a leading "#" makes it a comment that matches nothing' },
  { test: /^\.\//, why: 'a leading "./" never matches; drop it' },
  { test: /\/$/, why: 'a trailing "/" never matches a file; end it with "/**" to match a directory\'s files' },
];

/** Throws the one-line error: the file, then what is wrong. */
function fail(file: string, message: string): never {
  throw new ConfigError(`${file}: ${message}`);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Counts code points, as JSON Schema's `minLength` and `maxLength` do. */
function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

/** Checks the values of one document, collecting nothing: the first problem throws. */
class Validator {
  constructor(private readonly file: string) {}

  private fail(at: readonly PathSegment[], problem: string): never {
    fail(this.file, `${toPointer(at)} ${problem}`);
  }

  private unknownKey(at: readonly PathSegment[], key: string, hint = ''): never {
    fail(this.file, `unknown key ${quote(key)} at ${toPointer(at)}${hint}`);
  }

  private object(value: unknown, at: readonly PathSegment[]): Record<string, unknown> {
    if (!isPlainObject(value)) this.fail(at, `must be an object (got ${describeValue(value)})`);
    return value;
  }

  private array(value: unknown, at: readonly PathSegment[]): unknown[] {
    if (!Array.isArray(value)) this.fail(at, `must be an array (got ${describeValue(value)})`);
    return value;
  }

  private boolean(value: unknown, at: readonly PathSegment[]): boolean {
    if (typeof value !== 'boolean') this.fail(at, `must be true or false (got ${describeValue(value)})`);
    return value;
  }

  private string(value: unknown, at: readonly PathSegment[]): string {
    if (typeof value !== 'string') this.fail(at, `must be a string (got ${describeValue(value)})`);
    return value;
  }

  private nonEmptyString(value: unknown, at: readonly PathSegment[]): string {
    const text = this.string(value, at);
    if (text === '') this.fail(at, 'must not be empty');
    return text;
  }

  private oneOf<T extends string>(value: unknown, allowed: readonly T[], at: readonly PathSegment[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(at, `must be one of ${allowed.join(', ')} (got ${describeValue(value)})`);
    }
    return value as T;
  }

  private glob(value: unknown, at: readonly PathSegment[]): string {
    const glob = this.nonEmptyString(value, at);
    if (codePointLength(glob) > MAX_GLOB_LENGTH) {
      this.fail(at, `must be at most ${MAX_GLOB_LENGTH} characters long; split it into several globs`);
    }
    for (const pitfall of GLOB_PITFALLS) {
      if (pitfall.test.test(glob)) this.fail(at, `is not a usable glob: ${pitfall.why} (got ${quote(glob)})`);
    }
    // The checks above make minimatch's own refusals unreachable; this is the backstop should a
    // future minimatch refuse more, and it is what makes "usable" mean "minimatch can use it".
    let matcher: Minimatch;
    try {
      matcher = new Minimatch(glob, { dot: true });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(at, `is not a usable glob: minimatch refuses it (${reason}) (got ${quote(glob)})`);
    }
    if (matcher.comment || matcher.empty || matcher.negate) {
      this.fail(at, `is not a usable glob: minimatch reads it as a comment or a negation (got ${quote(glob)})`);
    }
    return glob;
  }

  config(value: unknown): Config {
    if (!isPlainObject(value)) {
      fail(this.file, `the top level must be an object of settings (got ${describeValue(value)})`);
    }
    const config: Config = {};
    for (const [key, item] of Object.entries(value)) {
      const at = [key];
      switch (key) {
        case '$schema':
          config.$schema = this.string(item, at);
          break;
        case 'failOn':
          config.failOn = this.oneOf(item, FAIL_ON_VALUES, at);
          break;
        case 'rules':
          config.rules = this.rules(item, at);
          break;
        case 'allow':
          config.allow = this.array(item, at).map((entry, index) => this.allowEntry(entry, [...at, index]));
          break;
        case 'baseline':
          config.baseline = this.nonEmptyString(item, at);
          break;
        case 'exclude':
          config.exclude = this.array(item, at).map((glob, index) => this.glob(glob, [...at, index]));
          break;
        case 'scanBinary':
          config.scanBinary = this.boolean(item, at);
          break;
        case 'gitIgnore':
          config.gitIgnore = this.boolean(item, at);
          break;
        case 'reportUnusedDirectives':
          config.reportUnusedDirectives = this.boolean(item, at);
          break;
        default:
          this.unknownKey([], key);
      }
    }
    return config;
  }

  private rules(value: unknown, at: readonly PathSegment[]): Record<string, RuleSettings> {
    const rules: Record<string, RuleSettings> = {};
    for (const [id, item] of Object.entries(this.object(value, at))) {
      if (!(CONFIG_RULE_IDS as readonly string[]).includes(id)) {
        // Rule ids are not guessable the way setting names are, so list them.
        this.unknownKey(at, id, ` (known rules: ${CONFIG_RULE_IDS.join(', ')})`);
      }
      const ruleAt = [...at, id];
      const settings: RuleSettings = {};
      for (const [key, setting] of Object.entries(this.object(item, ruleAt))) {
        if (key === 'enabled') settings.enabled = this.boolean(setting, [...ruleAt, key]);
        else if (key === 'severity') settings.severity = this.oneOf(setting, SEVERITY_VALUES, [...ruleAt, key]);
        else if (key === 'options' && policyOptions(id)) settings.options = this.policyOptions(setting, policyOptions(id)!, [...ruleAt, key]);
        else this.unknownKey(ruleAt, key);
      }
      rules[id] = settings;
    }
    return rules;
  }

  private policyOptions(value: unknown, declared: Record<string, PolicyOption>, at: readonly PathSegment[]): Record<string, number | string[]> {
    const options: Record<string, number | string[]> = {};
    for (const [key, option] of Object.entries(this.object(value, at))) {
      const spec = declared[key];
      if (!spec) {
        this.unknownKey(at, key);
        continue;
      }
      const where = [...at, key];
      if (spec.type === 'integer') {
        if (typeof option !== 'number' || !Number.isInteger(option) || option < 0)
          this.fail(where, `must be a whole number of at least 0 (got ${describeValue(option)})`);
        options[key] = option as number;
      } else {
        if (!Array.isArray(option) || option.some((item) => typeof item !== 'string' || item === ''))
          this.fail(where, `must be a list of names (got ${describeValue(option)})`);
        options[key] = option as string[];
      }
    }
    return options;
  }

  private allowEntry(value: unknown, at: readonly PathSegment[]): AllowEntry {
    const entry = this.object(value, at);
    let path: string | undefined;
    let fingerprint: string | undefined;
    let reason: string | undefined;
    for (const [key, item] of Object.entries(entry)) {
      const itemAt = [...at, key];
      if (key === 'path') {
        path = this.glob(item, itemAt);
      } else if (key === 'fingerprint') {
        fingerprint = this.string(item, itemAt);
        if (!FINGERPRINT_PATTERN.test(fingerprint)) {
          this.fail(itemAt, `must be 32 lowercase hex characters (got ${quote(fingerprint)})`);
        }
      } else if (key === 'reason') {
        reason = this.nonEmptyString(item, itemAt);
        // A reason of spaces passes review no better than none; the schema says the same with \S.
        if (!/\S/.test(reason)) this.fail(itemAt, 'must not be blank');
      } else {
        this.unknownKey(at, key);
      }
    }
    if (path === undefined && fingerprint === undefined) this.fail(at, 'needs a "path" or a "fingerprint"');
    if (path !== undefined && fingerprint !== undefined) {
      this.fail(at, 'has both "path" and "fingerprint"; use one per entry');
    }
    if (reason === undefined) this.fail(at, 'needs a "reason"');
    return path !== undefined ? { path, reason } : { fingerprint: fingerprint as string, reason };
  }
}

/**
 * Checks a parsed config document against the rules of `schemas/config.schema.json` and returns it
 * typed. `file` is how messages name the file (see `displayPath`).
 *
 * @throws ConfigError with one line naming the file and the JSON Pointer of the first problem.
 */
export function validateConfig(value: unknown, file: string): Config {
  return new Validator(file).config(value);
}
