import { listEvents } from '../../../db/repositories/complaint-events';
import type { ComplaintScoreView } from '../../../shared/api/assist';
import type { Actor } from '../../../shared/domain/actor';
import { DEFAULT_SCORECARD, scoreRecords, textsOf } from '../../../shared/domain/assist/scorecard';
import { notesOf } from '../../../shared/domain/workflow/notes';
import type { DeskContext } from '../../context';
import { cachedOrgSettings } from '../../services/org-settings-cache';
import { loadComplaintFor } from '../complaints/complaint-scope';

/** assist.scorecard: the score kept when the complaint closed; for one closed before scores were kept, the agent's side of it — stage records, initial judgement, notes — against the scorecard in force. */
export function scoreComplaint(ctx: DeskContext, actor: Actor, id: string): ComplaintScoreView {
  const complaint = loadComplaintFor(ctx.db, id, actor);
  const kept = complaint.quality;
  if (kept) {
    const results = kept.checks.map((c) => ({ id: c.id, kind: c.kind, zh: c.zh, en: c.en, passed: c.passed, points: c.passed ? c.weight : 0, found: c.found }));
    return { scored: true, score: kept.score, max: kept.max, results };
  }
  const card = cachedOrgSettings(ctx)?.scorecard ?? DEFAULT_SCORECARD;
  const texts = [complaint.intake.initialJudgement ?? '', ...textsOf(complaint.stages), ...notesOf(listEvents(ctx.db, id)).map((note) => String(note.data.text ?? ''))];
  const { score, max, results } = scoreRecords(card, texts);
  const labelled = results.map((result) => {
    const check = card.checks.find((c) => c.id === result.id)!;
    return { ...result, zh: check.zh, en: check.en };
  });
  return { scored: complaint.status === 'closed', score, max, results: labelled };
}
