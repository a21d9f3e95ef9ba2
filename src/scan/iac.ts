import * as fs from 'node:fs';
import * as path from 'node:path';
import { errorReason, MonimeGuardError, SourceError } from '../errors.js';
import { checkConfigs, checkHardcodedTokens, checkVariants, tokensIn, type CheckResult, type ConfigurationText } from '../iac/check.js';
import { isManifestName, readManifest } from '../iac/manifest.js';
import { looksLikePlan, readPlan } from '../iac/plan.js';
import type { TokenConfig } from '../iac/model.js';
import { isAutoVarFile, orderVarFiles, readTerraform, type ModuleFile } from '../iac/terraform.js';
import type { ScanResult, ScanWarning, WarningCode } from '../types.js';
import { createNamer, walkTree } from '../sources/files.js';
import { NotRegularFileError, readRegularFile } from '../sources/regular-file.js';
import { runSources, type Source } from './pipeline.js';
import type { BaseScanOptions } from './setup.js';

/** Options for {@link scanIac}. */
export interface IacOptions extends BaseScanOptions {
  /** Files and directories to check (default: the root). */
  paths?: readonly string[];
  /** Today, for expiry dates (default: now). */
  today?: Date;
  /**
   * Terraform variable files to apply after the automatic ones, as `terraform plan -var-file`
   * does. Without them, each other `*.tfvars` beside a module is an environment the module is
   * checked with in turn.
   */
  varFiles?: readonly string[];
}

/**
 * What {@link scanIac} returns: a scan result, and the files that could not be read as
 * configuration. Those are also in `warnings`, at level `error`, so every report shows them.
 */
export interface IacResult extends ScanResult {
  /** One line per malformed file, naming file:line:column. The other files were still checked. */
  errors: string[];
}

/** What the command checks, for the message about a file or directory that holds none of it. */
const WHAT_IS_CHECKED =
  'a token manifest (a `tokens:` list), YAML documents of `kind: MonimeAccessToken`, Terraform with `monime_access_token` resources, or a Terraform plan as JSON; and hardcoded tokens in any of those and in every `.tf` and `.tfvars` file';

/** Terraform variable files: read whole for hardcoded tokens, and as variable values of their module. */
const TFVARS = /\.tfvars(\.json)?$/;

/**
 * Why a FIFO, socket or device is not read: one may block forever, another never ends
 * (`iac /dev/zero` once grew to 7 GB).
 */
const NOT_REGULAR = 'not a regular file (a FIFO, socket or device), so it was not read; iac reads files and directories';

/** Folders never searched for configuration. */
const SKIPPED = new Set(['.git', 'node_modules', '.terraform']);

/**
 * Checks token configurations as code: token manifests (`monime-tokens.yaml` / `.json`, and YAML
 * documents of `kind: MonimeAccessToken`) and Terraform plan JSON against the `iac/…` policies. A malformed file is an
 * error in the result, not an exception: the other files are still checked.
 */
export async function scanIac(options: IacOptions = {}): Promise<IacResult> {
  const result = await runSources(options, () => [iacSource(options)]);
  return { ...result, errors: result.warnings.filter((warning) => warning.level === 'error').map((warning) => warning.message) };
}

/**
 * Token configurations under the paths: manifests, `kind: MonimeAccessToken` documents,
 * Terraform modules and plans, checked against the policies. A file that cannot be read as
 * configuration is a warning at level error, and the other files are still checked.
 */
