import type { TFunction } from 'i18next';
import { STAGES, type Stage } from '../../../../shared/domain/stages';
import { formatDateTime } from '../../../components/format-date-time';
import { stageFieldLabelKey } from './stage-field-labels';

/** Fields holding codes, and where their translations live. */
const CODES_OF: Record<string, string> = {
  channel: 'channel',
  method: 'workflow.contactMethod',
  demandStrength: 'workflow.demandStrength',
  level: 'workflow.responsibilityLevel',
  areas: 'workflow.responsibilityArea',
  kinds: 'workflow.externalFactorKind',
  // Who complained, for whom (registration's representation): person/organisation, self/agent/heir, the document.
  kind: 'regulatory.kindValue',
};
const MOMENTS = new Set(['at', 'toldAt']);

export interface RecordLine {
  label: string;
  value: string;
}

const isStage = (stage: string): stage is Stage => (STAGES as readonly string[]).includes(stage);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function formatLeaf(key: string, value: unknown, t: TFunction): string {
  if (typeof value === 'boolean') return t(value ? 'timeline.value.yes' : 'timeline.value.no');
  if (Array.isArray(value)) {
    const separator = value.some(isRecord) ? '；' : '、';
    return value.map((item) => formatLeaf(key, item, t)).filter(Boolean).join(separator);
  }
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => formatLeaf(k, v, t)).filter(Boolean).join(' / ');
  const text = value === null || value === undefined ? '' : String(value);
  if (!text) return '';
  if (CODES_OF[key]) return t(`${CODES_OF[key]}.${text}`);
  return MOMENTS.has(key) ? formatDateTime(text) : text;
}

/** A stage's recorded data as labelled lines, in the order the form asks for it; empty answers left out. */
export function stageRecordLines(stage: string, record: unknown, t: TFunction, path: string[] = []): RecordLine[] {
  if (!isRecord(record)) return [];
  return Object.entries(record).flatMap(([key, value]): RecordLine[] => {
    const full = [...path, key].join('.');
    if (isRecord(value)) return stageRecordLines(stage, value, t, [...path, key]);
    const text = formatLeaf(key, value, t);
    if (!text) return [];
    const label = isStage(stage) ? t(stageFieldLabelKey(stage, full), { defaultValue: key }) : key;
    return [{ label, value: text }];
  });
}
