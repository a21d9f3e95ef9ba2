/**
 * The reusable organisation-scan workflow (.github/workflows/org-scan.yml) and the workflow check
 * (`npm run lint:workflows`, scripts/lint-workflows.mjs): the shipped files pass, broken ones fail
 * with a line naming the file and the place, the workflow keeps its inputs and least permissions,
 * the merge job's own shell steps, run with bash as a runner runs them, turn shard reports into
 * the artifacts, the job summary and the verdict, and the plan, shard and merge steps run in turn
 * against a local GitHub find what one scan of the organisation finds.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonReport } from '../../src/reporters/json.js';
import { buildOrg } from '../support/github-fixtures.js';
import { startFakeGitHubOrg } from '../support/github-org.js';
import { CLI_ENTRY, expectNoSecrets, linesOf, makeTempDir, REPO_ROOT, runCli, runProcess, secretToken, writeFiles, type RunResult } from '../cli/run-cli.js';
import { sarifErrors } from '../reporters/schemas.js';

const LINT = path.join(REPO_ROOT, 'scripts/lint-workflows.mjs');
const WORKFLOW = path.join(REPO_ROOT, '.github/workflows/org-scan.yml');

const lint = (files: string[], cwd = REPO_ROOT): Promise<RunResult> => runProcess(process.execPath, [LINT, ...files], { cwd, timeoutMs: 60_000 });

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps: Step[];
  if?: string;
}
const workflow = parse(fs.readFileSync(WORKFLOW, 'utf8')) as {
  on: { workflow_call: { inputs: Record<string, { required?: boolean; default?: unknown; type: string }>; secrets: Record<string, unknown> } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
};

describe.concurrent('lint:workflows', () => {
  it('passes the shipped workflow, the example caller and action.yml', async () => {
    const run = await lint([]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('.github/workflows/org-scan.yml');
    expect(run.stdout).toContain('docs/examples/nightly-org-scan.yml');
    expect(run.stdout).toContain('action.yml');
  });

  it('fails a workflow the schema rejects, naming the file and the place', async () => {
    const dir = makeTempDir('monime-guard-workflows-');
    writeFiles(dir, {
      'typo.yml': 'on: push\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo hi\n',
      'not-yaml.yml': 'on: push\njobs: [\n',
      'action.yml': 'name: x\ndescription: y\nruns:\n  using: node99\n  main: index.js\n',
    });
    const run = await lint(['typo.yml', 'not-yaml.yml', 'action.yml'], dir);
    expect(run.status).toBe(1);
    const lines = linesOf(run.stderr);
    expect(lines).toContain('typo.yml: /jobs/scan must NOT have additional properties ("stepz")');
    expect(lines.some((line) => line.startsWith('not-yaml.yml: not valid YAML'))).toBe(true);
    expect(lines.some((line) => line.startsWith('action.yml: /runs'))).toBe(true);
  });

  it('fails references a schema cannot check: jobs, outputs, steps, inputs, secrets, unpinned actions', async () => {
    const dir = makeTempDir('monime-guard-workflows-');
    const text = fs.readFileSync(WORKFLOW, 'utf8');
    const broken = {
      'output.yml': text.replace('fromJSON(needs.plan.outputs.matrix).include[0]', 'fromJSON(needs.plan.outputs.matrixx).include[0]'),
      'needs.yml': text.replace('needs: [plan, shard]', 'needs: [plan, shards]'),
      'input.yml': text.replace('FAIL_ON: ${{ inputs.fail-on }}', 'FAIL_ON: ${{ inputs.failon }}'),
      'secret.yml': text.replace('secrets.token || github.token', 'secrets.GH_PAT || github.token'),
      'step.yml': text.replace("steps.merge.outputs.sarif == 'true'", "steps.merged.outputs.sarif == 'true'"),
      'pin.yml': text.replace('actions/upload-artifact@v4', 'actions/upload-artifact@main'),
    };
    writeFiles(dir, broken);
    for (const [file, content] of Object.entries(broken)) expect(content, file).not.toBe(text);
    const results = await Promise.all(Object.keys(broken).map(async (file) => [file, await lint([file], dir)] as const));
    const expected: Record<string, RegExp> = {
      'output.yml': /^output\.yml: \/jobs\/shard reads needs\.plan\.outputs\.matrixx, which plan does not declare$/,
      'needs.yml': /^needs\.yml: \/jobs\/merge\/needs names no job: "shards"$/,
      'input.yml': /^input\.yml: \/jobs\/merge\/steps\/\d+ reads inputs\.failon, which the workflow does not declare$/,
      'secret.yml': /^secret\.yml: \/jobs\/plan\/steps\/\d+ reads secrets\.GH_PAT, which the workflow does not declare$/,
      'step.yml': /^step\.yml: \/jobs\/merge\/steps\/\d+ reads steps\.merged, which is not an earlier step of merge$/,
      'pin.yml': /^pin\.yml: \/jobs\/shard\/steps\/\d+\/uses "actions\/upload-artifact@main" is not pinned/,
    };
    for (const [file, run] of results) {
      expect(run.status, file).toBe(1);
      expect(
        linesOf(run.stderr).some((line) => expected[file]!.test(line)),
        `${file}: ${run.stderr}`,
      ).toBe(true);
    }
  });
});

describe('the org-scan workflow', () => {
  it('is reusable, with the inputs and secret the docs name', () => {
    const call = workflow.on.workflow_call;
    expect(call.inputs.org).toMatchObject({ required: true, type: 'string' });
    expect(call.inputs.shards).toMatchObject({ type: 'number', default: 4 });
    expect(call.inputs['fail-on']).toMatchObject({ type: 'string', default: 'live' });
    expect(Object.keys(call.inputs)).toEqual(expect.arrayContaining(['api-url', 'node-version', 'version', 'upload-sarif']));
    expect(Object.keys(call.secrets)).toEqual(['token']);
    const page = fs.readFileSync(path.join(REPO_ROOT, 'docs/org-scan.md'), 'utf8');
    for (const input of Object.keys(call.inputs)) expect(page, input).toContain(`| \`${input}\` |`);
  });

  it('runs plan, then the shards, then the merge, each with the least permissions', () => {
    expect(workflow.permissions).toEqual({});
    expect(workflow.jobs.shard!.needs).toBe('plan');
    expect(workflow.jobs.merge!.needs).toEqual(['plan', 'shard']);
    for (const name of ['plan', 'shard', 'merge']) expect(workflow.jobs[name]!.permissions, name).toEqual({ contents: 'read' });
    expect(workflow.jobs['upload-sarif']!.permissions).toEqual({ contents: 'read', actions: 'read', 'security-events': 'write' });
    expect(workflow.jobs['upload-sarif']!.if).toContain('inputs.upload-sarif');
  });

  it('uses official actions at a major version, and never puts an expression inside a shell script', () => {
    for (const [name, job] of Object.entries(workflow.jobs)) {
      for (const step of job.steps) {
        if (step.uses) expect(step.uses, name).toMatch(/^(actions\/(setup-node|upload-artifact|download-artifact)@v4|github\/codeql-action\/upload-sarif@v3)$/);
        // Inputs reach scripts through env, so an input cannot inject shell code.
        if (step.run) expect(step.run, `${name}: ${step.name}`).not.toContain('${{');
      }
    }
    const download = workflow.jobs.merge!.steps.find((step) => step.uses?.startsWith('actions/download-artifact'));
    expect(download?.with).toMatchObject({ pattern: 'monime-guard-shard-*', 'merge-multiple': true });
  });
});

/** A job's step by name (the merge job's by default), as bash runs it on a runner. */
function stepScript(name: string, job = 'merge'): Step {
  const step = workflow.jobs[job]!.steps.find((s) => s.name === name);
  expect(step?.run, name).toBeDefined();
  return step!;
}

