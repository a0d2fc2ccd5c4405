import { describe, expect, it } from 'vitest';
import { claimedSize, mayDownload } from '../../../server/sync/attachment-possession';

const her = { userId: 'u-a1001', employeeNo: 'A1001' };
const him = { userId: 'u-a2001', employeeNo: 'A2001' };
const lead = { userId: 'u-l2001', employeeNo: 'L2001' };

describe('attachment contents by proof of possession', () => {
  it('a content opens through an attachment only when its adder uploaded the bytes, or for the uploader themselves', () => {
    const hers = [{ size: 10, adderNo: 'A1001' }];
    const his = [{ size: 10, adderNo: 'A2001' }];
    expect(mayDownload(lead, hers, [her])).toBe(true);
    expect(mayDownload(lead, [{ size: 10, adderNo: 'a1001' }], [her])).toBe(true);
    expect(mayDownload(him, his, [her])).toBe(false);
    expect(mayDownload(him, his, [])).toBe(false);
    expect(mayDownload(him, his, [her, him])).toBe(true);
    // Seeing no attachment that names it: nothing, even for an uploader.
    expect(mayDownload(him, [], [him])).toBe(false);
  });

  it('an upload is held to the size of the uploader\'s own attachment first, else the earliest they see', () => {
    expect(claimedSize('A1001', [{ size: 2, adderNo: 'A2001' }, { size: 10, adderNo: 'a1001' }])).toBe(10);
    expect(claimedSize('L2001', [{ size: 2, adderNo: 'A2001' }, { size: 10, adderNo: 'A1001' }])).toBe(2);
    expect(claimedSize('A1001', [])).toBeNull();
  });
});
