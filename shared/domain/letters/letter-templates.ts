import type { TemplateLanguage } from '../templates/reply-templates';

export const LETTER_KINDS = ['acknowledgement', 'decision', 'extension'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export interface LetterTemplate {
  title: string;
  /** Paragraphs with {{placeholders}} (shared/domain/templates/fill-template) and the letter's own {{decision}}, {{extensionReason}}. */
  paragraphs: string[];
  /** For the decision: what the complainant may do if they disagree. */
  options?: { heading: string; items: string[] };
  closing: string;
}

/**
 * The written notices of 《银行业保险业消费投诉处理管理办法》: receipt, the decision with the complainant's
 * remedies, and the extension. These are the defaults; the organisation's wording replaces them once the
 * server carries letter templates in its settings.
 */
export const LETTER_TEMPLATES: Record<LetterKind, Record<TemplateLanguage, LetterTemplate>> = {
  acknowledgement: {
    'zh-CN': {
      title: '投诉受理告知书',
      paragraphs: [
        '尊敬的{{customerName}}：',
        '您于{{receivedDate}}提出的投诉已收到，投诉编号为{{complaintNumber}}。我公司已依法受理，将在{{allowedDays}}日内（{{dueDate}}前）作出处理决定并告知您。',
        '如需了解处理进展，请致电客户服务热线并告知投诉编号。',
      ],
      closing: '特此告知。',
    },
    en: {
      title: 'Acknowledgement of Receipt of Complaint',
      paragraphs: [
        'Dear {{customerName}},',
        'We received your complaint on {{receivedDate}}; its number is {{complaintNumber}}. We have accepted it and will make and tell you our decision within {{allowedDays}} days, by {{dueDate}}.',
        'To ask how it is progressing, call our customer service line and give the complaint number.',
      ],
      closing: 'Yours sincerely,',
    },
  },
  decision: {
    'zh-CN': {
      title: '投诉处理决定告知书',
      paragraphs: [
        '尊敬的{{customerName}}：',
        '关于您于{{receivedDate}}提出的投诉（编号{{complaintNumber}}），经调查核实，我公司作出如下处理决定：',
        '{{decision}}',
      ],
      options: {
        heading: '如您对上述处理决定有异议，可以：',
        items: [
          '自收到本告知书之日起30日内向我公司申请核查（复核）；',
          '向保险消费纠纷调解组织申请调解；',
          '依据保险合同的约定申请仲裁；',
          '依法向人民法院提起诉讼。',
        ],
      },
      closing: '特此告知。',
    },
    en: {
      title: 'Notice of the Decision on Your Complaint',
      paragraphs: [
        'Dear {{customerName}},',
        'Having looked into the complaint you made on {{receivedDate}} (number {{complaintNumber}}), we have decided as follows:',
        '{{decision}}',
      ],
      options: {
        heading: 'If you disagree with this decision, you may:',
        items: [
          'ask us to review it within 30 days of receiving this notice;',
          'apply for mediation to an insurance dispute mediation body;',
          'apply for arbitration, as your insurance contract provides;',
          'bring an action before the people’s court.',
        ],
      },
      closing: 'Yours sincerely,',
    },
  },
  extension: {
    'zh-CN': {
      title: '投诉处理延期告知书',
      paragraphs: [
        '尊敬的{{customerName}}：',
        '您于{{receivedDate}}提出的投诉（编号{{complaintNumber}}）情况复杂，我公司需要延长处理期限，原因如下：',
        '{{extensionReason}}',
        '延期后的处理期限为{{allowedDays}}日，我公司将于{{dueDate}}前作出处理决定并告知您。',
      ],
      closing: '特此告知。',
    },
    en: {
      title: 'Notice of Extension of the Complaint Deadline',
      paragraphs: [
        'Dear {{customerName}},',
        'Your complaint of {{receivedDate}} (number {{complaintNumber}}) is complex, and we need more time to decide it, for this reason:',
        '{{extensionReason}}',
        'The time allowed is now {{allowedDays}} days: we will tell you our decision by {{dueDate}}.',
      ],
      closing: 'Yours sincerely,',
    },
  },
};
