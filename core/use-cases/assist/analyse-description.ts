import { analyseDescription } from '../../../assist/analyse';
import { keywordsOf } from '../../../assist/keywords';
import { listRecentComplaints } from '../../../db/repositories/assist-candidates';
import { listOpenComplaintsByPolicy } from '../../../db/repositories/complaint-matching';
import { toSummary } from '../../../db/repositories/complaints';
import type { AssistAnalysis } from '../../../shared/api/assist';
import type { Actor } from '../../../shared/domain/actor';
import type { SimilarCandidate } from '../../../shared/domain/assist/similar';
import { DEFAULT_WATCH_LIST } from '../../../shared/domain/assist/watch-list';
import type { Complaint } from '../../../shared/domain/complaint';
import { normalizePolicyNumber } from '../../../shared/domain/fields';
import type { DeskContext } from '../../context';
import { currentClassifier } from '../../services/assist-model-cache';
import { cachedOrgSettings } from '../../services/org-settings-cache';
import { visibleTo } from '../complaints/complaint-scope';

/** How many of the most recent complaints "similar complaints" looks through. */
const RECENT_CANDIDATES = 500;

/** A complaint's key terms, computed once per description it had (jieba is the costly part). */
const keywordCache = new Map<string, { description: string; keywords: string[] }>();
function keywordsOfComplaint(complaint: Complaint): string[] {
  const cached = keywordCache.get(complaint.id);
  if (cached?.description === complaint.intake.description) return cached.keywords;
  const keywords = keywordsOf(complaint.intake.description).map((k) => k.keyword);
  if (keywordCache.size > 5_000) keywordCache.clear();
  keywordCache.set(complaint.id, { description: complaint.intake.description, keywords });
  return keywords;
}

/** The organisation's watch list as last fetched, or the default one before the first fetch. */
export function watchListOf(ctx: DeskContext): readonly string[] {
  return cachedOrgSettings(ctx)?.watchList ?? DEFAULT_WATCH_LIST;
}

/** assist.analyse: everything the intake shows beside a description, on this desk alone, scoped to what the actor may see. */
export function analyseForIntake(
  ctx: DeskContext,
  actor: Actor,
  input: { text: string; policyNumber: string; complaintId?: string | undefined },
): AssistAnalysis {
  const policy = normalizePolicyNumber(input.policyNumber).toUpperCase();
  const pool = new Map<string, Complaint>();
  for (const c of visibleTo(actor, listRecentComplaints(ctx.db, RECENT_CANDIDATES))) pool.set(c.id, c);
  if (policy) for (const c of visibleTo(actor, listOpenComplaintsByPolicy(ctx.db, policy))) pool.set(c.id, c);
  const candidates: SimilarCandidate[] = [...pool.values()].map((c) => ({
    id: c.id,
    policyNumber: c.intake.policyNumber ? normalizePolicyNumber(c.intake.policyNumber).toUpperCase() : null,
    keywords: keywordsOfComplaint(c),
  }));
  const model = currentClassifier(ctx);
  const analysis = analyseDescription({
    text: input.text,
    policyNumber: policy || null,
    complaintId: input.complaintId ?? null,
    watchList: watchListOf(ctx),
    model,
    candidates,
  });
  return {
    risk: analysis.risk,
    keywords: analysis.keywords,
    suggestions: analysis.suggestions,
    similar: analysis.similar.map((s) => ({ complaint: toSummary(pool.get(s.id)!), samePolicy: s.samePolicy, overlap: s.overlap })),
    modelVersion: model.version,
  };
}
