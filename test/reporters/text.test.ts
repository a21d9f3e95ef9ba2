import { describe, expect, it } from 'vitest';
import { toText } from '../../src/reporters/text.js';
import { cleanResult, fullContext, goldenResult, makeFinding, minimalContext, spanAt } from './fixture.js';
import { expectGolden } from './golden.js';

/** Matches any ANSI escape sequence (CSI form, which is all picocolors emits). */
const ANSI = /\u001b\[[0-9;]*m/g;

describe('text reporter', () => {
  it('matches the golden report', () => {
    expectGolden('text.txt', toText(goldenResult(), fullContext));
  });

  it('matches the golden clean report', () => {
    expectGolden('text-clean.txt', toText(cleanResult(), minimalContext));
  });

  it('prints no ANSI codes when colour is off', () => {
    expect(toText(goldenResult(), fullContext)).not.toMatch(/\u001b/);
    expect(toText(cleanResult(), minimalContext)).not.toMatch(/\u001b/);
  });

  it('colours the report when colour is on, and is otherwise the same text', () => {
    const plain = toText(goldenResult(), fullContext);
    const coloured = toText(goldenResult(), { ...fullContext, color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('says "No findings" when clean', () => {
    const lines = toText(cleanResult(), minimalContext).split('\n');
    expect(lines[0]).toBe('No findings');
  });

  it('groups findings under one header per file', () => {
    const lines = toText(goldenResult(), minimalContext).split('\n');
    expect(lines.filter((line) => line === '.env')).toHaveLength(1);
    const header = lines.indexOf('.env');
    expect(lines[header + 1]).toMatch(/^ {2}1:21 +error +live-token +Live Monime token mon_aB3d…wXy9 found$/);
    expect(lines[header + 2]).toMatch(/^ {2}2:21 +warning +test-token +Test Monime token mon_test_Qr7t…Zz01 found$/);
  });

  it('lists placeholders only when asked to', () => {
    expect(toText(goldenResult(), minimalContext)).not.toContain('Placeholders');
    expect(toText(goldenResult(), minimalContext)).not.toContain('mon_test_XXXX…XXXX');
    const shown = toText(goldenResult(), { ...minimalContext, showPlaceholders: true });
    expect(shown).toContain('Placeholders (2)');
    expect(shown).toMatch(/README\.md:4:22 +mon_test_XXXX…XXXX +repeated/);
  });

  it('lists warnings after the findings', () => {
    const text = toText(goldenResult(), minimalContext);
    expect(text.indexOf('Warnings (2)')).toBeGreaterThan(text.indexOf('src/client/pay.ts'));
    expect(text).toMatch(/vendor\/blob\.bin +unreadable +EACCES/);
  });

  it('states the fail-on verdict when given one', () => {
    expect(toText(goldenResult(), fullContext)).toContain('9 findings (4 errors, 3 warnings, 2 notes); 5 at or above --fail-on live');
    expect(toText(goldenResult(), minimalContext)).not.toContain('--fail-on');
  });

  it('escapes control characters and bidi overrides in file names', () => {
    const result = goldenResult();
    result.findings = [
      makeFinding({
        path: 'evil\u001b[2J\r\n::error::x\u202etxt.js',
        span: spanAt(1, 1, 68),
        masked: 'mon_aB3d…wXy9',
        fingerprint: '00',
      }),
    ];
    const text = toText(result, { ...minimalContext, color: true });
    expect(text.replace(ANSI, '')).not.toMatch(/[\u001b\r\u202e]/);
    expect(text).toContain('evil\\x1b[2J\\r\\n::error::x\\u202etxt.js');
    // The warning path with a newline stays on its own line.
    expect(text).toContain('bad\\nname.txt');
  });
});
