import { afterEach, describe, expect, it } from 'vitest';
import { handleCallArgv, handleCallUrl } from '../../../core/cti/forward-call';
import { handleCallEvent } from '../../../core/cti/handle-call-event';
import { CtiParseError } from '../../../shared/domain/cti/cti-parse-error';
import { countRows, valueOf } from '../../support/results';
import { makeTestDesk, validIntake } from '../../support/desk';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());

const value = valueOf;
const count = (table: string) => countRows(desk.db, table);
const ring = (callId: string, from = '13800138000') =>
  handleCallEvent(desk.ctx, { kind: 'incoming', callId, direction: 'in', from, to: '95500', users: [], queue: null, source: 'http' });

describe('a call from screen-pop to saved complaint', () => {
  it('links the call to the complaint created during it, in the same transaction', async () => {
    desk = makeTestDesk();
    ring('call-1');
    const complaint = value<{ id: string }>(await desk.dispatch('complaints.create', { ...validIntake(), callId: 'call-1' }));
    const calls = value<{ id: string; complaintId: string | null }[]>(await desk.dispatch('calls.list', {}));
    expect(calls).toMatchObject([{ id: 'call-1', complaintId: complaint.id }]);
    const stored = value<{ complaint: { intake: Record<string, unknown> } }>(await desk.dispatch('complaints.get', { id: complaint.id }));
    expect(stored.complaint.intake).not.toHaveProperty('callId');
  });

  it('saves nothing when the call to link is unknown', async () => {
    desk = makeTestDesk();
    const result = await desk.dispatch('complaints.create', { ...validIntake(), callId: 'no-such-call' });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found', messageKey: 'calls.errors.callNotFound' } });
    expect([count('complaints'), count('complaint_events'), count('outbox')]).toEqual([0, 0, 0]);
  });

  it('links a call to an existing complaint the agent opened during it', async () => {
    desk = makeTestDesk();
    const complaint = value<{ id: string }>(await desk.dispatch('complaints.create', validIntake()));
    ring('call-2');
    const linked = value<{ complaintId: string }>(await desk.dispatch('calls.linkComplaint', { callId: 'call-2', complaintId: complaint.id }));
    expect(linked.complaintId).toBe(complaint.id);
    expect(await desk.dispatch('calls.linkComplaint', { callId: 'nope', complaintId: complaint.id })).toMatchObject({ ok: false });
    expect(await desk.dispatch('calls.linkComplaint', { callId: 'call-2', complaintId: 'nope' })).toMatchObject({
      ok: false,
      error: { messageKey: 'errors.complaintNotFound' },
    });
  });
});

