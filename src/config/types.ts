import type { FailOn, Severity } from '../types.js';

/** One `allow` entry: a path glob or a fingerprint, always with a reason. */
export interface AllowEntry {
  /** minimatch glob matched against paths relative to the scan root. */
  path?: string;
  /** A finding fingerprint to allow wherever it appears. */
  fingerprint?: string;
  /** Why this is allowed; required so that suppressions stay reviewable. */
  reason: string;
}

/** Per-rule settings. */
export interface RuleSettings {
  /** Set to false to turn the rule off. */
  enabled?: boolean;
  /** Override the rule's default severity. */
  severity?: Severity;
  /** A policy's limits (`iac/…` rules only): whole numbers and lists of names, as each policy declares. */
  options?: Record<string, number | string[]>;
}

/**
 * The contents of `monime-guard.config.json` / `.yaml` / `.yml`, as validated against
 * `schemas/config.schema.json` (and, at run time, by the hand-written `validateConfig`).
 */
export interface Config {
  /** Editor hint; ignored. */
  $schema?: string;
  /** Which findings fail the scan (default `any`). */
  failOn?: FailOn;
  /** Per-rule settings keyed by rule id. */
  rules?: Record<string, RuleSettings>;
  /** Suppressions by path glob or fingerprint. */
  allow?: AllowEntry[];
  /** Path of a baseline file, relative to the config file. */
  baseline?: string;
  /** Extra path globs (minimatch, relative to the scan root) never to scan. */
  exclude?: string[];
  /** Scan files that look binary. */
  scanBinary?: boolean;
  /** Inside a git work tree, skip files git ignores (default true). */
  gitIgnore?: boolean;
  /** Warn about inline directives that suppress nothing, as `--report-unused-directives` does (default false). */
  reportUnusedDirectives?: boolean;
}

/** A loaded configuration and where it came from. */
export interface LoadedConfig {
  /** The validated configuration. */
  config: Config;
  /** Absolute path of the file it was read from, absent when defaults were used. */
  file?: string;
  /**
   * Absolute path of the baseline file named by `config.baseline`, resolved against the directory
   * of the config file (not the scan root or the working directory), so a config means the same
   * thing wherever the scan is started from. Absent when the config names no baseline.
   */
  baselinePath?: string;
}
