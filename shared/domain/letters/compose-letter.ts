import type { Complaint } from '../complaint';
import { fillTemplate, placeholderValuesOf, type Placeholder } from '../templates/fill-template';
import type { TemplateLanguage } from '../templates/reply-templates';
import { LETTER_TEMPLATES, type LetterKind } from './letter-templates';

/** A letter ready to print: what the PDF shows, line for line. */
export interface LetterDocument {
  kind: LetterKind;
  language: TemplateLanguage;
  letterhead: string;
  title: string;
  reference: string;
  date: string;
  paragraphs: string[];
  options: { heading: string; items: string[] } | null;
  closing: string;
  /** Placeholders the complaint had no value for, marked in the text. */
  missing: Placeholder[];
}

export type LetterAvailability = { available: true } | { available: false; reasonKey: string };

/** Whether the complaint has what the letter states: a decision needs a recorded solution, an extension notice an approved extension. */
export function letterAvailability(kind: LetterKind, complaint: Pick<Complaint, 'stages' | 'extension'>): LetterAvailability {
  if (kind === 'decision' && !complaint.stages.solution) return { available: false, reasonKey: 'letters.unavailable.noDecision' };
  if (kind === 'extension' && !complaint.extension) return { available: false, reasonKey: 'letters.unavailable.noExtension' };
  return { available: true };
}

/** The decision as the letter states it: the chosen solution and its steps. */
function decisionText(complaint: Complaint, language: TemplateLanguage): string {
  const solution = complaint.stages.solution;
  if (!solution) return '';
  const steps = solution.steps.map((step, i) => (language === 'zh-CN' ? `${i + 1}. ${step.description}（${step.dueDate}前）` : `${i + 1}. ${step.description} (by ${step.dueDate})`));
  return [solution.chosenOption, ...steps].join('\n');
}

/** The letter of this kind for the complaint, filled from its template: a pure function, the PDF only lays it out. */
export function composeLetter(
  kind: LetterKind,
  complaint: Complaint,
  deadline: { dueAt: string; allowedDays: number },
  now: Date,
  language: TemplateLanguage,
  letterhead: string,
): LetterDocument {
  const template = LETTER_TEMPLATES[kind][language];
  const values = placeholderValuesOf(complaint, deadline, now, language);
  const missing = new Set<Placeholder>();
  const fill = (text: string) => {
    const own = text.replace('{{decision}}', decisionText(complaint, language)).replace('{{extensionReason}}', complaint.extension?.notice.reason ?? '');
    const filled = fillTemplate(own, values, language);
    filled.missing.forEach((m) => missing.add(m));
    return filled.text;
  };
  const paragraphs = template.paragraphs.map(fill);
  return {
    kind,
    language,
    letterhead,
    title: template.title,
    reference: language === 'zh-CN' ? `投诉编号：${complaint.number}` : `Complaint number: ${complaint.number}`,
    date: values.today ?? '',
    paragraphs,
    options: template.options ?? null,
    closing: template.closing,
    missing: [...missing],
  };
}
