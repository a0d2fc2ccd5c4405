import { describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/domain/complaint';
import { findComplaint } from '../../../db/repositories/complaints';
import { validIntake } from '../../support/desk';
import { syncedDesks } from '../../support/synced-desks';
import { valueOf } from '../../support/workflow-desk';

const A2001 = { id: 'A2001', name: '吴磊', role: 'agent' as const };

/**
 * Found by the model test (sync-model.test.ts): a change the desk allowed offline and the server refused,
 * on a complaint the server did not change meanwhile (so no page brings it back), must not stay on the desk.
 */
describe('a refused change that changed nothing on the server (real server, PostgreSQL)', () => {
  const net = syncedDesks('postgres', ['A2001']);
  const { deskOf, sync } = net;

  it("leaves the desk with the server's record, not its own", async () => {
    const a = deskOf(A2001);
    const created = valueOf<Complaint>(await a.dispatch('complaints.create', validIntake()));
    await sync(a, A2001);
    // Handed to an agent of another team: the desk's rule allows it, the server's assignee rule refuses it.
    valueOf(await a.dispatch('complaints.assign', { id: created.id, baseVersion: created.version, assignee: { id: 'A1001', name: '王芳' } }));
    await sync(a, A2001);
    await sync(a, A2001);
    const stored = await net.server.ctx.pool.query<{ document: Complaint }>('SELECT document FROM sync_complaints WHERE id = $1', [created.id]);
    expect(stored.rows[0]!.document.assignee?.id).toBe('A2001');
    expect(findComplaint(a.db, created.id)).toEqual(stored.rows[0]!.document);
  });
});
