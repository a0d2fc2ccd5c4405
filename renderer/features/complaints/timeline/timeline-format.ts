import type { TFunction } from 'i18next';
import type { FieldChange, TimelineEvent } from '../../../../shared/domain/complaint';
import { formatDateTime } from '../../../components/format-date-time';
import { formatBytes } from '../../../components/format-bytes';
import { reviewFieldLabel, reviewValueText } from './review-value';
import { stageRecordLines, type RecordLine } from '../records/stage-record-format';

type Text = string | null;
const EMPTY = '—';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const person = (value: unknown, t: TFunction): Text =>
  isRecord(value) ? t('format.person', { name: String(value.name), id: String(value.id) }) : null;
const stageNames = (value: unknown, t: TFunction): Text => {
  const keys = isRecord(value) ? Object.keys(value) : [];
  return keys.length ? keys.map((stage) => t(`stage.${stage}`)).join('、') : null;
};

/** A field's value as an agent reads it: codes translated, people named, records summarised. */
function formatValue(field: string, value: unknown, t: TFunction): Text {
  if (value === null || value === undefined) return null;
  switch (field) {
    case 'stage':
      return t(`stage.${String(value)}`);
    case 'status':
      return t(`status.${String(value)}`);
    case 'complexity':
      return t(`workflow.complexity.${String(value)}`);
    case 'assignee':
      return person(value, t);
    case 'endedAt':
      return formatDateTime(String(value));
    case 'stages':
      return stageNames(value, t);
    case 'extension': {
      if (!isRecord(value) || !isRecord(value.notice)) return null;
      const { notice } = value;
      return t('timeline.value.extension', {
        by: person(value.approvedBy, t),
        at: formatDateTime(String(notice.toldAt)),
        method: t(`workflow.contactMethod.${String(notice.method)}`),
        reason: String(notice.reason),
      });
    }
    case 'withdrawal':
      return isRecord(value) ? t('timeline.value.withdrawal', { at: formatDateTime(String(value.receivedAt)), reason: String(value.reason) || EMPTY }) : null;
    case 'intake':
      return isRecord(value) ? `${String(value.customerName)} · ${String(value.contactPhone)}` : null;
    case 'solutionRefusals':
      return Array.isArray(value) ? t('timeline.value.refusals', { count: value.length }) : null;
    case 'suspensions':
      return Array.isArray(value) ? t('timeline.value.suspensions', { count: value.length }) : null;
    case 'contacts':
      return Array.isArray(value) ? t('timeline.value.contacts', { count: value.length }) : null;
    case 'returnVisit':
      return isRecord(value) && Array.isArray(value.attempts)
        ? isRecord(value.result)
          ? t('timeline.value.returnVisitDone', { count: value.attempts.length, satisfaction: t(`returnVisit.satisfaction.${String(value.result.satisfaction)}`) })
          : t('timeline.value.returnVisitPending', { count: value.attempts.length })
        : null;
    case 'quality':
      return isRecord(value) && typeof value.score === 'number' ? t('timeline.value.quality', { score: value.score, max: String(value.max) }) : null;
    default:
      return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
  }
}

export interface ChangeLine {
  field: string;
  label: string;
  /** What it was; none for a stage record, which reads as a state (已填写, its lines below) rather than "— → 已填写". */
  from?: string;
  to: string;
  /** For a stage's recorded data: what was recorded, line by line (empty when it was taken away). */
  record?: RecordLine[];
}

const STAGE_RECORD = 'stages.';

export function describeChange(change: FieldChange, t: TFunction): ChangeLine {
  if (change.field.startsWith(STAGE_RECORD)) {
    const stage = change.field.slice(STAGE_RECORD.length);
    const recorded = change.to !== null && change.to !== undefined;
    return {
      field: change.field,
      label: t('timeline.field.stageRecord', { stage: t(`stage.${stage}`) }),
      to: recorded ? t('timeline.value.recorded') : t('timeline.value.movedToRefusals'),
      record: recorded ? stageRecordLines(stage, change.to, t) : undefined,
    };
  }
  return {
    field: change.field,
    label: t(`timeline.field.${change.field}`, { defaultValue: change.field }),
    from: formatValue(change.field, change.from, t) ?? EMPTY,
    to: formatValue(change.field, change.to, t) ?? EMPTY,
  };
}

/** What the event says beyond its changes: a refusal's or withdrawal's reason, a note's text. */
export function eventDetail(event: TimelineEvent, t: TFunction): string | null {
  const text = (key: string) => (typeof event.data[key] === 'string' && event.data[key] ? String(event.data[key]) : null);
  if (event.kind === 'note.added') return text('text');
  if (event.kind === 'review.resolved' && Array.isArray(event.data.choices)) return reviewChoicesText(event.data.choices, t);
  if (event.kind.startsWith('attachment.') && typeof event.data.size === 'number') {
    const file = t('timeline.attachment', { name: text('name'), size: formatBytes(event.data.size), sha256: text('sha256') });
    const reason = text('reason');
    return reason ? `${file}\n${t('timeline.reason', { reason })}` : file;
  }
  if (event.kind === 'complaint.assigned' && isRecord(event.data.rule) && isRecord(event.data.rule.name)) {
    // The rule's name as the admin gave it, in the UI's language (assignment.nameField: zh or en).
    const name = event.data.rule.name[t('assignment.nameField')];
    const rule = t('assignment.timelineRule', { rule: typeof name === 'string' ? name : String(event.data.rule.id) });
    return typeof event.data.nobodyFits === 'string' ? `${rule}\n${t(`assignment.nobodyFits.${event.data.nobodyFits}`)}` : rule;
  }
  if (event.kind === 'clock.resumed' && typeof event.data.suspendedMs === 'number') {
    return t('timeline.resumed', { outcome: text('outcome') ?? EMPTY, days: Math.round((event.data.suspendedMs / 86_400_000) * 10) / 10 });
  }
  if (event.kind === 'contact.recorded') return t('timeline.contact', { method: t(`workflow.contactMethod.${text('method')}`), at: formatDateTime(text('at') ?? event.at) });
  if (event.kind === 'letter.sent') return t('timeline.letter', { letter: t(`letters.kind.${text('letter')}`), method: t(`workflow.contactMethod.${text('method')}`), sentAt: formatDateTime(text('sentAt') ?? event.at) });
  const reason = text('reason');
  return reason ? t('timeline.reason', { reason }) : null;
}

/** A resolved review: per field, which side the lead kept, the value and the one not taken. */
function reviewChoicesText(choices: unknown[], t: TFunction): string {
  return choices
    .filter(isRecord)
    .map((c) => {
      const field = String(c.field);
      return t('sync.review.chosen', {
        field: reviewFieldLabel(field, t),
        chosen: t(`sync.review.side.${String(c.chosen)}`),
        value: reviewValueText(field, c.value, t),
        other: reviewValueText(field, c.other, t),
      });
    })
    .join('\n');
}
