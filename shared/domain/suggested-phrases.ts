import { z } from 'zod';
import { COMPLAINT_TYPE_CODES, type ComplaintType } from './complaint-types';

/**
 * Short phrases an agent can read out to calm and reassure, per complaint type and language.
 * They are content an admin edits (kept in settings), not UI labels, so they are not i18n keys.
 */
export const PHRASE_LANGUAGES = ['zh-CN', 'en'] as const;
export type PhraseLanguage = (typeof PHRASE_LANGUAGES)[number];

export const MAX_PHRASES_PER_LIST = 20;
export const MAX_PHRASE_LENGTH = 200;

const Phrase = z
  .string()
  .trim()
  .min(1, { error: 'validation.phrases.empty' })
  .max(MAX_PHRASE_LENGTH, { error: 'validation.phrases.tooLong' });

const PhraseList = z.array(Phrase).max(MAX_PHRASES_PER_LIST, { error: 'validation.phrases.tooMany' });

export const PhrasesByLanguageSchema = z.object({ 'zh-CN': PhraseList, en: PhraseList });

/** Every complaint type has its list in every language, so the panel never shows a gap. */
export const PhraseBookSchema = z.object(
  Object.fromEntries(COMPLAINT_TYPE_CODES.map((type) => [type, PhrasesByLanguageSchema])) as Record<
    ComplaintType,
    typeof PhrasesByLanguageSchema
  >,
);
export type PhraseBook = z.output<typeof PhraseBookSchema>;

export const DEFAULT_PHRASE_BOOK: PhraseBook = {
  contract_clause: {
    'zh-CN': [
      '您的疑问我完全理解，条款确实比较专业，我来逐条为您解释。',
      '我先把相关条款的原文和适用情况核对清楚，再给您准确的答复。',
      '您的意见我们会如实记录，并反馈给产品部门。',
    ],
    en: [
      'I completely understand; policy wording can be technical. Let me go through it with you clause by clause.',
      'Let me check the exact wording and how it applies to you, so I can give you an accurate answer.',
      'I will record your feedback exactly as you said it and pass it on to the product team.',
    ],
  },
  service_quality: {
    'zh-CN': [
      '给您带来不好的体验，我代表公司向您真诚道歉。',
      '您反映的情况非常重要，我已经详细记录下来了。',
      '我会跟进到底，并在承诺的时间内给您回复。',
    ],
    en: [
      'I am sincerely sorry for the experience you had; I apologise on behalf of the company.',
      'What you are telling me matters, and I have written it all down.',
      'I will follow this through personally and get back to you within the time I promise.',
    ],
  },
  claims_dispute: {
    'zh-CN': [
      '我理解理赔结果和您的预期有差距，您着急的心情我能体会。',
      '我会调取您的理赔材料和定损记录，逐项核对金额。',
      '核查结果出来后，我们会第一时间电话告知您。',
    ],
    en: [
      'I understand the settlement is not what you expected, and I can hear how worrying this is.',
      'I will pull up your claim documents and the assessment and check each amount.',
      'As soon as the review is done, we will call you straight away.',
    ],
  },
  fraud: {
    'zh-CN': [
      '感谢您及时反映，您提供的信息对我们非常重要。',
      '为保护您的权益，我需要核实几项信息，请您理解。',
      '我们会按规定严格保密并尽快核查处理。',
    ],
    en: [
      'Thank you for telling us promptly; the information you give us is very important.',
      'To protect you, I need to confirm a few details; thank you for bearing with me.',
      'We will handle this confidentially, as the rules require, and investigate quickly.',
    ],
  },
};
