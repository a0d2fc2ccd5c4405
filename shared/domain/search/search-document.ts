import type { Complaint } from '../complaint';
import { normalizeForSearch } from './normalize';
import { namePinyin } from './name-pinyin';
import { phoneDigitForms, phoneKeys } from './phone-keys';

/** Where a piece of searchable text comes from; the UI names it beside a highlighted match. */
export const SEARCH_FIELDS = [
  'number',
  'customerName',
  'contactPhone',
  'policyNumber',
  'callNumber',
  'description',
  'demand',
  'initialJudgement',
  'stageText',
  'note',
] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Identifiers rank first, names second, other text last. */
export type SearchColumn = 'ids' | 'names' | 'body';

export interface SearchSection {
  field: SearchField;
  column: SearchColumn;
  /** The text as written, for showing and highlighting. */
  text: string;
  /** What else the text is found by: a name by its pinyin, a phone by its other digit forms (see aliasesOf). */
  aliases: 'pinyin' | 'phone' | null;
}

/** What a complaint contributes to the index. */
export interface SearchDocument {
  sections: SearchSection[];
  /** Each column's normalized values: a term matches when it is a substring of one of them. */
  columns: Record<SearchColumn, string[]>;
  /** Exact keys: number, policy numbers, phone digit forms and their last 4–8 digits. */
  keys: string[];
}

export interface SearchSource {
  complaint: Complaint;
  /** The complaint's internal notes, oldest first. */
  notes: readonly string[];
  /** The numbers of the calls linked to the complaint (a customer calling from a new phone). */
  callNumbers: readonly string[];
}

/** Keys of stage data that hold codes, dates or ids rather than words a person would search for. */
const NON_TEXT_KEYS = new Set(['at', 'dueDate', 'method', 'channel', 'level', 'areas', 'kinds', 'demandStrength', 'toldAt', 'receivedAt', 'recordedAt', 'approvedAt', 'id']);

export function buildSearchDocument(source: SearchSource): SearchDocument {
  const sections = searchSections(source);
  const aliases = sections.map(aliasesOf);
  return { sections, columns: columnsOf(sections, aliases), keys: keysOf(sections, aliases) };
}

/** The searchable texts of a complaint, as written, with what else each is found by. */
export function searchSections(source: SearchSource): SearchSection[] {
  const { complaint } = source;
  const intake = complaint.intake;
  const sections: SearchSection[] = [];
  const add = (field: SearchField, column: SearchColumn, text: string, aliases: SearchSection['aliases'] = null) => {
    if (text.trim() !== '') sections.push({ field, column, text, aliases });
  };

  add('number', 'ids', complaint.number);
  add('policyNumber', 'ids', intake.policyNumber);
  const registeredPolicy = complaint.stages.registration?.policy.policyNumber;
  if (registeredPolicy && normalizeForSearch(registeredPolicy) !== normalizeForSearch(intake.policyNumber)) {
    add('policyNumber', 'ids', registeredPolicy);
  }
  add('contactPhone', 'ids', intake.contactPhone, 'phone');
  for (const number of new Set(source.callNumbers)) {
    if (number !== intake.contactPhone) add('callNumber', 'ids', number, 'phone');
  }
  add('customerName', 'names', intake.customerName, 'pinyin');
  add('description', 'body', intake.description);
  add('demand', 'body', intake.demand);
  add('initialJudgement', 'body', intake.initialJudgement);
  for (const text of stageTexts(complaint)) add('stageText', 'body', text);
  for (const note of source.notes) add('note', 'body', note);
  return sections;
}

/** The other normalized forms a section is found by; computed on demand (pinyin and phone parsing cost). */
export function aliasesOf(section: Pick<SearchSection, 'text' | 'aliases'>): string[] {
  if (section.aliases === 'phone') return phoneDigitForms(section.text);
  if (section.aliases === 'pinyin') {
    const pinyin = namePinyin(section.text);
    return [pinyin.full, pinyin.initials];
  }
  return [];
}

function columnsOf(sections: readonly SearchSection[], aliases: readonly string[][]): Record<SearchColumn, string[]> {
  const values: Record<SearchColumn, string[]> = { ids: [], names: [], body: [] };
  sections.forEach((s, i) => values[s.column].push(...new Set([normalizeForSearch(s.text), ...aliases[i]!].filter((v) => v !== ''))));
  return values;
}

function keysOf(sections: readonly SearchSection[], aliases: readonly string[][]): string[] {
  const keys = new Set<string>();
  sections.forEach((s, i) => {
    if (s.field === 'number' || s.field === 'policyNumber') keys.add(normalizeForSearch(s.text));
    if (s.aliases === 'phone') for (const k of phoneKeys(aliases[i]!)) keys.add(k);
  });
  keys.delete('');
  return [...keys];
}

/** Every free text recorded at the stages, withdrawal, refusals and extension, in record order. */
export function stageTexts(complaint: Complaint): string[] {
  const texts: string[] = [];
  collectText(complaint.stages, texts);
  for (const refusal of complaint.solutionRefusals) texts.push(refusal.reason);
  if (complaint.withdrawal) texts.push(complaint.withdrawal.reason);
  if (complaint.extension) texts.push(complaint.extension.notice.reason);
  return texts.filter((t) => t.trim() !== '');
}

function collectText(value: unknown, into: string[], key = ''): void {
  if (NON_TEXT_KEYS.has(key) || key === 'policyNumber') return;
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, into);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collectText(v, into, k);
}
