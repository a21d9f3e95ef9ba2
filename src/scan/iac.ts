import * as fs from 'node:fs';
import * as path from 'node:path';
import { MonimeGuardError, SourceError } from '../errors.js';
import { checkConfigs } from '../iac/check.js';
import { isManifestName, readManifest } from '../iac/manifest.js';
import { looksLikePlan, readPlan } from '../iac/plan.js';
import type { TokenConfig } from '../iac/model.js';
import type { ScanResult } from '../types.js';
import { emptyBatch } from './scan-input.js';
import { finishScan, setUpScan, type BaseScanOptions } from './setup.js';

/** Options for {@link scanIac}. */
export interface IacOptions extends BaseScanOptions {
  /** Files and directories to check (default: the root). */
  paths?: readonly string[];
  /** Today, for expiry dates (default: now). */
  today?: Date;
}

/** What {@link scanIac} returns: a scan result, and the files that could not be read as configuration. */
export interface IacResult extends ScanResult {
  /** One line per malformed file, naming file:line:column. The other files were still checked. */
  errors: string[];
}

/** Folders never searched for configuration. */
const SKIPPED = new Set(['.git', 'node_modules']);

/**
 * Checks token configurations as code: token manifests (`monime-tokens.yaml` / `.json`, and YAML
 * documents of `kind: MonimeAccessToken`) and Terraform plan JSON against the `iac/…` policies. A malformed file is an
 * error in the result, not an exception: the other files are still checked.
 */
export async function scanIac(options: IacOptions = {}): Promise<IacResult> {
  const setup = await setUpScan(options);
  const { root } = setup;
  const result = emptyBatch();
  const errors: string[] = [];
  const configs: TokenConfig[] = [];
  for (const file of configurationFiles(root, options.paths && options.paths.length > 0 ? options.paths : ['.'])) {
    const rel = path.relative(root, file).split(path.sep).join('/') || path.basename(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      result.warnings.push({ path: rel, code: 'unreadable', message: `${rel}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      continue;
    }
    const named = isManifestName(path.basename(file));
    const plan = !named && file.endsWith('.json') && looksLikePlan(text);
    if (!named && !plan && !text.includes('MonimeAccessToken')) continue;
    try {
      configs.push(...(plan ? readPlan(text, rel) : readManifest(text, rel, named)));
      result.filesScanned++;
      result.bytesScanned += Buffer.byteLength(text);
    } catch (error) {
      if (!(error instanceof MonimeGuardError)) throw error;
      errors.push(error.message);
    }
  }
  const checked = checkConfigs(configs, { config: setup.config, ...(options.today ? { today: options.today } : {}) });
  result.findings.push(...checked.findings);
  const finished = finishScan(result, setup);
  finished.stats.ignoredInline += checked.suppressed;
  return { ...finished, errors };
}

/** Manifests and YAML files under the given paths (named files are taken as they are). */
function configurationFiles(root: string, inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(root, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new SourceError(`${input}: no such file or directory`);
    }
    if (!stat.isDirectory()) {
      files.push(abs);
      continue;
    }
    const stack = [abs];
    while (stack.length > 0) {
      const dir = stack.pop()!;
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory() && !SKIPPED.has(entry.name)) stack.push(full);
        else if (entry.isFile() && (isManifestName(entry.name) || /\.(ya?ml|json)$/.test(entry.name))) files.push(full);
      }
    }
  }
  return files.sort();
}