describe('matching a caller to complaints', () => {
  it("finds the caller's earlier complaints however the number is written", async () => {
    desk = makeTestDesk();
    await desk.dispatch('complaints.create', validIntake({ contactPhone: '(021)12345678', customerName: '李娜' }));
    await desk.dispatch('complaints.create', validIntake({ contactPhone: '13800138000' }));
    const history = value<{ customerName: string }[]>(await desk.dispatch('calls.callerHistory', { number: '0086 21 1234 5678' }));
    expect(history.map((c) => c.customerName)).toEqual(['李娜']);
    expect(value<unknown[]>(await desk.dispatch('calls.callerHistory', { number: 'anonymous' }))).toEqual([]);
  });

  it('offers open complaints with the same number or policy as duplicates, both reasons first', async () => {
    desk = makeTestDesk();
    const both = value<{ id: string }>(await desk.dispatch('complaints.create', validIntake({ contactPhone: '13800138000', policyNumber: 'P2026-000123' })));
    const phoneOnly = value<{ id: string }>(await desk.dispatch('complaints.create', validIntake({ contactPhone: '+86 138 0013 8000', policyNumber: 'OTHER-1' })));
    const policyOnly = value<{ id: string }>(await desk.dispatch('complaints.create', validIntake({ contactPhone: '010-12345678', policyNumber: 'p2026-000123' })));
    await desk.dispatch('complaints.create', validIntake({ contactPhone: '021-55556666', policyNumber: 'UNRELATED' }));

    const matches = value<{ complaint: { id: string }; matchedOn: string[] }[]>(
      await desk.dispatch('complaints.findOpenDuplicates', { contactPhone: '138 0013 8000', policyNumber: 'P2026-000123' }),
    );
    expect(matches.map((m) => [m.complaint.id, m.matchedOn])).toEqual(
      expect.arrayContaining([
        [both.id, ['contactPhone', 'policyNumber']],
        [phoneOnly.id, ['contactPhone']],
        [policyOnly.id, ['policyNumber']],
      ]),
    );
    expect(matches).toHaveLength(3);
    expect(matches[0]!.complaint.id).toBe(both.id);
    expect(value<unknown[]>(await desk.dispatch('complaints.findOpenDuplicates', {}))).toEqual([]);
  });

  it('does not offer closed complaints', async () => {
    desk = makeTestDesk();
    const c = value<{ id: string }>(await desk.dispatch('complaints.create', validIntake()));
    desk.db.prepare("UPDATE complaints SET status = 'closed' WHERE id = ?").run(c.id);
    expect(value<unknown[]>(await desk.dispatch('complaints.findOpenDuplicates', { contactPhone: '13800138000' }))).toEqual([]);
  });
});

describe('the URL and command-line ways in', () => {
  it('records a call from a complaintdesk:// URL and pops it', () => {
    desk = makeTestDesk();
    const popped: unknown[] = [];
    desk.ctx.events.subscribe((name, payload) => void (name === 'call.incoming' && popped.push(payload)));
    const call = handleCallUrl(desk.ctx, 'complaintdesk://call?from=+8613800138000&callId=url-1');
    expect(call).toMatchObject({ id: 'url-1', numberKey: '+8613800138000', source: 'url' });
    expect(popped).toHaveLength(1);
  });

  it('records a call from MicroSIP’s command line, making up a call id', () => {
    desk = makeTestDesk();
    const call = handleCallArgv(desk.ctx, ['C:\\Complaint Desk\\Complaint Desk.exe', '--flag', '010-12345678']);
    expect(call).toMatchObject({ number: '010-12345678', numberKey: '+861012345678', source: 'argv' });
    expect(call!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(handleCallArgv(desk.ctx, ['C:\\Complaint Desk\\Complaint Desk.exe'])).toBeNull();
    expect(count('calls')).toBe(1);
  });

  it('writes nothing for a malformed URL', () => {
    desk = makeTestDesk();
    expect(() => handleCallUrl(desk.ctx, 'complaintdesk://call?from=%number%')).toThrow(CtiParseError);
    expect(count('calls')).toBe(0);
  });

  it('shows the deadline state of each complaint in the caller history and the duplicate offer', async () => {
    desk = makeTestDesk({ now: new Date('2026-11-25T02:00:00.000Z') });
    await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-25T10:00:00+08:00' }));
    const state = async () => ({
      history: value<{ deadline: { state: string } }[]>(await desk.dispatch('calls.callerHistory', { number: '13800138000' }))[0]?.deadline.state,
      duplicate: value<{ complaint: { deadline: { state: string } } }[]>(
        await desk.dispatch('complaints.findOpenDuplicates', { contactPhone: '13800138000' }),
      )[0]?.complaint.deadline.state,
    });
    expect(await state()).toEqual({ history: 'onTrack', duplicate: 'onTrack' });
    desk.setNow(new Date('2026-12-08T02:00:00.000Z'));
    expect(await state()).toEqual({ history: 'dueSoon', duplicate: 'dueSoon' });
    desk.setNow(new Date('2026-12-11T02:00:00.000Z'));
    expect(await state()).toEqual({ history: 'overdue', duplicate: 'overdue' });
  });
});
