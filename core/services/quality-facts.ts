import { listEvents } from '../../db/repositories/complaint-events';
import type { ReadableDB } from '../../db/handles';
import type { Actor } from '../../shared/domain/actor';
import { may } from '../../shared/domain/capabilities';
import type { QualityFacts } from '../../shared/domain/assist/quality-schema';
import { DEFAULT_SCORECARD, type Scorecard } from '../../shared/domain/assist/scorecard';
import { notesOf } from '../../shared/domain/workflow/notes';
import type { DeskContext } from '../context';
import { cachedOrgSettings } from './org-settings-cache';

/** The scorecard this desk scores with, and its version: as last fetched (the default, version 0, before any fetch). */
export interface DeskScorecard {
  scorecard: Scorecard;
  version: number;
}

export function deskScorecard(ctx: DeskContext): DeskScorecard {
  const settings = cachedOrgSettings(ctx);
  return { scorecard: settings?.scorecard ?? DEFAULT_SCORECARD, version: settings?.scorecard ? (settings.scorecardVersion ?? 1) : 0 };
}

/**
 * 质检 facts as this desk holds them: its scorecard (a score made here is provisional until the server applies
 * the close), the complaint's notes when a stage is completed (only a close is scored), and — a desk holding only
 * what its person may see — a lead leads every complaint on it; the server decides by the complaint's team.
 */
export function deskQualityFacts(db: ReadableDB, card: DeskScorecard, actor: Actor, name: string, complaintId: string): QualityFacts {
  const notes = name === 'complaint.advance' ? notesOf(listEvents(db, complaintId)).map((note) => String(note.data.text ?? '')) : [];
  return { scorecard: card.scorecard, scorecardVersion: card.version, authority: 'desk', notes, leadsTeam: may(actor, 'leadsTeam') };
}
