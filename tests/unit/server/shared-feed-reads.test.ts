import { describe, expect, it } from 'vitest';
import type { Reach } from '../../../shared/domain/visibility/visibility-rule';
import { SharedFeedReads, type FeedRead } from '../../../server/sync/shared-feed-reads';

function deferred() {
  let resolve!: (read: FeedRead) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<FeedRead>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const team1: Reach = { kind: 'team', teamId: 't1', branchId: 'b1' };
const READ: FeedRead = { top: 7, found: [{ position: 7, json: '{}' }] };

describe('single-flight feed reads', () => {
  it('shares one running read between pulls of the same reach, cursor and size, and forgets it once answered', async () => {
    const reads = new SharedFeedReads();
    const pending = deferred();
    let runs = 0;
    const run = () => (runs++, pending.promise);
    const first = reads.read(team1, 3, 501, run);
    const second = reads.read({ kind: 'team', teamId: 't1', branchId: 'b1' }, 3, 501, run);
    expect(runs).toBe(1);
    expect(reads.joined).toBe(1);
    pending.resolve(READ);
    expect(await first).toBe(READ);
    expect(await second).toBe(READ);
    expect(reads.inFlight).toBe(0);
    await reads.read(team1, 3, 501, () => (runs++, Promise.resolve(READ)));
    expect(runs).toBe(2);
  });

  it('never shares between reaches, cursors or page sizes', () => {
    const reads = new SharedFeedReads();
    let runs = 0;
    const run = () => (runs++, new Promise<FeedRead>(() => {}));
    const reaches: Reach[] = [
      team1,
      { kind: 'team', teamId: 't2', branchId: 'b1' },
      { kind: 'team', teamId: 't1', branchId: 'b2' },
      { kind: 'person', employeeNo: 'A1001' },
      { kind: 'person', employeeNo: 'A1002' },
      { kind: 'everything' },
    ];
    for (const reach of reaches) reads.read(reach, 3, 501, run);
    reads.read(team1, 4, 501, run);
    reads.read(team1, 3, 11, run);
    expect(runs).toBe(reaches.length + 2);
    expect(reads.joined).toBe(0);
  });

  it('a read that fails fails every pull that joined it, and the next pull reads afresh', async () => {
    const reads = new SharedFeedReads();
    const pending = deferred();
    const first = reads.read(team1, 0, 501, () => pending.promise);
    const second = reads.read(team1, 0, 501, () => Promise.resolve(READ));
    pending.reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await expect(second).rejects.toThrow('connection lost');
    expect(await reads.read(team1, 0, 501, () => Promise.resolve(READ))).toBe(READ);
  });
});
