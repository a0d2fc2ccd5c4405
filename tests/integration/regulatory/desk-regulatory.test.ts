import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { takeExportFile } from '../../../core/exports/export-jobs';
import { ORG_SETTINGS_KEY } from '../../../core/services/org-settings-cache';
import { pendingMutations } from '../../../db/repositories/outbox';
import type { WorkflowResult } from '../../../shared/api/workflow';
import type { Complaint } from '../../../shared/domain/complaint';
import { DEFAULT_REGULATORY_SETTINGS } from '../../../shared/domain/regulatory/regulatory-settings';
import { DEFAULT_ORG_SETTINGS_INPUT } from '../../../shared/org/org-settings-schema';
import { makeTestDesk, validIntake } from '../../support/desk';
import { LEAD, validStageData } from '../../support/workflow';
import { signInAs, valueOf, type TestDesk } from '../../support/workflow-desk';

describe("the regulator's axes on the desk (real SQLite, offline)", () => {
  let desk: TestDesk;
  beforeEach(() => {
    desk = makeTestDesk();
  });
  afterEach(() => desk.close());

  const create = async (overrides: Parameters<typeof validIntake>[0] = {}) => valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake(overrides)));
  const advance = async (c: Complaint, stage: string, data: unknown) => desk.dispatch('complaints.advance', { id: c.id, baseVersion: c.version, stage, data });

  it('flags a repeat complaint of the same caller and policy at intake, and not another policy', async () => {
    const first = await create({ callTime: '2026-11-20T10:00:00+08:00' });
    expect(first.repeatOf ?? null).toBeNull();
    const again = await create({ contactPhone: '+86 13800138000' });
    expect(again.repeatOf).toEqual({ id: first.id, number: first.number, receivedAt: expect.any(String) });
    const other = await create({ policyNumber: 'P2026-999999' });
    expect(other.repeatOf ?? null).toBeNull();
    // The outbox carries no claim of it: the server decides again.
    const created = pendingMutations(desk.db).filter((m) => m.name === 'complaint.create');
    expect(created.every((m) => !('repeatOf' in (m.args as object)))).toBe(true);
  });

  it("follows the window of the organisation's settings as cached", async () => {
    desk.ctx.settings.set(ORG_SETTINGS_KEY, { version: 3, updatedAt: '2026-11-01T00:00:00Z', ...DEFAULT_ORG_SETTINGS_INPUT, regulatory: { ...DEFAULT_REGULATORY_SETTINGS, repeatWindowDays: 2 } });
    await create({ callTime: '2026-11-20T10:00:00+08:00' });
    expect((await create()).repeatOf ?? null).toBeNull();
  });

  it('registers with a reason and a line; refuses an unknown code, and a missing one with the field named', async () => {
    let c = await create();
    c = valueOf<WorkflowResult>(await advance(c, 'intake', {})).complaint;
    const refused = await advance(c, 'registration', { ...validStageData().registration, lineCode: 'nope' });
    expect(refused).toMatchObject({ ok: false, error: { messageKey: 'validation.registration.lineCode.unknown' } });
    const missing = await advance(c, 'registration', { ...validStageData().registration, lineCode: '' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['data', 'lineCode'], messageKey: 'validation.registration.lineCode.required' }] } });
    const registered = valueOf<WorkflowResult>(await advance(c, 'registration', validStageData().registration)).complaint;
    expect(registered.stages.registration).toMatchObject({ reasonCode: 'claims.amount', lineCode: 'motor', representation: { onBehalf: { kind: 'self' } } });
    expect(pendingMutations(desk.db).at(-1)).toMatchObject({ name: 'complaint.advance', args: { stage: 'registration', data: { reasonCode: 'claims.amount', lineCode: 'motor' } } });
  });

  it('exports the quarterly pack of the desk as XLSX for a lead', async () => {
    await create({ callTime: '2026-11-20T10:00:00+08:00' });
    await create();
    signInAs(desk, LEAD);
    let finish: (status: string) => void = () => {};
    const finished = new Promise<string>((resolve) => (finish = resolve));
    const stop = desk.ctx.events.subscribe((name, payload) => name === 'exports.finished' && finish((payload as { status: string }).status));
    const { jobId } = valueOf<{ jobId: string }>(await desk.dispatch('exports.start', { kind: 'quarterly', quarter: '2026-Q4', format: 'xlsx', language: 'en' }));
    expect(await finished).toBe('done');
    stop();
    const file = takeExportFile(desk.ctx, jobId)!;
    expect(file.fileName).toBe('quarterly-pack_2026-Q4.xlsx');
    const book = XLSX.read(readFileSync(file.path), { type: 'buffer' });
    file.release();
    const overview = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Quarterly indicators']!, { header: 1, defval: null });
    expect(overview.find((r) => r[0] === 'Complaints')?.[1]).toBe(2);
    expect(overview.find((r) => r[0] === 'Repeat-complaint rate')?.[1]).toBe(0.5);
    const counts = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Reason x line x branch']!, { header: 1, defval: null });
    expect(counts[1]).toEqual(['Claims dispute', 'Other lines', 'No branch', 2]);
    expect((await desk.dispatch('exports.start', { kind: 'quarterly', quarter: '2026-Q9', format: 'csv', language: 'en' })).ok).toBe(false);
  });
});
