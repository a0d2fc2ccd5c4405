import { DEFAULT_PHRASE_BOOK, PhraseBookSchema, type PhraseBook } from '../../../shared/domain/suggested-phrases';
import type { DeskContext } from '../../context';
import { readSetting } from '../../settings';

const PHRASES_KEY = 'suggestedPhrases.book';

/** The admin's phrase book, or the defaults until an admin saves one (or if the stored one is damaged). */
export function readPhraseBook(ctx: DeskContext): PhraseBook {
  return readSetting(ctx.settings, PHRASES_KEY, PhraseBookSchema, DEFAULT_PHRASE_BOOK);
}

export function writePhraseBook(ctx: DeskContext, book: PhraseBook): PhraseBook {
  ctx.settings.set(PHRASES_KEY, book);
  return book;
}
