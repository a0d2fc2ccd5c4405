import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ReviewItemSchema } from '../../../shared/api/sync';
import type { Complaint } from '../../../shared/domain/complaint';
import type { z } from 'zod';
import { resolveComplaintReview } from '../../../core/use-cases/review/resolve-review';
import { listEvents } from '../../../db/repositories/complaint-events';
import { findComplaint } from '../../../db/repositories/complaints';
import { reviewStateOf } from '../../../db/repositories/server-state';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf, type TestDesk } from '../../support/workflow-desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };

describe('needs review through the real server (PostgreSQL): a conflicting offline edit of the contact details, and the lead resolving it', () => {
  const net = syncedDesks('postgres', ['A1001', 'L2001'], { key: TEST_DATABASE_KEY });
  const { deskOf, transportOf, sync } = net;
  const editContact = async (desk: TestDesk, id: string, contactPhone: string) => {
    const complaint = findComplaint(desk.db, id)!;
    return valueOf<{ complaint: Complaint }>(await desk.dispatch('complaints.updateContact', { id, baseVersion: complaint.version, customerName: complaint.intake.customerName, contactPhone }));
  };

  /** Agent A takes a complaint, both desks sync; then both change the phone while apart: the lead's edit reaches the server first. */
  async function conflicted() {
    const a = deskOf(A1001);
    const b = deskOf(L2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake({ contactPhone: '13700000000' })));
    await sync(a, A1001);
    await sync(b, L2001);
    await editContact(b, created.id, '13911112222');
    await sync(b, L2001);
    await editContact(a, created.id, '13833334444'); // offline on A: based on the phone before the lead's edit
    await sync(a, A1001);
    await sync(b, L2001);
    return { a, b, id: created.id };
  }

  it("lands in review on the lead's desk with both values; the lead's choice reaches the server and the agent's desk, and clears the flag everywhere", async () => {
    const { a, b, id } = await conflicted();
    // The server kept the lead's phone (first to arrive) and recorded A's.
    expect(findComplaint(a.db, id)!.intake.contactPhone).toBe('13911112222');
    const queue = valueOf<z.infer<typeof ReviewItemSchema>[]>(await b.dispatch('sync.reviewQueue', {}));
    expect(queue).toHaveLength(1);
    const [conflict] = queue[0]!.conflicts;
    expect(conflict).toMatchObject({ field: 'intake', by: { id: 'A1001', name: '王芳' } });
    expect((conflict!.serverValue as { contactPhone: string }).contactPhone).toBe('13911112222');
    expect((conflict!.deskValue as { contactPhone: string }).contactPhone).toBe('13833334444');
    expect(valueOf<{ needsReview: boolean }>(await b.dispatch('complaints.reviewState', { id })).needsReview).toBe(true);
    expect(valueOf<{ items: { id: string; needsReview: boolean }[] }>(await b.dispatch('team.queue', { filter: { needsReview: true } })).items).toEqual([
      expect.objectContaining({ id, needsReview: true }),
    ]);
    expect(valueOf<{ state: string; complaintId: string }[]>(await b.dispatch('reminders.pending', {}))).toContainEqual(expect.objectContaining({ complaintId: id, state: 'needsReview' }));

    // The lead takes the desk's phone: at once on B, then on the server and on A.
    const version = findComplaint(b.db, id)!.version;
    valueOf(await b.dispatch('complaints.resolveReview', { id, baseVersion: version, choices: [{ field: 'intake', chosen: 'desk' }] }));
    expect(reviewStateOf(b.db, id)).toEqual({ needsReview: false, conflicts: [] });
    expect(findComplaint(b.db, id)!.intake.contactPhone).toBe('13833334444');
    await sync(b, L2001);
    expect(reviewStateOf(b.db, id)).toEqual({ needsReview: false, conflicts: [] });
    expect(valueOf<unknown[]>(await b.dispatch('sync.reviewQueue', {}))).toEqual([]);
    const stored = await net.server.database.pool.query<{ needs_review: boolean; conflicts: unknown[]; document: Complaint }>('SELECT needs_review, conflicts, document FROM sync_complaints WHERE id = $1', [id]);
    expect(stored.rows[0]).toMatchObject({ needs_review: false, conflicts: [] });
    expect(stored.rows[0]!.document.intake.contactPhone).toBe('13833334444');

    await sync(a, A1001);
    expect(findComplaint(a.db, id)!.intake.contactPhone).toBe('13833334444');
    expect(reviewStateOf(a.db, id).needsReview).toBe(false);
    const resolved = listEvents(a.db, id).find((e) => e.kind === 'review.resolved');
    expect(resolved?.actor).toEqual({ id: 'L2001', name: '李强' });
    expect(resolved?.data.choices).toEqual([expect.objectContaining({ field: 'intake', chosen: 'desk' })]);
    expect(((resolved?.data.choices as { other: { contactPhone: string } }[])[0]!.other).contactPhone).toBe('13911112222');
  });

  it("an agent's resolution is refused on the desk (contract and core) and on the server, and the complaint stays in review", async () => {
    const { a, id } = await conflicted();
    const version = findComplaint(a.db, id)!.version;
    const input = { id, baseVersion: version, choices: [{ field: 'intake', chosen: 'desk' as const }] };
    expect(await a.dispatch('complaints.resolveReview', input)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(() => resolveComplaintReview(a.ctx, A1001, input)).toThrow(expect.objectContaining({ body: expect.objectContaining({ messageKey: 'sync.refusal.reviewLeadOnly' }) }));

    // A desk that skipped the checks and pushed it anyway: the server refuses and records the rejection.
    const complaint = findComplaint(a.db, id)!;
    const clientId = randomUUID();
    const transport = transportOf('A1001');
    await transport.push({
      clientId,
      mutations: [
        {
          id: 1,
          opId: randomUUID(),
          name: 'complaint.resolveReview',
          args: { complaintId: id, eventId: randomUUID(), choices: [{ field: 'intake', chosen: 'desk', value: { ...complaint.intake, contactPhone: '13833334444' }, other: complaint.intake }] },
          baseVersions: {},
          createdAt: new Date().toISOString(),
          actor: A1001,
        },
      ],
    });
    const page = await transport.pull({ clientId, cursor: 0, rejectionsAfter: 0 });
    expect(page.rejections).toEqual([expect.objectContaining({ code: 'review_lead_only', messageKey: 'sync.refusal.reviewLeadOnly' })]);
    const stored = await net.server.database.pool.query<{ needs_review: boolean; document: Complaint }>('SELECT needs_review, document FROM sync_complaints WHERE id = $1', [id]);
    expect(stored.rows[0]!.needs_review).toBe(true);
    expect(stored.rows[0]!.document.intake.contactPhone).toBe('13911112222');
  });
});
