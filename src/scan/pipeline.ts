import type { ScanResult } from '../types.js';
import { emptyBatch, type BatchResult } from './scan-input.js';
import { finishScan, setUpScan, type BaseScanOptions, type ScanSetup } from './setup.js';

/**
 * The one pipeline every scan runs: set up (config, baseline, rule table), read each source into
 * one batch, then filter, sort and count. A source is anything the pipeline reads: a file tree,
 * standard input, git history, the index, a push, build output, a site, token configurations.
 * Work that belongs to a source (attributing a git finding to the commit that brought it in,
 * mapping a bundle's finding back through its source map, telling new tokens from those HEAD
 * already holds) is done by that source before it adds to the batch; every finding it adds
 * carries its origin. Adding a source touches the source, its command and its tests.
 */
export interface Source {
  /** What it reads, for messages: `files`, `standard input`, `history`, … */
  readonly name: string;
  /** Reads its inputs with the scan's settings and adds what it found to `into`. */
  read(setup: ScanSetup, into: BatchResult): Promise<void>;
}

/** Runs the sources, one after another, into one result. */
export async function runSources(options: BaseScanOptions, sources: (setup: ScanSetup) => readonly Source[]): Promise<ScanResult> {
  const setup = await setUpScan(options);
  const batch = emptyBatch();
  for (const source of sources(setup)) await source.read(setup, batch);
  const result = finishScan(batch, setup);
  if (options.verify && setup.settings.secrets) {
    const { verifyResult } = await import('./verify-findings.js');
    await verifyResult(result, setup.settings.secrets, options.verify === true ? {} : options.verify);
    setup.settings.secrets.clear();
  }
  return result;
}
