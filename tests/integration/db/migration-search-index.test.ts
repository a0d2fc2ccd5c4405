import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../../core/desk';
import { EventBus } from '../../../core/event-bus';
import { memorySettings } from '../../../core/settings';
import { openDatabase } from '../../../db/open';
import { MIGRATIONS } from '../../../db/migrations/index';
import type { SearchResult } from '../../../shared/api/search';
import { generateComplaint, seededRandom } from '../../support/search-corpus';
import { makeTempDir } from '../../support/temp-dir';
import { valueOf } from '../../support/workflow-desk';
import { normalizePhone } from '../../../shared/domain/phone';

const version = MIGRATIONS.find((m) => m.name === 'search-index')!.version;
/** The version just before the search index, whatever numbers the migrations around it carry. */
const before = MIGRATIONS.filter((m) => m.version < version).at(-1)!.version;
/** A lead finds every complaint (an agent only their own). */
const LEAD = { id: 'L3003', name: '赵强', role: 'lead' } as const;
let cleanup = () => {};
afterEach(() => cleanup());

describe('the search index migration', () => {
  it('builds the index of an existing database when it opens, reporting progress as an event', async () => {
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const old = openDatabase(join(temp.dir, 'desk.sqlite'), { migrate: { target: before } });
    const rng = seededRandom(5);
    const complaints = Array.from({ length: 1500 }, (_, i) => generateComplaint(rng, i));
    // The rows as the desk wrote them then: the columns of that schema, not today's.
    const insert = old.prepare(
      `INSERT INTO complaints (id, number, stage, status, customer_name, contact_phone, contact_phone_key, policy_number, complaint_type,
         complaint_subtype, received_at, created_at, updated_at, assignee_id, version, record)
       VALUES (@id, @number, @stage, @status, @customerName, @contactPhone, @phoneKey, @policyNumber, @complaintType, @complaintSubtype,
         @receivedAt, @createdAt, @updatedAt, @assigneeId, @version, @record)`,
    );
    old.transaction(() =>
      complaints.forEach((c) =>
        insert.run({
          ...c,
          ...c.intake,
          phoneKey: normalizePhone(c.intake.contactPhone),
          assigneeId: c.assignee?.id ?? null,
          record: JSON.stringify(c),
        }),
      ),
    )();
    old.close();

    const events = new EventBus();
    const progress: { done: number; total: number }[] = [];
    events.subscribe((name, payload) => {
      if (name === 'search.indexProgress') progress.push(payload as { done: number; total: number });
    });
    const desk = openDesk({ dataDir: temp.dir, settings: memorySettings({ signedInAgent: LEAD }), events });
    try {
      expect(progress[0]).toEqual({ done: 0, total: 1500 });
      expect(progress.at(-1)).toEqual({ done: 1500, total: 1500 });
      expect(progress.length).toBeGreaterThan(2);
      expect(desk.ctx.db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(1500);
      const target = complaints[700]!;
      const result = valueOf<SearchResult>(await desk.dispatch('search.query', { text: target.number }));
      expect(result.items[0]).toMatchObject({ id: target.id, tier: 'identifier' });
      // Index order follows intake order: the newest complaint comes first among equals.
      const ids = desk.ctx.db.prepare('SELECT complaint_id FROM search_docs ORDER BY doc').pluck().all();
      const byReceipt = [...complaints].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.number.localeCompare(b.number));
      expect(ids).toEqual(byReceipt.map((c) => c.id));
    } finally {
      desk.close();
    }
  });
});
