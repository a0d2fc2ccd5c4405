import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import type { SyncStatus } from '../../../shared/api/sync';
import { syncOnce, type SyncProgress } from '../../../core/sync/sync-once';
import { findComplaint } from '../../../db/repositories/complaints';
import { pullPosition } from '../../../db/repositories/server-state';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf } from '../../support/workflow-desk';
import { BACKENDS } from '../server/support/backends';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const L2001 = { id: 'L2001', name: '李强', role: 'lead' as const };

/**
 * A desk whose pull cursor is past the server's feed (its database came back from a backup of another
 * time) would silently miss every change up to that cursor. The server refuses it (cursor_ahead); the
 * desk pulls everything again from the start, with progress as for any pull, and tells the person.
 */
describe.each(BACKENDS)('a desk whose cursor is past the feed pulls again from the start (%s)', (backend) => {
  const net = syncedDesks(backend, ['A1001', 'L2001']);
  const { deskOf, sync } = net;

  it('re-pulls from 0, gets the changes it would have missed, reports progress and leaves a notice for the 同步 page', async () => {
    const agent = deskOf(A1001);
    const lead = deskOf(L2001);
    const first = valueOf<Complaint>(await agent.dispatch('complaints.create', validIntake()));
    await sync(agent, A1001);
    await sync(lead, L2001);
    expect(findComplaint(lead.db, first.id)).not.toBeNull();

    // The lead's desk database is put back from elsewhere: its cursor is far past what this server's feed holds.
    const highWater = pullPosition(lead.db, 'L2001').cursor;
    lead.db.prepare(`UPDATE sync_state SET value = ? WHERE key = 'cursor:L2001'`).run(String(highWater + 10_000));
    const missed = valueOf<Complaint>(await agent.dispatch('complaints.create', validIntake({ customerName: '欧阳娜娜' })));
    await sync(agent, A1001);

    const progress: SyncProgress[] = [];
    await syncOnce(lead.ctx, L2001, net.transportOf('L2001'), (p) => progress.push(p));
    expect(findComplaint(lead.db, missed.id)).toEqual(findComplaint(agent.db, missed.id));
    expect(findComplaint(lead.db, first.id)).not.toBeNull();
    const cursor = pullPosition(lead.db, 'L2001').cursor;
    expect(cursor).toBeGreaterThan(highWater);
    expect(cursor).toBeLessThan(highWater + 10_000);
    expect(progress.filter((p) => p.phase === 'pull').at(-1)).toEqual({ phase: 'pull', done: cursor, total: cursor });

    const status = valueOf<SyncStatus>(await lead.dispatch('sync.status', {}));
    expect(status.notice).toEqual({ code: 'repulledFromStart', at: lead.ctx.clock().toISOString() });
    // The next round is an ordinary one.
    await sync(lead, L2001);
    expect(pullPosition(lead.db, 'L2001').cursor).toBe(cursor);
  });

  it('a desk at the feed\'s high water is not refused and leaves no notice', async () => {
    const agent = deskOf(A1001);
    await agent.dispatch('complaints.create', validIntake());
    await sync(agent, A1001);
    await sync(agent, A1001);
    expect(valueOf<SyncStatus>(await agent.dispatch('sync.status', {})).notice).toBeNull();
  });
});
