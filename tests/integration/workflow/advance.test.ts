import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Complaint } from '../../../shared/domain/complaint';
import { STAGES } from '../../../shared/domain/stages';
import { pendingMutations } from '../../../db/repositories/outbox';
import { listEvents } from '../../../db/repositories/complaint-events';
import { findComplaint } from '../../../db/repositories/complaints';
import { makeTestDesk, validIntake } from '../../support/desk';
import { validStageData } from '../../support/workflow';
import { rowCounts, valueOf as value, type TestDesk } from '../../support/workflow-desk';

describe('complaints.advance on real SQLite', () => {
  let desk: TestDesk;
  let complaint: Complaint;

  beforeEach(async () => {
    desk = makeTestDesk();
    complaint = value<Complaint>(await desk.dispatch('complaints.create', validIntake()));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    desk.close();
  });

  it('walks all seven stages to closed; each step writes the row, one timeline event and one outbox mutation', async () => {
    const data = validStageData();
    for (const stage of STAGES) {
      const before = rowCounts(desk);
      const result = value<WorkflowResult>(
        await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: complaint.version, stage, data: data[stage] }),
      );
      expect(rowCounts(desk)).toEqual({ events: before.events + 1, outbox: before.outbox + 1 });
      expect(result.complaint.version).toBe(complaint.version + 1);
      expect(findComplaint(desk.db, complaint.id)).toEqual(result.complaint);
      const mutation = pendingMutations(desk.db).at(-1);
      const event = listEvents(desk.db, complaint.id).at(-1);
      expect(mutation).toMatchObject({
        name: 'complaint.advance',
        args: { complaintId: complaint.id, stage, eventId: event?.id },
        baseVersions: expect.any(Object),
        actorId: 'A1001',
      });
      expect(event?.actor).toEqual({ id: 'A1001', name: '王芳' });
      complaint = result.complaint;
    }
    expect(complaint).toMatchObject({ stage: 'closure', status: 'closed' });
    const row = desk.db.prepare('SELECT stage, status, version FROM complaints WHERE id = ?').get(complaint.id);
    expect(row).toEqual({ stage: 'closure', status: 'closed', version: 8 });
    expect(listEvents(desk.db, complaint.id).map((e) => e.kind)).toEqual([
      'complaint.created',
      ...Array(6).fill('stage.advanced'),
      'complaint.closed',
    ]);
  });

  it('returns the deadline with the complaint', async () => {
    const result = value<WorkflowResult>(
      await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: 1, stage: 'intake', data: {} }),
    );
    // Received 2026-11-25 10:00 +08:00; the test clock is 2026-11-25 02:00Z, 15 days before due.
    expect(result.deadline).toMatchObject({ state: 'onTrack', dueAt: '2026-12-10T02:00:00.000Z', allowedDays: 15 });
  });

  it('a refused transition writes nothing and answers with the translated reason', async () => {
    const before = rowCounts(desk);
    const result = await desk.dispatch('complaints.advance', {
      id: complaint.id,
      baseVersion: 1,
      stage: 'analysis',
      data: validStageData().analysis,
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'refused', messageKey: 'refusal.transition.notFromStage', params: { current: 'intake', requested: 'analysis' } },
    });
    expect(rowCounts(desk)).toEqual(before);
    expect(findComplaint(desk.db, complaint.id)?.version).toBe(1);
  });

  it('missing stage data is a validation error naming each field, and writes nothing', async () => {
    await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: 1, stage: 'intake', data: {} });
    const before = rowCounts(desk);
    const { policy: _policy, handlerEmployeeNo: _no, ...partial } = validStageData().registration;
    const result = await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: 2, stage: 'registration', data: partial });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        { path: ['data', 'policy'], messageKey: 'validation.registration.policy.required' },
        { path: ['data', 'handlerEmployeeNo'], messageKey: 'validation.registration.handlerEmployeeNo.required' },
      ]),
    );
    expect(rowCounts(desk)).toEqual(before);
  });

  it('refuses a change based on a stale version, writing nothing', async () => {
    await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: 1, stage: 'intake', data: {} });
    const before = rowCounts(desk);
    const result = await desk.dispatch('complaints.advance', {
      id: complaint.id,
      baseVersion: 1,
      stage: 'registration',
      data: validStageData().registration,
    });
    expect(result).toEqual({ ok: false, error: { code: 'refused', messageKey: 'errors.staleComplaint' } });
    expect(rowCounts(desk)).toEqual(before);
  });

  it('answers not_found for an unknown complaint', async () => {
    const result = await desk.dispatch('complaints.advance', { id: 'nope', baseVersion: 1, stage: 'intake', data: {} });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', messageKey: 'errors.complaintNotFound' } });
  });

  it('rolls the row and the timeline back when the outbox write fails', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    desk.db.exec(`CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const before = rowCounts(desk);
    const result = await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: 1, stage: 'intake', data: {} });
    expect(result).toEqual({ ok: false, error: { code: 'internal', messageKey: 'errors.internal' } });
    expect(rowCounts(desk)).toEqual(before);
    expect(findComplaint(desk.db, complaint.id)).toMatchObject({ stage: 'intake', version: 1 });
  });

  it('reads a complaint written before the workflow existed, and advances it', async () => {
    const { stages, complexity, extension, withdrawal, solutionRefusals, endedAt, ...older } = complaint;
    expect([stages, complexity, extension, withdrawal, solutionRefusals, endedAt]).toEqual([{}, 'standard', null, null, [], null]);
    desk.db.prepare('UPDATE complaints SET record = ? WHERE id = ?').run(JSON.stringify(older), complaint.id);
    const result = value<WorkflowResult>(
      await desk.dispatch('complaints.advance', { id: complaint.id, baseVersion: 1, stage: 'intake', data: {} }),
    );
    expect(result.complaint).toMatchObject({ stage: 'registration', complexity: 'standard', stages: {}, endedAt: null });
  });
});
