/**
 * A full disk while writing a report or a baseline: one line naming the file, exit 2, and the
 * previous file as it was. The disk is a real small tmpfs filled to the last byte (root only;
 * elsewhere these tests skip with a printed line).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mountSmallDisk } from '../support/small-disk.js';
import { makeTempDir, removeDir, runCli, secretToken, writeFiles } from './run-cli.js';

const disk = mountSmallDisk();
const dir = makeTempDir();
afterAll(() => {
  disk?.unmount();
  removeDir(dir);
});
writeFiles(dir, { 'config.js': `export const key = '${secretToken('live')}';\n` });

describe.skipIf(!disk)('writing on a full disk', () => {
  it('scan -o keeps the previous report and says ENOSPC in one line', async () => {
    const report = path.join(disk!.dir, 'report.json');
    fs.writeFileSync(report, '{"the":"previous report"}\n');
    disk!.fill();
    try {
      const run = await runCli(['scan', '--format', 'json', '-o', report, '.'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`monime-guard: --output ${report}: cannot write (ENOSPC: no space left on the device); the previous file is left as it was\n`);
      expect(fs.readFileSync(report, 'utf8')).toBe('{"the":"previous report"}\n');
      expect(fs.readdirSync(disk!.dir).sort()).toEqual(['filler', 'report.json']);
    } finally {
      disk!.unfill();
    }
  });

  it('baseline keeps the previous baseline', async () => {
    const baseline = path.join(disk!.dir, 'baseline.json');
    fs.writeFileSync(baseline, '{"the":"previous baseline"}\n');
    disk!.fill();
    try {
      const run = await runCli(['baseline', '-o', baseline, '.'], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(
        /^monime-guard: .*baseline\.json: cannot write the baseline file \(ENOSPC: no space left on the device\); the previous file is left as it was\n$/,
      );
      expect(fs.readFileSync(baseline, 'utf8')).toBe('{"the":"previous baseline"}\n');
    } finally {
      disk!.unfill();
    }
  });
});
