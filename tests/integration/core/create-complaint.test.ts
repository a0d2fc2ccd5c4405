import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingMutations } from '../../../db/repositories/outbox';
import { countRows } from '../../support/results';
import { makeTestDesk, validIntake } from '../../support/desk';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());

const count = (table: string) => countRows(desk.db, table);

describe('complaints.create', () => {
  it('writes the complaint, its first timeline event and an outbox mutation together', async () => {
    desk = makeTestDesk();
    const changed: unknown[] = [];
    desk.ctx.events.subscribe((name, payload) => changed.push([name, payload]));
    const result = await desk.dispatch('complaints.create', validIntake());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const complaint = result.value as { id: string; number: string; stage: string };
    expect(complaint.stage).toBe('intake');
    expect(complaint.number).toMatch(/^TS-20261125-[0-9A-HJKMNP-TV-Z]{8}$/);
    expect(count('complaints')).toBe(1);
    expect(count('complaint_events')).toBe(1);
    const [mutation] = pendingMutations(desk.db);
    expect(mutation).toMatchObject({ id: 1, name: 'complaint.create', actorId: 'A1001', baseVersions: {} });
    expect((mutation!.args as { id: string }).id).toBe(complaint.id);
    expect(changed).toEqual([['complaints.changed', { id: complaint.id }]]);

    await desk.dispatch('complaints.create', validIntake({ customerName: '李娜' }));
    expect(pendingMutations(desk.db).map((m) => m.id)).toEqual([1, 2]);

    desk.db.prepare('DELETE FROM outbox').run(); // as if the server acknowledged both
    await desk.dispatch('complaints.create', validIntake({ customerName: '赵敏' }));
    expect(pendingMutations(desk.db).map((m) => m.id)).toEqual([3]);
  });

  it('writes nothing at all when any of the three writes fails', async () => {
    desk = makeTestDesk();
    await desk.dispatch('complaints.create', validIntake());
    const [first] = pendingMutations(desk.db);
    const ids = ['0f0f0f0f-0000-4000-8000-000000000001', '0f0f0f0f-0000-4000-8000-000000000002', first!.opId];
    desk.ctx.newId = () => ids.shift() ?? 'unused';
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await desk.dispatch('complaints.create', validIntake({ customerName: '李娜' }));
    expect(result).toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } });
    expect(String(logged.mock.calls[0]?.[1])).toContain('UNIQUE constraint failed: outbox.op_id');
    expect(count('complaints')).toBe(1);
    expect(count('complaint_events')).toBe(1);
    expect(count('outbox')).toBe(1);
  });

  it('lists my complaints newest call first, and returns one with its timeline', async () => {
    // Noon Beijing time: both calls are in the past (a call time later than now is refused).
    desk = makeTestDesk({ now: new Date('2026-11-25T04:00:00.000Z') });
    await desk.dispatch('complaints.create', validIntake({ customerName: '早', callTime: '2026-11-25T09:00:00+08:00' }));
    const late = await desk.dispatch('complaints.create', validIntake({ customerName: '晚', callTime: '2026-11-25T11:00:00+08:00' }));
    const queue = await desk.dispatch('queue.mine', { sortBy: 'receivedAt', direction: 'desc' });
    const intake = queue.ok && (queue.value as { groups: { stage: string; items: { customerName: string }[] }[] }).groups[0];
    expect(intake && intake.items.map((c) => c.customerName)).toEqual(['晚', '早']);
    const id = late.ok ? (late.value as { id: string }).id : '';
    const detail = await desk.dispatch('complaints.get', { id });
    expect(detail.ok && (detail.value as { timeline: { kind: string; actor: unknown }[] }).timeline).toEqual([
      expect.objectContaining({ kind: 'complaint.created', actor: { id: 'A1001', name: '王芳' } }),
    ]);
  });
});
