import { Minimatch } from 'minimatch';
import type { AllowEntry } from '../config/types.js';
import type { Finding } from '../types.js';

/** Builds a lookup of the `allow` entry that allows a finding (the first, by fingerprint then path). */
export function matchAllowEntry(entries: readonly AllowEntry[]): (finding: Finding) => AllowEntry | undefined {
  const globs = entries.flatMap((entry) => (entry.path ? [{ entry, glob: new Minimatch(entry.path, { dot: true }) }] : []));
  const fingerprints = new Map(entries.flatMap((entry) => (entry.fingerprint ? [[entry.fingerprint, entry] as const] : [])));
  return (finding) => fingerprints.get(finding.fingerprint) ?? globs.find(({ glob }) => glob.match(finding.path))?.entry;
}
