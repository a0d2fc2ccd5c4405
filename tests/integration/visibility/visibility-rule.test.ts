import BetterSqlite3 from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK_PLACEMENT } from '../../../db/repositories/complaint-placement-columns';
import { openDatabase, type Database } from '../../../server/db/database';
import type { Actor } from '../../../server/services/access';
import { audienceOf, reaches } from '../../../server/sync/poke-audience';
import { visibleRemovalSql, visibleSql } from '../../../server/sync/visibility';
import { mayAccessComplaint } from '../../../shared/domain/complaint-access';
import { deskReach } from '../../../shared/domain/visibility/desk-reach';
import type { PlacementColumns } from '../../../shared/domain/visibility/placement-columns';
import { postgresReachSql } from '../../../shared/domain/visibility/visibility-postgres';
import { mayView, reachOf, type Placement, type Viewer } from '../../../shared/domain/visibility/visibility-rule';
import { sqliteReachSql } from '../../../shared/domain/visibility/visibility-sqlite';
import { BACKENDS, createTestDatabase, type TestDatabase } from '../server/support/backends';
import { BRANCHES, branchOfTeam, placement, TEAMS, viewer } from './visibility-data';

/**
 * One visibility rule, many forms: the predicate, its SQLite conditions (also over the desk's own columns,
 * as the desk applies the rule), its PostgreSQL conditions (on PGlite and on real PostgreSQL, also over the
 * server's sync_complaints and sync_removals) and the poke audience's grants must answer alike for every
 * generated viewer and placement, and `NOT (condition)` must be exactly the rest.
 */
const COLUMNS: PlacementColumns = { owner: 'p.owner_no', assignee: 'p.assignee_no', team: 'p.team_id', branch: 'p.branch_id' };
const RUNS = 60;

const world = fc.record({
  placements: fc.array(placement, { minLength: 1, maxLength: 12 }),
  viewers: fc.array(viewer, { minLength: 1, maxLength: 6 }),
});

const idsWhere = (placements: readonly Placement[], keep: (p: Placement) => boolean) =>
  placements.flatMap((p, id) => (keep(p) ? [id] : []));

const serverActor = (v: Viewer): Actor => ({ ...v, userId: 'u', sessionId: 's', name: 'n' });

