import { z } from 'zod';

/**
 * The escalation watch list: phrases that signal a complaint about to go to the regulator, the press or
 * a court. The organisation edits it (its settings); a desk matches it against what the customer says
 * or the agent types, in time linear in the text (Aho–Corasick, assist/watch-list-matcher.ts).
 */
export const MAX_WATCH_PHRASES = 300;
export const MAX_WATCH_PHRASE_LENGTH = 40;

export const WatchPhraseSchema = z
  .string({ error: 'assist.validation.watchList.phrase.required' })
  .trim()
  .min(1, { error: 'assist.validation.watchList.phrase.required' })
  .max(MAX_WATCH_PHRASE_LENGTH, { error: 'assist.validation.watchList.phrase.tooLong' });

export const WatchListSchema = z
  .array(WatchPhraseSchema)
  .max(MAX_WATCH_PHRASES, { error: 'assist.validation.watchList.tooMany' })
  .refine((list) => new Set(list).size === list.length, { error: 'assist.validation.watchList.duplicate' });
export type WatchList = z.infer<typeof WatchListSchema>;

/** What every organisation starts with. */
export const DEFAULT_WATCH_LIST: WatchList = [
  '12378',
  '金融监管总局',
  '金融监督管理总局',
  '银保监',
  '保监会',
  '监管部门',
  '监管局',
  '消费者协会',
  '消协',
  '12345',
  '市长热线',
  '记者',
  '媒体',
  '电视台',
  '曝光',
  '律师',
  '起诉',
  '法院',
  '打官司',
  '仲裁',
  '网上发帖',
  '发微博',
  '抖音',
  '黑猫投诉',
  '退保',
  '上访',
  '信访',
];

/** The quick tag the risk lights (shared/domain/quick-tags.ts). */
export const ESCALATION_TAG = 'threatening_escalation' as const;

export interface EscalationRisk {
  /** Whether the 扬言投诉升级 tag should be suggested. */
  suggested: boolean;
  /** The watch-list phrases heard, each once, in the order first heard. */
  phrases: string[];
}

/** The rule: any phrase of the list heard suggests the tag (the agent confirms it). */
export function escalationRisk(matches: readonly string[]): EscalationRisk {
  const phrases = [...new Set(matches)];
  return { suggested: phrases.length > 0, phrases };
}