/** Runs a step's script with bash as GitHub does, with `monime-guard` on the PATH as the built CLI. */
async function runStep(step: Step, cwd: string, env: Record<string, string>): Promise<RunResult> {
  const bin = path.join(cwd, '.bin');
  writeFiles(bin, { 'monime-guard': `#!/bin/sh\nexec "${process.execPath}" "${CLI_ENTRY}" "$@"\n` });
  fs.chmodSync(path.join(bin, 'monime-guard'), 0o755);
  writeFiles(cwd, { '.step.sh': step.run! });
  const run = await runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '.step.sh'], {
    cwd,
    timeoutMs: 120_000,
    env: {
      PATH: `${bin}:${path.dirname(process.execPath)}:${process.env.PATH}`,
      GITHUB_OUTPUT: path.join(cwd, '.output'),
      GITHUB_STEP_SUMMARY: path.join(cwd, '.summary'),
      ...env,
    },
  });
  expectNoSecrets(run.stdout + run.stderr, `the step ${step.name}`);
  return run;
}

/** Two shard reports, as the shard jobs upload them (the second holds a live token). */
async function shardReports(): Promise<string> {
  const dir = makeTempDir('monime-guard-org-merge-');
  writeFiles(dir, { 'one/app.env': `MONIME_ACCESS_TOKEN=${secretToken('test')}\n`, 'two/pay.env': `MONIME_ACCESS_TOKEN=${secretToken('live')}\n` });
  fs.mkdirSync(path.join(dir, 'shards'));
  for (const [index, folder] of ['one', 'two'].entries()) {
    const run = await runCli(['scan', folder, '--format', 'json', '--output', `shards/shard-${index}.json`, '--quiet'], { cwd: dir });
    expect(run.status).toBe(1);
  }
  return dir;
}

