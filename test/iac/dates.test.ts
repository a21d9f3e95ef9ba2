/**
 * Dates that do not exist in the calendar (`2027-02-30`) are refused wherever a date is read:
 * `Date.parse` takes them (as 2 March), so before this they silently meant another day.
 */
import { describe, expect, it } from 'vitest';
import { calendarDay } from '../../src/calendar-date.js';
import { checkConfigs } from '../../src/iac/check.js';
import { readManifest } from '../../src/iac/manifest.js';
import { readPlan } from '../../src/iac/plan.js';
import { readTerraform } from '../../src/iac/terraform.js';

const today = new Date('2026-11-28T00:00:00Z');

describe('calendar dates', () => {
  it.each(['2027-02-29', '2027-13-45', '2027-04-31', '2027-00-10', '2027-02-30T00:00:00Z', '2027-03-01T99:00:00Z', '27-03-01'])('refuses %s', (text) => {
    expect(calendarDay(text)).toBeUndefined();
  });

  it.each([
    ['2028-02-29', Date.UTC(2028, 1, 29)],
    ['2027-12-31', Date.UTC(2027, 11, 31)],
    ['2027-03-01T00:00:00Z', Date.UTC(2027, 2, 1)],
  ])('takes %s', (text, time) => {
    expect(calendarDay(text)).toBe(time);
  });

  it('a manifest expiry that is no day is an error at its position', () => {
    expect(() => readManifest('tokens:\n  - name: Shop\n    mode: live\n    expiry: 2027-02-30\n', 'monime-tokens.yaml', true)).toThrow(
      'monime-tokens.yaml:4:13: `expiry` 2027-02-30 is not a day in the calendar',
    );
  });

  it('a suppression until a day that does not exist suppresses nothing and is reported', () => {
    const text = 'tokens:\n  # monime-guard-ignore iac/no-expiry -- legacy until 2027-02-30\n  - name: Legacy Shop\n    mode: live\n    expiry: never\n';
    const { findings } = checkConfigs(readManifest(text, 'monime-tokens.yaml', true), { today });
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['iac/invalid-suppression', 'iac/no-expiry']));
    expect(findings.find((f) => f.ruleId === 'iac/invalid-suppression')!.detail).toMatch(/until.*2027-02-30/);
  });

  it('a Terraform or plan expires_at that is no day is an error naming the resource', async () => {
    const hcl = 'resource "monime_access_token" "shop" {\n  name       = "Shop Website"\n  expires_at = "2027-02-30"\n}\n';
    const read = await readTerraform({ files: [{ file: 'main.tf', text: hcl, report: true }], varFiles: [], environments: [] });
    expect(read.errors).toEqual([expect.stringMatching(/^main\.tf:3:\d+: monime_access_token\.shop: expires_at 2027-02-30 is not a day in the calendar$/)]);
    const plan = JSON.stringify(
      {
        resource_changes: [
          {
            address: 'monime_access_token.shop',
            type: 'monime_access_token',
            change: { actions: ['create'], after: { name: 'Shop Website', expires_at: '2027-02-30' } },
          },
        ],
      },
      null,
      2,
    );
    expect(() => readPlan(plan, 'plan.json')).toThrow(/^plan\.json:\d+:\d+: monime_access_token\.shop: expires_at 2027-02-30 is not a day in the calendar$/);
  });

  it('gives a policy finding the same fingerprint on another day, though its message counts days', () => {
    const configs = readManifest('tokens:\n  - name: Shop Website\n    mode: live\n    expiry: 2027-10-01\n', 'monime-tokens.yaml', true);
    const on = (day: string) => checkConfigs(configs, { today: new Date(day) }).findings.filter((f) => f.ruleId === 'iac/expiry-too-long');
    const [earlier] = on('2026-11-28T00:00:00Z');
    const [later] = on('2026-12-20T00:00:00Z');
    expect(earlier!.detail).not.toBe(later!.detail);
    expect(earlier!.fingerprint).toBe(later!.fingerprint);
  });
});
