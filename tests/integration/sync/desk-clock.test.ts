import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ClockCorrection, PullRequest, PushRequest } from '../../../shared/sync/protocol';
import type { Complaint } from '../../../shared/domain/complaint';
import { SyncRunner } from '../../../core/sync/sync-runner';
import type { SyncTransport } from '../../../core/sync/transport';
import { findComplaint } from '../../../db/repositories/complaints';
import { listEvents } from '../../../db/repositories/complaint-events';
import { reviewStateOf } from '../../../db/repositories/server-state';
import { makeTestDesk, validIntake } from '../../support/desk';
import { valueOf, type TestDesk } from '../../support/workflow-desk';
import { manualClock, startTestServer, type TestServer } from '../server/support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const MINUTE = 60_000;

describe("a desk whose clock is off the server's (real desk, real server on PGlite)", () => {
  // The desk's clock reads 02:00 while the server's reads 01:48: the desk is 12 minutes fast.
  const deskNow = new Date('2026-11-25T02:00:00.000Z');
  const server$ = manualClock(new Date(deskNow.getTime() - 12 * MINUTE));
  let server: TestServer;
  let token: string;
  const desks: TestDesk[] = [];

  beforeAll(async () => {
    server = await startTestServer('pglite', { clock: server$.clock, limits: { callsPerUser: { max: 100_000, windowSeconds: 60 } } });
    token = (await server.signIn('A1001')).accessToken;
  });
  afterEach(() => desks.splice(0).forEach((d) => d.close()));
  afterAll(() => server?.close());

  /** The desk's requests as its HTTP link sends them: its own clock goes with each push. */
  const transport: SyncTransport = {
    async push(request: PushRequest) {
      await server.signedInWith('A1001', request.clientId);
      return (await server.call('POST', '/sync/push', { token, body: request })).json();
    },
    async pull(request: PullRequest) {
      await server.signedInWith('A1001', request.clientId);
      return (await server.call('POST', '/sync/pull', { token, body: request })).json();
    },
  };

  it("warns its agent, lists what the server corrected, and takes the server's receipt with the lead's review flag", async () => {
    const desk = makeTestDesk({ agent: A1001, now: deskNow });
    desks.push(desk);
    const runner = new SyncRunner(desk.ctx, { transport, enabled: () => true, pokes: false, pollMs: 60_000 });
    desk.ctx.sync = runner;
    const created = valueOf<Complaint>(await desk.dispatch('complaints.create', { ...validIntake(), callTime: '2026-11-25T09:58:00+08:00' }));
    expect(valueOf(await desk.dispatch('sync.status', {}))).toMatchObject({ clockOff: false, clockOffsetMs: null });

    expect(valueOf(await desk.dispatch('sync.now', {}))).toMatchObject({ online: true, pending: 0, clockOff: true, clockOffsetMs: -12 * MINUTE });
    const corrections = valueOf<ClockCorrection[]>(await desk.dispatch('sync.clockCorrections', {}));
    expect(corrections.map((c) => [c.field, c.deskTime, c.serverTime, c.reason])).toEqual([
      ['callTime', '2026-11-25T09:58:00+08:00', '2026-11-25T01:46:00.000Z', 'clock_skew'],
      ['createdAt', '2026-11-25T02:00:00.000Z', '2026-11-25T01:48:00.000Z', 'clock_skew'],
    ]);
    expect(corrections.every((c) => c.complaintId === created.id)).toBe(true);
    // The pull brings the server's record: the receipt it counts deadlines from, and the flag for the lead.
    expect(findComplaint(desk.db, created.id)?.receivedAt).toBe('2026-11-25T01:46:00.000Z');
    expect(reviewStateOf(desk.db, created.id)).toMatchObject({ needsReview: true, conflicts: [{ field: 'receivedAt', reason: 'clock_skew' }] });
    // Its own timeline shows the server's time of the event it wrote (the desk's stays on its append-only record).
    expect(listEvents(desk.db, created.id).map((e) => [e.kind, e.at])).toEqual([['complaint.created', '2026-11-25T01:48:00.000Z']]);
    await runner.stop();
  });

  it('does not warn within 5 minutes and corrects nothing within 2', async () => {
    server$.advance(11 * MINUTE); // now 1 minute behind the desk
    const desk = makeTestDesk({ agent: A1001, now: deskNow });
    desks.push(desk);
    const runner = new SyncRunner(desk.ctx, { transport, enabled: () => true, pokes: false, pollMs: 60_000 });
    desk.ctx.sync = runner;
    await desk.dispatch('complaints.create', { ...validIntake(), callTime: '2026-11-25T09:58:00+08:00' });
    expect(valueOf(await desk.dispatch('sync.now', {}))).toMatchObject({ clockOff: false, clockOffsetMs: -MINUTE });
    expect(valueOf(await desk.dispatch('sync.clockCorrections', {}))).toEqual([]);
    await runner.stop();
  });
});