describe('the visibility rule', () => {
  it('the predicate and the SQLite condition agree (in-memory better-sqlite3)', () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE placements (id INTEGER PRIMARY KEY, owner_no TEXT, assignee_no TEXT, team_id TEXT, branch_id TEXT)');
    const insert = db.prepare('INSERT INTO placements VALUES (?, ?, ?, ?, ?)');
    fc.assert(
      fc.property(world, ({ placements, viewers }) => {
        db.exec('DELETE FROM placements');
        placements.forEach((p, id) => insert.run(id, p.ownerNo, p.assigneeNo, p.teamId, p.branchId));
        for (const v of viewers) {
          const { sql, params } = sqliteReachSql(reachOf(v), COLUMNS);
          const select = (where: string) => db.prepare(`SELECT id FROM placements p WHERE ${where} ORDER BY id`).pluck().all(params);
          expect(select(sql)).toEqual(idsWhere(placements, (p) => mayView(v, p)));
          expect(select(`NOT ${sql}`)).toEqual(idsWhere(placements, (p) => !mayView(v, p)));
        }
      }),
      { numRuns: RUNS * 4 },
    );
    db.close();
  });

  it("the desk's reads and its search's SQL agree over the desk's own columns (createdBy in the record)", () => {
    const db = new BetterSqlite3(':memory:');
    db.exec('CREATE TABLE complaints (id INTEGER PRIMARY KEY, record TEXT NOT NULL, assignee_id TEXT, branch_id TEXT)');
    const insert = db.prepare('INSERT INTO complaints VALUES (?, ?, ?, ?)');
    fc.assert(
      fc.property(world, ({ placements, viewers }) => {
        db.exec('DELETE FROM complaints');
        const complaints = placements.map((p) => ({
          createdBy: { id: p.ownerNo ?? 'X000', name: '王芳' },
          assignee: p.assigneeNo === null ? null : { id: p.assigneeNo, name: '赵敏' },
        }));
        complaints.forEach((c, id) => insert.run(id, JSON.stringify(c), c.assignee?.id ?? null, placements[id]!.branchId));
        for (const v of viewers) {
          const actor = { id: v.employeeNo, name: 'n', role: v.role };
          const { sql, params } = sqliteReachSql(deskReach(actor), DESK_PLACEMENT);
          const select = (where: string) => db.prepare(`SELECT id FROM complaints c WHERE ${where} ORDER BY id`).pluck().all(params);
          expect(select(sql)).toEqual(complaints.flatMap((c, id) => (mayAccessComplaint(c, actor) ? [id] : [])));
          expect(select(`NOT ${sql}`)).toEqual(complaints.flatMap((c, id) => (mayAccessComplaint(c, actor) ? [] : [id])));
        }
      }),
      { numRuns: RUNS * 2 },
    );
    db.close();
  });

  it('a change pokes exactly the desks whose viewer may see where it sits', () => {
    fc.assert(
      fc.property(placement, viewer, (p, v) => {
        expect(reaches(audienceOf([p]), v)).toBe(mayView(v, p));
      }),
      { numRuns: 2_000 },
    );
  });

  describe.each(BACKENDS)('on %s', (backend) => {
    let testDb: TestDatabase;
    let database: Database;

    beforeAll(async () => {
      testDb = await createTestDatabase(backend);
      database = await openDatabase(testDb.location);
      const at = new Date();
      for (const [i, id] of BRANCHES.entries()) await database.pool.query('INSERT INTO branches (id, name, created_at) VALUES ($1, $2, $3)', [id, `branch ${i}`, at]);
      for (const [i, t] of TEAMS.entries()) await database.pool.query('INSERT INTO teams (id, branch_id, name, created_at) VALUES ($1, $2, $3, $4)', [t.id, t.branchId, `team ${i}`, at]);
      await database.pool.query('CREATE TABLE placements (id int PRIMARY KEY, owner_no text, assignee_no text, team_id uuid, branch_id uuid)');
    }, 120_000);

    afterAll(async () => {
      await database?.close();
      await testDb?.drop();
    });

    const ids = async (sql: string, params: unknown[]) => (await database.pool.query<{ id: number }>(sql, params)).rows.map((r) => Number(r.id));

    it('the predicate and the PostgreSQL condition agree', async () => {
      await fc.assert(
        fc.asyncProperty(world, async ({ placements, viewers }) => {
          await database.pool.query('DELETE FROM placements');
          await database.pool.query(
            'INSERT INTO placements SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::uuid[], $5::uuid[])',
            [placements.map((_, id) => id), placements.map((p) => p.ownerNo), placements.map((p) => p.assigneeNo), placements.map((p) => p.teamId), placements.map((p) => p.branchId)],
          );
          for (const v of viewers) {
            const { sql, params } = postgresReachSql(reachOf(v), COLUMNS, 1);
            expect(await ids(`SELECT id FROM placements p WHERE ${sql} ORDER BY id`, params)).toEqual(idsWhere(placements, (p) => mayView(v, p)));
            expect(await ids(`SELECT id FROM placements p WHERE NOT ${sql} ORDER BY id`, params)).toEqual(idsWhere(placements, (p) => !mayView(v, p)));
          }
        }),
        { numRuns: RUNS },
      );
    });

    it("the server's pull conditions over sync_complaints and sync_removals follow the rule", async () => {
      await fc.assert(
        fc.asyncProperty(world, async ({ placements, viewers }) => {
          // sync_complaints always has an owner; a removal's branch is its team's.
          const complaints = placements.map((p) => ({ ...p, ownerNo: p.ownerNo ?? 'X000' }));
          const removals = placements.map((p) => ({ ...p, branchId: branchOfTeam(p.teamId) }));
          await database.pool.query('DELETE FROM sync_removals');
          await database.pool.query('DELETE FROM sync_complaints');
          await database.pool.query(
            `INSERT INTO sync_complaints (id, document, version, owner_no, assignee_no, team_id, branch_id, position)
             SELECT id, '{}', 1, o, a, t, b, 1 FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::uuid[]) AS x (id, o, a, t, b)`,
            [complaints.map((_, id) => String(id)), complaints.map((p) => p.ownerNo), complaints.map((p) => p.assigneeNo), complaints.map((p) => p.teamId), complaints.map((p) => p.branchId)],
          );
          await database.pool.query(
            'INSERT INTO sync_removals (position, complaint_id, owner_no, assignee_no, team_id) SELECT 1, * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[])',
            [removals.map((_, id) => String(id)), removals.map((p) => p.ownerNo), removals.map((p) => p.assigneeNo), removals.map((p) => p.teamId)],
          );
          for (const v of viewers) {
            const visible = visibleSql(serverActor(v), 1);
            expect(await ids(`SELECT c.id FROM sync_complaints c WHERE ${visible.sql} ORDER BY c.id::int`, visible.params))
              .toEqual(idsWhere(complaints, (p) => mayView(v, p)));
            const lost = visibleRemovalSql(serverActor(v), 1);
            expect(await ids(`SELECT r.complaint_id AS id FROM sync_removals r LEFT JOIN teams rt ON rt.id = r.team_id WHERE ${lost.sql} ORDER BY r.complaint_id::int`, lost.params))
              .toEqual(idsWhere(removals, (p) => mayView(v, p)));
          }
        }),
        { numRuns: RUNS / 2 },
      );
    });
  });
});
