import type { Complaint } from '../complaint';
import { ESCALATION_TAG } from './watch-list';

/** The words a summary takes from the screen's language: the labels of codes (type, subtype, stage, tags). */
export interface SummaryLabels {
  language: 'zh-CN' | 'en';
  type: (code: string) => string;
  subtype: (code: string) => string;
  stage: (code: string) => string;
  emotion: (code: string) => string;
  demand: (code: string) => string;
}

/** How much of the description a summary quotes before "…". */
export const SUMMARY_DESCRIPTION_CHARS = 160;

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/**
 * A one-paragraph draft for handing a complaint over, assembled from its record's fields only (nothing is
 * inferred): who, what type, since when, where it stands, what was said and wanted, how the customer feels,
 * and the escalation threat first when confirmed. The agent edits it before it goes anywhere.
 */
export function draftHandoverSummary(complaint: Complaint, labels: SummaryLabels): string {
  const { intake } = complaint;
  const zh = labels.language === 'zh-CN';
  const received = complaint.receivedAt.slice(0, 10);
  const subtype = intake.complaintSubtype ? labels.subtype(intake.complaintSubtype) : '';
  const kind = `${labels.type(intake.complaintType)}${subtype ? (zh ? '／' : ' / ') + subtype : ''}`;
  const emotions = (intake.emotionTags ?? []).filter((tag) => tag !== ESCALATION_TAG).map(labels.emotion);
  const demands = (intake.demandTags ?? []).map(labels.demand);
  const escalates = intake.emotionTags?.includes(ESCALATION_TAG) ?? false;
  const who = complaint.assignee ? complaint.assignee.name : zh ? '无人' : 'nobody';
  const parts = zh
    ? [
        escalates ? '【客户扬言投诉升级】' : '',
        `${complaint.number}：客户${intake.customerName}于${received}投诉${kind}，现处于${labels.stage(complaint.stage)}环节，由${who}处理。`,
        `客户反映：${clip(intake.description, SUMMARY_DESCRIPTION_CHARS)}`,
        `诉求：${clip(intake.demand, 80)}${demands.length ? `（${demands.join('、')}）` : ''}。`,
        emotions.length ? `情绪：${emotions.join('、')}。` : '',
        intake.initialJudgement ? `初步判断：${clip(intake.initialJudgement, 80)}` : '',
      ]
    : [
        escalates ? '[Customer threatens to escalate] ' : '',
        `${complaint.number}: ${intake.customerName} complained on ${received} about ${kind}; now at ${labels.stage(complaint.stage)}, handled by ${who}. `,
        `Said: ${clip(intake.description, SUMMARY_DESCRIPTION_CHARS)} `,
        `Wants: ${clip(intake.demand, 80)}${demands.length ? ` (${demands.join(', ')})` : ''}. `,
        emotions.length ? `Mood: ${emotions.join(', ')}. ` : '',
        intake.initialJudgement ? `First judgement: ${clip(intake.initialJudgement, 80)}` : '',
      ];
  return parts.join('').trim();
}
