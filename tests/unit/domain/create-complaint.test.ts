import { describe, expect, it } from 'vitest';
import { complaintNumber, create, createComplaint, isComplaintNumberOf, numberClaim } from '../../../shared/domain/commands/create-complaint';
import { localDay } from '../../../shared/domain/reports/team-time';
import { Intake } from '../../../shared/domain/intake';
import { validIntake } from '../../support/desk';

const actor = { id: 'A1001', name: '王芳' };
const now = new Date('2026-11-25T02:05:00.000Z');

describe('complaint.create', () => {
  it('opens the complaint at the intake stage, assigned to the agent who took it, with one timeline event', () => {
    const intake = Intake.parse(validIntake());
    const { complaint, events } = createComplaint({ id: 'c1', number: 'TS-1', eventId: 'e1', intake }, actor, now);
    expect(complaint).toMatchObject({
      id: 'c1',
      stage: 'intake',
      status: 'open',
      receivedAt: intake.callTime,
      createdAt: now.toISOString(),
      createdBy: actor,
      assignee: actor,
      version: 1,
    });
    expect(events).toEqual([
      { id: 'e1', complaintId: 'c1', at: now.toISOString(), actor, kind: 'complaint.created', changes: [], data: { stage: 'intake', channel: 'phone' } },
    ]);
  });

  it('numbers a complaint by the local date of the call and 40 bits of its id in Crockford base32', () => {
    expect(complaintNumber('3f9a2c1b-7e00-4000-8000-000000000000', '2026-11-25T07:30:00+08:00')).toBe('TS-20261125-7YD2R6VY');
    expect(complaintNumber('ffffffff-ff00-4000-8000-000000000000', '2026-11-25T23:59:00+08:00')).toBe('TS-20261125-ZZZZZZZZ');
    expect(complaintNumber('00000000-0000-4000-8000-000000000000', '2026-01-02T00:00:00Z')).toBe('TS-20260102-00000000');
  });

  it('dates the number in Asia/Shanghai, the day the screens show as 受理时间, whatever offset the call time was written with', () => {
    const id = '3f9a2c1b-7e00-4000-8000-000000000000';
    // Issue 22, item 18: a UTC call time late on 24 November is 25 November in Shanghai.
    expect(complaintNumber(id, '2026-11-24T17:00:00Z')).toBe('TS-20261125-7YD2R6VY');
    expect(complaintNumber(id, '2026-11-24T17:00:00Z')).toBe(complaintNumber(id, '2026-11-25T01:00:00+08:00'));
    expect(complaintNumber(id, '2026-11-24T15:59:59.999Z')).toBe('TS-20261124-7YD2R6VY');
    expect(complaintNumber(id, '2026-11-25T23:30:00-05:00')).toBe('TS-20261126-7YD2R6VY');
    for (let i = 0; i < 500; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(Math.random() * 365 * 86_400_000)).toISOString();
      expect(complaintNumber(id, at).slice(3, 11)).toBe(localDay(at).replaceAll('-', ''));
    }
  });

  it('still accepts the previous version\'s number (the date as written) during the transition, and nothing else', () => {
    const id = '3f9a2c1b-7e00-4000-8000-000000000000';
    const callTime = '2026-11-24T17:00:00Z';
    const intake = validIntake({ callTime });
    expect(isComplaintNumberOf('TS-20261124-7YD2R6VY', id, callTime)).toBe(true);
    expect(numberClaim({ id, number: 'TS-20261124-7YD2R6VY', intake })).toBeNull();
    expect(numberClaim({ id, number: 'TS-20261125-7YD2R6VY', intake })).toBeNull();
    expect(numberClaim({ id, number: 'TS-20261123-7YD2R6VY', intake })?.code).toBe('number_mismatch');
    expect(numberClaim({ id, number: 'TS-20261125-00000000', intake })?.code).toBe('number_mismatch');
  });

  it('gives ten thousand random ids ten thousand different numbers on one day', () => {
    const numbers = new Set(Array.from({ length: 10_000 }, () => complaintNumber(crypto.randomUUID(), '2026-11-25T10:00:00+08:00')));
    expect(numbers.size).toBe(10_000);
  });

  it('as the replayable command, refuses a call time after the time stored in the mutation, and accepts the same create replayed later', () => {
    const id = '3f9a2c1b-7e00-4000-8000-000000000000';
    const command = (callTime: string) => ({ id, number: complaintNumber(id, callTime), eventId: 'e1', intake: validIntake({ callTime }) });
    expect(create(null, command('2026-11-25T11:00:00+08:00'), actor, now)).toEqual({
      refused: true,
      code: 'call_time_invalid',
      messageKey: 'validation.callTime.future',
      params: { field: 'callTime' },
    });
    const taken = command('2026-11-25T10:00:00+08:00');
    expect(create(null, taken, actor, now)).toMatchObject({ complaint: { id } });
    expect(create(null, taken, actor, new Date('2026-12-20T00:00:00.000Z'))).toMatchObject({ complaint: { id } });
  });
});
