import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareFindings, compareText } from '../findings/order.js';
import { exposureRules, rules as allRules, tokenRules } from '../../rules/index.js';
import { loadBaseline } from '../config/baseline.js';
import { loadConfig } from '../config/load.js';
import { SourceError } from '../errors.js';
import type { Config } from '../config/types.js';
import { applyFilters, inlineDirectiveFor } from '../filters/index.js';
import type { WrittenDirective } from '../filters/inline.js';
import { closest } from '../closest-name.js';
import type { ScanResult, ScanWarning, SuppressedFinding, TokenKind } from '../types.js';
import { onePerPathToken, type RuleTable } from './scan-fragment.js';
import type { VerifySettings } from './verify-findings.js';
import type { BatchResult, ScanSettings } from './scan-input.js';

/**
 * What every kind of scan (files, git history, staged changes, a push) does before and after it
 * reads: load the config and baseline, and turn what was collected into a filtered, sorted result.
 * Kept apart from the file scanner so the git commands load only what they use.
 */

/** Options every kind of scan takes (files, git history, staged changes). */
export interface BaseScanOptions {
  /** Directory that reported paths are relative to and where the config is looked for. Default: cwd. */
  root?: string;
  /** A configuration to use instead of loading one from the root. */
  config?: Config;
  /** A configuration file to load instead of looking in the root. */
  configPath?: string;
  /** Baseline file; findings whose fingerprint it holds are not reported. */
  baseline?: string;
  /** Scan files that look binary (default false). */
  scanBinary?: boolean;
  /** Collect rejected placeholders (default false). */
  placeholders?: boolean;
  /** How deep nested archives are opened (an APK in a zip is depth 2); default 8. */
  maxArchiveDepth?: number;
  /** Warn about each inline directive that suppresses nothing (default: the config's `reportUnusedDirectives`, else false). */
  reportUnusedDirectives?: boolean;
  /**
   * Ask Monime's API whether each token found still works (`--verify`): `true`, or how. Off by
   * default: tokens are sent to https://api.monime.io (see docs/verify.md).
   */
  verify?: boolean | VerifySettings;
  /**
   * Threads the scan may use, the calling one included; 1 keeps everything on the calling
   * thread. Default: the number of CPUs. A source with enough independent work spreads it over
   * them (files over a worker pool; an organisation's repositories over workers).
   */
  threads?: number;
}

/** What every scan settles before it reads anything. */
export interface ScanSetup {
  /** Absolute scan root. */
  root: string;
  config: Config;
  /** Fingerprints of the baseline in force, if any. */
  baseline?: ReadonlySet<string>;
  settings: ScanSettings;
  /** `performance.now()` when the scan started. */
  started: number;
  /** Threads the scan may use, the calling one included (at least 1). */
  threads: number;
  /** Warn about directives that suppress nothing. */
  reportUnusedDirectives: boolean;
}

/** Loads the config and baseline and builds the scan settings; throws on a bad config or baseline. */
export async function setUpScan(options: BaseScanOptions): Promise<ScanSetup> {
  const started = performance.now();
  const root = path.resolve(options.root ?? process.cwd());
  // Every path is relative to the root, so a root that is not there is the error to name.
  if (!isDirectory(root)) throw new SourceError(`root ${options.root ?? root}: no such directory`);
  const loaded = options.config
    ? { config: options.config, baselinePath: options.config.baseline ? path.resolve(root, options.config.baseline) : undefined }
    : await loadConfig({ root, ...(options.configPath ? { configPath: options.configPath } : {}) });
  const config = loaded.config;
  const baselineFile = options.baseline ? path.resolve(root, options.baseline) : loaded.baselinePath;
  const baseline = baselineFile ? await loadBaseline(baselineFile) : undefined;
  // Where tokens would be sent is settled before anything is read: a bad override stops here.
  if (options.verify) (await import('../verify/index.js')).verifyEndpoint();
  const settings: ScanSettings = {
    root,
    exclude: config.exclude ?? [],
    walkSkip: [],
    rules: ruleTable(config),
    scanBinary: options.scanBinary ?? config.scanBinary ?? false,
    placeholders: options.placeholders ?? false,
    ...(options.maxArchiveDepth !== undefined ? { maxArchiveDepth: options.maxArchiveDepth } : {}),
    ...(options.verify ? { secrets: new Map<string, string>() } : {}),
  };
  const threads = Math.max(1, Math.floor(options.threads ?? os.availableParallelism()));
  const reportUnusedDirectives = options.reportUnusedDirectives ?? config.reportUnusedDirectives ?? false;
  return { root, config, ...(baseline ? { baseline } : {}), settings, started, threads, reportUnusedDirectives };
}

