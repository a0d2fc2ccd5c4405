import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pendingMutations } from '../../../db/repositories/outbox';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk, validIntake } from '../../support/desk';
import { valueOf, type TestDesk } from '../../support/workflow-desk';

describe('重复投诉 on the desk by the 证件号码 (real SQLite, offline)', () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeTestDesk();
  });
  afterEach(() => desk.close());

  const create = async (overrides: Parameters<typeof validIntake>[0] = {}) => valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake(overrides)));

  it('links a complaint from another phone with the same identity number (any case of X) about the same policy', async () => {
    const first = await create({ callTime: '2026-11-20T10:00:00+08:00', idNumber: '11010519491231002X' });
    expect(first.intake.idNumber).toBe('11010519491231002X');
    const again = await create({ contactPhone: '139 1111 2222', idNumber: '11010519491231002x' });
    expect(again.intake.idNumber).toBe('11010519491231002X');
    expect(again.repeatOf).toEqual({ id: first.id, number: first.number, receivedAt: expect.any(String) });
    // The number travels in the intake of the create; the flag does not (the server decides again).
    const sent = pendingMutations(desk.db).find((m) => m.name === 'complaint.create' && (m.args as { id: string }).id === again.id);
    expect((sent?.args as { intake: { idNumber?: string } }).intake.idNumber).toBe('11010519491231002X');
    expect('repeatOf' in (sent?.args as object)).toBe(false);
    // Read back from the database, as a restarted desk would.
    expect(valueOf<{ complaint: Complaint }>(await desk.dispatch('complaints.get', { id: again.id })).complaint.intake.idNumber).toBe('11010519491231002X');
  });

  it('not another identity number from another phone, nor a complaint without one', async () => {
    await create({ callTime: '2026-11-20T10:00:00+08:00', idNumber: '11010519491231002X' });
    expect((await create({ contactPhone: '139 1111 2222', idNumber: '440304199001011233' })).repeatOf ?? null).toBeNull();
    expect((await create({ contactPhone: '139 3333 4444' })).repeatOf ?? null).toBeNull();
  });

  it('refuses a wrong check character with the field named, and keeps nothing', async () => {
    const before = pendingMutations(desk.db).length;
    const answer = await desk.dispatch('complaints.create', validIntake({ idNumber: '110105194912310021' }));
    expect(answer).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['idNumber'], messageKey: 'validation.idNumber.invalid' }] } });
    expect(pendingMutations(desk.db)).toHaveLength(before);
  });
});
