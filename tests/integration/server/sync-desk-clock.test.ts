import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/domain/actor';
import { complaintNumber } from '../../../shared/domain/commands/create-complaint';
import type { FieldConflict, PullResponse, PushResponse, WireMutation } from '../../../shared/sync/protocol';
import { validIntake } from '../../support/valid-intake';
import { BACKENDS } from './support/backends';
import { manualClock, startTestServer, type TestServer } from './support/test-server';

const A1001: Actor = { id: 'A1001', name: '王芳', role: 'agent' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

/** One desk's outbox as the wire carries it, each mutation made at the time the desk's clock read. */
function deskLog(actor: Actor) {
  let next = 1;
  const make = (name: string, args: unknown, createdAt: string): WireMutation => ({ id: next++, opId: randomUUID(), name, args, baseVersions: {}, createdAt, actor });
  return {
    create(callTime: string, createdAt = callTime): WireMutation {
      const id = randomUUID();
      return make('complaint.create', { id, number: complaintNumber(id, callTime), eventId: randomUUID(), intake: { ...validIntake(), callTime } }, createdAt);
    },
    note(complaintId: string, createdAt: string): WireMutation {
      return make('complaint.addNote', { complaintId, eventId: randomUUID(), text: '客户来电催办' }, createdAt);
    },
  };
}

const idOf = (m: WireMutation) => (m.args as { id: string }).id;

describe.each(BACKENDS)("the server's clock rule on %s: a desk's time is evidence, not truth", (backend) => {
  const serverNow = new Date('2026-11-25T06:00:00.000Z').getTime();
  const time = manualClock(new Date(serverNow));
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer(backend, { clock: time.clock, limits: { callsPerUser: { max: 100_000, windowSeconds: 60 } } });
    token = (await server.signIn('A1001')).accessToken;
  });
  afterAll(() => server?.close());

  const push = async (mutations: WireMutation[], deskClock?: string, clientId = randomUUID()) => {
    await server.signedInWith('A1001', clientId);
    const response = await server.call('POST', '/sync/push', { token, body: { clientId, mutations, ...(deskClock ? { deskClock } : {}) } });
    expect(response.statusCode).toBe(200);
    return { answer: response.json() as PushResponse, clientId };
  };
  const stored = async (id: string) => {
    const { rows } = await server.ctx.pool.query('SELECT document, needs_review, conflicts FROM sync_complaints WHERE id = $1', [id]);
    return rows[0] as { document: { receivedAt: string; createdAt: string; intake: { callTime: string } }; needs_review: boolean; conflicts: FieldConflict[] };
  };
  const audit = async (opId: string) => {
    const { rows } = await server.ctx.pool.query('SELECT outcome, desk_time, clock_skew_ms, made_at FROM sync_audit WHERE op_id = $1', [opId]);
    return rows[0] as { outcome: string; desk_time: Date; clock_skew_ms: string; made_at: Date };
  };

  it('moves a desk 10 minutes fast back to the server time, keeps both times and flags the complaint for the lead', async () => {
    const deskNow = serverNow + 10 * MINUTE;
    const create = deskLog(A1001).create(iso(deskNow - 2 * MINUTE));
    const { answer } = await push([create], iso(deskNow));
    const row = await stored(idOf(create));
    expect(row.document.receivedAt).toBe(iso(serverNow - 2 * MINUTE));
    expect(row.document.intake.callTime).toBe(iso(serverNow - 2 * MINUTE));
    expect(row.document.createdAt).toBe(iso(serverNow - 2 * MINUTE));
    expect(row.needs_review).toBe(true);
    expect(row.conflicts).toEqual([
      expect.objectContaining({ field: 'receivedAt', reason: 'clock_skew', serverValue: iso(serverNow - 2 * MINUTE), deskValue: iso(deskNow - 2 * MINUTE) }),
    ]);
    expect(answer.corrections.map((c) => [c.field, c.reason])).toEqual([
      ['createdAt', 'clock_skew'],
      ['callTime', 'clock_skew'],
    ]);
    expect(Date.parse(answer.serverTime!)).toBe(serverNow);
    const audited = await audit(create.opId);
    expect(audited).toMatchObject({ outcome: 'applied', clock_skew_ms: String(-10 * MINUTE) });
    expect(audited.desk_time.toISOString()).toBe(create.createdAt);
    expect(audited.made_at.toISOString()).toBe(iso(serverNow - 2 * MINUTE));
  });

  it('moves a day of work of a desk 2 hours slow forward by the skew, so the call-time rule and deadlines run on the real time', async () => {
    const skew = 2 * HOUR;
    const log = deskLog(A1001);
    // Received yesterday morning on the desk's clock, a note in the afternoon; the desk comes back online now.
    const create = log.create(iso(serverNow - DAY - skew));
    const note = log.note(idOf(create), iso(serverNow - 6 * HOUR - skew));
    const { answer } = await push([create, note], iso(serverNow - skew));
    const row = await stored(idOf(create));
    expect(row.document.receivedAt).toBe(iso(serverNow - DAY));
    expect(row.conflicts).toEqual([expect.objectContaining({ field: 'receivedAt', reason: 'clock_skew', deskValue: iso(serverNow - DAY - skew) })]);
    expect(answer.corrections.filter((c) => c.mutationId === note.id)).toEqual([expect.objectContaining({ field: 'createdAt', serverTime: iso(serverNow - 6 * HOUR) })]);
    const events = await server.ctx.pool.query(`SELECT document->>'at' AS at FROM sync_events WHERE complaint_id = $1 ORDER BY seq`, [idOf(create)]);
    expect(events.rows.map((r) => r.at)).toEqual([iso(serverNow - DAY), iso(serverNow - 6 * HOUR)]);
  });

  it('takes a desk within the allowance as it is: nothing moved, nothing flagged', async () => {
    const create = deskLog(A1001).create(iso(serverNow - 30 * MINUTE));
    const { answer } = await push([create], iso(serverNow + 30_000));
    const row = await stored(idOf(create));
    expect(row.document.receivedAt).toBe(iso(serverNow - 30 * MINUTE));
    expect(row.needs_review).toBe(false);
    expect(answer.corrections).toEqual([]);
  });

  it('clamps a desk claiming 2099 with an honest clock to the moment the server received it, flagged', async () => {
    const create = deskLog(A1001).create('2099-01-01T08:00:00+08:00');
    const { answer } = await push([create], iso(serverNow));
    const row = await stored(idOf(create));
    expect(row.document.receivedAt).toBe(iso(serverNow));
    expect(row.conflicts).toEqual([expect.objectContaining({ field: 'receivedAt', reason: 'clock_ahead', deskValue: '2099-01-01T08:00:00+08:00' })]);
    expect(answer.corrections.map((c) => c.reason)).toContain('clock_ahead');
  });

  it('moves a desk whose whole clock says 2099 to the server time, and a push with no clock at all is bounded the same way', async () => {
    const future = deskLog(A1001).create('2099-01-01T00:00:00.000Z');
    await push([future], '2099-01-01T00:01:00.000Z');
    expect((await stored(idOf(future))).document.receivedAt).toBe(iso(serverNow - MINUTE));
    const silent = deskLog(A1001).create('2099-01-01T00:00:00.000Z');
    await push([silent]);
    const row = await stored(idOf(silent));
    expect(row.document.receivedAt).toBe(iso(serverNow));
    expect(row.needs_review).toBe(true);
  });

  it('keeps the real call time of a complaint received in 2015 but flags it for review with the time the server first saw it', async () => {
    const create = deskLog(A1001).create('2015-03-01T09:00:00.000Z');
    await push([create], iso(serverNow));
    const row = await stored(idOf(create));
    expect(row.document.receivedAt).toBe('2015-03-01T09:00:00.000Z');
    expect(row.conflicts).toEqual([
      expect.objectContaining({ field: 'receivedAt', reason: 'offline_window', serverValue: iso(serverNow), deskValue: '2015-03-01T09:00:00.000Z' }),
    ]);
  });

  it('flags a complaint received offline longer ago than the organisation window (14 days by default), not one inside it', async () => {
    const log = deskLog(A1001);
    const old = log.create(iso(serverNow - 15 * DAY));
    const recent = log.create(iso(serverNow - 13 * DAY));
    await push([old, recent], iso(serverNow));
    expect((await stored(idOf(old))).conflicts.map((c) => c.reason)).toEqual(['offline_window']);
    expect((await stored(idOf(recent))).needs_review).toBe(false);
  });

  it('flags the first change after a clock set back in the middle of an offline day (NTP), and moves nothing when the clock is right again', async () => {
    const log = deskLog(A1001);
    // The desk is an hour fast until NTP sets it back at noon; 20 minutes later its clock reads 40 minutes
    // earlier than at the change before. In the evening it pushes with the right clock.
    const noon = serverNow - 6 * HOUR;
    const morning = log.create(iso(noon - 10 * MINUTE + HOUR));
    const afternoon = log.create(iso(noon + 10 * MINUTE));
    const { answer } = await push([morning, afternoon], iso(serverNow));
    expect((await stored(idOf(morning))).needs_review).toBe(false);
    expect((await stored(idOf(afternoon))).conflicts).toEqual([
      expect.objectContaining({ field: 'receivedAt', reason: 'clock_back', deskValue: iso(noon + 10 * MINUTE) }),
    ]);
    expect(answer.corrections).toEqual([expect.objectContaining({ mutationId: afternoon.id, field: 'receivedAt', reason: 'clock_back' })]);
  });

  it('raises a change claimed before its complaint existed (2015) to the complaint’s creation, never storing the claimed time', async () => {
    const log = deskLog(A1001);
    const create = log.create(iso(serverNow - HOUR));
    const note = log.note(idOf(create), '2015-01-01T00:00:00.000Z');
    const { answer } = await push([create, note], iso(serverNow));
    const events = await server.ctx.pool.query(`SELECT document->>'at' AS at FROM sync_events WHERE complaint_id = $1 ORDER BY seq`, [idOf(create)]);
    expect(events.rows.map((r) => r.at)).toEqual([iso(serverNow - HOUR), iso(serverNow - HOUR)]);
    expect(answer.corrections).toEqual([expect.objectContaining({ mutationId: note.id, field: 'createdAt', deskTime: '2015-01-01T00:00:00.000Z', reason: 'clock_back' })]);
  });

  it('notices a clock set back between two pushes of the same desk', async () => {
    const log = deskLog(A1001);
    const first = log.create(iso(serverNow - 2 * HOUR));
    const { clientId } = await push([first], iso(serverNow));
    const second = log.create(iso(serverNow - 3 * HOUR));
    await push([second], iso(serverNow), clientId);
    expect((await stored(idOf(second))).conflicts.map((c) => c.reason)).toEqual(['clock_back']);
  });

  it('lets a lead decide a flagged receipt: the desk time chosen becomes the receipt and the call time', async () => {
    const deskNow = serverNow + 3 * HOUR;
    const create = deskLog(A1001).create(iso(deskNow - HOUR));
    await push([create], iso(deskNow));
    const lead = await server.signIn('L2001');
    const leadClient = lead.clientId;
    const conflict = (await stored(idOf(create))).conflicts[0]!;
    const resolve: WireMutation = {
      id: 1,
      opId: randomUUID(),
      name: 'complaint.resolveReview',
      args: { complaintId: idOf(create), eventId: randomUUID(), choices: [{ field: 'receivedAt', chosen: 'desk', value: conflict.deskValue, other: conflict.serverValue }] },
      baseVersions: {},
      createdAt: iso(serverNow),
      actor: { id: 'L2001', name: '李强', role: 'lead' },
    };
    const response = await server.call('POST', '/sync/push', { token: lead.accessToken, body: { clientId: leadClient, mutations: [resolve], deskClock: iso(serverNow) } });
    expect(response.statusCode).toBe(200);
    const pulled = await server.call('POST', '/sync/pull', { token: lead.accessToken, body: { clientId: leadClient, cursor: 0 } });
    expect((pulled.json() as PullResponse).rejections).toEqual([]);
    const row = await stored(idOf(create));
    expect(row.needs_review).toBe(false);
    expect(row.document.receivedAt).toBe(iso(deskNow - HOUR));
    expect(row.document.intake.callTime).toBe(iso(deskNow - HOUR));
  });
});