/** Filters, sorts and counts what a scan collected into the result the library returns. */
export function finishScan(result: BatchResult, setup: ScanSetup): ScanResult {
  const { config, baseline } = setup;
  // Sorted first, so that of a token met in many paths, the same one is kept on every run.
  const filtered = applyFilters(onePerPathToken(result.findings.sort(compareFindings)), { allow: config.allow ?? [], ...(baseline ? { baseline } : {}) });
  // A source's own suppressions (a manifest's comments) are inline ones too.
  const ownSuppressed = result.suppressed ?? [];
  const warnings = [...result.warnings, ...directiveWarnings(result.directives ?? [], filtered.suppressed, setup)].sort((a, b) => compareText(a.path, b.path));
  return {
    ...(result.repository ? { repository: result.repository } : {}),
    ...(result.repositories ? { repositories: [...result.repositories].sort((a, b) => compareText(a.name ?? '', b.name ?? '')) } : {}),
    findings: filtered.findings.sort(compareFindings),
    suppressed: [...filtered.suppressed, ...ownSuppressed].sort(compareFindings),
    placeholders: result.placeholders.sort(
      (a, b) => compareText(a.path, b.path) || a.span.start.line - b.span.start.line || a.span.start.column - b.span.start.column,
    ),
    warnings,
    stats: {
      filesScanned: result.filesScanned,
      bytesScanned: result.bytesScanned,
      binarySkipped: result.binarySkipped,
      ...(result.ignoredEnvFiles ? { ignoredEnvFiles: result.ignoredEnvFiles } : {}),
      allowed: filtered.counts.allowed,
      ignoredInline: filtered.counts.ignoredInline + ownSuppressed.length,
      baselined: filtered.counts.baselined,
      warnings: warnings.length,
      durationMs: Math.round(performance.now() - setup.started),
      ...(result.repositoryCounts ? { repositories: { ...result.repositoryCounts } } : {}),
    },
  };
}

/**
 * What is wrong with the inline directives written in the scanned files: one naming a rule no rule
 * has (always said, with the nearest id), and, when asked for, one that suppressed nothing.
 */
function directiveWarnings(
  written: readonly (WrittenDirective & { path: string })[],
  suppressed: readonly SuppressedFinding[],
  setup: ScanSetup,
): ScanWarning[] {
  if (written.length === 0) return [];
  const ids = allRules.map((rule) => rule.id);
  const used = new Set<string>();
  for (const finding of suppressed) {
    const directive = finding.suppression.by === 'inline' ? inlineDirectiveFor(finding) : undefined;
    if (!directive) continue;
    const line = directive.scope === 'same-line' ? finding.span.start.line : finding.span.start.line - 1;
    used.add(`${finding.path}\0${line}\0${directive.scope}\0${directive.ruleId ?? ''}`);
  }
  const reportUnused = setup.reportUnusedDirectives;
  const warnings: ScanWarning[] = [];
  const seen = new Set<string>();
  for (const directive of written) {
    const key = `${directive.path}\0${directive.line}\0${directive.scope}\0${directive.ruleId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = `${directive.path}:${directive.line}`;
    // `monime-guard/<rule>` names a rule of the ESLint plugin, which reads the same comments.
    if (directive.ruleId !== undefined && !ids.includes(directive.ruleId) && !directive.ruleId.startsWith('monime-guard/')) {
      const nearest = closest(directive.ruleId, ids);
      warnings.push({
        path: directive.path,
        code: 'directive-rule',
        message: `${where}: monime-guard-ignore names ${directive.ruleId}, which is no rule${nearest ? `; did you mean ${nearest}?` : '.'} It suppresses nothing.`,
      });
    } else if (reportUnused && !used.has(key) && !directive.ruleId?.startsWith('iac/')) {
      // A directive naming an iac/ policy is for `monime-guard iac`, which reads token configurations.
      warnings.push({ path: directive.path, code: 'unused-directive', message: `${where}: this monime-guard-ignore suppresses nothing; remove it` });
    }
  }
  return warnings;
}

/**
 * Settings for scanning content outside a configured scan (a blob read again at another commit):
 * the given rules, every byte read (binary too), no placeholders, nothing excluded.
 */
export function contentSettings(root: string, rules: RuleTable): ScanSettings {
  return { root, rules, scanBinary: true, placeholders: false, exclude: [], walkSkip: [] };
}

/** Maps each token kind (and client exposure) to its rule as configured; disabled rules are left out. */
export function ruleTable(config: Config): RuleTable {
  const table: RuleTable = {};
  for (const rule of tokenRules) {
    const settings = config.rules?.[rule.id];
    if (settings?.enabled === false) continue;
    table[rule.tokenKind as TokenKind] = { ruleId: rule.id, severity: settings?.severity ?? rule.severity };
  }
  for (const rule of exposureRules) {
    const settings = config.rules?.[rule.id];
    if (settings?.enabled !== false) table.exposure = { ruleId: rule.id, severity: settings?.severity ?? rule.severity };
  }
  return table;
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export { compareFindings } from '../findings/order.js';
