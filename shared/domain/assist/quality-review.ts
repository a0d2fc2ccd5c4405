import { z } from 'zod';
import type { Actor } from '../actor';
import { may } from '../capabilities';
import type { Complaint } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { refuse, type Refusal } from '../refusal';
import { changeComplaint } from '../workflow/change';
import { totalled } from './quality-record';
import type { QualityCheckResult, QualityFacts, QualityRecord } from './quality-schema';

/** A lead's comment or an agent's reason: at most this many characters. */
export const QUALITY_TEXT_MAX = 500;

export const QUALITY_REVIEWED_EVENT = 'quality.reviewed';
export const QUALITY_APPEALED_EVENT = 'quality.appealed';
export const QUALITY_APPEAL_RESOLVED_EVENT = 'quality.appealResolved';

export const QualityReviewArgs = { checkId: z.string().min(1).max(40), verdict: z.enum(['confirmed', 'overridden']), comment: z.string() };
export const QualityAppealArgs = { checkId: z.string().min(1).max(40), reason: z.string() };
export const QualityResolveArgs = { checkId: z.string().min(1).max(40), outcome: z.enum(['upheld', 'rejected']), comment: z.string() };

export interface ReviewQualityCommand {
  eventId: string;
  checkId: string;
  verdict: 'confirmed' | 'overridden';
  comment: string;
}
export interface AppealQualityCommand {
  eventId: string;
  checkId: string;
  reason: string;
}
export interface ResolveQualityAppealCommand {
  eventId: string;
  checkId: string;
  outcome: 'upheld' | 'rejected';
  comment: string;
}

/** The person who handles the complaint: its assignee, or whoever took it while nobody is assigned. */
export const isHandler = (complaint: Complaint, actor: Pick<Actor, 'id'>) => (complaint.assignee ?? complaint.createdBy).id.toLowerCase() === actor.id.toLowerCase();

const openAppealOf = (check: QualityCheckResult) => check.appeals.find((a) => a.status === 'open') ?? null;

/** The scored check a review or appeal names, or why there is none. */
function scoredCheck(complaint: Complaint, checkId: string): { record: QualityRecord; check: QualityCheckResult } | Refusal {
  const record = complaint.quality;
  if (complaint.status !== 'closed' || !record) return refuse('quality_not_scored', 'assist.quality.refusal.notScored');
  const check = record.checks.find((c) => c.id === checkId);
  return check ? { record, check } : refuse('quality_unknown_check', 'assist.quality.refusal.unknownCheck');
}

/** Only the lead of the complaint's team reviews its score and resolves appeals (an admin or another team's lead does not). */
function leadRefusal(actor: Actor, facts: QualityFacts | undefined): Refusal | null {
  return may(actor, 'leadsTeam') && facts?.leadsTeam === true ? null : refuse('quality_not_team_lead', 'assist.quality.refusal.notTeamLead');
}

function textRefusal(text: string, required: boolean, emptyKey: string): Refusal | null {
  if (required && text.trim() === '') return refuse('quality_text_required', emptyKey);
  if (text.length > QUALITY_TEXT_MAX) return refuse('quality_text_too_long', 'assist.quality.refusal.tooLong', { max: QUALITY_TEXT_MAX });
  return null;
}

/** Why `actor` may not review a check now (null: they may). An override needs a comment; a confirmation may have one. */
export function reviewRefusal(complaint: Complaint, actor: Actor, facts: QualityFacts | undefined, command?: Pick<ReviewQualityCommand, 'checkId' | 'verdict' | 'comment'>): Refusal | null {
  const lead = leadRefusal(actor, facts);
  if (lead) return lead;
  if (!command) return complaint.status === 'closed' && complaint.quality ? null : refuse('quality_not_scored', 'assist.quality.refusal.notScored');
  const found = scoredCheck(complaint, command.checkId);
  if ('refused' in found) return found;
  return textRefusal(command.comment, command.verdict === 'overridden', 'assist.quality.refusal.commentRequired');
}

