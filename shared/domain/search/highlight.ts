import { normalizeForSearch } from './normalize';
import { aliasesOf, type SearchSection } from './search-document';

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
  return toSegments(chars, hitsOf(chars, terms), 0, chars.length);
}

/** The same, shortened to a window starting a little before the first match, cuts marked with "…". */
export function highlightSnippet(text: string, terms: readonly string[]): HighlightSegment[] {
  const chars = Array.from(text);
  const hit = hitsOf(chars, terms);
  if (chars.length <= SNIPPET_CHARS) return toSegments(chars, hit, 0, chars.length);
  const start = Math.max(0, Math.max(0, hit.indexOf(true)) - CONTEXT_BEFORE);
  const end = Math.min(chars.length, start + SNIPPET_CHARS);
  const out = toSegments(chars, hit, start, end);
  if (start > 0) out.unshift({ text: '…', hit: false });
  if (end < chars.length) out.push({ text: '…', hit: false });
  return out;
}

function hitsOf(chars: readonly string[], terms: readonly string[]): boolean[] {
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
  return hit;
}

/** One character in normalizeForSearch's form; ASCII and common CJK take a short path (this runs per shown character). */
function normalizeChar(c: string): string {
  const code = c.codePointAt(0)!;
  if (code < 0x80) return /[a-z0-9]/i.test(c) ? c.toLowerCase() : '';
  if (code >= 0x4e00 && code <= 0x9fff) return c;
  return c.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function toSegments(chars: readonly string[], hit: readonly boolean[], start: number, end: number): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  for (let i = start; i < end; i++) {
    const last = segments.at(-1);
    if (last && last.hit === hit[i]) last.text += chars[i];
    else segments.push({ text: chars[i]!, hit: hit[i]! });
  }
  return segments;
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
    if (terms.some((t) => normalized.includes(t))) matches.push({ field: section.field, segments: highlightSnippet(section.text, terms) });
    else if (foundByAlias(section, terms)) matches.push({ field: section.field, segments: [{ text: section.text, hit: true }] });
  }
  return matches;
}

/** Aliases are digits (phones) or Latin letters (pinyin): only such terms can match one, and only those pay for computing them. */
function foundByAlias(section: SearchSection, terms: readonly string[]): boolean {
  const shape = section.aliases === 'phone' ? /^\d+$/ : /^[a-z]+$/;
  const candidates = section.aliases === null ? [] : terms.filter((t) => shape.test(t));
  if (candidates.length === 0) return false;
  const aliases = aliasesOf(section);
  return candidates.some((t) => aliases.some((alias) => alias.includes(t)));
}
