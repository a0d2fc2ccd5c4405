import { DEFAULT_PHRASE_BOOK, type PhraseBook } from '../../../shared/domain/suggested-phrases';
import type { DeskContext } from '../../context';
import { legacyPhraseBook } from '../org/legacy-local-settings';
import { cachedOrgSettings, saveOrgSettingsPart } from '../org/org-settings';

/** The organisation's phrase book (cached from the server); before the first online sign-in this desk's old one; else the defaults. */
export function readPhraseBook(ctx: DeskContext): PhraseBook {
  return cachedOrgSettings(ctx)?.phrases ?? legacyPhraseBook(ctx) ?? DEFAULT_PHRASE_BOOK;
}

/** An admin's change goes to the server (online only) and refreshes the cache. */
export async function writePhraseBook(ctx: DeskContext, phrases: PhraseBook): Promise<PhraseBook> {
  return (await saveOrgSettingsPart(ctx, { phrases })).phrases;
}