/** Why `actor` may not appeal this check now (null: they may): only its handler, only a failed check, one open appeal at a time. */
export function appealRefusal(complaint: Complaint, actor: Actor, check: QualityCheckResult, reason?: string): Refusal | null {
  if (!isHandler(complaint, actor)) return refuse('quality_not_handler', 'assist.quality.refusal.notHandler');
  if (check.passed) return refuse('quality_check_passed', 'assist.quality.refusal.checkPassed');
  if (openAppealOf(check)) return refuse('quality_appeal_open', 'assist.quality.refusal.appealOpen');
  return reason === undefined ? null : textRefusal(reason, true, 'assist.quality.refusal.reasonRequired');
}

/** Why `actor` may not resolve this check's appeal now (null: they may). */
export function resolveRefusal(actor: Actor, facts: QualityFacts | undefined, check: QualityCheckResult, comment?: string): Refusal | null {
  const lead = leadRefusal(actor, facts);
  if (lead) return lead;
  if (!openAppealOf(check)) return refuse('quality_no_open_appeal', 'assist.quality.refusal.noOpenAppeal');
  return comment === undefined ? null : textRefusal(comment, true, 'assist.quality.refusal.commentRequired');
}

const withCheck = (record: QualityRecord, next: QualityCheckResult): QualityRecord => totalled({ ...record, checks: record.checks.map((c) => (c.id === next.id ? next : c)) });

const ref = (actor: Actor) => ({ id: actor.id, name: actor.name });

/** complaint.reviewQualityCheck: the team's lead confirms a check as scored, or overrides it (pass ↔ fail) with a comment. */
export function reviewQualityCheck(complaint: Complaint, command: ReviewQualityCommand, actor: Actor, now: Date, facts: QualityFacts | undefined): CommandResult | Refusal {
  const refusal = reviewRefusal(complaint, actor, facts, command);
  if (refusal) return refusal;
  const { record, check } = scoredCheck(complaint, command.checkId) as { record: QualityRecord; check: QualityCheckResult };
  const passed = command.verdict === 'overridden' ? !check.passed : check.passed;
  const review = { verdict: command.verdict, comment: command.comment.trim(), by: ref(actor), at: now.toISOString() };
  return changeComplaint(complaint, { quality: withCheck(record, { ...check, passed, review }) }, actor, now, {
    eventId: command.eventId,
    kind: QUALITY_REVIEWED_EVENT,
    data: { checkId: check.id, verdict: command.verdict, passed, comment: review.comment },
  });
}

/** complaint.appealQualityCheck: the handler appeals a failed check with a reason. */
export function appealQualityCheck(complaint: Complaint, command: AppealQualityCommand, actor: Actor, now: Date): CommandResult | Refusal {
  const found = scoredCheck(complaint, command.checkId);
  if ('refused' in found) return found;
  const refusal = appealRefusal(complaint, actor, found.check, command.reason);
  if (refusal) return refusal;
  const appeal = { id: command.eventId, reason: command.reason.trim(), by: ref(actor), at: now.toISOString(), status: 'open' as const, resolution: null };
  return changeComplaint(complaint, { quality: withCheck(found.record, { ...found.check, appeals: [...found.check.appeals, appeal] }) }, actor, now, {
    eventId: command.eventId,
    kind: QUALITY_APPEALED_EVENT,
    data: { checkId: found.check.id, reason: appeal.reason },
  });
}

/** complaint.resolveQualityAppeal: the team's lead upholds the open appeal (the check passes) or rejects it (it stays failed). */
export function resolveQualityAppeal(complaint: Complaint, command: ResolveQualityAppealCommand, actor: Actor, now: Date, facts: QualityFacts | undefined): CommandResult | Refusal {
  const found = scoredCheck(complaint, command.checkId);
  if ('refused' in found) return found;
  const refusal = resolveRefusal(actor, facts, found.check, command.comment);
  if (refusal) return refusal;
  const { check, record } = found;
  const resolution = { comment: command.comment.trim(), by: ref(actor), at: now.toISOString() };
  const appeals = check.appeals.map((a) => (a.status === 'open' ? { ...a, status: command.outcome, resolution } : a));
  const passed = command.outcome === 'upheld' ? true : check.passed;
  return changeComplaint(complaint, { quality: withCheck(record, { ...check, passed, appeals }) }, actor, now, {
    eventId: command.eventId,
    kind: QUALITY_APPEAL_RESOLVED_EVENT,
    data: { checkId: check.id, outcome: command.outcome, passed, comment: resolution.comment },
  });
}
