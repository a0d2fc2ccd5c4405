import { WatchListSchema, WatchPhraseSchema, type WatchList } from './watch-list';

/** An admin's edit of the watch list: the new list, or why not (an i18n key) and the list unchanged. */
export type WatchListEdit = { ok: true; phrases: WatchList } | { ok: false; messageKey: string };

/** Adds one phrase (trimmed) at the end, under the list's own rules: 1–40 characters, no repeat, at most 300. */
export function addWatchPhrase(phrases: WatchList, phrase: string): WatchListEdit {
  const one = WatchPhraseSchema.safeParse(phrase);
  if (!one.success) return { ok: false, messageKey: one.error.issues[0]!.message };
  const list = WatchListSchema.safeParse([...phrases, one.data]);
  if (!list.success) return { ok: false, messageKey: list.error.issues[0]!.message };
  return { ok: true, phrases: list.data };
}

export function removeWatchPhrase(phrases: WatchList, phrase: string): WatchList {
  return phrases.filter((p) => p !== phrase);
}
