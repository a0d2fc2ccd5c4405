import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCtiEndpoint, type CtiEndpoint } from '../../../core/cti/cti-endpoint';
import type { EventName } from '../../../shared/api/events';
import { makeTestDesk, validIntake } from '../../support/desk';

const TOKEN = 'test-token-0123456789abcdef';
let desk: ReturnType<typeof makeTestDesk>;
let endpoint: CtiEndpoint;
let emitted: [EventName, unknown][];

beforeEach(async () => {
  desk = makeTestDesk();
  emitted = [];
  desk.ctx.events.subscribe((name, payload) => void emitted.push([name, payload]));
  endpoint = await startCtiEndpoint({ ctx: desk.ctx, port: 0, token: TOKEN });
});
afterEach(async () => {
  await endpoint.close();
  desk.close();
});

const post = (body: unknown, options: { url?: string; contentType?: string } = {}) =>
  fetch(options.url ?? endpoint.url, {
    method: 'POST',
    headers: { 'content-type': options.contentType ?? 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const calls = () => desk.db.prepare('SELECT * FROM calls ORDER BY started_at, id').all() as Record<string, unknown>[];
const zammad = (event: string, extra: Record<string, unknown> = {}) => ({
  event,
  from: '8613800138000',
  to: '4008208820',
  direction: 'in',
  callId: 'zammad-call-1',
  user: ['王芳'],
  ...extra,
});

describe('the CTI endpoint, fed Zammad generic CTI events', () => {
  it('listens on the loopback interface only', () => {
    expect(endpoint.url).toBe(`http://127.0.0.1:${endpoint.port}/cti/${TOKEN}`);
    expect(endpoint.port).toBeGreaterThan(0);
  });

  it('records an answered call from newCall to hangup, with times, duration, cause and agent', async () => {
    desk.setNow(new Date('2026-11-25T02:00:00.000Z'));
    let response = await post(zammad('newCall', { queue: 'claims' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({});

    desk.setNow(new Date('2026-11-25T02:00:07.000Z'));
    expect((await post(zammad('answer', { answeringNumber: 'A1001' }))).status).toBe(200);
    desk.setNow(new Date('2026-11-25T02:03:07.000Z'));
    expect((await post(zammad('hangup', { cause: 'normalClearing', answeringNumber: 'A1001' }))).status).toBe(200);

    expect(calls()).toEqual([
      {
        id: 'zammad-call-1',
        number: '8613800138000',
        number_key: '+8613800138000',
        direction: 'in',
        agent: 'A1001',
        queue: 'claims',
        source: 'http',
        started_at: '2026-11-25T02:00:00.000Z',
        answered_at: '2026-11-25T02:00:07.000Z',
        ended_at: '2026-11-25T02:03:07.000Z',
        duration_seconds: 180,
        cause: 'normalClearing',
        complaint_id: null,
        pulled: 0,
      },
    ]);
    expect(emitted.map(([name]) => name)).toEqual(['call.incoming', 'call.updated', 'call.updated']);
    expect(emitted[0]![1]).toMatchObject({ call: { id: 'zammad-call-1', startedAt: '2026-11-25T02:00:00.000Z' }, popUp: true });
  });

  it('pops the caller history matched on the normalised number', async () => {
    await desk.dispatch('complaints.create', validIntake({ contactPhone: '138-0013-8000' }));
    await desk.dispatch('complaints.create', validIntake({ contactPhone: '010-12345678' }));
    emitted = [];
    await post(zammad('newCall', { from: '+86 138 0013 8000' }));
    const [name, payload] = emitted[0]!;
    expect(name).toBe('call.incoming');
    expect((payload as { history: { contactPhone: string }[] }).history.map((c) => c.contactPhone)).toEqual(['138-0013-8000']);
  });

  it('pops up only for the agent the event names, but records the call either way', async () => {
    await post(zammad('newCall', { user: ['李娜'], callId: 'for-someone-else' }));
    await post(zammad('newCall', { user: 'A1001', callId: 'for-me' }));
    expect(emitted.map(([, p]) => (p as { popUp: boolean }).popUp)).toEqual([false, true]);
    expect(calls().map((c) => c.id)).toEqual(['for-me', 'for-someone-else']);
  });

  it('lists an inbound call that ended unanswered as missed', async () => {
    await post(zammad('newCall', { callId: 'missed-1' }));
    await post(zammad('hangup', { callId: 'missed-1', cause: 'cancel' }));
    await post(zammad('newCall', { callId: 'taken-1' }));
    await post(zammad('answer', { callId: 'taken-1' }));
    await post(zammad('hangup', { callId: 'taken-1', cause: 'normalClearing' }));
    const missed = await desk.dispatch('calls.list', { missedOnly: true });
    expect(missed).toMatchObject({ ok: true, value: [{ id: 'missed-1', missed: true, durationSeconds: 0, cause: 'cancel' }] });
  });

  it('accepts the form encoding Zammad documents', async () => {
    const form = 'event=newCall&from=%2B8613800138000&to=4008208820&direction=in&callId=form-1&user[]=A1001';
    expect((await post(form, { contentType: 'application/x-www-form-urlencoded' })).status).toBe(200);
    expect(calls()).toMatchObject([{ id: 'form-1', number_key: '+8613800138000', agent: 'A1001' }]);
  });

  it('ignores a resent newCall: one row, one popup', async () => {
    await post(zammad('newCall'));
    await post(zammad('newCall'));
    expect(calls()).toHaveLength(1);
    expect(emitted).toHaveLength(1);
  });

  it('answers 404 to a wrong token or path and writes nothing', async () => {
    const base = `http://127.0.0.1:${endpoint.port}`;
    for (const url of [`${base}/cti/wrong-token`, `${base}/cti/`, `${base}/api/complaints.create`, `${base}/cti/${TOKEN}x`]) {
      expect((await post(zammad('newCall'), { url })).status).toBe(404);
    }
    expect((await fetch(endpoint.url)).status).toBe(404);
    expect(calls()).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it.each([
    ['{"event": "newCall", ', 'cti.errors.invalidJson', null],
    ['', 'cti.errors.emptyBody', null],
    [JSON.stringify([1]), 'cti.errors.notAnObject', null],
    [JSON.stringify(zammad('ringing')), 'cti.errors.unknownEvent', 'event'],
    [JSON.stringify(zammad('newCall', { callId: undefined })), 'cti.errors.missingField', 'callId'],
    [JSON.stringify(zammad('newCall', { direction: 'inbound' })), 'cti.errors.invalidDirection', 'direction'],
    [JSON.stringify(zammad('newCall', { from: '<script>' })), 'cti.errors.invalidNumber', 'from'],
    [JSON.stringify(zammad('hangup', { cause: 'exploded' })), 'cti.errors.invalidCause', 'cause'],
  ])('answers 400 naming the problem for %s, and writes nothing', async (body, messageKey, field) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { messageKey: string; field: string | null; message: string } };
    expect(json.error).toMatchObject({ messageKey, field });
    expect(json.error.message.length).toBeGreaterThan(10);
    expect(calls()).toEqual([]);
    expect(emitted).toEqual([]);
  });

  it('refuses an oversized body with 413 and writes nothing', async () => {
    const response = await post(zammad('newCall', { queue: 'x'.repeat(20_000) }));
    expect(response.status).toBe(413);
    expect(calls()).toEqual([]);
  });
});
