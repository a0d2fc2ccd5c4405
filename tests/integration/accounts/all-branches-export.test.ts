import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Complaint } from '../../../shared/domain/complaint';
import type { Agent } from '../../../shared/api/session';
import { takeExportFile } from '../../../core/exports/export-jobs';
import { httpTransport } from '../../../core/sync/transport';
import { syncOnce } from '../../../core/sync/sync-once';
import { makeServerDesk, startCompanyServer, DEMO_PASSWORD, type ServerDesk } from '../../support/company-server';
import { validIntake } from '../../support/valid-intake';
import { valueOf } from '../../support/workflow-desk';

let company: Awaited<ReturnType<typeof startCompanyServer>>;
const desks: ServerDesk[] = [];
const RANGE = { from: '2026-11-01', to: '2026-11-30' };

beforeAll(async () => {
  company = await startCompanyServer();
}, 120_000);
afterAll(async () => company?.close());
afterEach(() => {
  for (const desk of desks.splice(0)) desk.close();
});

async function signedIn(employeeNo: string): Promise<{ desk: ServerDesk; agent: Agent }> {
  const desk = makeServerDesk(company.server.url);
  desks.push(desk);
  const { agent } = valueOf<{ agent: Agent }>(await desk.dispatch('session.signIn', { employeeNo, password: DEMO_PASSWORD }));
  return { desk, agent };
}

/** Runs an export job to its end and answers its status and, when done, the file's bytes. */
async function runExport(desk: ServerDesk, request: object): Promise<{ status: string; bytes?: Buffer; fileName?: string }> {
  let finish: (status: string) => void = () => {};
  const finished = new Promise<string>((resolve) => (finish = resolve));
  const stop = desk.ctx.events.subscribe((name, payload) => name === 'exports.finished' && finish((payload as { status: string }).status));
  const started = await desk.dispatch('exports.start', request);
  if (!started.ok) {
    stop();
    return { status: started.error.messageKey };
  }
  const status = await finished;
  stop();
  const file = takeExportFile(desk.ctx, (started.value as { jobId: string }).jobId);
  if (!file) return { status };
  const bytes = readFileSync(file.path);
  file.release();
  return { status, bytes, fileName: file.fileName };
}

describe('the all-branches daily log, from the server to an admin\'s desk', () => {
  it('saves the server\'s workbook with the complaints of agents in two branches; leads are refused in core', async () => {
    const numbers: string[] = [];
    for (const employeeNo of ['A1001', 'A3001']) {
      const { desk, agent } = await signedIn(employeeNo);
      const created = valueOf<Complaint>(await desk.dispatch('complaints.create', validIntake({ callTime: '2026-11-20T10:00:00+08:00' })));
      numbers.push(created.number);
      await syncOnce(desk.ctx, agent, httpTransport(desk.ctx));
    }
    const { desk: admin } = await signedIn('M3001');
    const result = await runExport(admin, { kind: 'dailyLog', range: RANGE, format: 'xlsx', language: 'zh-CN', allBranches: true });
    expect(result.status).toBe('done');
    expect(result.fileName).toBe('投诉日报_2026-11-01_2026-11-30.xlsx');
    const book = XLSX.read(result.bytes!, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['汇总', '明细']);
    const detail = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['明细']!, { header: 1 });
    expect(detail.slice(1).map((r) => r[0]).sort()).toEqual([...numbers].sort());

    const { desk: lead } = await signedIn('L2001');
    expect((await runExport(lead, { kind: 'dailyLog', range: RANGE, format: 'csv', language: 'en', allBranches: true })).status).toBe('errors.forbidden');
  });

  it('ends the job as failed, with nothing to save, when the server cannot be reached', async () => {
    const { desk: admin } = await signedIn('M3001');
    admin.settings.set('serverUrl', 'http://127.0.0.1:9');
    const result = await runExport(admin, { kind: 'dailyLog', range: RANGE, format: 'csv', language: 'zh-CN', allBranches: true });
    expect(result.status).toBe('failed');
    expect(result.bytes).toBeUndefined();
  });
});
