import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCtiEndpoint, type CtiEndpoint } from '../../../core/cti/cti-endpoint';
import { makeTestDesk } from '../../support/desk';

/**
 * The event sequences of Zammad's own request tests (spec/requests/integration/cti_spec.rb), posted the
 * way Rails' `post params:` sends them: form-encoded, `call_id`, `user[]` for a list; the one `as: :json`
 * request as JSON. Zammad accepts every one of them, so the desk must too.
 */
type Params = Record<string, string | string[]>;
interface Request {
  params: Params;
  asJson?: boolean;
}

const form = (params: Params) =>
  Object.entries(params)
    .flatMap(([name, value]) =>
      Array.isArray(value)
        ? value.map((item) => `${encodeURIComponent(`${name}[]`)}=${encodeURIComponent(item)}`)
        : [`${encodeURIComponent(name)}=${encodeURIComponent(value)}`],
    )
    .join('&');

const inbound = { direction: 'in', to: '4930600000000', from: '4912347114711' };
const outbound = { direction: 'out', from: '4930600000000', to: '4912347114711' };

const SEQUENCES: Record<string, Request[]> = {
  'does basic call': [
    { params: { event: 'newCall', ...inbound, call_id: '4991155921769858278-1', user: ['user+1', 'user+2'] } },
    { params: { event: 'newCall', ...inbound, from: '491715000000', call_id: '4991155921769858278-2', user: ['user+1', 'user+2'] } },
    { params: { event: 'newCall', ...outbound, call_id: '8621106404543334274-3', user: 'user 1' } },
    { params: { event: 'newCall', ...outbound, to: '491714000000', call_id: '8621106404543334274-4', user: 'user 1' } },
    { params: { event: 'newCall', ...outbound, to: '4147110000000', call_id: '8621106404543334274-5', user: 'user 1' } },
    { params: { event: 'newCall', ...inbound, call_id: '4991155921769858278-6', user: ['user+1', 'user+2'] } },
  ],
  'does log call': [
    { params: { event: 'newCall', ...outbound, call_id: '1234567890-1', user: 'user 1' } },
    { params: { event: 'hangup', direction: 'out', call_id: '1234567890-1', cause: 'cancel' } },
    { params: { event: 'newCall', ...outbound, call_id: '1234567890-2', user: ['user 1'] } },
    { params: { event: 'answer', ...outbound, call_id: '1234567890-2' } },
    { params: { event: 'hangup', ...outbound, call_id: '1234567890-2', cause: 'normalClearing' } },
    { params: { event: 'newCall', ...inbound, call_id: '1234567890-3', user: 'user 1' } },
    { params: { event: 'answer', ...inbound, call_id: '1234567890-3' } },
    { params: { event: 'hangup', ...inbound, call_id: '1234567890-3', cause: 'normalClearing' } },
    { params: { event: 'answer', ...inbound, call_id: '1234567890-3' }, asJson: true },
    { params: { event: 'newCall', ...inbound, call_id: '1234567890-4', user: ['user 1', 'user 2'] } },
    { params: { event: 'answer', ...inbound, call_id: '1234567890-4', user: 'voicemail' } },
    { params: { event: 'hangup', ...inbound, call_id: '1234567890-4', cause: 'normalClearing' } },
    { params: { event: 'newCall', ...inbound, call_id: '1234567890-5', user: 'user 1,user 2' } },
    { params: { event: 'hangup', ...inbound, call_id: '1234567890-5', cause: 'normalClearing' } },
    { params: { event: 'newCall', ...inbound, from: '49999992222222', call_id: '1234567890-6', user: 'user 1,user 2' } },
    { params: { event: 'newCall', ...inbound, from: 'anonymous', call_id: '1234567890-7', user: 'user 1,user 2', queue: 'some_queue_name' } },
  ],
  'does log call with notify group with two a log entry': [
    { params: { event: 'newCall', ...outbound, call_id: '1234567890-1', user: 'user 1' } },
    { params: { event: 'newCall', ...outbound, call_id: '1234567890-2', user: 'user 1' } },
    { params: { event: 'newCall', ...inbound, call_id: '1234567890-5', user: 'user 1,user 2' } },
  ],
  'does log call with notify group without a log entry': [
    { params: { event: 'newCall', ...outbound, call_id: '1234567890-1', user: 'user 1' } },
    { params: { event: 'newCall', ...outbound, call_id: '1234567890-2', user: 'user 1' } },
    { params: { event: 'newCall', ...inbound, call_id: '1234567890-5', user: 'user 1,user 2' } },
  ],
  'does queue param tests': [
    { params: { event: 'newCall', ...inbound, from: 'anonymous', call_id: '1234567890-1', user: 'user 1,user 2', queue: 'some_queue_name' } },
    { params: { event: 'newCall', ...inbound, from: 'anonymous', call_id: '1234567890-2', user: '', queue: 'some_queue_name' } },
  ],
};

