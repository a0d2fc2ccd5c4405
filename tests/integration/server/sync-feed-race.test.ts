import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { PullResponse } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * The cursor must never skip a change: pushes commit concurrently (out of the order they started in)
 * while a reader follows the feed page by page. Every complaint is written once and never again, so
 * a change the reader's cursor passed before it committed would be lost for good.
 */
describe('the change feed under concurrent pushes and pulls, on real PostgreSQL', () => {
  let server: TestServer;
  const tokens: string[] = [];
  const agents = [
    { id: 'A1001', name: '王芳', role: 'agent' as const },
    { id: 'B2002', name: '赵敏', role: 'agent' as const },
    { id: 'A1003', name: '孙丽', role: 'agent' as const },
    { id: 'A2001', name: '吴磊', role: 'agent' as const },
    { id: 'A2002', name: '郑爽', role: 'agent' as const },
    { id: 'A3001', name: '何静', role: 'agent' as const },
  ];
  let adminToken = '';

  beforeAll(async () => {
    server = await startTestServer('postgres', { limits: { callsPerUser: { max: 1_000_000, windowSeconds: 60 } } });
    for (const agent of agents) tokens.push((await server.signIn(agent.id)).accessToken);
    adminToken = (await server.signIn('M3001')).accessToken;
  });
  afterAll(() => server?.close());

  it('a reader following the cursor sees every complaint written by racing pushes', async () => {
    const written = new Set<string>();
    let writing = true;
    const writers = agents.map(async (agent, i) => {
      const log = mutationLog(agent);
      const client = randomUUID();
      for (let round = 0; round < 15; round++) {
        const batch = [log.create(), log.create()];
        for (const m of batch) written.add((m.args as { id: string }).id);
        const response = await server.call('POST', '/sync/push', { token: tokens[i]!, body: { clientId: client, mutations: batch } });
        expect(response.statusCode).toBe(200);
      }
    });
    const seen = new Set<string>();
    const cursors: number[] = [];
    const readerClient = randomUUID();
    let cursor = 0;
    const readOnce = async () => {
      const response = await server.call('POST', '/sync/pull', { token: adminToken, body: { clientId: readerClient, cursor, limit: 7 } });
      const page = response.json() as PullResponse;
      for (const change of page.changes) if (change.kind === 'put') seen.add(change.complaint.id);
      cursors.push(page.cursor);
      cursor = page.cursor;
      return page;
    };
    const reader = (async () => {
      while (writing) await readOnce();
    })();
    await Promise.all(writers);
    writing = false;
    await reader;
    while ((await readOnce()).hasMore);
    expect(written.size).toBe(agents.length * 30);
    expect([...written].filter((id) => !seen.has(id))).toEqual([]);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
  }, 60_000);
});
