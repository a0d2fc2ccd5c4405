import { readQualityRows } from '../../../db/repositories/quality-scores';
import type { QualityView } from '../../../shared/api/quality';
import type { Actor } from '../../../shared/domain/actor';
import { qualityTextsOf, scoreQuality } from '../../../shared/domain/assist/quality-record';
import type { QualityCheckResult } from '../../../shared/domain/assist/quality-schema';
import { buildQualityReport, type QualityReport } from '../../../shared/domain/assist/quality-report';
import { appealRefusal, resolveRefusal, reviewRefusal } from '../../../shared/domain/assist/quality-review';
import type { Scorecard } from '../../../shared/domain/assist/scorecard';
import type { DayRange } from '../../../shared/domain/reports/day-range';
import { dayRangeToInstants } from '../../../shared/domain/reports/team-time';
import { OrgSettingsSchema, type OrgSettings } from '../../../shared/org/org-settings-schema';
import type { DeskContext } from '../../context';
import { viaServer } from '../../server-link/desk-error-from-server';
import { cacheOrgSettings } from '../../services/org-settings-cache';
import { deskQualityFacts, deskScorecard } from '../../services/quality-facts';
import { serverLink } from '../../services/session-link';
import { loadComplaintFor } from '../complaints/complaint-scope';
import { requireCapability } from '../require-capability';

/** The 质检 checks live on the server: an admin's change is made there (online only; its version +1) and cached here at once. */
export async function saveScorecard(ctx: DeskContext, scorecard: Scorecard): Promise<OrgSettings> {
  const settings = await viaServer(ctx.settings, () => serverLink.call(ctx, { method: 'PUT', route: 'assistScorecard', body: scorecard, answer: OrgSettingsSchema }));
  return cacheOrgSettings(ctx, settings);
}

/**
 * assist.quality.get: the score kept on a closed complaint (the server's, or this desk's provisional one until the
 * close is synced), each check with what this person may do to it and why not. A complaint closed before scores were
 * kept is scored now with the desk's scorecard, shown as such, and cannot be reviewed or appealed.
 */
export function qualityOf(ctx: DeskContext, actor: Actor, id: string): QualityView {
  const complaint = loadComplaintFor(ctx.db, id, actor);
  const card = deskScorecard(ctx);
  const facts = deskQualityFacts(ctx.db, card, actor, 'complaint.advance', id);
  const kept = complaint.quality ?? null;
  const record =
    kept ?? (complaint.status === 'closed' ? scoreQuality(qualityTextsOf(complaint, facts.notes), card.scorecard, card.version, ctx.clock(), true) : null);
  const actionsOf = (check: QualityCheckResult) =>
    kept
      ? {
          review: reviewRefusal(complaint, actor, facts)?.messageKey ?? null,
          appeal: appealRefusal(complaint, actor, check)?.messageKey ?? null,
          resolve: resolveRefusal(actor, facts, check)?.messageKey ?? null,
        }
      : { review: 'assist.quality.refusal.notKept', appeal: 'assist.quality.refusal.notKept', resolve: 'assist.quality.refusal.notKept' };
  return {
    state: kept ? 'closed' : record ? 'computed' : 'open',
    provisional: record?.provisional ?? false,
    scorecardVersion: record?.scorecardVersion ?? null,
    score: record?.score ?? 0,
    max: record?.max ?? 0,
    checks: (record?.checks ?? []).map((check) => ({ ...check, actions: actionsOf(check) })),
    version: complaint.version,
  };
}

/** reports.quality: the average kept score per handler and for the team, of the complaints closed in the range. */
export function qualityReport(ctx: DeskContext, actor: Actor, range: DayRange): QualityReport {
  requireCapability(actor, 'reports');
  const { start, end } = dayRangeToInstants(range.from, range.to);
  return buildQualityReport(readQualityRows(ctx.db, start, end));
}
