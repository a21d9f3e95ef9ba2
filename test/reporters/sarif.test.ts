import { describe, expect, it } from 'vitest';
import { rules as registry, tokenRules } from '../../rules/index.js';
import { SARIF_FINGERPRINT_KEY, buildSarifLog, toSarif } from '../../src/reporters/sarif.js';
import { cleanResult, fullContext, goldenResult, makeFinding, minimalContext, spanAt } from './fixture.js';
import { expectGolden } from './golden.js';
import { sarifErrors } from './schemas.js';

/** The one run of a log built from `result`. */
function runOf(...args: Parameters<typeof buildSarifLog>) {
  return buildSarifLog(...args).runs[0];
}

/** A result whose only finding is at `path`. */
function resultAt(path: string) {
  const result = cleanResult();
  result.findings = [makeFinding({ path, span: spanAt(2, 3, 68), masked: 'mon_aB3d…wXy9', fingerprint: 'ab' })];
  return result;
}

describe('sarif reporter', () => {
  it('matches the golden log', () => {
    expectGolden('report.sarif', toSarif(goldenResult(), fullContext));
  });

  it.each([
    ['golden result with a root URI', goldenResult(), fullContext],
    ['golden result without a root URI', goldenResult(), minimalContext],
    ['clean scan', cleanResult(), minimalContext],
    ['stdin only', resultAt('-'), fullContext],
    ['absolute path', resultAt('/etc/monime/token.env'), fullContext],
    ['windows drive path', resultAt('C:/Users/dev/app/.env'), fullContext],
    ['non-ASCII and reserved characters', resultAt('dir/naïve ✓/[x]?#%.ts'), fullContext],
    ['lone surrogate', resultAt('bad\ud800name.ts'), fullContext],
  ] as const)('validates against the SARIF 2.1.0 schema (%s)', (_name, result, ctx) => {
    expect(sarifErrors(JSON.parse(toSarif(result, ctx)))).toEqual([]);
  });

  it('has a validator that rejects invalid logs', () => {
    const log = JSON.parse(toSarif(goldenResult(), fullContext)) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifErrors(log)).not.toEqual([]);
  });

  it('declares every registry rule even when clean', () => {
    const rules = runOf(cleanResult(), minimalContext).tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual(registry.map((rule) => rule.id));
  });

  it('adds rules the registry does not know, with a generic text, after the registry', () => {
    const rules = runOf(goldenResult(), minimalContext).tool.driver.rules;
    expect(rules.map((rule) => rule.id)).toEqual([...registry.map((rule) => rule.id), 'iac/future-policy']);
    const iac = rules.at(-1)!;
    expect(iac.name).toBe('IacFuturePolicy');
    expect(iac.helpUri).toBe('https://github.com/monime-guard/monime-guard/blob/main/rules/iac/future-policy.md');
    expect(iac.shortDescription.text).toContain('iac/future-policy');
    expect(iac.defaultConfiguration.level).toBe('note');
  });

  it('describes registry rules from the registry', () => {
    const [live, test] = runOf(cleanResult(), minimalContext).tool.driver.rules;
    expect(live).toMatchObject({
      id: 'live-token',
      name: 'LiveToken',
      shortDescription: { text: tokenRules[0]!.description },
      helpUri: 'https://github.com/monime-guard/monime-guard/blob/main/rules/live-token.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'secret'], 'security-severity': '9.0' },
    });
    expect(live!.help.text).toContain(tokenRules[0]!.remediation);
    expect(test).toMatchObject({ defaultConfiguration: { level: 'warning' }, properties: { 'security-severity': '5.0' } });
  });

  it('points each result at its rule', () => {
    const run = runOf(goldenResult(), minimalContext);
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
  });

  it('writes level, masked message, region and fingerprint', () => {
    const result = runOf(goldenResult(), fullContext).results.find((r) => r.locations[0]!.physicalLocation?.artifactLocation.uri === 'k8s/secret.yaml');
    expect(result).toMatchObject({
      ruleId: 'live-token',
      level: 'error',
      message: { text: 'Live Monime token mon_K9pL…m2Nq found (base64-encoded)' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'k8s/secret.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 10, endLine: 7, endColumn: 102 },
          },
        },
      ],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: '4d5e6f708192a3b4c5d6e7f8091a2b3c' },
    });
  });

  it('percent-encodes paths as URI references that resolve back to the file under the root', () => {
    const path = 'docs/we|ird `name`, with:colon 100% #1 @octocat.md';
    const uri = runOf(resultAt(path), fullContext).results[0]!.locations[0]!.physicalLocation!.artifactLocation.uri;
    expect(uri).toBe('docs/we%7Cird%20%60name%60%2C%20with%3Acolon%20100%25%20%231%20%40octocat.md');
    const resolved = new URL(uri, fullContext.rootUri);
    expect(resolved.href.startsWith(fullContext.rootUri!)).toBe(true);
    expect(decodeURIComponent(resolved.pathname)).toBe(`/home/runner/work/shop/shop/${path}`);
  });

  it('keeps stdin as "-" relative to the root', () => {
    const location = runOf(resultAt('-'), fullContext).results[0]!.locations[0]!.physicalLocation!.artifactLocation;
    expect(location).toEqual({ uri: '-', uriBaseId: '%SRCROOT%' });
  });

  it('writes absolute paths as file URIs without a base', () => {
    const location = runOf(resultAt('/etc/monime/token file.env'), fullContext).results[0]!.locations[0]!.physicalLocation!.artifactLocation;
    expect(location).toEqual({ uri: 'file:///etc/monime/token%20file.env' });
  });

  it('declares %SRCROOT% only when given a root URI, with a trailing slash', () => {
    expect(runOf(goldenResult(), minimalContext)).not.toHaveProperty('originalUriBaseIds');
    expect(runOf(goldenResult(), fullContext).originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///home/runner/work/shop/shop/' },
    });
    expect(runOf(goldenResult(), { ...minimalContext, rootUri: 'file:///repo' }).originalUriBaseIds).toEqual({
      '%SRCROOT%': { uri: 'file:///repo/' },
    });
  });

  it('reports scan warnings as tool execution notifications', () => {
    const invocation = runOf(goldenResult(), minimalContext).invocations[0]!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications?.map((n) => n.descriptor.id)).toEqual(['vanished', 'unreadable']);
    expect(runOf(cleanResult(), minimalContext).invocations[0]).not.toHaveProperty('toolExecutionNotifications');
  });
});
