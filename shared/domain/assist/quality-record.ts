import type { Complaint, FieldChange } from '../complaint';
import type { CommandResult } from '../commands/create-complaint';
import { isRefusal, type Refusal } from '../refusal';
import { textsOf, type Scorecard } from './scorecard';
import type { QualityCheckResult, QualityFacts, QualityRecord } from './quality-schema';

const EVIDENCE_AROUND = 20;

/** The words around the first place `phrase` appears in `text` (letters compared in lower case). */
export function evidenceOf(text: string, phrase: string): string | null {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return null;
  const start = Math.max(0, at - EVIDENCE_AROUND);
  const end = Math.min(text.length, at + phrase.length + EVIDENCE_AROUND);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`;
}

/** The agent's side of a complaint's records: the initial judgement, the stage records and the internal notes — not the customer's own words. */
export function qualityTextsOf(complaint: Pick<Complaint, 'intake' | 'stages'>, notes: readonly string[]): string[] {
  return [complaint.intake.initialJudgement ?? '', ...textsOf(complaint.stages), ...notes].filter((text) => text.trim() !== '');
}

/** Scores a complaint's records against a scorecard version: each check pass/fail with its evidence, and the total. */
export function scoreQuality(texts: readonly string[], card: Scorecard, version: number, at: Date, provisional: boolean): QualityRecord {
  const checks = card.checks.map((check): QualityCheckResult => {
    let found: string | null = null;
    let evidence: string | null = null;
    for (const phrase of check.phrases) {
      const text = texts.find((t) => t.toLowerCase().includes(phrase.toLowerCase()));
      if (text !== undefined) {
        found = phrase;
        evidence = evidenceOf(text, phrase);
        break;
      }
    }
    const passed = check.kind === 'required' ? found !== null : found === null;
    return { id: check.id, kind: check.kind, zh: check.zh, en: check.en, weight: check.points, scoredPassed: passed, passed, found, evidence, review: null, appeals: [] };
  });
  return totalled({ scorecardVersion: version, scoredAt: at.toISOString(), provisional, score: 0, max: 0, checks });
}

/** The record with its score and maximum summed from the checks as they stand. */
export function totalled(record: QualityRecord): QualityRecord {
  return {
    ...record,
    score: record.checks.reduce((sum, c) => sum + (c.passed ? c.weight : 0), 0),
    max: record.checks.reduce((sum, c) => sum + c.weight, 0),
  };
}

/** The timeline's summary of a score (not the whole record). */
const summaryOf = (record: QualityRecord) => ({ score: record.score, max: record.max, scorecardVersion: record.scorecardVersion });

/**
 * A complaint.advance that closed the complaint gets its 质检 score, from the facts of whoever applies it; any
 * other result passes unchanged. A complaint scored before (it cannot close twice) keeps its score.
 */
export function scoredOnClose(before: Complaint, result: CommandResult | Refusal, facts: QualityFacts | undefined, now: Date): CommandResult | Refusal {
  if (isRefusal(result) || !facts || before.status === 'closed' || result.complaint.status !== 'closed' || result.complaint.quality) return result;
  const quality = scoreQuality(qualityTextsOf(result.complaint, facts.notes), facts.scorecard, facts.scorecardVersion, now, facts.authority === 'desk');
  const change: FieldChange = { field: 'quality', from: null, to: summaryOf(quality) };
  const [closed, ...rest] = result.events;
  const events = closed ? [{ ...closed, changes: [...closed.changes, change] }, ...rest] : rest;
  return { complaint: { ...result.complaint, quality }, events };
}
