import { describe, expect, it } from 'vitest';
import type { CallRecord } from '../../../shared/api/calls';
import { callLinkOffer } from '../../../renderer/features/calls/call-link-offer';

const call = (overrides: Partial<CallRecord> = {}): CallRecord => ({
  id: 'c-1',
  number: '13900139000',
  numberKey: '+8613900139000',
  direction: 'in',
  agent: null,
  queue: null,
  source: 'http',
  startedAt: '2026-11-26T02:00:00.000Z',
  answeredAt: null,
  endedAt: null,
  durationSeconds: null,
  cause: null,
  complaintId: null,
  recordingRef: null,
  missed: false,
  ...overrides,
});
const complaint = (contactPhone: string) => ({ id: 'TS-1', contactPhone });

describe('which call a complaint page offers to link (issue 22, item 8)', () => {
  it('offers a call from the complaint’s own caller, however the number was written', () => {
    expect(callLinkOffer(call(), complaint('139 0013 9000'))).toBe('offer');
    expect(callLinkOffer(call(), complaint('+86 139-0013-9000'))).toBe('offer');
  });

  it('never offers another caller still ringing after the intake was saved', () => {
    expect(callLinkOffer(call(), complaint('138 0013 8000'))).toBe('none');
  });

  it('offers nothing for a withheld number, an ended or outgoing call, or before the complaint is read', () => {
    expect(callLinkOffer(call({ number: 'anonymous', numberKey: null }), complaint('138 0013 8000'))).toBe('none');
    expect(callLinkOffer(call({ endedAt: '2026-11-26T02:05:00.000Z' }), complaint('13900139000'))).toBe('none');
    expect(callLinkOffer(call({ direction: 'out' }), complaint('13900139000'))).toBe('none');
    expect(callLinkOffer(call(), null)).toBe('none');
    expect(callLinkOffer(null, complaint('13900139000'))).toBe('none');
  });

  it('says a call is linked to this complaint, even after it ended, and that one linked elsewhere cannot be', () => {
    expect(callLinkOffer(call({ complaintId: 'TS-1', endedAt: '2026-11-26T02:05:00.000Z' }), complaint('13900139000'))).toBe('linked');
    expect(callLinkOffer(call({ complaintId: 'TS-9' }), complaint('13900139000'))).toBe('linkedElsewhere');
  });
});
