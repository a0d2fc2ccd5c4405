import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../components/format-date-time';
import { stageRecordLines } from '../records/stage-record-format';

const EMPTY = '—';
const STAGE_PREFIX = 'stages.';
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A designated field's name as a lead reads it (客户联系方式, 解决方案及补偿 …). */
export const reviewFieldLabel = (field: string, t: TFunction) => t(`sync.review.field.${field}`, { defaultValue: field });

/** One side's value of a conflicting field, as text: the contact details, a receipt time, or a stage record line by line. */
export function reviewValueText(field: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined) return EMPTY;
  // A receipt time flagged by the server's clock rule: a date and time, never the raw ISO string.
  if (field === 'receivedAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return formatDateTime(value);
  if (field === 'intake' && isRecord(value)) return `${String(value.customerName)} · ${String(value.contactPhone)}`;
  if (field.startsWith(STAGE_PREFIX)) {
    const lines = stageRecordLines(field.slice(STAGE_PREFIX.length), value, t);
    if (lines.length > 0) return lines.map((l) => `${l.label}：${l.value}`).join('\n');
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}
