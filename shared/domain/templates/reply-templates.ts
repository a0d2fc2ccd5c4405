import { z } from 'zod';

export const TEMPLATE_LANGUAGES = ['zh-CN', 'en'] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** What a template is for; the picker lists the ones for the field being typed first. */
export const TEMPLATE_PURPOSES = ['initialJudgement', 'solution', 'feedback', 'general'] as const;

export const ReplyTemplateSchema = z.object({
  id: z.string().trim().min(1).max(64),
  language: z.enum(TEMPLATE_LANGUAGES),
  purpose: z.enum(TEMPLATE_PURPOSES),
  title: z.string({ error: 'templates.validation.titleRequired' }).trim().min(1, { error: 'templates.validation.titleRequired' }).max(80, { error: 'templates.validation.titleTooLong' }),
  body: z.string({ error: 'templates.validation.bodyRequired' }).trim().min(1, { error: 'templates.validation.bodyRequired' }).max(4000, { error: 'templates.validation.bodyTooLong' }),
});
export type ReplyTemplate = z.infer<typeof ReplyTemplateSchema>;

export const ReplyTemplatesSchema = z
  .array(ReplyTemplateSchema)
  .max(200, { error: 'templates.validation.tooMany' })
  .refine((list) => new Set(list.map((t) => t.id)).size === list.length, { error: 'templates.validation.duplicateId' });

/** The defaults until an admin edits them: the texts agents write again and again, in both languages. */
export const DEFAULT_REPLY_TEMPLATES: ReplyTemplate[] = [
  {
    id: 'ack-zh',
    language: 'zh-CN',
    purpose: 'initialJudgement',
    title: '受理确认',
    body: '{{customerName}}您好，您于{{receivedDate}}提出的投诉（编号{{complaintNumber}}）我们已受理，将于{{dueDate}}前给您答复。',
  },
  {
    id: 'ack-en',
    language: 'en',
    purpose: 'initialJudgement',
    title: 'Receipt confirmed',
    body: 'Dear {{customerName}}, we received your complaint {{complaintNumber}} on {{receivedDate}} and will answer by {{dueDate}}.',
  },
  {
    id: 'solution-zh',
    language: 'zh-CN',
    purpose: 'solution',
    title: '方案说明',
    body: '经核实，针对投诉{{complaintNumber}}，我们拟采取以下措施：',
  },
  {
    id: 'solution-en',
    language: 'en',
    purpose: 'solution',
    title: 'Proposed solution',
    body: 'Having looked into complaint {{complaintNumber}}, we propose the following:',
  },
  {
    id: 'feedback-zh',
    language: 'zh-CN',
    purpose: 'feedback',
    title: '回访',
    body: '{{customerName}}您好，关于投诉{{complaintNumber}}的处理结果，请问您是否满意？（{{today}}回访）',
  },
  {
    id: 'feedback-en',
    language: 'en',
    purpose: 'feedback',
    title: 'Follow-up call',
    body: 'Dear {{customerName}}, are you satisfied with how complaint {{complaintNumber}} was resolved? (called {{today}})',
  },
];
