/**
 * One-click tags an agent sets while listening: how the customer feels and what they want.
 * Codes are stored; labels are i18n keys (tags.emotion.*, tags.demand.*).
 */
export const EMOTION_TAGS = ['angry', 'anxious', 'disappointed', 'confused', 'distressed', 'calm', 'threatening_escalation'] as const;
export type EmotionTag = (typeof EMOTION_TAGS)[number];

export const DEMAND_TAGS = [
  'full_compensation',
  'faster_handling',
  'clear_explanation',
  'apology',
  'reconsider_claim',
  'cancel_policy_refund',
  'contact_supervisor',
  'written_reply',
] as const;
export type DemandTag = (typeof DEMAND_TAGS)[number];

export const emotionTagLabelKey = (tag: EmotionTag) => `tags.emotion.${tag}` as const;
export const demandTagLabelKey = (tag: DemandTag) => `tags.demand.${tag}` as const;
