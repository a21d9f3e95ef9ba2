import { describe, expect, it } from 'vitest';
import { reportErrors } from '../reporters/schemas.js';
import { makeTempDir, runJson, secretToken, writeFiles } from './run-cli.js';

describe('client-exposed-token through the built CLI', () => {
  it('is reported from worker threads in a tree large enough to use them, with a valid JSON report', async () => {
    const dir = makeTempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`src/mod-${i}.ts`] = `export const v${i} = ${i};\n`;
    files['apps/web/.env.local'] = `NEXT_PUBLIC_MONIME_TOKEN=${secretToken('live')}\n`;
    files['apps/web/vite.config.ts'] = 'export default { define: { __T__: JSON.stringify(process.env.MONIME_ACCESS_TOKEN) } };\n';
    writeFiles(dir, files);
    const { run, report } = await runJson(['scan', '--threads', '2', '--fail-on', 'live'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(reportErrors(report)).toEqual([]);
    expect(report.findings.map((f) => [f.path, f.ruleId, f.tokenKind, f.exposure?.via])).toEqual([
      ['apps/web/.env.local', 'client-exposed-token', 'live', 'env-file'],
      ['apps/web/vite.config.ts', 'client-exposed-token', undefined, 'vite-define'],
    ]);
  });
});
