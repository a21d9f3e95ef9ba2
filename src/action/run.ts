import { EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS } from '../exit-codes.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MonimeGuardError } from '../errors.js';
import { appendFileWhole, writeFileWhole } from '../output/write-file.js';
import { escapeGithubData, toGithub } from '../reporters/github.js';
import type { ReportContext } from '../reporters/index.js';
import { MARKDOWN_MAX_BYTES, toMarkdown } from '../reporters/markdown.js';
import { toSarif } from '../reporters/sarif.js';
import { scanBundle } from '../scan/bundle.js';
import { scanHistory } from '../scan/history.js';
import { scanIac } from '../scan/iac.js';
import { exceedsThreshold } from '../scan/threshold.js';
import { git } from '../sources/git/run.js';
import type { Finding, ScanResult } from '../types.js';
import { packageVersion } from '../version.js';
import { STICKY_MARKER, upsertComment } from './comment.js';
import { checkInputPaths, readContext, readInputs, type ActionInputs, type RunnerContext } from './inputs.js';
import { relocateToHead } from './relocate.js';
import { planScan, prepareHistory, pushBroughtCommits, type ScanPlan, type ScannablePlan } from './range.js';

/**
 * The GitHub Action: works out what the event asks to scan, scans it (history, token
 * configurations, build output), and reports through workflow-command annotations, the job
 * summary, one sticky pull request comment and a SARIF file. Returns the exit code: 1 when
 * findings reach `fail-on`, 2 for an error (a bad input, git failing, a malformed configuration).
 */
export async function runAction(env: NodeJS.ProcessEnv, write: (text: string) => void): Promise<number> {
  const log = (line: string): void => write(`${line}\n`);
  const command = (kind: 'error' | 'warning' | 'notice', message: string): void => log(`::${kind}::${escapeGithubData(message)}`);
  try {
    const inputs = readInputs(env);
    const context = readContext(env);
    checkInputPaths(inputs, context.workspace);
    const planned = planScan(inputs.mode, context);
    if (planned.kind === 'none') {
      log(`monime-guard: ${planned.reason}`);
      writeOutputs(context, { findings: 0, 'new-findings': 0, 'sarif-file': '' });
      appendSummary(context, `## monime-guard\n\n${planned.reason}.\n`);
      return EXIT_CLEAN;
    }
    log(`monime-guard: scanning ${planned.description}`);
    const plan = prepareHistory(
      planned,
      context.workspace,
      (line) => log(`monime-guard: ${line}`),
      (line) => command('warning', `monime-guard: ${line}`),
    );
    const { result, errors } = await scanEverything(inputs, context, plan);
    if (pushBroughtCommits(context) && result.stats.filesScanned + result.stats.binarySkipped === 0) {
      result.warnings.push({
        path: '.',
        code: 'empty-push',
        message: `the push brought commits, yet no file of them was scanned (${plan.description}): they add no file, or the checkout lacks them`,
      });
      result.stats.warnings++;
    }
    relocateToHead(result.findings, context.workspace, plan.head ?? 'HEAD');
    const ctx: ReportContext = {
      toolVersion: packageVersion(),
      color: false,
      rootUri: `${pathToFileURL(context.workspace).href.replace(/\/?$/, '/')}`,
      failOn: inputs.failOn,
      now: new Date().toISOString(),
    };

    if (inputs.annotations) {
      const shown = annotatable(result.findings);
      write(toGithub({ ...result, findings: shown }, ctx));
      const hidden = result.findings.length - shown.length;
      if (hidden > 0)
        command(
          'notice',
          `monime-guard: ${hidden} more finding${hidden === 1 ? ' is' : 's are'} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations of each level per step); the job summary and the SARIF file list them all`,
        );
    }
    for (const error of errors) command('error', `monime-guard: ${error}`);
    appendSummary(context, toMarkdown(result, ctx, { maxBytes: MARKDOWN_MAX_BYTES - 4096 }));
    const sarifFile = path.resolve(context.workspace, inputs.sarifFile || path.join(context.tempDir, 'monime-guard.sarif'));
    fs.mkdirSync(path.dirname(sarifFile), { recursive: true });
    writeFileWhole(sarifFile, toSarif(result, ctx), { name: `sarif-file ${sarifFile}` });
    log(`monime-guard: SARIF written to ${sarifFile}`);

    if (plan.kind === 'range' && plan.pullRequest !== undefined && inputs.comment)
      await comment(inputs, context, plan.pullRequest, result, ctx, plan, log, command);

    writeOutputs(context, { findings: result.findings.length + result.stats.baselined, 'new-findings': result.findings.length, 'sarif-file': sarifFile });
    const blocking = result.findings.filter((finding) => exceedsThreshold(finding, inputs.failOn)).length;
    if (blocking > 0) {
      command('error', `monime-guard: ${blocking} finding${blocking === 1 ? '' : 's'} at or above fail-on ${inputs.failOn}`);
      return errors.length > 0 ? EXIT_ERROR : EXIT_FINDINGS;
    }
    if (errors.length > 0) return EXIT_ERROR;
    log(
      `monime-guard: ${result.findings.length === 0 ? 'no findings' : `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}, none at or above fail-on ${inputs.failOn}`}`,
    );
    return EXIT_CLEAN;
  } catch (error) {
    if (error instanceof MonimeGuardError) {
      command('error', `monime-guard: ${error.message}`);
      return EXIT_ERROR;
    }
    command('error', `monime-guard: internal error: ${(error as Error)?.message ?? String(error)}`);
    if (env.MONIME_GUARD_DEBUG) log(String((error as Error)?.stack ?? error));
    return EXIT_ERROR;
  }
}

