import { z } from 'zod';
import { ClockSettingsSchema } from '../domain/calendar/clock-settings';
import { OrgSettingsSchema } from '../org/org-settings-schema';

export const clockCalls = {
  /** The working calendar, first-contact hours and return-visit days as this desk last fetched them (the defaults before). */
  'clock.settings': { input: z.object({}).strict(), output: ClockSettingsSchema, access: 'signedIn' },
  /** An admin replaces them on the server (online only); answers the new settings, cached at once. */
  'clock.settings.save': { input: ClockSettingsSchema, output: OrgSettingsSchema, access: ['admin'] },
} as const;
