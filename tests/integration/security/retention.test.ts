import { afterEach, describe, expect, it } from 'vitest';
import { handleCallEvent } from '../../../core/cti/handle-call-event';
import { purgeExpiredComplaints, RETENTION_DAYS_KEY } from '../../../core/use-cases/retention/purge-expired';
import { MIGRATIONS } from '../../../db/migrations/index';
import { openDatabase } from '../../../db/open';
import type { SearchResult } from '../../../shared/api/search';
import type { Complaint } from '../../../shared/domain/complaint';
import { makeTestDesk } from '../../support/desk';
import { TEST_DATABASE_KEY } from '../../support/database-key';
import { countRows, valueOf } from '../../support/results';
import { complaintAtStage } from '../../support/workflow-desk';
import { validStageData } from '../../support/workflow';
import { makeTempDir } from '../../support/temp-dir';
import { join } from 'node:path';
import { drainSearchQueue, enqueueForIndexing } from '../../../db/repositories/search-queue';

let desk: ReturnType<typeof makeTestDesk>;
afterEach(() => desk.close());

const DAY = 86_400_000;
const START = new Date('2026-11-26T02:00:00.000Z');

async function closedComplaint(callId: string): Promise<Complaint> {
  const atClosure = await complaintAtStage(desk, 'closure');
  const closed = valueOf<{ complaint: Complaint }>(
    await desk.dispatch('complaints.advance', { id: atClosure.id, baseVersion: atClosure.version, stage: 'closure', data: validStageData().closure }),
  ).complaint;
  handleCallEvent(desk.ctx, { kind: 'incoming', callId, direction: 'in', from: '13800138000', to: '', users: [], queue: null, source: 'http' });
  valueOf(await desk.dispatch('calls.linkComplaint', { callId, complaintId: closed.id }));
  return closed;
}

const exists = (id: string) => desk.db.prepare('SELECT count(*) FROM complaints WHERE id = ?').pluck().get(id) === 1;

describe('retention', () => {
  it('purges closed complaints past the retention period with their timeline and call links, keeps the rest and the outbox', async () => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY, now: START });
    desk.ctx.settings.set(RETENTION_DAYS_KEY, 365);
    const closed = await closedComplaint('call-old');
    const stillOpen = valueOf<Complaint>(await desk.dispatch('complaints.create', {
      callTime: '2026-11-25T10:00:00+08:00', customerName: '李娜', contactPhone: '13900139000', policyNumber: '', complaintType: 'claims_dispute',
      complaintSubtype: 'claim_amount', description: '仍在处理', demand: '尽快处理', channel: 'phone',
    }));
    const outboxBefore = countRows(desk.db, 'outbox');

    desk.setNow(new Date(START.getTime() + 364 * DAY));
    expect(purgeExpiredComplaints(desk.ctx).complaints).toBe(0);
    expect(exists(closed.id)).toBe(true);

    desk.setNow(new Date(START.getTime() + 366 * DAY));
    const report = purgeExpiredComplaints(desk.ctx);
    expect(report).toMatchObject({ complaints: 1, linkedRows: { calls: 1 } });
    expect(report.linkedRows.complaint_events).toBeGreaterThan(0);
    expect(exists(closed.id)).toBe(false);
    expect(desk.db.prepare('SELECT count(*) FROM complaint_events WHERE complaint_id = ?').pluck().get(closed.id)).toBe(0);
    expect(desk.db.prepare('SELECT complaint_id FROM calls WHERE id = ?').pluck().get('call-old')).toBeNull();
    expect(exists(stillOpen.id)).toBe(true);
    expect(countRows(desk.db, 'outbox')).toBe(outboxBefore);
    expect(countRows(desk.db, 'retention_purge')).toBe(0);
    expect(desk.db.pragma('foreign_key_check')).toEqual([]);
  });

  it('removes purged complaints from the search index, whose token and key rows no foreign key leads to', async () => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY, now: START });
    desk.ctx.settings.set(RETENTION_DAYS_KEY, 365);
    const closed = await closedComplaint('call-old');
    drainSearchQueue(desk.db);
    const doc = desk.db.prepare('SELECT doc FROM search_docs WHERE complaint_id = ?').pluck().get(closed.id) as number;
    const indexRows = () => ({
      keys: desk.db.prepare('SELECT count(*) FROM search_keys WHERE doc = ?').pluck().get(doc),
      tokens: desk.db.prepare('SELECT count(*) FROM search_fts WHERE rowid = ?').pluck().get(doc),
    });
    const found = async (text: string) => valueOf<SearchResult>(await desk.dispatch('search.query', { text })).items.map((i) => i.id);
    expect(indexRows().tokens).toBe(1);
    expect(indexRows().keys).toBeGreaterThan(0);
    expect(await found(closed.number)).toEqual([closed.id]);

    // Queued again (as by a late change) when the purge comes: it leaves the queue with the complaint.
    enqueueForIndexing(desk.db, [closed.id]);
    desk.setNow(new Date(START.getTime() + 366 * DAY));
    expect(purgeExpiredComplaints(desk.ctx).linkedRows.search_index).toBe(1);
    expect(indexRows()).toEqual({ keys: 0, tokens: 0 });
    expect(countRows(desk.db, 'search_docs')).toBe(0);
    expect(await found(closed.number)).toEqual([]);
    expect(countRows(desk.db, 'search_queue')).toBe(0);
    expect(await found(closed.intake.customerName)).toEqual([]);
  });

  it('keeps the timeline append-only for everything else', async () => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY, now: START });
    await closedComplaint('call-1');
    expect(() => desk.db.prepare('DELETE FROM complaint_events').run()).toThrow(/append-only/);
  });

  it('drops unsaved drafts untouched for the retention period', async () => {
    desk = makeTestDesk({ key: TEST_DATABASE_KEY, now: START });
    valueOf(await desk.dispatch('drafts.save', { id: '6f1c2d3e-0000-4000-8000-0000000000f1', payload: { customerName: '张' } }));
    desk.setNow(new Date(START.getTime() + 1096 * DAY));
    expect(purgeExpiredComplaints(desk.ctx).drafts).toBe(1);
    expect(countRows(desk.db, 'drafts')).toBe(0);
  });
});

describe(`migration ${MIGRATIONS.find((m) => m.name === 'retention-purge')!.version} (retention-purge)`, () => {
  it('keeps existing timelines and lets only a listed complaint lose its events', () => {
    const { dir, cleanup } = makeTempDir();
    const version = MIGRATIONS.find((m) => m.name === 'retention-purge')!.version;
    const before = MIGRATIONS.filter((m) => m.version < version).at(-1)!.version;
    const path = join(dir, 'desk.sqlite');
    const old = openDatabase(path, { key: TEST_DATABASE_KEY, migrate: { target: before } });
    old.close();
    const db = openDatabase(path, { key: TEST_DATABASE_KEY, migrate: { target: version } });
    expect(countRows(db, 'retention_purge')).toBe(0);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'complaint_events_no_delete'").pluck().get()).toBe(1);
    db.close();
    cleanup();
  });
});
