import { describe, expect, it } from 'vitest';
import { customerNumber, isCallForAgent } from '../../../shared/domain/cti/call-event';

const agent = { id: 'A1001', name: '王芳' };

describe('who a call is for', () => {
  it('is for everyone when the event names nobody', () => {
    expect(isCallForAgent([], agent)).toBe(true);
  });

  it('is for the agent named by 工号 or name, ignoring case and spaces', () => {
    expect(isCallForAgent(['a1001 '], agent)).toBe(true);
    expect(isCallForAgent(['李娜', '王芳'], agent)).toBe(true);
  });

  it('is not for an agent the event does not name', () => {
    expect(isCallForAgent(['A1002', '李娜'], agent)).toBe(false);
  });
});

describe('the customer side of a call', () => {
  it('is the caller inbound and the callee outbound', () => {
    expect(customerNumber({ direction: 'in', from: '13800138000', to: '8001' })).toBe('13800138000');
    expect(customerNumber({ direction: 'out', from: '8001', to: '13800138000' })).toBe('13800138000');
  });
});