const TOKEN = 'zammad-spec-token-0123456789';
let desk: ReturnType<typeof makeTestDesk>;
let endpoint: CtiEndpoint;

beforeEach(async () => {
  desk = makeTestDesk();
  endpoint = await startCtiEndpoint({ ctx: desk.ctx, port: 0, token: TOKEN });
});
afterEach(async () => {
  await endpoint.close();
  desk.close();
});

async function send({ params, asJson }: Request): Promise<{ status: number; body: unknown }> {
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': asJson ? 'application/json' : 'application/x-www-form-urlencoded' },
    body: asJson ? JSON.stringify(params) : form(params),
  });
  return { status: response.status, body: await response.json() };
}

const call = (id: string) => desk.db.prepare('SELECT * FROM calls WHERE id = ?').get(id) as Record<string, unknown> | undefined;

describe("Zammad's request-spec event sequences, replayed against the desk's CTI endpoint", () => {
  it.each(Object.entries(SEQUENCES))('%s: every request is accepted', async (_name, requests) => {
    const answers = [];
    for (const request of requests) answers.push(await send(request));
    expect(answers).toEqual(requests.map(() => ({ status: 200, body: {} })));
  });

  it('replays all 30 requests of the five sequences', () => {
    expect(Object.values(SEQUENCES).flat()).toHaveLength(30);
  });

  it('records what the log-call sequence says: talk time, causes, the agents, an answer after hangup ignored', async () => {
    const steps = SEQUENCES['does log call']!;
    for (const [i, request] of steps.entries()) {
      desk.setNow(new Date(Date.parse('2026-11-25T02:00:00.000Z') + i * 2000));
      await send(request);
    }
    expect(call('1234567890-1')).toMatchObject({ direction: 'out', number: '4912347114711', cause: 'cancel', answered_at: null, duration_seconds: 0 });
    expect(call('1234567890-2')).toMatchObject({ direction: 'out', cause: 'normalClearing', duration_seconds: 2 });
    // The answer that came after the hangup did not reopen the call or move its answer time.
    expect(call('1234567890-3')).toMatchObject({
      answered_at: '2026-11-25T02:00:12.000Z',
      ended_at: '2026-11-25T02:00:14.000Z',
      duration_seconds: 2,
    });
    expect(call('1234567890-4')).toMatchObject({ agent: 'voicemail', cause: 'normalClearing' });
    expect(call('1234567890-5')).toMatchObject({ agent: 'user 1, user 2', answered_at: null });
    expect(call('1234567890-7')).toMatchObject({ number: 'anonymous', number_key: null, queue: 'some_queue_name' });
  });

  it('takes user[] lists and a blank user as Zammad does', async () => {
    await send(SEQUENCES['does basic call']![0]!);
    await send(SEQUENCES['does queue param tests']![1]!);
    expect(call('4991155921769858278-1')).toMatchObject({ agent: 'user+1, user+2' });
    expect(call('1234567890-2')).toMatchObject({ agent: null, queue: 'some_queue_name' });
  });

  it('lets a second newCall with a known id change nothing', async () => {
    const events: string[] = [];
    desk.ctx.events.subscribe((name) => void events.push(name));
    await send({ params: { event: 'newCall', ...inbound, call_id: 'dup-1', user: 'user 1' } });
    const first = call('dup-1');
    desk.setNow(new Date('2026-11-25T03:00:00.000Z'));
    expect(await send({ params: { event: 'newCall', ...inbound, from: '13800138000', call_id: 'dup-1', user: 'user 2' } })).toEqual({ status: 200, body: {} });
    expect(call('dup-1')).toEqual(first);
    expect(events).toEqual(['call.incoming']);
  });

  it('accepts callId and call_id alike, as JSON or form fields', async () => {
    for (const [id, asJson] of [['json-callId', true], ['form-callId', false]] as const) {
      expect(await send({ params: { event: 'newCall', ...inbound, callId: id }, asJson })).toEqual({ status: 200, body: {} });
      expect(await send({ params: { event: 'hangup', direction: 'in', call_id: id }, asJson })).toEqual({ status: 200, body: {} });
      expect(call(id)).toMatchObject({ cause: null, answered_at: null });
      expect(call(id)?.ended_at).not.toBeNull();
    }
  });
});
