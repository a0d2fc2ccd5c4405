import { z } from 'zod';
import { ActorRefSchema } from '../domain/actor';
import { COMPLAINT_STATUSES } from '../domain/complaint';
import { COMPLAINT_TYPE_CODES } from '../domain/complaint-types';
import { SEARCH_FIELDS } from '../domain/search/search-document';
import { MAX_QUERY_CHARS } from '../domain/search/query';
import { SEARCH_TIERS } from '../domain/search/rank';
import { STAGES } from '../domain/stages';
import { ComplaintListItemSchema } from './complaints';

/** Past this many matches the total reads "1,000+": counting every hit of a common word costs more than it tells. */
export const SEARCH_TOTAL_CAP = 1000;
export const SEARCH_PAGE_SIZE = 50;

const day = z.iso.date({ error: 'validation.search.dateInvalid' });

export const SearchFiltersSchema = z
  .object({
    statuses: z.array(z.enum(COMPLAINT_STATUSES)).max(COMPLAINT_STATUSES.length).optional(),
    complaintType: z.enum(COMPLAINT_TYPE_CODES).optional(),
    stage: z.enum(STAGES).optional(),
    /** Received on or after this day (desk-local date, YYYY-MM-DD). */
    receivedFrom: day.optional(),
    /** Received on or before this day. */
    receivedTo: day.optional(),
    /** Whose complaints: a handler's 工号. Agents may only name themselves; leads and admins anyone. */
    assigneeId: z.string().trim().min(1).max(64).optional(),
  })
  .strict()
  .refine((f) => !f.receivedFrom || !f.receivedTo || f.receivedFrom <= f.receivedTo, {
    path: ['receivedTo'],
    error: 'validation.search.dateRangeReversed',
  });
export type SearchFilters = z.infer<typeof SearchFiltersSchema>;

export const SearchInputSchema = z
  .object({
    text: z.string().max(MAX_QUERY_CHARS * 4, { error: 'validation.search.tooLong' }),
    filters: SearchFiltersSchema.default({}),
    limit: z.number().int().min(1).max(200).default(SEARCH_PAGE_SIZE),
  })
  .strict();

export const HighlightSegmentSchema = z.object({ text: z.string(), hit: z.boolean() });

export const SearchHitSchema = ComplaintListItemSchema.extend({
  tier: z.enum(SEARCH_TIERS),
  matches: z.array(z.object({ field: z.enum(SEARCH_FIELDS), segments: z.array(HighlightSegmentSchema) })),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z.object({
  /** results: terms were searched (items may be empty); tooShort: only single characters were typed; empty: nothing typed. */
  outcome: z.enum(['results', 'tooShort', 'empty']),
  terms: z.array(z.string()),
  items: z.array(SearchHitSchema),
  /** Matches in all, at most SEARCH_TOTAL_CAP; capped says there are more. */
  total: z.number().int(),
  capped: z.boolean(),
  /** Complaints still waiting for the search index beyond what a query reads while it catches up (a first sync): found once indexed. */
  unindexed: z.number().int().positive().optional(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const searchCalls = {
  /** Find complaints (any status) by text, name, pinyin, phone, policy or complaint number, ranked, with filters. */
  'search.query': { input: SearchInputSchema, output: SearchResultSchema, access: 'signedIn' },
  /** The handlers complaints are assigned to, for the assignee filter (leads and admins). */
  'search.assignees': { input: z.object({}).strict(), output: z.array(ActorRefSchema), access: ['lead', 'admin'] },
  /** Integrity check: build the search index again from the rows. */
  'search.rebuild': {
    input: z.object({}).strict(),
    output: z.object({ complaints: z.number().int(), ms: z.number() }),
    access: ['lead', 'admin'],
  },
} as const;
