import { describe, expect, it } from 'vitest';
import {
  describeFinding,
  describeRule,
  formatReport,
  isReportFormat,
  reportFormats,
  toGithub,
  toHtml,
  toJson,
  toMarkdown,
  toSarif,
  toText,
} from '../../src/reporters/index.js';
import { fullContext, goldenResult, makeFinding } from './fixture.js';

describe('formatReport', () => {
  it('offers the six formats', () => {
    expect(reportFormats).toEqual(['text', 'json', 'sarif', 'github', 'markdown', 'html']);
    expect(isReportFormat('sarif')).toBe(true);
    expect(isReportFormat('xml')).toBe(false);
  });

  it('dispatches to each format', () => {
    const result = goldenResult();
    expect(formatReport(result, 'text', fullContext)).toBe(toText(result, fullContext));
    expect(formatReport(result, 'json', fullContext)).toBe(toJson(result, fullContext));
    expect(formatReport(result, 'sarif', fullContext)).toBe(toSarif(result, fullContext));
    expect(formatReport(result, 'github', fullContext)).toBe(toGithub(result, fullContext));
    expect(formatReport(result, 'markdown', fullContext)).toBe(toMarkdown(result, fullContext));
    expect(formatReport(result, 'html', fullContext)).toBe(toHtml(result, fullContext));
  });

  it('does not change the result it formats', () => {
    const result = goldenResult();
    for (const format of reportFormats) formatReport(result, format, fullContext);
    expect(result).toEqual(goldenResult());
  });
});

describe('describeFinding', () => {
  const base = { path: 'a.env', masked: 'mon_aB3d…wXy9', fingerprint: 'ab' };

  it('names the token kind and shows the mask', () => {
    expect(describeFinding(makeFinding(base))).toBe('Live Monime token mon_aB3d…wXy9 found');
    expect(describeFinding(makeFinding({ ...base, ruleId: 'test-token', tokenKind: 'test', masked: 'mon_test_aB3d…wXy9' }))).toBe(
      'Test Monime token mon_test_aB3d…wXy9 found',
    );
  });

  it('says how the token was encoded', () => {
    expect(describeFinding(makeFinding({ ...base, encoding: 'base64' }))).toBe('Live Monime token mon_aB3d…wXy9 found (base64-encoded)');
    expect(describeFinding(makeFinding({ ...base, encoding: 'hex-escape' }))).toBe('Live Monime token mon_aB3d…wXy9 found (written with \\x escapes)');
  });

  it('has a sentence for rules it does not know', () => {
    expect(describeFinding(makeFinding({ ...base, ruleId: 'future-rule' }))).toBe('Live Monime token mon_aB3d…wXy9 reported by rule future-rule');
  });
});

describe('describeRule', () => {
  it('takes known rules from the registry', () => {
    expect(describeRule('live-token')).toMatchObject({ known: true, name: 'LiveToken', defaultSeverity: 'error' });
  });

  it('describes unknown rules generically', () => {
    const info = describeRule('iac/no-ip-whitelist');
    expect(info).toMatchObject({
      known: false,
      name: 'IacNoIpWhitelist',
      helpUri: 'https://github.com/monime-guard/monime-guard/blob/main/rules/iac/no-ip-whitelist.md',
    });
    expect(info.description).toContain('iac/no-ip-whitelist');
    expect(info).not.toHaveProperty('defaultSeverity');
  });
});
