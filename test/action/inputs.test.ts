import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../cli/run-cli.js';
import { InputError } from '../../src/errors.js';
import { checkInputPaths, readInputs, type RunnerContext } from '../../src/action/inputs.js';
import { planScan } from '../../src/action/range.js';

const context = (eventName: string, payload: object): RunnerContext => ({
  eventName,
  payload: payload as Record<string, unknown>,
  repository: 'o/r',
  workspace: '/w',
  apiUrl: 'http://127.0.0.1',
  serverUrl: 'https://github.com',
  tempDir: '/tmp',
});
const a = 'a'.repeat(40);
const b = 'b'.repeat(40);
const zero = '0'.repeat(40);

describe('action inputs', () => {
  it('reads defaults, lists and booleans as the runner passes them', () => {
    expect(readInputs({})).toEqual({
      mode: 'auto',
      paths: [],
      failOn: 'any',
      comment: true,
      annotations: true,
      sarifFile: '',
      iac: true,
      bundle: [],
      verify: false,
      githubToken: '',
    });
    const inputs = readInputs({
      INPUT_MODE: 'full',
      INPUT_PATHS: 'infra\nops, k8s\n',
      'INPUT_FAIL-ON': 'live',
      INPUT_COMMENT: 'false',
      INPUT_BUNDLE: 'dist',
      'INPUT_GITHUB-TOKEN': ' t ',
    });
    expect(inputs).toMatchObject({ mode: 'full', paths: ['infra', 'ops', 'k8s'], failOn: 'live', comment: false, bundle: ['dist'], githubToken: 't' });
  });

  it.each([
    [{ INPUT_MODE: 'pull' }, 'input mode must be one of auto, pr, push, full, not "pull"'],
    [{ INPUT_COMMENT: 'yes' }, 'input comment must be true or false, not "yes"'],
    [{ 'INPUT_FAIL-ON': 'error' }, 'input fail-on must be one of live, test, any, none, active, not "error"'],
    [
      { 'INPUT_FAIL-ON': 'active' },
      'input fail-on active fails only on tokens verify found working, so without verify: true nothing could ever fail; set verify: true, or fail-on: live',
    ],
  ])('names the input at fault: %j', (env, message) => {
    expect(() => readInputs(env)).toThrow(new InputError(message));
  });

  it('takes fail-on active with verify', () => {
    expect(readInputs({ 'INPUT_FAIL-ON': 'active', INPUT_VERIFY: 'true' })).toMatchObject({ failOn: 'active', verify: true });
  });

  it('names the input whose file or folder is missing from the workspace; bundle URLs are not files', () => {
    const workspace = makeTempDir('monime-guard-inputs-');
    fs.mkdirSync(path.join(workspace, 'build'));
    fs.writeFileSync(path.join(workspace, '.monime-guard.yml'), 'rules: {}\n');
    const inputs = (env: NodeJS.ProcessEnv) => readInputs({ INPUT_CONFIG: '.monime-guard.yml', INPUT_BUNDLE: 'build\nhttps://shop.example.com/', ...env });
    expect(() => checkInputPaths(inputs({}), workspace)).not.toThrow();
    expect(() => checkInputPaths(inputs({ INPUT_CONFIG: 'guard.yml' }), workspace)).toThrow(
      new InputError('input config: guard.yml does not exist in the workspace'),
    );
    expect(() => checkInputPaths(inputs({ INPUT_BASELINE: '.baseline.json' }), workspace)).toThrow(
      new InputError('input baseline: .baseline.json does not exist in the workspace'),
    );
    expect(() => checkInputPaths(inputs({ INPUT_PATHS: 'infra' }), workspace)).toThrow(new InputError('input paths: infra does not exist in the workspace'));
    expect(() => checkInputPaths(inputs({ INPUT_BUNDLE: 'build, out' }), workspace)).toThrow(
      new InputError('input bundle: out does not exist in the workspace'),
    );
  });
});

describe('what an event scans', () => {
  it('a pull request: base...head, nothing when they are equal', () => {
    expect(planScan('auto', context('pull_request', { pull_request: { number: 4, base: { sha: a }, head: { sha: b } } }))).toMatchObject({
      kind: 'range',
      base: a,
      head: b,
      dots: '...',
      pullRequest: 4,
    });
    expect(planScan('auto', context('pull_request', { pull_request: { number: 4, base: { sha: a }, head: { sha: a } } }))).toMatchObject({
      kind: 'none',
      pullRequest: 4,
    });
    expect(() => planScan('pr', context('push', { before: a, after: b }))).toThrow(/input mode: pr needs a pull_request event/);
  });

  it('a push: before..after, a new branch against the default branch, nothing for a deletion', () => {
    expect(planScan('auto', context('push', { before: a, after: b }))).toMatchObject({ kind: 'range', base: a, head: b, dots: '..' });
    expect(planScan('auto', context('push', { before: zero, after: b, repository: { default_branch: 'trunk' } }))).toMatchObject({
      kind: 'range',
      base: 'refs/remotes/origin/trunk',
      head: b,
      dots: '...',
    });
    expect(planScan('auto', context('push', { before: a, after: zero }))).toMatchObject({ kind: 'none' });
  });

  it('the first push of the default branch: its whole history, not what it adds to itself', () => {
    const first = context('push', { before: zero, after: b, ref: 'refs/heads/trunk', repository: { default_branch: 'trunk' } });
    expect(planScan('auto', first)).toEqual({ kind: 'full', head: b, description: `the first push of trunk: the whole history of ${b.slice(0, 12)}` });
    // A new branch whose remote lacks the default branch falls back to the branch's whole history.
    expect(planScan('auto', context('push', { before: zero, after: b, ref: 'refs/heads/topic' }))).toMatchObject({
      kind: 'range',
      fallback: { kind: 'full', head: b },
    });
  });

  it('schedules, manual runs and mode full: the whole history', () => {
    expect(planScan('auto', context('schedule', {}))).toMatchObject({ kind: 'full' });
    expect(planScan('auto', context('workflow_dispatch', {}))).toMatchObject({ kind: 'full' });
    expect(planScan('full', context('pull_request', { pull_request: { base: { sha: a }, head: { sha: b } } }))).toMatchObject({ kind: 'full' });
  });
});