export function iacSource(options: IacOptions): Source {
  return {
    name: 'token configurations',
    async read(setup, into) {
      const { root } = setup;
      let errors = 0;
      /** An input that could not be checked: a warning at level error, so every report says so. */
      const fail = (where: string, message: string, code: WarningCode = 'malformed'): void => {
        errors++;
        into.warnings.push({ path: where, code, message, level: 'error' });
      };
      const configs: TokenConfig[] = [];
      // Every file read as configuration, checked whole for hardcoded tokens, and per file the
      // tokens the resource check already judged there (left to it, so none is reported twice).
      const texts: ConfigurationText[] = [];
      const judged = new Map<string, Set<string>>();
      const terraformTexts = new Map<string, ConfigurationText>();
      const countedFiles = new Set<string>();
      const rel = (file: string): string => path.relative(root, file).split(path.sep).join('/') || path.basename(file);
      // Why the last read failed, for the error about a variable file that could not be read.
      let readFailure = '';
      const read = (file: string): string | undefined => {
        try {
          return readRegularFile(file).toString('utf8');
        } catch (error) {
          const regular = !(error instanceof NotRegularFileError);
          readFailure = regular ? `cannot read (${errorReason(error)})` : NOT_REGULAR;
          into.warnings.push({ path: rel(file), code: regular ? 'unreadable' : 'not-regular', message: `${rel(file)}: ${readFailure}` });
          return undefined;
        }
      };
      const counted = (text: string): void => {
        into.filesScanned++;
        into.bytesScanned += Buffer.byteLength(text);
      };
      const inputs = options.paths && options.paths.length > 0 ? options.paths : ['.'];
      const found = configurationFiles(root, inputs, setup.settings.exclude);
      for (const file of found.documents) {
        const text = read(file);
        if (text === undefined) continue;
        // A file named on the command line is judged by its content, whatever its name.
        const explicit = found.explicit.has(file);
        const plan = !isManifestName(path.basename(file)) && (file.endsWith('.json') || explicit) && looksLikePlan(text);
        const named = !plan && (isManifestName(path.basename(file)) || (explicit && /^tokens\s*:|"tokens"\s*:/m.test(text)));
        if (!named && !plan && !text.includes('MonimeAccessToken')) {
          if (explicit) fail(rel(file), `${rel(file)}: not a token configuration (monime-guard iac checks ${WHAT_IS_CHECKED})`, 'not-configuration');
          continue;
        }
        try {
          const read = plan ? readPlan(text, rel(file)) : readManifest(text, rel(file), named);
          configs.push(...read);
          counted(text);
          texts.push({ file: rel(file), text });
          judged.set(rel(file), tokensIn(read));
        } catch (error) {
          if (!(error instanceof MonimeGuardError)) throw error;
          fail(rel(file), error.message);
          // A file that breaks the format may still hold a token (`token: mon_…` in a field the
          // format does not know): that is read whole for hardcoded tokens all the same.
          texts.push({ file: rel(file), text });
          counted(text);
        }
      }
      const checks: CheckResult[] = [];
      const checkOptions = { config: setup.config, ...(options.today ? { today: options.today } : {}) };
      const varFiles = (options.varFiles ?? []).map((file) => {
        const abs = path.resolve(root, file);
        const text = read(abs);
        if (text === undefined) throw new SourceError(`--var-file ${file}: ${readFailure}`);
        return { file: rel(abs), text };
      });
      const varFileTokens = new Set<string>();
      // Terraform files that hold no token resource are still read whole for hardcoded tokens (a
      // provider block, an `http` data source); one named on the command line that holds neither
      // is not configuration.
      const plainTerraform: { abs: string; file: string; text: string }[] = [];
      for (const [dir, selected] of found.modules) {
        const module = readModule(dir, selected, read, rel);
        if (!module) {
          for (const file of selected) {
            const text = read(file);
            if (text !== undefined) plainTerraform.push({ abs: file, file: rel(file), text });
          }
          continue;
        }
        for (const file of module.files) {
          if (!file.report) continue;
          countedFiles.add(file.file);
          counted(file.text);
        }
        const terraform = await readTerraform({
          files: module.files,
          varFiles: [...module.auto, ...varFiles],
          environments: varFiles.length > 0 ? [] : module.environments,
        });
        const names = [...module.files, ...module.auto, ...module.environments, ...varFiles].map((file) => file.file);
        for (const message of terraform.errors) fail(names.find((name) => message.startsWith(`${name}:`)) ?? rel(dir), message);
        for (const variant of terraform.variants)
          for (const config of variant.configs) if (config.unresolved?.length) into.warnings.push(unresolvedWarning(config, variant.environment));
        checks.push(checkVariants(terraform.variants, checkOptions));
        const moduleTokens = tokensIn(terraform.variants.flatMap((variant) => variant.configs));
        for (const token of moduleTokens) varFileTokens.add(token);
        for (const file of [...module.files.filter((f) => f.report), ...module.auto, ...module.environments]) {
          if (terraformTexts.has(file.file)) continue;
          terraformTexts.set(file.file, file);
          judged.set(file.file, moduleTokens);
        }
      }
      for (const config of configs) if (config.unresolved?.length) into.warnings.push(unresolvedWarning(config, undefined));
      checks.push(checkConfigs(configs, checkOptions));
      for (const file of varFiles) if (!terraformTexts.has(file.file)) terraformTexts.set(file.file, file);
      for (const file of varFiles) judged.set(file.file, varFileTokens);
      for (const abs of found.tfvars) {
        const file = rel(abs);
        if (terraformTexts.has(file)) continue;
        const text = read(abs);
        if (text !== undefined) terraformTexts.set(file, { file, text });
      }
      for (const file of plainTerraform) if (!terraformTexts.has(file.file)) terraformTexts.set(file.file, file);
      const none = new Set<string>();
      const hardcoded = checkHardcodedTokens([...texts, ...terraformTexts.values()], (file) => judged.get(file) ?? none, checkOptions);
      checks.push(hardcoded);
      // A Terraform file is something checked when it is part of a module with a token resource
      // (counted above) or holds a token; one that holds neither is not configuration.
      for (const file of terraformTexts.values()) if (hardcoded.holding.has(file.file) && !countedFiles.has(file.file)) counted(file.text);
      for (const file of plainTerraform)
        if (!hardcoded.holding.has(file.file) && found.explicit.has(file.abs))
          fail(file.file, `${file.file}: declares no \`monime_access_token\` resource (monime-guard iac checks ${WHAT_IS_CHECKED})`, 'not-configuration');
      for (const abs of found.tfvars) {
        const file = rel(abs);
        if (!hardcoded.holding.has(file) && found.explicit.has(abs) && !countedFiles.has(file))
          fail(file, `${file}: holds no token (monime-guard iac checks ${WHAT_IS_CHECKED})`, 'not-configuration');
      }
      for (const checked of checks) into.findings.push(...checked.findings);
      if (into.filesScanned === 0 && errors === 0) {
        const where = inputs.join(', ');
        into.warnings.push({
          path: inputs[0]!,
          code: 'nothing-to-check',
          message: `${where}: no token configuration found to check (monime-guard iac checks ${WHAT_IS_CHECKED})`,
        });
      }
      into.suppressed = [...(into.suppressed ?? []), ...checks.flatMap((checked) => checked.suppressedFindings)];
    },
  };
}

