// Checks the GitHub Actions files this repository ships: the reusable workflows in
// .github/workflows/, the example callers in docs/examples/, and the action's action.yml.
//
// Each file is parsed as YAML (no duplicate keys) and validated against SchemaStore's schema for
// its kind (github-workflow.json or github-action.json, vendored in scripts/workflow-schemas/ with
// SchemaStore's Apache-2.0 licence; see its README), then, for workflows, against what a schema
// cannot say: every `needs` names a job, every `needs.<job>.outputs.<name>` is an output of a job
// it needs, every `steps.<id>` is an earlier step of the same job, every `inputs.<name>` and
// `secrets.<name>` of a reusable workflow is declared, and every action is pinned to a version.
//
// Why not @action-validator/cli: its newest release (0.6.0) embeds an older copy of the same
// schemas, which rejects `runs.using: node24`, the runtime action.yml names.
//
//   node scripts/lint-workflows.mjs [files…]     (default: the files above)
//
// Prints one line per problem (`file: /json/pointer message`) and exits 1 when there is one.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseDocument } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemas = fileURLToPath(new URL('workflow-schemas/', import.meta.url));

/** The files checked when none are named. */
function defaultFiles() {
  const under = (dir) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => join(root, dir, name))
      : [];
  return [...under('.github/workflows'), ...under('docs/examples'), join(root, 'action.yml')];
}

const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validators = {
  workflow: ajv.compile(JSON.parse(readFileSync(join(schemas, 'github-workflow.json'), 'utf8'))),
  action: ajv.compile(JSON.parse(readFileSync(join(schemas, 'github-action.json'), 'utf8'))),
};

/** What a file is: an action's metadata (`action.yml`) or a workflow. */
const kindOf = (file) => (/^action\.ya?ml$/.test(basename(file)) ? 'action' : 'workflow');

/** The schema's errors, one line each; of a `oneOf`'s branches only the deepest are kept, as they name the field. */
function schemaProblems(validate) {
  const errors = validate.errors ?? [];
  const deepest = Math.max(...errors.map((error) => error.instancePath.split('/').length));
  const chosen = errors.filter((error) => error.instancePath.split('/').length === deepest && error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const lines = (chosen.length > 0 ? chosen : errors).map((error) => {
    const extra = error.params?.additionalProperty ? ` (${JSON.stringify(error.params.additionalProperty)})` : '';
    return `${error.instancePath || '/'} ${error.message}${extra}`;
  });
  return [...new Set(lines)];
}

/** Every `${{ … }}` expression in a value, with the job it belongs to. */
function expressions(value) {
  const found = [];
  const visit = (node) => {
    if (typeof node === 'string') for (const match of node.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) found.push(match[1]);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return found;
}

/** Expressions in `if:` conditions may leave out `${{ }}`. */
function conditions(node) {
  const found = [];
  if (node && typeof node.if === 'string' && !node.if.includes('${{')) found.push(node.if);
  return found;
}

/** What a schema cannot check in a workflow: references between its parts. */
function referenceProblems(workflow) {
  const problems = [];
  const jobs = workflow.jobs ?? {};
  const on = typeof workflow.on === 'object' && workflow.on !== null && !Array.isArray(workflow.on) ? workflow.on : {};
  const call = on.workflow_call ?? null;
  const declaredInputs = new Set([...Object.keys(call?.inputs ?? {}), ...Object.keys(on.workflow_dispatch?.inputs ?? {})]);
  const declaredSecrets = new Set(['GITHUB_TOKEN', ...Object.keys(call?.secrets ?? {})]);
  const reusable = call !== null;
  for (const [name, job] of Object.entries(jobs)) {
    const needs = job.needs === undefined ? [] : [job.needs].flat();
    for (const need of needs) if (!Object.hasOwn(jobs, need)) problems.push(`/jobs/${name}/needs names no job: ${JSON.stringify(need)}`);
    const stepIds = [];
    const check = (text, where) => {
      for (const [, job2, output] of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!needs.includes(job2)) problems.push(`${where} reads needs.${job2}, but the job does not need ${job2}`);
        else if (!Object.hasOwn(jobs[job2]?.outputs ?? {}, output))
          problems.push(`${where} reads needs.${job2}.outputs.${output}, which ${job2} does not declare`);
      }
      for (const [, other] of text.matchAll(/\bneeds\.([\w-]+)\.result\b/g)) {
        if (!needs.includes(other)) problems.push(`${where} reads needs.${other}, but the job does not need ${other}`);
      }
      for (const [, input] of text.matchAll(/\binputs\.([\w-]+)/g)) {
        if (reusable && !declaredInputs.has(input)) problems.push(`${where} reads inputs.${input}, which the workflow does not declare`);
      }
      for (const [, secret] of text.matchAll(/\bsecrets\.([\w-]+)/g)) {
        if (reusable && !declaredSecrets.has(secret)) problems.push(`${where} reads secrets.${secret}, which the workflow does not declare`);
      }
    };
    const jobLevel = { ...job, steps: undefined };
    for (const text of [...expressions(jobLevel), ...conditions(job)]) check(text, `/jobs/${name}`);
    for (const [index, step] of (job.steps ?? []).entries()) {
      const where = `/jobs/${name}/steps/${index}`;
      for (const text of [...expressions(step), ...conditions(step)]) {
        check(text, where);
        for (const [, id] of text.matchAll(/\bsteps\.([\w-]+)\./g)) {
          if (!stepIds.includes(id)) problems.push(`${where} reads steps.${id}, which is not an earlier step of ${name}`);
        }
      }
      if (
        typeof step.uses === 'string' &&
        !step.uses.startsWith('./') &&
        !step.uses.startsWith('docker://') &&
        !/@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/.test(step.uses)
      ) {
        problems.push(`${where}/uses ${JSON.stringify(step.uses)} is not pinned to a version (@vN or a commit)`);
      }
      if (step.id) stepIds.push(step.id);
    }
    // Outputs of the job may read its own steps.
    for (const text of expressions(job.outputs ?? {})) {
      for (const [, id] of text.matchAll(/\bsteps\.([\w-]+)\./g))
        if (!stepIds.includes(id)) problems.push(`/jobs/${name}/outputs reads steps.${id}, which ${name} does not have`);
    }
  }
  return problems;
}

/** The problems of one file, each as `file: problem`. */
export function lintFile(file) {
  const fromCwd = relative(process.cwd(), file);
  const shown = fromCwd === '' || fromCwd.startsWith('..') ? file : fromCwd;
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return [`${shown}: cannot read it (${error.code ?? error.message})`];
  }
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) return document.errors.map((error) => `${shown}: not valid YAML: ${error.message.split('\n')[0]}`);
  const value = document.toJS();
  const kind = kindOf(file);
  const validate = validators[kind];
  const problems = validate(value) ? [] : schemaProblems(validate);
  if (kind === 'workflow' && problems.length === 0) problems.push(...referenceProblems(value));
  return problems.map((problem) => `${shown}: ${problem}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const files = process.argv.length > 2 ? process.argv.slice(2) : defaultFiles();
  const problems = files.flatMap(lintFile);
  for (const line of problems) console.error(line);
  if (problems.length > 0) process.exit(1);
  console.log(`lint:workflows: ${files.length} file${files.length === 1 ? '' : 's'} valid (${files.map((file) => relative(root, file) || file).join(', ')})`);
}
