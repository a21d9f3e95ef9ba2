import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeBaseline } from '../config/baseline.js';
import { loadConfig } from '../config/load.js';
import { EXIT_CLEAN, EXIT_ERROR } from './exit.js';
import { printWarnings } from './report.js';
import { scanWithFlags } from './scan-command.js';
import type { ScanFlags } from './scan-flags.js';

/** Where `baseline` writes when neither `--output` nor the config names a file. */
const DEFAULT_BASELINE = '.monime-guard-baseline.json';

/**
 * Runs `monime-guard baseline`: finds what `scan` finds in the paths, and what `iac` finds in the
 * directories among them, without any baseline, and writes every finding's fingerprint to one
 * baseline file that both commands read. Allowlisted and inline-ignored findings stay out of it.
 * When a token configuration cannot be checked, nothing is written (a baseline missing its
 * findings would let them through later).
 */
export async function runBaseline(flags: ScanFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  // A baseline is written from everything found, so none is applied, even one the config names
  // (which need not exist yet: this is what creates it).
  const { baseline: configured, ...config } = loaded.config;
  const result = await scanWithFlags({ ...flags, baseline: undefined }, root, config, undefined);
  // Token configurations are looked for in the directories named; a file named on its own is a
  // file to scan for tokens, not necessarily a configuration.
  const paths = flags.paths && flags.paths.length > 0 ? flags.paths : ['.'];
  const directories = paths.filter((p) => p !== '-' && isDirectory(path.resolve(root, p)));
  const findings = [...result.findings];
  if (directories.length > 0) {
    const { scanIac } = await import('../scan/iac.js');
    const iac = await scanIac({ root, config, paths: directories });
    printWarnings({ ...iac, warnings: iac.warnings.filter((w) => w.code !== 'nothing-to-check') }, flags);
    if (iac.errors.length > 0) {
      process.stderr.write(
        `monime-guard: no baseline written: ${iac.errors.length === 1 ? 'a token configuration' : `${iac.errors.length} token configurations`} could not be checked\n`,
      );
      return EXIT_ERROR;
    }
    findings.push(...iac.findings);
  }
  const output = flags.output ?? (configured !== undefined ? loaded.baselinePath : undefined) ?? DEFAULT_BASELINE;
  // Written under a temporary name and renamed into place: never half a baseline.
  await writeBaseline(path.resolve(root, output), findings);
  if (!flags.quiet) process.stderr.write(`monime-guard: wrote ${findings.length} finding(s) to ${path.relative(root, path.resolve(root, output)) || output}\n`);
  return EXIT_CLEAN;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
