import { inComplaintTransaction } from '../../db/complaint-transaction';
import type { WritableDB } from '../../db/handles';
import { insertCall, linkCallToComplaint } from '../../db/repositories/calls';
import { appendEvents } from '../../db/repositories/complaint-events';
import { insertComplaint } from '../../db/repositories/complaints';
import { rebuildSearchIndex } from '../../db/repositories/search-index';
import type { Complaint } from '../../shared/domain/complaint';
import { NOTE_EVENT_KIND } from '../../shared/domain/workflow/notes';
import { generateComplaint, phoneNumber, seededRandom } from './search-corpus';

/** Every 4th complaint was taken by another person than its handler (as after an assignment), so read scopes differ. */
function tookBySomeoneElse(c: Complaint, i: number): Complaint {
  if (i % 4 !== 3 || !c.assignee) return c;
  const other = c.assignee.id === 'A2002' ? { id: 'A1001', name: '王芳' } : { id: 'A2002', name: '李娜' };
  return { ...c, createdBy: other };
}

/**
 * Writes a generated corpus straight into the tables (one transaction) and builds the index: every
 * 7th complaint gets a note, every 11th a call from another number.
 */
export function seedCorpus(db: WritableDB, count: number, seed = 13): Complaint[] {
  const rng = seededRandom(seed);
  const complaints: Complaint[] = [];
  inComplaintTransaction(db, (tx) => {
    for (let i = 0; i < count; i++) {
      const c = tookBySomeoneElse(generateComplaint(rng, i), i);
      insertComplaint(tx, c);
      if (i % 7 === 0) {
        const text = `已回电客户，约定${1 + (i % 9)}号上门核查${i % 2 ? '理赔' : '保单'}资料`;
        appendEvents(tx, [{ id: `note-${i}`, complaintId: c.id, at: c.createdAt, actor: c.createdBy, kind: NOTE_EVENT_KIND, changes: [], data: { text } }]);
      }
      if (i % 11 === 0) {
        const number = phoneNumber(rng);
        insertCall(db, { id: `call-${i}`, number, numberKey: null, direction: 'in', agent: null, queue: null, source: 'http', startedAt: c.createdAt });
        linkCallToComplaint(db, `call-${i}`, c.id);
      }
      complaints.push(c);
    }
    rebuildSearchIndex(db);
  });
  return complaints;
}