/** The files of one Terraform module directory, when the selected ones declare a token resource. */
function readModule(
  dir: string,
  selected: Set<string>,
  read: (file: string) => string | undefined,
  rel: (file: string) => string,
): { files: (ModuleFile & { report: boolean })[]; auto: ModuleFile[]; environments: ModuleFile[] } | undefined {
  const names = fs.readdirSync(dir).sort();
  const texts = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith('.tf'))) {
    const text = read(path.join(dir, name));
    if (text !== undefined) texts.set(name, text);
  }
  if (![...selected].some((file) => texts.get(path.basename(file))?.includes('monime_access_token'))) return undefined;
  const files = [...texts].map(([name, text]) => ({ file: rel(path.join(dir, name)), text, report: selected.has(path.join(dir, name)) }));
  const load = (name: string): ModuleFile[] => {
    const text = read(path.join(dir, name));
    return text === undefined ? [] : [{ file: rel(path.join(dir, name)), text }];
  };
  const varNames = names.filter((n) => /\.tfvars(\.json)?$/.test(n));
  return {
    files,
    auto: orderVarFiles(varNames.filter(isAutoVarFile)).flatMap(load),
    environments: varNames.filter((n) => !isAutoVarFile(n)).flatMap(load),
  };
}

/** A warning naming the attributes of a resource that could not be resolved, so no policy judged them. */
function unresolvedWarning(config: TokenConfig, environment: string | undefined): ScanWarning {
  const attributes = config.unresolved!.join(', ');
  return {
    path: config.file,
    code: 'unresolved',
    message: `${config.file}:${config.at.line}: ${config.label}${environment ? ` (with ${environment})` : ''}: could not resolve ${attributes} (known only at apply, or an expression this check does not evaluate); no policy judged ${config.unresolved!.length > 1 ? 'them' : 'it'}`,
  };
}

/** Manifests, YAML and JSON files, and the Terraform module directories (with their selected `.tf` files) under the given paths. */
function configurationFiles(
  root: string,
  inputs: readonly string[],
  exclude: readonly string[],
): { documents: string[]; tfvars: string[]; modules: Map<string, Set<string>>; explicit: Set<string> } {
  const namer = createNamer(root, exclude);
  const documents: string[] = [];
  const tfvars: string[] = [];
  const explicit = new Set<string>();
  const modules = new Map<string, Set<string>>();
  const take = (file: string): void => {
    if (TFVARS.test(file)) tfvars.push(file);
    else if (file.endsWith('.tf')) {
      const dir = path.dirname(file);
      if (!modules.has(dir)) modules.set(dir, new Set());
      modules.get(dir)!.add(file);
    } else if (isManifestName(path.basename(file)) || /\.(ya?ml|json)$/.test(file)) documents.push(file);
  };
  for (const input of inputs) {
    const abs = path.resolve(root, input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      throw new SourceError(`${input}: no such file or directory`);
    }
    if (!stat.isDirectory()) {
      if (!stat.isFile()) throw new SourceError(`${input}: ${NOT_REGULAR}`);
      explicit.add(abs);
      if (abs.endsWith('.tf') || TFVARS.test(abs)) take(abs);
      else documents.push(abs);
      continue;
    }
    for (const file of walkTree(abs, {
      namer,
      skipDirs: SKIPPED,
      accept: (name) => name.endsWith('.tf') || TFVARS.test(name) || isManifestName(name) || /\.(ya?ml|json)$/.test(name),
    }))
      take(file);
  }
  documents.sort();
  tfvars.sort();
  return { documents, tfvars, explicit, modules: new Map([...modules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
