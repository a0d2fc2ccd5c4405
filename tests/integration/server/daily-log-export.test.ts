import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { mutationLog } from '../../support/sync-fixtures';
import { BACKENDS } from './support/backends';
import { startTestServer, type TestServer } from './support/test-server';

const A1001 = { id: 'A1001', name: '王芳', role: 'agent' as const };
const A3001 = { id: 'A3001', name: '何静', role: 'agent' as const };
const RANGE = { from: '2026-11-01', to: '2026-11-30' };

describe.each(BACKENDS)('the all-branches daily log from the server on %s', (backend) => {
  let server: TestServer;
  const tokens: Record<string, string> = {};
  const numbers: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend, { clock: () => new Date('2026-11-30T02:00:00.000Z') });
    for (const no of ['A1001', 'A3001', 'L2001', 'M3001']) tokens[no] = (await server.signIn(no)).accessToken;
    // Two agents of different teams and branches, three complaints each, pushed as their desks would.
    for (const agent of [A1001, A3001]) {
      const log = mutationLog(agent);
      const creates = [log.create(), log.create(), log.create()];
      numbers.push(...creates.map((c) => (c.args as { number: string }).number));
      const pushed = await server.call('POST', '/sync/push', { token: tokens[agent.id]!, body: { clientId: await server.newClient(agent.id), mutations: creates } });
      expect(pushed.json()).toMatchObject({ lastMutationId: 3 });
    }
  }, 90_000);
  afterAll(() => server?.close());

  const exportAs = (no: string, body: unknown) => server.call('POST', '/exports/daily-log', { token: tokens[no]!, body });

  it('streams an admin the same workbook as the desk (汇总 + 明细), with every branch\'s complaints', async () => {
    const response = await exportAs('M3001', { range: RANGE, format: 'xlsx', language: 'zh-CN' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('投诉日报_2026-11-01_2026-11-30.xlsx')}`);
    const book = XLSX.read(response.rawPayload, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['汇总', '明细']);
    const detail = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['明细']!, { header: 1 });
    expect(detail[0]).toContain('投诉编号');
    expect(detail.slice(1).map((r) => r[0]).sort()).toEqual([...numbers].sort());
    // Phone numbers are masked in the file, as on the desk.
    expect(JSON.stringify(detail)).not.toContain('13800138000');
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['汇总']!, { header: 1 });
    expect(summary.find((r) => r[0] === '受理')?.[1]).toBe(6);
  });

  it('writes CSV in UTF-8 with a BOM, English headers on request', async () => {
    const response = await exportAs('M3001', { range: RANGE, format: 'csv', language: 'en' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.rawPayload.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^Number,Received,/);
    expect(lines).toHaveLength(7);
  });

  it('refuses leads and agents (403), bad input (400) and no sign-in (401), writing nothing', async () => {
    expect((await exportAs('L2001', { range: RANGE, format: 'xlsx', language: 'zh-CN' })).statusCode).toBe(403);
    expect((await exportAs('A1001', { range: RANGE, format: 'xlsx', language: 'zh-CN' })).statusCode).toBe(403);
    const unknownField = await exportAs('M3001', { range: RANGE, format: 'xlsx', language: 'zh-CN', branch: 'all' });
    expect(unknownField.statusCode).toBe(400);
    const backwards = await exportAs('M3001', { range: { from: '2026-11-30', to: '2026-11-01' }, format: 'xlsx', language: 'zh-CN' });
    expect(backwards.statusCode).toBe(400);
    expect((await exportAs('M3001', { range: RANGE, format: 'pdf', language: 'zh-CN' })).statusCode).toBe(400);
    expect((await server.call('POST', '/exports/daily-log', { body: { range: RANGE, format: 'csv', language: 'en' } })).statusCode).toBe(401);
  });
});
