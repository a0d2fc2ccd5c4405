import type { ReadableDB, WritableDB } from '../handles';
import { statement } from '../statements';

/** The reminders this person was already shown, as complaintId:state keys. */
export function shownReminderKeys(db: ReadableDB, personId: string): Set<string> {
  const rows = statement(db, 'SELECT complaint_id, state FROM reminder_marks WHERE person_id = ?').all(personId) as { complaint_id: string; state: string }[];
  return new Set(rows.map((r) => `${r.complaint_id}:${r.state}`));
}

/** Remembers a shown reminder; false when it was already remembered (another window showed it first). */
export function markReminderShown(db: WritableDB, mark: { complaintId: string; personId: string; state: string; at: string }): boolean {
  return (
    statement(db, 'INSERT OR IGNORE INTO reminder_marks (complaint_id, person_id, state, shown_at) SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM complaints WHERE id = ?)').run(
      mark.complaintId,
      mark.personId,
      mark.state,
      mark.at,
      mark.complaintId,
    ).changes === 1
  );
}
