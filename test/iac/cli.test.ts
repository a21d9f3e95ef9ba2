import { describe, expect, it } from 'vitest';
import { reportErrors, sarifErrors } from '../reporters/schemas.js';
import { linesOf, makeTempDir, runCli, runJson, writeFiles } from '../cli/run-cli.js';

describe('monime-guard iac through the built CLI', () => {
  it('checks every manifest it finds, reports in every format, and exits 2 after the rest when one is malformed', async () => {
    const dir = makeTempDir('monime-guard-iac-');
    writeFiles(dir, {
      'ops/monime-tokens.yaml': 'tokens:\n  - name: Shop Website\n    mode: live\n    expiry: never\n    whitelist: { spaces: [spc-1], ips: [203.0.113.45] }\n    roles: [payments:read]\n',
      'k8s/payouts-token.yaml': 'kind: MonimeAccessToken\nspec:\n  name: Payouts Worker\n  mode: live\n  expiry: 2-months\n  whitelist: { spaces: [spc-1], ips: [203.0.113.0/24] }\n  roles: [payouts:write]\n',
      'k8s/deployment.yaml': 'kind: Deployment\nmetadata: { name: web }\n',
    });
    const { run, report } = await runJson(['iac'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(reportErrors(report)).toEqual([]);
    expect(report.findings.map((f) => [f.path, f.line, f.ruleId])).toEqual([['ops/monime-tokens.yaml', 4, 'iac/no-expiry']]);
    expect(report.stats.filesScanned).toBe(2);
    const sarif = await runCli(['iac', '--format', 'sarif'], { cwd: dir });
    expect(sarifErrors(JSON.parse(sarif.stdout))).toEqual([]);

    writeFiles(dir, { 'broken/monime-tokens.json': '{"tokens": [' });
    const broken = await runJson(['iac'], { cwd: dir });
    expect(broken.run.status).toBe(2);
    expect(broken.report.findings.map((f) => f.ruleId)).toEqual(['iac/no-expiry']);
    expect(linesOf(broken.run.stderr)).toEqual([expect.stringMatching(/^monime-guard: broken\/monime-tokens\.json:1:\d+: /)]);
  });
});