/** GitHub shows at most this many annotations of each level (error, warning, notice) per step. */
const ANNOTATIONS_PER_LEVEL = 10;

/** The findings to annotate: the first of each severity, as many as GitHub will show. */
function annotatable(findings: readonly Finding[]): Finding[] {
  const taken = new Map<string, number>();
  return findings.filter((finding) => {
    const count = taken.get(finding.severity) ?? 0;
    taken.set(finding.severity, count + 1);
    return count < ANNOTATIONS_PER_LEVEL;
  });
}

/** History, token configurations and build output, as the inputs and the plan ask; one result. */
async function scanEverything(inputs: ActionInputs, context: RunnerContext, plan: ScannablePlan): Promise<{ result: ScanResult; errors: string[] }> {
  const base = {
    root: context.workspace,
    ...(inputs.config ? { configPath: path.resolve(context.workspace, inputs.config) } : {}),
    ...(inputs.baseline ? { baseline: inputs.baseline } : {}),
    ...(inputs.verify ? { verify: true } : {}),
  };
  const results: ScanResult[] = [];
  const errors: string[] = [];
  const scope = plan.kind === 'range' ? { range: `${plan.base}${plan.dots}${plan.head}` } : plan.head ? { refs: [plan.head] } : {};
  results.push(await scanHistory({ ...base, ...scope }));
  if (inputs.iac) {
    const paths = plan.kind === 'range' ? configurationsTouched(context.workspace, plan) : inputs.paths;
    if (paths.length > 0 || plan.kind === 'full') {
      const iac = await scanIac({ ...base, paths });
      results.push(iac);
      errors.push(...iac.errors);
    }
  }
  if (inputs.bundle.length > 0) results.push(await scanBundle({ ...base, paths: inputs.bundle }));
  return { result: mergeResults(results), errors };
}

/** Files the range changes that may hold token configurations, still present in the checkout. */
function configurationsTouched(cwd: string, plan: Extract<ScanPlan, { kind: 'range' }>): string[] {
  const changed = git(['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', `${plan.base}${plan.dots}${plan.head}`], { cwd })
    .stdout.toString('utf8')
    .split('\0')
    .filter((file) => file !== '');
  const picked = new Set<string>();
  for (const file of changed) {
    if (/(^|\/)monime-tokens\.(ya?ml|json)$|\.(ya?ml|json|tf)$/.test(file) && fs.existsSync(path.join(cwd, file))) picked.add(file);
    // A changed variables file changes what the module's resources resolve to.
    if (/\.tfvars(\.json)?$/.test(file)) {
      const dir = path.dirname(file);
      for (const sibling of safeList(path.join(cwd, dir))) if (sibling.endsWith('.tf')) picked.add(dir === '.' ? sibling : `${dir}/${sibling}`);
    }
  }
  return [...picked].sort();
}

