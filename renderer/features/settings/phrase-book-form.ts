import { z } from 'zod';
import type { ApiErrorBody } from '../../../shared/api/errors';
import { COMPLAINT_TYPE_CODES, type ComplaintType } from '../../../shared/domain/complaint-types';
import {
  MAX_PHRASES_PER_LIST,
  PHRASE_LANGUAGES,
  PhrasesByLanguageSchema,
  type PhraseBook,
  type PhraseLanguage,
} from '../../../shared/domain/suggested-phrases';

/*
 * useFieldArray only handles lists of objects, so the editor holds each phrase as { text }.
 * The rules are the domain's own: the phrase schema is taken from PhraseBookSchema's lists.
 */
const Phrase = PhrasesByLanguageSchema.shape['zh-CN'].element;
const PhraseRows = z.array(z.object({ text: Phrase })).max(MAX_PHRASES_PER_LIST, { error: 'validation.phrases.tooMany' });
const RowsByLanguage = z.object({ 'zh-CN': PhraseRows, en: PhraseRows });

export const PhraseBookFormSchema = z.object(
  Object.fromEntries(COMPLAINT_TYPE_CODES.map((type) => [type, RowsByLanguage])) as Record<ComplaintType, typeof RowsByLanguage>,
);
export type PhraseBookFormInput = z.input<typeof PhraseBookFormSchema>;
export type PhraseBookFormValues = z.output<typeof PhraseBookFormSchema>;
export type PhraseRowsByLanguage = PhraseBookFormInput[ComplaintType];

export function rowsOf(phrases: PhraseBook[ComplaintType]): PhraseRowsByLanguage {
  const rows = (language: PhraseLanguage) => phrases[language].map((text) => ({ text }));
  return { 'zh-CN': rows('zh-CN'), en: rows('en') };
}

export function toFormValues(book: PhraseBook): PhraseBookFormInput {
  return Object.fromEntries(COMPLAINT_TYPE_CODES.map((type) => [type, rowsOf(book[type])])) as PhraseBookFormInput;
}

export function toPhraseBook(values: PhraseBookFormValues): PhraseBook {
  const texts = (type: ComplaintType) =>
    Object.fromEntries(PHRASE_LANGUAGES.map((language) => [language, values[type][language].map((row) => row.text)]));
  return Object.fromEntries(COMPLAINT_TYPE_CODES.map((type) => [type, texts(type)])) as PhraseBook;
}

/** The desk names a phrase `type.language.index`; in the form it is `type.language.index.text`. */
export function toFormIssues(body: ApiErrorBody): ApiErrorBody {
  if (!body.issues) return body;
  const issues = body.issues.map((issue) =>
    issue.path.length === 3 && typeof issue.path[2] === 'number' ? { ...issue, path: [...issue.path, 'text'] } : issue,
  );
  return { ...body, issues };
}
