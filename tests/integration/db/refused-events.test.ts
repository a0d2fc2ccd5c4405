import { afterEach, describe, expect, it } from 'vitest';
import type { ComplaintWriteDB } from '../../../db/handles';
import { listEvents } from '../../../db/repositories/complaint-events';
import { settleTimeline } from '../../../db/repositories/refused-events';
import { purgeComplaints } from '../../../db/repositories/retention';
import type { SearchResult } from '../../../shared/api/search';
import type { Complaint } from '../../../shared/domain/complaint';
import { AGENT, makeTestDesk, validIntake } from '../../support/desk';
import { LEAD } from '../../support/workflow';
import { signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

describe('events the server refused', () => {
  let desk: TestDesk;
  afterEach(() => desk?.close());

  const kinds = (id: string) => listEvents(desk.db, id).map((e) => `${e.kind} ${e.actor.id}`);
  const found = async (text: string) => valueOf<SearchResult>(await desk.dispatch('search.query', { text })).items.map((i) => i.id);

  it('are marked, not deleted: unshown on the timeline and in search; only the syncing person\'s; unmarked when the server holds them after all; purged with the complaint', async () => {
    desk = makeTestDesk();
    const complaint = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake()));
    valueOf(await desk.dispatch('complaints.addNote', { id: complaint.id, text: '客户要求寄回乾坤袋原件' }));
    signInAs(desk, LEAD);
    valueOf(await desk.dispatch('complaints.addNote', { id: complaint.id, text: '组长批注：加急处理' }));
    const [created, agentNote, leadNote] = listEvents(desk.db, complaint.id);

    // The agent's pull: the server holds the intake only; the agent's note was refused, the lead's is not the agent's to settle.
    settleTimeline(desk.db as ComplaintWriteDB, complaint.id, AGENT.id.toLowerCase(), [created!.id], '2026-11-26T02:00:00.000Z');
    expect(kinds(complaint.id)).toEqual([`complaint.created ${AGENT.id}`, `note.added ${LEAD.id}`]);
    expect(desk.db.prepare('SELECT count(*) FROM complaint_events WHERE complaint_id = ?').pluck().get(complaint.id)).toBe(3);
    // A pull re-indexes the complaints it touched after settling; a rebuild reads the same rows.
    valueOf(await desk.dispatch('search.rebuild', {}));
    expect(await found('乾坤袋')).toEqual([]);
    expect(await found('加急处理')).toEqual([complaint.id]);

    settleTimeline(desk.db as ComplaintWriteDB, complaint.id, AGENT.id, [created!.id, agentNote!.id, leadNote!.id], '2026-11-26T03:00:00.000Z');
    expect(listEvents(desk.db, complaint.id)).toHaveLength(3);

    settleTimeline(desk.db as ComplaintWriteDB, complaint.id, AGENT.id, [created!.id], '2026-11-26T04:00:00.000Z');
    desk.db.transaction(() => purgeComplaints(desk.db, [complaint.id]))();
    expect(desk.db.prepare('SELECT count(*) FROM refused_events').pluck().get()).toBe(0);
  });
});
