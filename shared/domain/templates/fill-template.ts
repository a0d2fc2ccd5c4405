import type { Complaint } from '../complaint';
import type { TemplateLanguage } from './reply-templates';

/** The placeholders a template may use, as {{name}}. */
export const PLACEHOLDERS = ['customerName', 'complaintNumber', 'receivedDate', 'dueDate', 'today', 'allowedDays', 'agentName', 'policyNumber'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Partial<Record<Placeholder, string>>;

/** How a placeholder is named to the reader when its value is missing, so the gap is seen before the text is sent. */
const PLACEHOLDER_NAMES: Record<TemplateLanguage, Record<Placeholder, string>> = {
  'zh-CN': {
    customerName: '客户姓名',
    complaintNumber: '投诉编号',
    receivedDate: '受理日期',
    dueDate: '答复期限',
    today: '今天日期',
    allowedDays: '处理时限天数',
    agentName: '经办人',
    policyNumber: '保单号',
  },
  en: {
    customerName: 'customer name',
    complaintNumber: 'complaint number',
    receivedDate: 'date received',
    dueDate: 'answer due by',
    today: "today's date",
    allowedDays: 'days allowed',
    agentName: 'agent',
    policyNumber: 'policy number',
  },
};

export const missingMarker = (placeholder: Placeholder, language: TemplateLanguage) =>
  language === 'zh-CN' ? `【待补：${PLACEHOLDER_NAMES[language][placeholder]}】` : `[missing: ${PLACEHOLDER_NAMES[language][placeholder]}]`;

const isPlaceholder = (name: string): name is Placeholder => (PLACEHOLDERS as readonly string[]).includes(name);

export interface FilledTemplate {
  text: string;
  /** Placeholders that had no value: marked in the text, listed here. */
  missing: Placeholder[];
  /** {{names}} that are no placeholder (a typo in the template): left as written. */
  unknown: string[];
}

/** Fills every {{placeholder}} from the values; a missing or blank value becomes a visible marker, never an empty gap. */
export function fillTemplate(body: string, values: PlaceholderValues, language: TemplateLanguage): FilledTemplate {
  const missing = new Set<Placeholder>();
  const unknown = new Set<string>();
  const text = body.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (whole, name: string) => {
    if (!isPlaceholder(name)) {
      unknown.add(name);
      return whole;
    }
    const value = values[name]?.trim();
    if (value) return value;
    missing.add(name);
    return missingMarker(name, language);
  });
  return { text, missing: [...missing], unknown: [...unknown] };
}

/** A calendar date as a letter writes it, in the organisation's time zone: 2026年11月25日 / 25 November 2026. */
export function formatLetterDate(iso: string, language: TemplateLanguage, timeZone = 'Asia/Shanghai'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const [y, m, d] = [part('year'), part('month'), part('day')];
  if (language === 'zh-CN') return `${y}年${m}月${d}日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

/** The placeholders' values for one complaint, as of now: what templates and letters are filled from. */
export function placeholderValuesOf(
  complaint: Pick<Complaint, 'number' | 'receivedAt' | 'intake' | 'assignee'>,
  deadline: { dueAt: string; allowedDays: number } | null,
  now: Date,
  language: TemplateLanguage,
  timeZone?: string,
): PlaceholderValues {
  return {
    customerName: complaint.intake.customerName,
    complaintNumber: complaint.number,
    receivedDate: formatLetterDate(complaint.receivedAt, language, timeZone),
    dueDate: deadline ? formatLetterDate(deadline.dueAt, language, timeZone) : '',
    today: formatLetterDate(now.toISOString(), language, timeZone),
    allowedDays: deadline ? String(deadline.allowedDays) : '',
    agentName: complaint.assignee?.name ?? '',
    policyNumber: complaint.intake.policyNumber,
  };
}
