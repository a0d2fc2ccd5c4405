import { keywordWeights, segmenter } from './tokenizer';

export interface KeywordChip {
  keyword: string;
  weight: number;
}

/** Words that rank high by IDF but say nothing about a complaint. */
const STOP_KEYWORDS = new Set(['客户', '反映', '表示', '要求', '认为', '我们', '你们', '他们', '这个', '那个', '怎么', '什么', '现在', '时候', '已经', '一下']);

/** Parts of speech a key term may be (jieba's tags): nouns, place and organisation names, verbs, idioms, Latin words — not numbers, times or pronouns. */
const KEYWORD_POS = ['n', 'ns', 'nt', 'nz', 'vn', 'v', 'l', 'i', 'eng'];

/** The description's key terms by TF-IDF (jieba's IDF table), at most `limit`, two characters or more. */
export function keywordsOf(text: string, limit = 8): KeywordChip[] {
  if (text.trim().length === 0) return [];
  return keywordWeights()
    .extractKeywords(segmenter(), text, limit + STOP_KEYWORDS.size, KEYWORD_POS)
    .filter((k) => k.keyword.length >= 2 && !STOP_KEYWORDS.has(k.keyword) && !/^\d+$/.test(k.keyword))
    .slice(0, limit)
    .map((k) => ({ keyword: k.keyword, weight: Math.round(k.weight * 1000) / 1000 }));
}
