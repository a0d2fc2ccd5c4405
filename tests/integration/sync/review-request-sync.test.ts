import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { ReviewRef } from '../../../shared/domain/regulatory/review-link';
import { reviewComplaintNumber } from '../../../shared/domain/regulatory/review-request';
import { findComplaint } from '../../../db/repositories/complaints';
import { syncedDesks } from '../../support/synced-desks';
import { validStageData } from '../../support/workflow';
import { complaintAtStage, valueOf, type TestDesk } from '../../support/workflow-desk';

const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };
const A2002 = { id: 'A2002', name: '郑爽', role: 'agent' as const };
const REQUEST = { channel: 'phone', grounds: '对补付金额有异议，申请核查' };

/** 核查 made on a desk reaches the server as complaint.requestReview; the server checks every claim of a tampered desk. */
describe('核查 across desk and server (real server, PostgreSQL)', () => {
  // The desks' clocks read the server's time, so nothing is moved by the clock rule and the times stay as written.
  const net = syncedDesks('postgres', ['A2001', 'A2002'], { now: new Date() });
  const { deskOf, sync } = net;
  const serverDocument = async (id: string) =>
    (await net.server.ctx.pool.query<{ document: Complaint }>('SELECT document FROM sync_complaints WHERE id = $1', [id])).rows[0]?.document ?? null;

  async function closedOn(desk: TestDesk): Promise<Complaint> {
    const c = await complaintAtStage(desk, 'closure');
    const input = { id: c.id, baseVersion: c.version, stage: 'closure', data: validStageData().closure };
    return valueOf<WorkflowResult>(await desk.dispatch('complaints.advance', input)).complaint;
  }

  /** A raw push as `person` (the desk's own checks skipped), answered with the codes the server stored for each mutation id. */
  async function lie(person: typeof A2001, mutations: { name: string; args: Record<string, unknown> }[]): Promise<[number, string][]> {
    const clientId = await net.server.newClient(person.id);
    const push = await net.server.call('POST', '/sync/push', {
      token: net.session(person.id).accessToken,
      body: {
        clientId,
        mutations: mutations.map((m, i) => ({ id: i + 1, opId: randomUUID(), name: m.name, args: m.args, baseVersions: {}, createdAt: new Date().toISOString(), actor: person })),
      },
    });
    expect(push.statusCode).toBe(200);
    const rejected = await net.server.ctx.pool.query<{ mutation_id: string; code: string }>(
      'SELECT mutation_id, code FROM sync_rejections WHERE client_id = $1 ORDER BY mutation_id',
      [clientId],
    );
    return rejected.rows.map((r) => [Number(r.mutation_id), r.code]);
  }

  /** A review request's arguments as a desk would send them, on a fresh id: the decision received and the review asked when it was made. */
  function reviewArgs(original: Complaint, over: Record<string, unknown> = {}): Record<string, unknown> {
    const id = randomUUID();
    const requestedAt = original.endedAt ?? new Date().toISOString();
    return { complaintId: id, number: reviewComplaintNumber(id, requestedAt), eventId: randomUUID(), originalId: original.id, requestedAt, decisionReceivedAt: original.endedAt, ...REQUEST, ...over };
  }

  it('a review request syncs: the server opens the same review complaint, linked to the original', async () => {
    const a = deskOf(A2001);
    const original = await closedOn(a);
    await sync(a, A2001);
    const onServerOriginal = (await serverDocument(original.id))!;
    a.setNow(new Date(Date.now() + 1000));
    // Asked on the day the decision arrived (the server's time of the closing, which the desk pulled).
    const requestedAt = onServerOriginal.endedAt!;
    const review = valueOf<WorkflowResult>(
      await a.dispatch('complaints.requestReview', { id: original.id, requestedAt, decisionReceivedAt: onServerOriginal.endedAt!, ...REQUEST }),
    ).complaint;
    await sync(a, A2001);
    await sync(a, A2001);
    const onServer = (await serverDocument(review.id))!;
    expect(onServer.reviewOf).toMatchObject({ id: original.id, number: original.number, late: false });
    expect(onServer.complexity).toBe('complex');
    expect(findComplaint(a.db, review.id)).toEqual(onServer);
    expect(valueOf<ReviewRef[]>(await a.dispatch('complaints.reviews', { id: original.id })).map((r) => r.id)).toEqual([review.id]);
    // A second request of the same decision, pushed raw past the desk's own check: the server holds the first.
    expect(await lie(A2001, [{ name: 'complaint.requestReview', args: reviewArgs(onServerOriginal) }])).toEqual([[1, 'review_exists']]);
  });

  it('refuses what a tampered desk claims, and keeps nothing of it', async () => {
    const a = deskOf(A2001);
    const original = await closedOn(a);
    const open = await complaintAtStage(a, 'analysis');
    await sync(a, A2001);
    const closed = (await serverDocument(original.id))!;
    const stillOpen = (await serverDocument(open.id))!;
    const taken = reviewArgs(closed, { complaintId: open.id });
    const lies = [
      // Not decided yet.
      { name: 'complaint.requestReview', args: reviewArgs(stillOpen, { decisionReceivedAt: new Date().toISOString() }) },
      // The review complaint's id is an existing complaint's (the number made from it, so only the id lies).
      { name: 'complaint.requestReview', args: { ...taken, number: reviewComplaintNumber(open.id, taken.requestedAt as string) } },
      // A number not made from its id and request day.
      { name: 'complaint.requestReview', args: reviewArgs(closed, { number: 'TS-20261201-00000000' }) },
      // Asked, and the decision received, years before the complaint was decided.
      { name: 'complaint.requestReview', args: reviewArgs(closed, { decisionReceivedAt: '2020-01-01T00:00:00.000Z', requestedAt: '2020-01-02T00:00:00.000Z' }) },
      { name: 'complaint.requestReview', args: reviewArgs(closed, { originalId: 'no-such-complaint' }) },
      // The desk claims the link is late or not: the flag is the rule's, not an argument.
      { name: 'complaint.requestReview', args: { ...reviewArgs(closed), late: false } },
    ];
    // The number of the lie with old times is made from its own (old) request day, so only the times lie.
    const old = lies[3]!.args;
    old.number = reviewComplaintNumber(old.complaintId as string, old.requestedAt as string);
    expect(await lie(A2001, lies)).toEqual([
      [1, 'review_not_decided'],
      [2, 'review_id_taken'],
      [3, 'number_mismatch'],
      [4, 'review_received_before_decision'],
      [5, 'not_found'],
      [6, 'args_invalid'],
    ]);
    // Another agent, who neither took nor handles the original, may not record its review.
    expect(await lie(A2002, [{ name: 'complaint.requestReview', args: reviewArgs(closed) }])).toEqual([[1, 'not_found']]);
    const reviews = await net.server.ctx.pool.query("SELECT id FROM sync_complaints WHERE document->'reviewOf'->>'id' = ANY($1::text[])", [[original.id, open.id, 'no-such-complaint']]);
    expect(reviews.rows).toEqual([]);
    expect(await serverDocument(open.id)).toEqual(stillOpen);
  });
});
