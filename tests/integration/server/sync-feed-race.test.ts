import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { NOTE_EVENT_KIND } from '../../../shared/domain/workflow/notes';
import type { PullResponse } from '../../../shared/sync/protocol';
import { mutationLog } from '../../support/sync-fixtures';
import { startTestServer, type TestServer } from './support/test-server';

/** Follows the feed page by page while the writers run, then to its end. */
async function readWhile(writers: Promise<unknown>[], readOnce: () => Promise<PullResponse>): Promise<void> {
  let writing = true;
  const reader = (async () => {
    while (writing) await readOnce();
  })();
  await Promise.all(writers);
  writing = false;
  await reader;
  while ((await readOnce()).hasMore);
}

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
    const writers = agents.map(async (agent, i) => {
      const log = mutationLog(agent);
      const client = await server.newClient(agent.id);
      for (let round = 0; round < 15; round++) {
        const batch = [log.create(), log.create()];
        for (const m of batch) written.add((m.args as { id: string }).id);
        const response = await server.call('POST', '/sync/push', { token: tokens[i]!, body: { clientId: client, mutations: batch } });
        expect(response.statusCode).toBe(200);
      }
    });
    const seen = new Set<string>();
    const cursors: number[] = [];
    const readerClient = await server.newClient('M3001');
    let cursor = 0;
    const readOnce = async () => {
      const response = await server.call('POST', '/sync/pull', { token: adminToken, body: { clientId: readerClient, cursor, limit: 7 } });
      const page = response.json() as PullResponse;
      for (const change of page.changes) if (change.kind === 'put') seen.add(change.complaint.id);
      cursors.push(page.cursor);
      cursor = page.cursor;
      return page;
    };
    await readWhile(writers, readOnce);
    expect(written.size).toBe(agents.length * 30);
    expect([...written].filter((id) => !seen.has(id))).toEqual([]);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
  }, 60_000);

  it('a reader following the cursor ends with the last version of complaints two desks keep changing at once', async () => {
    // Each agent works three complaints from two desks at once: every note rewrites the complaint's row,
    // which waits at position 0 until the feed placer numbers it again (skipping rows a push still holds).
    const finalNotes = new Map<string, number>();
    const writers = agents.slice(0, 3).map(async (agent, i) => {
      const setup = mutationLog(agent);
      const creates = [setup.create(), setup.create(), setup.create()];
      const ids = creates.map((m) => (m.args as { id: string }).id);
      await server.call('POST', '/sync/push', { token: tokens[i]!, body: { clientId: await server.newClient(agent.id), mutations: creates } });
      await Promise.all(
        [0, 1].map(async () => {
          const log = mutationLog(agent);
          const client = await server.newClient(agent.id);
          for (let round = 0; round < 8; round++) {
            const batch = ids.map((id) => log.note(id));
            for (const id of ids) finalNotes.set(id, (finalNotes.get(id) ?? 0) + 1);
            const response = await server.call('POST', '/sync/push', { token: tokens[i]!, body: { clientId: client, mutations: batch } });
            expect(response.statusCode).toBe(200);
          }
        }),
      );
    });
    const notesSeen = new Map<string, number>();
    const readerClient = await server.newClient('M3001');
    let cursor = (await (await server.call('POST', '/sync/pull', { token: adminToken, body: { clientId: readerClient, cursor: 0 } })).json()).cursor as number;
    const readOnce = async () => {
      const page = (await server.call('POST', '/sync/pull', { token: adminToken, body: { clientId: readerClient, cursor, limit: 5 } })).json() as PullResponse;
      for (const change of page.changes) {
        if (change.kind === 'put') notesSeen.set(change.complaint.id, change.events.filter((e) => e.kind === NOTE_EVENT_KIND).length);
      }
      expect(page.cursor).toBeGreaterThanOrEqual(cursor);
      cursor = page.cursor;
      return page;
    };
    await readWhile(writers, readOnce);
    expect(finalNotes.size).toBe(9);
    expect(Object.fromEntries(notesSeen)).toEqual(Object.fromEntries(finalNotes));
  }, 60_000);
});
