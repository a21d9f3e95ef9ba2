// The public declarations name Node.js types (`Buffer`, child processes), so they bring Node's
// type definitions (`@types/node`) into a TypeScript user's program themselves, even when its
// tsconfig lists `types` without "node" (TypeScript 6 makes that list empty by default).
/// <reference types="node" preserve="true" />
/**
 * The library API of monime-guard. It never prints and never exits: it returns data, and throws
 * {@link MonimeGuardError} subclasses for bad configuration and input.
 */
export { scan, type ScanOptions, type ScanProgress } from './scan/scan.js';
export { exceedsThreshold } from './scan/threshold.js';
export type { BaseScanOptions } from './scan/setup.js';
export { scanHistory, type HistoryOptions, type HistoryProgress } from './scan/history.js';
export { scanStaged, type StagedOptions } from './scan/staged.js';
export { scanPush, parsePushUpdates, type PushOptions, type PushUpdate } from './scan/pre-push.js';
export { scanBundle, BUILD_OUTPUTS, type BundleOptions } from './scan/bundle.js';
export { scanIac, type IacOptions, type IacResult } from './scan/iac.js';
export { scanGitHub, planGitHub, type GitHubOptions, type GitHubSelection, type GitHubProgress } from './scan/github.js';
export type { GitHubTargets } from './sources/github/api.js';
export type { PlanEntry, ShardChoice } from './scan/github-plan.js';
export { checkConfigs, type CheckOptions, type CheckResult } from './iac/check.js';
export { readManifest } from './iac/manifest.js';
export { readPlan } from './iac/plan.js';
export { readTerraform, type ModuleFile, type TerraformModule, type TerraformRead } from './iac/terraform.js';
export { UNKNOWN, type TokenConfig, type Expiry, type Suppression } from './iac/model.js';
export { DEFAULT_LIMITS, type FetchLimits } from './sources/web.js';
export {
  installHooks,
  HOOKS,
  type HookManager,
  type HookName,
  type InstallOptions,
  type InstalledHook,
  type InstallResult,
  type Snippet,
} from './hooks/install.js';
export { detect, mayContainToken, mayContainTokenText } from './detector/index.js';
export type { DetectOptions, DetectResult, Rejection, TokenMatch, RejectReason } from './detector/index.js';
export { maskToken } from './findings/mask.js';
export { fingerprintOf } from './findings/fingerprint.js';
export { applyFilters, type FilterContext, type FilterCounts } from './filters/index.js';
export { loadConfig } from './config/load.js';
export { loadBaseline, toBaseline } from './config/baseline.js';
export type { Config, AllowEntry, RuleSettings, LoadedConfig } from './config/types.js';
export { formatReport, reportFormats, type ReportFormat, type ReportContext } from './reporters/index.js';
export { mergeReports, type MergeOptions } from './scan/merge.js';
export { parseJsonReport, readJsonReport } from './scan/read-report.js';
export type { JsonReport, JsonFinding, JsonLocation, JsonPlaceholder, JsonSummary, JsonSuppressedFinding, JsonWarning } from './reporters/json.js';
export { exposureRules, policyRules, rules, tokenRules } from '../rules/index.js';
export type { ExposureRule, PolicyRule, PolicyViolation, Rule, TokenRule } from '../rules/index.js';
export { verifyTokens, verifyEndpoint, defaultCacheDir } from './verify/index.js';
export type { VerifyOptions, VerifyCacheOptions } from './verify/index.js';
export type { VerifySettings } from './scan/verify-findings.js';
export { MonimeGuardError, ConfigError, SourceError, InputError, WriteError } from './errors.js';
export { WARNING_CODES } from './types.js';
export type * from './types.js';
