import { z } from 'zod';

export const MIN_PASSPHRASE = 8;

export const unlockCalls = {
  /**
   * Electron on Linux without a keychain: the passphrase that unwraps (the first time: protects) the
   * database key. Only the shell answers it while the desk is locked; an open desk answers {} at once.
   */
  'desk.unlock': {
    input: z.object({ passphrase: z.string().min(MIN_PASSPHRASE, { error: 'unlock.tooShort' }).max(1024) }).strict(),
    output: z.object({}),
    access: 'public',
  },
} as const;
