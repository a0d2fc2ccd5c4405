import { PhraseBookSchema } from '../domain/suggested-phrases';
import { z } from 'zod';

export const phraseCalls = {
  /** Suggested phrases per complaint type, in zh-CN and en (the admin's edits, else the defaults). */
  'phrases.get': { input: z.object({}), output: PhraseBookSchema, access: 'signedIn' },
  /** Replace the whole phrase book. */
  'phrases.set': { input: PhraseBookSchema, output: PhraseBookSchema, access: ['admin'] },
} as const;
