import { normalizeForSearch } from './normalize';
import type { SearchSection } from './search-document';

export interface HighlightSegment {
  text: string;
  hit: boolean;
}

/** Characters shown before the first match of a long text. */
const CONTEXT_BEFORE = 16;
/** Characters shown in all, at most, around matches. */
const SNIPPET_CHARS = 90;

/**
 * Splits text as written into segments, marking where a (normalized) term occurs: each character
 * is normalized on its own and mapped back, so "138-0013-8000" highlights for "00138000" across the dashes.
 */
export function highlight(text: string, terms: readonly string[]): HighlightSegment[] {
  const chars = Array.from(text);
  let normalized = '';
  const owner: number[] = [];
  chars.forEach((c, i) => {
    for (const unit of normalizeChar(c)) {
      normalized += unit;
      for (let k = 0; k < unit.length; k++) owner.push(i);
    }
  });
  const hit = new Array<boolean>(chars.length).fill(false);
  for (const term of terms) {
    for (let at = normalized.indexOf(term); at !== -1 && term.length > 0; at = normalized.indexOf(term, at + 1)) {
      for (let k = owner[at]!; k <= owner[at + term.length - 1]!; k++) hit[k] = true;
    }
  }
  return toSegments(chars, hit);
}


/** One character in normalizeForSearch's form; ASCII and common CJK take a short path (this runs per shown character). */
function normalizeChar(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x80) return /[a-z0-9]/i.test(c) ? c.toLowerCase() : '';
  if (code >= 0x4e00 && code <= 0x9fff) return c;
  return c.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function toSegments(chars: readonly string[], hit: readonly boolean[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  chars.forEach((c, i) => {
    const last = segments.at(-1);
    if (last && last.hit === hit[i]) last.text += c;
    else segments.push({ text: c, hit: hit[i]! });
  });
  return segments;
}

/** Shortens highlighted text to a window starting a little before the first match, marking cuts with "…". */
export function snippet(segments: readonly HighlightSegment[]): HighlightSegment[] {
  const chars = segments.flatMap((s) => Array.from(s.text).map((c) => ({ c, hit: s.hit })));
  if (chars.length <= SNIPPET_CHARS) return [...segments];
  const first = Math.max(0, chars.findIndex((x) => x.hit));
  const start = Math.max(0, first - CONTEXT_BEFORE);
  const end = Math.min(chars.length, start + SNIPPET_CHARS);
  const window = chars.slice(start, end);
  const out = toSegments(window.map((x) => x.c), window.map((x) => x.hit));
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (end < chars.length) out.push({ text: '…', hit: false });
  return out;
}

export interface SectionMatch {
  field: SearchSection['field'];
  segments: HighlightSegment[];
}

/**
 * The sections a complaint was found by, highlighted, at most `max` of them. A section found
 * through an alias only (pinyin of a name, another form of a phone) is highlighted whole.
 */
export function matchedSections(sections: readonly SearchSection[], terms: readonly string[], max = 3): SectionMatch[] {
  const matches: SectionMatch[] = [];
  for (const section of sections) {
    if (matches.length >= max) break;
    const normalized = normalizeForSearch(section.text);
    if (terms.some((t) => normalized.includes(t))) matches.push({ field: section.field, segments: snippet(highlight(section.text, terms)) });
    else if (section.aliases.some((alias) => terms.some((t) => alias.includes(t)))) {
      matches.push({ field: section.field, segments: [{ text: section.text, hit: true }] });
    }
  }
  return matches;
}
