import { describe, expect, it } from 'vitest';
import { callsOf } from '../../../shared/sync/mutators';

const CALL = {
  id: 'pbx-1',
  number: '13800138000',
  direction: 'in',
  agent: 'A1001',
  queue: null,
  source: 'http',
  startedAt: '2026-11-26T02:00:00.000Z',
  answeredAt: null,
  endedAt: null,
  durationSeconds: null,
  cause: null,
  recordingRef: null,
};

describe('the calls a mutation carries', () => {
  it('a create taken on a call and a recorded call carry it; other mutations and a create without a call carry none', () => {
    const create = { id: 'c1', number: 'TS-20261125-00000000', eventId: 'e1', intake: {} };
    expect(callsOf('complaint.create', { ...create, call: CALL })).toEqual([CALL]);
    expect(callsOf('complaint.recordCall', { complaintId: 'c1', call: CALL })).toEqual([CALL]);
    expect(callsOf('complaint.create', create)).toEqual([]);
    expect(callsOf('complaint.addNote', { complaintId: 'c1', call: CALL })).toEqual([]);
  });

  it('a call outside its schema is not stored (the mutation itself is refused by the registry)', () => {
    expect(callsOf('complaint.recordCall', { complaintId: 'c1', call: { ...CALL, direction: 'sideways' } })).toEqual([]);
    expect(callsOf('complaint.recordCall', null)).toEqual([]);
  });
});
