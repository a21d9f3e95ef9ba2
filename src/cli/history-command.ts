import { loadConfig } from '../config/load.js';
import { scanHistory, type HistoryProgress } from '../scan/history.js';
import type { HistoryFlags } from './command-flags.js';
import { createProgress } from './progress.js';
import { baseOptions, printWarnings, reportResult } from './report.js';
import { requireVerifyForActive } from './fail-on.js';

/** Runs `monime-guard history`; returns the exit code. */
export async function runHistory(flags: HistoryFlags): Promise<number> {
  const root = process.cwd();
  const loaded = await loadConfig({ root, ...(flags.config ? { configPath: flags.config } : {}) });
  requireVerifyForActive(flags, loaded);
  const progress = flags.quiet ? undefined : createProgress<HistoryProgress>(process.stderr, describeObjects);
  let result;
  try {
    result = await scanHistory({
      ...baseOptions(flags, root, loaded.config, loaded.baselinePath),
      ...(flags.range !== undefined ? { range: flags.range } : {}),
      ...(flags.since !== undefined ? { since: flags.since } : {}),
      ...(flags.ref !== undefined ? { refs: flags.ref } : {}),
      messages: flags.messages,
      fetchMissing: flags.fetchMissing,
      ...(progress ? { onProgress: progress.update } : {}),
    });
  } finally {
    progress?.done();
  }
  printWarnings(result, flags);
  return reportResult(result, flags, root, loaded.config);
}

/** `1200/5000 objects` (the total appears once git has listed everything). */
function describeObjects(progress: HistoryProgress): string {
  return `${progress.objectsDone}${progress.objectsTotal === undefined ? '' : `/${progress.objectsTotal}`} objects`;
}
