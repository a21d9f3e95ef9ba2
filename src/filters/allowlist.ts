import { Minimatch } from 'minimatch';
import type { AllowEntry } from '../config/types.js';
import type { Finding } from '../types.js';

/** Builds the config `allow` test: a path glob or a fingerprint, each entry with its reason. */
export function createAllowlist(entries: readonly AllowEntry[]): (finding: Finding) => boolean {
  const globs = entries.flatMap((entry) => (entry.path ? [new Minimatch(entry.path, { dot: true })] : []));
  const fingerprints = new Set(entries.flatMap((entry) => (entry.fingerprint ? [entry.fingerprint] : [])));
  return (finding) => fingerprints.has(finding.fingerprint) || globs.some((glob) => glob.match(finding.path));
}
