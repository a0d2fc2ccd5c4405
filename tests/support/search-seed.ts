import type { Database } from 'better-sqlite3';
import { insertCall, linkCallToComplaint } from '../../db/repositories/calls';
import { appendEvents } from '../../db/repositories/complaint-events';
import { insertComplaint } from '../../db/repositories/complaints';
import { rebuildSearchIndex } from '../../db/repositories/search-index';
import type { Complaint } from '../../shared/domain/complaint';
import { NOTE_EVENT_KIND } from '../../shared/domain/workflow/notes';
import { generateComplaint, phoneNumber, seededRandom } from './search-corpus';

/**
 * Writes a generated corpus straight into the tables (one transaction) and builds the index: every
 * 7th complaint gets a note, every 11th a call from another number.
 */
export function seedCorpus(db: Database, count: number, seed = 13): Complaint[] {
  const rng = seededRandom(seed);
  const complaints: Complaint[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const c = generateComplaint(rng, i);
      insertComplaint(db, c);
      if (i % 7 === 0) {
        const text = `已回电客户，约定${1 + (i % 9)}号上门核查${i % 2 ? '理赔' : '保单'}资料`;
        appendEvents(db, [{ id: `note-${i}`, complaintId: c.id, at: c.createdAt, actor: c.createdBy, kind: NOTE_EVENT_KIND, changes: [], data: { text } }]);
      }
      if (i % 11 === 0) {
        const number = phoneNumber(rng);
        insertCall(db, { id: `call-${i}`, number, numberKey: null, direction: 'in', agent: null, queue: null, source: 'http', startedAt: c.createdAt });
        linkCallToComplaint(db, `call-${i}`, c.id);
      }
      complaints.push(c);
    }
    rebuildSearchIndex(db);
  })();
  return complaints;
}