describe.concurrent("the merge job's steps", () => {
  it('merge the shard reports into the artifacts and the job summary', async () => {
    const dir = await shardReports();
    const run = await runStep(stepScript('Merge the reports'), dir, { FAIL_ON: 'live', ORG: 'acme' });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.output'), 'utf8').split('\n')).toEqual(expect.arrayContaining(['findings=2', 'failing=1', 'sarif=true']));
    expect(fs.readFileSync(path.join(dir, '.summary'), 'utf8').split('\n')[0]).toBe('<!-- monime-guard-report -->');
    expect(sarifErrors(JSON.parse(fs.readFileSync(path.join(dir, 'monime-guard.sarif'), 'utf8')))).toEqual([]);
    expect(fs.readFileSync(path.join(dir, 'monime-guard.html'), 'utf8')).toContain('<html');
  });

  it('say so in the summary and pass when no shard wrote a report', async () => {
    const dir = makeTempDir('monime-guard-org-merge-');
    const run = await runStep(stepScript('Merge the reports'), dir, { FAIL_ON: 'live', ORG: 'acme' });
    expect(run.status, run.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.summary'), 'utf8')).toContain('No shard wrote a report for acme');
  });

  it('give the verdict: --fail-on on the merged report, and a failed shard fails the run', async () => {
    const dir = await shardReports();
    const merged = await runCli(['merge', 'shards/shard-0.json', 'shards/shard-1.json', '--format', 'json', '--output', 'monime-guard.json', '--quiet'], {
      cwd: dir,
    });
    expect(merged.status).toBe(1);
    const verdict = stepScript('Verdict');
    expect((await runStep(verdict, dir, { FAIL_ON: 'live', SHARD_RESULT: 'success' })).status).toBe(1);
    expect((await runStep(verdict, dir, { FAIL_ON: 'none', SHARD_RESULT: 'success' })).status).toBe(0);
    const failedShard = await runStep(verdict, dir, { FAIL_ON: 'none', SHARD_RESULT: 'failure' });
    expect(failedShard.status).toBe(2);
    expect(failedShard.stdout).toContain('::error::a shard could not be scanned');
    expect((await runStep(verdict, dir, { FAIL_ON: 'live', SHARD_RESULT: 'failure' })).status).toBe(1);
  });
});

describe('the plan, shard and merge steps, run one after another against a local GitHub', () => {
  it('find in shards exactly what one scan of the organisation finds', async () => {
    const root = makeTempDir('monime-guard-org-e2e-');
    const fixture = buildOrg(root);
    const token = 'ghs_workflow_fixture_token';
    const server = await startFakeGitHubOrg({ repositories: fixture.repositories, token });
    try {
      const common = { GITHUB_TOKEN: token, ORG: fixture.org, API_URL: server.url };
      const planDir = path.join(root, 'plan');
      fs.mkdirSync(planDir);
      const plan = await runStep(stepScript('List the repositories and split them into shards', 'plan'), planDir, { ...common, SHARDS: '3' });
      expect(plan.status, plan.stderr).toBe(0);
      const output = fs.readFileSync(path.join(planDir, '.output'), 'utf8');
      const matrix = JSON.parse(/^matrix=(.*)$/m.exec(output)![1]!) as { include: { shard: string }[] };
      expect(matrix.include.map((entry) => entry.shard)).toEqual(['1/3', '2/3', '3/3']);
      // Each shard job in its own directory; the download step gathers their reports into shards/.
      const mergeDir = path.join(root, 'merge');
      fs.mkdirSync(path.join(mergeDir, 'shards'), { recursive: true });
      for (const [index, entry] of matrix.include.entries()) {
        const shardDir = path.join(root, `shard-${index}`);
        fs.mkdirSync(shardDir);
        const shard = await runStep(stepScript('Scan the shard', 'shard'), shardDir, { ...common, SHARD: entry.shard, INDEX: String(index) });
        expect(shard.status, shard.stderr).toBe(0);
        fs.copyFileSync(path.join(shardDir, `shard-${index}.json`), path.join(mergeDir, 'shards', `shard-${index}.json`));
      }
      const merged = await runStep(stepScript('Merge the reports'), mergeDir, { FAIL_ON: 'live', ORG: fixture.org });
      expect(merged.status, merged.stderr).toBe(0);
      const whole = await runCli(['github', '--org', fixture.org, '--api-url', server.url, '--format', 'json'], { cwd: planDir, env: { GITHUB_TOKEN: token } });
      const key = (report: JsonReport): string[] => report.findings.map((f) => JSON.stringify([f.ruleId, f.origin, f.line, f.column, f.fingerprint]));
      const combined = JSON.parse(fs.readFileSync(path.join(mergeDir, 'monime-guard.json'), 'utf8')) as JsonReport;
      expect(key(combined)).toEqual(key(JSON.parse(whole.stdout) as JsonReport));
      expect(combined.stats.repositories).toMatchObject({ listed: 6, scanned: 5, failed: 1 });
      expect(combined.repositories?.map((r) => r.name)).toEqual(['acme/empty', 'acme/internal', 'acme/legacy', 'acme/shop', 'acme/tools']);
      expect(fs.readFileSync(path.join(mergeDir, 'monime-guard.html'), 'utf8')).toContain('acme/shop');
    } finally {
      await server.close();
    }
  });
});
