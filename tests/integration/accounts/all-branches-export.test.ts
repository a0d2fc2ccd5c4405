import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { Complaint } from '../../../shared/domain/complaint';
import type { Agent } from '../../../shared/api/session';
import { takeExportFile } from '../../../core/exports/export-jobs';
import { writeTokens } from '../../../core/server-link/link-settings';
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

type Finished = { status: string; error?: { messageKey: string; params?: Record<string, string | number> } };

/** Runs an export job to its end and answers its status (and why it failed) and, when done, the file's bytes. */
async function runExport(desk: ServerDesk, request: object): Promise<Finished & { bytes?: Buffer; fileName?: string }> {
  let finish: (finished: Finished) => void = () => {};
  const finished = new Promise<Finished>((resolve) => (finish = resolve));
  const stop = desk.ctx.events.subscribe((name, payload) => name === 'exports.finished' && finish(payload as Finished));
  const started = await desk.dispatch('exports.start', request);
  if (!started.ok) {
    stop();
    return { status: started.error.messageKey };
  }
  const end = await finished;
  stop();
  const file = takeExportFile(desk.ctx, (started.value as { jobId: string }).jobId);
  if (!file) return end;
  const bytes = readFileSync(file.path);
  file.release();
  return { ...end, bytes, fileName: file.fileName };
}

type Answer = (request: IncomingMessage, response: ServerResponse) => void;

/** A stand-in for the company server that answers every request as the test says. */
async function fakeServer(): Promise<{ url: string; answer: (next: Answer) => void; close: () => Promise<void> }> {
  let current: Answer = (_, response) => response.writeHead(500).end();
  const server: Server = createServer((request, response) => request.resume().on('end', () => current(request, response)));
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    answer: (next) => void (current = next),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const refuse = (status: number, code: string, message: string, extra: object = {}): Answer => (_, response) =>
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code, message, ...extra } }));

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

  it('ends the job as failed, with nothing to save, saying that the server cannot be reached', async () => {
    const { desk: admin } = await signedIn('M3001');
    admin.settings.set('serverUrl', 'http://127.0.0.1:9');
    const result = await runExport(admin, { kind: 'dailyLog', range: RANGE, format: 'csv', language: 'zh-CN', allBranches: true });
    expect(result.status).toBe('failed');
    expect(result.error).toEqual({ messageKey: 'reports.export.server.unreachable' });
    expect(result.bytes).toBeUndefined();
    // Signed in offline (no tokens) while the server is away: still "unreachable", not "sign in".
    writeTokens(admin.settings, null);
    expect((await runExport(admin, { kind: 'dailyLog', range: RANGE, format: 'csv', language: 'zh-CN', allBranches: true })).error).toEqual({
      messageKey: 'reports.export.server.unreachable',
    });
  });

  it('says "not signed in to the server" for an admin signed in offline while the server is there', async () => {
    const { desk: admin } = await signedIn('M3001');
    writeTokens(admin.settings, null);
    const result = await runExport(admin, { kind: 'dailyLog', range: RANGE, format: 'xlsx', language: 'en', allBranches: true });
    expect(result).toEqual({ status: 'failed', fileName: expect.any(String), jobId: expect.any(String), error: { messageKey: 'reports.export.server.notSignedIn' } });
  });

  it('says why the server refused or failed: no permission, its reason, its status, a broken transfer', async () => {
    const fake = await fakeServer();
    try {
      const { desk: admin } = await signedIn('M3001');
      admin.settings.set('serverUrl', fake.url);
      const cases: [Answer, Finished['error']][] = [
        [refuse(403, 'forbidden', 'admins only'), { messageKey: 'reports.export.server.forbidden' }],
        [refuse(400, 'validation', 'invalid body: range.to: custom'), { messageKey: 'reports.export.server.refused', params: { status: 400, reason: 'invalid body: range.to: custom' } }],
        [refuse(404, 'not_found', 'no route POST /api/v1/exports/daily-log'), { messageKey: 'reports.export.server.notSupported' }],
        [refuse(429, 'rate_limited', 'too many requests', { retryAfterSeconds: 30 }), { messageKey: 'reports.export.server.rateLimited', params: { seconds: 30 } }],
        [refuse(500, 'internal', 'internal error'), { messageKey: 'reports.export.server.failed', params: { status: 500 } }],
        [(_, response) => response.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>'), { messageKey: 'reports.export.server.failed', params: { status: 502 } }],
        [
          (_, response) => {
            response.writeHead(200, { 'content-type': 'text/csv' });
            response.write('\ufeff编号,'.repeat(1000), () => response.destroy());
          },
          { messageKey: 'reports.export.server.interrupted' },
        ],
      ];
      for (const [answer, error] of cases) {
        fake.answer(answer);
        const result = await runExport(admin, { kind: 'dailyLog', range: RANGE, format: 'csv', language: 'zh-CN', allBranches: true });
        expect({ status: result.status, error: result.error, bytes: result.bytes }).toEqual({ status: 'failed', error, bytes: undefined });
      }
      // An access token the server no longer takes, and a refresh it refuses: the session is over.
      fake.answer(refuse(401, 'unauthenticated', 'expired'));
      const result = await runExport(admin, { kind: 'dailyLog', range: RANGE, format: 'csv', language: 'zh-CN', allBranches: true });
      expect(result.error).toEqual({ messageKey: 'reports.export.server.notSignedIn' });
    } finally {
      await fake.close();
    }
  });
});
