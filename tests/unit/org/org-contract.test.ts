import { describe, expect, it } from 'vitest';
import { DEFAULT_DEADLINE_SETTINGS, DeadlineSettingsSchema } from '../../../shared/domain/workflow/deadlines';
import { DEFAULT_ORG_SETTINGS_INPUT, DeadlineSettingsSchema as OrgDeadlineSettingsSchema, OrgSettingsInputSchema } from '../../../shared/org/org-settings-schema';
import { orgPath } from '../../../shared/org/routes';
import { UpdateUserInputSchema } from '../../../shared/org/user';

describe('the server contract', () => {
  it('reuses the desk’s deadline settings schema rather than a copy', () => {
    expect(OrgDeadlineSettingsSchema).toBe(DeadlineSettingsSchema);
    expect(DEFAULT_ORG_SETTINGS_INPUT.deadlines).toEqual(DEFAULT_DEADLINE_SETTINGS);
  });

  it('builds paths with their ids', () => {
    expect(orgPath('userPassword', { id: 'a b' })).toBe('/api/v1/users/a%20b/password');
    expect(orgPath('orgSettingsAdopt')).toBe('/api/v1/org-settings/adopt');
    expect(() => orgPath('team')).toThrow(/needs an id/);
  });

  it('refuses an empty update and unknown subtypes’ types', () => {
    expect(UpdateUserInputSchema.safeParse({}).success).toBe(false);
    const input = { ...DEFAULT_ORG_SETTINGS_INPUT, taxonomy: { extraSubtypes: { weather: [] } } };
    expect(OrgSettingsInputSchema.safeParse(input).success).toBe(false);
  });

  it('refuses two extra subtypes with one code under a type', () => {
    const twice = { code: 'long_queue', zh: '排队', en: 'Queue' };
    const input = { ...DEFAULT_ORG_SETTINGS_INPUT, taxonomy: { extraSubtypes: { service_quality: [twice, twice] } } };
    const result = OrgSettingsInputSchema.safeParse(input);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['validation.subtype.code.duplicate']);
  });
});