function safeList(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}

/** One result from several scans. */
export function mergeResults(results: readonly ScanResult[]): ScanResult {
  const merged: ScanResult & { suppressed: NonNullable<ScanResult['suppressed']> } = {
    findings: [],
    suppressed: [],
    placeholders: [],
    warnings: [],
    stats: { filesScanned: 0, bytesScanned: 0, binarySkipped: 0, allowed: 0, ignoredInline: 0, baselined: 0, warnings: 0, durationMs: 0 },
  };
  for (const result of results) {
    merged.findings.push(...result.findings);
    merged.suppressed.push(...(result.suppressed ?? []));
    merged.placeholders.push(...result.placeholders);
    merged.warnings.push(...result.warnings);
    for (const key of Object.keys(merged.stats) as Exclude<keyof ScanResult['stats'], 'repositories' | 'ignoredEnvFiles'>[])
      merged.stats[key] += result.stats[key];
    if (result.stats.ignoredEnvFiles) merged.stats.ignoredEnvFiles = (merged.stats.ignoredEnvFiles ?? 0) + result.stats.ignoredEnvFiles;
  }
  return merged;
}

/** The sticky comment: the report while there are findings, "all clear" once they are gone. */
async function comment(
  inputs: ActionInputs,
  context: RunnerContext,
  pullRequest: number,
  result: ScanResult,
  ctx: ReportContext,
  plan: Extract<ScanPlan, { kind: 'range' }>,
  log: (line: string) => void,
  command: (kind: 'notice' | 'warning', message: string) => void,
): Promise<void> {
  if (!inputs.githubToken) {
    command('notice', 'monime-guard: no github-token, so no pull request comment; the annotations and the job summary hold the report');
    return;
  }
  const [owner = '', repo = ''] = context.repository.split('/');
  // GitHub caps comment bodies at 65,536 characters; the report is cut well below that.
  const body = result.findings.length > 0 ? toMarkdown(result, ctx, { maxBytes: 60_000 }) : undefined;
  const allClear = `${STICKY_MARKER}\n## monime-guard report\n\n**All clear**: the findings reported earlier on this pull request are gone (scanned ${plan.description}).\n`;
  const outcome = await upsertComment({ apiUrl: context.apiUrl, token: inputs.githubToken, owner, repo, pullRequest }, body, allClear);
  if (outcome.action === 'denied')
    command('notice', `monime-guard: no pull request comment: ${outcome.reason}. The annotations and the job summary hold the report.`);
  else if (outcome.action === 'failed')
    command('warning', `monime-guard: could not update the pull request comment: ${outcome.reason}. The annotations and the job summary hold the report.`);
  else if (outcome.action === 'skipped') log(`monime-guard: pull request comment unchanged (${outcome.reason})`);
  else log(`monime-guard: pull request comment ${outcome.action}: ${outcome.url}`);
}

/** Appends `name=value` lines to the runner's output file (masked, all of them or none). */
function writeOutputs(context: RunnerContext, outputs: Record<string, string | number>): void {
  if (!context.outputFile) return;
  appendFileWhole(
    context.outputFile,
    Object.entries(outputs)
      .map(([name, value]) => `${name}=${value}\n`)
      .join(''),
    { name: `GITHUB_OUTPUT ${context.outputFile}` },
  );
}

/** Appends markdown to the job summary (masked, whole or not at all). */
function appendSummary(context: RunnerContext, markdown: string): void {
  if (!context.summaryFile) return;
  appendFileWhole(context.summaryFile, markdown.endsWith('\n') ? markdown : `${markdown}\n`, { name: `GITHUB_STEP_SUMMARY ${context.summaryFile}` });
}
