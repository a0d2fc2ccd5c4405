import { z } from 'zod';

/** How this desk draws its screens, kept on the desk (not the person, not the server): high contrast or the standard look. */
export const DisplaySettingsSchema = z.object({ highContrast: z.boolean() }).strict();
export type DisplaySettings = z.infer<typeof DisplaySettingsSchema>;

export const displayCalls = {
  /** Public: the sign-in and lock screens are drawn in the desk's contrast too. */
  'settings.display.get': { input: z.object({}).strict(), output: DisplaySettingsSchema, access: 'public' },
  'settings.display.set': { input: DisplaySettingsSchema, output: DisplaySettingsSchema, access: 'signedIn' },
} as const;
