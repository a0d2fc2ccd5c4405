import type { QualityFacts } from '../../shared/domain/assist/quality-schema';
import { DEFAULT_SCORECARD, type Scorecard } from '../../shared/domain/assist/scorecard';
import { may } from '../../shared/domain/capabilities';
import type { TimelineEvent } from '../../shared/domain/complaint';
import { NOTE_EVENT_KIND } from '../../shared/domain/workflow/notes';
import { rowsOf, type Queryable } from '../db/queryable';
import { readOrgSettings } from '../repos/org-settings-repo';
import type { Actor } from '../services/access';
import type { Placement } from './visibility';

/** The mutations whose command reads 质检 facts: a stage completed (a close is scored) and the reviews and appeals. */
const NEEDS_QUALITY = new Set(['complaint.advance', 'complaint.reviewQualityCheck', 'complaint.appealQualityCheck', 'complaint.resolveQualityAppeal']);

export const needsQualityFacts = (name: string) => NEEDS_QUALITY.has(name);

/**
 * 质检 facts as the server holds them, for one push batch: the scorecard in force and its version (read once, when
 * first needed), the complaint's notes (stored, and those this batch added — written only at the end of the batch),
 * and whether the caller leads the team and branch the complaint is placed in. The server's score is the authority.
 */
export class BatchQuality {
  private card: { scorecard: Scorecard; version: number } | null = null;
  private readonly notesAdded = new Map<string, string[]>();

  constructor(private readonly tx: Queryable) {}

  async factsFor(caller: Actor, name: string, complaintId: string, placement: Placement | null): Promise<QualityFacts> {
    if (!this.card) {
      const settings = await readOrgSettings(this.tx);
      this.card = { scorecard: settings.scorecard ?? DEFAULT_SCORECARD, version: settings.scorecardVersion ?? 1 };
    }
    const notes = name === 'complaint.advance' && placement ? [...(await storedNotesOf(this.tx, complaintId)), ...(this.notesAdded.get(complaintId) ?? [])] : [];
    const leadsTeam =
      may(caller, 'leadsTeam') && placement !== null && placement.teamId !== null && placement.teamId === caller.teamId && placement.branchId === caller.branchId;
    return { scorecard: this.card.scorecard, scorecardVersion: this.card.version, authority: 'server', notes, leadsTeam };
  }

  /** Remembers the notes an applied mutation added, for a close later in the same batch. */
  applied(events: readonly TimelineEvent[]): void {
    for (const e of events) {
      if (e.kind !== NOTE_EVENT_KIND) continue;
      this.notesAdded.set(e.complaintId, [...(this.notesAdded.get(e.complaintId) ?? []), String(e.data.text ?? '')]);
    }
  }
}

/** The texts of a complaint's internal notes as stored, oldest first. */
async function storedNotesOf(db: Queryable, complaintId: string): Promise<string[]> {
  const rows = await rowsOf<{ text: string | null }>(
    db,
    `SELECT e.document->'data'->>'text' AS text FROM sync_events e WHERE e.complaint_id = $1 AND e.document->>'kind' = $2 ORDER BY e.seq`,
    [complaintId, NOTE_EVENT_KIND],
  );
  return rows.map((r) => r.text ?? '');
}
