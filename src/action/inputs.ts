import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorReason, InputError } from '../errors.js';
import { isUrl } from '../sources/web.js';
import type { FailOn } from '../types.js';

/**
 * The action's inputs and the runner's context, read from the environment the runner sets
 * (`INPUT_<NAME>`, `GITHUB_*`). A bad value is an {@link InputError} naming the input.
 */

/** What to scan: by the event (`auto`), a pull request's range, a push's range, or all history. */
export type ActionMode = 'auto' | 'pr' | 'push' | 'full';

/** The inputs of `action.yml`, validated. */
export interface ActionInputs {
  mode: ActionMode;
  /** Paths for the IaC check in `full` mode (default: the whole workspace). */
  paths: string[];
  failOn: FailOn;
  comment: boolean;
  annotations: boolean;
  /** Where to write SARIF; empty: the runner's temp directory. */
  sarifFile: string;
  config?: string;
  baseline?: string;
  iac: boolean;
  /** Build folders to scan for client-exposed tokens. */
  bundle: string[];
  /** Ask Monime's API whether each token found still works (off by default). */
  verify: boolean;
  githubToken: string;
}

/** The runner's context. */
export interface RunnerContext {
  eventName: string;
  /** The webhook payload of the event. */
  payload: Record<string, unknown>;
  /** `owner/repo`. */
  repository: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  /** Files the runner reads back: outputs and the job summary (absent outside a runner). */
  outputFile?: string;
  summaryFile?: string;
  tempDir: string;
  sha?: string;
}

/** The value of an input as the runner passes it (`INPUT_FAIL-ON` for `fail-on`), trimmed. */
export function input(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A true/false input, as YAML 1.2 core spells booleans. */
function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input ${name} must be true or false, not "${value}"`);
}

/** A list input: one entry per line or separated by commas, blanks dropped. */
function listInput(env: NodeJS.ProcessEnv, name: string): string[] {
  return input(env, name)
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, values: readonly T[], fallback: T): T {
  const value = input(env, name) || fallback;
  if (!(values as readonly string[]).includes(value)) throw new InputError(`input ${name} must be one of ${values.join(', ')}, not "${value}"`);
  return value as T;
}

/** Reads and checks every input. */
export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const config = input(env, 'config');
  const baseline = input(env, 'baseline');
  const failOn = oneOf(env, 'fail-on', ['live', 'test', 'any', 'none', 'active'] as const, 'any');
  const verify = booleanInput(env, 'verify', false);
  // Only a verified token fails at `active`: without verification the step could never fail.
  if (failOn === 'active' && !verify) {
    throw new InputError(
      'input fail-on active fails only on tokens verify found working, so without verify: true nothing could ever fail; set verify: true, or fail-on: live',
    );
  }
  return {
    mode: oneOf(env, 'mode', ['auto', 'pr', 'push', 'full'] as const, 'auto'),
    paths: listInput(env, 'paths'),
    failOn,
    comment: booleanInput(env, 'comment', true),
    annotations: booleanInput(env, 'annotations', true),
    sarifFile: input(env, 'sarif-file'),
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
    iac: booleanInput(env, 'iac', true),
    bundle: listInput(env, 'bundle'),
    verify,
    githubToken: input(env, 'github-token'),
  };
}

/** Reads the runner's context; outside a runner the missing variables are named. */
export function readContext(env: NodeJS.ProcessEnv): RunnerContext {
  const need = (name: string): string => {
    const value = env[name];
    if (!value) throw new InputError(`${name} is not set: run this as a GitHub Actions step (or set it as a runner would)`);
    return value;
  };
  const eventPath = need('GITHUB_EVENT_PATH');
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(fs.readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new InputError(`GITHUB_EVENT_PATH ${eventPath}: cannot read the event (${errorReason(error)})`);
  }
  return {
    eventName: need('GITHUB_EVENT_NAME'),
    payload,
    repository: need('GITHUB_REPOSITORY'),
    workspace: need('GITHUB_WORKSPACE'),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
    ...(env.GITHUB_OUTPUT ? { outputFile: env.GITHUB_OUTPUT } : {}),
    ...(env.GITHUB_STEP_SUMMARY ? { summaryFile: env.GITHUB_STEP_SUMMARY } : {}),
    tempDir: env.RUNNER_TEMP || env.TMPDIR || '/tmp',
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
  };
}

/**
 * Checks that the files and folders the inputs name exist in the workspace, so a typo fails
 * naming the input rather than deep inside a scan. `bundle` may also hold URLs of a deployed site.
 */
export function checkInputPaths(inputs: ActionInputs, workspace: string): void {
  const named: [string, string | undefined][] = [
    ['config', inputs.config],
    ['baseline', inputs.baseline],
    ...inputs.paths.map((entry): [string, string] => ['paths', entry]),
    ...inputs.bundle.filter((entry) => !isUrl(entry)).map((entry): [string, string] => ['bundle', entry]),
  ];
  for (const [name, entry] of named) {
    if (entry !== undefined && !fs.existsSync(path.resolve(workspace, entry))) throw new InputError(`input ${name}: ${entry} does not exist in the workspace`);
  }
}
