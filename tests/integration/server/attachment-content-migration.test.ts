import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { migrate } from '../../../server/db/migrate';
import { MIGRATIONS } from '../../../server/db/migrations';
import { BACKENDS, createTestDatabase, type TestDatabase } from './support/backends';
import { openUnmigrated } from './support/unmigrated-database';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Migration 11 (proof of possession) over contents stored before it: a verified content counts as
 * uploaded by everyone who had attached it (so every attachment that opened still opens), and a
 * half-finished upload, nobody's in particular, is dropped for its desk to send again.
 */
describe.each(BACKENDS)('server migration 11 over existing attachment contents (%s)', (backend) => {
  let testDb: TestDatabase;
  let database: Database;

  beforeAll(async () => {
    testDb = await createTestDatabase(backend);
    database = await openUnmigrated(testDb);
  });
  afterAll(async () => {
    await database?.close();
    await testDb?.drop();
  });

  it('records the adders of each verified content as its uploaders and drops unfinished uploads', async () => {
    const pool = database.pool;
    await migrate(pool, MIGRATIONS.filter((m) => m.version < 11));
    const people = { A1001: randomUUID(), B2002: randomUUID(), A2001: randomUUID() };
    for (const [no, id] of Object.entries(people)) {
      await pool.query(`INSERT INTO users (id, employee_no, name, role, password_hash, created_at, updated_at) VALUES ($1, $2, $2, 'agent', 'h', now(), now())`, [id, no]);
    }
    const verified = Buffer.from('a content verified before the change');
    const unfinished = Buffer.from('a content half uploaded before the change');
    const [done, half] = [sha256(verified), sha256(unfinished)];
    await pool.query(`INSERT INTO attachment_contents (sha256, size, received, complete, started_at, completed_at) VALUES ($1, $2, $2, true, now(), now()), ($3, $4, 5, false, now(), NULL)`, [
      done,
      verified.length,
      half,
      unfinished.length,
    ]);
    await pool.query('INSERT INTO attachment_chunks (sha256, byte_offset, data) VALUES ($1, 0, $2), ($3, 0, $4)', [done, verified, half, unfinished.subarray(0, 5)]);
    for (const [complaint, owner] of [['c1', 'A1001'], ['c2', 'B2002']] as const) {
      await pool.query(`INSERT INTO sync_complaints (id, document, version, owner_no, position) VALUES ($1, '{}', 1, $2, 1)`, [complaint, owner]);
    }
    const added = (complaint: string, actor: string, hash: string, size: number) =>
      pool.query('INSERT INTO sync_events (id, complaint_id, document) VALUES ($1, $2, $3)', [
        randomUUID(),
        complaint,
        { kind: 'attachment.added', actor: { id: actor, name: actor }, data: { attachmentId: randomUUID(), sha256: hash, size } },
      ]);
    await added('c1', 'A1001', done, verified.length);
    // Employee numbers compare case-insensitively, as everywhere.
    await added('c2', 'b2002', done, verified.length);
    await added('c1', 'A1001', half, unfinished.length);

    expect(await migrate(pool, MIGRATIONS.filter((m) => m.version <= 11))).toEqual([11]);

    const uploaders = await pool.query('SELECT sha256, uploader_id FROM attachment_content_uploaders ORDER BY uploader_id');
    expect(uploaders.rows).toEqual([people.A1001, people.B2002].sort().map((id) => ({ sha256: done, uploader_id: id })));
    expect((await pool.query('SELECT sha256, size FROM attachment_contents')).rows).toEqual([{ sha256: done, size: String(verified.length) }]);
    expect((await pool.query('SELECT sha256 FROM attachment_chunks')).rows).toEqual([{ sha256: done }]);
  });
});
