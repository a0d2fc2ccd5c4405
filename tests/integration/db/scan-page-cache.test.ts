import { afterEach, describe, expect, it } from 'vitest';
import { SCAN_CACHE_KIB, withScanPageCache } from '../../../db/scan-page-cache';
import { makeTestDesk } from '../../support/desk';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());
const cacheSize = () => desk.db.pragma('cache_size', { simple: true });

describe('a scan of the whole file runs with a small page cache', () => {
  it('shrinks the cache while scans run, overlapping ones too, and gives it back after the last, even one that fails', async () => {
    desk = makeTestDesk();
    const desks = cacheSize();
    expect(desks).toBe(-64 * 1024);
    let releaseFirst!: () => void;
    const first = withScanPageCache(desk.db, () => new Promise<void>((resolve) => (releaseFirst = resolve)));
    expect(cacheSize()).toBe(-SCAN_CACHE_KIB);
    await expect(withScanPageCache(desk.db, async () => {
      expect(cacheSize()).toBe(-SCAN_CACHE_KIB);
      throw new Error('the second export failed');
    })).rejects.toThrow('the second export failed');
    expect(cacheSize()).toBe(-SCAN_CACHE_KIB);
    releaseFirst();
    await first;
    expect(cacheSize()).toBe(desks);
  });
});
