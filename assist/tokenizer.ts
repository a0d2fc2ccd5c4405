import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';

/**
 * Chinese word segmentation and keyword weights, fully offline: the dictionary and the IDF table ship
 * inside @node-rs/jieba. Loading them takes ≈ 0.2 s, so each is loaded once, on first use.
 */
let jieba: Jieba | null = null;
let tfIdf: TfIdf | null = null;

export function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

export function keywordWeights(): TfIdf {
  tfIdf ??= TfIdf.withDict(idf);
  return tfIdf;
}

/** The words of a text (precise mode, HMM on for words the dictionary lacks, such as names). */
export function tokenize(text: string): string[] {
  return segmenter().cut(text, true);
}
