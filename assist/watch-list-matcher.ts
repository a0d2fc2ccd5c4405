import { Mint } from 'mint-filter';
import { escalationRisk, type EscalationRisk } from '../shared/domain/assist/watch-list';

/**
 * The watch list as an Aho–Corasick automaton (mint-filter): one pass over the text whatever the number of
 * phrases. Built once per list; a new list (a newer settings version) builds a new one.
 */
export class WatchListMatcher {
  private readonly automaton: Mint | null;

  constructor(readonly phrases: readonly string[]) {
    const cleaned = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter((p) => p.length > 0))];
    this.automaton = cleaned.length > 0 ? new Mint(cleaned) : null;
  }

  /** The phrases heard in the text (letters compared in lower case). */
  matches(text: string): string[] {
    if (!this.automaton || text.length === 0) return [];
    return this.automaton.filter(text.toLowerCase(), { replace: false }).words;
  }

  risk(text: string): EscalationRisk {
    return escalationRisk(this.matches(text));
  }
}

let cached: { key: string; matcher: WatchListMatcher } | null = null;

/** The matcher of a list, rebuilt only when the list changes. */
export function matcherFor(phrases: readonly string[]): WatchListMatcher {
  const key = phrases.join('\u0000');
  if (cached?.key !== key) cached = { key, matcher: new WatchListMatcher(phrases) };
  return cached.matcher;
}
